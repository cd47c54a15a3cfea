#!/bin/bash
# check.sh - heatkit.exe under wine against the Linux build (make check-windows):
#  1. every command case of tests/cases (tests/cases.sh, HK_BIN = wine heatkit.exe);
#  2. the Malan tender chain (the README's, as tests/t/t0166 runs it) with
#     both builds: each CSV byte for byte, the workbooks cell for cell
#     (values and formulas of every sheet, read back with openpyxl);
#  3. a Chinese file name and a Chinese city on the command line.
# The exe runs from build/win/stage with data/ and templates/ beside it, as
# in the Windows zip, so the data is found beside the executable.
# Ends with "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
W=$top/build/win
LIN=$top/bin/heatkit
PY=/usr/bin/python3   # the one with python3-openpyxl (tools/install-deps.sh)
export WINEPREFIX=${WINEPREFIX:-$W/wineprefix} WINEDEBUG=-all
unset HEATKIT_DATA
mkdir -p "$W/stage"
cp "$W/heatkit.exe" "$W/stage/heatkit.exe"
ln -sfn ../../../data "$W/stage/data"
ln -sfn ../../../templates "$W/stage/templates"
printf '#!/bin/sh\nexec wine "%s" "$@"\n' "$W/stage/heatkit.exe" >"$W/wine-heatkit"
chmod +x "$W/wine-heatkit"
WX=$W/wine-heatkit
VERSION=${VERSION:-$(sed -n 's/^VERSION *:= *//p' "$top/Makefile")}
wineserver -p 300 2>/dev/null   # one server for every run (a start costs ~1 s)
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
nok() { fail=$((fail + 1)); echo "not ok - $1"; }

# 1. the command cases
log=$(mktemp)
HK_BIN=$WX bash "$top/tests/cases.sh" "$top"/tests/cases/*.case >"$log" 2>&1
p=$(grep -c '^ok' "$log"); f=$(grep -c '^not ok' "$log")
# a case that failed is run once more alone and reported either way (wine
# on a busy machine has been seen to fail one run in ~300: 1368 once)
for c in $(sed -n 's/^not ok [0-9]* - \([0-9]*-[^:]*\):.*/\1/p' "$log"); do
	grep -A12 "^not ok [0-9]* - $c:" "$log" | head -14
	if HK_BIN=$WX bash "$top/tests/cases.sh" "$top/tests/cases/$c.case" | grep -q '^ok'; then
		echo "# $c: passed when run again (flaky under wine, above the first run)"
		p=$((p + 1)); f=$((f - 1))
	fi
done
pass=$((pass + p)); fail=$((fail + f))
echo "# command cases under wine: $p passed, $f failed"
rm -f "$log"

# 2. the Malan chain with each build, in its own directory
M=$top/templates/malan
chain() { # chain HEATKIT DIR
	H=$1
	mkdir -p "$2" && cd "$2" || return 1
	rm -f ./*.csv ./*.xlsx
	"$H" loadcalc --city 57034 --days "$M/days.csv" --profile --summary --monthly monthly.csv -o loads-summary.csv "$M/buildings.csv" &&
	"$H" loadcalc --city 57034 -o loads.csv "$M/buildings.csv" &&
	"$H" loadcalc --city 57034 --days "$M/days.csv" --profile -o profile.csv "$M/buildings.csv" &&
	"$H" hpsize --model LT-161 --city 铜川 -o hp.csv profile.csv &&
	"$H" hpsize --model LT-161 --city 铜川 --summary -o hp-summary.csv profile.csv &&
	"$H" tanksize --tariff shaanxi-malan --volume 1000 -o tank.csv hp.csv &&
	"$H" tanksize --tariff shaanxi-malan --volume 1000 --summary -o tank-summary.csv hp.csv &&
	"$H" tanksize --tariff shaanxi-malan --volume 1000 --per-day -o tank-per-day.csv hp.csv &&
	"$H" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary -o pump-primary.csv &&
	"$H" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary -o econ-summary.csv tank.csv &&
	"$H" econ --tariff shaanxi-malan --invest "$M/invest.csv" --lang zh -o econ.xlsx tank.csv &&
	"$H" report -o tender.xlsx --project 马栏镇 --date 2026-01-01 loads-summary.csv loads.csv monthly.csv \
		tank.csv hp-summary.csv tank-summary.csv tank-per-day.csv 热源循环泵=pump-primary.csv \
		econ-summary.csv "$M/invest.csv" &&
	"$H" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" |
		"$H" hpsize --model LT-161 --city 铜川 | "$H" tanksize --tariff shaanxi-malan --volume 1000 |
		"$H" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary - >pipe.csv
}
(chain "$LIN" "$W/chk/linux") && ok "Malan chain, Linux build" || nok "Malan chain, Linux build"
(chain "$WX" "$W/chk/wine") && ok "Malan chain under wine" || nok "Malan chain under wine"
for f in "$W"/chk/linux/*.csv; do
	b=${f##*/}
	if cmp -s "$f" "$W/chk/wine/$b"; then ok "$b byte for byte"; else
		nok "$b byte for byte"; diff "$f" "$W/chk/wine/$b" | head -5; fi
