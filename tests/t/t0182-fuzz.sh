#!/bin/sh
# The fuzz harnesses (tests/fuzz/, libFuzzer with Debian's clang) build and
# run briefly over their committed seed corpora: each seed, then a few
# thousand mutations, with ASan, UBSan and float-cast-overflow.  The long
# runs are recorded in tests/fuzz/README.md.  Without clang: skipped (ok).
# run: fuzz (a lane of its own beside the sanitized pass, tests/run.sh:
# the harnesses are their own sanitized build; not in make check-fast)
# clang is installed by `make check` (tools/install-deps.sh); the skip is
# for a run by hand on a machine without it
. "$(dirname "$0")/lib.sh"
F=$TOP/build/fuzz

if ! command -v clang >/dev/null 2>&1; then
	echo "ok 1 - # SKIP clang not installed (apt-get install clang)"
	exit 0
fi

t 'the harnesses build (tests/fuzz/build.sh)' '
	sh "$TOP/tests/fuzz/build.sh" >log 2>&1 || { cat log; false; }
'

# brief HARNESS RUNS QMB: every committed seed once (the findings kept as
# seeds stay fixed), then RUNS mutations from the first seed alone into a
# scratch corpus: coverage must grow past that seed's (the feedback works).
# QMB is ASan's quarantine (MB; 256 by default): a freed block stays
# poisoned until QMB more are freed, so a use after free inside one input
# is caught while the input frees less than that.  Each harness's QMB is
# at least 3 times the most one seed of its corpus allocates (measured,
# tests/fuzz/README.md: header 78 MB, catalog 26, bfloads 8.4, csv 6.4,
# weather 3.4, tariff 2.8, check and number under 1), and the readers keep
# nothing between inputs; filling 256 MB of fresh pages was half of each
# run's CPU (page faults, 0.3-0.8 s a process).  Leaks: still detected.
cov_of() { awk -v k="$1" '$0 ~ k { for (i = 1; i <= NF; i++) if ($i == "cov:") print $(i + 1) }' log; }
brief() {
	ASAN_OPTIONS=quarantine_size_mb=$3${ASAN_OPTIONS:+:$ASAN_OPTIONS}; export ASAN_OPTIONS
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

t 'fuzz_number: every seed, then 20 000 mutations of one, no crash' 'brief number 20000 16'
t 'fuzz_check: every seed, then 20 000 mutations of one, no crash' 'brief check 20000 16'
t 'fuzz_csv: every seed, then 2 000 mutations of one, no crash' 'brief csv 2000 32'
t 'fuzz_header: every seed, then 100 mutations of one, no crash' 'brief header 100 256'
t 'fuzz_catalog: every seed, then 300 mutations of one, no crash' 'brief catalog 300 128'
t 'fuzz_tariff: every seed, then 2 000 mutations of one, no crash' 'brief tariff 2000 16'
t 'fuzz_weather: every seed, then 2 000 mutations of one, no crash' 'brief weather 2000 16'
t 'fuzz_bfloads: every seed, then 1 000 mutations of one, no crash' 'brief bfloads 1000 32'
t_done
