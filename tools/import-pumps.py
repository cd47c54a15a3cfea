#!/usr/bin/env python3
"""import-pumps.py - rebuild the large-pump rows of data/equipment/pumps.csv
from the copy of the reference compilation in data/equipment/sources/
(pump-curves-large.csv and .md), and check every pump of the catalog.

    tools/import-pumps.py [CATALOG]            rewrite CATALOG
    tools/import-pumps.py --check [CATALOG]    rewrite nothing; exit 1 when
                                               the file is not what the
                                               import gives or a pump lacks
                                               a flag its checks raise
    tools/import-pumps.py --report [CATALOG]   the checks, one line a pump

CATALOG defaults to data/equipment/pumps.csv next to tools/.  Rows whose
source starts with MARK_CNP or MARK_APE are regenerated; every other pump
is kept, its `flags` completed with what the checks raise (never removed).

Checks (each raises the flag named; the .md's known defects add theirs):
  power vs rho g Q H / eta   where a point has both efficiency and power
                             (rho 1000 kg/m3, g 9.81 m/s2, as pumpcurve.h):
                             > 3 % power_mismatch, > 10 % power_contradicts
                             (pumpselect must refuse such a pump); for
                             power_basis input only P1 below rho g Q H / eta
                             is a contradiction
  monotonic head             head falls with flow; a rise: head_rises
  BEP inside the points      the highest efficiency (or rho g Q H / P when
                             only power is given) not at the first or last
                             point, else bep_at_edge
  data present               no_power, no_eff; maker "unnamed ...":
                             maker_unnamed
  eta curves                 an efficiency curve equal to another pump's:
                             shared_eff_curve
  flow order                 a point whose flow does not rise is dropped
                             (the loader refuses it): point_dropped
From the .md (summary-table notes and trust notes): eff_curve_copied,
head_typo, name_inferred, units_converted, units_suspect, fitted_points.
"""
import collections
import csv
import io
import re
import sys

sys.dont_write_bytecode = True  # no tools/__pycache__ in the tree
from catalog_import import catalog_path, md_rows, num, render, replace, sources, stale  # noqa: E402

SRC_CSV, SRC_MD = sources('pump-curves-large')
MARK_CNP = 'CNP (南方泵业) catalogue curve as compiled'
MARK_APE = 'APE Pumps selection-database curve'
RHO, G = 1000.0, 9.81

COLS = ['model', 'maker', 'series', 'type', 'speed_rpm', 'impeller_mm', 'point', 'flow_m3h', 'head_m',
        'eff_pct', 'power_kw', 'power_basis', 'motor_kw', 'price_yuan', 'flags', 'source']

# the flag vocabulary (lib/catalog.c reads the same words; keep them in step)
FLAGS = ['power_mismatch', 'power_contradicts', 'eff_curve_copied', 'shared_eff_curve', 'head_typo',
         'head_rises', 'bep_at_edge', 'point_dropped', 'no_power', 'no_eff', 'maker_unnamed',
         'name_inferred', 'units_converted', 'units_suspect', 'fitted_points']
CHECK_FLAGS = {'power_mismatch', 'power_contradicts', 'head_rises', 'bep_at_edge', 'no_power', 'no_eff',
               'maker_unnamed', 'shared_eff_curve'}

# .md "Trust assessment": "some curves (many-decimal values, e.g. TD150-24.5/4,
# TD200-21/4) are polynomial fits evaluated on a grid rather than raw
# catalogue points" -- the two it names (it says e.g.: there may be others)
FITTED = {'TD150-24.5/4', 'TD200-21/4'}

NOTE_FLAGS = [(r'eta curve copied from', ['eff_curve_copied', 'shared_eff_curve']),
              (r'eta curve identical to', ['shared_eff_curve']),
              (r'typo', ['head_typo']),
              (r'model string truncated|name inferred', ['name_inferred']),
              (r'native units .*DB-converted', ['units_converted']),
              (r'flagged l/s in source', ['units_suspect'])]


def die(msg):
    sys.stderr.write('import-pumps: %s\n' % msg)
    sys.exit(2)


