#!/bin/sh
# The large circulating pumps (issue 15 point 1): the rows of
# data/equipment/pumps.csv are what tools/import-pumps.py makes of the copied
# reference (data/equipment/sources/pump-curves-large.csv), and every pump
# of the shipped catalog passes the data checks or carries the flag the
# check raises.  The checks are written again here, apart from the tool.
. "$(dirname "$0")/lib.sh"
CAT="$TOP/data/equipment/pumps.csv"

t 'the imported rows are reproducible and every pump carries the flags its checks raise (tools/import-pumps.py --check)' '
	$PY "$TOP/tools/import-pumps.py" --check
'

t 'a pump without the flag its check raises fails the check, naming pump and flag' '
	$PY - "$CAT" >cat.csv <<PYEOF &&
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()), lineterminator="\\n")
w.writeheader()
for r in rows:
    if r["model"] == "TD150-37/4":
        r["flags"] = ""
    w.writerow(r)
PYEOF
	expect_code 1 $PY "$TOP/tools/import-pumps.py" --check cat.csv 2>err &&
	grep -q "pump TD150-37/4 lacks flag(s) its checks raise: bep_at_edge" err
'

t 'independent checks: power vs rho g Q H / eta (3 %, 10 %), monotonic head, BEP inside the points; >= 100 pumps above 100 m3/h with data' '
	$PY - "$CAT" <<PYEOF
import csv, sys, collections
g = collections.OrderedDict()
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    g.setdefault(r["model"], []).append(r)
f = lambda s: float(s) if s else None
big = 0
for m, rs in g.items():
    flags = set(x for x in rs[0]["flags"].split(";") if x)
    q = [float(r["flow_m3h"]) for r in rs]; h = [float(r["head_m"]) for r in rs]
    e = [f(r["eff_pct"]) for r in rs]; p = [f(r["power_kw"]) for r in rs]
    assert all(b > a for a, b in zip(q, q[1:])), (m, "flow must rise")
    dev = [abs(pi - 1000 * 9.81 * qi / 3600 * hi / (ei / 100) / 1000) / pi
           for qi, hi, ei, pi in zip(q, h, e, p) if ei and pi]
    if dev and max(dev) > 0.10:
        assert "power_contradicts" in flags, (m, max(dev))
    elif dev and max(dev) > 0.03:
        assert "power_mismatch" in flags, (m, max(dev))
    if any(b > a for a, b in zip(h, h[1:])):
        assert "head_rises" in flags, m
    eta = [ei if ei else (1000 * 9.81 * qi / 3600 * hi / 1000 / pi if pi else None)
           for qi, hi, ei, pi in zip(q, h, e, p)]
    if any(x is not None for x in eta):
        top = max(x for x in eta if x is not None)
        if eta[0] == top or eta[-1] == top:
            assert "bep_at_edge" in flags, (m, eta)
        if q[eta.index(top)] >= 100:
            big += 1
    else:
        assert {"no_eff", "no_power"} <= flags, m
assert big >= 100, big
print(len(g), "pumps,", big, "above 100 m3/h with efficiency or power data")
PYEOF
'

t 'the reference defects are carried as flags (pump-curves-large.md)' '
	$PY - "$CAT" <<PYEOF
import csv, sys
flags = {r["model"]: set(r["flags"].split(";")) for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
for m, f in [("TD150-35/4", "eff_curve_copied"), ("TD150-35/4", "power_mismatch"),
             ("TD150-18G/4", "shared_eff_curve"), ("TD250-29/4", "head_typo"),
             ("NIS125-100-250/15", "name_inferred"), ("KL 150-100 D302", "units_suspect"),
             ("7 KL D292", "units_converted"), ("6X8X13H SJA D342", "point_dropped"),
             ("65-125 2F D143", "no_power"), ("AixLib Pump_DN100", "maker_unnamed")]:
    assert f in flags[m], (m, f, flags[m])
PYEOF
'

t 'Malan primary loop 469.2 m3/h at 30 m, 3 duty + 1 standby: a named maker'"'"'s pump, on its catalog curve, with a motor' '
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary >s.csv 2>err &&
	$PY - "$CAT" <<PYEOF
import csv, sys
s = {r["key"]: r["value"] for r in csv.DictReader(open("s.csv", encoding="utf-8"))}
assert not s["pump_maker"].lower().startswith("unnamed"), s["pump_maker"]
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if r["model"] == s["pump_model"]]
assert rows and "power_contradicts" not in rows[0]["flags"], s["pump_model"]
float(s["motor_kw"])
q, h = float(s["op_flow_each_m3h"]), float(s["op_head_m"])
pts = [(float(r["flow_m3h"]), float(r["head_m"]), float(r["eff_pct"] or "nan")) for r in rows]
k = max(i for i in range(len(pts) - 1) if pts[i][0] <= q)
(q0, h0, e0), (q1, h1, e1) = pts[k], pts[k + 1]
u = (q - q0) / (q1 - q0)
assert 0 <= u <= 1, ("operating point outside the catalog points", q)
hl = h0 + (h1 - h0) * u   # the curve passes through the catalog points: near the chord between them
assert abs(h - hl) <= 0.01 * hl, (h, hl)
if e0 == e0:
    el = e0 + (e1 - e0) * u
    shaft = 1000 * 9.81 * q / 3600 * h / (el / 100) / 1000
    assert abs(float(s["shaft_kw"]) - shaft) <= 0.01 * shaft, (s["shaft_kw"], shaft)
print(s["pump_model"], s["pump_maker"], q, h, s["motor_kw"])
PYEOF
'
t_done
