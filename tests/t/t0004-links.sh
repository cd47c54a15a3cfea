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
# HK_MAKE_ARGS (from tests/run.sh: SANITIZE=1 in the ASan pass) makes the
# install take the binary under test; DESTDIR stages it under the default
# prefix, so nothing is rebuilt and the source tree is left as it was.
t 'make install DESTDIR installs this binary, links, data and man pages that work, compiling nothing' '
	before=$(ls -l --time-style=+%s.%N "$HK") &&
	make -C "$TOP" install DESTDIR="$PWD/inst" ${HK_MAKE_ARGS:-} >log 2>&1 &&
	if grep -E "^ +(CC|LD) " log; then echo "make install compiled"; exit 1; fi &&
	[ "$(ls -l --time-style=+%s.%N "$HK")" = "$before" ] &&
	p=inst/usr/local &&
	cmp "$HK" $p/bin/heatkit && [ -x $p/bin/heatkit ] && [ -L $p/bin/loadcalc ] &&
	[ -f $p/share/heatkit/data/climate/cities.csv ] &&
	[ -f $p/share/heatkit/templates/malan/buildings.csv ] &&
	[ -f $p/share/man/man1/heatkit-loadcalc.1 ] &&
	printf "name,area_m2,index_w_m2\nA,100,50\n" >b.csv &&
	HEATKIT_DATA= $p/bin/loadcalc --city 铜川 --summary b.csv >s.csv &&
	grep -q "^t_heating_c,-7.2," s.csv
'
t 'the data files pass their checker' '
	sh "$TOP/tools/check-data.sh" >/dev/null
'
t_done
