#!/usr/bin/env python3
"""prop.py - property tests over random valid inputs (issue 18).

Each property draws its inputs from random.Random(SEED) (fixed seeds, so a
failure is reproducible: `HK_BIN=bin/heatkit python3 tests/prop.py NAME
SEED`), runs heatkit and checks what must hold whatever the inputs:

  chain      loadcalc | hpsize | tanksize on random buildings, days,
             tariffs and tank volumes: at every step the heat pumps'
             heat plus the tank's discharge plus the unmet heat equals
             the load plus the charge (delivered + unmet = load), and
             hpsize's heat never exceeds the load nor its capacity;
             each day the tank's state of charge returns to its start
             and moves by (charge - discharge)·dt every step (in = out,
             the tank model has no standing loss: eta scales the volume
             only, tanksize --help), within 0 .. tank_kwh; summary
             unmet_kwh = sum unmet·dt·days
  monotone   a load scaled up never gives fewer heat pumps (hpsize),
             fewer boreholes (borefield --count) or a smaller operating
             flow than the design flow (pumpselect)
  units      results invariant to the header's units (kW vs W, m2 vs
             万m2) and to the encoding (UTF-8 vs GBK, BOM + CRLF)
  ends       hpsize, tanksize --economic, pumpselect and borefield on
             random (also extreme) inputs end in bounded time with exit 0
             and a result, or exit 2 and a message saying error:

Prints TAP lines for t0210 (one per property and seed).
"""
import csv
import io
import os
import random
import subprocess
import sys
import tempfile

