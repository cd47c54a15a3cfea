#!/bin/sh
# Issue 18 follow-up: report's pump groups.  One pumpselect summary given
# twice (under two names) was listed and priced twice in 设备表, exit 0;
# one LABEL= on two groups named neither; a label over 127 bytes was cut.
# Each is refused, exit 2, and no workbook appears.
. "$(dirname "$0")/lib.sh"

pumps() {
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary -o p1.csv &&
	"$HK" pumpselect --flow 120 --head 20 --duty 2 --standby 1 --summary -o p2.csv
}

t 'report: one pump summary given twice (p1.csv, ./p1.csv) is refused, no workbook' '
	pumps && expect_code 2 "$HK" report -o r.xlsx p1.csv ./p1.csv 2>err.txt &&
	grep -qx "./p1.csv: error: pump group given twice (also as p1.csv): expected each pumpselect summary once (it would be listed and priced twice)" err.txt &&
	[ ! -e r.xlsx ]
'

t 'report: one pump summary through a symbolic link is the same file, refused' '
	pumps && ln -s p1.csv link.csv && expect_code 2 "$HK" report -o r.xlsx 热源泵=p1.csv 蓄热泵=link.csv 2>err.txt &&
	grep -q "^link.csv: error: pump group given twice (also as p1.csv)" err.txt && [ ! -e r.xlsx ]
'

t 'report: one label on two pump groups is refused, no workbook' '
	pumps && expect_code 2 "$HK" report -o r.xlsx A=p1.csv A=p2.csv 2>err.txt &&
	grep -qx "p2.csv: error: pump group label A twice (also p1.csv): expected a label of its own for each group" err.txt &&
	[ ! -e r.xlsx ]
'

t 'report: a label of 200 bytes is refused, not cut to 127' '
	pumps && l=$(printf "%0200d" 0) && expect_code 2 "$HK" report -o r.xlsx "$l=p1.csv" 2>err.txt &&
	grep -q "label of 200 bytes (0000000000000000000000000000000000000000...): expected at most 127 bytes before the" err.txt &&
	[ ! -e r.xlsx ]
'

t 'report: two groups under their own labels still make a workbook' '
	pumps && "$HK" report -o r.xlsx 热源泵=p1.csv 蓄热泵=p2.csv && [ -s r.xlsx ]
'

t_done
