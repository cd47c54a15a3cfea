#!/bin/sh
# Issue 18 #17-#23: no output replaces an input or a device, none leaves a
# temporary behind, none lets a warning into the table.
. "$(dirname "$0")/lib.sh"

mkb() { printf 'name,area_m2,index_w_m2\nA,100,50\n' >b.csv; }
notmp() { [ -z "$(ls -A | grep '\.tmp$')" ] || { ls -A; false; }; }

t 'loadcalc -o b.csv < b.csv: standard input is an input too (same device and inode): refused, b.csv kept' '
	mkb && cp b.csv keep &&
	expect_code 2 "$HK" loadcalc --city 57034 -o b.csv <b.csv 2>err &&
	grep -q "would overwrite the input <stdin>" err && cmp b.csv keep && notmp
'

t 'hpsize -o onto the heat-pump catalog it read (the installed data, by HEATKIT_DATA): refused, catalog kept' '
	mkdir -p d && cp -r "$TOP/data/equipment" "$TOP/data/climate" d/ && cp d/equipment/heat-pumps.csv keep &&
	"$HK" loadcalc --city 57034 --days "$TOP/templates/malan/days.csv" --profile -o p.csv "$TOP/templates/malan/buildings.csv" &&
	HEATKIT_DATA=$PWD/d expect_code 2 "$HK" hpsize --model LT-161 --city 铜川 -o d/equipment/heat-pumps.csv p.csv 2>err &&
	grep -q "would overwrite the input .*heat-pumps.csv" err && cmp d/equipment/heat-pumps.csv keep
'

t 'loadcalc -o onto cities.csv (found by HEATKIT_DATA, not named): refused, kept' '
	mkb && mkdir -p d && cp -r "$TOP/data/climate" d/ && cp d/climate/cities.csv keep &&
	HEATKIT_DATA=$PWD/d expect_code 2 "$HK" loadcalc --city 57034 -o d/climate/cities.csv b.csv 2>err &&
	grep -q "would overwrite the input .*cities.csv" err && cmp d/climate/cities.csv keep
'

t 'econ -o onto the default unit-prices.csv it read: refused, kept' '
	mkdir -p d && cp -r "$TOP/data/equipment" d/ && cp d/equipment/unit-prices.csv keep &&
	printf "scheme,day,days,cost_yuan\nA,d,10,100\nB,d,10,120\n" >d.csv &&
	printf "scheme,item,quantity\nA,tank_m3,10\nB,other_yuan,1000\n" >inv.csv &&
	HEATKIT_DATA=$PWD/d expect_code 2 "$HK" econ --invest inv.csv -o d/equipment/unit-prices.csv d.csv 2>err &&
	grep -q "would overwrite the input .*unit-prices.csv" err && cmp d/equipment/unit-prices.csv keep
'

t 'standard error closed (2>&-): econ'"'"'s warnings do not land in the output file' '
	printf "period,start,end,price_yuan_kwh\nvalley,00:00,12:00,0.3\npeak,12:00,24:00,0.8\n" >t.csv &&
	printf "day,start_h,dt_h,t_out_c,heat_load_kw,night,days,hp_heat_kw,hp_power_kw,power_kw,unmet_kw\nd,0,12,-5,100,1,10,100,40,50,0\nd,12,12,-5,120,0,10,110,44,30,5\n" >tk.csv &&
	"$HK" econ --tariff t.csv -o e.csv tk.csv 2>&- && ! grep -q warning e.csv &&
	"$HK" econ --tariff t.csv -o ref.csv tk.csv 2>/dev/null && cmp e.csv ref.csv
'

t '-o onto a FIFO writes through it; the FIFO stays a FIFO' '
	mkb && mkfifo ff && { timeout 20 cat ff >got & } &&
	"$HK" loadcalc --city 57034 -o ff b.csv && wait &&
	[ -p ff ] && "$HK" loadcalc --city 57034 b.csv >want && cmp got want && notmp
'

t '-o onto a symlink to a FIFO writes through; link and FIFO stay' '
	mkb && mkfifo ff && ln -s ff link && { timeout 20 cat ff >got & } &&
	"$HK" loadcalc --city 57034 -o link b.csv && wait &&
	[ -L link ] && [ -p ff ] && [ -s got ]
