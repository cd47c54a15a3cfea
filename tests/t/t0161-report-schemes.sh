#!/bin/sh
# run: once
# issue 16 points 1-3: `heatkit init malan DIR && make -C DIR` runs loads ->
# heat pumps -> storage -> borefield -> pumps -> econ of five schemes ->
# the tender workbook; every scheme in 设备表 and 经济.  The gas boiler and
# the ground-source COP are recomputed here from the profile and
# borefield's table (gas = heat / (eff x LHV/3.6), cost = gas x price;
# COP = 0.5 x (45+273.15)/(45 - tf), Carnot); the valley price changed in
# the workbook and recomputed by gnumeric equals econ run with that price.
. "$(dirname "$0")/lib.sh"
R="$PY $TOP/tests/t/report.py"
# the project: tests/fixtures/malan-project.sh (init malan p, make), once
# per pass, read-only
F=$(fixture malan-project) && [ -s "$F/p/tender.xlsx" ] || { echo "not ok 1 - make -C DIR"; exit 1; }
P="$F/p"
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
SCHEMES="空气源热泵直接供热 空气源热泵+水蓄热 地源热泵 电锅炉+蓄热 燃气锅炉"

t 'heatkit init malan DIR && make -C DIR: tender.xlsx with the five schemes in 设备表 and 经济' '
	xlsx2csv -n 设备表 "$P/tender.xlsx" >eq.csv && xlsx2csv -n 经济 "$P/tender.xlsx" >ec.csv &&
	for s in $SCHEMES; do grep -q "$s" eq.csv && grep -q "$s" ec.csv || { echo "missing $s"; exit 1; }; done
'

t 'gas boiler: gas = Σ heat / (0.92 × 35.9/3.6 kWh/m³), cost = gas × 3.0 元/m³ (template gas.csv), from the profile' '
	heat=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } { s += \$c[\"heat_load_kw\"] * \$c[\"dt_h\"] * \$c[\"days\"] } END { printf \"%.6f\", s }" "$P/profile.csv") &&
	m3=$(awk "BEGIN { printf \"%.6f\", $heat / (0.92 * 35.9 / 3.6) }") &&
	relnear "$(sumval "$P/econ-summary.csv" s5_annual_gas_m3)" "$m3" 0.0001 &&
	relnear "$(sumval "$P/econ-summary.csv" s5_annual_cost_yuan)" "$(awk "BEGIN { print $m3 * 3.0 }")" 0.0001
'

t 'ground source: seasonal COP Σ ext / Σ (ext / COP(tf_c)) from borefield'"'"'s months; electricity = heat / SCOP; boreholes = borefield'"'"'s total length' '
	scop=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } \$c[\"ext_kwh\"] > 0 { e = \$c[\"ext_kwh\"]; t = \$c[\"tf_c\"]; w += e; we += e / (0.5 * 318.15 / (45 - t)) } END { printf \"%.8f\", w / we }" "$P/bf.csv") &&
	relnear "$(sumval "$P/econ-summary.csv" gshp_scop)" "$scop" 0.0005 &&
	heat=$(awk -F, "NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } { s += \$c[\"heat_load_kw\"] * \$c[\"dt_h\"] * \$c[\"days\"] } END { printf \"%.6f\", s }" "$P/profile.csv") &&
	relnear "$(sumval "$P/econ-summary.csv" s3_annual_elec_kwh)" "$(awk "BEGIN { print $heat / $scop }")" 0.0005 &&
	near "$(sumval "$P/econ-summary.csv" s3_borehole_m)" "$(sumval "$P/bf-summary.csv" total_length_m)" 0.05
'

