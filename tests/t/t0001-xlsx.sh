#!/bin/sh
# XLSX output, read back with openpyxl (not judged by file size).
. "$(dirname "$0")/lib.sh"

cat >"${TMPDIR:-/tmp}/hk-b-$$.csv" <<'CSV'
建筑名称,建筑类型,建筑面积(m²),面积热指标(W/m²)
一号住宅楼,住宅,12000,45
学校,学校,8500,50
CSV
B="${TMPDIR:-/tmp}/hk-b-$$.csv"

t 'xlsx: one sheet per table, Chinese labels by default for Chinese headers' '
	"$HK" loadcalc --city 铜川 -o out.xlsx "$B" &&
	$PY - <<PYEOF
import openpyxl
wb = openpyxl.load_workbook("out.xlsx")
assert wb.sheetnames == ["建筑负荷", "汇总"], wb.sheetnames
ws = wb["建筑负荷"]
assert ws["G1"].value == "设计热负荷 (kW)", ws["G1"].value
assert ws["G2"].value == "design_load_kw", ws["G2"].value
assert ws["A1"].font.b, "header is bold"
assert ws.freeze_panes == "A3", ws.freeze_panes
assert ws["G3"].value == 540, ws["G3"].value
assert ws["G3"].number_format == "#,##0.00", ws["G3"].number_format
assert ws["D3"].number_format == "#,##0.0", ws["D3"].number_format
w = ws.column_dimensions["A"].width
assert w >= 11, ("CJK text counts double: 一号住宅楼 is 10 columns wide", w)
s = wb["汇总"]
rows = {r[0].value: r[1].value for r in s.iter_rows(min_row=3)}
assert abs(rows["design_load_kw"] - 965) < 1e-9, rows
assert rows["city"] == "铜川"
PYEOF
'

t 'xlsx: --lang en gives English labels and sheet names' '
	"$HK" loadcalc --lang en -o out.xlsx "$B" &&
	$PY -c "
import openpyxl
wb = openpyxl.load_workbook(\"out.xlsx\")
assert wb.sheetnames == [\"buildings\", \"summary\"], wb.sheetnames
assert wb[\"buildings\"][\"G1\"].value == \"design heating load (kW)\"
"
'

t 'xlsx: --summary still writes every table to a workbook; xlsx2csv reads it' '
	"$HK" loadcalc --summary -o s.xlsx "$B" &&
	xlsx2csv -n 汇总 s.xlsx >s.csv &&
	grep -q "^design_load_kw,965" s.csv
'

t 'csv: --bom starts with a UTF-8 BOM' '
	"$HK" loadcalc --bom "$B" >o.csv &&
	[ "$(head -c 3 o.csv | od -An -tx1 | tr -d " ")" = "efbbbf" ]
'
rm -f "$B"
t_done