'

t '-o onto a character device (a null device made here, as root) writes through, the node stays' '
	mkb && if mknod nul c 1 3 2>/dev/null; then
		"$HK" loadcalc --city 57034 -o nul b.csv && [ -c nul ] &&
		ln -s nul l2 && "$HK" loadcalc --city 57034 -o l2 b.csv && [ -c nul ] && [ -L l2 ]
	else echo "not root: FIFO tests cover it"; fi
'

t '-o onto a symlink to a regular file replaces the file, the link stays a link' '
	mkb && echo old >real.csv && ln -s real.csv link.csv &&
	"$HK" loadcalc --city 57034 -o link.csv b.csv && [ -L link.csv ] &&
	grep -q "^A," real.csv && notmp
'

t 'a replaced file keeps its mode (0640 stays 0640, xlsx too); a new one gets 0666 less the umask' '
	mkb && echo old >m.csv && chmod 640 m.csv && echo old >m.xlsx && chmod 604 m.xlsx &&
	(umask 022 && "$HK" loadcalc --city 57034 -o m.csv b.csv && "$HK" loadcalc --city 57034 -o m.xlsx b.csv &&
	 "$HK" loadcalc --city 57034 -o new.csv b.csv) &&
	[ "$(stat -c %a m.csv)" = 640 ] && [ "$(stat -c %a m.xlsx)" = 604 ] && [ "$(stat -c %a new.csv)" = 644 ]
'

t 'SIGTERM while the output is open removes its temporary file' '
	mkfifo in && { { printf "name,area_m2,index_w_m2\n"; seq -f "B%.0f,100,50" 1 30000; sleep 3; } >in & } &&
	{ "$HK" loadcalc --city 57034 -o out.csv in & } && pid=$! &&
	i=0; while [ -z "$(ls -A | grep "\.tmp$")" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done;
	[ -n "$(ls -A | grep "\.tmp$")" ] && kill -TERM $pid; wait $pid; rc=$?;
	[ "$rc" = 143 ] && notmp && [ ! -e out.csv ]
'

t 'SIGHUP likewise (SIGINT too, but a background job of sh ignores it)' '
	mkfifo in && { { printf "name,area_m2,index_w_m2\n"; seq -f "B%.0f,100,50" 1 30000; sleep 3; } >in & } &&
	{ "$HK" loadcalc --city 57034 -o out.xlsx in & } && pid=$! &&
	i=0; while [ -z "$(ls -A | grep "\.tmp$")" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done;
	[ -n "$(ls -A | grep "\.tmp$")" ] && kill -HUP $pid; wait $pid;
	notmp && [ ! -e out.xlsx ]
'

t 'no writable temp directory: standard output is spooled in memory, so a bad row later leaves nothing on it' '
	printf "name,area_m2,index_w_m2\nA,100,50\nB,x,50\n" >bad.csv && mkb &&
	if unshare -m true 2>/dev/null; then
		# a read-only mount as TMPDIR, not over /tmp: the binary and the
		# files of this test may live under /tmp, in a clone there
		mkdir -p ro && unshare -m sh -c "mount -t tmpfs -o ro tmpfs ro && export TMPDIR=\"$PWD/ro\" &&
			\"$HK\" loadcalc --city 57034 bad.csv >out 2>err; echo \$? >rc;
			\"$HK\" loadcalc --city 57034 b.csv >good"
	else
		HK_TEST_NO_TMPFILE=1 "$HK" loadcalc --city 57034 bad.csv >out 2>err; echo $? >rc
		HK_TEST_NO_TMPFILE=1 "$HK" loadcalc --city 57034 b.csv >good
	fi &&
	[ "$(cat rc)" = 2 ] && [ ! -s out ] && grep -q "bad.csv:3:2" err &&
	"$HK" loadcalc --city 57034 b.csv >want && cmp good want
'
t 'init: a later file that cannot be made (README.md a directory there) leaves nothing copied, as its help says' '
	mkdir -p p/README.md &&
	expect_code 2 "$HK" init malan p >out 2>err &&
	grep -q "nothing was copied" err && [ "$(ls -A p)" = README.md ] && [ ! -s out ]
'
t_done
