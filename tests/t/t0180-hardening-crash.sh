#!/bin/sh
# Issue 18: inputs that crashed heatkit or blew up its time or memory.
# Each bound is generous (a sanitized build on a busy machine) and still
# far below what the old code took.
. "$(dirname "$0")/lib.sh"

# peak RSS in kB of a command (GNU time), its exit code in $rc
rss() { /usr/bin/time -f %M -o rss.txt "$@"; rc=$?; kb=$(tail -1 rss.txt); }

t 'check: 20 000 nested parentheses are refused (exit 2, a message), not a stack overflow' '
	printf "key,value\na,0\n" >s.csv &&
	$PY -c "print(\"(\" * 20000 + \"a<1\" + \")\" * 20000)" >rule &&
	expect_code 2 "$HK" check s.csv "$(cat rule)" 2>err &&
	grep -q "nested too deeply" err && grep -q "at column 65:" err
'

t 'check: 64 levels of parentheses still evaluate (a<1 holds: exit 0)' '
	printf "key,value\na,0\n" >s.csv &&
	$PY -c "print(\"(\" * 64 + \"a<1\" + \")\" * 64)" >rule &&
	"$HK" check s.csv "$(cat rule)"
'

t 'check: a 10 MB summary (800 000 rows) keeps only the rows the rules name: < 60 MB peak, < 10 s, right verdict' '
	$PY -c "
import sys
w = sys.stdout.write
w(\"key,value\n\")
for i in range(800000): w(\"k%d,%d\n\" % (i, i))
w(\"design_load_kw,5\n\")" >big.csv &&
	[ "$(stat -c %s big.csv)" -gt 10000000 ] &&
	start=$(date +%s) &&
	rss "$HK" check big.csv "design_load_kw<=4 && k5==5 && k799999==799999" 2>err;
	[ "$rc" = 1 ] && grep -q "design_load_kw <= 4 (design_load_kw = 5)" err &&
	[ $(( $(date +%s) - start )) -lt 10 ] &&
	{ [ "$kb" -lt 60000 ] || { echo "peak $kb kB"; false; }; }
'
t_done
