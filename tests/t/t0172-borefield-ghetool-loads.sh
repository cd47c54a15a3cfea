#!/bin/sh
# run: once
# borefield reads GHEtool's hourly geothermal load file as GHEtool does
# (HourlyGeothermalLoad.load_hourly_profile: "Heating;Cooling" in kW, ';'
# separated, a BOM as Excel saves it; Heating = ground extraction, Cooling
# = ground injection): the same field sized on it and on the equivalent
# heatkit file (hour,ext_kw,inj_kw) gets the same depth (issue 17).
. "$(dirname "$0")/lib.sh"
F="--k 2 --tg 12 --field 4x4 --spacing 6 --rb-star 0.12 --tf-min 0 --tf-max 30 --fast --summary"
# one year of hours: winter extraction, summer injection, a daily swing
gen() {
	awk -v fmt="$1" 'BEGIN {
		if (fmt == "hk") print "hour,ext_kw,inj_kw"
		else if (fmt == "gh") printf "\357\273\277Heating;Cooling\r\n"
		else printf "Cooling;Heating\n"
		for (h = 0; h < 8760; h++) {
			d = int(h / 24); s = (h % 24 >= 8 && h % 24 < 18) ? 1.5 : 0.6
			e = (d < 90 || d >= 300) ? 40 * s : 0; i = (d >= 150 && d < 250) ? 55 * s : 0
			if (fmt == "hk") printf "%d,%g,%g\n", h, e, i
			else if (fmt == "gh") printf "%g;%g\r\n", e, i
			else printf "%g;%g\n", i, e
		} }'
}
t 'a GHEtool Heating;Cooling file (BOM, CRLF) sizes the same depth as the heatkit hour,ext_kw,inj_kw file' '
	gen hk >hk.csv && gen gh >gh.csv && gen rev >rev.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $F hk.csv >a.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $F gh.csv >b.csv &&
	# shellcheck disable=SC2086
	"$HK" borefield $F rev.csv >c.csv &&
	d=$(sumval a.csv depth_m) && [ -n "$d" ] &&
	[ "$(sumval b.csv depth_m)" = "$d" ] && [ "$(sumval c.csv depth_m)" = "$d" ] &&
	[ "$(sumval b.csv annual_ext_kwh)" = "$(sumval a.csv annual_ext_kwh)" ] &&
	grep -q "^loads,gh.csv,,loads,\"GHEtool hourly file (Heating;Cooling, kW): Heating = ground extraction, Cooling = ground injection" b.csv &&
	grep -q "Cooling;Heating, kW" c.csv
'
t 'GHEtool files: --cop is refused (its loads are ground loads), a bad number is located, a short file says how many hours' '
	gen gh >gh.csv &&
	# shellcheck disable=SC2086
	expect_code 2 "$HK" borefield $F --cop 4 -o o.csv gh.csv 2>err && grep -q -- "--cop with gh.csv" err &&
	[ ! -e o.csv ] &&
	sed "5s/.*/12;x/" gh.csv >bad.csv &&
	# shellcheck disable=SC2086
	expect_code 2 "$HK" borefield $F bad.csv 2>err && grep -q "bad.csv:5:2: error: Cooling (x): expected a ground load >= 0 kW" err &&
	head -n 100 gh.csv >short.csv &&
	# shellcheck disable=SC2086
	expect_code 2 "$HK" borefield $F short.csv 2>err && grep -q "99 hours of loads: expected 8760" err
'
t_done
