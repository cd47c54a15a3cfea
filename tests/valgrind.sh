#!/bin/sh
# valgrind.sh - the test suite under valgrind memcheck (make check-valgrind):
# every C unit test, every command case (tests/cases/*.case) and the
# shell tests (tests/t/*.sh) -- VG_PARTS picks (default "unit cases
# shell"; the whole takes about an hour on 2 busy cores) -- each heatkit
# process run by valgrind through a wrapper given as HK_BIN.  Valgrind
# reports into build/valgrind/log/PID.log; an invalid read or write, a use
# of an uninitialised value, a bad free or a definite leak in any process
# is a failure (listed with its log), whatever the test's own verdict.
# Shell tests that compare or copy the binary itself (t0004, t0216: HK_BIN
# is the wrapper here, which runs the tree's binary wherever it is
# copied), that measure time or peak memory (t0180, t0211, t0212: valgrind
# multiplies both) and the fuzz harnesses (t0182: their own ASan build)
# are skipped here.  Ends with "N passed, N failed, N valgrind errors".
set -u
LC_ALL=C.UTF-8; export LC_ALL
top=$(cd "$(dirname "$0")/.." && pwd)
V=$top/build/valgrind
rm -rf "$V" && mkdir -p "$V/bin" "$V/log"
VG="valgrind --quiet --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --track-origins=no --num-callers=30 --log-file=$V/log/%p.log"
# the wrapper runs the plain build's binary under the name it was called
# by (bin/loadcalc is a link to heatkit: argv[0] picks the command)
cat >"$V/bin/heatkit" <<EOS
#!/bin/sh
exec $VG "$top/bin/\$(basename "\$0")" "\$@"
EOS
chmod +x "$V/bin/heatkit"
for c in $(ls "$top/bin"); do [ "$c" = heatkit ] || ln -s heatkit "$V/bin/$c"; done
pass=0; fail=0; failed=""
count() { # count LABEL LOG RC
	p=$(grep -c '^ok ' "$2"); f=$(grep -c '^not ok ' "$2")
	[ "$3" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	pass=$((pass + p)); fail=$((fail + f))
	[ "$f" -ne 0 ] && { failed="$failed $1"; grep -A3 '^not ok' "$2" | head -20; }
	printf '%-40s %4d passed %4d failed %6ds\n' "$1" "$p" "$f" $(( $(date +%s) - t0 ))
}
log=$(mktemp)
PARTS=${VG_PARTS:-unit cases shell}
case " $PARTS " in *" unit "*) ;; *) false ;; esac &&
for t in "$top"/build/tests/test_*; do
	case $t in *.d) continue ;; esac
	[ -x "$t" ] || continue
	t0=$(date +%s)
	(cd "$top" && $VG "$t") >"$log" 2>&1; count "unit ${t##*/}" "$log" $?
done
t0=$(date +%s)
case " $PARTS " in *" cases "*)
	HK_BIN="$V/bin/heatkit" bash "$top/tests/cases.sh" "$top"/tests/cases/*.case >"$log" 2>&1
	count cases "$log" $? ;;
esac
if case " $PARTS " in *" shell "*) true ;; *) false ;; esac; then
	for t in "$top"/tests/t/t*.sh; do
		case ${t##*/} in t0004-*|t0180-*|t0182-*|t0211-*|t0212-*|t0216-*) continue ;; esac
		t0=$(date +%s)
		HK_BIN="$V/bin/heatkit" HK_TOP="$top" sh "$t" >"$log" 2>&1; count "${t##*/}" "$log" $?
	done
fi
rm -f "$log"
# every process's report: with --quiet a log holds only what valgrind
# found (an error summary above 0, a definite leak), else a warning
bad=$(grep -lE 'ERROR SUMMARY: [1-9]|definitely lost|Invalid (read|write|free)|uninitialised' "$V"/log/*.log 2>/dev/null)
nbad=$(printf '%s' "$bad" | grep -c .)
nlogs=$(ls "$V/log" | wc -l)
for b in $bad; do echo "== $b"; grep -v '^==[0-9]*== *$' "$b" | head -40; done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed, $nbad valgrind errors ($nlogs processes checked)"
[ "$fail" -eq 0 ] && [ "$nbad" -eq 0 ]
