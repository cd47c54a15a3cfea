#!/usr/bin/python3
"""report.py - read a `heatkit report` workbook back (tests/t/t0160-report.sh).

  agree BOOK RECALC       every formula cell: the value heatkit cached equals the
                          one a spreadsheet engine recomputed (RECALC) to 0.01 %
  names BOOK [NAME...]    the values of workbook names (all without NAME),
                          "NAME VALUE" a line
  set BOOK OUT NAME=V...  a copy with the named input cells set to V
  probe BOOK OUT          a copy whose print area is each sheet's first row, all
                          columns: printed fitted to one page wide, one page each
  page BOOK PROJECT DATE  every sheet: A4 landscape, one page wide, head rows
                          repeated, project and date in the header, page X of Y
  refs BOOK              every cell that only refers to another (=Sheet!A1) shows
                          its value (汇总 repeats no number: it refers)
  zh BOOK WORD...         no ASCII-only text cell holds an English word (3+
                          letters) other than the WORDs (models, units, names)
  en BOOK                 no text cell or formula holds a CJK character
  lang BOOK zh|en [NAME...]
                          every cell of every sheet in one language: zh: no
                          ASCII-only text that is not a NAME (models, the
                          user's names), a unit, a standard's number, a
                          symbol or a number, and no English word or machine
                          key in any text; en: no CJK outside the NAMEs
  moved BOOK BASE PERTURBED NAME SHEET...
                          every formula cell of the SHEETs that depends on the
                          input cell NAME (through formulas, ranges and names,
                          on any sheet) has another value in PERTURBED (BOOK
                          recomputed with NAME changed) than in BASE (recomputed
                          as written), unless it is a verdict text ("never")
                          or stays only because a cell it reads stays where
                          the input is weighted by a cell worth 0 (a scheme
                          without valley energy, year 0's (1+i)^0)
  sheets BOOK             the sheet names, comma-separated
  text BOOK SHEET         every text cell of SHEET (a name, or 0 for the
                          first), one a line
  edit BOOK OUT SHEET!CELL=TEXT...
                          a copy with those cells set (a text; "=..." a formula)
  area BOOK OUT SHEET RANGE
                          a copy with SHEET's print area set to RANGE
Several operations in one call, each workbook read once: OP ARGS [-o FILE]
+ OP ARGS ... (tests/t/batch.py); exit 1 at the first that fails, with the
cells that fail.
"""
import re
import sys

import batch

load = batch.book  # each workbook read once in a process (batch.py)


def named(wb, name):
    """(sheet, coordinate) of a workbook name."""
    dn = wb.defined_names[name]
    for sheet, coord in dn.destinations:
        return sheet.strip("'"), coord.replace("$", "")
    raise KeyError(name)


def cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                yield ws, c


def agree(book, recalc):
    f, c, g = load(book), load(book, True), load(recalc, True)
    bad = n = 0
    for ws, cell in cells(f):
        if not (isinstance(cell.value, str) and cell.value.startswith("=")):
            continue
        n += 1
        x = c[ws.title][cell.coordinate].value
        y = g[ws.title][cell.coordinate].value
        x = None if x == "" else x
        y = None if y == "" else y
        num = isinstance(x, (int, float)) and isinstance(y, (int, float))
        if (num and abs(x - y) > 1e-4 * abs(x) + 1e-9) or (not num and x != y):
            bad += 1
            print("%s!%s %s: heatkit %r, recomputed %r" % (ws.title, cell.coordinate, cell.value, x, y))
    print("%d formula cells, %d disagree" % (n, bad))
    return bad == 0 and n > 0


def names(book, keys):
    wb = load(book, True)
    for k in keys or sorted(d.name for d in wb.defined_names.definedName if d.localSheetId is None):
        s, a = named(wb, k)
        print(k, wb[s][a].value)
    return True


def set_inputs(book, out, pairs):
    wb = batch.take(book)
    for p in pairs:
        k, v = p.split("=", 1)
        s, a = named(wb, k)
        wb[s][a].value = float(v)
    wb.save(out)
    return True