HK = os.environ["HK_BIN"]
TOP = os.environ.get("HK_TOP", os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TYPES = ["住宅", "学校", "办公", "医院", "旅馆", "商店", "养老院", "幼儿园"]
CITIES = ["53947", "57034", "54511", "北京", "太原", "西安", "兰州", "哈尔滨"]
TARIFFS = sorted(f[:-4] for f in os.listdir(os.path.join(TOP, "data/climate/tariffs")) if f.endswith(".csv"))
TMO = 120  # seconds: a hang is a failure (sanitized build on a busy machine)


class Fail(Exception):
    pass


def run(args, stdin=None, ok=(0,)):
    p = subprocess.run([HK] + args, input=stdin, capture_output=True, timeout=TMO)
    if p.returncode not in ok:
        raise Fail("heatkit %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr.decode(errors="replace")[:400]))
    return p


def table(b):
    rows = list(csv.reader(io.StringIO(b.decode("utf-8-sig"))))
    return rows[0], rows[1:]


def summary(b):
    return {r[0]: r[1] for r in csv.reader(io.StringIO(b.decode("utf-8-sig"))) if r}


def buildings(rng, n=None):
    n = n or rng.randint(1, 6)
    return [("b%d" % i, rng.choice(TYPES), rng.randint(20, 600) * 50, rng.choice([None, rng.randint(30, 70)]))
            for i in range(n)]


def bfile(bs, area_unit="m²", power_w=False):
    out = "建筑名称,建筑类型,建筑面积(%s),面积热指标(W/m²)\n" % area_unit
    for name, typ, area, idx in bs:
        a = area / 10000 if area_unit == "万m²" else area
        out += "%s,%s,%s,%s\n" % (name, typ, repr(a), idx if idx is not None else "")
    return out


def days(rng):
    n = rng.randint(1, 4)
    ts = sorted(rng.sample(range(-20, 8), n))
    out = "name,t_out_c,days\n"
    for i, t in enumerate(ts):
        out += "d%d,%d,%d\n" % (i, t, rng.randint(1, 60))
    return out


def near(a, b, tol, what):
    if abs(a - b) > tol:
        raise Fail("%s: %r vs %r (tolerance %g)" % (what, a, b, tol))


def prop_chain(rng, d):
    open(f"{d}/b.csv", "w").write(bfile(buildings(rng)))
    open(f"{d}/d.csv", "w").write(days(rng))
    city = rng.choice(CITIES)
    prof = run(["loadcalc", "--city", city, "--days", f"{d}/d.csv", "--profile", f"{d}/b.csv"]).stdout
    hpargs = ["hpsize", "--model", "LT-161", "--city", city, "--extrapolate"]
    if rng.random() < 0.5:  # undersized plants leave heat unmet
        hpargs += ["--units", str(rng.randint(1, 8))]
    hp = run(hpargs + ["-"], stdin=prof).stdout
    h, rows = table(hp)
    c = {k: i for i, k in enumerate(h)}
    for r in rows:
        load, heat, spare = float(r[c["heat_load_kw"]]), float(r[c["hp_heat_kw"]]), float(r[c["spare_kw"]])
        if heat > load + 1e-6 * (1 + load) or spare < -1e-6:
            raise Fail("hpsize step %s %s: heat %g above load %g or spare %g < 0" % (r[0], r[1], heat, load, spare))
        # capacity = units on x unit capacity is at least the heat; a step below capacity has no unmet
    tariff = rng.choice(TARIFFS)
    vol = rng.choice([0, rng.randint(300, 4000)])
    targs = ["tanksize", "--tariff", tariff, "--volume", str(vol), "--charge", rng.choice(["valley", "any"])]
    p = run(targs + ["-"], stdin=hp, ok=(0, 2))
    if p.returncode == 2:  # a tank too small for an hour's discharge is refused with a message
        if b"error:" not in p.stderr:
            raise Fail("tanksize exit 2 without a message")
        return "refused: " + p.stderr.decode().split("error:")[1][:60].strip()
    h, rows = table(p.stdout)
    c = {k: i for i, k in enumerate(h)}
    s = summary(run(targs + ["--summary", "-"], stdin=hp).stdout)
    tank = float(s["tank_kwh"]) if vol else 0.0
    unmet_sum = 0.0
    byday = {}
    for r in rows:
        f = lambda k: float(r[c[k]])
        lhs = f("hp_load_kw") + f("discharge_kw") + f("unmet_kw")
        rhs = f("heat_load_kw") + f("charge_kw")
        near(lhs, rhs, 0.02 + 1e-5 * rhs, "delivered + unmet = load + charge at %s %s" % (r[0], r[1]))
        unmet_sum += f("unmet_kw") * f("dt_h") * f("days")
        byday.setdefault(r[0], []).append((f("charge_kw"), f("discharge_kw"), f("soc_kwh"), f("dt_h")))
    for day, steps in byday.items():
        start = steps[0][2] - (steps[0][0] - steps[0][1]) * steps[0][3]
        soc = start
        for ch, dis, so, dt in steps:
            soc += (ch - dis) * dt
            near(soc, so, 0.1 + 1e-5 * tank, "state of charge on day %s" % day)
            if so < -0.1 or so > tank + 0.1 + 1e-6 * tank:
                raise Fail("soc %g outside 0 .. %g on day %s" % (so, tank, day))
        near(soc, start, 0.1 + 1e-5 * tank, "day %s: tank in = out (soc back to its start)" % day)
    near(unmet_sum, float(s["unmet_kwh"]), 1 + 1e-5 * unmet_sum, "unmet_kwh = sum unmet dt days")
    return "%d steps, %s, %d m3, unmet %.0f kWh" % (len(rows), tariff, vol, unmet_sum)


def scale_profile(prof, k):
    h, rows = table(prof)
    i = h.index("heat_load_kw")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(h)
    for r in rows:
        r[i] = repr(float(r[i]) * k)
        w.writerow(r)
    return out.getvalue().encode()


def prop_monotone(rng, d):
    open(f"{d}/b.csv", "w").write(bfile(buildings(rng)))
    open(f"{d}/d.csv", "w").write(days(rng))
    city = rng.choice(CITIES)
    prof = run(["loadcalc", "--city", city, "--days", f"{d}/d.csv", "--profile", f"{d}/b.csv"]).stdout
    ks = sorted(rng.uniform(0.2, 3) for _ in range(4))
    units = [int(summary(run(["hpsize", "--model", "LT-161", "--city", city, "--extrapolate", "--summary", "-"],
                             stdin=scale_profile(prof, k)).stdout)["units"]) for k in ks]
    if units != sorted(units):
        raise Fail("hpsize units %s for loads x %s" % (units, ["%.2f" % k for k in ks]))
    # pumps: the group chosen for a larger flow still meets it
    flows = sorted(rng.uniform(20, 1500) for _ in range(3))
    duty = rng.randint(1, 3)
    for q in flows:
        s = summary(run(["pumpselect", "--flow", "%.1f" % q, "--head", str(rng.randint(10, 30)), "--duty", str(duty),
                         "--summary"]).stdout)
        if float(s["op_flow_m3h"]) < q * (1 - 1e-6):
            raise Fail("pumpselect %.1f m3/h: operating flow %s below it" % (q, s["op_flow_m3h"]))
    # boreholes: the monthly ground loads scaled up never need fewer
    base = [(m, rng.uniform(10, 40) * 1000, rng.uniform(0, 10) * 1000) for m in range(1, 13)]
    counts = []
    for k in sorted(rng.uniform(0.5, 3) for _ in range(3)):
        open(f"{d}/l.csv", "w").write("month,ext_kwh,inj_kwh\n" + "".join(
            "%d,%.1f,%.1f\n" % (m, e * k, i * k) for m, e, i in base))
        s = summary(run(["borefield", "--k", "2", "--tg", "12", "--rb-star", "0.12", "--fast", "--count", "--depth",
                         "100", "--spacing", "6", "--summary", f"{d}/l.csv"]).stdout)
        counts.append(int(float(s["boreholes"])))
    if counts != sorted(counts):
        raise Fail("borefield --count boreholes %s for growing loads" % counts)
    return "units %s, boreholes %s" % (units, counts)


def prop_units(rng, d):
    bs = buildings(rng)
    city = rng.choice(CITIES)
    outs = []
    for name, text, enc, extra in [("m2", bfile(bs), "utf-8", ""), ("wan-m2", bfile(bs, "万m²"), "utf-8", ""),
                                   ("gbk", bfile(bs), "gb18030", ""), ("bom-crlf", bfile(bs), "utf-8-sig", "crlf")]:
        data = text.replace("\n", "\r\n") if extra == "crlf" else text
        open(f"{d}/{name}.csv", "wb").write(data.encode(enc))
        outs.append((name, summary(run(["loadcalc", "--city", city, "--summary", f"{d}/{name}.csv"]).stdout)))
    for name, s in outs[1:]:
        for k in ("design_load_kw", "annual_heat_gj", "area_m2", "buildings"):
            a, b = float(outs[0][1][k]), float(s[k])
            near(a, b, 1e-6 * abs(a) + 0.051, "%s: %s differs from m2/UTF-8" % (name, k))
    # a profile's load in W instead of kW: the same heat pumps and heat
    open(f"{d}/d.csv", "w").write(days(rng))
    prof = run(["loadcalc", "--city", city, "--days", f"{d}/d.csv", "--profile", f"{d}/m2.csv"]).stdout
    h, rows = table(prof)
    i = h.index("heat_load_kw")
    w = io.StringIO()
    wr = csv.writer(w, lineterminator="\n")
    wr.writerow(h[:i] + ["heat_load(W)"] + h[i + 1:])
    for r in rows:
        wr.writerow(r[:i] + [repr(float(r[i]) * 1000)] + r[i + 1:])
    a = summary(run(["hpsize", "--model", "LT-161", "--city", city, "--extrapolate", "--summary", "-"], stdin=prof).stdout)
    b = summary(run(["hpsize", "--model", "LT-161", "--city", city, "--extrapolate", "--summary", "-"],
                    stdin=w.getvalue().encode()).stdout)
    for k in ("units", "design_load_kw", "load_heat_kwh", "profile_elec_kwh"):
        near(float(a[k]), float(b[k]), 1e-6 * abs(float(a[k])) + 0.051, "W header: %s" % k)
    return "%d buildings, %s kW, %s units" % (len(bs), outs[0][1].get("design_load_kw"), a["units"])


def ends(args, stdin=None):
    p = run(args, stdin=stdin, ok=(0, 2))
    if p.returncode == 2 and (b"error:" not in p.stderr or p.stdout):
        raise Fail("heatkit %s: exit 2 without a message (or with output)" % " ".join(args))
    if p.returncode == 0 and not p.stdout:
        raise Fail("heatkit %s: exit 0 with no result" % " ".join(args))
    return p.returncode


def num(rng):  # a value from anywhere in the plausible range and beyond
    return rng.choice([rng.uniform(0.001, 10), rng.uniform(10, 1e4), 10 ** rng.uniform(-6, 8)])


def prop_ends(rng, d):
    codes = []
    open(f"{d}/b.csv", "w").write(bfile(buildings(rng)))
    prof = run(["loadcalc", "--city", "53947", "--profile", f"{d}/b.csv"]).stdout
    big = scale_profile(prof, 10 ** rng.uniform(-4, 4))
    codes.append(ends(["hpsize", "--model", "LT-161", "--city", "铜川", "--extrapolate", "--summary", "-"], big))
    hp = run(["hpsize", "--model", "LT-161", "--city", "铜川", "--extrapolate", "-"], stdin=prof).stdout
    codes.append(ends(["tanksize", "--tariff", rng.choice(TARIFFS), "--economic", "--scan-max", "%.0f" % rng.uniform(100, 20000),
                       "--summary", "-"], hp))
    codes.append(ends(["pumpselect", "--flow", "%.3g" % num(rng), "--head", "%.3g" % rng.uniform(0.5, 200),
                       "--duty", str(rng.randint(1, 6)), "--summary"]))
    open(f"{d}/l.csv", "w").write("month,ext_kwh,inj_kwh\n" + "".join(
        "%d,%.4g,%.4g\n" % (m, num(rng), num(rng)) for m in range(1, 13)))
    codes.append(ends(["borefield", "--k", "%.3g" % rng.uniform(0.5, 5), "--tg", "%.3g" % rng.uniform(2, 20), "--rb-star",
                       "0.1", "--fast", "--field", "%dx%d" % (rng.randint(1, 8), rng.randint(1, 8)), "--spacing",
                       "%.3g" % rng.uniform(3, 10), "--summary", f"{d}/l.csv"]))
    return "exits %s" % codes


PROPS = {"chain": prop_chain, "monotone": prop_monotone, "units": prop_units, "ends": prop_ends}


def main():
    names = sys.argv[1:2] or list(PROPS)
    seeds = [int(sys.argv[2])] if len(sys.argv) > 2 else range(1, int(os.environ.get("PROP_SEEDS", "4")) + 1)
    n = bad = 0
    for name in names:
        for seed in seeds:
            n += 1
            with tempfile.TemporaryDirectory() as d:
                try:
                    what = PROPS[name](random.Random(seed * 7919 + len(name)), d)
                    print("ok %d - %s seed %d: %s" % (n, name, seed, what))
                except (Fail, subprocess.TimeoutExpired) as e:
                    bad += 1
                    print("not ok %d - %s seed %d\n#   %s" % (n, name, seed, e))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