def fnum(s):
    return float(s) if s.strip() != '' else None


def md_notes():
    """csv model name -> (notes, impeller trims) from the .md summary table"""
    out = {}
    for _, f in md_rows(SRC_MD, 11):
        name, notes, trims = f[1], f[10], ''
        m = re.match(r'(.*) \(imp (\d+) mm of ([^)]*)\)$', name)
        if m:
            name, trims = '%s D%s' % (m.group(1), m.group(2)), m.group(3)
        m = re.match(r'(.*) \(name inferred\)$', name)
        if m:
            name, notes = m.group(1), (notes + '; name inferred').strip('; ')
        out[name] = (notes, trims)
    return out


# ---- checks (on one pump: a list of point dicts with float or None) ----

def hyd_kw(q, h):
    return RHO * G * q / 3600.0 * h / 1000.0  # rho g Q H, kW


def checks(pts, maker, basis):
    """(flags raised, max |P - rho g Q H / eta| / P, BEP index)"""
    fl = set()
    worst = None
    for p in pts:
        if p['eff'] and p['power']:
            calc = hyd_kw(p['q'], p['h']) / (p['eff'] / 100.0)
            dev = (p['power'] - calc) / p['power']
            if basis == 'input':  # P1 >= P2: only P1 below rho g Q H / eta contradicts
                dev = min(dev, 0.0)
            worst = abs(dev) if worst is None else max(worst, abs(dev))
    if worst is not None and worst > 0.10:
        fl.add('power_contradicts')
    elif worst is not None and worst > 0.03:
        fl.add('power_mismatch')
    if any(pts[i + 1]['h'] > pts[i]['h'] for i in range(len(pts) - 1)):
        fl.add('head_rises')
    if not any(p['power'] for p in pts):
        fl.add('no_power')
    if not any(p['eff'] for p in pts):
        fl.add('no_eff')
    if maker.lower().startswith('unnamed'):
        fl.add('maker_unnamed')
    eta = [p['eff'] if p['eff'] else (hyd_kw(p['q'], p['h']) / p['power'] if p['power'] else None)
           for p in pts]
    bep = None
    if any(e is not None for e in eta):
        top = max(e for e in eta if e is not None)
        bep = eta.index(top)  # the first of equal highest points
        if eta[0] == top or eta[-1] == top:
            fl.add('bep_at_edge')
    return fl, worst, bep


def shared_eff(pumps):
    """names of pumps whose efficiency curve equals another pump's"""
    by = collections.defaultdict(list)
    for name, pts in pumps.items():
        e = tuple(p['eff'] for p in pts if p['eff'])
        if len(e) >= 3:
            by[e].append(name)
    return {n: [x for x in names if x != n] for names in by.values() if len(names) > 1 for n in names}


# ---- the import ----

