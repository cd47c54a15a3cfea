#!/bin/sh
# borefield: the monthly table against GHEtool's fixed-depth temperatures
# (reference Case B), the workbook read back, a loadcalc | hpsize profile
# feeding the field, the GB 50366 limits, hybrid, --count, --land and
# hourly loads.  Expected numbers come from the reference or are worked by
# hand here, never from heatkit's own output.
. "$(dirname "$0")/lib.sh"

# monthly loads: extraction/injection per year spread by the %H/%C profiles
# of the reference (Case A/B), with the given monthly peaks; the profiles
# are those of the shared fixture tests/data/peere-a1.csv (its months over
# its year: 300/150 MWh)
D="$TOP/tests/data"
loads() { # loads FILE EXT_KWH INJ_KWH "PEAK_EXT x12" "PEAK_INJ x12"
	awk -F, -v E="$2" -v I="$3" -v pe="$4" -v pi="$5" '
		NR > 1 { h[$1] = $2; c[$1] = $3; sh += $2; sc += $3 }
		END { split(pe, a, " "); split(pi, b, " ");
		print "month,ext_kwh,inj_kwh,peak_ext_kw,peak_inj_kw";
		for (m = 1; m <= 12; m++) printf "%d,%.6g,%.6g,%s,%s\n", m, E * h[m] / sh, I * c[m] / sc, a[m], b[m] }' \
		"$D/peere-a1.csv" >"$1"
}
# peaks FIXTURE COLUMN [SCALE]: the 12 monthly peaks of a fixture, scaled
peaks() {
	awk -F, -v k="$2" -v f="${3:-1}" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == k) c = i; next }
		{ printf "%s%.6g", (NR > 2 ? " " : ""), $c * f }' "$D/$1"
}
B_PE=$(peaks peere-a2.csv peak_ext_kw)   # Case B uses Case A2's peaks
B_PI=$(peaks peere-a2.csv peak_inj_kw)
A1_PI=$(peaks peere-a1.csv peak_inj_kw)
Z12="0 0 0 0 0 0 0 0 0 0 0 0"
A1="--k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16"

t 'Case B at a fixed 90 m: Tf at peak injection (year 1) and peak extraction (year 20) within 0.05 K of GHEtool (accurate g-functions)' '
	loads b.csv 300000 160000 "$B_PE" "$B_PI" &&
	"$HK" borefield --k 3 --tg 10 --field 10x12 --spacing 6 --buried 4 --rb-star 0.12 --tf-min 0 --tf-max 16 \
		--depth 90 b.csv >m.csv 2>err &&
	$PY - <<PYEOF
import csv
rows = list(csv.DictReader(open("m.csv")))
assert len(rows) == 240, len(rows)
ti1 = [9.410, 9.445, 9.826, 10.454, 11.714, 12.997, 13.770, 14.355, 12.558, 10.259, 9.556, 9.174]
te20 = [3.859, 4.144, 4.842, 5.704, 6.398, 7.380, 7.884, 8.051, 6.703, 5.768, 4.951, 4.392]
tb1 = [8.971, 8.962, 9.007, 9.102, 9.389, 9.940, 10.400, 10.526, 9.813, 9.514, 9.149, 8.763]
for m in range(12):
    assert abs(float(rows[m]["tf_peak_inj_c"]) - ti1[m]) <= 0.05, (m, rows[m]["tf_peak_inj_c"], ti1[m])
    assert abs(float(rows[228 + m]["tf_peak_ext_c"]) - te20[m]) <= 0.05, (m, rows[228 + m]["tf_peak_ext_c"], te20[m])
    assert abs(float(rows[m]["tb_c"]) - tb1[m]) <= 0.05, (m, rows[m]["tb_c"], tb1[m])
    assert rows[m]["year"] == "1" and rows[228 + m]["year"] == "20" and rows[m]["month"] == str(m + 1)
PYEOF
'

