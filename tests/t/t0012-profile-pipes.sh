#!/bin/sh
# Profiles keep what they carry down the pipe (issue 13, point 8): full
# precision of t_out_c in CSV, a sheet named for its steps, day names kept
# as text in workbooks.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"

t 't_out_c of a default typical day is carried to 1e-6, and hpsize derates at it' '
	printf "name,area_m2,index_w_m2\nA,10000,50\n" >b.csv &&
	printf "t_out_c,k1,cop\n-10,0.5,2.5\n10,1.0,3.5\n" >r.csv &&
	"$HK" loadcalc --city 57034 --profile -o p.csv b.csv &&
	"$HK" hpsize --rated-kw 100 --ratios r.csv --t-basis -10 -o h.csv p.csv &&
	# 57034: t_heating -3.6 C; the cold day is -3.6 + (5 - -3.6)/3 = -0.733333 C
	# (lib/loads.c hk_typdays_default); K1 there = 0.5 + 0.5·(10 - 0.733333)/20
	near "$(col p.csv cold t_out_c)" -0.7333333 1e-6 &&
	near "$(col h.csv cold t_out_c)" -0.7333333 1e-6 &&
	near "$(col h.csv cold k1)" 0.7316667 0.00006
'

t 'the half-hour profile sheet is not called 逐时 (hourly); an hourly one is' '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile --lang zh -o p.xlsx "$M/buildings.csv" &&
	{ echo hour,t_out_c; for h in $(seq 0 23); do echo $h,-5; done; } >w.csv &&
	"$HK" loadcalc --city 57034 --weather w.csv --profile --lang zh -o w.xlsx "$M/buildings.csv" 2>/dev/null &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile -o p.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 --lang zh -o h.xlsx p.csv &&
	$PY - <<PYEOF
import openpyxl
for f in ("p.xlsx", "h.xlsx"):
    half = openpyxl.load_workbook(f, read_only=True).sheetnames
    assert "逐时" not in half and "逐时段" in half, (f, half)
hour = openpyxl.load_workbook("w.xlsx", read_only=True).sheetnames
assert "逐时" in hour, hour
PYEOF
'

t 'typical-day names 100%/75% stay text in hpsize and tanksize workbooks' '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >p.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 p.csv >hp.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 -o hp.xlsx p.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 -o tk.xlsx hp.csv &&
	$PY - <<PYEOF
import openpyxl
for f in ("hp.xlsx", "tk.xlsx"):
    ws = openpyxl.load_workbook(f, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    col = rows[0].index("day")
    days = [r[col] for r in rows[1:]]
    assert set(days) == {"100%", "75%", "50%", "25%"}, (f, sorted(set(map(repr, days))))
    t = rows[0].index("t_out_c")
    assert all(isinstance(r[t], (int, float)) for r in rows[1:]), (f, "t_out_c stays a number")
PYEOF
'
t_done
