# primary-flow.awk - the primary (heat-pump) loop's flow over the profile,
# for pumpselect --group: adds flow_m3h = units running x the flow per unit.
#   awk -F, -f primary-flow.awk -v per_unit=13.8 tank.csv >primary-flow.csv
# Each running heat pump keeps its rated water flow (13.8 m3/h at 45/35 C:
# Malan paper §3.2; idle units isolated), so the loop's flow steps with the
# units the tanksize dispatch runs: ceil(hp_load_kw / q_unit_kw), at most
# units_total (hpsize).  Plain columns only (no quoted commas): the
# tanksize profile is such a table.
{ sub(/\r$/, "") }
/^#/ { next }
!hdr {
	for (i = 1; i <= NF; i++) c[$i] = i
	if (!c["hp_load_kw"] || !c["q_unit_kw"] || !c["units_total"]) {
		print "primary-flow.awk: expected a tanksize profile (hp_load_kw, q_unit_kw, units_total)" > "/dev/stderr"
		bad = 1; exit 2
	}
	if (c["flow_m3h"]) { print "primary-flow.awk: the profile already has flow_m3h" > "/dev/stderr"; bad = 1; exit 2 }
	print $0 ",flow_m3h"; hdr = 1; next
}
{
	u = $c["hp_load_kw"] / $c["q_unit_kw"]
	n = int(u); if (u - n > 1e-6) n++
	if (n > $c["units_total"] + 0) n = $c["units_total"] + 0
	printf "%s,%.1f\n", $0, n * per_unit
}
END { if (bad) exit 2 }
