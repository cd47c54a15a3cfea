#!/bin/sh
# tanksize off the Malan path (issue 13): the per-day table beside the
# dispatch, a tariff whose valley holds day hours, unmet heat, bad input.
# Expected values come from the paper's loads (2919 kW day, 1893.4 kW
# night, 86.0 kW per unit at -10 C) or are recomputed here from the
# hpsize profile, never from tanksize's own output.
. "$(dirname "$0")/lib.sh"
M="$TOP/templates/malan"

hp() { # the Malan profile through hpsize; $1 = extra hpsize options
	"$HK" loadcalc --city 57034 --days "$M/days.csv" --profile "$M/buildings.csv" >p.csv &&
	"$HK" hpsize --model LT-161 --city 铜川 $1 p.csv >hp.csv 2>/dev/null
}

t 'per day: the dispatch beside Table 1: the 50 % day cycles the whole tank, the 25 % day all its load outside the valley' '
	hp "" &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --per-day hp.csv >d.csv &&
	relnear "$(col d.csv 50% stored_kwh)" 9368 0.005 &&
	relnear "$(col d.csv 50% charged_kwh)" 11630 0.001 &&
	relnear "$(col d.csv 50% discharged_kwh)" 11630 0.001 &&
	relnear "$(col d.csv 25% charged_kwh)" "$(awk "BEGIN { print 0.25 * (2919 * 11.5 + 1893.4 * 4.5) }")" 0.005 &&
	relnear "$(col d.csv 100% charged_kwh)" 8245 0.005 &&
	near "$(col d.csv 100% unmet_kwh)" 0 0
'

t 'per day: the summary carries the dispatch figures beside Table 1 (cycled_kwh_dayN)' '
	hp "" &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary hp.csv >s.csv &&
	relnear "$(sumval s.csv stored_kwh_day3)" 9368 0.005 &&
	relnear "$(sumval s.csv cycled_kwh_day3)" 11630 0.001 &&
	[ "$(sumval s.csv dispatch)" = "least cost" ] && [ "$(sumval s.csv charge_in)" = valley ]
'

t 'per day: a 12-h valley holding morning hours: the units split and the capability describe the same hours' '
	hp "" &&
	"$HK" tanksize --tariff CN-SD-RES-TOU-T1-heating --volume 1000 --per-day hp.csv >d.csv &&
	for day in 100% 75% 50% 25%; do
		n=$(( $(col d.csv $day units_heating) + $(col d.csv $day units_storing) )) && [ $n = 34 ] &&
		q=$(col d.csv $day q_unit_kw) && l=$(col d.csv $day valley_load_kw) && h=$(col d.csv $day valley_h) &&
		relnear "$(col d.csv $day capability_kwh)" "$(awk "BEGIN { print (34 * $q - $l) * $h }")" 0.005 &&
		awk -v u="$(col d.csv $day units_heating)" -v l=$l -v q=$q \
			"BEGIN { x = l / q; exit !(u >= x - 0.005 * x - 1e-9 && u < x + 1) }" || exit 1
	done
'

# short PROFILE [DAY]: Σ (load − units·q_unit)⁺·dt_h·days over the profile, or
# Σ (load − units·q_unit)⁺·dt_h over one day's rows, from hpsize's columns
short() {
	awk -F, -v d="$2" 'NR == 1 { for (i = 1; i <= NF; i++) k[$i] = i; next }
		d == "" || $1 == d { u = $k["heat_load_kw"] - $k["units_total"] * $k["q_unit_kw"];
			if (u > 0) s += u * $k["dt_h"] * (d == "" ? $k["days"] : 1) }
		END { printf "%.6f\n", s }' "$1"
}

t 'unmet heat: 24 units cannot carry the 100 % day; reported per day and per year, warned, gated' '
	hp "--units 24" &&
	"$HK" tanksize --tariff shaanxi-malan --volume 0 --summary hp.csv >s0.csv 2>/dev/null &&
	base=$(short hp.csv "") &&
	relnear "$(sumval s0.csv unmet_kwh)" "$base" 0.001 &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary hp.csv >s.csv 2>err &&
	grep -q "kWh a year unmet" err &&
	day=$(short hp.csv 100%) &&
	relnear "$(sumval s.csv unmet_kwh_day1)" "$(awk "BEGIN { print $day - (24 * 86.0 - 1893.4) * 8 }")" 0.002 &&
	relnear "$(sumval s.csv unmet_kwh)" "$(awk "BEGIN { print $base - 28 * (24 * 86.0 - 1893.4) * 8 }")" 0.002 &&
	expect_code 1 "$HK" tanksize --tariff shaanxi-malan --volume 1000 --check "unmet_kwh<=0" --summary hp.csv >/dev/null 2>&1
'

t 'bad input: a tank smaller than one hour of the peak-period load exits 2 and writes nothing' '
	hp "" &&
	expect_code 2 "$HK" tanksize --tariff shaanxi-malan --volume 1 -o out.csv hp.csv 2>err &&
	grep -q "less than one hour" err && [ ! -e out.csv ] &&
	expect_code 2 "$HK" tanksize --tariff shaanxi-malan --volume 1000 --charge sometimes hp.csv 2>err &&
	grep -q "expected one of valley, any" err
'

t '--charge any may also charge in flat hours for a later peak, and never costs more than valley charging' '
	hp "--cop 2.06" &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary hp.csv >v.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --charge any --summary hp.csv >a.csv &&
	[ "$(sumval a.csv charge_in)" = any ] &&
	awk -v v="$(sumval v.csv annual_cost_yuan)" -v a="$(sumval a.csv annual_cost_yuan)" "BEGIN { exit !(a < v) }"
'
t 'per day: q_unit_kw is rounded once (4.346 kW prints 4.35, not 4.4 after a 2-decimal pipe)' '
	printf "name,type,area_m2,index_w_m2\nA,住宅,1000,40\n" >b.csv &&
	printf "name,t_out_c,days\nd,-10,10\n" >days.csv &&
	printf "t_out_c,k1\n-20,0.54325\n20,0.54325\n" >r.csv &&
	"$HK" loadcalc --t-design -10 --days days.csv --profile b.csv >p.csv &&
	"$HK" hpsize --rated-kw 10 --ratios r.csv --t-basis -10 --k2 0.8 --cop 2.5 p.csv >hp.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 10 --per-day hp.csv >d.csv &&
	[ "$(col d.csv d q_unit_kw)" = 4.35 ]
'
t 'defaults as data: a value typed equal to its default is reported as given, an untouched one with its source' '
	hp "" &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --rho-c 1.163 --summary hp.csv >g.csv &&
	"$HK" tanksize --tariff shaanxi-malan --volume 1000 --summary hp.csv >d.csv &&
	grep -q "^rho_c,1.1630,.*,--rho-c\$" g.csv && grep -q "^rho_c,1.1630,.*4.187/3.6" d.csv &&
	grep -q "^charge_in,valley,.*Malan paper" d.csv
'
t_done