t 'electricity per tariff period sums to each scheme'"'"'s electricity, and priced at the tariff gives its cost' '
	for k in 1 2 3 4; do
		e=$(sumval "$P/econ-summary.csv" s${k}_annual_elec_kwh) &&
		pk=$(sumval "$P/econ-summary.csv" s${k}_annual_elec_kwh_peak) && fl=$(sumval "$P/econ-summary.csv" s${k}_annual_elec_kwh_flat) &&
		va=$(sumval "$P/econ-summary.csv" s${k}_annual_elec_kwh_valley) &&
		near "$(awk "BEGIN { print $pk + $fl + $va }")" "$e" 2 &&
		relnear "$(awk "BEGIN { print $pk * 0.8179 + $fl * 0.5607 + $va * 0.3035 }")" "$(sumval "$P/econ-summary.csv" s${k}_annual_cost_yuan)" 0.0001 || exit 1
	done
'

t 'valley price 0.25 set in the workbook: gnumeric recomputes costs, NPV, IRR, paybacks and LCC equal to econ run with valley 0.25 (0.01 %); each moved' '
	ssconvert --recalc "$P/tender.xlsx" r0.xlsx 2>/dev/null &&
	$R agree "$P/tender.xlsx" r0.xlsx + names r0.xlsx -o n0 + set "$P/tender.xlsx" v.xlsx tariff_valley=0.25 &&
	ssconvert --recalc v.xlsx r.xlsx 2>/dev/null && $R names r.xlsx -o n1 + refs r.xlsx &&
	sed "s/^valley,\([0-9:]*\),\([0-9:]*\),0.3035,/valley,\1,\2,0.25,/" "$TOP/data/climate/tariffs/shaanxi-malan.csv" >t.csv &&
	[ "$(grep -c ",0.25," t.csv)" -eq 2 ] &&
	(cd "$P" && "$HK" econ --tariff "$OLDPWD/t.csv" --scheme "ASHP only=hp_power_kw" --scheme "ASHP + storage=power_kw" \
		--scheme 地源热泵=gshp --scheme 电锅炉+蓄热=electric-boiler --scheme 燃气锅炉=gas-boiler --base "ASHP only" \
		--borefield bf-summary.csv,bf.csv --gas-prices gas.csv --prices prices.csv --invest invest.csv --summary tank.csv) >e.csv 2>/dev/null &&
	for k in 1 2 3 4 5; do
		relnear "$(val n1 s${k}_cost)" "$(sumval e.csv s${k}_annual_cost_yuan)" 0.0001 &&
		relnear "$(val n1 s${k}_lcc)" "$(sumval e.csv s${k}_lcc_yuan)" 0.0001 || { echo "s$k cost/lcc"; exit 1; }
	done &&
	n=0 && for k in 2 3 4 5; do
		for p in npv:npv_yuan:r irr:irr:0.00005 payback:payback_years:0.005 dpayback:discounted_payback_years:0.005; do
			w=${p%%:*}; rest=${p#*:}; key=${rest%%:*}; tol=${rest#*:}
			want=$(sumval e.csv s${k}_$key) || continue
			case $want in inf|nan|"") continue ;; esac
			got=$(val n1 s${k}_$w) && n=$((n + 1)) &&
			if [ "$tol" = r ]; then relnear "$got" "$want" 0.0001; else near "$got" "$want" "$tol"; fi ||
				{ echo "s${k}_$w: $got, econ $want"; exit 1; }
		done
	done && echo "$n results compared" && [ "$n" -ge 8 ] &&
	for x in s1_cost s2_cost s3_cost s4_cost s2_npv s3_npv s2_irr s2_payback s2_dpayback s1_lcc s4_lcc; do
		[ "$(val n1 $x)" != "$(val n0 $x)" ] || { echo "$x did not move"; exit 1; }
	done
'

