#!/bin/sh
# Bash completion comes from the same command and option tables as --help.
. "$(dirname "$0")/lib.sh"

t 'the completion script is valid bash and completes commands and options from the tables' '
	mkdir bin && ln -s "$HK" bin/heatkit &&
	bin/heatkit --completion >c.sh && bash -n c.sh &&
	PATH="$PWD/bin:$PATH" bash -c ". ./c.sh
		COMP_WORDS=(heatkit tank); COMP_CWORD=1; _heatkit; [ \"\${COMPREPLY[*]}\" = tanksize ] || exit 1
		COMP_WORDS=(heatkit tanksize --volu); COMP_CWORD=2; _heatkit 2>/dev/null; [ \"\${COMPREPLY[*]}\" = --volume= ] || exit 1
		COMP_WORDS=(heatkit loadcalc --prof); COMP_CWORD=2; _heatkit 2>/dev/null; [ \"\${COMPREPLY[*]}\" = --profile ] || exit 1"
'
t 'every option in --help=options is one the parser accepts' '
	for c in $("$HK" --list-commands); do
		for o in $("$HK" "$c" --help=options); do
			"$HK" "$c" --help | grep -q -- "${o%=}" || { echo "$c $o not in help"; exit 1; }
		done
	done
'
t_done
