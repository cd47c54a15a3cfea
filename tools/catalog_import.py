"""catalog_import.py - what the catalog importers share (tools/import-heat-pumps.py,
tools/import-pumps.py): where the catalog and its reference compilation
are, the rows of its notes' tables, a number as the catalog writes it, the catalog's text, and writing it or, under --check, saying
that it differs.  Not a command; the importers import it from tools/.
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sources(stem):
    """the reference compilation STEM.csv and its notes STEM.md in data/equipment/sources/"""
    d = os.path.join(HERE, '..', 'data', 'equipment', 'sources')
    return os.path.join(d, stem + '.csv'), os.path.join(d, stem + '.md')


def md_rows(path, ncells):
    """the numbered rows of the markdown tables in path that have ncells cells: (line, cells)"""
    for line in open(path, encoding='utf-8'):
        f = [x.strip() for x in line.strip().strip('|').split('|')]
        if len(f) == ncells and f[0].isdigit():
            yield line, f


def catalog_path(args, name):
    """the catalog named on the command line, else data/equipment/NAME next to tools/"""
    return args[0] if args else os.path.join(HERE, '..', 'data', 'equipment', name)


def num(v):
    """a number (or its text) as the catalog writes it, without a trailing .0; '' for none"""
    if v is None or v == '':
        return ''
    v = float(v)
    return ('%.6g' % v) if v != int(v) else str(int(v))


def render(cols, rows):
    """the catalog's text: header cols, then the rows (dicts; a missing or empty value blank)"""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator='\n')
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k) or '' for k in cols})
    return buf.getvalue()


def stale(tool, cat, new, old):
    """1, saying so on stderr, when the catalog's text old is not what the import gives (new)"""
    if new != old:
        sys.stderr.write('%s: %s differs from what the import gives: run tools/%s.py\n' % (tool, cat, tool))
        return 1
    return 0


def replace(cat, new):
    """write the catalog under a temporary name, then rename it"""
    tmp = cat + '.tmp'
    open(tmp, 'w', encoding='utf-8').write(new)
    os.replace(tmp, cat)
