#!/bin/sh
# t0217-csv-encoding.sh - --csv-encoding utf8|utf8-bom|gbk (issue 19): CSV as
# Excel on Chinese Windows opens it.  The GBK bytes are checked against
# Python's gbk codec (code page 936, what Excel reads a CSV without a BOM
# as), the BOM by its bytes, and every encoding read back by heatkit: a
# pipeline and the Malan tender workbook come out the same whatever the
# CSVs between the commands were written in.
. "$(dirname "$0")/lib.sh"
M=$TOP/templates/malan
unset HEATKIT_CSV_ENCODING
# gbk_of FILE: FILE (UTF-8) as Python encodes it in cp936, with the plain
# spellings gbk.h names (m² m2, − -, ↔ <->, µ μ, Ç C)
gbk_of() {
	$PY -c 'import sys
t = open(sys.argv[1], encoding="utf-8").read()
for a, b in (("²", "2"), ("³", "3"), ("−", "-"), ("⁻", "-"), ("↔", "<->"), ("µ", "μ"), ("Ç", "C"), ("ç", "c")):
    t = t.replace(a, b)
sys.stdout.buffer.write(t.encode("gbk"))' "$1"
}
t "gbk: the loads summary in Chinese (铜川, ℃, Σ) is the bytes Python cp936 gives" '
	"$HK" loadcalc --city 铜川 --lang zh --days "$M/days.csv" --profile --summary -o u.csv "$M/buildings.csv" &&
	"$HK" loadcalc --city 铜川 --lang zh --days "$M/days.csv" --profile --summary --csv-encoding gbk \
		-o g.csv "$M/buildings.csv" &&
	grep -q "铜川" u.csv && grep -q "Σ" u.csv && gbk_of u.csv >want.csv && cmp g.csv want.csv &&
	$PY -c "import sys; t = open(\"g.csv\", encoding=\"gbk\").read(); sys.exit(\"铜川\" not in t)"'
t "gbk: the tank summary (1000 m³ ↔ 11628 kWh, ΔT, ρc) spelled plainly, else cp936" '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >p.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 p.csv >hp.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary -o u.csv hp.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary --csv-encoding gbk -o g.csv hp.csv &&
	grep -q "↔" u.csv && gbk_of u.csv >want.csv && cmp g.csv want.csv && grep -q "1000 m3 <-> 11628" g.csv'
t "utf8-bom and --bom: EF BB BF, then the UTF-8 bytes; HEATKIT_CSV_ENCODING sets the default, the option wins" '
	printf "name,area_m2,index_w_m2\n办公楼,1000,50\n" >b.csv &&
	"$HK" loadcalc --city 铜川 -o u.csv b.csv && "$HK" loadcalc --city 铜川 --csv-encoding utf8-bom -o m.csv b.csv &&
	"$HK" loadcalc --city 铜川 --bom -o b2.csv b.csv && HEATKIT_CSV_ENCODING=utf8-bom "$HK" loadcalc --city 铜川 -o e.csv b.csv &&
	HEATKIT_CSV_ENCODING=UTF8-BOM "$HK" loadcalc --city 铜川 --csv-encoding utf8 -o o.csv b.csv &&
	[ "$(head -c 3 m.csv | od -An -tx1 | tr -d " ")" = efbbbf ] && [ "$(head -c 4 u.csv)" = name ] &&
	(printf "\357\273\277"; cat u.csv) | cmp - m.csv && cmp m.csv b2.csv && cmp m.csv e.csv && cmp u.csv o.csv'
t "Linux default: plain UTF-8 into a file and into a pipe (no BOM for awk, cut, python)" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv &&
	"$HK" loadcalc --city 铜川 -o f.csv b.csv && "$HK" loadcalc --city 铜川 b.csv >r.csv &&
	[ "$(head -c 4 f.csv)" = name ] && cmp f.csv r.csv'
