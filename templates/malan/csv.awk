# csv.awk - the CSV field splitter csvsum.awk and tables.awk share (POSIX
# awk; load it first: awk -f csv.awk -f csvsum.awk ...).
# csvsplit(s, f): split one CSV record s into f[1..n] (RFC 4180 quotes,
# "" inside quotes for "); returns n.
function csvsplit(s, f,    n, i, c, q, v) {
	n = 0; v = ""; q = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (q) {
			if (c == "\"" && substr(s, i + 1, 1) == "\"") { v = v c; i++ }
			else if (c == "\"") q = 0
			else v = v c
		} else if (c == "\"") q = 1
		else if (c == ",") { f[++n] = v; v = "" }
		else v = v c
	}
	f[++n] = v
	return n
}
