# tables.awk - the template's two comparison tables, put together from the
# files heatkit wrote (POSIX awk; it computes nothing, it only lays out
# values: speed_pct = speed_ratio x 100, "n + m" for counts).
#   awk -f csv.awk -f tables.awk -v table=pumps  pump-primary.csv pump-group.csv pump-charge.csv pump-discharge.csv
#   awk -f csv.awk -f tables.awk -v table=real   hp-summary.csv real-hp-summary.csv \
#       tank-per-day.csv real-tank-per-day.csv econ-modelled.csv real-econ.csv
function q(s) { return (s ~ /[",]/) ? "\"" gensub_(s) "\"" : s }
function gensub_(s,    t) { t = s; gsub(/"/, "\"\"", t); return t }
function v(k, key) {
	if (!((k, key) in S)) { print "tables.awk: " key " missing in " file[k] > "/dev/stderr"; bad = 1 }
	return S[k, key]
}
function opt(k, key) { return ((k, key) in S) ? S[k, key] : "" }
FNR == 1 { k++; file[k] = FILENAME; hdr = 0 }
{ sub(/\r$/, "") }
/^#/ { next }
!hdr { nc[k] = csvsplit($0, h); for (i = 1; i <= nc[k]; i++) H[k, i] = h[i]; hdr = 1; next }
{
	n = csvsplit($0, f)
	if (H[k, 1] == "key") S[k, f[1]] = f[2]
	else { rows[k]++; for (i = 1; i <= n; i++) D[k, rows[k], H[k, i]] = f[i] }
}
END {
	if (table == "pumps") pumps()
	else if (table == "real") real()
	else { print "tables.awk: -v table=pumps|real" > "/dev/stderr"; exit 2 }
	exit bad ? 2 : 0
}
function pumps() {
	print "loop,pumps,design_flow_m3h,design_head_m,model,maker,motor_kw,op_flow_each_m3h,op_head_m,op_eff_pct,speed_pct,input_kw_at_duty,annual_kwh_profile,pump_flags"
	prow("primary (heat pumps)", 1, v(2, "annual_kwh_variable"))
	print "primary: big/medium/small group,1 + 1 + 1 (staged)," v(2, "design_flow_m3h") "," v(2, "design_head_m") "," \
		q(v(2, "group")) ",,,,,,"  v(2, "group_speed_at_design") * 100 ",," v(2, "annual_kwh_staged") "," \
		q("at the design flow: " v(2, "group_at_design"))
	prow("storage charge", 3, "")
	prow("storage discharge", 4, "")
}
function prow(name, k, annual) {
	print q(name) "," v(k, "duty_pumps") " + " v(k, "standby_pumps") "," v(k, "design_flow_m3h") "," v(k, "design_head_m") "," \
		q(v(k, "pump_model")) "," q(v(k, "pump_maker")) "," v(k, "motor_kw") "," v(k, "op_flow_each_m3h") "," \
		v(k, "op_head_m") "," v(k, "op_eff_pct") "," v(k, "speed_ratio") * 100 "," v(k, "vs_input_kw") "," annual "," q(v(k, "pump_flags"))
}
function real(    r, d, s1, s2, a, b) {
	print "quantity,unit," q(v(1, "model")) "," q(v(2, "model")) ",from"
	line("rated capacity per unit", "kW", "rated_kw", "hpsize")
	line("capacities include defrost", "", "defrost", "catalog defrost column (hpsize)")
	line("design outdoor temperature", "C", "t_basis_c", "hpsize --city")
	line("K1 at the design temperature", "", "k1", "hpsize")
	line("K2 defrost factor", "", "k2", "hpsize (1 when integrated)")
	line("effective capacity per unit", "kW", "q_unit_kw", "hpsize: q K1 K2")
	line("capacity points used", "", "capacity_points", "hpsize")
	line("design load", "kW", "design_load_kw", "hpsize (loadcalc profile)")
	line("units", "", "units", "hpsize")
	line("installed rated capacity", "kW", "rated_total_kw", "hpsize")
	line("COP at the design condition", "", "cop_design", "hpsize")
	line("seasonal COP over the profile", "", "scop", "hpsize")
	for (r = 1; r <= rows[3]; r++) {
		d = D[3, r, "day"]
		print q("units heating / storing, " d " day") ",," D[3, r, "units_heating"] " / " D[3, r, "units_storing"] "," \
			D[4, r, "units_heating"] " / " D[4, r, "units_storing"] ",tanksize --per-day"
	}
	for (r = 1; r <= rows[3]; r++)
		print q("heat stored, " d_(r) " day") ",kWh," D[3, r, "stored_kwh"] "," D[4, r, "stored_kwh"] ",tanksize --per-day (Table 1 method)"
	a = scheme(5, "ASHP only"); b = scheme(6, "ASHP only")
	eline("investment, ASHP only", "yuan", a, b, "invest_yuan")
	eline("annual cost, ASHP only", "yuan", a, b, "annual_cost_yuan")
	a = scheme(5, "ASHP + storage"); b = scheme(6, "ASHP + storage")
	eline("investment, ASHP + storage", "yuan", a, b, "invest_yuan")
	eline("annual cost, ASHP + storage", "yuan", a, b, "annual_cost_yuan")
	print "extra investment of the tank,yuan," v(5, "extra_invest_yuan") "," v(6, "extra_invest_yuan") ",econ"
	print "annual saving of the tank,yuan," v(5, "annual_saving_yuan") "," v(6, "annual_saving_yuan") ",econ"
	print "static payback of the tank,a," v(5, "payback_years") "," v(6, "payback_years") ",econ"
}
function d_(r) { return D[3, r, "day"] }
function line(name, unit, key, from) {
	print q(name) "," unit "," q(v(1, key)) "," q(v(2, key)) "," q(from)
}
function scheme(k, name,    i) {
	for (i = 1; i <= 9; i++) if (opt(k, "s" i "_name") == name) return "s" i "_"
	print "tables.awk: no scheme " name " in " file[k] > "/dev/stderr"; bad = 1
	return "s0_"
}
function eline(name, unit, a, b, key) {
	print q(name) "," unit "," v(5, a key) "," v(6, b key) ",econ"
}
