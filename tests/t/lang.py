#!/usr/bin/python3
"""lang.py - the tender workbook's language (tests/t/t0162-report-charts.sh).

  formats TOP           every warning format the commands write (hk_sum_warn,
                        hk_job_warn, WARN in lib/ and cmd/, heat-pump flag
                        texts, the index-range warning) that has no row in
                        lib/rptwarn.c's table; exit 1 when one lacks it
  warnings BOOK         the warnings of 汇总 (after its warnings heading):
                        "FILE<TAB>TEXT" a line
  zh BOOK SHEET...      no text cell of the sheets holds an English word
                        (3+ letters, outside the ALLOW list: units, symbols,
                        standards, authors, model names) or a machine key
                        (snake_case); file paths (a/b.csv) are names
Several operations in one call, each workbook read once (formats reads
no workbook, without openpyxl): OP ARGS [-o FILE] + OP ARGS ...
(tests/t/batch.py).  Exit 1 at the first that fails, with the cells that fail.
"""
import glob
import os
import re
import sys

import batch

LIT = r'"(?:[^"\\]|\\.)*"'
# units, formula symbols, standards, authors and software, model series
ALLOW = {"kwh", "mwh", "cop", "scop", "ehr", "npv", "irr", "lcc", "min", "max", "cjj", "iec", "karassik",
         "peere", "ghetool", "peak"}


def unquote(parts):
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   if "\\" in p else p[1:-1] for p in parts)


def formats(top):
    call = re.compile(r"\b(hk_sum_warn|hk_job_warn|WARN)\s*\(\s*(?:[^\",()]+(?:\([^()]*\))?\s*,\s*)?((?:" + LIT + r"\s*)+)")
    got = []
    for f in sorted(glob.glob(os.path.join(top, "lib/*.c")) + glob.glob(os.path.join(top, "cmd/*.c"))):
        if os.path.basename(f) in ("job.c", "summary.c", "rptwarn.c"):
            continue
        s = open(f, encoding="utf-8").read()
        for m in call.finditer(s):
            fmt = unquote(re.findall(LIT, m.group(2)))
            if fmt.strip() not in ("%s", "%s: %s"):  # a text made elsewhere, checked there
                got.append((f, fmt))
        if f.endswith("heatpump.c"):
            b = s[s.index("warn_text[HK_HPW_NBITS] = {"):]
            got += [(f, unquote([p])) for p in re.findall(LIT, b[:b.index("};")])]
        if f.endswith("loadreport.c"):
            b = s[s.index("void hk_lc_range_warning"):]
            got.append((f, unquote(re.findall(LIT, b[:b.index(", name")]))))
    t = open(os.path.join(top, "lib/rptwarn.c"), encoding="utf-8").read()
    t = t[t.index("} table[] = {"):t.index("/* values that are words")]
    have = set(unquote(re.findall(LIT, m)) for m in re.findall(r"\{((?:\s*" + LIT + r")+)\s*,", t))
    bad = [(f, x) for f, x in got if x not in have]
    for f, x in bad:
        print("%s: no Chinese for %r" % (f, x))
    print("%d warning formats, %d without Chinese" % (len(got), len(bad)))
    return not bad and len(got) > 30


def warnings_of(book):
    ws = batch.book(book)["汇总"]
    on = False
    for row in ws.iter_rows(values_only=True):
        if row[0] and str(row[0]).endswith("警告"):
            on = True
            continue
        if on and row[0] and row[1]:
            print("%s\t%s" % (row[0], row[1]))
    return on


def zh(book, sheets):
    wb = batch.book(book)
    ok = True
    for name in sheets:
        for row in wb[name].iter_rows():
            for c in row:
                v = c.value
                if not isinstance(v, str) or v.startswith("="):
                    continue
                t = re.sub(r"[\w.-]*/[\w./-]+|\b[\w-]+\.csv\b", " ", v)  # paths: names
                keys = re.findall(r"\b[a-z]{2,}_[a-z0-9_]+\b", t)
                words = [w for w in re.findall(r"(?<![A-Za-z0-9_])[A-Za-z]{3,}(?![A-Za-z0-9_])", t) if w.lower() not in ALLOW]
                if keys or words:
                    ok = False
                    print("%s!%s %r: %s" % (name, c.coordinate, v, keys + words))
    return ok


OPS = {
    "formats": lambda a: formats(a[0]),
    "warnings": lambda a: warnings_of(a[0]),
    "zh": lambda a: zh(a[0], a[1:]),
}

if __name__ == "__main__":
    sys.exit(batch.run(OPS, __doc__, sys.argv[1:]))
