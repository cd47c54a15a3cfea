# csvsum.awk - helpers for the template's Makefile (POSIX awk, no heatkit
# logic: it only reads values heatkit wrote).
#   awk -f csv.awk -f csvsum.awk -v key=K FILE   value of key K in a --summary file
#   awk -f csv.awk -f csvsum.awk -v col=C FILE   column C of the first data row
{ sub(/\r$/, "") }
/^#/ { next }
key != "" { csvsplit($0, f); if (f[1] == key) { print f[2]; found = 1; exit } next }
col != "" && !hdr { n = csvsplit($0, f); for (i = 1; i <= n; i++) if (f[i] == col) c = i; hdr = 1; next }
col != "" && c { csvsplit($0, f); print f[c]; found = 1; exit }
END { if (!found) { print "csvsum.awk: " (key != "" ? "key " key : "column " col) " not in " FILENAME > "/dev/stderr"; exit 2 } }
