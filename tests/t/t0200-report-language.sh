#!/bin/sh
# run: once
# issue 16, language: the Malan five-scheme tender workbook as the
# template's Makefile writes it (`heatkit init malan DIR && make -C DIR`,
# and again with REPORT_LANG=en), EVERY cell of every sheet and every
# chart title read back (tests/t/report.py lang).  zh: no text is
# ASCII-only unless it is a model name, a unit, a standard's number, a
# formula symbol or a number, and no text holds an English word or a
# machine key (price_tank_m3, s3_borehole_m); en: no text holds a CJK
# character.  The allow-list is explicit and short: the two models of the
# book (hpsize's and pumpselect's summaries), and for en the names the
# user typed in Chinese (the project and the buildings of buildings.csv).
. "$(dirname "$0")/lib.sh"
R="$PY $TOP/tests/t/report.py"
D=$(mktemp -d)
trap 'rm -rf "$D"; t_cleanup' EXIT
# the zh book: the project of tests/fixtures/malan-project.sh (init malan p,
# make; once per pass, read-only); the en one made again by the same
# Makefile in a copy of it (its times kept, so that only tender.xlsx is
# remade)
F=$(fixture malan-project) && P="$F/p" && cp "$P/tender.xlsx" "$D/zh.xlsx" &&
	cp -R --preserve=timestamps "$P" "$D/p" && chmod -R u+w "$D/p" && rm "$D/p/tender.xlsx" &&
	make -C "$D/p" HEATKIT="$HK" REPORT_LANG=en tender.xlsx >>"$D/log" 2>&1 && mv "$D/p/tender.xlsx" "$D/en.xlsx" ||
	{ tail -20 "$D/log"; echo "not ok 1 - make -C DIR tender.xlsx (zh and en)"; exit 1; }
MODELS="$(sumval "$P/hp-summary.csv" model) $(sumval "$P/pump-primary.csv" pump_model)"
NAMES=$(awk -F, '!/^#/ && ++n > 1 { print $1 }' "$P/buildings.csv")
# the rule of each book in its language and in the other, and of a copy of
# the zh book with a machine key and an ASCII-only cell (k.xlsx), asked of
# one report.py for the three tests below (each book read once):
# $D/NAME.o what it printed, $D/NAME.rc its status
$R lang "$D/zh.xlsx" zh $MODELS -o "$D/zh.o" -s "$D/zh.rc" + lang "$D/en.xlsx" en 马栏镇 $NAMES -o "$D/en.o" -s "$D/en.rc" \
	+ lang "$D/en.xlsx" zh $MODELS -o "$D/o1.o" -s "$D/o1.rc" + lang "$D/zh.xlsx" en 马栏镇 $NAMES -o "$D/o2.o" -s "$D/o2.rc" \
	+ edit "$D/zh.xlsx" "$D/k.xlsx" "设备表!I4=单价：econ-summary.csv 的 price_tank_m3" 汇总!B5=shaanxi \
	+ lang "$D/k.xlsx" zh $MODELS -o "$D/o3.o" -s "$D/o3.rc" >"$D/log" 2>&1 || { cat "$D/log"; echo "not ok 1 - report.py lang"; exit 1; }
answer() { cat "$D/$1.o"; [ "$(cat "$D/$1.rc")" = "$2" ]; } # answer NAME STATUS

t 'zh book (Malan, five schemes): every cell of every sheet and every chart title Chinese, but models, units, standards, symbols and numbers' '
	answer zh 0
'

t 'en book (the same Makefile, REPORT_LANG=en): no CJK in any cell, chart title or sheet name but the user'"'"'s own names' '
	answer en 0
'

t 'the checks bite: the en book fails the zh rule, the zh book the en rule, a machine key in a zh cell is caught' '
	answer o1 1 && grep -q "Summary!" "$D/o1.o" && answer o2 1 && grep -q "汇总!" "$D/o2.o" &&
	answer o3 1 && grep -q "price_tank_m3" "$D/o3.o" && grep -q "汇总!B5 .*ASCII-only" "$D/o3.o"
'

t 'scheme and pump-group names in the book'"'"'s language: the Makefile'"'"'s Chinese names in English in the en book, econ'"'"'s English ones in Chinese in the zh book' '
	xlsx2csv -n 经济 "$D/zh.xlsx" >z.csv && xlsx2csv -n Economics "$D/en.xlsx" >e.csv &&
	for s in 空气源热泵直接供热 空气源热泵+水蓄热 地源热泵 电锅炉+蓄热 燃气锅炉; do grep -q "^$s," z.csv || { echo "zh: $s"; exit 1; }; done &&
	for s in "ASHP only" "ASHP + storage" "ground source" "electric boiler + storage" "gas boiler"; do grep -q "^$s," e.csv || { echo "en: $s"; exit 1; }; done &&
	xlsx2csv -n Loads "$D/en.xlsx" | grep -q ",elderly home," && xlsx2csv -n Equipment "$D/en.xlsx" | grep -q ",heat-source circulating pumps,"
'

t '计算书 numbers each pump block 4.1.1-4.1.8 (its number no longer taken from a reused buffer)' '
	xlsx2csv -n 计算书 "$D/zh.xlsx" | cut -d, -f1 | grep "^4\.1\." >n &&
	[ "$(tr "\n" " " <n)" = "4.1.1 4.1.2 4.1.3 4.1.4 4.1.5 4.1.6 4.1.7 4.1.8 " ]
'
t_done
