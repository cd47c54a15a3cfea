"""batch.py - what report.py, charts.py and lang.py share: several
operations in one python process (issue 14: `import openpyxl` alone costs
~0.3 s of CPU, loading a tender workbook 0.1-0.5 s more, and the shell
tests asked them hundreds of times).

  SCRIPT OP ARGS... [-o FILE] [+ [MODULE:]OP ARGS... [-o FILE]]...

runs the OPs in order, as `SCRIPT OP ... && SCRIPT OP ...` would: each
prints into FILE when given (`-o FILE`, like `>FILE`), else to stdout; the
first that fails stops the rest (exit 1, naming it).  !OP is an OP that
must fail (`! SCRIPT OP ...`): one that holds stops the rest.  An OP
given `-s FILE` writes there the status `SCRIPT OP` would exit with (0 or
1) and never stops the rest: a test file's prelude asks once what several
of its tests check (each test then reads its FILEs).  MODULE:OP is an OP
of another of the scripts (charts:values, report:page, lang:zh).  A
workbook is read once per process and mode (formulas, or the values
cached): book(); an OP that changes a workbook takes its own copy: take().
openpyxl is imported by the first OP that reads a workbook, so an OP that
only reads the XLSX parts (zipfile) or text files does not pay for it.
"""
import contextlib
import importlib
import os
import sys
import traceback
import warnings

warnings.filterwarnings("ignore")
_books = {}


def _key(path, values):
    st = os.stat(path)
    return (os.path.realpath(path), bool(values), st.st_mtime_ns, st.st_size, st.st_ino)


def _load(path, values, edges=True):
    import openpyxl
    if edges:
        return openpyxl.load_workbook(path, data_only=values)
    # openpyxl gives each merged range's hidden cells the borders and
    # protection of its first cell (MergedCellRange.format): half the
    # time of loading a tender workbook (its 181 merged ranges), for what
    # no operation that only reads looks at
    from openpyxl.worksheet.merge import MergedCellRange
    edge = MergedCellRange.format
    MergedCellRange.format = lambda self: None
    try:
        return openpyxl.load_workbook(path, data_only=values)
    finally:
        MergedCellRange.format = edge


def book(path, values=False):
    """the workbook at path, read once (values: the values cached for
    formulas), for reading: its merged ranges' hidden cells without the
    borders openpyxl would copy to them"""
    k = _key(path, values)
    if k not in _books:
        _books[k] = _load(path, values, edges=False)
    return _books[k]


def take(path, values=False):
    """the workbook at path for an OP that changes it and saves it: a fresh
    copy, read whole (merged ranges with their borders)"""
    return _load(path, values)


def ops(argv):
    """argv split at "+" into [(op, args, {"-o": FILE, "-s": FILE})]"""
    out, cur = [], []
    for a in argv + ["+"]:
        if a != "+":
            cur.append(a)
            continue
        if not cur:
            continue
        files = {}
        for opt in ("-o", "-s"):
            if opt in cur[:-1]:
                i = cur.index(opt)
                files[opt] = cur[i + 1]
                cur = cur[:i] + cur[i + 2:]
        out.append((cur[0], cur[1:], files))
        cur = []
    return out


def run(table, doc, argv):
    """run argv's OPs from table ({name: fn(args) -> ok}); exit status"""
    todo = ops(argv)
    if not todo:
        print(doc)
        return 1
    for n, (op, args, files) in enumerate(todo, 1):
        dest, status = files.get("-o"), files.get("-s")
        want = not op.startswith("!")
        op = op.lstrip("!")
        t = table
        if ":" in op:
            mod, op = op.split(":", 1)
            t = importlib.import_module(mod).OPS
        fn = t.get(op)
        if fn is None:
            print(doc)
            return 1
        sys.stdout.flush()
        with open(dest, "w") if dest else contextlib.nullcontext(sys.stdout) as f:
            with contextlib.redirect_stdout(f):
                if want and not status:
                    ok = fn(args)
                else:
                    try:
                        ok = fn(args)
                    except Exception:  # as `SCRIPT OP` would: a traceback, exit 1
                        traceback.print_exc()
                        ok = False
        if status:
            with open(status, "w") as f:
                print(0 if bool(ok) == want else 1, file=f)
            continue
        if bool(ok) != want:
            if len(todo) > 1:
                print("operation %d (%s%s %s) %s" % (n, "" if want else "!", op, " ".join(args),
                                                    "failed" if want else "held, expected to fail"), file=sys.stderr)
            return 1
    return 0
