#!/bin/sh
# check-data.sh — validate heatkit's data files (POSIX sh + awk, no Python).
#
#   tools/check-data.sh [DATADIR]      (default: data/ next to tools/)
#
# Checks, for every CSV: UTF-8 without BOM, LF only, first line a snake_case
# header (not a comment), every record as many fields as the header
# (RFC 4180 aware: quoted commas, "" escapes, quoted newlines), a non-empty
# `source` in every row.  Then per file kind:
#   climate/cities.csv     298 rows, 13 fields, unique station numbers, an English
#                          name without a CJK character on every row
#                          (blank ones reported), 铜川 = 53947
#   climate/tariffs/*.csv  periods in the vocabulary, HH:MM times, rows
#                          tile 00:00-24:00 exactly (no gap, no overlap)
#   climate/tariff-ratios.csv  each scheme_id+season tiles 24 h
#   equipment/heat-pumps.csv   each model has a 7 ℃ row or a rated point,
#                          rated point matches its 7 ℃ row, defrost and
#                          point_type vocabularies, a capacity row per model
#                          (part_load_demand rows are not capacities);
#                          a model without either is an error unless its
#                          source says "no 7 C point" (then a warning)
#   equipment/pumps.csv    each pump >= 3 points, flow increasing,
#                          eff_pct <= 100, power_basis and flags vocabularies,
#                          a head hump flagged head_rises (the data checks of
#                          every pump: tools/import-pumps.py --check)
#   equipment/unit-prices.csv  status sourced|derived|placeholder; a priced row
#                          has a positive price and a year (YYYY, YYYY-YYYY
#                          or undated); a placeholder says "give your own";
#                          ids unique; one default row among several of an item
# Exit 0 when clean (warnings allowed), 1 on any error, 2 on usage error.

set -u
here=$(cd "$(dirname "$0")" && pwd)
D=${1:-$here/../data}
[ -d "$D" ] || { echo "check-data: no data directory: $D" >&2; exit 2; }

errs=0
fail() { echo "check-data: ERROR: $*" >&2; errs=$((errs + 1)); }

