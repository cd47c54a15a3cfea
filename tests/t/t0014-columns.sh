#!/bin/sh
# The column dictionary (lib/columns.c): a loads file whose energy and
# power columns share a name (ext, 取热) is read by the unit in its
# header; and column schemas are declared there only.
. "$(dirname "$0")/lib.sh"

# hourly ground loads of 10 kW extraction and 5 kW injection all year:
# 10 kW × 8760 h = 87 600 kWh and 5 kW × 8760 h = 43 800 kWh a year
hourly() { # hourly HEADER EXT INJ
	awk -v h="$1" -v e="$2" -v i="$3" 'BEGIN { print h; for (k = 0; k < 8760; k++) print k "," e "," i }'
}
run() {
	"$HK" borefield --k 2 --tg 10 --field 1x1 --spacing 6 --rb-star 0.1 --depth 100 --years 1 \
		--summary loads.csv >s.csv 2>err &&
	near "$(sumval s.csv annual_ext_kwh)" 87600 0.05 &&
	near "$(sumval s.csv annual_inj_kwh)" 43800 0.05
}
t 'hourly loads headed ext(kW),inj(kW): the power columns, not the monthly energies' '
	hourly "hour,ext(kW),inj(kW)" 10 5 >loads.csv && run
'
t 'hourly loads headed 取热(MW),排热(W): 0.01 MW and 5000 W' '
	hourly "小时,取热(MW),排热(W)" 0.01 5000 >loads.csv && run
'
t 'column schemas are declared in lib/columns.c only' '
	! grep -n "hk_colspec [a-z_0-9]*\[[A-Z_0-9]*\] *= *{" "$TOP"/cmd/*.c "$TOP"/lib/*.c |
		grep -v "^$TOP/lib/columns.c:"
'
t_done
