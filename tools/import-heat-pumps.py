#!/usr/bin/env python3
"""import-heat-pumps.py - rebuild the commercial (Heat Pump KEYMARK) rows of
data/equipment/heat-pumps.csv from the copy of the reference compilation in
data/equipment/sources/ (heat-pump-catalog-commercial.csv and .md).

    tools/import-heat-pumps.py [--check] [CATALOG]

CATALOG defaults to data/equipment/heat-pumps.csv next to tools/.  The rows
this script wrote before (their source starts with MARK) are replaced; every
other row is kept as it is.  --check rewrites nothing and exits 1 when the
file differs from what the import gives (the test suite runs it).

What it does to each reference row (nothing is invented; see the .md §1.1):
  point_type  rated             EN 14511 rating A7/W35, A7/W55
              tol               EN 14825 Tj = TOL = Tdesignh (average -10 C,
                                colder -22 C, warmer +2 C): a certified capacity
              part_load_demand  EN 14825 Pdh at Tj = -7/+2/+7/+12 C (average
                                climate) and -15 C (colder): the reference
                                building's part-load demand, NOT a capacity
  rated_*     the model's A7/W35 row (K1 = heat_kw / rated_heat_kw)
  min_t_out_c the lowest TOL the certificate declares (the .md §1.2 table:
              average-climate TOL, every "TOL=..." it lists, -22 C when a
              colder-climate TOL row is present): EN 14825's operation limit
  defrost     integrated (EN 14511-3 transient method; .md §1.1)
  model       the Amitime certificate names "Indoor unit: X/IA, Outdoor
              unit: X": the outdoor unit X is the model name here
A label the script does not know stops the import (exit 2).
"""
import csv
import io
import re
import sys

sys.dont_write_bytecode = True  # no tools/__pycache__ in the tree
from catalog_import import catalog_path, md_rows, num, render, replace, sources, stale  # noqa: E402

SRC_CSV, SRC_MD = sources('heat-pump-catalog-commercial')
MARK = 'Heat Pump KEYMARK certificate data'

COLS = ['model', 'maker', 'refrigerant', 'rated_heat_kw', 'rated_cop', 'rated_t_water_c', 't_out_c',
        't_water_out_c', 'point_type', 'standard', 'certificate', 'heat_kw', 'power_kw', 'cop',
        'min_t_out_c', 'defrost', 'price_yuan', 'source']

CLIMATE = {'average': 'average climate, Tdesignh -10 C', 'avg': 'average climate, Tdesignh -10 C',
           'colder': 'colder climate, Tdesignh -22 C', 'warmer': 'warmer climate, Tdesignh +2 C'}

NOTE = {
    'rated': 'point_type rated: the EN 14511 standard rating point as declared (for an inverter '
             'unit not necessarily its maximum capacity)',
    'tol': 'point_type tol: EN 14825 capacity at Tj = TOL = Tdesignh with the outlet at the fixed '
           'application temperature (35 or 55 C): a certified capacity at this outdoor temperature '
           '(the declared output at the climate\'s design load Pdesignh, so at least this much)',
    'part_load_demand': 'point_type part_load_demand: EN 14825 Pdh at this Tj is the reference '
                        'building\'s part-load demand Pdesignh (16 - Tj)/(16 - Tdesignh), with a '
                        'part-load COP (cycling correction Cdh) at the variable outlet temperature; '
                        'NOT the unit\'s capacity: kept for reference, never used by hpsize',
}

