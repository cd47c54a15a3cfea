#!/bin/sh
# The ground-source template (templates/ground-source/README.md): heatkit
# init, make, make check; its figures recomputed here from the template's
# own inputs and GB 50736 (never from heatkit's output), and the same
# Makefile run on Peere et al. (2021) case 1 against its published depth.
. "$(dirname "$0")/lib.sh"

# the template's inputs, as its README gives them
AREA=15000 IDX=60 COP=4.5 EER=5 N=187 FLOW=0.4 CP=4180 RHO=998
# 天津 54527, GB 50736-2012 Appendix A: t_heating, heating days, mean
TO=-7.0 ND=121 TA=-0.6
# loadcalc's day 07:00-18:30 at 18 C, set back to 5 C (Malan paper §2)
TI=18 TSB=5 HDAY=11.5

# make the project once; each test reads p/ (copied per test)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$HK" init ground-source "$W/p" >/dev/null &&
	make -s -C "$W/p" HEATKIT="$HK" >"$W/make.out" 2>"$W/make.err" &&
	make -s -C "$W/p" HEATKIT="$HK" check >"$W/check.out" 2>"$W/check.err"
MADE=$?

t 'heatkit init ground-source DIR && make && make check succeed and write every file' '
	[ "$MADE" -eq 0 ] && for f in profile.csv loads-summary.csv borefield.csv borefield-summary.csv \
		borefield.xlsx ground-pumps.csv; do [ -s "$W/p/$f" ] || { echo "no $f"; exit 1; }; done
'
t 'loads: design load = area x the CJJ 34 office index (15000 x 60 W); annual heat by the CJJ 34 §3.2 formula with the night set-back (天津, GB 50736)' '
	s="$W/p/loads-summary.csv" &&
	near "$(sumval "$s" design_load_kw)" "$(awk "BEGIN { print $AREA * $IDX / 1000 }")" 0.05 &&
	want=$(awk "BEGIN { q = $AREA * $IDX / 1000; h = $HDAY / 24;
		print 0.0864 * $ND * q * (h * ($TI - $TA) + (1 - h) * ($TSB - $TA)) / ($TI - $TO) }") &&
	relnear "$(sumval "$s" annual_heat_gj)" "$want" 0.0005
'
t 'borefield: the ground takes heat x (1 - 1/COP) of the profile and cool x (1 + 1/EER) of cooling.csv, peaks 900 x (1 - 1/4.5) and 1350 x 1.2 kW' '
	s="$W/p/borefield-summary.csv" &&
	ext=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ e += \$c[\"heat_load_kw\"] * \$c[\"dt_h\"] * \$c[\"days\"] } END { printf \"%.3f\", e * (1 - 1 / $COP) }" "$W/p/profile.csv") &&
	relnear "$(sumval "$s" annual_ext_kwh)" "$ext" 0.0001 &&
	inj=$(awk -F, "/^[0-9]/ { e += \$2 } END { printf \"%.3f\", e * (1 + 1 / $EER) }" "$W/p/cooling.csv") &&
	relnear "$(sumval "$s" annual_inj_kwh)" "$inj" 1e-6 && near "$inj" 972000 0.01 &&
	near "$(sumval "$s" peak_ext_kw)" "$(awk "BEGIN { print $AREA * $IDX / 1000 * (1 - 1 / $COP) }")" 0.01 &&
	near "$(sumval "$s" peak_inj_kw)" "$(awk "BEGIN { print 1350 * (1 + 1 / $EER) }")" 0.01
'
t 'borefield: 17 x 11 boreholes, total = n x depth, GB 50366 limits from the flow: Tf_min = 4 + P_ext/(n m cp)/2, Tf_max = 33 + P_inj/(n m cp)/2' '
	s="$W/p/borefield-summary.csv" &&
	[ "$(sumval "$s" boreholes)" = "$N" ] &&
	near "$(sumval "$s" total_length_m)" "$(awk -v d="$(sumval "$s" depth_m)" "BEGIN { print d * $N }")" 0.1 &&
	near "$(sumval "$s" tf_min_limit_c)" "$(awk "BEGIN { print 4 + 700e3 / ($N * $FLOW * $CP) / 2 }")" 0.001 &&
	near "$(sumval "$s" tf_max_limit_c)" "$(awk "BEGIN { print 33 + 1620e3 / ($N * $FLOW * $CP) / 2 }")" 0.001
