#!/bin/sh
# heatkit report (issue 16 point 2): the Malan project's outputs in one
# tender workbook that a spreadsheet engine (gnumeric's ssconvert)
# recomputes.  Expected economics are computed here from econ's summary by
# the textbook formulas (static payback = extra / saving, Malan paper §3.4;
# NPV, discounted payback, IRR, life-cycle cost), independently of
# lib/cashflow.c; the design load from buildings.csv (Q = Σ q·A, CJJ 34-2010
# §3.1.2).  tests/t/report.py reads the workbook back.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"
R="$PY $TOP/tests/t/report.py"

# The Malan outputs (loads, profile, heat pumps, tank, primary pumps, econ
# summary and daily table: tests/fixtures/malan.sh, made once per pass),
# copied into $W, where the report runs
W=$(mktemp -d)
trap 'rm -rf "$W"; t_cleanup' EXIT
F=$(fixture malan) && cp --no-preserve=mode "$F"/* "$W"/ || { echo "not ok 1 - the Malan outputs"; exit 1; }
FILES="loads-summary.csv loads.csv tank.csv hp-summary.csv tank-summary.csv tank-per-day.csv 热源循环泵=pump-primary.csv econ-summary.csv econ-daily.csv invest.csv"
book() { # book OUT [options]: the Malan workbook
	o=$1; shift
	(cd "$W" && "$HK" report -o "$OLDPWD/$o" --project 马栏镇 --date 2026-12-05 "$@" $FILES)
}
recalc() { ssconvert --recalc "$1" "$2" 2>/dev/null && [ -s "$2" ]; }
# the workbook once (the tests read it), and recomputed by gnumeric, with
# the values of its names in b.names / r.names
(cd "$W" && "$HK" report -o b.xlsx --project 马栏镇 --date 2026-12-05 $FILES 2>b.err && recalc b.xlsx r.xlsx &&
	$R names r.xlsx >r.names) >"$W/log" 2>&1 || { cat "$W/log"; echo "not ok 1 - the Malan workbook"; exit 1; }
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; } # val NAMES KEY

# econ's schemes by the textbook: $1 = econ summary, $2 = discount rate
expect() {
	awk -F, -v r="$2" '
		{ v[$1] = $2 }
		END {
			e = v["escalation"]; L = v["life_years"]
			i1 = v["s1_invest_yuan"]; i2 = v["s2_invest_yuan"]
			c1 = v["s1_annual_cost_yuan"]; c2 = v["s2_annual_cost_yuan"]
			x = i2 - i1; s = c1 - c2
			npv = -x; cum = -x; dp = -1; l1 = i1; l2 = i2
			for (y = 1; y <= L; y++) {
				g = (1 + e) ^ (y - 1); d = (1 + r) ^ y
				f = s * g / d; npv += f
				if (dp < 0 && cum < 0 && cum + f >= 0) dp = y - 1 + (-cum) / f
				cum += f; l1 += c1 * g / d; l2 += c2 * g / d
			}
			lo = -0.99; hi = 10    # IRR: NPV(lo) > 0 > NPV(hi), bisection
			for (k = 0; k < 200; k++) {
				m = (lo + hi) / 2; n = -x
				for (y = 1; y <= L; y++) n += s * (1 + e) ^ (y - 1) / (1 + m) ^ y
				if (n > 0) lo = m; else hi = m
			}
			printf "s2_payback %.10g\ns2_dpayback %.10g\ns2_npv %.10g\ns2_irr %.10g\ns1_lcc %.10g\ns2_lcc %.10g\n",
				x / s, dp, npv, (lo + hi) / 2, l1, l2
		}' "$1"
}
# every expected name within 0.01 % of the recomputed workbook's
agree_names() { # agree_names NAMES EXPECTED
	while read -r k want; do
		got=$(val "$1" "$k") && relnear "$got" "$want" 0.0001 || { echo "$k"; return 1; }
	done <"$2"
}

t_once 'the Malan workbook: 汇总 设备表 负荷 计算书 经济 图表; gnumeric recomputes every formula cell to heatkit'"'"'s value (0.01 %)' '
	cd "$W" && [ ! -s b.err ] && $R sheets b.xlsx -o "$OLDPWD/names" + agree b.xlsx r.xlsx &&
	[ "$(cat "$OLDPWD/names")" = "汇总,设备表,负荷,计算书,经济,图表" ]
'

t_once 'recomputed, its results are the textbook'"'"'s from econ'"'"'s figures and econ'"'"'s own (payback 5.59 a, paper §3.4: 5.6); design load Σ q·A' '
	cp "$W/r.xlsx" "$W/r.names" . &&
	expect "$W/econ-summary.csv" "$(sumval "$W/econ-summary.csv" rate)" >want && cat want &&
	agree_names r.names want &&
	near "$(val r.names s2_payback)" "$(sumval "$W/econ-summary.csv" payback_years)" 0.005 &&
	near "$(val r.names s2_payback)" 5.6 0.05 &&
	near "$(val r.names s2_dpayback)" "$(sumval "$W/econ-summary.csv" discounted_payback_years)" 0.005 &&
	near "$(val r.names s2_irr)" "$(sumval "$W/econ-summary.csv" irr)" 0.00005 &&
	relnear "$(val r.names s2_npv)" "$(sumval "$W/econ-summary.csv" npv_yuan)" 0.0001 &&
	relnear "$(val r.names s1_lcc)" "$(sumval "$W/econ-summary.csv" s1_lcc_yuan)" 0.0001 &&
	relnear "$(val r.names s2_invest)" "$(sumval "$W/econ-summary.csv" s2_invest_yuan)" 0.0001 &&
	q=$(awk -F, "NR > 1 && !/^#/ && \$4 != \"\" { s += \$4 * \$5 } END { print s / 1000 }" "$M/buildings.csv") &&
	relnear "$(val r.names design_load_kw)" "$q" 0.0001 && $R refs r.xlsx
'

t 'tank at 3000 元/m³ and a 5 % discount rate set in the workbook: recomputed, it equals econ run with those inputs; each result moved, 汇总 follows' '
	$R set "$W/b.xlsx" p.xlsx price_tank_m3=3000 discount_rate=0.05 && recalc p.xlsx r.xlsx && $R names r.xlsx -o r.names + refs r.xlsx &&
	sed "s|^malan-tank,storage_tank,yuan/m3,1500,|malan-tank,storage_tank,yuan/m3,3000,|" "$TOP/data/equipment/unit-prices.csv" >prices.csv &&
	! cmp -s prices.csv "$TOP/data/equipment/unit-prices.csv" &&
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --prices prices.csv --rate 0.05 --summary "$W/tank.csv" >e.csv &&
	near "$(sumval e.csv s2_invest_yuan)" 7045640 0.5 &&
	expect e.csv 0.05 >want && cat want && agree_names r.names want &&
	relnear "$(val r.names s2_npv)" "$(sumval e.csv npv_yuan)" 0.0001 &&
	relnear "$(val r.names s2_lcc)" "$(sumval e.csv s2_lcc_yuan)" 0.0001 &&
	relnear "$(val r.names s1_lcc)" "$(sumval e.csv s1_lcc_yuan)" 0.0001 &&
	relnear "$(val r.names s2_invest)" "$(sumval e.csv s2_invest_yuan)" 0.0001 &&
	near "$(val r.names s2_payback)" "$(sumval e.csv payback_years)" 0.005 &&
	near "$(val r.names s2_dpayback)" "$(sumval e.csv discounted_payback_years)" 0.005 &&
	near "$(val r.names s2_irr)" "$(sumval e.csv irr)" 0.00005 &&
	for k in s2_invest s2_payback s2_dpayback s2_npv s2_irr s1_lcc s2_lcc; do
		[ "$(val r.names $k)" != "$(val "$W/r.names" $k)" ] || { echo "$k did not move"; exit 1; }
	done
'

t_once 'print: every sheet A4 landscape, one page wide, head rows repeated, project and date in the header, page X of Y; 15 A4 pages (3, 2, 3, 4, 3)' '
	cp "$W/b.xlsx" . && $R page b.xlsx 马栏镇 2026-12-05 + probe b.xlsx w.xlsx &&
	ssconvert -S b.xlsx "p%n.pdf" 2>/dev/null && pages="" &&
	for i in 0 1 2 3 4; do
		pages="$pages $(grep -ac "/Type */Page[^s]" p$i.pdf)" &&
		grep -aq "/MediaBox *\[ *0 0 841\.8[0-9]* 595\.2[0-9]* *\]" p$i.pdf || { echo "sheet $i not A4 landscape"; exit 1; }
	done && echo "pages:$pages" && [ "$pages" = " 3 2 3 4 3" ] &&
	ssconvert -S w.xlsx "w%n.pdf" 2>/dev/null &&
	for i in 0 1 2 3 4; do [ "$(grep -ac "/Type */Page[^s]" w$i.pdf)" -eq 1 ] || { echo "sheet $i wider than a page"; exit 1; }; done
