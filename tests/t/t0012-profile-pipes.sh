#!/bin/sh
# Profiles keep what they carry down the pipe (issue 13, point 8): full
# precision of t_out_c in CSV, a sheet named for its steps, day names kept
# as text in workbooks.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"

t 't_out_c of a default typical day is carried to 1e-6, and hpsize derates at it' '
	printf "name,area_m2,index_w_m2\nA,10000,50\n" >b.csv &&
	printf "t_out_c,k1,cop\n-10,0.5,2.5\n10,1.0,3.5\n" >r.csv &&
	"$HK" loadcalc --city 57034 --profile -o p.csv b.csv &&
	"$HK" hpsize --rated-kw 100 --ratios r.csv --t-basis -10 -o h.csv p.csv &&
	# 57034: t_heating -3.6 C; the cold day is -3.6 + (5 - -3.6)/3 = -0.733333 C
	# (lib/loads.c hk_typdays_default); K1 there = 0.5 + 0.5·(10 - 0.733333)/20
	near "$(col p.csv cold t_out_c)" -0.7333333 1e-6 &&
	near "$(col h.csv cold t_out_c)" -0.7333333 1e-6 &&
	near "$(col h.csv cold k1)" 0.7316667 0.00006
'

t_done
