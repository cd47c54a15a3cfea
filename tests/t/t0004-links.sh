#!/bin/sh
# Links named after a command dispatch on argv[0]; make install installs
# binary, links, data and man pages.
. "$(dirname "$0")/lib.sh"

t 'a link named loadcalc runs loadcalc' '
	ln -s "$HK" loadcalc &&
	printf "name,area_m2,index_w_m2\nA,100,50\n" >b.csv &&
	./loadcalc b.csv >out && grep -q "^A,,,100.0,50.00,0,5.00,,,given in the input$" out
'
t 'the built links exist for every command' '
	for c in loadcalc hpsize tanksize borefield pumpselect econ; do
		[ -L "$(dirname "$HK")/$c" ] || { echo "no link $c"; exit 1; }
	done
'
t 'make install PREFIX installs binary, links, data and man pages that work' '
	make -s -C "$TOP" install PREFIX="$PWD/inst" >/dev/null &&
	[ -x inst/bin/heatkit ] && [ -L inst/bin/loadcalc ] &&
	[ -f inst/share/heatkit/data/climate/cities.csv ] &&
	[ -f inst/share/man/man1/heatkit-loadcalc.1 ] &&
	printf "name,area_m2,index_w_m2\nA,100,50\n" >b.csv &&
	HEATKIT_DATA= inst/bin/loadcalc --city 铜川 --summary b.csv >s.csv &&
	grep -q "^t_heating_c,-7.2," s.csv
'
t 'the data files pass their checker' '
	sh "$TOP/tools/check-data.sh" >/dev/null
'
t_done