# Caveats the reference .md (§1.1 "Caveats and oddities", §1.2 model key)
# states per model; carried into the rows' source.
MODEL_NOTE = {
    'MH-SU65-RN8L': 'MH-SU65 and MH-SU75 carry identical EN 14825 values (one test per certificate '
                    'family); only the EN 14511 ratings differ (.md §1.1)',
    'MH-SU75-RN8L': 'MH-SU65 and MH-SU75 carry identical EN 14825 values (one test per certificate '
                    'family); only the EN 14511 ratings differ (.md §1.1)',
    'MH-SU110-RN8L': 'MH-SU110 and MH-SU140 carry identical EN 14825 values (one test per certificate '
                     'family); only the EN 14511 ratings differ (.md §1.1)',
    'MH-SU140-RN8L': 'MH-SU110 and MH-SU140 carry identical EN 14825 values (one test per certificate '
                     'family); only the EN 14511 ratings differ (.md §1.1)',
    'MC-SU90-RN8L-B': 'low-temperature (W35) ratings only; its colder-climate TOL -20 C point is not in '
                      'the source CSV (outlet temperature at that TOL not given)',
    'PEVH-45V4DEA': 'certificate model "Indoor unit: PEVH-45V4DEA/IA, Outdoor unit: PEVH-45V4DEA" '
                    '(identical certificates filed under ES Heat Pumps AB); declared TOL -25 C in the '
                    'average climate, but that TOL point is excluded by the compilation (EN 14825 '
                    'average-climate bins stop at -10 C and the source gives no water temperature '
                    'there): this model has capacity points at +7 C only (.md §1.1)',
    'PEVH-90V4DEA': 'certificate model "Indoor unit: PEVH-90V4DEA/IA, Outdoor unit: PEVH-90V4DEA" '
                    '(identical certificates filed under ES Heat Pumps AB); declared TOL -25 C in the '
                    'average climate, but that TOL point is excluded by the compilation (EN 14825 '
                    'average-climate bins stop at -10 C and the source gives no water temperature '
                    'there): this model has capacity points at +7 C only (.md §1.1)',
    'CAHV-R450YA-HPB(-BS)': 'Mitsubishi Ecodan Power+ (EN 14511 declared 35 kW at A7/W35)',
    'MHS-SVC50-RN7TL-B': 'declares A7/W35 and A7/W55 both at exactly 50.00 kW = Pdesign: the declared '
                         'capacity, not the maximum (.md §1.1)',
    'MHS-SVC60-RN7TL-B': 'its -22 C values repeat those of MHS-SVC50 (43.9 kW COP 1.79 at W35; 50.54 kW '
                         'COP 1.60 at W55, where W55 is higher than W35), as in the certificate (.md §1.1)',
    'MHS-SVC70-RN7TL-B': 'its -22 C values repeat those of MHS-SVC50 (43.9 kW COP 1.79 at W35; 50.54 kW '
                         'COP 1.60 at W55, where W55 is higher than W35), as in the certificate (.md §1.1)',
    'YKF30CRB': 'values identical to Midea MHC-V30W/D2RN8 (OEM) (.md §1.1)',
    'WiSAN-YSE1 EXC-SC 50.2': 'Clivet is a Midea Group company; Bosch CS3000AWP 65/75/89 carry the same '
                              'values as Clivet EXC-SC 43.2/45.2/50.2 (.md §1.1)',
    'WiSAN-YEE1 45.4 EN': 'Clivet is a Midea Group company (.md §1.1)',
    'WiSAN-YEE1 60.4 EN': 'Clivet is a Midea Group company (.md §1.1)',
    'WiSAN-YEE1 85.4 EN': 'Clivet is a Midea Group company (.md §1.1)',
}


def die(msg):
    sys.stderr.write('import-heat-pumps: %s\n' % msg)
    sys.exit(2)


def model_name(cert_model):
    m = re.match(r'Indoor unit: .*, Outdoor unit: (.+)$', cert_model)
    return m.group(1).strip() if m else cert_model


def classify(label, where):
    """(point_type, standard) of a reference row's label"""
    m = re.match(r'EN14511 rating A7/W(\d+) \(declared\)$', label)
    if m:
        return 'rated', 'EN 14511 rating A7/W%s' % m.group(1)
    m = re.match(r'EN14825 (average|colder|warmer)-climate (LT35|MT55) Tj=TOL=Tdesignh$', label)
    if m:
        return 'tol', 'EN 14825 TOL, %s, W%s' % (CLIMATE[m.group(1)], m.group(2)[2:])
    m = re.match(r'EN14825 avg-climate (LT35|MT55) part-load Pdh$', label)
    if m:
        return 'part_load_demand', 'EN 14825 Pdh (demand), %s, %s' % (CLIMATE['avg'], m.group(1))
    m = re.match(r'EN14825 colder-climate (LT35|MT55) Tj=-15 \(t_water per EN14825 table; not in source\)$',
                 label)
    if m:
        return 'part_load_demand', 'EN 14825 Pdh at Tj -15 C (demand), %s, %s' % (CLIMATE['colder'],
                                                                                m.group(1))
    die('%s: unknown row label (%s): expected an EN 14511 rating, an EN 14825 TOL or part-load row'
        % (where, label))


def md_table():
    """model -> (cert date, lowest declared TOL) from the .md §1.2 table"""
    out = {}
    for line, f in md_rows(SRC_MD, 12):
        tols = [float(x) for x in re.findall(r'TOL=(-?\d+)', line)]
        m = re.match(r'(-?\d+) /', f[11])
        if not m:
            die('%s: no declared TOL in the §1.2 row of %s' % (SRC_MD, f[1]))
        tols.append(float(m.group(1)))
        out[f[1]] = (f[4], min(tols))
    return out


