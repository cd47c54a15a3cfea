#!/bin/sh
# heatkit init malan: make operate runs the season study on the buildings'
# own terminals (buildings.csv: radiators 45/35 C [ASSUMED], carried as the
# profile's terminal_mix), and make check gates it.  The same figures come
# from operate given the terminals by hand (--terminal radiator --supply 45
# --return 35) on the profile of the same buildings without the column, and
# the primary pumps from pumpselect at the flow the test computes:
# 34 units x 0.86 x 112 kW / 10 K = 327.488 m3/h (G = 0.86 Q/dT).
. "$(dirname "$0")/lib.sh"

t_once 'make operate: the buildings terminals, the same season as --terminal by hand; make check passes' '
	"$HK" init malan p >/dev/null &&
	make -s -C p HEATKIT="$HK" operate operate-summary.csv >/dev/null 2>&1 &&
	grep -Eq "^terminal,radiator,,terminal type,\"?the profile.s terminal_mix radiator=1:45/35" p/operate-summary.csv &&
	grep -v "^#" p/buildings.csv | cut -d, -f1-5 >plain.csv &&
	"$HK" loadcalc --city 57034 --days p/days.csv --profile plain.csv >lc.csv &&
	! grep -q terminal_mix lc.csv &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 lc.csv >hp.csv &&
	flow=$(awk "BEGIN { print 34 * 0.86 * 112 / 10 }") &&
	"$HK" pumpselect --flow "$flow" --head 30 --duty 2 --summary >pump.csv &&
	grep -q "^pump_model,TD125-37.5/2," pump.csv &&
	"$HK" operate --terminal radiator --supply 45 --return 35 --strategy conventional,smart,curve,series,staging,pumps \
		--pump TD125-37.5/2 --pump-duty 2 --head 30 --group TD200-32/4,TD125-24G/2,TD100-44/2 \
		--tariff shaanxi-malan --compare hp.csv >cmp.csv 2>/dev/null &&
	cmp cmp.csv p/operate-compare.csv &&
	make -s -C p HEATKIT="$HK" check >/dev/null 2>&1
'
t_done