t 'econ --pumps prices pumpselect'"'"'s group (4 × 30 kW at 1000 元/kW) in the two ASHP schemes: 设备表 lists it in each, totals are econ'"'"'s, gnumeric agrees' '
	(cd "$P" && "$HK" econ --tariff shaanxi-malan --scheme "ASHP only=hp_power_kw" --scheme "ASHP + storage=power_kw" \
		--pumps "ASHP only=pump-primary.csv" --pumps "ASHP + storage=pump-primary.csv" --prices prices.csv --invest invest.csv \
		--summary -o "$OLDPWD/es.csv" tank.csv &&
	 "$HK" econ --tariff shaanxi-malan --scheme "ASHP only=hp_power_kw" --scheme "ASHP + storage=power_kw" \
		--pumps "ASHP only=pump-primary.csv" --pumps "ASHP + storage=pump-primary.csv" --prices prices.csv --invest invest.csv \
		-o "$OLDPWD/ed.csv" tank.csv) 2>/dev/null &&
	n=$(sumval "$P/pump-primary.csv" pumps_total) && m=$(sumval "$P/pump-primary.csv" motor_kw) &&
	near "$(sumval es.csv s1_invest_yuan)" "$(awk "BEGIN { print 5474 * 700 + $n * $m * 1000 }")" 0.5 &&
	near "$(sumval es.csv s2_invest_yuan)" "$(awk "BEGIN { print 5474 * 700 + 1000 * 1500 + 66 * 1000 + 616 * 240 + $n * $m * 1000 }")" 0.5 &&
	(cd "$P" && "$HK" report -o "$OLDPWD/pp.xlsx" loads-summary.csv loads.csv tank.csv hp-summary.csv tank-summary.csv \
		"$OLDPWD/es.csv" "$OLDPWD/ed.csv" invest.csv prices.csv) &&
	[ "$(xlsx2csv -n 设备表 pp.xlsx | grep -c "^[0-9],循环水泵(按电功率计价),.*,$(awk "BEGIN { print $n * $m }"),kW,1000,")" -eq 2 ] &&
	ssconvert --recalc pp.xlsx pr.xlsx 2>/dev/null && $R agree pp.xlsx pr.xlsx
'

t 'bad input: a ground-source scheme whose borefield summary lacks total_length_m: exit 2 naming the file and key, nothing written' '
	grep -v "^total_length_m," "$P/bf-summary.csv" >bs.csv &&
	(cd "$P" && "$HK" econ --tariff shaanxi-malan --scheme "A=hp_power_kw" --scheme G=gshp --borefield "$OLDPWD/bs.csv,bf.csv" \
		--prices prices.csv --invest invest.csv --summary -o "$OLDPWD/out.csv" tank.csv) 2>err; rc=$?; cat err;
	[ $rc -eq 2 ] && [ ! -e out.csv ] && grep -q "bs.csv.*total_length_m" err
'

t 'bad input: a gas boiler without a gas price (the shipped placeholder has no figure): exit 2 at its row' '
	(cd "$P" && "$HK" econ --tariff shaanxi-malan --scheme "A=hp_power_kw" --scheme B=gas-boiler --prices prices.csv \
		--summary -o "$OLDPWD/out.csv" tank.csv) 2>err; rc=$?; cat err;
	[ $rc -eq 2 ] && [ ! -e out.csv ] && grep -q "gas-prices.csv:[0-9]*:3: error: gas price placeholder-gas has no figure" err
'

t 'bad input: boreholes designed and no price for them: exit 2 naming the item' '
	grep -v "^gshp-borehole," "$P/prices.csv" >np.csv &&
	(cd "$P" && "$HK" econ --tariff shaanxi-malan --scheme "ASHP only=hp_power_kw" --scheme "ASHP + storage=power_kw" \
		--scheme G=gshp --borefield bf-summary.csv,bf.csv --prices "$OLDPWD/np.csv" --invest invest.csv --summary -o "$OLDPWD/out.csv" tank.csv) 2>err; rc=$?; cat err;
	[ $rc -eq 2 ] && [ ! -e out.csv ] && grep -q "bf-summary.csv: error: no unit price for borehole_m" err
'
t_done
