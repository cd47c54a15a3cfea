#!/bin/sh
# longfuncs.sh - print what is longer than the style allows (issue 14):
# files in cmd/ over MAXFILE lines (default 500) and C functions in cmd/
# and lib/ over MAXFUNC lines (default 120), longest first, one a line:
#   file  cmd/borefield.c 582
#   func  lib/table.c:120 hk_table_read 163
# A function is what heatkit's style makes it: a line "{" in column 0
# after its head, up to the next "}" in column 0; its length counts the
# head's first line to the closing brace.  Exit 0 always (a report);
# tests/t/t0190 gates on it with these limits.
# usage: tools/longfuncs.sh [MAXFILE [MAXFUNC]]   (run from the top)
maxfile=${1:-500}; maxfunc=${2:-120}
for f in cmd/*.c; do
	[ -f "$f" ] || continue
	n=$(wc -l <"$f"); [ "$n" -gt "$maxfile" ] && echo "file  $f $n"
done | sort -k3,3nr
awk -v max="$maxfunc" '
	FNR == 1 { head = 0; infn = 0; name = "" }
	# a head starts at column 0 with a letter (a type or the name), not a
	# label or a preprocessor line; a blank line or a ";" ends a non-head
	!infn && (/^[ \t]*$/ || /;[ \t]*$/) { head = 0; name = ""; next }
	!infn && /^[A-Za-z_]/ && !/^[a-z_]+:/ {
		if (!head) head = FNR
		if (name == "" && /\(/) { name = $0; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name) } }
	/^{/ && !infn && head { infn = 1; start = head; next }
	/^}/ && infn { infn = 0; n = FNR - start + 1
		if (n > max) printf "func  %s:%d %s %d\n", FILENAME, start, name, n
		head = 0; name = "" }
' $(ls cmd/*.c lib/*.c 2>/dev/null) | sort -k4,4nr
