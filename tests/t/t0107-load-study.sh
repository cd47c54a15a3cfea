#!/bin/sh
# The load-study template (templates/load-study/README.md): heatkit init,
# make, make check; every building's loads and the annual heat recomputed
# here from the template's buildings.csv, the CJJ 34 indices and GB 50736
# (西安), never from heatkit's output.
. "$(dirname "$0")/lib.sh"

# 西安 57036, GB 50736-2012 Appendix A: t_heating, heating days, their mean
TO=-3.4 ND=100 TA=1.5
# loadcalc's day 07:00-18:30 at 18 C, set back to 5 C (Malan paper §2)
TI=18 TSB=5 HDAY=11.5
# CJJ 34-2010 Table 3.1.2-1, energy-saving column, midpoints of the ranges
# (学校、办公 50-70, 食堂 100-130, 体育馆 100-150), by building type
IDX='学校=60 办公=60 食堂=115 体育馆=125'

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
"$HK" init load-study "$W/p" >/dev/null &&
	make -s -C "$W/p" HEATKIT="$HK" >"$W/make.out" 2>"$W/make.err" &&
	make -s -C "$W/p" HEATKIT="$HK" check >"$W/check.out" 2>"$W/check.err"
MADE=$?

# per building from buildings.csv (name type area day_only): design load,
# night load (day-only at the set-back), annual heat (CJJ 34 §3.2 with the
# set-back for day-only buildings), one line each: name q_kw night_kw gj
by_hand() {
	awk -F, -v idx="$IDX" -v to=$TO -v nd=$ND -v ta=$TA -v ti=$TI -v tsb=$TSB -v hd=$HDAY '
		BEGIN { n = split(idx, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); q[kv[1]] = kv[2] } }
		/^#/ || /^建筑名称/ { next }
		{ Q = $3 * q[$2] / 1000; h = $4 ? hd / 24 : 1;
		  night = $4 ? Q * (tsb - to) / (ti - to) : Q;
		  gj = 0.0864 * nd * Q * (h * (ti - ta) + (1 - h) * (tsb - ta)) / (ti - to);
		  printf "%s %.4f %.4f %.4f\n", $1, Q, night, gj }' "$W/p/buildings.csv"
}

t 'heatkit init load-study DIR && make && make check succeed and write every file' '
	[ "$MADE" -eq 0 ] && for f in loads.csv loads-summary.csv profile.csv loads.xlsx; do
		[ -s "$W/p/$f" ] || { echo "no $f"; exit 1; }; done
'
t 'every building: index, design load q A, night load, annual heat as CJJ 34 and GB 50736 give them, index source CJJ 34 Table 3.1.2-1' '
	by_hand >want && [ "$(wc -l <want)" -eq 4 ] &&
	while read -r name q night gj; do
		near "$(col "$W/p/loads.csv" "$name" design_load_kw)" "$q" 0.005 &&
		near "$(col "$W/p/loads.csv" "$name" night_load_kw)" "$night" 0.005 &&
		near "$(col "$W/p/loads.csv" "$name" annual_heat_gj)" "$gj" 0.05 &&
		grep "^$name," "$W/p/loads.csv" | grep -q "CJJ 34-2010 Table 3.1.2-1" || { echo "$name"; exit 1; }
	done <want
'
t 'totals: design load 1925 kW = sum q A, annual heat with and without the set-back (CJJ 34 §3.2), in GJ and kWh' '
	s="$W/p/loads-summary.csv" && by_hand >want &&
	q=$(awk "{ s += \$2 } END { print s }" want) && near "$q" 1925 1e-6 &&
	near "$(sumval "$s" design_load_kw)" "$q" 0.05 &&
	near "$(sumval "$s" night_load_kw)" "$(awk "{ s += \$3 } END { print s }" want)" 0.05 &&
	gj=$(awk "{ s += \$4 } END { print s }" want) &&
	relnear "$(sumval "$s" annual_heat_gj)" "$gj" 0.0001 &&
	relnear "$(sumval "$s" annual_heat_kwh)" "$(awk "BEGIN { print $gj / 0.0036 }")" 0.0001 &&
	relnear "$(sumval "$s" annual_heat_gj_cjj)" "$(awk "BEGIN { print 0.0864 * $ND * $q * ($TI - $TA) / ($TI - $TO) }")" 0.0001 &&
	near "$(sumval "$s" mean_index_w_m2)" "$(awk "BEGIN { print $q * 1000 / 27000 }")" 0.005
'
t 'the typical-day profile: its days sum to the 100 heating days, average to the season mean 1.5 C, and carry the annual heat (sum of load x hours x days)' '
	p="$W/p/profile.csv" && by_hand >want &&
	awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next }
		{ e += \$c[\"heat_load_kw\"] * \$c[\"dt_h\"] * \$c[\"days\"]; h += \$c[\"dt_h\"] * \$c[\"days\"];
		  t += \$c[\"t_out_c\"] * \$c[\"dt_h\"] * \$c[\"days\"] }
		END { printf \"%.3f %.6f %.6f\n\", e, h / 24, t / h }" "$p" >got &&
	read -r e d tm <got &&
	near "$d" "$ND" 1e-6 && near "$tm" "$TA" 1e-6 &&
	relnear "$e" "$(awk "{ s += \$4 } END { print s / 0.0036 }" want)" 0.0001
'
t 'the workbook in Chinese: the building table and the summary' '
	$PY - "$W/p/loads.xlsx" <<PYEOF
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert len(wb.sheetnames) == 2, wb.sheetnames
heads = [c.value for r in wb.worksheets[0].iter_rows(max_row=3) for c in r]
assert any(v and "设计热负荷" in str(v) for v in heads), heads
PYEOF
'
t 'make check fails when the design load exceeds the supply: make CAPACITY=1900' '
	expect_code 2 make -s -C "$W/p" HEATKIT="$HK" CAPACITY=1900 check >out 2>err &&
	grep -q "design_load_kw <= 1900" err
'
t 'make INDEX=high reruns loadcalc (make-settings.txt): the design load takes the upper ends, 16000 x 70 + 6000 x 70 + 2000 x 130 + 3000 x 150 W' '
	cp -R "$W/p" q && make -s -C q HEATKIT="$HK" INDEX=high loads-summary.csv >/dev/null 2>&1 &&
	near "$(sumval q/loads-summary.csv design_load_kw)" "$(awk "BEGIN { print (16000 * 70 + 6000 * 70 + 2000 * 130 + 3000 * 150) / 1000 }")" 0.05
'
t_done
