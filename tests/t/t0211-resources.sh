#!/bin/sh
# Issue 18, resource tests: each input-driven loop run at 1x, 10x and
# 100x its input (the reader over rows, the header check over columns,
# hpsize over distinct day names, check over a big summary, tanksize's
# economic scan over volumes), its time and peak memory measured (GNU
# time) and their growth bounded: each tenfold step may cost at most 30
# times the time (linear is 10, quadratic 100) and 30 times the memory
# of the step before, plus a floor for start-up and noise (0.5 s, 20 MB).
# No absolute timing: ratios hold on a busy machine where times do not.
# run: once (the growth is the algorithm's; the sanitized pass doubles
# the time for nothing more)
. "$(dirname "$0")/lib.sh"

# measure OUT CMD...: "seconds kB" of CMD into OUT, which must exit 0 or 1
measure() {
	out=$1; shift
	/usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>err.txt; rc=$?
	[ "$rc" -le 1 ] || { echo "exit $rc: $*"; head -3 err.txt; return 1; }
	tail -n 1 "$out" >"$out.x" && mv "$out.x" "$out" # past "Command exited with non-zero status 1"
}
# grows A B: B (a tenfold input) within 30 times A in time and memory
grows() {
	read -r ta ka <"$1"; read -r tb kb <"$2"
	echo "$1: $ta s $ka kB -> $2: $tb s $kb kB"
	awk -v ta="$ta" -v tb="$tb" -v ka="$ka" -v kb="$kb" 'BEGIN {
		if (tb > 30 * ta + 0.5) { print "time grows more than 30x per 10x input"; exit 1 }
		if (kb > 30 * ka + 20000) { print "memory grows more than 30x per 10x input"; exit 1 } }'
}
three() { grows m1 m10 && grows m10 m100 && [ -z "${T0211_SHOW:-}" ]; } # T0211_SHOW=1 prints the figures

t 'reader: loadcalc over 1 000, 10 000 and 100 000 buildings grows linearly' '
	for n in 1 10 100; do
		awk -v n=$n "BEGIN { print \"name,type,area_m2,index_w_m2\"; for (i = 0; i < n * 1000; i++) printf \"b%d,住宅,%d,45\n\", i, 1000 + i % 500 }" >b$n.csv &&
		measure m$n "$HK" loadcalc --city 57034 --summary b$n.csv || exit 1
	done && three
'

t 'header check: 1 000, 10 000 and 100 000 header columns grow linearly' '
	for n in 1 10 100; do
		awk -v n=$n "BEGIN { printf \"name,area_m2,index_w_m2\"; for (i = 0; i < n * 1000; i++) printf \",c%d\", i
			printf \"\nA,100,50\"; for (i = 0; i < n * 1000; i++) printf \",1\"; print \"\" }" >w$n.csv &&
		measure m$n "$HK" loadcalc --city 57034 --summary w$n.csv || exit 1
	done && three
'

# each day stands for 0.001 days: a profile stands for a year at most (366 days)
t 'hpsize: 1 000, 10 000 and 100 000 profile rows with a distinct day name each grow linearly' '
	for n in 1 10 100; do
		awk -v n=$n "BEGIN { print \"day,start_h,dt_h,t_out_c,heat_load_kw,night,days\"
			for (i = 0; i < n * 1000; i++) printf \"d%d,0,24,%d,%d,0,0.001\n\", i, -10 + i % 15, 500 + i % 300 }" >p$n.csv &&
		measure m$n "$HK" hpsize --model LT-161 --city 铜川 --summary p$n.csv || exit 1
	done && three
'

t 'check: summaries of 10 000, 100 000 and 1 000 000 rows grow linearly in time, not in memory' '
	for n in 1 10 100; do
		awk -v n=$n "BEGIN { print \"key,value\"; for (i = 0; i < n * 10000; i++) printf \"k%d,%d\n\", i, i; print \"design_load_kw,5\" }" >s$n.csv &&
		measure m$n "$HK" check s$n.csv "design_load_kw<=4 && k5==5" || exit 1
	done && three &&
	read -r t1 k1 <m1 && read -r t100 k100 <m100 &&
	{ [ "$k100" -le $((2 * k1 + 20000)) ] || { echo "check keeps rows: $k1 kB -> $k100 kB for 100x rows"; false; }; }
'

t 'tanksize --economic: 30, 300 and 3 000 volumes scanned grow linearly' '
	"$HK" loadcalc --city 57034 --days "$TOP/templates/malan/days.csv" --profile "$TOP/templates/malan/buildings.csv" >l.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 l.csv >hp.csv &&
	measure m1 "$HK" tanksize --tariff shaanxi-malan --economic --scan-max 3000 --scan-step 100 --summary hp.csv &&
	measure m10 "$HK" tanksize --tariff shaanxi-malan --economic --scan-max 3000 --scan-step 10 --summary hp.csv &&
	measure m100 "$HK" tanksize --tariff shaanxi-malan --economic --scan-max 3000 --scan-step 1 --summary hp.csv &&
	three
'
t_done
