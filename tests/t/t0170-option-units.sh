#!/bin/sh
# run: once
# Number options with explicit units (issue 17 defect 1, issue 18 defect 8):
# the same value typed in another unit of its dimension gives the same
# result, and a percent sign is a fraction only where the option's unit is
# one.  The expected equalities are unit definitions (SI; 1 kWh = 3.6 MJ),
# never heatkit's own numbers.
. "$(dirname "$0")/lib.sh"
D="$TOP/tests/data"
BF="--k 3.5 --tg 10 --field 12x10 --spacing 6.5 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 --fast --summary"

t 'borefield: --rho-c 2.4 = 2400kJ/m3K = 2.4e6J/m3K = 2.4MJ/m3K (GHEtool SI input accepted with its unit)' '
	# shellcheck disable=SC2086
	"$HK" borefield $BF --rho-c 2.4 "$D/peere-a1.csv" >a.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $BF --rho-c 2400kJ/m3K "$D/peere-a1.csv" >b.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $BF --rho-c 2.4e6J/m3K "$D/peere-a1.csv" >c.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $BF --rho-c "2.4 MJ/m3K" "$D/peere-a1.csv" >d.csv &&
	a=$(sumval a.csv depth_m) && [ -n "$a" ] &&
	[ "$(sumval b.csv depth_m)" = "$a" ] && [ "$(sumval c.csv depth_m)" = "$a" ] &&
	[ "$(sumval d.csv depth_m)" = "$a" ]
'
t 'borefield: --tg 283.15K = --tg 10 (kelvin by its offset), --rb 75mm = --rb 0.075' '
	# shellcheck disable=SC2086
	"$HK" borefield $BF --rb 0.075 "$D/peere-a1.csv" >a.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield ${BF#--k 3.5 --tg 10} --k 3.5 --tg 283.15K --rb 75mm "$D/peere-a1.csv" >b.csv &&
	[ "$(sumval a.csv depth_m)" = "$(sumval b.csv depth_m)" ] &&
	[ "$(sumval a.csv tf_min_c)" = "$(sumval b.csv tf_min_c)" ]
'
t 'pumpselect --eff 75% is 75 % (its unit is %), not 0.75 %' '
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --main-length 1500 --load 2720 --eff 75 --summary >a.csv &&
	"$HK" pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --main-length 1500 --load 2720 --eff 75% --summary >b.csv &&
	cmp a.csv b.csv
'
t 'a percent sign on an option that is no fraction is an error naming it (loadcalc --t-in, borefield --years)' '
	printf "name,area_m2,index_w_m2\nA,1000,45\n" >b.csv &&
	expect_code 2 "$HK" loadcalc --city 铜川 --t-in 50% -o o.csv b.csv 2>err &&
	grep -q -- "--t-in (50%): a percent sign is only for a fraction" err && [ ! -e o.csv ] &&
	expect_code 2 "$HK" borefield $BF --years 100% "$D/peere-a1.csv" 2>err &&
	grep -q -- "--years (100%): expected a whole number" err
'
t 'a fraction option takes % and 1 alike (borefield --imbalance-max 20% = 0.2)' '
	# shellcheck disable=SC2086
	"$HK" borefield $BF --imbalance-max 0.2 "$D/peere-a1.csv" >a.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $BF --imbalance-max 20% "$D/peere-a1.csv" >b.csv &&
	cmp a.csv b.csv
'
t_done
