#!/bin/sh
# run: once
# issue 16, 计算书 of the schemes econ costs itself (Malan template, five
# schemes): a block each for the ground-source heat pumps, the electric
# boiler with the tank and the gas boiler, every line the formula, the
# numbers put in, the result and its source.  The numbers are computed
# here from the CSV inputs alone, independently of heatkit's code:
#   annual heat Q_a = Σ heat_load_kw·dt_h·days of the profile (DESIGN.md);
#   gas V = Q_a·3.6/(LHV·η) with LHV 35.9 MJ/m³, η 0.92 (econ's defaults)
#     and the price 3.0 元/m³ of the template's gas.csv;
#   GSHP: COP_m = 0.5·(45 + 273.15)/(45 − tf_m) (Carnot × η, Çengel &
#     Boles ch. 6) over borefield's months, SCOP = Σ ext / Σ ext/COP_m,
#     t_f = Σ ext·tf / Σ ext, E = Q_a / SCOP, and its electricity per
#     tariff period = each step's heat / SCOP in the period the tariff file
#     gives its start hour, priced at the tariff (data/climate/tariffs);
#   L = boreholes × depth (borefield's summary); COP at its tf_min_c;
#   electric boiler: E = Q_a / 0.98; the tank's Q_s = 1000 m³ × 4.1868/3.6
#     kWh/(m³·K) × 10 K (water's heat capacity, Malan paper §3.3).
. "$(dirname "$0")/lib.sh"
R="$PY $TOP/tests/t/report.py"
D=$(mktemp -d)
trap 'rm -rf "$D"; t_cleanup' EXIT
# the project: tests/fixtures/malan-project.sh (init malan p, make), once
# per pass, read-only
F=$(fixture malan-project) && P="$F/p" || { echo "not ok 1 - make -C DIR tender.xlsx"; exit 1; }
# the 计算书 lines as "No.<TAB>numbers<TAB>result" (the result a formula caches, as heatkit wrote it)
$PY - "$P/tender.xlsx" >"$D/calc" <<'EOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)["计算书"]
for r in ws.iter_rows(min_row=3, values_only=True):
    if r[0] and r[1]:
        print("%s\t%s\t%s\t%s" % (r[0], r[1], r[3] or "", r[4]))
EOF
# the independent figures
$PY - "$P" "$TOP/data/climate/tariffs/shaanxi-malan.csv" >"$D/want" <<'EOF'
import csv, sys
p, tariff = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(p + "/profile.csv")))
heat = sum(float(r["heat_load_kw"]) * float(r["dt_h"]) * float(r["days"]) for r in rows)
per = [(float(a.split(":")[0]) + float(a.split(":")[1]) / 60, float(b.split(":")[0]) + float(b.split(":")[1]) / 60, k, float(c))
       for k, a, b, c, *_ in csv.reader(l for l in open(tariff) if not l.startswith("#")) if k != "period"]
bf = list(csv.DictReader(open(p + "/bf.csv")))
ext = [(float(r["ext_kwh"]), float(r["tf_c"])) for r in bf if float(r["ext_kwh"]) > 0]
cop = lambda tf: 0.5 * (45 + 273.15) / (45 - tf)
w = sum(e for e, _ in ext); we = sum(e / cop(t) for e, t in ext); wt = sum(e * t for e, t in ext)
scop = w / we
s = {l.split(",")[0]: l.split(",")[1] for l in open(p + "/bf-summary.csv")}
cost = 0
for r in rows:
    h = float(r["start_h"])
    price = [c for a, b, k, c in per if a <= h < b][0]
    cost += float(r["heat_load_kw"]) * float(r["dt_h"]) * float(r["days"]) / scop * price
