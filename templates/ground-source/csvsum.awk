# csvsum.awk - helpers for the template's Makefile (POSIX awk, no heatkit
# logic: it only reads values heatkit wrote).
#   awk -f csvsum.awk -v key=K FILE          value of key K in a --summary file
#   awk -f csvsum.awk -v col=C FILE          column C of the first data row
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
{ sub(/\r$/, "") }
/^#/ { next }
key != "" { csvsplit($0, f); if (f[1] == key) { print f[2]; found = 1; exit } next }
col != "" && !hdr { n = csvsplit($0, f); for (i = 1; i <= n; i++) if (f[i] == col) c = i; hdr = 1; next }
col != "" && c { csvsplit($0, f); print f[c]; found = 1; exit }
END { if (!found) { print "csvsum.awk: " (key != "" ? "key " key : "column " col) " not in " FILENAME > "/dev/stderr"; exit 2 } }
