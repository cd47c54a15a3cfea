#!/bin/sh
# run.sh - run every test: C unit tests, command cases (tests/cases/*.case)
# and shell tests (tests/t/*.sh), once with bin/heatkit and once with the
# ASan/UBSan build (build/asan), unless HK_SKIP_ASAN=1.  A shell test
# that checks what does not change with the build (docs, man pages, the
# README, the installer) says so in a line "# run: once" and runs in the
# plain pass only; so does a C unit test with a comment line " * run: once".
# A shell test marked "# run: fuzz" (t0182: the libFuzzer harnesses, a
# clang ASan/UBSan build of their own) runs in a lane of its own, "fuzz",
# after the plain pass, and like the sanitized pass not under
# HK_SKIP_ASAN=1 (make check-fast) unless HK_SKIP_FUZZ=0.
# Each suite's line gives its wall time and CPU time.
# Shell tests share fixtures (tests/fixtures/NAME.sh: outputs several tests
# read, made once per pass by the first that asks; tests/t/lib.sh
# `fixture`) in a directory per pass ($HK_FIX), removed at the end.
# usage: tests/run.sh [WORD...]: only the suites whose name has one of the
# words (t0160, test_catalog, cases), e.g. HK_SKIP_ASAN=1 sh tests/run.sh t01
# Ends with one line CI reads: "N passed, N failed".
set -u
LC_ALL=C.UTF-8; export LC_ALL
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0; fail=0; todo=0; failed=""

now() { date +%s.%N 2>/dev/null || date +%s; }
# wanted NAME: NAME is among the suites asked for (all when none was)
wanted() {
	[ -z "$words" ] && return 0
	for w in $words; do case $1 in *"$w"*) return 0 ;; esac; done
	return 1
}
words="$*"
# tally NAME LOGFILE RC: count the suite's lines and print its line, with
# one awk (a fork costs ~3 ms here and there are ~70 suites); its time
# runs from the previous tally (or the start of the pass) to now: wall,
# and CPU (user + sys of every process the suite waited for, from the
# shell's `times`; what to compare on a loaded machine)
tally() {
	t1=$(now)
	times >"$log.times"
	set -- "$1" "$2" "$3" $(awk -v rc="$3" -v a="$t0" -v b="$t1" -v c0="$c0" '
		function sec(s) { sub(/s$/, "", s); split(s, m, "m"); return m[1] * 60 + m[2] }
		FILENAME ~ /[.]times$/ { if (FNR == 2) c = sec($1) + sec($2); next }
		/^ok / && !/# TODO/ { p++ }
		/^not ok / && !/# TODO/ { f++ }
		/^not ok .*# TODO/ { k++ }
		END { if (rc != 0 && f == 0) f = -1; print p + 0, f + 0, k + 0, b - a, c - c0, c }' "$2" "$log.times")
	p=$4; f=$5; k=$6; t0=$t1; c0=$9
	if [ "$f" -lt 0 ]; then f=1; echo "not ok - $1 exited $3" >>"$2"; fi
	todo=$((todo + k))
	pass=$((pass + p)); fail=$((fail + f))
	if [ "$f" -ne 0 ]; then failed="$failed $1"; grep -A3 '^not ok' "$2" | grep -v '# TODO' | head -60; fi
	[ "$k" -ne 0 ] && grep -A1 '^not ok .*# TODO' "$2"
	printf '%-40s %4d passed %4d failed %6.1fs %6.1fs CPU\n' "$1" "$p" "$f" "$7" "$8"
}

# children_cpu FILE: the user + sys seconds of the children waited for, from
# the output of `times` in FILE
children_cpu() {
	awk 'function sec(s) { sub(/s$/, "", s); split(s, m, "m"); return m[1] * 60 + m[2] }
		NR == 2 { print sec($1) + sec($2) }' "$1"
}

run_suite() { # run_suite BUILDDIR BINDIR LABEL [MAKEARGS]
	bdir=$1; bin=$2; label=$3; HK_MAKE_ARGS=${4:-}; export HK_MAKE_ARGS
	HK_PASS=$label; export HK_PASS   # tests/t/lib.sh t_once reads it
	HK_FIX=$fix/$label; export HK_FIX   # tests/t/lib.sh fixture makes them there
	mkdir -p "$HK_FIX"
	log=$(mktemp)
	t0=$(now); times >"$log.times"
	c0=$(children_cpu "$log.times")
	for t in "$top/$bdir"/tests/test_*; do
		[ "$label" = fuzz ] && break
		[ -x "$t" ] || continue
		case $t in *.d) continue ;; esac
		# a unit test whose source says " * run: once" (a convergence
		# study over code the other unit tests and the cases run under
		# ASan too) runs in the plain pass only
		wanted "${t##*/}" || continue
		[ "$label" != plain ] && grep -q '^ \* run: once' "$top/tests/unit/${t##*/}.c" 2>/dev/null && continue
		(cd "$top" && "$t") >"$log" 2>&1; rc=$?
		tally "$label unit ${t##*/}" "$log" $rc
	done
	if [ "$label" != fuzz ] && wanted cases; then
		HK_BIN="$top/$bin/heatkit" bash "$top/tests/cases.sh" "$top"/tests/cases/*.case >"$log" 2>&1; rc=$?
		tally "$label cases" "$log" $rc
	fi
	for t in "$top"/tests/t/t*.sh; do
		[ -f "$t" ] || continue
		wanted "${t##*/}" || continue
		# its lanes, from its "# run:" line: once: plain; fuzz: fuzz;
		# none: plain and asan
		case $(grep -m1 -o '^# run: [a-z]*' "$t") in
		"# run: once") [ "$label" = plain ] ;;
		"# run: fuzz") [ "$label" = fuzz ] ;;
		*) [ "$label" != fuzz ] ;;
		esac || continue
		HK_BIN="$top/$bin/heatkit" HK_TOP="$top" sh "$t" >"$log" 2>&1; rc=$?
		tally "$label ${t##*/}" "$log" $rc
	done
	rm -f "$log" "$log.times"
	echo "$pass $fail $todo$failed" >"$counts"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99