def probe(book, out):
    from openpyxl.utils import get_column_letter
    wb = batch.take(book)
    for ws in wb.worksheets:
        ws.print_area = "A1:%s1" % get_column_letter(ws.max_column)
    wb.save(out)
    return True


def page(book, project, date):
    wb = load(book)
    ok = True
    for ws in wb.worksheets:
        ps, pr = ws.page_setup, ws.sheet_properties.pageSetUpPr
        why = []
        if ps.orientation != "landscape":
            why.append("orientation %s" % ps.orientation)
        if str(ps.paperSize) != "9":
            why.append("paper %s (9 = A4)" % ps.paperSize)
        if not (pr is not None and pr.fitToPage and ps.fitToWidth in (None, 1, "1") and ps.fitToHeight in (0, "0")):
            why.append("not fitted one page wide (fitToWidth %s, fitToHeight %s)" % (ps.fitToWidth, ps.fitToHeight))
        if not ws.print_title_rows:
            why.append("no head rows repeated")
        head = ws.oddHeader.left.text or ""
        if project not in head or date not in (ws.oddHeader.right.text or ""):
            why.append("header %r / %r" % (head, ws.oddHeader.right.text))
        foot = ws.oddFooter.center.text or ""
        if "&P" not in foot or "&N" not in foot:
            why.append("footer %r" % foot)
        if why:
            ok = False
            print("%s: %s" % (ws.title, "; ".join(why)))
    return ok


def refs(book):
    f, v = load(book), load(book, True)
    ok, n = True, 0
    for ws, c in cells(f):
        m = isinstance(c.value, str) and re.fullmatch(r"='?([^'!]+)'?!\$?([A-Z]+)\$?([0-9]+)", c.value)
        if not m:
            continue
        n += 1
        x, y = v[ws.title][c.coordinate].value, v[m.group(1)][m.group(2) + m.group(3)].value
        if x != y:
            ok = False
            print("%s!%s %s: %r, the cell has %r" % (ws.title, c.coordinate, c.value, x, y))
    print("%d references" % n)
    return ok and n > 0


CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def zh(book, allow):
    allow = set(w.lower() for w in allow)
    ok = True
    for ws, c in cells(load(book, True)):
        v = c.value
        if not isinstance(v, str) or not v.strip() or any(ord(ch) > 127 for ch in v):
            continue
        words = [w for w in re.findall(r"[A-Za-z]{3,}", v) if w.lower() not in allow]
        if words:
            ok = False
            print("%s!%s %r: English %s" % (ws.title, c.coordinate, v, words))
    return ok


def en(book):
    ok = True
    for ws, c in cells(load(book)):
        v = c.value
        if isinstance(v, str) and CJK.search(v):
            ok = False
            print("%s!%s %r" % (ws.title, c.coordinate, v))
    for ws in load(book).worksheets:
        if CJK.search(ws.title):
            ok = False
            print("sheet %r" % ws.title)
    return ok


# the short allow-list of the language rule (issue 16): units, standards'
# numbers, formula symbols, numbers written as text
UNIT = r"(?:kW|kWh|MWh|GJ|W|m|K|d|h|a|Pa|kPa|MPa|MJ)"
STD = r"(?:GB(?:/T)?|CJJ|JGJ|EN|IEC|ISO)\s?[0-9][0-9.]*(?:-[0-9]{4})?"
ASCII_OK = [re.compile(r"^%s$" % p) for p in (
    UNIT,                                   # a unit
    STD + r"(?:\s*(?:§|Table|Appendix)?\s*[0-9A-Z.]*)?",  # a standard's number
    r"[A-Za-z](?:_[A-Za-z0-9,]+)?[0-9]?",   # a formula symbol (K2, t_w)
    r"[A-Z]{2,4}(?:_[A-Za-z0-9,]+)?",       # an acronym as a symbol (LHV, COP_m; its words are checked below)
    r"[-+0-9.,%/ :]+|-",                    # a number or a time written as text, "-" (none)
    r".*[=<>].*",                           # a formula written out (its words are checked below)
)]
# words of 3+ letters that are units, symbols or names in any language
WORDS = {"kwh", "mwh", "cop", "scop", "ehr", "npv", "irr", "lcc", "lhv", "min", "max", "ghetool", "peere",
         "karassik", "carnot", "boles"}