done
for f in "$W"/chk/linux/*.xlsx; do
	b=${f##*/}
	if d=$($PY "$top/packaging/windows/xlsx-same.py" "$f" "$W/chk/wine/$b"); then ok "$b cell for cell ($d)"; else
		nok "$b cell for cell"; echo "$d" | head -5; fi
done

# 3. a Chinese file name and city on the command line
cd "$W/chk" && cp "$M/buildings.csv" 建筑.csv
"$LIN" loadcalc --city 铜川 --summary 建筑.csv >lin-zh.csv
if "$WX" loadcalc --city 铜川 --summary 建筑.csv >wine-zh.csv && cmp -s lin-zh.csv wine-zh.csv &&
	grep -q '铜川' wine-zh.csv; then ok "loadcalc --city 铜川 建筑.csv under wine"; else nok "loadcalc --city 铜川 建筑.csv under wine"; fi
"$WX" loadcalc --city 铜川 -o 负荷.xlsx 建筑.csv && [ -s 负荷.xlsx ] &&
	ok "-o 负荷.xlsx written under its Chinese name" || nok "-o 负荷.xlsx written under its Chinese name"
# bad input: the same message and exit code, the path as typed
printf 'name,area_m2\nA,12o0\n' >坏.csv
"$LIN" loadcalc --city 铜川 坏.csv >/dev/null 2>lin.err; lrc=$?
"$WX" loadcalc --city 铜川 坏.csv >/dev/null 2>wine.err; wrc=$?
if [ $lrc = 2 ] && [ $wrc = 2 ] && cmp -s lin.err wine.err; then ok "bad input: same error, exit 2 ($(head -c 60 wine.err))"
else nok "bad input: same error, exit 2"; cat lin.err wine.err; fi
# 4. the Windows zip: unpacked, examples.bat (cmd.exe under wine) writes the
#    chain's files as the Linux build does
if [ -f "$top/heatkit-$VERSION-win64.zip" ]; then
	Z=$W/chk/zip && rm -rf "$Z" && mkdir -p "$Z" && (cd "$Z" && unzip -q "$top/heatkit-$VERSION-win64.zip")
	(cd "$Z/heatkit-$VERSION-win64" && wine cmd /c examples.bat >/dev/null 2>&1)
	same=0
	for b in profile.csv hp.csv tank.csv tank-summary.csv econ-summary.csv pump-primary.csv; do
		# the summary names its input as typed: examples\tank.csv there
		sed 's/examples\\//g' "$Z/heatkit-$VERSION-win64/examples/$b" | cmp -s "$W/chk/linux/$b" - && same=$((same + 1))
	done
	[ $same = 6 ] && [ -s "$Z/heatkit-$VERSION-win64/examples/tender.xlsx" ] &&
		ok "examples.bat from the zip: tender.xlsx, 6 CSVs as the Linux build's" ||
		nok "examples.bat from the zip ($same of 6 CSVs the same)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