# Shared awk: a CSV record splitter into F[1..n]; records may span lines.
AWKLIB='
function csvsplit(s,   n, i, c, f, q, L) {
	n = 0; f = ""; q = 0; L = length(s)
	for (i = 1; i <= L; i++) {
		c = substr(s, i, 1)
		if (q) {
			if (c == "\"") {
				if (substr(s, i + 1, 1) == "\"") { f = f "\""; i++ }
				else q = 0
			} else f = f c
		} else if (c == "\"") q = 1
		else if (c == ",") { F[++n] = f; f = "" }
		else f = f c
	}
	F[++n] = f
	return n
}
function err(msg) { printf "%s:%d: %s\n", FILENAME, recline, msg > "/dev/stderr"; nerr++ }
function warn(msg) { printf "check-data: WARN: %s:%d: %s\n", FILENAME, recline, msg > "/dev/stderr" }
function isnum(v) { return v ~ /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)$/ }
function mins(t,   a) {
	if (t !~ /^[0-2][0-9]:[0-5][0-9]$/) return -1
	split(t, a, ":"); if (a[1] + 0 > 24 || (a[1] + 0 == 24 && a[2] + 0 != 0)) return -1
	return a[1] * 60 + a[2]
}
# Check that intervals S[k,1..m] / E[k,1..m] tile [0,1440): sort by start.
function tiles(k, m,   i, j, ts, te, t) {
	for (i = 2; i <= m; i++)
		for (j = i; j > 1 && S[k, j - 1] > S[k, j]; j--) {
			ts = S[k, j]; S[k, j] = S[k, j - 1]; S[k, j - 1] = ts
			te = E[k, j]; E[k, j] = E[k, j - 1]; E[k, j - 1] = te
		}
	t = 0
	for (i = 1; i <= m; i++) {
		if (S[k, i] != t) return sprintf("gap or overlap at %02d:%02d", int(S[k, i] / 60), S[k, i] % 60)
		t = E[k, i]
	}
	if (t != 1440) return sprintf("schedule ends at %02d:%02d, not 24:00", int(t / 60), t % 60)
	return ""
}
FNR == 1 { pending = ""; hdr = 0; rows = 0 }
{
	if (pending == "") recline = FNR
	if (FNR == 1 && substr($0, 1, 3) == "\357\273\277") err("UTF-8 BOM (files must be without BOM)")
	if ($0 ~ /\r$/) err("CR line end (files must use LF)")
	if (pending == "") { if (FNR == 1 && $0 ~ /^#/) err("first line is a comment; it must be the header")
	                     if ($0 ~ /^#/ || $0 == "") next
	                     rec = $0 }
	else rec = pending "\n" $0
	tmp = rec; nq = gsub(/"/, "", tmp)
	if (nq % 2) { pending = rec; next }
	pending = ""
	n = csvsplit(rec)
	if (!hdr) {
		hdr = 1; nh = n
		for (i = 1; i <= n; i++) { H[i] = F[i]; C[F[i]] = i
			if (F[i] !~ /^[a-z][a-z0-9_]*$/) err("header field \"" F[i] "\" is not snake_case") }
		if (H[n] != "source") err("last header column must be source")
		if (want != "" && rec != want) err("header is \"" rec "\", expected \"" want "\"")
		next
	}
	rows++
	if (n != nh) { err(sprintf("%d fields, header has %d", n, nh)); next }
	if (F[C["source"]] == "") err("empty source")
	row()
}
END { if (pending != "") { recline = FNR; err("unterminated quoted field") } fin(); exit (nerr > 0) }
'

run() { # run KIND-PROGRAM WANT-HEADER FILE...
	prog=$1; want=$2; shift 2
	awk -v want="$want" "$AWKLIB $prog" "$@" || errs=$((errs + 1))
}

# ---- climate/cities.csv ---------------------------------------------------
f=$D/climate/cities.csv
if [ -f "$f" ]; then
	run '
	function row() {
		st = F[C["station"]]
		if (st == "") blank++
		else if (st in seen) err("duplicate station " st " (also line " seen[st] ")")
		else seen[st] = recline
		if (F[C["city"]] == "铜川") tc = st
		for (i = 5; i <= 12; i++) if (F[i] != "" && !isnum(F[i])) err(H[i] " not a number: " F[i])
		if (F[3] !~ /^[A-Za-z]/ || F[3] ~ /[\344-\351]/) err("name_en of " F[2] " is \"" F[3] "\": expected an English name")
	}
	function fin() {
		if (nh != 13) err(nh " header fields, expected 13")
		if (rows != 298) err(rows " data rows, expected 298")
		if (tc != "53947") err("铜川 station is \"" tc "\", expected 53947")
		if (blank) printf "check-data: note: %s: %d stations without a station number (B-only entries)\n", FILENAME, blank
	}' 'province,city,name_en,station,lat,lon,alt_m,t_heating_c,t_winter_ac_c,heating_days,t_mean_heating_c,t_summer_ac_db_c,source' "$f"
else fail "missing $f"; fi

# ---- climate/tariffs/*.csv ------------------------------------------------
set -- "$D"/climate/tariffs/*.csv
if [ -f "$1" ]; then
	for f in "$@"; do
		run '
		function row(   a, b) {
			p = F[1]; a = mins(F[2]); b = mins(F[3])
			if (p !~ /^(sharp|peak|flat|valley|deep_valley)$/) err("unknown period " p)
			if (a < 0 || b < 0) { err("bad time " F[2] "-" F[3]); return }
			if (a >= b) { err("start " F[2] " not before end " F[3] " (split a period that crosses midnight)"); return }
			if (!isnum(F[4]) || F[4] + 0 <= 0) err("price_yuan_kwh not a positive number: " F[4])
			m++; S[1, m] = a; E[1, m] = b
		}
		function fin(   r) { if (!m) { err("no periods"); return }
			r = tiles(1, m); if (r != "") { recline = 0; err("does not tile 00:00-24:00: " r) } }' \
		'period,start,end,price_yuan_kwh,source' "$f"
	done
else fail "no tariff files in $D/climate/tariffs"; fi

# ---- climate/tariff-ratios.csv (reference; scheme_id+season must tile) ----
f=$D/climate/tariff-ratios.csv
if [ -f "$f" ]; then
	run '
	function row(   k, a, b) {
		k = F[C["scheme_id"]] SUBSEP F[C["season"]]
		a = mins(F[C["start"]]); b = mins(F[C["end"]])
		if (a < 0 || b < 0 || a >= b) { err("bad interval " F[C["start"]] "-" F[C["end"]]); return }
		if (!(k in cnt)) order[++nk] = k
		cnt[k]++; S[k, cnt[k]] = a; E[k, cnt[k]] = b
	}
	function fin(   i, r, p) { for (i = 1; i <= nk; i++) { r = tiles(order[i], cnt[order[i]])
		if (r != "") { split(order[i], p, SUBSEP); recline = 0; err(p[1] " " p[2] ": " r) } } }' \
	'' "$f"
else fail "missing $f"; fi

# ---- equipment/heat-pumps.csv ---------------------------------------------
f=$D/equipment/heat-pumps.csv
if [ -f "$f" ]; then
	run '
	function v(k) { return F[C[k]] }
	function row(   m, i, k, pt, cap) {
		m = v("model"); pt = v("point_type"); cap = (pt != "part_load_demand")
		if (!(m in first)) { first[m] = recline; order[++nm] = m
			rk[m] = v("rated_heat_kw"); rc[m] = v("rated_cop"); rt[m] = v("rated_t_water_c")
			mn[m] = v("min_t_out_c"); df[m] = v("defrost")
			no7[m] = (index(v("source"), "no 7 C point") > 0) }
		if (v("rated_heat_kw") != rk[m] || v("rated_cop") != rc[m] || v("rated_t_water_c") != rt[m] || v("min_t_out_c") != mn[m])
			err(m ": rated_heat_kw/rated_cop/rated_t_water_c/min_t_out_c differ between rows of one model")
		if (v("defrost") !~ /^(integrated|peak|unknown)$/) err(m ": defrost must be integrated, peak or unknown, not \"" v("defrost") "\"")
		if (pt !~ /^(rated|tol|capacity|part_load_demand)$/) err(m ": point_type must be rated, tol, capacity or part_load_demand, not \"" pt "\"")
		split("rated_heat_kw rated_cop rated_t_water_c t_out_c t_water_out_c heat_kw power_kw cop min_t_out_c price_yuan", K, " ")
		for (i = 1; i in K; i++) if (v(K[i]) != "" && !isnum(v(K[i]))) err(m ": " K[i] " not a number: " v(K[i]))
		if (v("t_out_c") == "" || v("heat_kw") == "") err(m ": t_out_c and heat_kw are required")
		if (v("t_water_out_c") == "" && cap) err(m ": t_water_out_c is empty on a " pt " row (only a part_load_demand row may leave it blank)")
		if (v("heat_kw") != "" && v("heat_kw") + 0 <= 0) err(m ": heat_kw must be > 0")
		if (!cap) { npl[m]++; return }
		ncap[m]++
		if (pt == "rated" && v("t_out_c") + 0 != 7) err(m ": a rated row at t_out " v("t_out_c") " (rating points are at 7 C)")
		if (v("t_out_c") + 0 == 7) { has7[m] = 1
			if (rk[m] != "" && v("t_water_out_c") + 0 == rt[m] + 0 && v("heat_kw") + 0 == rk[m] + 0) ratedrow[m] = 1 }
		if (mn[m] != "" && v("t_out_c") + 0 < mn[m] + 0) err(m ": capacity row at t_out " v("t_out_c") " below min_t_out_c " mn[m])
	}
	function fin(   i, m, npart) {
		for (i = 1; i <= nm; i++) { m = order[i]; recline = first[m]; npart += npl[m]
			if (!ncap[m]) err(m ": no capacity row (rated, tol or capacity); part-load demand rows are not capacities")
			if (rk[m] != "" && (rt[m] == "" || rc[m] == "")) err(m ": rated_heat_kw given without rated_cop/rated_t_water_c")
			if (rk[m] != "" && !ratedrow[m]) err(m ": no row at t_out 7 / t_water " rt[m] " with heat_kw = rated_heat_kw " rk[m])
			if (!has7[m] && rk[m] == "") {
				if (no7[m]) warn(m ": no 7 C row and no rated point (source says so); K1 undefined, hpsize must use heat_kw directly")
				else err(m ": neither a 7 C row nor a rated point")
			}
		}
		printf "check-data: note: %s: %d models (%d part-load demand rows, kept for reference)\n", FILENAME, nm, npart
	}' 'model,maker,refrigerant,rated_heat_kw,rated_cop,rated_t_water_c,t_out_c,t_water_out_c,point_type,standard,certificate,heat_kw,power_kw,cop,min_t_out_c,defrost,price_yuan,source' "$f"
else fail "missing $f"; fi

# ---- equipment/pumps.csv --------------------------------------------------
f=$D/equipment/pumps.csv
if [ -f "$f" ]; then
	run '
	function v(k) { return F[C[k]] }
	function row(   m, i, k, nf, fl) {
		m = v("model")
		if (!(m in np)) { order[++nm] = m; first[m] = recline; flags[m] = v("flags") }
		np[m]++
		split("speed_rpm impeller_mm point flow_m3h head_m eff_pct power_kw motor_kw price_yuan", K, " ")
		for (i = 1; i in K; i++) if (v(K[i]) != "" && !isnum(v(K[i]))) err(m ": " K[i] " not a number: " v(K[i]))
		if (v("flow_m3h") == "" || v("head_m") == "") err(m ": flow_m3h and head_m are required")
		if (np[m] > 1 && v("flow_m3h") + 0 <= lq[m]) err(m ": flow not increasing at point " v("point"))
		if (np[m] > 1 && v("head_m") + 0 > lh[m]) hump[m] = 1
		lq[m] = v("flow_m3h") + 0; lh[m] = v("head_m") + 0
		if (v("eff_pct") != "" && (v("eff_pct") + 0 <= 0 || v("eff_pct") + 0 > 100)) err(m ": eff_pct out of (0,100]: " v("eff_pct"))
		if (v("power_kw") != "" && v("power_basis") !~ /^(shaft|input|unknown)$/) err(m ": power_kw given but power_basis is \"" v("power_basis") "\" (shaft, input or unknown)")
		if (v("power_kw") == "" && v("power_basis") != "") err(m ": power_basis without power_kw")
		if (v("flags") != flags[m]) err(m ": flags differ between the rows of one pump")
		nf = split(v("flags"), fl, ";")
		for (i = 1; i <= nf; i++)
			if (fl[i] !~ /^(power_mismatch|power_contradicts|eff_curve_copied|shared_eff_curve|head_typo|head_rises|bep_at_edge|point_dropped|no_power|no_eff|maker_unnamed|name_inferred|units_converted|units_suspect|fitted_points)$/)
				err(m ": unknown flag \"" fl[i] "\" (see data/equipment/README.md)")
	}
	function fin(   i, m) {
		for (i = 1; i <= nm; i++) { m = order[i]; recline = first[m]
			if (np[m] < 3) err(m ": " np[m] " curve points, at least 3 needed")
			if (hump[m] && flags[m] !~ /(^|;)head_rises(;|$)/) err(m ": head rises with flow somewhere but the pump is not flagged head_rises") }
		printf "check-data: note: %s: %d pumps\n", FILENAME, nm
	}' 'model,maker,series,type,speed_rpm,impeller_mm,point,flow_m3h,head_m,eff_pct,power_kw,power_basis,motor_kw,price_yuan,flags,source' "$f"
else fail "missing $f"; fi

# ---- equipment/unit-prices.csv --------------------------------------------
f=$D/equipment/unit-prices.csv
if [ -f "$f" ]; then
	run '
	function v(k) { return F[C[k]] }
	function row() {
		if (v("status") !~ /^(sourced|derived|placeholder)$/) err(v("item") ": status must be sourced, derived or placeholder, not \"" v("status") "\"")
		if (v("status") == "placeholder") {
			if (index(v("source"), "placeholder — give your own") != 1) err(v("item") ": a placeholder source must start \"placeholder — give your own\"")
		} else {
			if (!isnum(v("price")) || v("price") + 0 <= 0) err(v("item") ": price not a positive number: " v("price"))
			if (v("year") !~ /^((19|20)[0-9][0-9](-(19|20)[0-9][0-9])?|undated)$/) err(v("item") ": year must be YYYY, YYYY-YYYY or undated, not \"" v("year") "\"")
		}
		if (v("unit") == "") err(v("item") ": empty unit")
		if (v("id") == "" || (v("id") in ID)) err(v("item") ": id \"" v("id") "\" empty or not unique (econ --price ID)")
		ID[v("id")] = 1
		if (v("default") !~ /^(yes)?$/) err(v("id") ": default must be yes or empty")
		nrow[v("item")]++; ndef[v("item")] += v("default") == "yes"
	}
	function fin() { if (!rows) err("no rows")
		for (k in nrow) if ((nrow[k] > 1 && ndef[k] != 1) || ndef[k] > 1) err(k ": " nrow[k] " rows and " ndef[k] " marked default: expected one default among several rows") }' 'id,item,unit,price,year,status,default,source' "$f"
else fail "missing $f"; fi

if [ "$errs" -ne 0 ]; then
	echo "check-data: FAILED ($errs problem group(s))" >&2
	exit 1
fi
echo "check-data: OK"