FILES = re.compile(r"[\w.-]*/[\w./-]+|\b[\w-]+\.csv\b")


def texts(f, v):
    """The texts a cell shows: its text, or the string literals of its formula and the text it cached."""
    a, b = f.value, v.value
    if isinstance(a, str) and a.startswith("="):
        out = re.findall(r'"((?:[^"]|"")*)"', a)
        if isinstance(b, str):
            out.append(b)
        return [t for t in out if t.strip()]
    return [a] if isinstance(a, str) and a.strip() else []


def chart_texts(book):
    """(chart, text) of every title and axis title of the book's charts."""
    import zipfile
    with zipfile.ZipFile(book) as z:
        for name in sorted(x for x in z.namelist() if re.match(r"xl/charts/chart[0-9]+\.xml$", x)):
            for t in re.findall(r"<a:t>([^<]*)</a:t>", z.read(name).decode("utf-8")):
                yield name.split("/")[-1], t


def lang(book, which, names):
    f, v = load(book), load(book, True)
    names = sorted(set(names), key=len, reverse=True)
    bad = n = 0
    every = [(ws.title, c.coordinate, t) for ws in f.worksheets for row in ws.iter_rows() for c in row
             for t in texts(c, v[ws.title][c.coordinate])]
    every += [(chart, "title", t) for chart, t in chart_texts(book)]
    for title, coord, t in every:
        n += 1
        s = t
        for x in names:
            s = s.replace(x, " ")
        why = []
        if which == "en":
            why = CJK.findall(s)
        else:
            s = re.sub(STD, " ", FILES.sub(" ", s)).strip()
            if s and all(ord(ch) < 128 for ch in s) and not any(p.match(s) for p in ASCII_OK):
                why.append("ASCII-only")
            why += re.findall(r"\b[a-z]{2,}[0-9]*_[a-z0-9_]+\b|\bs[0-9]+_[a-z0-9_]+\b", s)
            why += [w for w in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z]{3,}(?![A-Za-z0-9_])", s)
                    if w.lower() not in WORDS]
        if why:
            bad += 1
            print("%s!%s %r: %s" % (title, coord, t, " ".join(sorted(set(why)))))
    for ws in f.worksheets:
        if which == "en" and CJK.search(ws.title):
            bad += 1
            print("sheet %r" % ws.title)
    print("%d texts, %d not in %s" % (n, bad, which))
    return bad == 0 and n > 0


QREF = re.compile(r"(?:'([^']+)'|([^\W\d][\w.]*))!\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?")
REF = re.compile(r"(?<![\w$.!])\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?(?![\w(])")


def span(sheet, c0, r0, c1, r1):
    from openpyxl.utils import column_index_from_string as ci, get_column_letter
    c1, r1 = c1 or c0, r1 or r0
    for c in range(ci(c0), ci(c1) + 1):
        for r in range(int(r0), int(r1) + 1):
            yield sheet, get_column_letter(c) + str(r)


def precedents(wb):
    """{(sheet, cell): set of (sheet, cell) its formula reads}"""
    names = {}
    for d in wb.defined_names.definedName if hasattr(wb.defined_names, "definedName") else wb.defined_names.values():
        for sh, coord in d.destinations:
            names[d.name] = (sh.strip("'"), coord.replace("$", ""))
    out = {}
    for ws, c in cells(wb):
        f = c.value
        if not (isinstance(f, str) and f.startswith("=")):
            continue
        f = re.sub(r'"(?:[^"]|"")*"', '""', f)
        deps = set()
        for m in QREF.finditer(f):
            deps.update(span(m.group(1) or m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)))
        f = QREF.sub(" ", f)
        for m in REF.finditer(f):
            deps.update(span(ws.title, *m.groups()))
        for tok in set(re.findall(r"[A-Za-z_][\w.]*", f)):
            if tok in names:
                deps.add(names[tok])
        out[(ws.title, c.coordinate)] = deps
    return out, names


