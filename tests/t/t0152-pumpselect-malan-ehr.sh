#!/bin/sh
# The Malan primary loop from the shipped catalog (issue 15 acceptance):
# 34 heat pumps x 13.8 m3/h = 469.2 m3/h at 30 m, 3 duty + 1 standby.  A
# named maker's pump with its motor, input power and EHR-h; its operating
# point checked against its catalog points in data/equipment/pumps.csv (the
# curve passes through them: run at each catalog flow, the pump must sit on
# that point), and EHR-h against the formula of GB 50189-2015 §4.3.3 /
# GB 50736-2012 §8.11.13 computed here.
. "$(dirname "$0")/lib.sh"
CAT="$TOP/data/equipment/pumps.csv"

t 'Malan 469.2 m3/h at 30 m, 3 + 1: named pump, motor, input power, EHR-h = 0.003096 G H/(eta Q), Q = G dT/0.86, dT default 10 K' '
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary >s.csv 2>err &&
	$PY - "$CAT" <<PYEOF
import csv, sys
s = {r["key"]: r for r in csv.DictReader(open("s.csv", encoding="utf-8"))}
v = lambda k: float(s[k]["value"])
model, maker = s["pump_model"]["value"], s["pump_maker"]["value"]
assert maker and not maker.lower().startswith("unnamed"), maker
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["model"] == model]
pts = [(float(r["flow_m3h"]), float(r["head_m"]), float(r["eff_pct"]) / 100) for r in rows]
pw = [float(r["power_kw"]) for r in rows]
assert all(r["power_basis"] == "shaft" for r in rows), model
assert len(pts) >= 3, (model, pts)
G, H, n = 469.2, 30.0, 3
# the full-speed point lies on the system curve H = 30 (Q/G)^2 (closed loop
# through the design point) and between two catalog points, its head between
# theirs (a monotone PCHIP stays within its neighbours: Fritsch & Carlson 1980)
q, h = v("op_flow_each_m3h"), v("op_head_m")
assert abs(h - H * (n * q / G) ** 2) <= 1e-3 * h, (h, q)
k = max(i for i in range(len(pts) - 1) if pts[i][0] <= q)
(q0, h0, e0), (q1, h1, e1) = pts[k], pts[k + 1]
assert q0 <= q <= q1 and min(h0, h1) <= h <= max(h0, h1), (q, h, pts[k], pts[k + 1])
# motor: a rated size at least 1.2 x the larger shaft power (HeatSource convention)
assert v("motor_kw") >= 1.2 * v("shaft_kw") > 0, (s["motor_kw"]["value"], s["shaft_kw"]["value"])
assert s["motor_margin"]["source"].startswith("default 1.2:"), s["motor_margin"]["source"]
# at the duty speed each pump gives G/3 at 30 m; its efficiency is the
# curve at (G/3)/speed, so between the catalog efficiencies around it
sp = v("speed_ratio")
qe = G / n / sp
k = max(i for i in range(len(pts) - 1) if pts[i][0] <= qe)
eta = v("ehr_eta_pct") / 100
lo, hi = sorted([pts[k][2], pts[k + 1][2]])
assert lo - 5e-4 <= eta <= hi + 5e-4, (eta, pts[k], pts[k + 1])
# input power, variable speed, from the catalog shaft power: 3 x speed^3 x
# P2((G/3)/speed) / 0.88 (affinity laws; drive default), P2 between the
# catalog powers around it; and within 3 % of 3 x rho g (G/3) H / eta / 0.88
# (the catalog check: power vs rho g Q H / eta)
pin = v("vs_input_kw")
lo, hi = sorted([pw[k], pw[k + 1]])
assert n * sp ** 3 * lo / 0.88 * (1 - 1e-4) <= pin <= n * sp ** 3 * hi / 0.88 * (1 + 1e-4), (pin, lo, hi)
phyd = n * 1000 * 9.81 * (G / n) / 3600 * H / eta / 0.88 / 1000
assert abs(pin - phyd) <= 0.03 * phyd, (pin, phyd)
# EHR-h = 0.003096 sum(G H / eta)/Q, Q = G dT/0.86 (rho c = 1/0.86 kWh/m3K), dT 10 K
Q = G * 10 / 0.86
assert abs(v("heat_load_kw") - Q) <= 0.05, (s["heat_load_kw"]["value"], Q)
assert s["dt_k"]["value"] == "10.0" and s["dt_k"]["source"].startswith("default 10 K:"), s["dt_k"]
ehr = 0.003096 * n * (G / n) * H / eta / Q
assert abs(v("ehr") - ehr) <= 2e-6, (s["ehr"]["value"], ehr)   # eta printed to 0.1 %
assert s["ehr_limit"]["value"] == "not checked", s["ehr_limit"]
print(model, maker, q, h, s["motor_kw"]["value"], s["vs_input_kw"]["value"], s["ehr"]["value"])
PYEOF
'

t 'the chosen pump run at each of its catalog points sits on that point: flow, head, efficiency, shaft power rho g Q H / eta' '
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary >s.csv &&
	m=$(sumval s.csv pump_model) && [ -n "$m" ] &&
	$PY - "$CAT" "$m" >pts <<PYEOF &&
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["model"] == sys.argv[2]:
        print(r["flow_m3h"], r["head_m"], r["eff_pct"])
PYEOF
	[ "$(wc -l <pts)" -ge 3 ] &&
	while read -r q h e; do
		# the system curve H = h (Q/q)^2 goes through the catalog point
		"$HK" pumpselect --model "$m" --duty 1 --standby 0 --flow "$q" --head "$h" --summary >p.csv ||
			{ echo "no run at $q m3/h"; exit 1; }
		near "$(sumval p.csv op_flow_m3h)" "$q" 0.01 &&
		near "$(sumval p.csv op_head_m)" "$h" 0.001 &&
		near "$(sumval p.csv speed_ratio)" 1 0.00005 &&
		near "$(sumval p.csv op_eff_pct)" "$e" 0.05 &&
		relnear "$(sumval p.csv shaft_kw)" "$(awk -v q="$q" -v h="$h" -v e="$e" \
			"BEGIN { print 1000 * 9.81 * q / 3600 * h / (e / 100) / 1000 }")" 0.0005 || exit 1
	done <pts
'

t 'typed at its default, --motor-margin 1.2 is reported as given; --dt 8 changes Q and EHR-h as the formula says' '
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --motor-margin 1.2 --dt 8 --summary >s.csv &&
	[ "$(awk -F, "\$1 == \"motor_margin\" { print \$5 }" s.csv)" = --motor-margin ] &&
	[ "$(awk -F, "\$1 == \"dt_k\" { print \$5 }" s.csv)" = --dt ] &&
	relnear "$(sumval s.csv heat_load_kw)" "$(awk "BEGIN { print 469.2 * 8 / 0.86 }")" 0.0001 &&
	relnear "$(sumval s.csv ehr)" "$(awk -v e="$(sumval s.csv ehr_eta_pct)" \
		"BEGIN { print 0.003096 * 469.2 * 30 / (e / 100) / (469.2 * 8 / 0.86) }")" 0.0005
'
t_done
