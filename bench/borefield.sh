#!/bin/sh
# bench/borefield.sh - borefield benchmarks (issue 5): the library timings
# of bench/bench_borefield.c (one case per process, so /usr/bin/time
# reports each case's own peak RSS) and the whole command on reference
# Case A1.  Run with `make bench-borefield` (or `make bench` for every
# benchmark).  The binary is built into build/ (never committed); results
# go in bench/RESULTS.md by hand, with the machine.
set -eu
cd "$(dirname "$0")/.."
make -s build/libheatkit.a bin/heatkit
cc -O2 -std=c11 -Ilib bench/bench_borefield.c build/libheatkit.a \
	$(pkg-config --libs xlsxwriter libpcre2-8) -lcsv -lm -o build/bench_borefield
T=/usr/bin/time
[ -x "$T" ] || T=
nproc; grep -m1 'model name' /proc/cpuinfo || true
for c in l3fast l3 l4fast l4 g20 g20table g1000; do
	echo "== $c"
	${T:+$T -f "$c: %e s wall, %M KB max RSS"} build/bench_borefield "$c"
done
for n in "5 5" "10 10" "20 20" "40 25"; do
	echo "== scale $n"
	${T:+$T -f "scale $n: %e s wall, %M KB max RSS"} build/bench_borefield scale $n
	${T:+$T -f "irregular $n: %e s wall, %M KB max RSS"} build/bench_borefield irregular $n
done

# the command end to end (read, size, temperatures, balance, write) on
# the shared Case A1 fixture
mkdir -p bench/out
cp tests/data/peere-a1.csv bench/out/a1.csv
A1="--k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16"
for f in --fast ""; do
	for m in L2 L3; do
		echo "== heatkit borefield --method $m ${f:-(accurate)}"
		${T:+$T -f "command $m ${f:-accurate}: %e s wall, %M KB max RSS"} \
			bin/heatkit borefield $A1 $f --method $m --summary -o bench/out/a1-sum.csv bench/out/a1.csv 2>&1 |
			grep -v warning || true
		grep '^depth_m' bench/out/a1-sum.csv
	done
done
