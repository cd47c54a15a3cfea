#!/bin/sh
# bench/chain.sh - issue 4: a full 8760-hour run of the air-source chain for
# 1000 buildings (loadcalc → hpsize → tanksize → econ), target < 1 s.
set -eu
cd "$(dirname "$0")/.."
mkdir -p bench/out
B=bench/out/buildings-1000.csv W=bench/out/weather-8760.csv
awk 'BEGIN { srand(1); split("住宅 学校 办公 医院 商店 幼儿园 养老院 法院", ty, " ");
	print "name,type,area_m2";
	for (i = 1; i <= 1000; i++) printf "b%04d,%s,%d\n", i, ty[1 + i % 8], 2000 + int(rand() * 20000) }' >"$B"
# a synthetic year for 铜川: design -7.2 C, sinusoidal season and day
awk 'BEGIN { print "hour,t_out_c"; pi = 3.14159265;
	for (h = 0; h < 8760; h++) { d = h / 24;
		t = 11 - 14 * cos(2 * pi * (d - 15) / 365) - 4 * cos(2 * pi * ((h % 24) - 4) / 24);
		printf "%d,%.1f\n", h, t } }' >"$W"
run() {
	bin/heatkit loadcalc --city 铜川 --weather "$W" --profile "$B" |
		bin/heatkit hpsize --model LT-161 --t-basis -9.8 --extrapolate 2>/dev/null |
		bin/heatkit tanksize --tariff shaanxi-malan --volume 1000 |
		bin/heatkit econ --tariff shaanxi-malan --summary - >bench/out/chain-summary.csv
}
for i in 1 2 3; do
	start=$(date +%s.%N); run; end=$(date +%s.%N)
	echo "chain run $i: $(echo "$end - $start" | bc) s wall"
done
for c in "loadcalc --city 铜川 --weather $W --profile $B" ; do
	/usr/bin/time -f "loadcalc alone: %e s, %M KB" bin/heatkit $c >bench/out/p.csv
done
/usr/bin/time -o bench/out/time.txt -f "hpsize alone: %e s, %M KB" bin/heatkit hpsize --model LT-161 --t-basis -9.8 --extrapolate bench/out/p.csv >bench/out/hp.csv 2>/dev/null
cat bench/out/time.txt
/usr/bin/time -f "tanksize alone: %e s, %M KB" bin/heatkit tanksize --tariff shaanxi-malan --volume 1000 bench/out/hp.csv >bench/out/tk.csv
/usr/bin/time -f "econ alone: %e s, %M KB" bin/heatkit econ --tariff shaanxi-malan --summary bench/out/tk.csv >/dev/null
grep -E "^s[12]_annual_cost_yuan" bench/out/chain-summary.csv
