#!/bin/sh
# Examples are tests: every "    $ " line of README.md runs and exits 0.
# run: once (the README is documentation; the commands it runs are
# covered under ASan by tests/cases and the other shell tests)
. "$(dirname "$0")/lib.sh"
n=0
grep '^    \$ ' "$TOP/README.md" | sed 's/^    \$ //' >"${TMPDIR:-/tmp}/hk-readme-$$"
while IFS= read -r cmd; do
	n=$((n + 1))
	# run from a copy of the paths the README uses, with this build's binary
	t "README example $n: $cmd" "
		ln -s '$TOP/templates' templates && ln -s '$TOP/data' data && mkdir bin &&
		ln -s '$HK' bin/heatkit && $cmd >out 2>err
	"
done <"${TMPDIR:-/tmp}/hk-readme-$$"
rm -f "${TMPDIR:-/tmp}/hk-readme-$$"
[ "$n" -ge 4 ] || { echo "not ok - README has only $n examples"; exit 1; }
t_done
