#!/bin/sh
# heatkit init: a template becomes a project whose Makefile runs the chain.
. "$(dirname "$0")/lib.sh"

# the project of the shared fixture tests/fixtures/malan-project.sh (init
# malan p, make; once per pass; t0103 makes check on it in both passes)
t_once 'init malan, then make runs the pipeline and make check passes' '
	P=$(fixture malan-project) &&
	[ "$(head -n1 "$P/init.out")" = p/Makefile ] &&
	[ -s "$P/p/malan.xlsx" ] && [ -s "$P/p/tank-per-day.csv" ] &&
	grep -q "^100%,28,-10.0,1893.4,86.00,22,12," "$P/p/tank-per-day.csv" &&
	make -s -C "$P/p" HEATKIT="$HK" check >/dev/null 2>&1
'
t 'init never overwrites: a second init exits 2 and leaves the files as they were' '
	"$HK" init malan p >/dev/null && echo mine >>p/buildings.csv &&
	expect_code 2 "$HK" init malan p 2>err && grep -q "exists" err &&
	[ "$(tail -n1 p/buildings.csv)" = mine ]
'
t 'an unknown template exits 2' '
	expect_code 2 "$HK" init nosuch p 2>err && grep -q "unknown template (nosuch)" err && [ ! -e p ]
'
# every template with a Makefile, and a quick target of each (one heatkit step)
MK_TEMPLATES="malan:profile.csv ground-source:loads-summary.csv load-study:loads-summary.csv"

# no_heatkit TEMPLATE: heatkit not on PATH, or HEATKIT a wrong path: make
# (all, and check) exits 2 at once with the message saying how to point the
# Makefile at heatkit, no shell error, nothing built; make clean needs none
no_heatkit() {
	"$HK" init "$1" p >/dev/null && ls p >before || return 1
	for h in no-such-heatkit-h /nonexistent/bin/heatkit; do
		for goal in "" check; do
			expect_code 2 make -s --no-print-directory -C p HEATKIT=$h $goal >out 2>err || return 1
			grep -q "heatkit not found: \"$h\" is not on PATH or does not run. Put heatkit on PATH, or point this Makefile at it: make HEATKIT=/path/to/heatkit" err ||
				{ cat err; return 1; }
			! grep -q "command not found\|No such file\|Error 127" err && [ ! -s out ] || { cat out err; return 1; }
			[ "$(wc -l <err)" -eq 1 ] || { cat err; return 1; }
		done
	done
	ls p >after && cmp before after && make -s --no-print-directory -C p HEATKIT=no-such-heatkit-h clean
}

t 'init --list: every template directory, by name, with its README title' '
	"$HK" init --list >out &&
	ls "$TOP/templates" | LC_ALL=C sort >want &&
	awk "{ print \$1 }" out >got && cmp got want &&
	grep -q "^ground-source  .*ground-source template" out &&
	grep -q "^load-study  .*load-study template" out &&
	grep -q "^malan  .*Malan template" out
'
for tm in $MK_TEMPLATES; do
	tpl=${tm%%:*} quick=${tm#*:}
	t "$tpl: heatkit missing (not on PATH, or HEATKIT a wrong path) stops make at once saying make HEATKIT=..., exit 2, nothing built" \
		"no_heatkit $tpl"
	t "$tpl: heatkit found on PATH when no HEATKIT is given ($quick)" "
		\"\$HK\" init $tpl p >/dev/null && mkdir b && ln -s \"\$HK\" b/heatkit &&
		PATH=\"\$PWD/b:\$PATH\" make -s -C p $quick >/dev/null 2>err && [ -s p/$quick ]
	"
done
t_done
