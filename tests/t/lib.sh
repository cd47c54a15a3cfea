# lib.sh - helpers for shell tests (git's t/test-lib.sh, much smaller).
# A test file sources this, then calls `t 'title' 'commands'` per test; the
# commands run in a fresh temp dir with `set -e`-like && chains.
# $HK is the heatkit binary; $TOP the source tree.  Never pipe $HK inside
# an assertion: run it, then look at $? and the files.
set -u
LC_ALL=C.UTF-8; export LC_ALL
HK=${HK_BIN:?}; TOP=${HK_TOP:?}
PY=/usr/bin/python3
t_n=0; t_fail=0
t() { # t TITLE SCRIPT
	t_n=$((t_n + 1))
	t_dir=$(mktemp -d)
	if (cd "$t_dir" && eval "$2") >"$t_dir.log" 2>&1; then
		echo "ok $t_n - $1"
	else
		t_fail=$((t_fail + 1))
		echo "not ok $t_n - $1"
		sed 's/^/#   /' "$t_dir.log" | tail -20
	fi
	rm -rf "$t_dir" "$t_dir.log"
}
# t_once TITLE SCRIPT: t, in the plain pass only (HK_PASS from run.sh):
# for a test whose heatkit runs another test repeats in every pass, so
# the sanitized pass would only check the same outputs again; the skip
# is a comment line, not an ok
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
t_done() { [ "$t_fail" -eq 0 ]; }
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
