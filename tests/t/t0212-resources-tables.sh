#!/bin/sh
# Issue 18 follow-up, resource tests: econ's unit-price table (--prices)
# checked each row's id against every row before it, quadratic (40 000
# rows 7.5 s, 200 000 more than a minute); pumpselect's catalog looked
# each row's model up among every model before it and ranked the
# candidates by insertion sort (20 000 pumps 8.8 s).  Each run at three
# sizes a tenfold apart, its time and peak memory measured (GNU time) and their
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

t_once 'pumpselect --pumps: 200, 2 000 and 20 000 catalog pumps grow linearly' '
	for n in 2 20 200; do
		awk -v n=$((n * 100)) "BEGIN { print \"model,maker,series,type,speed_rpm,impeller_mm,point,flow_m3h,head_m,eff_pct,power_kw,power_basis,motor_kw,price_yuan,flags,source\";
			for (i = 0; i < n; i++) { q = 50 + i % 400
				printf \"P%d,M,S,t,2900,,1,0,40,0,5,shaft,30,,,s\n\", i
				printf \"P%d,M,S,t,2900,,2,%d,30,75,%.3f,shaft,30,,,s\n\", i, q, q * 30 * 9.81 / 3600 / 0.75
				printf \"P%d,M,S,t,2900,,3,%d,15,60,%.3f,shaft,30,,,s\n\", i, 2 * q, 2 * q * 15 * 9.81 / 3600 / 0.6 } }" >pc$n.csv &&
		measure m$n "$HK" pumpselect --pumps pc$n.csv --flow 200 --head 25 --summary || exit 1
	done && grows m2 m20 && grows m20 m200
'

t_done