def build():
    table = md_table()
    ref = list(csv.DictReader(open(SRC_CSV, encoding='utf-8')))
    models, rows = [], {}
    for i, r in enumerate(ref, 2):
        where = '%s:%d' % (SRC_CSV, i)
        if r['defrost_included'] != 'yes':
            die('%s: defrost_included (%s): expected yes' % (where, r['defrost_included']))
        pt, std = classify(r['standard'], where)
        if r['model'] not in rows:
            models.append(r['model'])
            rows[r['model']] = []
        rows[r['model']].append((i, r, pt, std))
    out = []
    for cm in models:
        name = model_name(cm)
        if cm not in table:
            die('%s: model %s not in the .md §1.2 table' % (SRC_MD, cm))
        date, tol_min = table[cm]
        rated = [r for _, r, pt, _ in rows[cm] if pt == 'rated' and r['t_water_c'] == '35']
        if len(rated) != 1:
            die('%s: model %s has %d A7/W35 rating rows: expected 1' % (SRC_CSV, cm, len(rated)))
        rated = rated[0]
        if any(r['standard'].startswith('EN14825 colder-climate') and 'TOL' in r['standard']
               for _, r, _, _ in rows[cm]):
            tol_min = min(tol_min, -22.0)
        for i, r, pt, std in rows[cm]:
            h, p, c = float(r['capacity_kw']), r['power_kw'], r['cop']
            if p and c and abs(h / float(p) - float(c)) > 0.02 * float(c):
                die('%s:%d: cop %s disagrees with capacity/power %.3f' % (SRC_CSV, i, c, h / float(p)))
            if float(r['t_out_c']) < tol_min and pt != 'part_load_demand':
                die('%s:%d: capacity below the lowest declared TOL %g' % (SRC_CSV, i, tol_min))
            src = ('%s (EN 14511 / EN 14825 results published by the certification body) for %s, %s, '
                   'certificate dated %s; raw certificate export republished in %s; compiled in heatkit '
                   'reference heat-pump-catalog-commercial.csv (copy: '
                   'data/equipment/sources/heat-pump-catalog-commercial.csv; notes in its .md §1), '
                   'imported by tools/import-heat-pumps.py; trust A (certifier data; the repository is a '
                   'mirror); source row label: %s; %s; defrost=integrated: EN 14511-3 rates capacity '
                   'under frosting by the transient method (integrated over defrost cycles) and EN 14825 '
                   'uses those values, so K2 must not be applied again; rated_heat_kw/rated_cop = the '
                   'EN 14511 A7/W35 rating; %smin_t_out_c %g = the lowest TOL the certificate declares '
                   '(EN 14825 operation limit temperature; .md §1.2); %sprice not sourced'
                   % (MARK, cm, r['maker'], date, r['source'], r['standard'], NOTE[pt],
                      'power_kw = capacity/COP (derived, rounded to 0.01 kW); ' if r['standard'].startswith(
                          'EN14825') else 'power_kw certified; ',
                      tol_min, (MODEL_NOTE[name] + '; ') if name in MODEL_NOTE else ''))
            out.append({
                'model': name, 'maker': r['maker'], 'refrigerant': r['refrigerant'],
                'rated_heat_kw': num(rated['capacity_kw']), 'rated_cop': num(rated['cop']),
                'rated_t_water_c': '35', 't_out_c': num(r['t_out_c']), 't_water_out_c': num(r['t_water_c']),
                'point_type': pt, 'standard': std,
                'certificate': 'Heat Pump KEYMARK, certificate dated %s' % date,
                'heat_kw': num(r['capacity_kw']), 'power_kw': num(p), 'cop': num(c),
                'min_t_out_c': num(str(tol_min)), 'defrost': 'integrated', 'price_yuan': '',
                'source': src})
    return out


def main(argv):
    check = '--check' in argv
    args = [a for a in argv if a != '--check']
    if len(args) > 1 or any(a.startswith('-') for a in args):
        sys.stderr.write(__doc__)
        return 2
    cat = catalog_path(args, 'heat-pumps.csv')
    old = open(cat, encoding='utf-8').read()
    keep = [r for r in csv.DictReader(io.StringIO(old)) if not r['source'].startswith(MARK)]
    new = render(COLS, keep + build())
    if check:
        return stale('import-heat-pumps', cat, new, old)
    replace(cat, new)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
