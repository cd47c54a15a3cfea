#!/bin/sh
# heatkit report's charts (issue 16 point 2, "Charts" and "no chart across a
# page break"): the sheet 图表 of the Malan tender workbook.  Every series is
# a cell range (read from the XLSX chart parts, tests/t/charts.py); the
# numbers in those ranges are checked against what the test computes itself
# from the commands' CSV: the load each step splits into heat pumps + tank
# (+ unmet) = heat_load_kw, the heat month by month by the placement rule
# of lib/bfloads.h written out here in awk, the cumulative net cash flow
# year by year from econ's investments and annual costs (−ΔI + t·ΔC, no
# escalation).  Print: each chart inside one row, two rows to a page, and
# the sheet converted to PDF by gnumeric has the pages that gives.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"
C="$PY $TOP/tests/t/charts.py"
L="$PY $TOP/tests/t/lang.py"
R="$PY $TOP/tests/t/report.py"

W=$(mktemp -d)
trap 'rm -rf "$W"; t_cleanup' EXIT
# the Malan outputs (tests/fixtures/malan.sh, made once per pass), and
# their workbook
F=$(fixture malan) && cp --no-preserve=mode "$F"/* "$W"/ || { echo "not ok 1 - the Malan outputs"; exit 1; }
(
	cd "$W" &&
	"$HK" report -o b.xlsx --project 马栏镇 --date 2026-12-05 loads-summary.csv loads.csv tank.csv hp-summary.csv \
		tank-summary.csv 热源循环泵=pump-primary.csv econ-summary.csv invest.csv &&
	$C list b.xlsx >charts
) >"$W/log" 2>&1 || { cat "$W/log"; echo "not ok 1 - the Malan workbook"; exit 1; }

# ref KIND N: the values range of series N (1-based) of the chart whose
# title line matches KIND
ref() { awk -v k="$1" -v n="$2" -F' [|] ' '/^[^ ]/ { on = ($0 ~ k); i = 0; next } on && ++i == n { print $3; exit }' "$W/charts"; }
cat_ref() { awk -v k="$1" -F' [|] ' '/^[^ ]/ { on = ($0 ~ k); next } on { print $2; exit }' "$W/charts"; }

t_once 'seven charts on 图表: the four typical days stacked (heat pumps, tank, charging), the months, the pumps, the cash flow over 经济'"'"'s rows' '
	cat "$W/charts" && [ "$(grep -c "^图表 [0-9]* [0-9]* stacked | 典型日 " "$W/charts")" -eq 4 ] &&
	for d in 100% 75% 50% 25%; do grep -q "^图表 [0-9]* [0-9]* stacked | 典型日 $d（" "$W/charts" || exit 1; done &&
	[ "$(grep -c "^  热泵直供 | " "$W/charts")" -eq 4 ] && [ "$(grep -c "^  水罐放热 | " "$W/charts")" -eq 4 ] &&
	[ "$(grep -c "^  热泵蓄热 | " "$W/charts")" -eq 4 ] && ! grep -q "^  未满足" "$W/charts" &&
	grep -q "^图表 [0-9]* [0-9]* column | 逐月耗热量" "$W/charts" &&
	grep -q "^图表 [0-9]* [0-9]* line | 累计净现金流量" "$W/charts" &&
	grep -q "^图表 [0-9]* [0-9]* scatter | 热源循环泵：水泵与管网特性曲线" "$W/charts" &&
	grep -q "^  空气源热泵+水蓄热 | '"'"'经济'"'"'!\$A\$[0-9]*:\$A\$[0-9]* | '"'"'经济'"'"'!\$[A-Z]*\$[0-9]*:\$[A-Z]*\$[0-9]*$" "$W/charts" &&
	[ "$(unzip -l "$W/b.xlsx" | grep -c "xl/charts/chart[0-9]*\.xml")" -eq 7 ]
'

t_once 'each typical day, step by step: heat pumps + tank = heat_load_kw of the profile, tank = discharge_kw, charging = charge_kw' '
	set -- values "$W/b.xlsx" "$(cat_ref "典型日 100%")" -o x &&
	for d in 100% 75% 50% 25%; do
		set -- "$@" + values "$W/b.xlsx" "$(ref "典型日 $d（" 1)" "$(ref "典型日 $d（" 2)" "$(ref "典型日 $d（" 3)" -o "s$d" || exit 1
	done && $C "$@" &&
	for d in 100% 75% 50% 25%; do
		mv "s$d" s123 &&
		awk -F, -v d="$d" "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } \$1 == d { print \$c[\"heat_load_kw\"], \$c[\"discharge_kw\"], \$c[\"charge_kw\"] }" "$W/tank.csv" >want &&
		[ "$(wc -l <want)" -eq 48 ] && [ "$(wc -l <s123)" -eq 48 ] && paste -d" " s123 want >all &&
		awk "{ if ((\$1 + \$2 - \$4) ^ 2 > 0.01 || (\$2 - \$5) ^ 2 > 0.0025 || (\$3 - \$6) ^ 2 > 0.0025) { print NR\": \"\$0; bad = 1 } } END { exit bad }" all || exit 1
	done &&
	[ "$(head -1 x)" = 0 ] && [ "$(sed -n 48p x)" = 23.5 ]
'

# months M: the heat of the typical days placed as lib/bfloads.h says:
# E = Σ load·dt·days spread evenly over N = Σ days (days carrying load),
# centred on day 14.5 (15 January, noon), months of 730 h, the year a circle
expect_months() {
	awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ E += $c["heat_load_kw"] * $c["dt_h"] * $c["days"]; if (!($c["day"] in seen)) { seen[$c["day"]] = 1; N += $c["days"] } }
		END {
			a = 14.5 * 24 - 12 * N; if (a < 0) a += 8760; b = a + 24 * N
			for (m = 0; m < 12; m++) {
				o = 0
				for (k = -1; k <= 1; k++) {
					lo = m * 730 + k * 8760; hi = lo + 730
					x = (b < hi ? b : hi) - (a > lo ? a : lo); if (x > 0) o += x
				}
				printf "%.6f\n", E * o / (24 * N) / 1000
			}
			printf "%.6f\n", E / 1000 > "total"
		}' "$1"
}

t_once 'the months: the typical days'"'"' heat spread over a 151-day season centred on 15 January (730-h months), Σ = the profile'"'"'s heat' '
	$C values "$W/b.xlsx" "$(ref 逐月耗热量 1)" >got && expect_months "$W/tank.csv" >want && cat got want &&
	paste -d" " got want | awk "{ d = \$1 - \$2; if (d * d > 0.0025) { print NR\": \"\$0; bad = 1 } } END { exit bad }" &&
	relnear "$(cat total)" "$(awk -F, "\$1 == \"profile_heat_kwh\" { print \$2 / 1000 }" "$W/loads-summary.csv")" 0.000001 &&
	[ "$(awk "\$1 > 0" want | wc -l)" -eq 6 ]
'

# cumulative net cash flow of scheme 2 against 1, years 0..life: −ΔI + y·ΔC
expect_flows() { # expect_flows ECON-SUMMARY
	awk -F, '{ v[$1] = $2 } END { x = v["s2_invest_yuan"] - v["s1_invest_yuan"]; s = v["s1_annual_cost_yuan"] - v["s2_annual_cost_yuan"]
		for (y = 0; y <= v["life_years"]; y++) printf "%.2f\n", -x + y * s }' "$1"
}
agree_flows() { # agree_flows GOT WANT
	[ "$(wc -l <"$1")" -eq "$(wc -l <"$2")" ] &&
	paste -d" " "$1" "$2" | awk "{ d = (\$1 - \$2) / (\$2 ? \$2 : 1); if (d * d > 1e-8) { print NR\": \"\$0; bad = 1 } } END { exit bad }"
}

t 'the cash-flow chart: 经济'"'"'s years 0..20 and their cumulative formulas, −ΔI + y·ΔC from econ'"'"'s figures; a tank at 3000 元/m³ moves it as econ says' '
	v=$(ref 累计净现金流量 1) && $C cells "$W/b.xlsx" "$v" -o f + values "$W/b.xlsx" "$(cat_ref 累计净现金流量)" -o y \
		+ values "$W/b.xlsx" "$v" -o got + report:set "$W/b.xlsx" p.xlsx price_tank_m3=3000 &&
	! grep -qv "^=" f && [ "$(head -1 y)" = 0 ] && [ "$(tail -1 y)" = 20 ] &&
	expect_flows "$W/econ-summary.csv" >want && agree_flows got want &&
	ssconvert --recalc p.xlsx r.xlsx 2>/dev/null &&
	sed "s|^malan-tank,storage_tank,yuan/m3,1500,|malan-tank,storage_tank,yuan/m3,3000,|" "$TOP/data/equipment/unit-prices.csv" >prices.csv &&
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --prices prices.csv --summary "$W/tank.csv" >e.csv &&
	$C values r.xlsx "$v" >got2 && expect_flows e.csv >want2 && agree_flows got2 want2 && ! cmp -s got got2
'

t_once 'print: every chart inside one row, two rows and the title within the page body; gnumeric prints the seven charts on 4 pages, 图表 on 7' '
	cp "$W/b.xlsx" . && $C fit b.xlsx 图表 2 + report:page b.xlsx 马栏镇 2026-12-05 + report:area b.xlsx c.xlsx 图表 A1:Q8 &&
	ssconvert -S b.xlsx "p%n.pdf" 2>/dev/null && grep -ac "/Type */Page[^s]" p5.pdf && [ "$(grep -ac "/Type */Page[^s]" p5.pdf)" -eq 7 ] &&
	ssconvert -S c.xlsx "c%n.pdf" 2>/dev/null && [ "$(grep -ac "/Type */Page[^s]" c5.pdf)" -eq 4 ]
