#!/bin/sh
# run.sh - run every test: C unit tests, command cases (tests/cases/*.case)
# and shell tests (tests/t/*.sh), once with bin/heatkit and once with the
# ASan/UBSan build (build/asan), unless HK_SKIP_ASAN=1.  A shell test
# that checks what does not change with the build (docs, man pages, the
# README, the installer) says so in a line "# run: once" and runs in the
# plain pass only.  Each suite's line gives its wall time.
# Ends with one line CI reads: "N passed, N failed".
set -u
LC_ALL=C.UTF-8; export LC_ALL
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0; fail=0; todo=0; failed=""

now() { date +%s.%N 2>/dev/null || date +%s; }
tally() { # tally NAME LOGFILE RC START
	p=$(grep '^ok ' "$2" | grep -vc '# TODO' || true)
	f=$(grep '^not ok ' "$2" | grep -vc '# TODO' || true)
	k=$(grep -c '^not ok .*# TODO' "$2" || true)
	todo=$((todo + k))
	if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "not ok - $1 exited $3" >>"$2"; fi
	pass=$((pass + p)); fail=$((fail + f))
	if [ "$f" -ne 0 ]; then failed="$failed $1"; grep -A3 '^not ok' "$2" | grep -v '# TODO' | head -60; fi
	[ "$k" -ne 0 ] && grep -A1 '^not ok .*# TODO' "$2"
	printf '%-40s %4d passed %4d failed %6.1fs\n' "$1" "$p" "$f" \
		"$(awk -v a="$4" -v b="$(now)" 'BEGIN { print b - a }')"
}

run_suite() { # run_suite BUILDDIR BINDIR LABEL [MAKEARGS]
	bdir=$1; bin=$2; label=$3; HK_MAKE_ARGS=${4:-}; export HK_MAKE_ARGS
	log=$(mktemp)
	for t in "$top/$bdir"/tests/test_*; do
		[ -x "$t" ] || continue
		case $t in *.d) continue ;; esac
		t0=$(now)
		(cd "$top" && "$t") >"$log" 2>&1; rc=$?
		tally "$label unit $(basename "$t")" "$log" $rc "$t0"
	done
	t0=$(now)
	HK_BIN="$top/$bin/heatkit" bash "$top/tests/cases.sh" "$top"/tests/cases/*.case >"$log" 2>&1; rc=$?
	tally "$label cases" "$log" $rc "$t0"
	for t in "$top"/tests/t/t*.sh; do
		[ -f "$t" ] || continue
		[ "$label" != plain ] && grep -q '^# run: once' "$t" && continue
		t0=$(now)
		HK_BIN="$top/$bin/heatkit" HK_TOP="$top" sh "$t" >"$log" 2>&1; rc=$?
		tally "$label $(basename "$t")" "$log" $rc "$t0"
	done
	rm -f "$log"
	echo "$pass $fail $todo$failed" >"$counts"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99
# The two passes run side by side (their tests share nothing but the
# source tree, which they only read), each into its own report, printed
# plain first.  HK_SERIAL=1 runs them one after the other.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passes=plain
(counts=$out/plain.n; run_suite build bin "plain") >"$out/plain" 2>&1 &
if [ "${HK_SKIP_ASAN:-0}" != 1 ]; then
	passes="plain asan"
	[ "${HK_SERIAL:-0}" = 1 ] && wait
	(counts=$out/asan.n; run_suite build/asan build/asan/bin "asan" SANITIZE=1) >"$out/asan" 2>&1 &
fi
wait
for k in $passes; do
	cat "$out/$k"
	[ -s "$out/$k.n" ] || echo "0 1 0 $k-pass-did-not-finish" >"$out/$k.n"
	read -r p f k2 fl <"$out/$k.n"
	pass=$((pass + p)); fail=$((fail + f)); todo=$((todo + k2))
	[ -n "$fl" ] && failed="$failed $fl"
done
[ -n "$failed" ] && echo "failed:$failed"
[ "$todo" -ne 0 ] && echo "$todo known failures (TODO: tests kept at their tolerance that do not pass yet)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