def moved(book, base, pert, name, sheets):
    wb = load(book)
    pre, names = precedents(wb)
    users = {}
    for k, deps in pre.items():
        for d in deps:
            users.setdefault(d, set()).add(k)
    todo, dep = [names[name]], set()
    while todo:
        for u in users.get(todo.pop(), ()):
            if u not in dep:
                dep.add(u)
                todo.append(u)
    a, b = load(base, True), load(pert, True)
    val = lambda bk, k: bk[k[0]][k[1]].value
    stay = {k for k in dep if val(a, k) == val(b, k)}
    src = names[name]

    def zero_weight(k):
        """k's formula weighs every input-bearing term by a cell worth 0 (x*0, or ^0)"""
        f = re.sub(r"\s", "", wb[k[0]][k[1]].value[1:])
        for term in re.split(r"\+(?![^(]*\))", f):
            refs = [(m.group(1) or m.group(2) or k[0], m.group(3) + m.group(4)) for m in QREF.finditer(term)]
            refs += [(k[0], m.group(1) + m.group(2)) for m in REF.finditer(QREF.sub(" ", term))]
            if not any(r == src or (r in dep and r not in stay) for r in refs):
                continue
            zeros = [r for r in refs if r != src and r not in dep and val(a, r) == 0]
            if not zeros:
                return False
        return True

    n = same = verdict = 0
    for k in sorted(dep):
        if k not in stay:
            continue
        p = pre[k] & (dep | {src})
        if src in p or any(x in dep and x not in stay for x in p):  # the invariance starts here
            if isinstance(val(a, k), str):
                continue  # a verdict ("never", "") the change does not overturn
            if zero_weight(k):
                print("%s!%s %s stays %r: the input weighs 0 here" % (k[0], k[1], wb[k[0]][k[1]].value, val(a, k)))
                continue
            same += 1
            print("%s!%s %s stays %r when %s changes" % (k[0], k[1], wb[k[0]][k[1]].value, val(a, k), name))
    for k in dep:
        if k[0] in sheets:
            n += 1
            verdict += k in stay
    print("%s: %d cells of %s depend on it, %d moved, %d stayed (verdicts, or after a term the input weighs 0 in); "
          "%d stayed unexplained" % (name, n, "/".join(sheets), n - verdict, verdict, same))
    return same == 0 and n > verdict

def sheets(book):
    print(",".join(load(book).sheetnames))
    return True


def sheet_of(wb, sheet):
    return wb.worksheets[int(sheet)] if sheet.isdigit() else wb[sheet]


def text(book, sheet):
    for row in sheet_of(load(book), sheet).iter_rows():
        for c in row:
            if isinstance(c.value, str):
                print(c.value)
    return True


def edit(book, out, pairs):
    wb = batch.take(book)
    for p in pairs:
        k, v = p.split("=", 1)
        s, a = k.rsplit("!", 1)
        wb[s][a] = v
    wb.save(out)
    return True


def area(book, out, sheet, ref):
    wb = batch.take(book)
    wb[sheet].print_area = ref
    wb.save(out)
    return True


OPS = {
    "agree": lambda a: agree(a[0], a[1]),
    "names": lambda a: names(a[0], a[1:]),
    "set": lambda a: set_inputs(a[0], a[1], a[2:]),
    "probe": lambda a: probe(a[0], a[1]),
    "page": lambda a: page(a[0], a[1], a[2]),
    "refs": lambda a: refs(a[0]),
    "zh": lambda a: zh(a[0], a[1:]),
    "en": lambda a: en(a[0]),
    "moved": lambda a: moved(a[0], a[1], a[2], a[3], a[4:]),
    "lang": lambda a: lang(a[0], a[1], a[2:]),
    "sheets": lambda a: sheets(a[0]),
    "text": lambda a: text(a[0], a[1]),
    "edit": lambda a: edit(a[0], a[1], a[2:]),
    "area": lambda a: area(a[0], a[1], a[2], a[3]),
}

if __name__ == "__main__":
    sys.exit(batch.run(OPS, __doc__, sys.argv[1:]))
