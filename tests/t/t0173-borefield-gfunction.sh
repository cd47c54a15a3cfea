#!/bin/sh
# run: once
# borefield --gfunction: a field's g-function as CSV (issue 17).  Its values
# against converged solutions are checked in tests/unit/test_gferror.c
# (10 x 10 and 20 x 20, within the error estimate printed here); this
# checks the command: 33 rows to --years, ln(t/ts) with ts = H^2/(9 alpha)
# worked by hand, g rising, UHTR above UBWT at long times (Cimmino & Bernier
# 2014, fig. 4: a uniform wall temperature draws less from the inner
# boreholes), the summary's method and error, and bad use.
. "$(dirname "$0")/lib.sh"
G="--gfunction --depth 100 --buried 4 --rb 0.075 --k 2 --rho-c 2"
t '10 x 10 and 20 x 20: 33 times to 20 years, ln(t/ts) by hand (ts = 100^2/(9 x 1e-6) s), g rising, error estimate printed' '
	for f in 10x10 20x20; do
		# shellcheck disable=SC2086
		"$HK" borefield $G --field $f --spacing 5 >g.csv &&
		# shellcheck disable=SC2086
		"$HK" borefield $G --field $f --spacing 5 --summary >s.csv &&
		[ "$(wc -l <g.csv)" -eq 34 ] &&
		awk -F, "NR > 1 { ts = 100 * 100 / (9 * 1e-6); d = log(\$2 / ts) - \$1; tol = 0.5 / \$2 + 1e-6; if (d < -tol || d > tol) exit 1;
			if (NR > 2 && !(\$4 > g)) exit 1; g = \$4; t = \$3 } END { if (t != 20) exit 1 }" g.csv &&
		e=$(sumval s.csv g_error_pct) && awk -v e="$e" "BEGIN { exit !(e > 0 && e < 2) }" &&
		[ "$(sumval s.csv g_last)" = "$(awk -F, "END { printf \"%.4f\", \$4 }" g.csv)" ] &&
		grep -q "^g_method,\"UBWT, 8 segments, .* exact symmetry classes, 33 geometric times from 1 h + Richardson\"" s.csv || return 1
	done
'
t '--uhtr: g above the UBWT one at 20 years on a 6 x 6 field; its error "not estimated"' '
	# shellcheck disable=SC2086
	"$HK" borefield $G --field 6x6 --spacing 5 >a.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $G --field 6x6 --spacing 5 --uhtr >b.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $G --field 6x6 --spacing 5 --uhtr --summary >s.csv &&
	awk -F, "NR == FNR { a = \$4; next } { b = \$4 } END { exit !(b > a) }" a.csv b.csv &&
	grep -q "^g_error_pct,not estimated" s.csv
'
t 'bad use: no --depth, loads given, --rb-star, --uhtr without --gfunction: exit 2' '
	expect_code 2 "$HK" borefield --gfunction --field 3x3 --spacing 5 --k 2 2>err && grep -q "needs --depth M" err &&
	: >l.csv && expect_code 2 "$HK" borefield $G --field 3x3 --spacing 5 l.csv 2>err && grep -q "and no loads" err &&
	expect_code 2 "$HK" borefield $G --field 3x3 --spacing 5 --rb-star 0.1 2>err && grep -q "needs no borehole resistance" err &&
	expect_code 2 "$HK" borefield --uhtr --k 2 --tg 10 --field 3x3 --spacing 5 --rb-star 0.1 l.csv 2>err &&
	grep -q -- "--uhtr is for --gfunction" err
'
t_done
