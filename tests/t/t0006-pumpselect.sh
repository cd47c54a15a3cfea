#!/bin/sh
# pumpselect: the Malan plant from the shipped catalog, and the workbook
# (candidates, curves with a chart) read back.
. "$(dirname "$0")/lib.sh"

# The Malan primary loop: 34 heat pumps x 13.8 m3/h = 469.2 m3/h at ~30 m,
# and the storage loops: 1000 m3 charged or discharged in 8 h = 125 m3/h
# at ~30 m (the paper gives no head; pump-data notes in data/equipment).
# The shipped catalog must hold a pump for each (issue 6), and the chosen
# pumps must run where their curve meets the system curve H = 30 (Q/G)^2
# (closed loop through the design point), delivering at least the design flow.
for duty in 469.2:3 469.2:4 125:3 125:2; do
g=${duty%%:*} n=${duty#*:}
t "Malan $g m3/h with $n duty + 1 standby: the chosen pumps run on the system curve" "
	\"\$HK\" pumpselect --flow $g --head 30 --duty $n --standby 1 --summary >s.csv 2>err &&
	\$PY - <<PYEOF
import csv
s = {r['key']: r['value'] for r in csv.DictReader(open('s.csv'))}
q, h = float(s['op_flow_m3h']), float(s['op_head_m'])
hs = 30 * (q / $g) ** 2
assert abs(h - hs) <= 0.005 * hs, (h, hs)
assert q >= $g, q
assert abs(float(s['op_flow_each_m3h']) * $n - q) <= 0.01 * q, s['op_flow_each_m3h']
assert s['duty_pumps'] == '$n' and s['pumps_total'] == str($n + 1)
assert 0 < float(s['speed_ratio']) <= 1, s['speed_ratio']
PYEOF
"
done

cat >"${TMPDIR:-/tmp}/hk-p-$$.csv" <<'CSV'
model,maker,point,flow_m3h,head_m,eff_pct,source
ideal,textbook,1,0,40,75,H = 40 - 0.002 Q^2 sampled exactly
ideal,textbook,2,40,36.8,75,same
ideal,textbook,3,80,27.2,75,same
ideal,textbook,4,120,11.2,75,same
ideal,textbook,5,140,0.8,75,same
CSV
P="${TMPDIR:-/tmp}/hk-p-$$.csv"

t 'xlsx: candidates, curves and summary sheets; the chart is in the file and plots the curves sheet' '
	"$HK" pumpselect --pumps "$P" --fit quadratic --flow 100 --head 20 --static 10 --lang en -o out.xlsx &&
	unzip -o -q out.xlsx xl/charts/chart1.xml -d x &&
	grep -q "<c:scatterChart>" x/xl/charts/chart1.xml &&
	grep -q "curves!\$B\$3:\$B\$43" x/xl/charts/chart1.xml &&
	grep -q "curves!\$D\$3:\$D\$43" x/xl/charts/chart1.xml &&
	$PY - "$P" <<PYEOF
import openpyxl
wb = openpyxl.load_workbook("out.xlsx")
assert wb.sheetnames == ["candidates", "curves", "summary"], wb.sheetnames
ws = wb["candidates"]
head = [c.value for c in ws[2]]
row = dict(zip(head, [c.value for c in ws[3]]))
assert row["model"] == "ideal", row
assert abs(row["flow_m3h"] - 100) < 1e-6, row["flow_m3h"]   # 40 - 0.002Q^2 = 10 + 0.001Q^2
assert abs(row["head_m"] - 20) < 1e-6, row["head_m"]
assert row["meets_duty"] == 1
c = wb["curves"]
rows = [[x.value for x in r] for r in c.iter_rows(min_row=3)]
assert len(rows) == 41, len(rows)
for q, hp, hd, hs in rows:     # sampled from the formulas, not from our output
    assert abs(hs - (10 + 0.001 * q * q)) < 1e-9, (q, hs)
    if hp is not None:
        assert abs(hp - (40 - 0.002 * q * q)) < 1e-6, (q, hp)
        assert q <= 140 + 1e-9, ("pump curve drawn beyond the catalog", q)
PYEOF
'

t 'xlsx with a profile: the profile is the first sheet, numbers stay numbers' '
	printf "day,start_h,dt_h,days,flow_m3h\nd,0,1,10,80\n" >prof.csv &&
	"$HK" pumpselect --pumps "$P" --fit quadratic --flow 100 --head 20 --lang en -o p.xlsx prof.csv &&
	$PY - <<PYEOF
import openpyxl
wb = openpyxl.load_workbook("p.xlsx")
assert wb.sheetnames == ["profile", "candidates", "curves", "summary"], wb.sheetnames
ws = wb["profile"]
head = [c.value for c in ws[2]]
row = dict(zip(head, [c.value for c in ws[3]]))
assert row["flow_m3h"] == 80 and row["day"] == "d", row
assert abs(row["vs_speed_pct"] - 80) < 1e-6, row    # S = 0.002 through the origin: n = 0.8
PYEOF
'
rm -f "$P"
t_done
