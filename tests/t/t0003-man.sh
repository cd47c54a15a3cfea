#!/bin/sh
# Help and man pages come from one declaration; the committed pages are
# current; every command has a row, a page and a test (git's check-builtins).
# run: once (the pages and tables are the same whichever build prints them)
. "$(dirname "$0")/lib.sh"

t 'committed man pages are current (run make man)' '
	sh "$TOP/tools/mkman.sh" "$HK" gen &&
	for f in gen/*.1; do cmp "$f" "$TOP/man/$(basename "$f")" || exit 1; done
'
t 'every command has a man page, a help with two examples and a test' '
	for c in $("$HK" --list-commands); do
		[ -f "$TOP/man/heatkit-$c.1" ] || { echo "no man page for $c"; exit 1; }
		n=$("$HK" "$c" --help | grep -c "^  heatkit $c ")
		[ "$n" -ge 2 ] || { echo "$c has $n examples"; exit 1; }
		grep -l "^$c\b" "$TOP"/tests/cases/*.case >/dev/null || { echo "no case for $c"; exit 1; }
	done
'
t 'every cmd/*.c is in the command table' '
	for f in "$TOP"/cmd/*.c; do
		c=$(basename "$f" .c)
		[ "$c" = heatkit ] && continue
		"$HK" --list-commands | grep -qx "$c" || { echo "$c missing"; exit 1; }
	done
'
t 'help goes to stdout and exits 0' '
	"$HK" loadcalc --help >out 2>err && [ -s out ] && [ ! -s err ]
'
t_done
