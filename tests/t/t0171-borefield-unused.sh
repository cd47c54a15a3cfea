#!/bin/sh
# run: once
# borefield: options the run would not use are errors, never silence
# (issue 17 defect 3), where the loads decide it: --peak-hours with hourly
# loads, --eer with building loads that have no cooling.  Options that are
# used stay accepted.
. "$(dirname "$0")/lib.sh"
F="--k 2 --tg 12 --field 3x3 --spacing 6 --rb-star 0.12 --tf-min 0 --tf-max 30 --fast"
hourly() { # 8760 hours: 30 kW extraction in the first half, 20 kW injection after
	awk 'BEGIN { print "hour,ext_kw,inj_kw"; for (h = 0; h < 8760; h++) printf "%d,%d,%d\n", h, h < 4380 ? 30 : 0, h < 4380 ? 0 : 20 }' >"$1"
}
t '--peak-hours with hourly loads is an error naming the file; without it the hourly sizing runs' '
	hourly h.csv &&
	# shellcheck disable=SC2086
	expect_code 2 "$HK" borefield $F --peak-hours 8 --method L3 -o o.csv h.csv 2>err &&
	grep -q -- "--peak-hours with hourly loads (h.csv): the hours carry their own peaks; drop --peak-hours" err &&
	[ ! -e o.csv ] &&
	# shellcheck disable=SC2086
	"$HK" borefield $F --method L3 --summary h.csv >s.csv && [ -n "$(sumval s.csv depth_m)" ]
'
t '--eer with building loads that have heating only is an error; --cop on them is used' '
	printf "month,heat_kwh\n" >b.csv &&
	for m in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "$m,20000" >>b.csv; done &&
	# shellcheck disable=SC2086
	expect_code 2 "$HK" borefield $F --cop 4 --eer 5 -o o.csv b.csv 2>err &&
	grep -q -- "--eer with b.csv: no building cooling to turn into injection" err && [ ! -e o.csv ] &&
	# shellcheck disable=SC2086
	"$HK" borefield $F --cop 4 --summary b.csv >s.csv && [ -n "$(sumval s.csv depth_m)" ]
'
t_done