t "a GBK profile written by loadcalc is read back by hpsize: the same output as from UTF-8" '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile --csv-encoding gbk -o pg.csv "$M/buildings.csv" &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile -o pu.csv "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o hg.csv pg.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o hu.csv pu.csv && sed "s/pg.csv/pu.csv/" hg.csv | cmp - hu.csv'
t "a pipe of GBK and BOM CSVs: loadcalc | hpsize | tanksize | econ as with UTF-8" '
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile --csv-encoding gbk "$M/buildings.csv" >a.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 --bom a.csv >b.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --csv-encoding gbk b.csv >c.csv &&
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary c.csv >g.csv &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >a.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 a.csv >b.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 b.csv >c.csv &&
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary c.csv >u.csv && cmp g.csv u.csv'
# the Malan tender chain of tests/t/t0166 with every CSV in GBK: the report
# reads them into the same workbook, cell for cell
chain() { # chain ENCODING DIR
	mkdir -p "$2" && cd "$2" && E="--csv-encoding $1" &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile --summary --monthly monthly.csv -o loads-summary.csv $E "$M/buildings.csv" &&
	"$HK" loadcalc --city 57034 -o loads.csv $E "$M/buildings.csv" &&
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile -o profile.csv $E "$M/buildings.csv" &&
	"$HK" hpsize --model LT-161 --city 铜川 -o hp.csv $E profile.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 --summary -o hp-summary.csv $E profile.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 -o tank.csv $E hp.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary -o tank-summary.csv $E hp.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --per-day -o tank-per-day.csv $E hp.csv &&
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary -o pump-primary.csv $E &&
	"$HK" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary -o econ-summary.csv $E tank.csv &&
	"$HK" report -o tender.xlsx --project 马栏镇 --date 2026-01-01 loads-summary.csv loads.csv monthly.csv \
		tank.csv hp-summary.csv tank-summary.csv tank-per-day.csv 热源循环泵=pump-primary.csv \
		econ-summary.csv "$M/invest.csv"
}
t_once "the Malan tender workbook from GBK CSVs is the one from UTF-8 CSVs, cell for cell" '
	(chain gbk g) && (chain utf8 u) && $PY "$TOP/packaging/windows/xlsx-same.py" u/tender.xlsx g/tender.xlsx &&
	for f in profile hp tank tank-per-day; do $PY -c "import sys; open(sys.argv[1], encoding=\"gbk\").read()" g/$f.csv &&
		iconv -f GBK -t UTF-8 g/$f.csv | cmp - u/$f.csv || exit 1; done'
t "a character not in GBK: exit 2, the file it would replace left as it was" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv && "$HK" loadcalc --city 铜川 -o out.csv b.csv && cp out.csv keep.csv &&
	printf "name,area_m2,index_w_m2\nJörg,1000,50\n" >b.csv &&
	expect_code 2 "$HK" loadcalc --city 铜川 --csv-encoding gbk -o out.csv b.csv 2>err &&
	grep -q "out.csv:2:1: error: character not in GBK (ö U+00F6" err && cmp out.csv keep.csv && [ -z "$(ls -A | grep tmp)" ]'
t "HEATKIT_CSV_ENCODING=latin1 is a usage error naming the variable, exit 2" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv &&
	HEATKIT_CSV_ENCODING=latin1 expect_code 2 "$HK" loadcalc --city 铜川 b.csv 2>err >out &&
	grep -q "HEATKIT_CSV_ENCODING (latin1): expected one of utf8, utf8-bom, gbk" err && [ ! -s out ]'
t "XLSX is not touched by --csv-encoding: the same workbook with gbk" '
	printf "name,area_m2,index_w_m2\n办公楼,1000,50\n" >b.csv &&
	"$HK" loadcalc --city 铜川 -o u.xlsx b.csv && "$HK" loadcalc --city 铜川 --csv-encoding gbk -o g.xlsx b.csv &&
	$PY "$TOP/packaging/windows/xlsx-same.py" u.xlsx g.xlsx'
t_done
