#!/bin/sh
# Output files get the mode a plain open(path, O_CREAT, 0666) would give
# under the user's umask, not mkstemp's 0600 (issue 13, point 6).
. "$(dirname "$0")/lib.sh"

mkb() { printf 'name,area_m2,index_w_m2\nA,100,50\n' >b.csv; }

t 'umask 022: -o out.csv and -o out.xlsx are 0644' '
	mkb &&
	(umask 022 && "$HK" loadcalc -o out.csv b.csv && "$HK" loadcalc -o out.xlsx b.csv) &&
	[ "$(stat -c %a out.csv)" = 644 ] && [ "$(stat -c %a out.xlsx)" = 644 ]
'

t 'umask 077: -o out.csv and -o out.xlsx are 0600' '
	mkb &&
	(umask 077 && "$HK" loadcalc -o out.csv b.csv && "$HK" loadcalc -o out.xlsx b.csv) &&
	[ "$(stat -c %a out.csv)" = 600 ] && [ "$(stat -c %a out.xlsx)" = 600 ]
'
t_done