t 'xlsx: monthly sheet with the chart of fluid temperature against time, values as the CSV, summary sheet' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield $A1 --fast --lang en -o out.xlsx a1.csv 2>err &&
	unzip -o -q out.xlsx xl/charts/chart1.xml -d x &&
	grep -q "<c:scatterChart>" x/xl/charts/chart1.xml &&
	grep -q "monthly!\$D\$3:\$D\$242" x/xl/charts/chart1.xml &&
	grep -q "monthly!\$L\$3:\$L\$242" x/xl/charts/chart1.xml &&
	$PY - <<PYEOF
import openpyxl
wb = openpyxl.load_workbook("out.xlsx")
assert wb.sheetnames == ["monthly", "summary"], wb.sheetnames
ws = wb["monthly"]
head = [c.value for c in ws[2]]
rows = [dict(zip(head, [c.value for c in r])) for r in ws.iter_rows(min_row=3)]
assert len(rows) == 240, len(rows)
# the input loads, month by month (300 MWh x 15.5 % in January, 150 MWh x 20 % in August)
assert abs(rows[0]["ext_kwh"] - 46500) < 1e-6 and abs(rows[7]["inj_kwh"] - 30000) < 1e-6, rows[0]
assert abs(rows[7]["peak_inj_kw"] - 150) < 1e-9
assert abs(rows[0]["peak_ext_kw"] - 46500 / 730) < 1e-9    # no peak given: energy / 730 h
assert abs(rows[239]["t_years"] - 20) < 1e-9
s = {r[0].value: r[1].value for r in wb["summary"].iter_rows(min_row=3)}
hi = max(r["tf_peak_inj_c"] for r in rows)
lo = min(r["tf_peak_ext_c"] for r in rows)
assert abs(hi - 16) < 1e-3 and abs(s["tf_max_c"] - hi) < 1e-9, (hi, s["tf_max_c"])  # case 1 binds at 16 C
assert abs(s["tf_min_c"] - lo) < 1e-9
assert abs(s["total_length_m"] - 120 * s["depth_m"]) < 1e-6
PYEOF
'

t 'a loadcalc | hpsize profile feeds borefield: annual extraction = sum heat (1 - 1/COP) dt days within 0.1 %' '
	F=$(fixture malan) && cp "$F/hp.csv" hp.csv &&
	"$HK" borefield --profile - --field 20x20 --spacing 5 --k 2 --tg 14 --rb-star 0.12 --fast \
		--w-per-m 40 --summary <hp.csv >s.csv 2>err &&
	want=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ s += \$c[\"hp_heat_kw\"] * (1 - 1 / \$c[\"cop\"]) * \$c[\"dt_h\"] * \$c[\"days\"] } END { printf \"%.3f\", s }" hp.csv) &&
	relnear "$(sumval s.csv annual_ext_kwh)" "$want" 0.001 &&
	grep -q "^profile_rule,\"typical days" s.csv &&
	near "$(sumval s.csv heating_season_days)" 151 1e-9 &&
	pk=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ q = \$c[\"hp_heat_kw\"] * (1 - 1 / \$c[\"cop\"]); if (q > m) m = q } END { printf \"%.4f\", m }" hp.csv) &&
	near "$(sumval s.csv peak_ext_kw)" "$pk" 0.01 &&
	near "$(sumval s.csv rot_length_m)" "$(awk -v p="$pk" "BEGIN { print p * 1000 / 40 }")" 0.5 &&
	near "$(sumval s.csv imbalance)" -1 1e-9
'

t 'GB 50366 default limits: Tf_min = 4 + dT_ext/2, Tf_max = 33 + dT_inj/2 with dT = peak/(n m cp) from --flow (by hand)' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield --k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --flow 0.3 --fast \
		--summary a1.csv >s.csv 2>err &&
	near "$(sumval s.csv tf_min_limit_c)" "$(awk "BEGIN { print 4 + 46500 / 730 * 1000 / (120 * 0.3 * 4180) / 2 }")" 0.001 &&
	near "$(sumval s.csv tf_max_limit_c)" "$(awk "BEGIN { print 33 + 150 * 1000 / (120 * 0.3 * 4180) / 2 }")" 0.001 &&
	grep -q "GB 50366-2009 §4.3.5A" s.csv
'

