#!/bin/sh
# heatkit operate (issue 20): the energy balance of every step of the Malan
# season (铜川, templates/malan, the chain loadcalc -> hpsize), for both
# strategies and each lever alone, computed here from the CSV: heat +
# unmet = load; heat-pump power = Σ stage heat / stage COP (series: half
# the heat per stage, parallel: all at one COP); power = heat pumps +
# pumps; and the season totals of the summary as Σ value·dt_h·days, the
# cost with the Malan paper's Table 2 prices (peak 08:00-11:30 and
# 18:30-23:00 0.8179, flat 07:00-08:00 and 11:30-18:30 0.5607, valley
# 23:00-07:00 0.3035 yuan/kWh), SCOP = heat / electricity.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"
S=conventional,smart,curve,series,staging,pumps
PUMPS="--pump TD125-37.5/2 --pump-duty 2 --head 30 --group TD200-32/4,TD125-24G/2,TD100-44/2"

run() {
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >p.csv &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 p.csv >hp.csv &&
	"$HK" operate --terminal radiator --supply 45 --return 35 --strategy $S $PUMPS --tariff shaanxi-malan \
		hp.csv >op.csv 2>err.txt &&
	"$HK" operate --terminal radiator --supply 45 --return 35 --strategy $S $PUMPS --tariff shaanxi-malan \
		--summary hp.csv >s.csv 2>/dev/null
}

t 'every step of every strategy: heat + unmet = load, power = heat/COP per stage + pumps; season totals' '
	run && $PY - op.csv s.csv "$S" <<PYEOF
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
summ = {r["key"]: r["value"] for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
def kind(h):  # Malan paper Table 2
    if 8 <= h < 11.5 or 18.5 <= h < 23: return "peak"
    if 7 <= h < 8 or 11.5 <= h < 18.5: return "flat"
    return "valley"
def price(h):
    return {"peak": 0.8179, "flat": 0.5607, "valley": 0.3035}[kind(h)]
assert len(rows) == 192, len(rows)
for s in sys.argv[3].split(","):
    f = lambda r, k: float(r[k + "_" + s] or 0)
    heat = elec = hp = pump = cost = load = 0
    by = {"peak": 0, "flat": 0, "valley": 0}
    for r in rows:
        q, w = float(r["heat_load_kw"]), float(r["dt_h"]) * float(r["days"])
        h, u = f(r, "heat_kw"), f(r, "unmet_kw")
        assert abs(h + u - q) <= 1e-6 * max(q, 1), (s, r["day"], r["start_h"], h, u, q)
        assert u >= 0 and h >= 0
        if h > 0:
            c1, c2 = f(r, "cop_stage1"), f(r, "cop_stage2")
            p = h / 2 / c1 + h / 2 / c2 if s in ("smart", "series") else h / c2
            assert abs(c1 - c2) < 1e-9 or s in ("smart", "series"), (s, c1, c2)
            assert abs(p - f(r, "hp_power_kw")) <= 1e-6 * p, (s, p, f(r, "hp_power_kw"))
        tot = f(r, "hp_power_kw") + f(r, "pump_kw")
        assert abs(tot - f(r, "power_kw")) <= 1e-6 * max(tot, 1), (s, tot)
        heat += h * w; load += q * w; hp += f(r, "hp_power_kw") * w; pump += f(r, "pump_kw") * w
        cost += f(r, "power_kw") * w * price(float(r["start_h"]))
        by[kind(float(r["start_h"]))] += f(r, "power_kw") * w  # half-hour steps lie in one period
    want = {"heat_kwh": heat, "unmet_kwh": load - heat, "hp_kwh": hp, "pump_kwh": pump,
            "elec_kwh": hp + pump, "cost_yuan": cost, "scop": heat / (hp + pump)}
    want.update({"elec_kwh_" + k: v for k, v in by.items()})
    for k, v in want.items():
        got = float(summ[k + "_" + s])
        tol = 0.002 if k == "scop" else max(1.0, 1e-6 * abs(v))
        assert abs(got - v) <= tol, (s, k, got, v)
    assert pump > 0, s
print("ok")
PYEOF
'

t 'the first series stage leaves half-way between the units'"'"' entering and leaving water' '
	run && $PY - op.csv <<PYEOF
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    for s in ("smart", "series"):
        if float(r["units_on_" + s]) > 0:
            ts, tr, tm = (float(r[k + "_" + s]) for k in ("hp_supply_c", "hp_return_c", "stage1_out_c"))
            assert abs(tm - max(35, (ts + tr) / 2)) < 0.02, (s, ts, tr, tm)
            assert float(r["units_on_" + s]) % 2 == 0, s
print("ok")
PYEOF
'

t 'econ prices a strategy as a scheme (power_kw_S): its season kWh and cost are the ones checked above' '
	run && "$HK" econ --tariff shaanxi-malan --scheme "conv=power_kw_conventional" --scheme "smart=power_kw_smart" \
		--summary op.csv >e.csv 2>/dev/null &&
	near "$(sumval e.csv s2_annual_elec_kwh)" "$(sumval s.csv elec_kwh_smart)" 1 &&
	near "$(sumval e.csv s2_annual_cost_yuan)" "$(sumval s.csv cost_yuan_smart)" 1 &&
	near "$(sumval e.csv s1_annual_cost_yuan)" "$(sumval s.csv cost_yuan_conventional)" 1
'
t_done
