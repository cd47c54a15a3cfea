#!/bin/sh
# Issue 18 follow-up (found by VG_PARTS=shell make check-valgrind, t0206):
# when the workbook could not be created (libxlsxwriter not opened),
# hk_out_open freed its output and then formatted the error with the path
# it held: a read after free, the message printed from freed memory.  Run
# here under valgrind in the plain pass (the ASan pass's own build traps
# it), since t0206, which meets the same path, runs in the plain pass only.
. "$(dirname "$0")/lib.sh"

# run CMD... under valgrind when the plain build is tested and valgrind is
# here (97: valgrind found an error), else as it is (ASan aborts on it;
# under tests/valgrind.sh HK is already valgrind's wrapper)
vg() {
	case $HK in */valgrind/bin/*) "$@"; return ;; esac
	if [ "${HK_PASS:-plain}" = plain ] && command -v valgrind >/dev/null 2>&1; then
		valgrind -q --error-exitcode=97 --log-file=vg.log "$@"
	else
		"$@"
	fi
}

t 'an XLSX output whose libxlsxwriter cannot be opened fails cleanly: exit 2, the message names the file, no read after free' '
	printf "%s\n" "name,type,area_m2" "A,住宅,1000" >b.csv &&
	HEATKIT_XLSXWRITER=/nonexistent/libxlsxwriter.so expect_code 2 vg "$HK" loadcalc --city 铜川 -o out.xlsx b.csv 2>err.txt &&
	grep -q "^out.xlsx: error: cannot create workbook: cannot open /nonexistent/libxlsxwriter.so" err.txt &&
	[ ! -e out.xlsx ] && { [ ! -s vg.log ] || { cat vg.log; false; }; }
'

t_done
