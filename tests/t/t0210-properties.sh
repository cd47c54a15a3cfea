#!/bin/sh
# Issue 18, property tests: random valid inputs from fixed seeds
# (tests/prop.py says what each property asserts and how to rerun one
# seed): heat conserved through loadcalc | hpsize | tanksize (delivered +
# unmet = load, the tank's state of charge back to its start each day),
# more load never fewer heat pumps or boreholes nor pumps short of the
# flow, results invariant to header units and encodings, and every sizing
# and root-finder ending with an answer or a message.
. "$(dirname "$0")/lib.sh"

for p in chain monotone units ends; do
	t "property $p over 3 random seeds (tests/prop.py $p)" "
		PROP_SEEDS=3 HK_BIN=\"\$HK\" HK_TOP=\"\$TOP\" \$PY \"\$TOP/tests/prop.py\" $p >log 2>&1; rc=\$?; cat log; [ \$rc = 0 ]
	"
done

# the properties bite: a profile whose hp_heat_kw is edited above its
# load is what the chain check refuses (the checker is not vacuous)
t 'the chain property refuses a step whose heat exceeds its load (checker is live)' '
	printf "#!/bin/sh\nif [ \"\$1\" = hpsize ]; then \"%s\" \"\$@\" | awk -F, -v OFS=, \"NR > 1 { \\\$15 = \\\$5 + 100 } 1\"; else exec \"%s\" \"\$@\"; fi\n" "$HK" "$HK" >hk &&
	chmod +x hk &&
	! PROP_SEEDS=1 HK_BIN=./hk HK_TOP="$TOP" $PY "$TOP/tests/prop.py" chain >log 2>&1 &&
	grep -q "heat .* above load" log
'
t_done
