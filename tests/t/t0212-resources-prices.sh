#!/bin/sh
# Issue 18 follow-up, resource test: econ's unit-price table (--prices)
# checked each row's id against every row before it, quadratic (40 000
# rows 7.5 s, 200 000 more than a minute).  Run at 1 000, 10 000 and
# 100 000 rows, its time and peak memory measured (GNU time) and their
# growth bounded as t0211 bounds its loops: each tenfold step at most 30
# times the time (linear is 10, quadratic 100) and the memory of the step
# before, plus a floor for start-up and noise (0.5 s, 20 MB).  Ratios,
# not absolute times: they hold on a busy machine.
. "$(dirname "$0")/lib.sh"

measure() { # measure OUT CMD...: "seconds kB" of CMD into OUT; CMD must exit 0
	out=$1; shift
	/usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>err.txt || { echo "failed: $*"; head -3 err.txt; return 1; }
	tail -n 1 "$out" >"$out.x" && mv "$out.x" "$out"
}
grows() { # grows A B: B (a tenfold input) within 30 times A in time and memory
	read -r ta ka <"$1"; read -r tb kb <"$2"
	echo "$1: $ta s $ka kB -> $2: $tb s $kb kB"
	awk -v ta="$ta" -v tb="$tb" -v ka="$ka" -v kb="$kb" 'BEGIN {
		if (tb > 30 * ta + 0.5) { print "time grows more than 30x per 10x input"; exit 1 }
		if (kb > 30 * ka + 20000) { print "memory grows more than 30x per 10x input"; exit 1 } }'
}

t_once 'econ --prices: 1 000, 10 000 and 100 000 price rows with distinct ids grow linearly' '
	printf "%s\n" "day,start_h,dt_h,t_out_c,heat_load_kw,night,days,hp_power_kw,power_kw" \
		"d,0,12,-5,100,1,100,40,50" "d,12,12,0,80,0,100,30,20" >p.csv &&
	printf "%s\n" "scheme,item,quantity" "A,tank_m3,0" "B,tank_m3,10" >inv.csv &&
	for n in 1 10 100; do
		awk -v n=$((n * 1000)) "BEGIN { print \"id,item,unit,price,year,status,default,source\";
			print \"t,storage_tank,yuan/m3,1500,,sourced,yes,s\";
			for (i = 0; i < n; i++) printf \"x%d,storage_tank,yuan/m3,%d,,sourced,,s\n\", i, 1000 + i }" >pr$n.csv &&
		measure m$n "$HK" econ --tariff shaanxi-malan --scheme A=hp_power_kw --scheme B=power_kw \
			--invest inv.csv --prices pr$n.csv --summary p.csv || exit 1
	done && grows m1 m10 && grows m10 m100
'

t_done
