#!/bin/sh
# heatkit operate -o FILE.xlsx: the profile sheet with every strategy's
# columns, the comparison sheet, and three XY charts (supply, COP and power
# against outdoor temperature), one series per strategy, each series
# reading the column its title names.  Read from the XLSX parts with the
# standard library (zipfile), so the test needs no spreadsheet module.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"

t 'three charts, a series per strategy over t_out_c and the supply_c/cop/power_kw column of that strategy' '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >p.csv &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 p.csv >hp.csv &&
	"$HK" operate --terminal radiator --supply 45 --return 35 --strategy conventional,smart,curve -o op.xlsx \
		hp.csv 2>/dev/null &&
	$PY - op.xlsx <<PYEOF
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
row2 = re.search(r"<row r=\"2\"[^>]*>(.*?)</row>", sheet, re.S).group(1)
keys = dict(re.findall(r"<c r=\"([A-Z]+)2\"[^>]*t=\"inlineStr\"><is><t>([^<]*)</t></is></c>", row2))
assert keys.get("D") == "t_out_c", keys
charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
assert len(charts) == 3, charts
want = ["supply_c_", "cop_", "power_kw_"]
for n, w in zip(charts, want):
    x = z.read(n).decode()
    names = re.findall(r"<c:tx>.*?<c:v>([^<]*)</c:v>", x, re.S)
    refs = re.findall(r"<c:f>profile!\\\$([A-Z]+)\\\$3:\\\$[A-Z]+\\\$(\d+)</c:f>", x)
    assert names == ["conventional", "smart", "curve"], (n, names)
    assert len(refs) == 6, (n, refs)
    for i, s in enumerate(names):
        (cx, lx), (cy, ly) = refs[2 * i], refs[2 * i + 1]
        assert keys[cx] == "t_out_c", (n, cx, keys.get(cx))
        assert keys[cy] == w + s, (n, cy, keys.get(cy), w + s)
        assert int(lx) == int(ly) == 194, (lx, ly)  # 192 steps below two header rows
assert any("comparison" in s or "策略比较" in s for s in [z.read("xl/workbook.xml").decode()])
print("ok")
PYEOF
'
t_done