# The passes run side by side (their tests share nothing but the source
# tree, which they only read), each into its own report, printed plain
# first.  HK_SERIAL=1 runs the plain and sanitized passes one after the
# other (the fuzz lane beside the second).
out=$(mktemp -d)
fix=$out/fixtures   # the passes' fixtures, read-only: made writable to go
py_pid=; pids=
trap 'py_stop; chmod -R u+w "$fix" 2>/dev/null; rm -rf "$out"' EXIT
# interrupted: the lanes stopped, and the EXIT trap stops the python server
trap 'kill $pids 2>/dev/null; exit 130' INT; trap 'kill $pids 2>/dev/null; exit 143' TERM
# The shell tests' python (PY, tests/t/lib.sh): tests/pyrun, a fork of one
# server that imported openpyxl once (tests/pyserve.py), for both passes;
# a python start with openpyxl is ~0.19 s of CPU, a fork ~0.02 s, and the
# tests start python ~155 times a pass.  Its children's CPU is counted
# when the server ends (py_stop: the line "python server"), not in the
# suites' lines.  Without the client or openpyxl, or with PY or
# HK_PYSERVE=0 set: python3 as before.
py_stop() {
	[ -n "$py_pid" ] || return 0
	kill "$py_pid" 2>/dev/null; wait "$py_pid" 2>/dev/null; py_pid=
}
if [ -z "${PY:-}" ] && [ "${HK_PYSERVE:-1}" != 0 ] && [ -x "$top/build/tests/pyrun" ] &&
	[ -x "${HK_PYTHON:=/usr/bin/python3}" ]; then
	HK_PYSOCK=$out/py.sock
	"$HK_PYTHON" "$top/tests/pyserve.py" "$HK_PYSOCK" </dev/null >"$out/py.log" 2>&1 &
	py_pid=$!
	while [ ! -S "$HK_PYSOCK" ] && kill -0 "$py_pid" 2>/dev/null; do sleep 0.05; done
	if [ -S "$HK_PYSOCK" ]; then
		PY=$top/build/tests/pyrun; export PY HK_PYSOCK HK_PYTHON
	else
		echo "# python server did not start (python3 runs each script):"; sed 's/^/#   /' "$out/py.log"
		py_stop
	fi
fi
passes=plain
# the fuzz lane runs after the plain pass, in its job: the sanitized pass,
# the longest, keeps a core to itself as before (a third job beside it
# slowed it by a third while the harnesses built and ran)
fuzz=0
[ "${HK_SKIP_FUZZ:-${HK_SKIP_ASAN:-0}}" != 1 ] && fuzz=1
{
	(counts=$out/plain.n; run_suite build bin "plain") >"$out/plain" 2>&1
	[ "$fuzz" = 1 ] && (counts=$out/fuzz.n; run_suite build bin "fuzz") >"$out/fuzz" 2>&1
} &
pids=$!
if [ "${HK_SKIP_ASAN:-0}" != 1 ]; then
	passes="plain asan"
	[ "${HK_SERIAL:-0}" = 1 ] && wait "$pids"
	(counts=$out/asan.n; run_suite build/asan build/asan/bin "asan" SANITIZE=1) >"$out/asan" 2>&1 &
	pids="$pids $!"
fi
[ "$fuzz" = 1 ] && passes="$passes fuzz"
# shellcheck disable=SC2086 # the passes' pids (not the python server's)
wait $pids
py_line=
if [ -n "$py_pid" ]; then
	times >"$out/py.times"; py_c0=$(children_cpu "$out/py.times")
	py_stop
	times >"$out/py.times"; py_c1=$(children_cpu "$out/py.times")
	py_line=$(awk -v a="$py_c0" -v b="$py_c1" \
		'BEGIN { printf "%-40s %26s %6.1fs CPU", "python server (the suites\047 python)", "", b - a }')
fi
for k in $passes; do
	cat "$out/$k"
	[ -s "$out/$k.n" ] || echo "0 1 0 $k-pass-did-not-finish" >"$out/$k.n"
	read -r p f k2 fl <"$out/$k.n"
	pass=$((pass + p)); fail=$((fail + f)); todo=$((todo + k2))
	[ -n "$fl" ] && failed="$failed $fl"
done
[ -n "$py_line" ] && echo "$py_line"
[ -n "$failed" ] && echo "failed:$failed"
[ "$todo" -ne 0 ] && echo "$todo known failures (TODO: tests kept at their tolerance that do not pass yet)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