'

t 'a profile of loads alone (no heat pumps, no economics): a column chart of the load per typical day and the months, no cash flow' '
	(cd "$W" && "$HK" report -o "$OLDPWD/l.xlsx" loads-summary.csv profile.csv) && $C list l.xlsx >c && cat c &&
	[ "$(grep -c "^图表 [0-9]* [0-9]* column | 典型日 " c)" -eq 4 ] && [ "$(grep -c "^  热负荷 | " c)" -eq 4 ] &&
	grep -q "逐月耗热量" c && ! grep -q "累计净现金流量" c &&
	$C values l.xlsx "$(awk -F" [|] " "/典型日 100%/ { on = 1; next } on { print \$3; exit }" c)" >got &&
	awk -F, "\$1 == \"100%\" { print \$5 }" "$W/profile.csv" >want && paste -d" " got want | awk "{ d = \$1 - \$2; if (d * d > 0.0025) exit 1 }"
'

t 'an hourly year (weather file): the day of the largest load charted, the months by the calendar (730-h months)' '
	awk "BEGIN { print \"hour,t_out_c\"; for (h = 0; h < 8760; h++) printf \"%d,%.2f\n\", h, 8 - 14 * cos(2 * 3.14159265 * (h - 400) / 8760) - 4 * cos(2 * 3.14159265 * h / 24) }" >wx.csv &&
	"$HK" loadcalc --city 57034 --weather wx.csv --profile -o yp.csv "$M/buildings.csv" &&
	"$HK" report --lang zh -o y.xlsx yp.csv && $C list y.xlsx >c && cat c &&
	[ "$(grep -c "典型日 " c)" -eq 1 ] &&
	peak=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } \$c[\"heat_load_kw\"] > m { m = \$c[\"heat_load_kw\"]; d = \$1 } END { print d }" yp.csv) &&
	grep -q "典型日 $peak（" c &&
	$C values y.xlsx "$(awk -F" [|] " "/逐月耗热量/ { on = 1; next } on { print \$3; exit }" c)" >got &&
	awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } { h = (NR - 2) * \$c[\"dt_h\"]; e[int(h / 730)] += \$c[\"heat_load_kw\"] * \$c[\"dt_h\"] } END { for (m = 0; m < 12; m++) printf \"%.6f\n\", e[m] / 1000 }" yp.csv >want &&
	cat got want && paste -d" " got want | awk "{ d = \$1 - \$2; if (d * d > 0.0025) { print NR\": \"\$0; bad = 1 } } END { exit bad }"
'

t 'language: the zh charts'"'"' titles, axes and series are Chinese; the en book'"'"'s charts hold no CJK character' '
	$C text "$W/b.xlsx" >zh && cat zh && grep -q "(MWh)" zh && ! LC_ALL=C grep -oE "[A-Za-z]{3,}" zh | grep -qvxE "MWh|kWh" &&
	(cd "$W" && "$HK" report --lang en -o "$OLDPWD/en.xlsx" loads-summary.csv tank.csv hp-summary.csv tank-summary.csv econ-summary.csv invest.csv) &&
	$C text en.xlsx >en && cat en && [ -s en ] && ! grep -q "[^ -~]" en &&
	grep -q "^Cumulative net cash flow" en
'

# ---- language (issue 16 point 2, "Language") ----
t_once 'every warning format the commands write (lib/, cmd/) has its Chinese in lib/rptwarn.c'"'"'s table' '
	$L formats "$TOP"
'

# a project that bends the rules: a building 90 W/m² (住宅: 40-45), 20 heat
# pumps where 22 are needed (heat unmet, a backup heater), a borefield
# out of balance and too widely spaced
(
	cd "$W" &&
	printf "name,type,area_m2,index_w_m2\n楼A,住宅,10000,90\n楼B,学校,5000,60\n" >wb.csv &&
	"$HK" loadcalc --city 57034 --summary -o wl.csv wb.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 --units 20 -o hp20.csv profile.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary -o t20s.csv hp20.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 -o t20.csv hp20.csv &&
	"$HK" econ --tariff shaanxi-malan --summary -o e20.csv t20.csv &&
	"$HK" borefield --k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 \
		--summary -o bf.csv "$TOP/templates/borefield/peere-case1.csv"
) >"$W/log2" 2>&1 || { cat "$W/log2"; echo "not ok - the rule-bending project"; exit 1; }

t 'zh: the commands'"'"' warnings in 汇总 are Chinese, each with every number of its English text' '
	(cd "$W" && "$HK" report --lang zh -o "$OLDPWD/w.xlsx" wl.csv bf.csv t20s.csv e20.csv) && $L warnings w.xlsx >zh && cat zh &&
	[ "$(wc -l <zh)" -eq 6 ] && ! grep -q "原文" zh && cut -f2 zh | grep -oE "[A-Za-z_]{3,}" | grep -vxE "COP|CJJ|kWh" >bad; cat bad; [ ! -s bad ] &&
	$PY -c "import csv, os, sys
for f in sys.argv[1:]:
    with open(os.path.basename(f) + \".en\", \"w\") as o:
        [print(r[1], file=o) for r in csv.reader(open(f)) if r and r[0].startswith(\"warning_\")]" "$W/wl.csv" "$W/bf.csv" "$W/t20s.csv" "$W/e20.csv" &&
	for f in wl.csv bf.csv t20s.csv e20.csv; do
		mv "$f.en" en &&
		[ -s en ] && n=0 &&
		while read -r line; do
			n=$((n + 1)) && z=$(grep "^$f	" zh | sed -n "${n}p") && [ -n "$z" ] &&
			for x in $(echo "$line" | sed "s|W/m2|W/m²|g" | grep -o "[0-9][0-9.]*[0-9]\|[0-9]"); do
				case "$z" in *"$x"*) ;; *) echo "$f: $x of \"$line\" not in \"$z\""; exit 1 ;; esac
			done || exit 1
		done <en || exit 1
	done
'

t 'zh: no English word or machine key on 负荷, 计算书 and 图表 (units, symbols, standards, authors and file names excepted), Malan and the borefield project' '
	(cd "$W" && "$HK" report --lang zh -o "$OLDPWD/w.xlsx" wl.csv bf.csv t20s.csv e20.csv) &&
	$L zh "$W/b.xlsx" 负荷 计算书 图表 + zh w.xlsx 负荷 计算书
'

t 'en: the same warnings in English, no CJK character (元 written yuan)' '
	(cd "$W" && "$HK" report --lang en -o "$OLDPWD/w.xlsx" bf.csv t20s.csv e20.csv) && $R en w.xlsx + text w.xlsx Summary -o s &&
	grep -q "390820 yuan a year" s && grep -q "^annual imbalance -50.0 % exceeds 20 %" s
'

t 'the pump group: its catalog curve × 3 in parallel at full and duty speed (affinity laws), the system curve H = H_st + S·G² as formulas' '
	(cd "$W" && "$HK" report -o "$OLDPWD/p.xlsx" 热源循环泵=pump-primary.csv hp-summary.csv) && $C list p.xlsx >c && cat c &&
	grep -q "^图表 1 1 scatter | 热源循环泵：水泵与管网特性曲线" c && [ "$(grep -c "^  " c)" -eq 3 ] &&
	n=$(sumval "$W/pump-primary.csv" duty_pumps) && sp=$(sumval "$W/pump-primary.csv" speed_ratio) &&
	S=$(sumval "$W/pump-primary.csv" system_s) && m=$(sumval "$W/pump-primary.csv" pump_model) &&
	$PY -c "import csv,sys; [print(r[\"flow_m3h\"], r[\"head_m\"]) for r in csv.DictReader(open(sys.argv[1])) if r[\"model\"] == sys.argv[2]]" "$TOP/data/equipment/pumps.csv" "$m" >pts &&
	[ -s pts ] && ssconvert --recalc p.xlsx r.xlsx 2>/dev/null &&
	xy=$(awk -F" [|] " "/^  / { printf \"%s %s \", \$2, \$3 }" c) &&
	$C values r.xlsx $xy -o xy + cells p.xlsx "$(awk -F" [|] " "/^  / && ++i == 3 { print \$3 }" c)" -o f3 &&
	[ "$(wc -l <xy)" -eq "$(wc -l <pts)" ] &&
	paste -d" " pts xy | awk -v n="$n" -v s="$sp" -v S="$S" "
		function off(a, b) { return (a - b) ^ 2 > 1e-4 * (1 + b * b) }
		{ if (off(\$3, n * \$1) || off(\$4, \$2) || off(\$5, n * s * \$1) || off(\$6, s * s * \$2) || off(\$7, n * \$1) || off(\$8, S * (n * \$1) ^ 2)) { print NR\": \"\$0; bad = 1 } }
		END { exit bad || NR < 3 }" &&
	grep -c "^=" f3 >nf && [ "$(cat nf)" -eq "$(wc -l <pts)" ]
'

t 'the borefield: its table'"'"'s lowest and highest mean fluid temperature of each year and the limits over 20 years; a table of another field is refused' '
	"$HK" borefield --k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 -o bt.csv "$TOP/templates/borefield/peere-case1.csv" &&
	"$HK" report -o b.xlsx "$W/bf.csv" bt.csv && $C list b.xlsx >c && cat c &&
	grep -q "^图表 1 1 line | 地埋管平均流体温度" c && [ "$(grep -c "^  " c)" -eq 4 ] &&
	$C values b.xlsx $(awk -F" [|] " "/^  / && ++i <= 4 { print \$3 }" c) >v &&
	awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ y = \$c[\"year\"]; e = \$c[\"tf_peak_ext_c\"]; j = \$c[\"tf_peak_inj_c\"]
		  if (!(y in lo) || e < lo[y]) lo[y] = e; if (!(y in hi) || j > hi[y]) hi[y] = j; n = y
		  a = \$c[\"tf_min_limit_c\"]; b = \$c[\"tf_max_limit_c\"] }
		END { for (y = 1; y <= n; y++) print lo[y], hi[y], a, b }" bt.csv >want &&
	[ "$(wc -l <want)" -eq 20 ] && [ "$(wc -l <v)" -eq 20 ] && paste -d" " v want | awk "{ for (i = 1; i <= 4; i++) if ((\$i - \$(i + 4)) ^ 2 > 1e-6) { print NR\": \"\$0; bad = 1 } } END { exit bad }" &&
	near "$(cut -d" " -f1 v | sort -g | head -1)" "$(sumval "$W/bf.csv" tf_min_c)" 0.0005 &&
	"$HK" borefield --k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 --depth 80 -o bt80.csv "$TOP/templates/borefield/peere-case1.csv" &&
	(expect_code 2 "$HK" report -o x.xlsx "$W/bf.csv" bt80.csv) 2>err; cat err &&
	[ ! -e x.xlsx ] && grep -q "bt80.csv: error: tf_m[a-z]*_c (.*) contradicts tf_m[a-z]*_c of .*bf.csv" err
'

t_done
