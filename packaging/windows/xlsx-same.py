#!/usr/bin/env python3
"""xlsx-same.py A.xlsx B.xlsx - the two workbooks have the same sheets and
the same cells (text and formulas exactly; numbers within 1e-13 relative,
since mingw's pow/exp may differ from glibc's in the last bit, which a
workbook's full-precision number shows and a CSV's rounded one does not):
prints how many cells were compared and how many numbers were not
bit-equal, exit 0; else the first differences, exit 1."""
import sys
import openpyxl

a, b = (openpyxl.load_workbook(p) for p in sys.argv[1:3])
bad = []
n = 0
ulp = 0
if a.sheetnames != b.sheetnames:
    bad.append(f"sheets {a.sheetnames} != {b.sheetnames}")
for name in a.sheetnames:
    if name not in b.sheetnames:
        continue
    sa, sb = a[name], b[name]
    rows = max(sa.max_row, sb.max_row)
    cols = max(sa.max_column, sb.max_column)
    for r in range(1, rows + 1):
        for c in range(1, cols + 1):
            va, vb = sa.cell(r, c).value, sb.cell(r, c).value
            n += va is not None
            num = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (va, vb))
            if num and va != vb and abs(va - vb) <= 1e-13 * max(abs(va), abs(vb)):
                ulp += 1
            elif va != vb:
                bad.append(f"{name}!{sa.cell(r, c).coordinate}: {va!r} != {vb!r}")
if bad:
    print("\n".join(bad[:20]))
    sys.exit(1)
print(f"{n} cells in {len(a.sheetnames)} sheets, {ulp} numbers off in the last digits")
