#!/bin/sh
# Bash completion comes from the same command and option tables as --help:
# what `heatkit --completion` makes bash offer, checked against the command
# files, the --help text and the parser.  A few processes per command, not
# one per option.
# run: once (the script and the tables are the same whichever build prints
# them; the parser runs under ASan in every command case)
. "$(dirname "$0")/lib.sh"

# complete WORD...: run the completion on "heatkit WORD..." (the last word
# is the one being completed) and print the offers, one a line
cat >"${TMPDIR:-/tmp}/hk-complete-$$" <<'SH'
complete_words() {
	COMP_WORDS=(heatkit "$@"); COMP_CWORD=$#; COMPREPLY=()
	_heatkit 2>/dev/null
	[ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}"
}
SH
C="${TMPDIR:-/tmp}/hk-complete-$$"
# setup: heatkit on PATH as the script expects, and the script itself
setup='mkdir bin && ln -s "$HK" bin/heatkit && bin/heatkit --completion >c.sh && bash -n c.sh'
comp() { PATH="$PWD/bin:$PATH" bash -c ". ./c.sh && . '$C' && $1"; }

t 'the completion script is valid bash and completes commands and options from the tables' '
	eval "$setup" &&
	[ "$(comp "complete_words tank")" = tanksize ] &&
	[ "$(comp "complete_words tanksize --volu")" = --volume= ] &&
	[ "$(comp "complete_words loadcalc --prof")" = --profile ] &&
	[ -z "$(comp "complete_words tanksize --no-such")" ]
'
t 'the first word offers exactly the commands of cmd/*.c, --help and --version' '
	eval "$setup" &&
	comp "complete_words \"\"" | sort >got &&
	{ for f in "$TOP"/cmd/*.c; do
		c=$(basename "$f" .c); [ "$c" = heatkit ] || echo "$c"
	  done; echo --help; echo --version; } | sort >want &&
	diff want got
'
t 'a dash offers exactly the long options --help documents, with = after those that take a value' '
	eval "$setup" &&
	"$HK" --list-commands >cmds &&
	comp "while read -r c; do complete_words \"\$c\" -- | sed \"s/^/\$c /\"; done <cmds" | sort >got &&
	while read -r c; do
		"$HK" "$c" --help >help || exit 1
		# "  -o, --output FILE  ..." takes a value; "      --bom   ..." does not
		sed -n "s/^  \(-., \|    \)--\([a-z0-9-]*\)\( [^ ]\)\{0,1\}.*/\2\3/p" help |
			awk -v c="$c" "{ print c, \"--\" \$1 (NF > 1 ? \"=\" : \"\") }"
	done <cmds | sort >want &&
	[ "$(wc -l <want)" -ge 80 ] &&
	diff want got
'
t 'every option offered is one the parser accepts (all at once, before --help)' '
	eval "$setup" &&
	for c in $("$HK" --list-commands); do
		# a value each: the first choice where help names the
		# choices (--index low|mid|high, validated while parsing), the
		# low end of a plausible range ([W/mK, 0.2 to 10]), else 1
		"$HK" "$c" --help | awk "/^ +(-., )?--[a-z0-9-]+ [A-Za-z0-9-]+(\\|[A-Za-z0-9-]+)+ / {
			for (i = 1; i <= NF; i++) if (\$i ~ /^--/) { split(\$(i + 1), v, \"|\"); print \$i \"=\" v[1]; break } }
			match(\$0, /\\[([^],]*, )?-?[0-9.e+]+ to -?[0-9.e+]+\\]/) {
			for (i = 1; i <= NF; i++) if (\$i ~ /^--/) { n = \$i; break }
			r = substr(\$0, RSTART + 1); sub(/ to .*/, \"\", r); sub(/.*, /, \"\", r); print n \"=\" r }" >choices &&
		opts=$(comp "complete_words $c --" | grep -vx -- --help |
			awk "NR == FNR { split(\$0, kv, \"=\"); ch[kv[1] \"=\"] = \$0; next }
			     /=\$/ { print (\$0 in ch) ? ch[\$0] : \$0 \"1\"; next } { print }" choices -)
		# shellcheck disable=SC2086
		"$HK" "$c" $opts --help >out 2>err || { echo "$c: $(cat err)"; exit 1; }
		head -n1 out | grep -q "^usage: heatkit $c " || { echo "$c: no help"; exit 1; }
	done
'
t 'a word that is no option offers the files that match' '
	eval "$setup" &&
	: >buildings.csv && : >days.csv &&
	[ "$(comp "complete_words loadcalc bu")" = buildings.csv ] &&
	[ "$(comp "complete_words loadcalc --city 铜川 d")" = days.csv ]
'
rm -f "$C"
t_done
