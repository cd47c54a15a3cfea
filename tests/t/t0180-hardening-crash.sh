#!/bin/sh
# Issue 18: inputs that crashed heatkit or blew up its time or memory.
# Each bound is generous (a sanitized build on a busy machine) and still
# far below what the old code took.
. "$(dirname "$0")/lib.sh"

# peak RSS in kB of a command (GNU time), its exit code in $rc
rss() { /usr/bin/time -f %M -o rss.txt "$@"; rc=$?; kb=$(tail -1 rss.txt); }

t 'check: 20 000 nested parentheses are refused (exit 2, a message), not a stack overflow' '
	printf "key,value\na,0\n" >s.csv &&
	awk "BEGIN { for (i = 0; i < 20000; i++) printf \"(\"; printf \"a<1\"; for (i = 0; i < 20000; i++) printf \")\"; print \"\" }" >rule &&
	expect_code 2 "$HK" check s.csv "$(cat rule)" 2>err &&
	grep -q "nested too deeply" err && grep -q "at column 65:" err
'

t 'check: 64 levels of parentheses still evaluate (a<1 holds: exit 0)' '
	printf "key,value\na,0\n" >s.csv &&
	awk "BEGIN { for (i = 0; i < 64; i++) printf \"(\"; printf \"a<1\"; for (i = 0; i < 64; i++) printf \")\"; print \"\" }" >rule &&
	"$HK" check s.csv "$(cat rule)"
'

t 'check: a 10 MB summary (800 000 rows) keeps only the rows the rules name: < 60 MB peak, < 10 s, right verdict' '
	awk "BEGIN { print \"key,value\"; for (i = 0; i < 800000; i++) printf \"k%d,%d\n\", i, i; print \"design_load_kw,5\" }" >big.csv &&
	[ "$(stat -c %s big.csv)" -gt 10000000 ] &&
	start=$(date +%s) &&
	rss "$HK" check big.csv "design_load_kw<=4 && k5==5 && k799999==799999" 2>err;
	[ "$rc" = 1 ] && grep -q "design_load_kw <= 4 (design_load_kw = 5)" err &&
	[ $(( $(date +%s) - start )) -lt 10 ] &&
	{ [ "$kb" -lt 60000 ] || { echo "peak $kb kB"; false; }; }
'
# seconds a command takes (whole seconds, rounded up), its exit in $rc
secs() { s0=$(date +%s%N); "$@"; rc=$?; el=$(( ($(date +%s%N) - s0 + 999999999) / 1000000000 )); }

# milliseconds a command takes, its exit in $rc
msecs() { s0=$(date +%s%N); "$@"; rc=$?; ms=$(( ($(date +%s%N) - s0) / 1000000 )); }
wide() { # wide N: a buildings file with N extra columns
	awk -v n="$1" 'BEGIN { printf "name,area_m2,index_w_m2"; for (i = 0; i < n; i++) printf ",c%d", i
		printf "\nA,100,50"; for (i = 0; i < n; i++) printf ",1"; print "" }'
}

t 'loadcalc: 100 000 header columns (889 kB) cost about 10 times 10 000 (linear), not 100 times (26 s before: a pairwise duplicate check)' '
	wide 10000 >w10.csv && wide 100000 >w100.csv &&
	msecs "$HK" loadcalc --city 57034 --summary -o s10.csv w10.csv && [ "$rc" = 0 ] && t10=$ms &&
	msecs "$HK" loadcalc --city 57034 --summary -o s100.csv w100.csv && [ "$rc" = 0 ] && t100=$ms &&
	echo "10k: $t10 ms, 100k: $t100 ms" &&
	[ "$t100" -le $((20 * t10 + 1500)) ] && [ "$t100" -lt 60000 ] &&
	[ "$(sumval s100.csv design_load_kw)" = 5.0 ]
'

t 'loadcalc: 100 000 header columns with a repeat at the end name the repeat and the first, fast' '
	awk "BEGIN { printf \"name,area_m2,index_w_m2\"; for (i = 0; i < 100000; i++) printf \",c%d\", i
		printf \",c7\nA,100,50\"; for (i = 0; i < 100001; i++) printf \",1\"; print \"\" }" >wide.csv &&
	secs "$HK" loadcalc --city 57034 wide.csv 2>err && [ "$rc" = 2 ] && [ "$el" -le 8 ] &&
	grep -q "^wide.csv:1:100004: error: duplicate column (c7): expected each column once (also column 11)" err
'

# each day stands for 0.001 days: a profile stands for a year at most (366 days)
t 'hpsize: 100 000 distinct day names in < 20 s (79 s before: each new day compared with every earlier one)' '
	awk "BEGIN { print \"day,start_h,dt_h,t_out_c,heat_load_kw,night,days\"; for (i = 0; i < 100000; i++) printf \"d%d,0,24,-5,100,0,0.001\n\", i }" >p.csv &&
	secs "$HK" hpsize --model LT-161 --city 铜川 -o hp.csv p.csv && [ "$rc" = 0 ] &&
	{ [ "$el" -le 20 ] || { echo "took $el s"; false; }; } &&
	[ "$(wc -l <hp.csv)" = 100001 ]
'

t 'hpsize: a day name that comes back after 99 998 others is still refused at its row' '
	awk "BEGIN { print \"day,start_h,dt_h,t_out_c,heat_load_kw,night,days\"; for (i = 0; i < 99999; i++) printf \"d%d,0,24,-5,100,0,0.001\n\", i
		print \"d3,0,24,-5,100,0,0.001\" }" >p.csv &&
	expect_code 2 "$HK" hpsize --model LT-161 --city 铜川 -o hp.csv p.csv 2>err &&
	grep -q "^p.csv:100001:1: error: day d3 appears again after other days" err && [ ! -e hp.csv ]
'
t 'loadcalc: a valid 1.3 MB file with CR-only line ends reads (it failed as one line over 1 MB), its last bad row at its true line' '
	awk "BEGIN { printf \"name,area_m2,index_w_m2\r\"; for (i = 0; i < 90000; i++) printf \"B%d,100,50\r\", i }" >cr.csv &&
	[ "$(stat -c %s cr.csv)" -gt 1100000 ] &&
	"$HK" loadcalc --city 57034 --summary -o s.csv cr.csv && [ "$(sumval s.csv buildings)" = 90000 ] &&
	printf "C,x,50\r" >>cr.csv &&
	expect_code 2 "$HK" loadcalc --city 57034 cr.csv 2>err >/dev/null &&
	grep -q "^cr.csv:90002:2: error: area_m2 is not a number (x)" err
'
t_done
