#!/bin/sh
# Issue 16: progress of the report and of tanksize --economic scans on
# standard error (a terminal, or HEATKIT_PROGRESS=1; nothing otherwise;
# the output the same either way: lib/progress.c as t0015 checks it for
# borefield), and the README's tender-workbook example run as written.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"
CR=$(printf '\r')
W=$(mktemp -d)
trap 'rm -rf "$W"; t_cleanup' EXIT
# the Malan outputs (tests/fixtures/malan.sh, made once per pass)
F=$(fixture malan) && cp --no-preserve=mode "$F"/* "$W"/ || { echo "not ok 1 - the Malan outputs"; exit 1; }
F="$W/loads-summary.csv $W/profile.csv $W/hp-summary.csv $W/tank-summary.csv"

# cleared FILE TEXT: the line was blanked (spaces between two CRs) right
# before the line holding TEXT
cleared() {
	tr "\r" "\n" <"$1" | awk -v w="$2" 'index($0, w) && prev ~ /^ +$/ { ok = 1 } { prev = $0 } END { exit !ok }'
}

t 'report, HEATKIT_PROGRESS=1: reading n/N, the checks, each sheet k/7, saving; the line cleared; the workbook the same' '
	HEATKIT_PROGRESS=1 "$HK" report -o on.xlsx --date 2026-12-05 --project P $F 2>on.err &&
	"$HK" report -o off.xlsx --date 2026-12-05 --project P $F 2>off.err && [ ! -s off.err ] &&
	grep -q "heatkit report: reading the files [1-4]/4 (" on.err &&
	grep -q "heatkit report: checking the files against each other" on.err &&
	grep -q "heatkit report: writing the calculation book 4/7" on.err &&
	grep -q "heatkit report: saving the workbook 7/7 (100 %)" on.err &&
	[ "$(tr -d " $CR" <on.err | wc -c)" -gt 0 ] && [ -z "$(sed "s/.*$CR//" on.err | tr -d " ")" ] &&
	$PY -c "import openpyxl, sys
a, b = (openpyxl.load_workbook(f) for f in sys.argv[1:3])
assert a.sheetnames == b.sheetnames
for s in a.sheetnames:
    assert [[c.value for c in r] for r in a[s].iter_rows()] == [[c.value for c in r] for r in b[s].iter_rows()], s" on.xlsx off.xlsx
'

t 'report, not a terminal: not one byte of progress; a refused file: the line cleared before the error' '
	"$HK" report -o a.xlsx --date 2026-12-05 $F 2>a.err && [ ! -s a.err ] &&
	"$HK" loadcalc --city 铜川 --days "$M/days.csv" --profile -o p.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o h.csv p.csv &&
	HEATKIT_PROGRESS=1 "$HK" report -o b.xlsx "$W/loads-summary.csv" h.csv 2>b.err; [ $? -eq 2 ] && [ ! -e b.xlsx ] &&
	cleared b.err "h.csv:" && grep -q "checking the files" b.err
'

t 'tanksize --economic, HEATKIT_PROGRESS=1: the volume scan k/61 shown and cleared, summary as without it; --volume: none' '
	HEATKIT_PROGRESS=1 "$HK" tanksize --tariff shaanxi-malan --economic --summary "$W/hp.csv" >on.csv 2>on.err &&
	"$HK" tanksize --tariff shaanxi-malan --economic --summary "$W/hp.csv" >off.csv 2>off.err &&
	cmp on.csv off.csv && grep -q "heatkit tanksize: scanning tank volumes [0-9]*/61 (" on.err &&
	sed "s/.*$CR//" on.err >rest.err && cmp rest.err off.err && ! grep -q "$CR" off.err &&
	HEATKIT_PROGRESS=1 "$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary "$W/hp.csv" >v.csv 2>v.err &&
	! grep -q "$CR" v.err
'

# the README's tender-workbook block: from "    M=templates/malan" to the
# blank line, continuation lines joined, each command run as written
t 'README: the tender-workbook example runs as written, with a heatkit on PATH, and writes the workbook gnumeric recomputes' '
	awk "/^    M=templates\/malan\$/ { on = 1 } on && /^\$/ { exit } on { sub(/^    /, \"\"); print }" "$TOP/README.md" |
		sed -e ":a" -e "/\\\\\$/N; s/\\\\\\n *//; ta" >ex.sh &&
	[ "$(grep -c "^heatkit " ex.sh)" -ge 10 ] && grep -q "^heatkit report -o tender.xlsx .*invest.csv\$" ex.sh &&
	ln -s "$TOP/templates" templates && ln -s "$TOP/data" data && mkdir bin && ln -s "$HK" bin/heatkit &&
	PATH="$PWD/bin:$PATH" sh -e ex.sh >out 2>err && cat err && [ ! -s err ] &&
	ssconvert --recalc tender.xlsx r.xlsx 2>/dev/null &&
	$PY "$TOP/tests/t/report.py" sheets tender.xlsx -o names + agree tender.xlsx r.xlsx + names r.xlsx monthly_heat_kwh -o q &&
	[ "$(cat names)" = "汇总,设备表,负荷,计算书,经济,图表" ] &&
	relnear "$(awk "{ print \$2 }" q)" \
		"$(sumval loads-summary.csv annual_heat_kwh)" 0.00001
'
t_done
