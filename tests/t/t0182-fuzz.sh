#!/bin/sh
# The fuzz harnesses (tests/fuzz/, libFuzzer with Debian's clang) build and
# run briefly over their committed seed corpora: each seed, then a few
# thousand mutations, with ASan, UBSan and float-cast-overflow.  The long
# runs are recorded in tests/fuzz/README.md.  Without clang: skipped (ok).
# run: once (the harnesses are their own sanitized build)
. "$(dirname "$0")/lib.sh"
F=$TOP/build/fuzz

if ! command -v clang >/dev/null 2>&1; then
	echo "ok 1 - # SKIP clang not installed (apt-get install clang)"
	exit 0
fi

t 'the harnesses build (tests/fuzz/build.sh)' '
	sh "$TOP/tests/fuzz/build.sh" >log 2>&1 || { cat log; false; }
'

# brief HARNESS RUNS: every seed, then RUNS mutations into a scratch corpus;
# the coverage must grow past the seeds' (the feedback works) and nothing crash
brief() {
	mkdir -p work &&
	"$F/fuzz_$1" -runs="$2" -seed=1 -rss_limit_mb=2048 -artifact_prefix=./ work "$TOP/tests/fuzz/corpus/$1" >log 2>&1 ||
		{ tail -30 log; return 1; }
	init=$(awk "/INITED/ { for (i = 1; i <= NF; i++) if (\$i == \"cov:\") print \$(i + 1) }" log)
	done=$(awk "/DONE/ { for (i = 1; i <= NF; i++) if (\$i == \"cov:\") print \$(i + 1) }" log)
	[ -n "$init" ] && [ -n "$done" ] && [ "$done" -gt "$init" ] || { echo "cov $init -> $done"; tail -5 log; return 1; }
	[ -z "$(ls crash-* leak-* timeout-* oom-* 2>/dev/null)" ]
}

t 'fuzz_number: seeds and 20 000 mutations, no crash' 'brief number 20000'
t 'fuzz_check: seeds and 20 000 mutations, no crash' 'brief check 20000'
t 'fuzz_csv: seeds and 2 000 mutations, no crash' 'brief csv 2000'
t 'fuzz_header: seeds and 100 mutations, no crash' 'brief header 100'
t_done
