#!/bin/sh
# The fuzz harnesses (tests/fuzz/, libFuzzer with Debian's clang) build and
# run briefly over their committed seed corpora: each seed, then a few
# thousand mutations, with ASan, UBSan and float-cast-overflow.  The long
# runs are recorded in tests/fuzz/README.md.  Without clang: skipped (ok).
# run: once (the harnesses are their own sanitized build)
# clang is installed by `make check` (tools/install-deps.sh); the skip is
# for `make check-fast` on a machine without it
. "$(dirname "$0")/lib.sh"
F=$TOP/build/fuzz

if ! command -v clang >/dev/null 2>&1; then
	echo "ok 1 - # SKIP clang not installed (apt-get install clang)"
	exit 0
fi

t 'the harnesses build (tests/fuzz/build.sh)' '
	sh "$TOP/tests/fuzz/build.sh" >log 2>&1 || { cat log; false; }
'

# brief HARNESS RUNS: every committed seed once (the findings kept as
# seeds stay fixed), then RUNS mutations from the first seed alone into a
# scratch corpus: coverage must grow past that seed's (the feedback works)
cov_of() { awk -v k="$1" '$0 ~ k { for (i = 1; i <= NF; i++) if ($i == "cov:") print $(i + 1) }' log; }
brief() {
	"$F/fuzz_$1" -runs=0 -rss_limit_mb=2048 -artifact_prefix=./ "$TOP/tests/fuzz/corpus/$1" >log 2>&1 ||
		{ tail -30 log; return 1; }
	mkdir -p one work && cp "$(ls -d "$TOP/tests/fuzz/corpus/$1"/* | head -1)" one/ &&
	"$F/fuzz_$1" -runs="$2" -seed=1 -rss_limit_mb=2048 -artifact_prefix=./ work one >log 2>&1 ||
		{ tail -30 log; return 1; }
	init=$(cov_of INITED); done=$(cov_of DONE)
	[ -n "$init" ] && [ -n "$done" ] && [ "$done" -gt "$init" ] || { echo "cov $init -> $done"; tail -5 log; return 1; }
	echo "$1: cov $init -> $done in $2 runs" &&
	[ -z "$(ls crash-* leak-* timeout-* oom-* 2>/dev/null)" ]
}

t 'fuzz_number: every seed, then 20 000 mutations of one, no crash' 'brief number 20000'
t 'fuzz_check: every seed, then 20 000 mutations of one, no crash' 'brief check 20000'
t 'fuzz_csv: every seed, then 2 000 mutations of one, no crash' 'brief csv 2000'
t 'fuzz_header: every seed, then 100 mutations of one, no crash' 'brief header 100'
t 'fuzz_catalog: every seed, then 300 mutations of one, no crash' 'brief catalog 300'
t 'fuzz_tariff: every seed, then 2 000 mutations of one, no crash' 'brief tariff 2000'
t 'fuzz_weather: every seed, then 2 000 mutations of one, no crash' 'brief weather 2000'
t 'fuzz_bfloads: every seed, then 1 000 mutations of one, no crash' 'brief bfloads 1000'
t_done
