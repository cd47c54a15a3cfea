#!/bin/sh
# run: once
# Start-up (issue 17): libxlsxwriter, with the libminizip, libcrypto and
# libz it needs, is opened at the first workbook (lib/xlsxdl.c), not at
# every start.  Linked, libcrypto's 21 000 relative relocations were most
# of `heatkit --help`'s 8.5 ms against 2.6 ms for /bin/true; opened late,
# --help takes 4.5 ms (bench/RESULTS.md, "Start-up (issue 17, wt-s)").
# Timings move with the machine's load; what the loader does does not, so
# this checks that: the libraries loaded and the relocations counted by
# the loader (LD_DEBUG, glibc), then that a workbook still opens them.
. "$(dirname "$0")/lib.sh"
loads() { # 12 months: extraction in winter, injection in summer
	awk 'BEGIN { print "month,ext_kwh,inj_kwh"; for (m = 1; m <= 12; m++) print m "," (m < 4 || m > 10 ? 20000 : 0) "," (m > 5 && m < 9 ? 10000 : 0) }' >"$1"
}
t '--help and a CSV run load no libxlsxwriter, libcrypto or libminizip' '
	LD_DEBUG=files "$HK" --help >/dev/null 2>err &&
	! grep -q "libxlsxwriter\|libcrypto\|libminizip" err &&
	loads l.csv &&
	LD_DEBUG=files "$HK" borefield --k 2 --tg 12 --field 2x2 --spacing 6 --rb-star 0.1 --tf-min 0 \
		--tf-max 30 --fast -o o.csv l.csv 2>err &&
	! grep -q "libxlsxwriter\|libcrypto\|libminizip" err && [ -s o.csv ]
'
t 'the loader relocates under 10 000 relative relocations at start-up (21 744 with libcrypto linked)' '
	LD_DEBUG=statistics "$HK" --help >/dev/null 2>err &&
	n=$(awk "/number of relative relocations:/ { print \$NF; exit }" err) &&
	[ -n "$n" ] && [ "$n" -lt 10000 ]
'
t '-o FILE.xlsx opens libxlsxwriter (dynamically) and writes a workbook openpyxl reads' '
	loads l.csv &&
	LD_DEBUG=files "$HK" borefield --k 2 --tg 12 --field 2x2 --spacing 6 --rb-star 0.1 --tf-min 0 \
		--tf-max 30 --fast -o o.xlsx l.csv 2>err &&
	grep -q "libxlsxwriter.so.*dynamically loaded by" err &&
	"$PY" -c "import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); sys.exit(0 if wb.sheetnames else 1)" o.xlsx
'
t 'a libxlsxwriter that cannot be opened (HEATKIT_XLSXWRITER): -o FILE.xlsx fails naming it and why, exit 2, nothing written; CSV still runs' '
	loads l.csv &&
	F="borefield --k 2 --tg 12 --field 2x2 --spacing 6 --rb-star 0.1 --tf-min 0 --tf-max 30 --fast" &&
	# shellcheck disable=SC2086
	HEATKIT_XLSXWRITER=/nonexistent/libxlsxwriter.so expect_code 2 "$HK" $F -o o.xlsx l.csv 2>err &&
	grep -q "error: cannot create workbook: cannot open /nonexistent/libxlsxwriter.so (.*): XLSX output needs libxlsxwriter" err &&
	[ ! -e o.xlsx ] &&
	# shellcheck disable=SC2086
	HEATKIT_XLSXWRITER=/nonexistent/libxlsxwriter.so "$HK" $F -o o.csv l.csv && [ -s o.csv ]
'
t_done