t 'hybrid at a fixed depth too shallow for case 1: an auxiliary cooler brings Tf_max back to 16 C, no heater' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield $A1 --fast --depth 45 --summary a1.csv >s.csv 2>err &&
	grep -q "^mode,fixed," s.csv && grep -q "^limit,maximum broken at 45.00 m" s.csv &&
	awk -F, -v c="$(sumval s.csv aux_cool_kw)" -v h="$(sumval s.csv aux_heat_kw)" \
		"BEGIN { exit !(c > 0 && c < 150 && h == 0) }" &&
	awk -v t="$(sumval s.csv tf_max_aux_c)" "BEGIN { exit !(t <= 16.001) }" &&
	grep -q "auxiliary cooling" err
'

t '--count: the smallest rectangle at 60 m; sizing that field needs at most 60 m and the limits hold' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield --count --depth 60 --spacing 6.5 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 \
		--fast --summary a1.csv >s.csv 2>err &&
	f=$(sumval s.csv layout | sed "s/rectangle //") &&
	near "$(sumval s.csv depth_m)" 60 1e-9 &&
	"$HK" borefield --field "$f" --spacing 6.5 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 \
		--fast --summary --check "depth_m<=60.001" a1.csv >s2.csv 2>err2 &&
	n=$(sumval s.csv boreholes) && [ "$n" -le 120 ] && [ "$n" -ge 60 ] &&
	relnear "$(sumval s.csv depth_needed_m)" "$(sumval s2.csv depth_m)" 0.0005 &&
	grep -q "^limit,\"maximum mean fluid temperature 16.000 C binds: $n boreholes need" s.csv &&
	grep -q "^tf_max_c," s.csv && awk -v t="$(sumval s.csv tf_max_c)" "BEGIN { exit !(t <= 16.001) }"
'

t '--count with --flow: the limits are those of the field found, Tf_min = 4 + dT_ext/2 with dT = peak/(n m cp) (by hand), and that field sized at them needs at most --depth' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield --count --depth 40 --spacing 6 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --flow 0.3 \
		--fast --summary a1.csv >s.csv 2>err &&
	n=$(sumval s.csv boreholes) && [ "$n" -ge 2 ] &&
	near "$(sumval s.csv tf_min_limit_c)" "$(awk -v n="$n" "BEGIN { print 4 + 46500 / 730 * 1000 / (n * 0.3 * 4180) / 2 }")" 0.001 &&
	near "$(sumval s.csv tf_max_limit_c)" "$(awk -v n="$n" "BEGIN { print 33 + 150 * 1000 / (n * 0.3 * 4180) / 2 }")" 0.001 &&
	f=$(sumval s.csv layout | sed "s/rectangle //") &&
	"$HK" borefield --field "$f" --spacing 6 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --flow 0.3 \
		--fast --summary --check "depth_m<=40.001" a1.csv >s2.csv 2>err2
'

t '--land 60x40: the layout fits on the plot and total length = boreholes x depth' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield --land 60x40 --spacing 6.5 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 \
		--fast --summary a1.csv >s.csv 2>err &&
	lay=$(sumval s.csv layout) && n1=$(echo "$lay" | sed "s/.* \([0-9]*\)x.*/\1/") && n2=$(echo "$lay" | sed "s/.*x//") &&
	awk -v a="$n1" -v b="$n2" "BEGIN { exit !((a - 1) * 6.5 <= 60 && (b - 1) * 6.5 <= 40 || (b - 1) * 6.5 <= 60 && (a - 1) * 6.5 <= 40) }" &&
	d=$(sumval s.csv depth_m) && awk -v d="$d" "BEGIN { exit !(d >= 20 && d <= 150) }" &&
	relnear "$(sumval s.csv total_length_m)" "$(awk -v d="$d" -v n="$(sumval s.csv boreholes)" "BEGIN { print d * n }")" 0.001
'