gas = heat * 3.6 / (35.9 * 0.92)
print("heat %.6f" % heat)
print("gas_m3 %.6f" % gas)
print("gas_cost %.6f" % (gas * 3.0))
print("scop %.8f" % scop)
print("tf %.8f" % (wt / w))
print("gshp_kwh %.6f" % (heat / scop))
print("gshp_cost %.6f" % cost)
print("bore_m %.6f" % (float(s["boreholes"]) * float(s["depth_m"])))
print("cop_min %.8f" % cop(float(s["tf_min_c"])))
print("eb_kwh %.6f" % (heat / 0.98))
print("tank_kwh %.6f" % (1000 * 4.1868 / 3.6 * 10))
EOF
want() { awk -v k="$1" '$1 == k { print $2 }' "$D/want"; }
# line ITEM-WORD SECTION-TITLE-WORD: the result of the line whose item holds ITEM in the block whose number starts with the block's
line() { awk -F'\t' -v b="$1" -v i="$2" 'index($1, b ".") == 1 && $2 == i { print $4; exit }' "$D/calc"; }
subst() { awk -F'\t' -v b="$1" -v i="$2" 'index($1, b ".") == 1 && $2 == i { print $3; exit }' "$D/calc"; }
block() { xlsx2csv -n 计算书 "$P/tender.xlsx" | awk -F, -v t="$1" 'index($1, t) { split($1, a, " "); print a[1]; exit }'; }
GS=$(block 地源热泵方案) EB=$(block 电锅炉+蓄热方案) GB=$(block 燃气锅炉方案)

t 'three blocks, after the borefield (5) and before the economics: 地源热泵方案 6, 电锅炉+蓄热方案 7, 燃气锅炉方案 8, 经济比较 9' '
	[ "$GS $EB $GB" = "6 7 8" ] && xlsx2csv -n 计算书 "$P/tender.xlsx" | grep -q "^9 经济比较"
'

t 'gas boiler: V = Q_a·3.6/(LHV·η) written out with the profile'"'"'s heat, result and cost equal to the independent figures' '
	relnear "$(line $GB 年供热量)" "$(want heat)" 0.000001 &&
	[ "$(subst $GB 年耗气量)" = "= $(printf %.0f "$(want heat)") × 3.6 / (35.90 × 0.920)" ] &&
	relnear "$(line $GB 年耗气量)" "$(want gas_m3)" 0.000002 &&
	relnear "$(line $GB 年运行费用)" "$(want gas_cost)" 0.000002 &&
	line $GB 天然气低位发热量 | grep -qx "35.9" && subst $GB 年运行费用 | grep -q "× 3.00$"
'

t 'ground source: L = N·H, COP at tf_min, the mean fluid temperature, SCOP over borefield'"'"'s months, E = Q_a/SCOP and the cost by tariff period' '
	relnear "$(line $GS 钻孔总长度)" "$(want bore_m)" 0.00001 &&
	relnear "$(line $GS "最低流体温度时热泵 COP")" "$(want cop_min)" 0.000001 &&
	near "$(line $GS 取热量加权平均流体温度)" "$(want tf)" 0.005 &&
	relnear "$(line $GS 季节性能系数)" "$(want scop)" 0.0002 &&
	relnear "$(line $GS 年耗电量)" "$(want gshp_kwh)" 0.0002 &&
	relnear "$(line $GS 年运行费用)" "$(want gshp_cost)" 0.0002 &&
	[ "$(subst $GS 年耗电量)" = "= $(printf %.0f "$(want heat)") / $(printf %.3f "$(want scop)")" ]
'

t 'electric boiler + storage: E = Q_a/0.98, the tank'"'"'s Q_s = V·ρc·Δt, the valley energy of the dispatch, the cost as the sum of its periods' '
	relnear "$(line $EB 年耗电量)" "$(want eb_kwh)" 0.000002 &&
	near "$(line $EB 蓄热水罐蓄热量)" "$(want tank_kwh)" 0.5 &&
	subst $EB 年运行费用 >s && v=$(line $EB 谷时用电量) && grep -q "$v × 0.3035" s &&
	sum=$(sed "s/^= //; s/ × /*/g" s) && relnear "$(line $EB 年运行费用)" "$(awk "BEGIN { print $sum }")" 0.00001
