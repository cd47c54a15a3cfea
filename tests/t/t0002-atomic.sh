#!/bin/sh
# A failed run leaves no half-written file and keeps what was there.
. "$(dirname "$0")/lib.sh"

mkb() { printf 'name,area_m2,index_w_m2\nA,100,50\nB,200,50\nC,300,50\n' >b.csv; }

t 'a write failure (simulated full disk) exits 2 and leaves nothing' '
	mkb &&
	HK_FAIL_WRITE_AFTER=1 expect_code 2 "$HK" loadcalc -o out.csv b.csv 2>err &&
	grep -q "No space left on device" err &&
	[ ! -e out.csv ] && [ -z "$(ls -A | grep tmp)" ]
'

t 'a failed run keeps the previous output file intact' '
	mkb && echo previous >out.csv &&
	printf "name,area_m2,index_w_m2\nA,x,50\n" >bad.csv &&
	expect_code 2 "$HK" loadcalc -o out.csv bad.csv 2>/dev/null &&
	[ "$(cat out.csv)" = previous ] && [ -z "$(ls -A | grep tmp)" ]
'

t 'a failed xlsx run leaves nothing' '
	printf "name,area_m2,index_w_m2\nA,1,50\nB,-1,50\n" >bad.csv &&
	expect_code 2 "$HK" loadcalc -o out.xlsx bad.csv 2>/dev/null &&
	[ ! -e out.xlsx ] && [ -z "$(ls -A | grep tmp)" ]
'

t 'a line over 1 MB is refused with its line number' '
	{ echo "name,area_m2,index_w_m2"; head -c 1100000 /dev/zero | tr "\0" 1; echo ",1,1"; } >big.csv &&
	expect_code 2 "$HK" loadcalc -o out.csv big.csv 2>err &&
	grep -q "^big.csv:2:1: error: line too long" err && [ ! -e out.csv ]
'

t 'a full /dev/full stdout is an error, not a silent truncation' '
	mkb && expect_code 2 "$HK" loadcalc b.csv >/dev/full 2>err && grep -q "write" err
'
t_done