t '--land 40x60 is the 60x40 plot turned: the same field, laid along the plot (7 across 40 m, 11 along 60 m)' '
	loads a1.csv 300000 150000 "$Z12" "$Z12" &&
	"$HK" borefield --land 60x40 --spacing 6 --k 2 --tg 12 --rb-star 0.12 --fast --summary a1.csv >s1.csv 2>err &&
	"$HK" borefield --land 40x60 --spacing 6 --k 2 --tg 12 --rb-star 0.12 --fast --summary a1.csv >s2.csv 2>err &&
	[ "$(sumval s1.csv boreholes)" = "$(sumval s2.csv boreholes)" ] &&
	[ "$(sumval s1.csv total_length_m)" = "$(sumval s2.csv total_length_m)" ] &&
	lay=$(sumval s2.csv layout) && n1=$(echo "$lay" | sed "s/.* \([0-9]*\)x.*/\1/") && n2=$(echo "$lay" | sed "s/.*x//") &&
	awk -v a="$n1" -v b="$n2" "BEGIN { exit !((a - 1) * 6 <= 40 && (b - 1) * 6 <= 60 && b > a) }"
'

A2G="--k 2 --tg 10 --buried 4 --rb-star 0.12 --tf-min 0 --tf-max 16 --fast"

t 'layouts at the command: the L, U, line and box fields have the boreholes their shapes hold, and an L laid by hand as --coords sizes to the same depth' '
	loads a1.csv 30000 15000 "$Z12" "$(peaks peere-a1.csv peak_inj_kw 0.1)" &&
	for f in "L 5x4 8" "U 5x4 11" "line 8x1 8" "box 5x4 14" "rect 5x4 20"; do
		set -- $f &&
		"$HK" borefield $A2G --field $2 --layout $1 --spacing 6 --summary a1.csv >s.csv 2>err &&
		[ "$(sumval s.csv boreholes)" = "$3" ] || { echo "$1 $2: $(sumval s.csv boreholes) boreholes, want $3"; exit 1; }
	done &&
	"$HK" borefield $A2G --field 4x3 --layout L --spacing 6 --summary a1.csv >s1.csv 2>err &&
	printf "x,y\n0,0\n6,0\n12,0\n18,0\n0,6\n0,12\n" >l.csv &&
	"$HK" borefield $A2G --coords l.csv --summary a1.csv >s2.csv 2>err &&
	[ "$(sumval s2.csv boreholes)" = 6 ] &&
	relnear "$(sumval s2.csv depth_m)" "$(sumval s1.csv depth_m)" 0.0005
'

t 'loads of several years: 24 months of which the second year is empty give half the yearly energies of the first year repeated; 8760 x 2 hours the same as 8760 repeated when both years are equal' '
	loads y1.csv 300000 150000 "$Z12" "$A1_PI" &&
	{ cat y1.csv; awk -F, "NR > 1 { print \$1 + 12 \",0,0,0,0\" }" y1.csv; } >y2.csv &&
	"$HK" borefield $A2G --field 6x5 --spacing 6 --years 2 --depth 80 --summary y1.csv >s1.csv 2>err &&
	"$HK" borefield $A2G --field 6x5 --spacing 6 --years 2 --depth 80 --summary y2.csv >s2.csv 2>err &&
	relnear "$(sumval s2.csv annual_ext_kwh)" "$(awk -v e="$(sumval s1.csv annual_ext_kwh)" "BEGIN { print e / 2 }")" 1e-6 &&
	relnear "$(sumval s1.csv annual_ext_kwh)" 300000 1e-6 &&
	awk "BEGIN { print \"hour,ext_kw,inj_kw\"; for (h = 0; h < 8760; h++) print h \",\" (h % 24 < 8 ? 30 : 10) \",\" (h % 24 >= 12 && h % 24 < 18 ? 20 : 0) }" >h1.csv &&
	{ cat h1.csv; awk -F, "NR > 1 { print \$1 + 8760 \",\" \$2 \",\" \$3 }" h1.csv; } >h2.csv &&
	"$HK" borefield $A2G --field 3x3 --spacing 6 --years 2 --depth 100 --summary h1.csv >s1.csv 2>err &&
	"$HK" borefield $A2G --field 3x3 --spacing 6 --years 2 --depth 100 --summary h2.csv >s2.csv 2>err &&
	[ "$(sumval s1.csv tf_min_c)" = "$(sumval s2.csv tf_min_c)" ] &&
	[ "$(sumval s1.csv tf_max_c)" = "$(sumval s2.csv tf_max_c)" ] &&
	relnear "$(sumval s1.csv annual_ext_kwh)" "$(awk "BEGIN { print (8 * 30 + 16 * 10) * 365 }")" 1e-6