'

t_once 'zh: no ASCII-only cell holds an English word (model names, the tariff name, units and symbols excepted)' '
	$R zh "$W/b.xlsx" LT-161 shaanxi malan kWh min COP NPV IRR SCOP EHR
'

t 'en: an English project (English buildings and schemes) gives a workbook without a CJK character' '
	printf "name,type,area_m2,index_w_m2,phase\nSchool,school,12000,50,1\nHospital,hospital,4200,66.43,1\nHousing,residential,21800,40,2\n" >b.csv &&
	"$HK" loadcalc --city 57034 --summary -o ls.csv b.csv && "$HK" loadcalc --city 57034 -o l.csv b.csv &&
	"$HK" loadcalc --city 57034 --profile -o p.csv b.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 -o h.csv p.csv && "$HK" hpsize --model LT-161 --city 铜川 --summary -o hs.csv p.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 300 -o t.csv h.csv && "$HK" tanksize --tariff shaanxi-malan --volume 300 --summary -o ts.csv h.csv &&
	"$HK" econ --tariff shaanxi-malan --summary -o es.csv t.csv &&
	"$HK" report --lang en --project Demo --date 2026-12-05 -o en.xlsx ls.csv l.csv p.csv hs.csv ts.csv es.csv "$W/pump-primary.csv" &&
	recalc en.xlsx r.xlsx && $R en en.xlsx + agree en.xlsx r.xlsx
