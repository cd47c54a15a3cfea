#!/bin/sh
# The buildings' own terminals (issue 20: "a building's terminal type comes
# from the buildings table"): loadcalc's terminal, supply_c and return_c
# columns travel as terminal_mix, and operate without --terminal gives what
# --terminal gives with the mix whose shares the test computes by hand from
# the buildings' design loads Q = q_h·A (CJJ 34-2010 §3.1.2).
. "$(dirname "$0")/lib.sh"

# residential on radiators 45/35 (two buildings), a school on floor heating
# at the type's design point; indices given so Q = q·A needs no CJJ table
mkb() {
	printf "name,type,area_m2,index_w_m2,$1,$2,$3\n" >b.csv
	printf "A,住宅,10000,45,$4,45,35\nB,学校,5000,60,$5,,\nC,住宅,3000,45,$4,45,35\n" >>b.csv
}
chain() { # chain BUILDINGS OUT: loadcalc | hpsize, into OUT
	"$HK" loadcalc --city 57034 --profile "$1" >lc.csv &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 lc.csv >"$2"
}
# the shares by hand: radiators (10000·45 + 3000·45) W over all, floor the rest
mix() {
	awk "BEGIN { r = (10000*45 + 3000*45) / (10000*45 + 3000*45 + 5000*60);
		printf \"radiator=%.6g:45/35,floor=%.6g\", r, 1 - r }"
}

t 'two terminal types from the buildings: the same season as --terminal with the shares by design load' '
	mkb terminal supply_c return_c radiator floor && chain b.csv hp.csv &&
	"$HK" operate --units 12 --strategy conventional,smart,curve,series >a.csv hp.csv 2>/dev/null &&
	"$HK" operate --units 12 --strategy conventional,smart,curve,series --summary >as.csv hp.csv 2>/dev/null &&
	"$HK" operate --units 12 --strategy conventional,smart,curve,series --terminal "$(mix)" >b.csv hp.csv 2>/dev/null &&
	"$HK" operate --units 12 --strategy conventional,smart,curve,series --terminal "$(mix)" --summary >bs.csv hp.csv \
		2>/dev/null &&
	cmp a.csv b.csv &&
	grep -v "^terminal," as.csv >as2.csv && grep -v "^terminal," bs.csv >bs2.csv && cmp as2.csv bs2.csv &&
	grep -q "^terminal,radiator 66 % 45/35 C n 1.3 + floor 34 % 45/35 C n 1.1,.*the profile.s terminal_mix" as.csv &&
	grep -q "^terminal,.*,\"--terminal (wins over the profile.s terminal_mix" bs.csv &&
	grep -q "^heat_kwh_smart," as.csv &&
	"$HK" operate --units 12 --strategy conventional,smart,curve,series --terminal radiator=1:45/35 >r.csv hp.csv \
		2>/dev/null &&
	! cmp -s a.csv r.csv
'

t 'the profile carries the mix on every row, through hpsize; loadcalc says it in its summary' '
	mkb terminal supply_c return_c radiator floor && chain b.csv hp.csv &&
	want="$(mix)" &&
	$PY - hp.csv "$want" <<PYEOF
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert rows and all(r["terminal_mix"] == sys.argv[2] for r in rows), (rows[0].get("terminal_mix"), sys.argv[2])
assert all(r["hp_model"] == "MH-SU110-RN8L" for r in rows)
PYEOF
	"$HK" loadcalc --city 57034 --summary b.csv >s.csv &&
	grep -q "^terminal_mix,\"$want\"," s.csv
'

t 'Chinese headers and values (末端形式, 供水温度(℃), 散热器, 地暖) give the English mix (the shares 0.661017 = 585/885 kW by hand)' '
	mkb terminal supply_c return_c radiator floor && chain b.csv en.csv &&
	mkb 末端形式 "供水温度(℃)" "回水温度(℃)" 散热器 地暖 && chain b.csv zh.csv &&
	cut -d, -f8,9 en.csv >en8 && cut -d, -f8,9 zh.csv >zh8 && cmp en8 zh8 &&
	grep -q "radiator=0.661017:45/35" en8
'

t '--terminal wins over the buildings: the same result as a table without the column' '
	mkb terminal supply_c return_c radiator floor && chain b.csv hp.csv &&
	printf "name,type,area_m2,index_w_m2\nA,住宅,10000,45\nB,学校,5000,60\nC,住宅,3000,45\n" >plain.csv &&
	chain plain.csv plain-hp.csv &&
	! grep -q terminal_mix plain-hp.csv &&
	"$HK" operate --units 12 --terminal radiator --supply 45 --return 35 --summary hp.csv 2>/dev/null | grep -v "^terminal," >x.csv &&
	"$HK" operate --units 12 --terminal radiator --supply 45 --return 35 --summary plain-hp.csv 2>/dev/null | grep -v "^terminal," >y.csv &&
	cmp x.csv y.csv
'

t 'a table without a terminal column writes the profile as before (no terminal_mix), and operate still asks for --terminal' '
	printf "name,type,area_m2\nA,住宅,10000\n" >plain.csv &&
	"$HK" loadcalc --city 57034 --profile plain.csv >p.csv &&
	head -1 p.csv | grep -qx "day,start_h,dt_h,t_out_c,heat_load_kw,night,days" &&
	"$HK" hpsize --model MH-SU110-RN8L --city 铜川 p.csv >hp.csv &&
	expect_code 2 "$HK" operate -o out.csv hp.csv 2>err && grep -q "terminal_mix" err && test ! -e out.csv
'
t 'loadcalc warns when the terminal groups keep different hours (a day-only school on floor heating), not when they keep the same' '
	mkb terminal supply_c return_c radiator floor &&
	"$HK" loadcalc --city 57034 --summary b.csv >s.csv 2>err &&
	grep -q "terminal groups keep different hours" err &&
	printf "name,type,area_m2,terminal\nA,住宅,10000,radiator\nB,住宅,5000,floor\n" >same.csv &&
	"$HK" loadcalc --city 57034 --summary same.csv >s2.csv 2>err2 &&
	! grep -q "different hours" err2 && grep -q "^terminal_mix,\"radiator=0.666667,floor=0.333333\"" s2.csv
'
t_done
