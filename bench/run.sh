#!/bin/sh
# bench/run.sh - reader/writer streaming benchmark (issue 3): a 1,000,000-row
# buildings CSV through `heatkit loadcalc` (parse, match, convert units,
# compute, write CSV).  Targets: < 2 s on one core, < 50 MB peak RSS.
# Results go in bench/RESULTS.md by hand, with the machine.
set -eu
cd "$(dirname "$0")/.."
mkdir -p bench/out
f=bench/out/buildings-1m.csv
if [ ! -f "$f" ]; then
	awk 'BEGIN { print "name,type,area_m2,index_w_m2";
		for (i = 0; i < 1000000; i++) printf "\"Block %d, phase %d\",住宅,\"%d,%03d.5\",%d\n", i, i % 7, 1 + i % 30, i % 1000, 40 + i % 25 }' >"$f"
fi
ls -l "$f"
for run in 1 2 3; do
	/usr/bin/time -f "run $run: %e s wall, %U s user, %M KB max RSS" bin/heatkit loadcalc "$f" >/dev/null
done
/usr/bin/time -f "xlsx: %e s wall, %M KB max RSS" bin/heatkit loadcalc -o bench/out/big.xlsx "$f"
/usr/bin/time -f "baseline wc -l: %e s wall, %M KB max RSS" wc -l "$f"
