#!/usr/bin/python3
"""charts.py - the charts of a `heatkit report` workbook, read back from the
XLSX parts themselves (tests/t/t0162-report-charts.sh).

  list BOOK             one line per chart, in sheet order of their rows:
                        "ROW0 ROW1 KIND | TITLE" (ROW0/ROW1: the rows its
                        top and bottom lie in, 0-based; KIND stacked, column,
                        line or scatter), then "  NAME | CATEGORIES | VALUES" per series
  cells BOOK REF        the values a range holds ('图表'!$B$12:$B$59), one a
                        line; "=..." for a formula cell (BOOK as written)
  values BOOK REF...    the same, the values cached (or recomputed) for them;
                        several REFs of one length side by side, a line
                        holding the values of one row, space-separated (the
                        workbook read once)
  fit BOOK SHEET N      every chart of SHEET lies inside one row, and N of
                        those rows plus the repeated head rows fit the page
                        body: A4 landscape less the sheet's own top and
                        bottom margins and an 18 pt line each for the header
                        and footer (what Gnumeric sets apart)
  text BOOK             every text inside the charts (titles, axis names,
                        series names), one a line
Several operations in one call, each workbook read once (list and text
read the XLSX parts, without openpyxl): OP ARGS [-o FILE] + OP ARGS ...
(tests/t/batch.py).  Exit 1 at the first that fails, with what fails.
"""
import re
import sys
import zipfile

import batch

NS = {
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
import xml.etree.ElementTree as ET


def rels(z, part):
    d, f = part.rsplit("/", 1)
    path = "%s/_rels/%s.rels" % (d, f)
    out = {}
    if path in z.namelist():
        for r in ET.fromstring(z.read(path)):
            t = r.get("Target")
            if not t.startswith("/"):
                parts = d.split("/")
                for p in t.split("/"):
                    if p == "..":
                        parts.pop()
                    else:
                        parts.append(p)
                t = "/".join(parts)
            out[r.get("Id")] = t.lstrip("/")
    return out


def sheet_parts(z):
    """(sheet name, sheet part) in workbook order"""
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rs = rels(z, "xl/workbook.xml")
    m = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    for s in wb.iter(m + "sheet"):
        yield s.get("name"), rs[s.get("{%s}id" % NS["r"])]


def charts(book):
    """{sheet: [(row0, row1, kind, title, [(name, cat, val)])]}"""
    z = zipfile.ZipFile(book)
    out = {}
    for name, part in sheet_parts(z):
        for rid, target in rels(z, part).items():
            if "drawings/" not in target:
                continue
            dr = ET.fromstring(z.read(target))
            drels = rels(z, target)
            for anchor in dr.findall("xdr:twoCellAnchor", NS):
                r0 = int(anchor.find("xdr:from/xdr:row", NS).text)
                r1 = int(anchor.find("xdr:to/xdr:row", NS).text)
                ch = anchor.find(".//c:chart", NS)
                part_c = drels[ch.get("{%s}id" % NS["r"])]
                c = ET.fromstring(z.read(part_c))
                kind = "?"
                if c.find(".//c:scatterChart", NS) is not None:
                    kind = "scatter"
                elif c.find(".//c:lineChart", NS) is not None:
                    kind = "line"
                elif c.find(".//c:barChart", NS) is not None:
                    g = c.find(".//c:barChart/c:grouping", NS)
                    kind = "stacked" if g is not None and g.get("val") == "stacked" else "column"
                title = "".join(t.text or "" for t in c.findall("c:chart/c:title//a:t", NS))
                ser = []
                for s in c.findall(".//c:ser", NS):
                    nm = "".join(t.text or "" for t in s.findall("c:tx//c:v", NS))
                    cat = s.find("c:cat//c:f", NS)
                    val = s.find("c:val//c:f", NS)
                    if cat is None:  # a scatter chart: x and y
                        cat, val = s.find("c:xVal//c:f", NS), s.find("c:yVal//c:f", NS)
                    ser.append((nm, cat.text if cat is not None else "", val.text if val is not None else ""))
                out.setdefault(name, []).append((r0, r1, kind, title, ser))
    for v in out.values():
        v.sort()
    return out


def texts(book):
    z = zipfile.ZipFile(book)
    for n in z.namelist():
        if n.startswith("xl/charts/chart"):
            c = ET.fromstring(z.read(n))
            for t in c.iter("{%s}t" % NS["a"]):
                yield t.text or ""
            for s in c.findall(".//c:ser/c:tx//c:v", NS):
                yield s.text or ""


def cells(book, refs, values):
    wb = batch.book(book, values)
    cols = []
    for ref in refs:
        m = re.fullmatch(r"'?([^'!]+)'?!\$?([A-Z]+)\$?([0-9]+):\$?([A-Z]+)\$?([0-9]+)", ref)
        cols.append([c.value for row in wb[m.group(1)]["%s%s:%s%s" % m.group(2, 3, 4, 5)] for c in row])
    if len({len(c) for c in cols}) != 1:
        print("ranges of different lengths: %s" % " ".join(refs))
        return False
    for vals in zip(*cols):
        print(" ".join(str(v) for v in vals))
    return True


def fit(book, sheet, n):
    ws = batch.book(book)[sheet]
    pm = ws.page_margins
    body = 595.28 - 72 * (pm.top + pm.bottom) - 2 * 18
    head = 0.0
    if ws.print_title_rows:
        a, b = [int(x) for x in re.findall(r"\d+", ws.print_title_rows)]
        for r in range(a, b + 1):
            head += ws.row_dimensions[r].height or ws.sheet_format.defaultRowHeight or 15
    ok = True
    for r0, r1, kind, title, ser in charts(book).get(sheet, []):
        h = ws.row_dimensions[r0 + 1].height
        if r0 != r1:
            ok = False
            print("%s: rows %d-%d: a chart across rows" % (title, r0, r1))
        elif h is None or n * h + head > body:
            ok = False
            print("%s: row %d of %s pt: %d of them and the head (%g pt) exceed the page body %g pt" % (title, r0, h, n, head, body))
    print("page body %.1f pt, head %.1f pt" % (body, head))
    return ok


def chart_list(book):
    for sheet, cs in charts(book).items():
        for r0, r1, kind, title, ser in cs:
            print("%s %d %d %s | %s" % (sheet, r0, r1, kind, title))
            for s in ser:
                print("  %s | %s | %s" % s)
    return True


def text(book):
    for t in texts(book):
        print(t)
    return True


OPS = {
    "list": lambda a: chart_list(a[0]),
    "cells": lambda a: cells(a[0], a[1:2], False),
    "values": lambda a: cells(a[0], a[1:], True),
    "fit": lambda a: fit(a[0], a[1], int(a[2])),
    "text": lambda a: text(a[0]),
}

if __name__ == "__main__":
    sys.exit(batch.run(OPS, __doc__, sys.argv[1:]))
