#!/bin/sh
# The commercial heat pumps (Heat Pump KEYMARK, issue 15 point 3): hpsize
# sizes on capacity points only (EN 14511 rating, EN 14825 TOL), never on an
# EN 14825 part-load demand point, and says which points it used.  The
# expected numbers are the reference rows (heat-pump-catalog-commercial.csv,
# copied in data/equipment/sources/), interpolated here independently.
. "$(dirname "$0")/lib.sh"

prof() { printf 'day,start_h,dt_h,t_out_c,heat_load_kw,days\nd,0,24,-5,%s,10\n' "$1" >p.csv; }

# bilin T W T0 T1 W0 W1 V00 V01 V10 V11: bilinear, V<t><w> at (T0|T1, W0|W1)
bilin() {
	awk -v t="$1" -v w="$2" -v t0="$3" -v t1="$4" -v w0="$5" -v w1="$6" \
	    -v a="$7" -v b="$8" -v c="$9" -v d="${10}" 'BEGIN {
		u = (t - t0) / (t1 - t0); v = (w - w0) / (w1 - w0)
		lo = a + (c - a) * u; hi = b + (d - b) * u
		printf "%.6f\n", lo + (hi - lo) * v }'
}

t 'Clivet WiSAN-YEE1 60.4 at -8.5 C / 45 C: between the -10 C TOL and the +7 C rating, not the -7 C demand point' '
	prof 2000 &&
	"$HK" hpsize --model "WiSAN-YEE1 60.4 EN" --t-basis -8.5 --t-water 45 --summary p.csv >s.csv &&
	# reference rows: TOL -10/W35 104.0 kW COP 2.41, -10/W55 92.52 kW COP 1.49;
	# A7/W35 163.0 kW COP 3.71, A7/W55 142.0 kW COP 2.16
	q=$(bilin -8.5 45 -10 7 35 55 104.0 92.52 163.0 142.0) &&
	cop=$(bilin -8.5 45 -10 7 35 55 2.41 1.49 3.71 2.16) &&
	near "$(sumval s.csv q_unit_kw)" "$q" 0.006 &&
	near "$(sumval s.csv k1)" "$(awk -v q="$q" "BEGIN { print q / 163.0 }")" 0.00006 &&
	near "$(sumval s.csv cop_design)" "$cop" 0.0006 &&
	near "$(sumval s.csv k2)" 1 0 &&
	# had the EN 14825 Pdh at -7 C (112.0 kW at W34, 99.74 kW at W52) been read as
	# capacity, q at -8.5 C would be near 108 kW, not 103.05
	awk -v q="$(sumval s.csv q_unit_kw)" "BEGIN { exit !(q < 104) }" &&
	grep -q "^capacity_points,.*-10 ℃/35 ℃ tol 104 kW.*7 ℃/55 ℃ rated 142 kW" s.csv &&
	! grep "^capacity_points" s.csv | grep -q -- "-7 ℃" &&
	grep "^capacity_points" s.csv | grep -q "8 part-load demand rows (EN 14825 Pdh"
'

t 'Midea MH-SU110 at 铜川 (-9.8 C) / 45 C: the -10 C and +2 C TOL points; units from the certified capacity with K2 = 1' '
	prof 2919 &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 --summary p.csv >s.csv &&
	# reference rows: TOL average -10/W35 94.45, -10/W55 79.71; TOL warmer +2/W35 93.78, +2/W55 79.98
	q=$(bilin -9.8 45 -10 2 35 55 94.45 79.71 93.78 79.98) &&
	near "$(sumval s.csv q_unit_kw)" "$q" 0.006 &&
	near "$(sumval s.csv k2)" 1 0 &&
	n=$(awk -v q="$q" "BEGIN { x = 2919 / q; n = int(x); if (n < x && 2919 - n * q > 0.005 * 2919) n++; print n }") &&
	[ "$(sumval s.csv units)" = "$n" ] &&
	grep "^k2," s.csv | grep -q "include defrost" &&
	grep "^capacity_points" s.csv | grep -q "certificate dated 10.10.2023"
'

