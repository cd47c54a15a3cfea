#!/bin/sh
# heatkit init: a template becomes a project whose Makefile runs the chain.
. "$(dirname "$0")/lib.sh"

t 'init malan, then make runs the pipeline and make check passes' '
	"$HK" init malan p >out &&
	[ "$(head -n1 out)" = p/Makefile ] &&
	make -s -C p HEATKIT="$HK" >/dev/null 2>&1 &&
	[ -s p/malan.xlsx ] && [ -s p/tank-per-day.csv ] &&
	grep -q "^100%,28,-10.0,1893.4,86.00,22,12," p/tank-per-day.csv &&
	make -s -C p HEATKIT="$HK" check >/dev/null 2>&1
'
t 'init never overwrites: a second init exits 2 and leaves the files as they were' '
	"$HK" init malan p >/dev/null && echo mine >>p/buildings.csv &&
	expect_code 2 "$HK" init malan p 2>err && grep -q "exists" err &&
	[ "$(tail -n1 p/buildings.csv)" = mine ]
'
t 'an unknown template exits 2' '
	expect_code 2 "$HK" init nosuch p 2>err && grep -q "unknown template (nosuch)" err && [ ! -e p ]
'
t_done
