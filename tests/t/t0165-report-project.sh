#!/bin/sh
# heatkit report (issue 16): outputs of two projects are refused, and the
# city is named in the book's language.  hpsize's summary carries its
# design-basis city (GB 50736 Appendix A, with its winter air-conditioning
# temperature) and the heat of the load profile it sized on
# (load_heat_kwh); the report compares that with loadcalc's profile heat and
# the profile given, so a heat-pump design of another city, design
# temperature or building set is refused naming both files and the key.
# Expected values: GB 50736-2012 Appendix A (铜川 53947: t_winter_ac −9.8 ℃,
# the value templates/malan/README.md quotes from the paper), Σ
# heat_load_kw·dt_h·days computed here by awk from the profile, the English
# names of the cities as the Gazetteer of China spells them.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"
W=$(mktemp -d)
trap 'rm -rf "$W"; t_cleanup' EXIT
# the Malan outputs (tests/fixtures/malan.sh, made once per pass)
F=$(fixture malan) && cp --no-preserve=mode "$F"/* "$W"/ || { echo "not ok 1 - the Malan outputs"; exit 1; }
heat() { awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ s += $c["heat_load_kw"] * $c["dt_h"] * $c["days"] } END { printf "%.6f\n", s }' "$1"; }
bad() { # bad WANT-IN-STDERR FILE...: report of the files fails naming it
	want=$1; shift
	(cd "$W" && "$HK" report -o "$OLDPWD/b.xlsx" "$@") 2>err; rc=$?
	cat err; [ $rc -eq 2 ] && [ ! -e b.xlsx ] && grep -q "$want" err
}
R="$PY $TOP/tests/t/report.py"
text() { $R text "$1" "$2"; } # text BOOK SHEET: every text cell of SHEET (a name, or 0 for the first), one a line

t 'hpsize summary: its city 铜川 (53947) with t_winter_ac −9.8 ℃ (GB 50736 Appendix A) and the heat of the profile it sized on' '
	s="$W/hp-summary.csv" && [ "$(sumval "$s" city)" = 铜川 ] && [ "$(sumval "$s" city_en)" = Tongchuan ] &&
	grep -q "^city,铜川,,[^,]*,陕西 铜川 (53947): GB 50736-2012 Appendix A" "$s" &&
	near "$(sumval "$s" t_winter_ac_c)" -9.8 0 && near "$(sumval "$s" t_basis_c)" -9.8 0 &&
	grep -q "^t_winter_ac_c,.*,GB 50736-2012 Appendix A$" "$s" &&
	relnear "$(sumval "$s" load_heat_kwh)" "$(heat "$W/profile.csv")" 0.000001
'

t 'hpsize --t-basis with --city: the city recorded, the basis named as given' '
	"$HK" hpsize --model LT-161 --city 铜川 --t-basis -10 --summary -o s.csv "$W/profile.csv" &&
	[ "$(sumval s.csv city)" = 铜川 ] && near "$(sumval s.csv t_basis_c)" -10 0 &&
	grep -q "^t_basis_c,.*,--t-basis$" s.csv
'

t 'heat pumps sized on the profile of another city (铜川 loads, a lower design temperature): refused at load_heat_kwh, both files named' '
	"$HK" loadcalc --city 铜川 --days "$M/days.csv" --profile -o p-tc.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o "$W/hp-tc.csv" p-tc.csv &&
	near "$(sumval "$W/hp-tc.csv" design_load_kw)" "$(sumval "$W/loads-summary.csv" design_load_kw)" 0.05 &&
	bad "hp-tc.csv:[0-9]*:2: error: load_heat_kwh (.*) contradicts profile_heat_kwh of loads-summary.csv" \
		loads-summary.csv hp-tc.csv
'

t 'heat pumps sized on the same buildings at another design temperature (--t-design −6): refused at load_heat_kwh' '
	"$HK" loadcalc --city 57034 --t-design -6 --days "$M/days.csv" --profile -o p6.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o "$W/hp6.csv" p6.csv &&
	bad "hp6.csv:[0-9]*:2: error: load_heat_kwh (.*) contradicts profile_heat_kwh of loads-summary.csv" \
		loads-summary.csv hp6.csv
'

t 'a heat-pump summary of another building set against the profile given (no loads summary): refused naming both' '
	grep -v "^派出所," "$M/buildings.csv" >b8.csv &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile -o p8.csv b8.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o "$W/hp8.csv" p8.csv &&
	bad "hp8.csv:[0-9]*:2: error: load_heat_kwh (.*) contradicts heat_load_kw of profile.csv" profile.csv hp8.csv
'

t 'one city name, two stations (呼伦贝尔 50514 满洲里, 50527 海拉尔): loads of one, heat pumps of the other refused at city (the long GB 50736 source of 满洲里 cut at a character, still UTF-8)' '
	"$HK" loadcalc --city 50514 --days "$M/days.csv" --profile --summary -o "$W/l-hl.csv" "$M/buildings.csv" &&
	$PY -c "import sys; open(sys.argv[1], encoding=\"utf-8\").read()" "$W/l-hl.csv" &&
	"$HK" loadcalc --city 50514 --days "$M/days.csv" --profile -o p-hl.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 50527 --t-basis -10 --summary -o "$W/h-hl.csv" p-hl.csv &&
	bad "h-hl.csv:[0-9]*:2: error: city 呼伦贝尔 (station 50527) contradicts city of l-hl.csv (呼伦贝尔, station 50514)" \
		l-hl.csv h-hl.csv
'

t 'the Malan pair (loads at 咸阳, heat pumps at 铜川 as the paper does) is one project: the book names both stations' '
	(cd "$W" && "$HK" report -o "$OLDPWD/zh.xlsx" --project 马栏镇 --date 2026-12-05 loads-summary.csv profile.csv \
		hp-summary.csv tank-summary.csv) 2>err && [ ! -s err ] &&
	text zh.xlsx 汇总 >cells && grep -q "^陕西 咸阳 (57034)$" cells &&
	grep -q "^GB 50736-2012 附录A 铜川（53947）冬季空调室外计算温度（第8.3.2条）$" cells
'

t 'en book: the city in English (Xianyang, station 57034; heat pumps at station 53947, Tongchuan); zh book in Chinese' '
	(cd "$W" && "$HK" report --lang en -o "$OLDPWD/en.xlsx" --project Malan --date 2026-12-05 loads-summary.csv \
		profile.csv hp-summary.csv tank-summary.csv) &&
	text en.xlsx 0 >cells &&
	grep -q "^Xianyang (station 57034)$" cells &&
	grep -q "^GB 50736-2012 Appendix A, station 53947 (Tongchuan): winter air-conditioning temperature (§8.3.2)$" cells &&
	! grep -q "[咸阳铜川]" cells
'

t 'cities.csv name_en: Hanyu Pinyin or the conventional English name (Xi'"'"'an, Lu'"'"'an, Hohhot, Urumqi, Lhasa, Hong Kong)' '
	for p in 西安:"Xi'"'"'an" 咸阳:Xianyang 乌鲁木齐:Urumqi 拉萨:Lhasa 香港:"Hong Kong" 呼和浩特:Hohhot \
		哈尔滨:Harbin 六安:"Lu'"'"'an" 大兴安岭地区:"Da Hinggan Ling Prefecture"; do
		c=${p%%:*}; e=${p#*:} &&
		got=$(awk -F, -v c="$c" "\$2 == c { print \$3; exit }" "$TOP/data/climate/cities.csv") &&
		[ "$got" = "$e" ] || { echo "$c: $got, expected $e"; exit 1; }
	done &&
	"$HK" loadcalc --city 西安 --summary "$TOP/templates/example/buildings.csv" >s.csv && [ "$(sumval s.csv city_en)" = "Xi'"'"'an" ]
'

# ---- the monthly profile (loadcalc --monthly) and the 负荷 sheet ----
# 1000 m² of housing at 40 W/m² (24 h: no set-back): Q = 40 kW; 咸阳
# (57034): N = 101 d, t_a = 1.2 ℃, t_o = −3.6 ℃ (GB 50736 Appendix A), t_i
# 18 ℃: Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o) GJ (CJJ 34-2010 §3.2); the
# 101 days centred on 15 January run 26 November to 6 March: 5, 31, 31, 28, 6.
printf "name,type,area_m2,index_w_m2\nhome,住宅,1000,40\n" >"$W/h.csv"
QA=$(awk "BEGIN { printf \"%.6f\", 0.0864 * 101 * 40 * (18 - 1.2) / (18 + 3.6) / 0.0036 }")

t 'loadcalc --monthly (degree days): Nov 5, Dec 31, Jan 31, Feb 28, Mar 6 days; Q_m = Q_a·N_m/N, Q_a by CJJ 34 §3.2' '
	"$HK" loadcalc --city 57034 --monthly m.csv --summary -o s.csv "$W/h.csv" &&
	[ "$(awk -F, "NR > 1 { printf \"%s:%s \", \$1, \$2 }" m.csv)" = "11:5 12:31 1:31 2:28 3:6 " ] &&
	for m in 11:5 12:31 1:31 2:28 3:6; do
		relnear "$(col m.csv ${m%:*} heat_kwh)" "$(awk "BEGIN { printf \"%.6f\", $QA * ${m#*:} / 101 }")" 0.000001 || exit 1
		relnear "$(col m.csv ${m%:*} heat_gj)" "$(awk "BEGIN { printf \"%.6f\", $QA * 0.0036 * ${m#*:} / 101 }")" 0.000001 || exit 1
	done &&
	relnear "$(sumval s.csv annual_heat_kwh)" "$QA" 0.00001 && grep -q "CJJ 34-2010 §3.2" m.csv
'

t 'loadcalc --monthly (hourly weather, --season all): January at 0 ℃ and February at 10 ℃, Σ 40·(18 − t)/23 kW·h per month' '
	awk "BEGIN { print \"hour,t_out_c\"; for (h = 0; h < 8760; h++) print h \",\" (h < 744 ? 0 : h < 1416 ? 10 : 20) }" >w.csv &&
	"$HK" loadcalc --t-design -5 --weather w.csv --season all --profile --monthly m.csv -o p.csv "$W/h.csv" &&
	[ "$(awk -F, "NR > 1 { printf \"%s:%s \", \$1, \$2 }" m.csv)" = "1:31 2:28 " ] &&
	relnear "$(col m.csv 1 heat_kwh)" "$(awk "BEGIN { printf \"%.6f\", 744 * 40 * 18 / 23 }")" 0.000001 &&
	relnear "$(col m.csv 2 heat_kwh)" "$(awk "BEGIN { printf \"%.6f\", 672 * 40 * 8 / 23 }")" 0.000001 &&
	grep -q "hourly profile" m.csv
'

t 'report 负荷: the monthly heat with SUM totals and shares; gnumeric recomputes them to Q_a (0.01 %)' '
	(cd "$W" && "$HK" loadcalc --city 57034 --monthly hm.csv --summary -o hs.csv h.csv &&
		"$HK" loadcalc --city 57034 -o hl.csv h.csv) &&
	"$HK" report -o b.xlsx --project 测试 --date 2026-12-05 "$W/hs.csv" "$W/hl.csv" "$W/hm.csv" 2>err && [ ! -s err ] &&
	ssconvert --recalc b.xlsx r.xlsx 2>/dev/null && $R agree b.xlsx r.xlsx + names r.xlsx monthly_heat_kwh -o q + text b.xlsx 负荷 -o cells &&
	relnear "$(awk "{ print \$2 }" q)" "$QA" 0.0001 &&
	[ "$(grep -c "^=SUM(" cells)" -ge 4 ] &&
	[ "$(grep -xE "(11|12|1|2|3)月" cells | tr "\n" " ")" = "11月 12月 1月 2月 3月 " ]
'

t 'a monthly heat of another city (铜川) with the loads of 咸阳: refused naming both files and the key' '
	"$HK" loadcalc --city 铜川 --monthly "$W/m-tc.csv" -o /dev/null "$W/h.csv" &&
	bad "m-tc.csv: error: heat_kwh (.*) contradicts annual_heat_kwh of hs.csv" hs.csv m-tc.csv
'
t 'hourly weather: loads summary, monthly heat and heat pumps of one run agree; heat pumps on another weather year refused' '
	awk "BEGIN { print \"hour,t_out_c\"; for (h = 0; h < 8760; h++) print h \",\" (h < 744 ? -5 : h < 1416 ? 0 : 7) }" >w.csv &&
	awk "BEGIN { print \"hour,t_out_c\"; for (h = 0; h < 8760; h++) print h \",\" (h < 744 ? -5 : h < 1416 ? 2 : 7) }" >w2.csv &&
	"$HK" loadcalc --t-design -5 --weather w.csv --season 01-01..02-28 --profile --summary --monthly m.csv -o s.csv "$W/h.csv" &&
	"$HK" loadcalc --t-design -5 --weather w.csv --season 01-01..02-28 --profile -o p.csv "$W/h.csv" &&
	"$HK" loadcalc --t-design -5 --weather w2.csv --season 01-01..02-28 --profile -o p2.csv "$W/h.csv" &&
	"$HK" hpsize --model LT-161 --t-basis -5 --summary -o hs.csv p.csv &&
	"$HK" hpsize --model LT-161 --t-basis -5 --summary -o hs2.csv p2.csv &&
	"$HK" report -o ok.xlsx --date 2026-12-05 s.csv m.csv hs.csv 2>err && [ ! -s err ] &&
	$PY -c "import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])[\"负荷\"]
assert any(isinstance(c.value, str) and c.value.startswith(\"计算方法：逐时负荷\") for r in ws.iter_rows() for c in r)" ok.xlsx &&
	relnear "$(sumval hs.csv load_heat_kwh)" "$(awk "BEGIN { printf \"%.6f\", 744 * 40 + 672 * 40 * 18 / 23 }")" 0.00002 &&
	"$HK" report -o b.xlsx s.csv hs2.csv 2>err; [ $? -eq 2 ] && [ ! -e b.xlsx ] && cat err &&
	grep -q "hs2.csv:[0-9]*:2: error: load_heat_kwh (.*) contradicts profile_heat_kwh of s.csv" err
'

t 'en book of an English project with its monthly heat and a heat-pump city: not one CJK character (cities by name_en)' '
	printf "name,type,area_m2,index_w_m2\nhome,residential,1000,40\n" >e.csv &&
	"$HK" loadcalc --city Xianyang --days "$M/days.csv" --profile --summary --monthly m.csv -o s.csv e.csv &&
	"$HK" loadcalc --city Xianyang --days "$M/days.csv" --profile -o p.csv e.csv &&
	"$HK" hpsize --model LT-161 --city Tongchuan --summary -o hs.csv p.csv &&
	"$HK" report --lang en -o en.xlsx --project Demo --date 2026-12-05 s.csv m.csv p.csv hs.csv &&
	$R en en.xlsx + text en.xlsx 2 -o loads && grep -q "^Nov$" loads && grep -q "^Method: " loads
'

t_done