def build():
    notes = md_notes()
    ref = list(csv.DictReader(open(SRC_CSV, encoding='utf-8')))
    order, rows = [], {}
    for i, r in enumerate(ref, 2):
        if r['model'] not in rows:
            order.append(r['model'])
            rows[r['model']] = []
        rows[r['model']].append((i, r))
    pumps, dropped = {}, {}
    for name in order:
        pts = []
        for i, r in rows[name]:
            p = {'q': float(r['flow_m3h']), 'h': float(r['head_m']), 'eff': fnum(r['eff_pct']),
                 'power': fnum(r['power_kw']), 'line': i}
            if pts and p['q'] <= pts[-1]['q']:
                dropped.setdefault(name, []).append(p)
                continue
            pts.append(p)
        pumps[name] = pts
    shared = shared_eff(pumps)
    out = []
    for name in order:
        r0 = rows[name][0][1]
        if name not in notes:
            die('%s: pump %s not in the .md summary table' % (SRC_MD, name))
        note, trims = notes[name]
        cnp = r0['maker'].startswith('CNP')
        basis = r0['power_basis'] if any(p['power'] for p in pumps[name]) else ''
        if basis not in ('', 'shaft', 'input', 'unknown'):
            die('%s: pump %s power_basis (%s): expected shaft, input or unknown' % (SRC_CSV, name, basis))
        fl, worst, bep = checks(pumps[name], r0['maker'], basis)
        for pat, add in NOTE_FLAGS:
            if re.search(pat, note):
                fl.update(add)
        if name in shared:
            fl.add('shared_eff_curve')
        if name in FITTED:
            fl.add('fitted_points')
        if name in dropped:
            fl.add('point_dropped')
        if len(pumps[name]) < 3:
            die('%s: pump %s has fewer than 3 points' % (SRC_CSV, name))
        series_src = r0['series']
        if cnp:
            series = 'TD' if series_src.startswith('TD') else 'NIS'
            ptype = ('in-line, vertical (HVAC circulation)' if series == 'TD'
                     else 'end-suction (ISO 2858 sizes)')
            imp = None
        else:
            kind, series = [x.strip() for x in series_src.split('/', 1)]
            ptype = {'END SUCTION': 'end-suction', 'HSC': 'horizontal split-case'}[kind]
            if series == '2F':
                ptype += ' (EN 733 sizes)'
            elif series == 'NIMBUS':
                ptype += ' (ISO 2858 sizes)'
            m = re.search(r' D(\d+)$', name)
            imp = float(m.group(1)) if m else None
        checks_txt = ('checks (tools/import-pumps.py): %s; highest efficiency at point %d of %d%s'
                      % ('rho g Q H / eta vs power within %.1f %% at every point (rho 1000 kg/m3, g 9.81)'
                         % (100 * worst) if worst is not None else 'no power to check against rho g Q H / eta',
                         bep + 1, len(pumps[name]),
                         '' if not dropped.get(name) else
                         '; point(s) dropped, flow not rising after %g m3/h: %s (source order error?)'
                         % (pumps[name][-1]['q'], ', '.join('%g m3/h %g m %s %%' % (p['q'], p['h'], num(p['eff']))
                                                              for p in dropped[name]))))
        if cnp:
            src = ('%s in a public selection database: github NikitaKonstantinovich/PumpStation_Calculator'
                   '@70c3e5c3c99d2591c8e554d778c024410dbb3595 public/pumps.json (records tagged "CNP %s; '
                   'Eventech manufacturer data": the CNP distributor Eventech\'s database, citing the CNP '
                   'catalogues TD_LLT_TDi_10082026.pdf / NIS_NISO_20062025.pdf); via heatkit reference '
                   'pump-curves-large.csv (copy: data/equipment/sources/pump-curves-large.csv; provenance and '
                   'defects in its .md), imported by tools/import-pumps.py; trust medium-high (catalogue '
                   'curves via a distributor database, not an official CNP file); power_basis shaft: the '
                   'source\'s power curve (NIS power curves computed from eta by the database); %s; motor_kw '
                   'blank (the number after the slash in NIS names is not documented as the motor rating); '
                   '%sprice not sourced'
                   % (MARK_CNP, 'TD(50Hz)' if series == 'TD' else 'NIS', checks_txt,
                      ('source notes: %s; ' % note) if note else ''))
        else:
            src = ('%s (APE Pumps, South Africa; Mather & Platt heritage; objPump/SCG export), largest '
                   'impeller %s mm of the model (trims %s mm in the dump): github TrevorAtMeetings/ape_base_1'
                   '@e32a689c1bb4d5f1d4705514074751f0e6bcfbc3 attached_assets/ape_rebase_1_1756541532471 '
                   '(PostgreSQL dump) %s; via heatkit reference pump-curves-large.csv (copy: '
                   'data/equipment/sources/pump-curves-large.csv; provenance in its .md), imported by '
                   'tools/import-pumps.py; trust medium-high; efficiency points often on iso-efficiency '
                   'crossings (digitised from the printed curves); no power in the source (power_kw blank: '
                   'shaft power = rho g Q H / eta); not Chinese HVAC pumps (2F = EN 733 sizes, NIMBUS = '
                   'ISO 2858 sizes: the hydraulic class of IS/ISG); %s; %sprice not sourced'
                   % (MARK_APE, num(imp), trims, r0['source'].split(' ')[-1], checks_txt,
                      ('source notes: %s; ' % note) if note else ''))
        flags = ';'.join(f for f in FLAGS if f in fl)
        for k, p in enumerate(pumps[name], 1):
            out.append({'model': name, 'maker': r0['maker'], 'series': series, 'type': ptype,
                        'speed_rpm': r0['speed_rpm'], 'impeller_mm': num(imp), 'point': str(k),
                        'flow_m3h': num(p['q']), 'head_m': num(p['h']), 'eff_pct': num(p['eff']),
                        'power_kw': num(p['power']), 'power_basis': basis if p['power'] is not None else '',
                        'motor_kw': '', 'price_yuan': '', 'flags': flags, 'source': src})
    return out