'

t 'econ --price dalate-1 (2842 元/kW, a derived price): the workbook prices the heat pumps as econ did, 34 × 161 × 2842 元' '
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --price dalate-1 --summary -o "$W/e-d.csv" "$W/tank.csv" &&
	(cd "$W" && "$HK" report -o "$OLDPWD/d.xlsx" hp-summary.csv e-d.csv invest.csv) && recalc d.xlsx r.xlsx &&
	$R names r.xlsx >r.names && cat r.names &&
	near "$(val r.names price_heat_pump_kw)" 2842 0 &&
	near "$(val r.names s1_invest)" "$(awk "BEGIN { print 34 * 161 * 2842 }")" 0.5 &&
	near "$(val r.names s1_invest)" "$(sumval "$W/e-d.csv" s1_invest_yuan)" 0.5 &&
	near "$(val r.names s2_invest)" "$(sumval "$W/e-d.csv" s2_invest_yuan)" 0.5
'

# ---- bad input: exit 2, the file and key named, no workbook ----
bad() { # bad WANT-IN-STDERR FILE...: report of the files fails naming it
	want=$1; shift
	(cd "$W" && "$HK" report -o "$OLDPWD/b.xlsx" "$@") 2>err; rc=$?
	cat err; [ $rc -eq 2 ] && [ ! -e b.xlsx ] && grep -q "$want" err
}

t 'the building table of another city (铜川) with the loads of 咸阳: refused at its night load (design temperature)' '
	"$HK" loadcalc --city 铜川 -o "$W/l-tc.csv" "$M/buildings.csv" &&
	bad "l-tc.csv: error: night_load_kw (.*) contradicts night_load_kw of loads-summary.csv" loads-summary.csv l-tc.csv
'

t 'a building set with one building fewer: refused naming the building count' '
	grep -v "^派出所," "$M/buildings.csv" >b8.csv && "$HK" loadcalc --city 57034 -o "$W/l8.csv" b8.csv &&
	bad "l8.csv: error: buildings (8) contradicts buildings of loads-summary.csv (9)" loads-summary.csv l8.csv
'

t 'two heat-pump summaries (LT-161 and a real unit): refused, one design per workbook' '
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 --summary -o "$W/real.csv" "$W/profile.csv" &&
	bad "real.csv: error: a second hpsize summary (the first is hp-summary.csv)" hp-summary.csv real.csv
'

t 'the real unit'"'"'s heat pumps with the econ of LT-161: refused naming what differs' '
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 --summary -o "$W/real.csv" "$W/profile.csv" &&
	bad "econ-summary.csv:[0-9]*:2: error: [a-z_]* (.*) contradicts [a-z_]* of real.csv" real.csv econ-summary.csv
'

t 'an investment table econ was not run with (700 m² of land, not 616): refused at s2_invest_yuan' '
	sed "s/^ASHP + storage,land_m2,616$/ASHP + storage,land_m2,700/" "$M/invest.csv" >"$W/inv2.csv" &&
	! cmp -s "$W/inv2.csv" "$M/invest.csv" &&
	bad "econ-summary.csv:[0-9]*:2: error: s2_invest_yuan (5545640 元) is not what the investment and unit-price tables price for scheme ASHP + storage (5565800 元)" \
		econ-summary.csv inv2.csv
'

t 'a price table without the tank'"'"'s price for the designed tank: refused naming it and the item' '
	grep -v ",storage_tank," "$TOP/data/equipment/unit-prices.csv" >"$W/np.csv" &&
	bad "np.csv: error: no unit price for tank_m3" tank-summary.csv hp-summary.csv np.csv
'

t 'a profile over other typical days (75 % standing for 60 days, not 62): the storage per day is refused at that day' '
	sed "s/^75%,-5,75%,62$/75%,-5,75%,60/" "$M/days.csv" >d.csv && ! cmp -s d.csv "$M/days.csv" &&
	"$HK" loadcalc --city 57034 --days d.csv --profile -o "$W/p60.csv" "$M/buildings.csv" &&
	bad "tank-per-day.csv:3:2: error: day 75% stands for 62 days, in p60.csv for 60" p60.csv tank-per-day.csv
'

t_done