'
t 'borefield month by month: 240 months, year 1 carries the annual extraction, the fluid never leaves its limits and touches the binding one' '
	m="$W/p/borefield.csv" && s="$W/p/borefield-summary.csv" &&
	[ "$(($(wc -l <"$m") - 1))" -eq 240 ] &&
	relnear "$(awk -F, "NR > 1 && NR <= 13 { e += \$5 } END { print e }" "$m")" "$(sumval "$s" annual_ext_kwh)" 0.0001 &&
	lo=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		NR == 2 || \$c[\"tf_peak_ext_c\"] < m { m = \$c[\"tf_peak_ext_c\"] } END { print m }" "$m") &&
	hi=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		NR == 2 || \$c[\"tf_peak_inj_c\"] > m { m = \$c[\"tf_peak_inj_c\"] } END { print m }" "$m") &&
	lim=$(awk "BEGIN { print 4 + 700e3 / ($N * $FLOW * $CP) / 2 }") &&
	near "$lo" "$lim" 0.002 &&
	awk -v h="$hi" -v l="$(awk "BEGIN { print 33 + 1620e3 / ($N * $FLOW * $CP) / 2 }")" "BEGIN { exit !(h <= l) }"
'
t 'ground-loop pumps: flow = 187 boreholes x 0.4 kg/s x 3600/998 m3/h at the loop dT of the cooling peak; 2 duty + 1 standby' '
	s="$W/p/ground-pumps.csv" &&
	near "$(sumval "$s" design_flow_m3h)" "$(awk "BEGIN { print $N * $FLOW * 3600 / $RHO }")" 0.01 &&
	near "$(sumval "$s" dt_k)" "$(awk "BEGIN { print 1620e3 / ($N * $FLOW * $CP) }")" 0.05 &&
	[ "$(sumval "$s" duty_pumps)" = 2 ] && [ "$(sumval "$s" standby_pumps)" = 1 ] &&
	[ -n "$(sumval "$s" pump_model)" ]
'
t 'the workbook: the monthly sheet with its chart and the summary, in Chinese' '
	unzip -o -q "$W/p/borefield.xlsx" xl/charts/chart1.xml -d x && grep -q "<c:scatterChart>" x/xl/charts/chart1.xml &&
	$PY - "$W/p/borefield.xlsx" <<PYEOF
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert len(wb.sheetnames) == 2, wb.sheetnames
labels = [r[3].value for r in wb.worksheets[1].iter_rows(min_row=2) if r[3].value]
assert any("孔深" in str(v) for v in labels), labels[:5]
PYEOF
'
t 'make FIELD=12x8 reruns borefield (make-settings.txt) and make check fails on the depth rule: 12 x 8 boreholes need more than 150 m' '
	cp -R "$W/p" q && make -s -C q HEATKIT="$HK" FIELD=12x8 borefield-summary.csv >/dev/null 2>&1 &&
	expect_code 2 make -s -C q HEATKIT="$HK" FIELD=12x8 check >out 2>err &&
	grep -q "depth_m<=150" err
'
# Peere et al. 2021, case 1 (shared borefield reference, Case A1): k 3.5, Tg 10,
# rho-c 2.4, 12 x 10 at 6.5 m, D 4 m, Rb* 0.2, limits 0..16 C, 300/150 MWh a
# year: published L3 depth 56.77 m.  The template's Makefile, its g-function
# method (L3, 20 years) and its option wiring, on that case's inputs.
t 'the template Makefile on Peere et al. (2021) case 1: depth within 0.5 % of the published 56.77 m, length 120 x depth' '
	cp -R "$W/p" q && cp "$TOP/tests/data/peere-a1.csv" q/peere.csv && true &&
	make -s -C q HEATKIT="$HK" borefield-summary.csv K=3.5 TG=10 RHO_C=2.4 FIELD=12x10 SPACING=6.5 BURIED=4 \
		PIPES="--rb-star 0.2" LIMITS="--tf-min 0 --tf-max 16" GROUND_LOADS=peere.csv >/dev/null 2>err &&
	relnear "$(sumval q/borefield-summary.csv depth_m)" 56.77 0.005 &&
	[ "$(sumval q/borefield-summary.csv boreholes)" = 120 ] &&
	relnear "$(sumval q/borefield-summary.csv total_length_m)" "$(awk "BEGIN { print 120 * 56.77 }")" 0.005 &&
	[ "$(sumval q/borefield-summary.csv quadrant)" = 1 ]
'
t_done