'

t 'monthly building heat with --cop 4: the ground gives heat x (1 - 1/4), cooling with --eer 5 takes cool x (1 + 1/5)' '
	printf "month,heat_kwh,cool_kwh\n" >b.csv &&
	for m in 1 2 3 4 5 6 7 8 9 10 11 12; do
		h=0; c=0; [ $m -le 3 ] || [ $m -ge 11 ] && h=40000; [ $m -ge 6 ] && [ $m -le 8 ] && c=30000
		echo "$m,$h,$c" >>b.csv
	done &&
	"$HK" borefield $A2G --field 6x5 --spacing 6 --cop 4 --eer 5 --summary b.csv >s.csv 2>err &&
	relnear "$(sumval s.csv annual_ext_kwh)" "$(awk "BEGIN { print 5 * 40000 * 0.75 }")" 1e-6 &&
	relnear "$(sumval s.csv annual_inj_kwh)" "$(awk "BEGIN { print 3 * 30000 * 1.2 }")" 1e-6
'

t 'hourly loads (8760 h, building heat with COP 4): L4 by default, monthly table of 2 years, extremes in it' '
	awk "BEGIN { print \"hour,heat_kw,cool_kw\"; for (h = 0; h < 8760; h++) {
		m = int(h / 730); w = (m < 3 || m > 9) ? 8 : 0; c = (m >= 5 && m <= 7) ? 6 : 0;
		print h \",\" w \",\" c } }" >h.csv &&
	"$HK" borefield --field 2x2 --spacing 6 --k 2 --tg 12 --rb-star 0.1 --cop 4 --eer 5 --years 2 --fast \
		--summary h.csv >s.csv 2>err &&
	grep -q "^method,L4," s.csv &&
	near "$(sumval s.csv annual_ext_kwh)" "$(awk "BEGIN { print 8 * 0.75 * 730 * 5 }")" 0.01 &&
	near "$(sumval s.csv annual_inj_kwh)" "$(awk "BEGIN { print 6 * 1.2 * 730 * 3 }")" 0.01 &&
	"$HK" borefield --field 2x2 --spacing 6 --k 2 --tg 12 --rb-star 0.1 --cop 4 --eer 5 --years 2 --fast h.csv >m.csv 2>err &&
	[ "$(wc -l <m.csv)" -eq 25 ] &&
	lo=$(awk -F, "NR > 1 && (m == \"\" || \$11 < m) { m = \$11 } END { print m }" m.csv) &&
	near "$(sumval s.csv tf_min_c)" "$lo" 0.001
'
t 'hybrid on hourly loads: the heater is sized on the hours (L4), as the limit was checked, and its energy is the load above the cap' '
	awk "BEGIN { print \"hour,ext_kw,inj_kw\"; for (h = 0; h < 8760; h++) { m = int(h / 730);
		e = (m < 3 || m > 9) ? 10 : 0; if (h >= 240 && h < 312) e = 60; c = (m >= 5 && m <= 7) ? 8 : 0;
		print h \",\" e \",\" c } }" >hb.csv &&
	"$HK" borefield --k 2 --tg 12 --spacing 6 --rb-star 0.12 --field 3x3 --depth 390 --summary hb.csv >s.csv 2>err &&
	grep -q "^limit,minimum broken" s.csv &&
	grep -q "^tf_min_aux_c,.*,L4 with the caps applied" s.csv &&
	awk -v t="$(sumval s.csv tf_min_aux_c)" "BEGIN { exit !(t >= 6.5 - 0.001) }" &&
	awk -v k="$(sumval s.csv aux_heat_kw)" "BEGIN { exit !(k > 0 && k < 50) }" &&
	near "$(sumval s.csv aux_heat_kwh)" "$(awk -v k="$(sumval s.csv aux_heat_kw)" "BEGIN { print 72 * k }")" 0.4
'
t_done
