# lib.sh - helpers for shell tests (git's t/test-lib.sh, much smaller).
# A test file sources this, then calls `t 'title' 'commands'` per test; the
# commands run in a fresh temp dir with `set -e`-like && chains.
# $HK is the heatkit binary; $TOP the source tree.  Never pipe $HK inside
# an assertion: run it, then look at $? and the files.
set -u
LC_ALL=C.UTF-8; export LC_ALL
HK=${HK_BIN:?}; TOP=${HK_TOP:?}
PY=${PY:-/usr/bin/python3}
t_n=0; t_fail=0
# the shared fixtures' directory (see fixture below): run.sh gives one per
# pass; a test run alone makes its own, removed when it ends (t_cleanup)
t_own_fix=
if [ -z "${HK_FIX:-}" ]; then
	HK_FIX=$(mktemp -d); export HK_FIX; t_own_fix=$HK_FIX
fi
# t_cleanup: remove what lib.sh made (a test that sets its own EXIT trap
# calls it there; t_done calls it too)
t_own_dirs=
t_cleanup() {
	for t_d in "$t_own_dirs" "$t_own_fix"; do
		[ -n "$t_d" ] && [ -d "$t_d" ] && chmod -R u+w "$t_d" && rm -rf "$t_d"
	done
	return 0
}
trap t_cleanup EXIT
# fixture NAME: print the directory of the shared fixture NAME: the files
# tests/fixtures/NAME.sh makes with $HK (the Malan chain's outputs, the
# Malan project built by its Makefile, ...), made once per pass by the
# first test that asks, in $HK_FIX/NAME, and read-only from then on (copy
# a file, or the directory, to change it).  Its expected numbers are still
# each test's own: a fixture holds heatkit's outputs, never a value to
# compare against.  On failure: the fixture's log on stderr, status 1.
fixture() {
	fx=$HK_FIX/$1
	[ -e "$fx/.made" ] && { echo "$fx"; return 0; }
	rm -rf "$fx" && mkdir -p "$fx" &&
		if (cd "$fx" && HK="$HK" TOP="$TOP" sh "$TOP/tests/fixtures/$1.sh") >"$HK_FIX/$1.log" 2>&1; then
			: >"$fx/.made" && chmod -R a-w "$fx" && echo "$fx"
		else
			echo "fixture $1 failed:" >&2; tail -20 "$HK_FIX/$1.log" >&2; rm -rf "$fx"; return 1
		fi
}
# t TITLE SCRIPT: run SCRIPT in a fresh empty directory, in a subshell,
# its output kept for the report if it fails.  The directories are made
# 64 at a time under one per file ($t_base), and the finished ones removed
# at the next batch and at the end: a mktemp, an rm and a mkdir per test
# were three processes, 6.8 ms of CPU a test here against 1.8 now (about
# 2 s over the ~350 shell tests of a pass)
t_base=; t_made=0
t() { # t TITLE SCRIPT
	t_n=$((t_n + 1))
	if [ "$t_n" -gt "$t_made" ]; then
		[ -n "$t_base" ] || { t_base=$(mktemp -d) && t_own_dirs=$t_base; } || return 1
		t_old=; t_new=; t_i=$((t_made - 63)); [ "$t_i" -lt 1 ] && t_i=1
		while [ "$t_i" -le "$t_made" ]; do t_old="$t_old $t_base/$t_i $t_base/$t_i.log"; t_i=$((t_i + 1)); done
		while [ "$t_i" -lt $((t_n + 64)) ]; do t_new="$t_new $t_base/$t_i"; t_i=$((t_i + 1)); done
		# shellcheck disable=SC2086 # the lists are words: paths without spaces
		[ -z "$t_old" ] || rm -rf $t_old
		mkdir -p $t_new || return 1
		t_made=$((t_n + 63))
	fi
	t_dir=$t_base/$t_n
	if (cd "$t_dir" && eval "$2") >"$t_dir.log" 2>&1; then
		echo "ok $t_n - $1"
	else
		t_fail=$((t_fail + 1))
		echo "not ok $t_n - $1"
		sed 's/^/#   /' "$t_dir.log" | tail -20
	fi
}
# t_once TITLE SCRIPT: t, in the plain pass only (HK_PASS from run.sh):
# for a test whose heatkit runs another test repeats in every pass, so
# the sanitized pass would only check the same outputs again; and for a
# test that runs no heatkit, only reads what the file or a fixture made
# (the sanitized pass still makes that, under its sanitizers; reading it
# again with python or gnumeric checks nothing the plain pass did not).
# The skip is a comment line, not an ok
t_once() {
	case ${HK_PASS:-plain} in
	plain) t "$@" ;;
	*) echo "# skipped in the ${HK_PASS} pass (plain only): $1" ;;
	esac
}
# expect_code N CMD...: run CMD, fail unless it exits N
expect_code() {
	want=$1; shift
	"$@"; got=$?
	[ "$got" -eq "$want" ] || { echo "exit $got, expected $want: $*"; return 1; }
}
t_done() { t_cleanup; [ "$t_fail" -eq 0 ]; }
# near GOT WANT TOL: |GOT − WANT| <= TOL (absolute); relnear GOT WANT RTOL
near() {
	awk -v g="$1" -v w="$2" -v t="$3" 'BEGIN { d = g - w; if (d < 0) d = -d;
		if (g == "" || d > t) { printf "got %s, want %s ± %s\n", g, w, t; exit 1 } }'
}
relnear() {
	awk -v g="$1" -v w="$2" -v t="$3" 'BEGIN { d = (g - w) / w; if (d < 0) d = -d;
		if (g == "" || d > t) { printf "got %s, want %s ± %s%%\n", g, w, t * 100; exit 1 } }'
}
# sumval FILE KEY: the value of KEY in a summary CSV
sumval() { awk -F, -v k="$2" '$1 == k { print $2; exit }' "$1"; }
# col FILE ROWKEY COLNAME: field COLNAME of the row whose first field is ROWKEY
col() {
	awk -F, -v r="$2" -v c="$3" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i; next }
		$1 == r { print $k; exit }' "$1"
}
