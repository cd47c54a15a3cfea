#!/bin/sh
# t0216-data-beside-exe.sh - the data directory found beside the executable
# (lib/platform.c hk_exe_dir; issue 19): a heatkit copied into a folder with
# data/ next to it, as heatkit.exe sits in the Windows zip, reads its
# climate from there with no HEATKIT_DATA; and an output named with a
# Chinese file name is written and replaced atomically.
. "$(dirname "$0")/lib.sh"
unset HEATKIT_DATA
t "a heatkit with data/ beside it finds 铜川 there (53947: heating design -7.2 C, GB 50736 Appendix A)" '
	mkdir -p app/data/climate && cp "$HK" app/heatkit && cp "$TOP/data/climate/cities.csv" app/data/climate/ &&
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv &&
	app/heatkit loadcalc --city 铜川 --summary -o s.csv b.csv &&
	near "$(sumval s.csv t_design_c)" -7.2 0.001 && near "$(sumval s.csv design_load_kw)" 50 0.001'
t "without data beside it (and none in the tree) the error names where it looked" '
	mkdir -p lone && cp "$HK" lone/heatkit && printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv &&
	expect_code 2 lone/heatkit loadcalc --city 铜川 b.csv 2>err; grep -q "climate data not found" err'
t "an output with a Chinese name is written, then replaced in one step" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >建筑.csv &&
	"$HK" loadcalc --city 铜川 -o 负荷.csv 建筑.csv && grep -q "^A," 负荷.csv &&
	printf "name,area_m2,index_w_m2\nB,2000,50\n" >建筑.csv && "$HK" loadcalc --city 铜川 -o 负荷.csv 建筑.csv &&
	grep -q "^B," 负荷.csv && ! grep -q "^A," 负荷.csv && [ -z "$(ls -A | grep tmp)" ]'
t_done