def group(rows):
    g = collections.OrderedDict()
    for r in rows:
        g.setdefault(r['model'], []).append(r)
    return g


def pts_of(rows):
    return [{'q': float(r['flow_m3h']), 'h': float(r['head_m']), 'eff': fnum(r['eff_pct']),
             'power': fnum(r['power_kw'])} for r in rows]


def check_all(rows):
    """pump -> (flags the checks raise, flags it carries, worst, bep, BEP flow, has data)"""
    g = group(rows)
    pumps = {m: pts_of(rs) for m, rs in g.items()}
    shared = shared_eff(pumps)
    res = collections.OrderedDict()
    for m, rs in g.items():
        basis = next((r['power_basis'] for r in rs if r['power_basis']), '')
        fl, worst, bep = checks(pumps[m], rs[0]['maker'], basis)
        if m in shared:
            fl.add('shared_eff_curve')
        have = set(f for f in rs[0]['flags'].split(';') if f)
        for r in rs:
            if r['flags'] != rs[0]['flags']:
                die('pump %s: flags differ between its rows' % m)
        bepq = pumps[m][bep]['q'] if bep is not None else None
        data = any(p['eff'] or p['power'] for p in pumps[m])
        res[m] = (fl, have, worst, bep, bepq, data)
    return res


def main(argv):
    mode = None
    args = []
    for a in argv:
        if a in ('--check', '--report'):
            mode = a
        elif a.startswith('-'):
            sys.stderr.write(__doc__)
            return 2
        else:
            args.append(a)
    if len(args) > 1:
        sys.stderr.write(__doc__)
        return 2
    cat = catalog_path(args, 'pumps.csv')
    old = open(cat, encoding='utf-8').read()
    oldrows = list(csv.DictReader(io.StringIO(old)))
    keep = [dict(r) for r in oldrows
            if not r['source'].startswith(MARK_CNP) and not r['source'].startswith(MARK_APE)]
    # the kept pumps get the flags their checks raise (added, never removed)
    kres = check_all([dict(r, flags=r.get('flags') or '') for r in keep]) if keep else {}
    for r in keep:
        fl, have, _, _, _, _ = kres[r['model']]
        r['flags'] = ';'.join(f for f in FLAGS if f in fl | have)
    new = render(COLS, keep + build())
    if mode == '--report':
        res = check_all(oldrows)
        for m, (fl, have, worst, bep, bepq, data) in res.items():
            print('%-40s BEP %8s m3/h  dev %6s  raised %-45s carries %s' % (
                m, num(bepq), '%.2f%%' % (100 * worst) if worst is not None else '-',
                ';'.join(sorted(fl)) or '-', ';'.join(sorted(have)) or '-'))
        big = sum(1 for v in res.values() if v[4] is not None and v[4] >= 100 and v[5])
        print('%d pumps, %d with best-efficiency flow >= 100 m3/h and efficiency or power data'
              % (len(res), big))
        return 0
    if mode == '--check':
        bad = 0
        for m, (fl, have, _, _, _, _) in check_all(oldrows).items():
            unknown = have - set(FLAGS)
            if fl - have or unknown:
                sys.stderr.write('import-pumps: %s: pump %s %s\n' % (
                    cat, m, 'lacks flag(s) its checks raise: ' + ';'.join(sorted(fl - have))
                    if fl - have else 'carries unknown flag(s): ' + ';'.join(sorted(unknown))))
                bad = 1
        return stale('import-pumps', cat, new, old) | bad
    replace(cat, new)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