'

t 'each line says where its formula comes from; the costs are live: gnumeric recomputes them, and a valley price of 0.25 moves the ground-source and boiler costs' '
	for b in $GS $EB $GB; do
		awk -F"\t" -v b="$b" "index(\$1, b \".\") == 1" "$D/calc" | cut -f1 >nos && [ -s nos ] || exit 1
	done &&
	xlsx2csv -n 计算书 "$P/tender.xlsx" | awk -F, -v a="$GS" -v z="$GB" "\$1 ~ /^[0-9]+\\.[0-9]+\$/ { split(\$1, n, \".\"); if (n[1] >= a && n[1] <= z && \$NF == \"\") print }" >nosrc &&
	[ ! -s nosrc ] || { cat nosrc; exit 1; }
	ssconvert --recalc "$P/tender.xlsx" r.xlsx 2>/dev/null && $R agree "$P/tender.xlsx" r.xlsx + set "$P/tender.xlsx" v.xlsx tariff_valley=0.25 &&
	ssconvert --recalc v.xlsx rv.xlsx 2>/dev/null &&
	$PY -c "
import openpyxl, sys
a, b = (openpyxl.load_workbook(f, data_only=True)[\"计算书\"] for f in sys.argv[1:3])
moved = [r for r in range(1, a.max_row + 1) if a.cell(r, 2).value == \"年运行费用\" and a.cell(r, 5).value != b.cell(r, 5).value]
print(len(moved), \"costs moved\"); sys.exit(0 if len(moved) == 2 else 1)" r.xlsx rv.xlsx
'
t 'bad input: the borefield of another field (40x40, not the 50x40 econ priced) refused, its summary at s3_borehole_m, its table alone at gshp_tf_c; exit 2, no workbook' '
	(cd "$P" && "$HK" borefield --profile profile.csv --cop 4 --field 40x40 --spacing 6 --k 2 --tg 14 --rb-star 0.12 --fast \
		--summary -o "$OLDPWD/b2s.csv" && "$HK" borefield --profile profile.csv --cop 4 --field 40x40 --spacing 6 --k 2 \
		--tg 14 --rb-star 0.12 --fast -o "$OLDPWD/b2.csv") 2>/dev/null || exit 1
	(cd "$P" && "$HK" report -o "$OLDPWD/x.xlsx" loads-summary.csv tank.csv hp-summary.csv tank-summary.csv "$OLDPWD/b2s.csv" \
		"$OLDPWD/b2.csv" econ-summary.csv econ-daily.csv invest.csv prices.csv) 2>err1; rc1=$?; cat err1
	(cd "$P" && "$HK" report -o "$OLDPWD/x.xlsx" loads-summary.csv tank.csv hp-summary.csv tank-summary.csv "$OLDPWD/b2.csv" \
		econ-summary.csv econ-daily.csv invest.csv prices.csv) 2>err2; rc2=$?; cat err2
	[ $rc1 -eq 2 ] && [ $rc2 -eq 2 ] && [ ! -e x.xlsx ] &&
	grep -q "^econ-summary.csv:[0-9]*:2: error: s3_borehole_m (.*) contradicts total_length_m of .*b2s.csv" err1 &&
	grep -q "^econ-summary.csv:[0-9]*:2: error: gshp_tf_c (9.51) contradicts tf_c of .*b2.csv" err2 &&
	(cd "$P" && "$HK" report -o "$OLDPWD/x.xlsx" loads-summary.csv tank.csv hp-summary.csv tank-summary.csv bf-summary.csv bf.csv \
		econ-summary.csv econ-daily.csv invest.csv prices.csv) && [ -s x.xlsx ]
'
t_done