t 'integrated capacities: K2 only with --defrost peak; --k2 alone is not applied, and says so' '
	prof 2919 &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 --defrost peak --summary p.csv >s.csv &&
	near "$(sumval s.csv k2)" 0.8 0 &&
	near "$(sumval s.csv q_unit_kw)" "$(awk "BEGIN { print 0.8 * $(bilin -9.8 45 -10 2 35 55 94.45 79.71 93.78 79.98) }")" 0.006 &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 --k2 0.9 --summary p.csv >s2.csv 2>err &&
	near "$(sumval s2.csv k2)" 1 0 &&
	grep -q "warning: --k2 not applied: the capacities of MH-SU110-RN8L include defrost" err
'

t 'Amitime PEVH-45V4DEA: capacities at +7 C only, so 铜川 is refused (with --extrapolate too), naming the demand rows' '
	prof 300 &&
	expect_code 2 "$HK" hpsize --model PEVH-45V4DEA --city 铜川 --summary p.csv >s.csv 2>err &&
	grep -q "heat-pumps.csv:[0-9]*:1: error: model PEVH-45V4DEA has no capacity point at or below -9.8 C" err &&
	grep -q "8 EN 14825 part-load rows are the reference building.s demand, not capacities" err &&
	expect_code 2 "$HK" hpsize --model PEVH-45V4DEA --city 铜川 --extrapolate p.csv >o.csv 2>err &&
	grep -q "nothing to extrapolate from" err
'

t 'below every capacity point: refused, or with --extrapolate a flagged warning in the summary' '
	prof 100 &&
	expect_code 2 "$HK" hpsize --model "WiSAN-YEE1 60.4 EN" --t-basis -15 --summary p.csv >s.csv 2>err &&
	grep -q "no capacity point at or below -15 C (its lowest: -10 C/35 C tol, -10 C/55 C tol" err &&
	"$HK" hpsize --model "WiSAN-YEE1 60.4 EN" --t-basis -15 --extrapolate --summary p.csv >s.csv 2>err &&
	grep -q "^warning_[0-9]*,design: -15 ℃ is outside the capacity points of model WiSAN-YEE1 60.4 EN (-10 to 7 ℃)" s.csv &&
	grep "^capacity_points" s.csv | grep -q EXTRAPOLATED
'

t 'every commercial model at -8.5 C / 35 C: q from its capacity rows only (or refused when it has none at or below)' '
	n=0 &&
	for m in $($PY - "$TOP/data/equipment/heat-pumps.csv" <<PYEOF
import csv, sys
seen = []
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["certificate"].startswith("Heat Pump KEYMARK") and r["model"] not in seen:
        seen.append(r["model"])
print(" ".join(x.replace(" ", "@") for x in seen))
PYEOF
	); do
		m=$(echo "$m" | tr @ " ") n=$((n + 1))
		prof 500
		"$HK" hpsize --model "$m" --t-basis -8.5 --t-water 35 --summary p.csv >s.csv 2>err; rc=$?
		$PY - "$TOP/data/equipment/heat-pumps.csv" "$m" "$rc" <<PYEOF || exit 1
import csv, sys
cat, model, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])
cap = {float(r["t_out_c"]): float(r["heat_kw"]) for r in csv.DictReader(open(cat, encoding="utf-8"))
       if r["model"] == model and r["point_type"] in ("rated", "tol") and r["t_water_out_c"] == "35"}
below = [t for t in cap if t <= -8.5]
if not below:
    assert rc == 2, (model, "expected a refusal", rc)
    sys.exit(0)
assert rc == 0, (model, rc, open("err").read())
t0 = max(below); t1 = min(t for t in cap if t > -8.5)
want = cap[t0] + (cap[t1] - cap[t0]) * (-8.5 - t0) / (t1 - t0)
s = {r["key"]: r["value"] for r in csv.DictReader(open("s.csv", encoding="utf-8"))}
got = float(s["q_unit_kw"])
assert abs(got - want) <= 0.006, (model, got, want)
assert "part_load" not in s["capacity_points"], s["capacity_points"]
PYEOF
	done &&
	[ "$n" -eq 21 ]
'

t 'the commercial rows are what tools/import-heat-pumps.py makes of the copied reference' '
	$PY "$TOP/tools/import-heat-pumps.py" --check
'
t_done
