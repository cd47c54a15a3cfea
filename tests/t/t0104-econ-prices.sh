#!/bin/sh
# econ's unit prices (issue 15 point 5): the shipped table's rows are dated
# and sourced or marked placeholder; any number of rows; several rows for
# one item chosen by id; the prices used and the placeholders named.
# Expected figures are computed here from the table and by hand.
. "$(dirname "$0")/lib.sh"
P="$TOP/data/equipment/unit-prices.csv"
M="$TOP/templates/malan"

t 'every row of the shipped unit-prices.csv has an id, a price, a year and a source, or is a placeholder without a price saying "give your own"' '
	$PY - "$P" <<PYEOF
import csv, sys, re
rows = [r for r in csv.DictReader(l for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("#"))]
assert len(rows) >= 11, len(rows)
ids = [r["id"] for r in rows]
assert all(ids) and len(set(ids)) == len(ids), ids
for r in rows:
    if r["status"] == "placeholder":
        assert r["price"] == "" and r["source"].startswith("placeholder — give your own"), r
    else:
        assert r["status"] in ("sourced", "derived"), r
        assert float(r["price"]) > 0 and r["source"], r
        assert re.fullmatch(r"(19|20)\d\d(-(19|20)\d\d)?|undated", r["year"]), r
# the two derived 2024-25 heat-pump prices are rows again, beside the default
hp = [r for r in rows if r["item"] == "low_temperature_air_source_heat_pump"]
assert sorted(r["id"] for r in hp) == ["dalate-1", "dalate-2", "malan-hp"], hp
assert [r["id"] for r in hp if r["default"] == "yes"] == ["malan-hp"], hp
PYEOF
'

t 'the Malan econ with the shipped prices: the Malan row of three heat-pump prices is the default (5474 kW × 700 = 3 831 800 元); no placeholder used' '
	"$HK" econ --invest "$M/invest.csv" --summary "$M/table3-daily.csv" >s.csv 2>err &&
	near "$(sumval s.csv s2_invest_yuan)" 3831800 0.5 &&
	[ "$(sumval s.csv placeholder_prices)" = none ] && ! grep -q placeholder err &&
	grep -q "^price_heat_pump_kw,700,yuan/kW,.*id malan-hp, undated, sourced; the table.s default of 3 rows (others by --price ID: dalate-1, dalate-2)" s.csv
'

t 'econ --price dalate-2: the derived 2528 元/kW prices the heat pumps of both schemes (5474 × 2528 = 13 838 272 元); the extra investment stays the paper'"'"'s 171.4 万元' '
	"$HK" econ --invest "$M/invest.csv" --price dalate-2 --summary "$M/table3-daily.csv" >s.csv &&
	near "$(sumval s.csv s2_invest_yuan)" 13838272 0.5 &&
	near "$(sumval s.csv extra_invest_yuan)" 1713840 0.5 &&
	grep -q "^price_heat_pump_kw,2528,yuan/kW,.*id dalate-2, 2024-2025, derived; chosen with --price dalate-2 of 3 rows" s.csv
'

t 'a shipped placeholder chosen (--price gshp-borehole for 1000 m of boreholes): exit 2 at its line and price column, nothing written' '
	printf "scheme,item,quantity\nA,other_yuan,0\nB,borehole_m,1000\n" >inv.csv &&
	printf "scheme,day,days,cost_yuan\nA,d,1,2\nB,d,1,1\n" >d.csv &&
	line=$(grep -n "^gshp-borehole," "$P" | cut -d: -f1) &&
	expect_code 2 "$HK" econ --invest inv.csv --price gshp-borehole -o out.csv d.csv 2>err &&
	cat err && [ ! -e out.csv ] &&
	grep -q "unit-prices.csv:$line:4: error: borehole_m has no price here (placeholder — give your own)" err
'

t 'any number of price rows: 1000 heat-pump rows (row k at k 元/kW), --price p777 prices 100 kW at 77 700 元; without --price the default row p1 (100 元)' '
	awk "BEGIN { print \"id,item,unit,price,default,source\";
		for (k = 1; k <= 1000; k++) printf \"p%d,heat_pump_kw,yuan/kW,%d,%s,test\n\", k, k, k == 1 ? \"yes\" : \"\" }" >p.csv &&
	printf "scheme,item,quantity\nA,other_yuan,0\nB,heat_pump_kw,100\n" >inv.csv &&
	printf "scheme,day,days,cost_yuan\nA,d,1,2\nB,d,1,1\n" >d.csv &&
	"$HK" econ --invest inv.csv --prices p.csv --price p777 --summary d.csv >s.csv &&
	near "$(sumval s.csv s2_invest_yuan)" 77700 0 &&
	grep -q "^price_heat_pump_kw,777,.*p.csv:778, id p777" s.csv &&
	"$HK" econ --invest inv.csv --prices p.csv --summary d.csv >s.csv &&
	near "$(sumval s.csv s2_invest_yuan)" 100 0
'

t 'the workbook'"'"'s prices sheet lists every row with id, year and status; the investment formula points at the row chosen' '
	"$HK" econ --invest "$M/invest.csv" --price dalate-1 --lang en -o e.xlsx "$M/table3-daily.csv" &&
	$PY - <<PYEOF
import openpyxl
wb = openpyxl.load_workbook("e.xlsx")
pr = list(wb["prices"].iter_rows(min_row=3, values_only=True))
assert [r[3] for r in pr][:6] == ["malan-hp", "malan-tank", "malan-pump", "malan-land", "dalate-1", "dalate-2"], pr
d1 = [i for i, r in enumerate(pr) if r[3] == "dalate-1"][0]
assert pr[d1][2] == 2842 and pr[d1][4] == "2024-2025" and pr[d1][5] == "derived" and pr[d1][6] == "--price", pr[d1]
inv = list(wb["investment"].iter_rows(min_row=3, values_only=True))
hp = [r for r in inv if r[1] == "heat_pump_kw"]
assert hp and all(r[3] == "=\x27prices\x27!C%d" % (d1 + 3) for r in hp), hp
PYEOF
'
t_done
