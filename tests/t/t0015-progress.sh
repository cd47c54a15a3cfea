#!/bin/sh
# Progress of long runs: shown on standard error when it is a terminal (or
# HEATKIT_PROGRESS=1), nothing otherwise; the output never changes with it.
. "$(dirname "$0")/lib.sh"

D="$TOP/tests/data"
LAND="--land 60x40 --spacing 6.5 --k 3.5 --tg 10 --buried 4 --rb-star 0.2 --tf-min 0 --tf-max 16 --fast"
# the progress line (the test runs under LC_ALL=C.UTF-8: CR is a byte)
CR=$(printf '\r')

# cleared FILE [TEXT]: the line was blanked (spaces between two CRs) right
# before the first message (a warning, or the one with TEXT)
cleared() {
	tr "\r" "\n" <"$1" | awk -v w="${2:-heatkit borefield: warning}" \
		'index($0, w) && prev ~ /^ +$/ { ok = 1 } { prev = $0 } END { exit !ok }'
}

# run ARGS... under a pseudo-terminal as standard error, standard output to
# out, what the terminal received to tty (python's pty: no `script` needed)
on_tty() {
	$PY - "$@" <<'PYEOF'
import os, pty, subprocess, sys
m, s = pty.openpty()
with open("out", "wb") as out:
    p = subprocess.Popen(sys.argv[1:], stdout=out, stderr=s, stdin=subprocess.DEVNULL)
os.close(s)
got = b""
while True:
    try:
        b = os.read(m, 65536)
    except OSError:  # EIO: the child closed the terminal
        break
    if not b:
        break
    got += b
p.wait()
open("tty", "wb").write(got)
sys.exit(p.returncode)
PYEOF
}

# the search without progress (not a terminal, no HEATKIT_PROGRESS): its
# summary and standard error, once, for the tests that compare with it
W=$(mktemp -d)
trap 'rm -rf "$W"; t_cleanup' EXIT
cp "$D/peere-a1.csv" "$W/a1.csv" && (cd "$W" && "$HK" borefield $LAND --summary a1.csv >off.csv 2>off.err) ||
	echo "# the search without progress failed: the tests comparing with it fail"

t 'HEATKIT_PROGRESS=1: a --land search reports its layouts as n/N and clears the line; stdout as without it' '
	cp "$D/peere-a1.csv" a1.csv &&
	HEATKIT_PROGRESS=1 "$HK" borefield $LAND --summary a1.csv >on.csv 2>on.err &&
	cp "$W/off.csv" "$W/off.err" . && [ -s off.csv ] &&
	cmp on.csv off.csv &&
	grep -q "heatkit borefield: searching layouts [0-9]*/[0-9]* ([0-9]* %)" on.err &&
	grep -q "heatkit borefield: fluid temperatures over the years" on.err &&
	n=$(sumval on.csv boreholes) && [ "$n" -ge 1 ] &&
	last=$(tr "\r" "\n" <on.err | grep "searching layouts" | tail -n1) &&
	tot=$(echo "$last" | sed "s|.* [0-9]*/\([0-9]*\) .*|\1|") && [ "$tot" -gt 10 ] &&
	cleared on.err &&
	sed "s/.*$CR//" on.err >rest.err && cmp rest.err off.err
'
t 'not a terminal: not one byte of progress (stderr as with HEATKIT_PROGRESS=0), output file identical either way' '
	cp "$D/peere-a1.csv" a1.csv &&
	"$HK" borefield $LAND -o a.csv a1.csv 2>a.err &&
	HEATKIT_PROGRESS=0 "$HK" borefield $LAND -o b.csv a1.csv 2>b.err &&
	HEATKIT_PROGRESS=1 "$HK" borefield $LAND -o c.csv a1.csv 2>c.err &&
	cmp a.err b.err && ! grep -q "$CR" a.err && ! grep -q "searching" a.err &&
	cmp a.csv b.csv && cmp a.csv c.csv && grep -q "searching layouts" c.err
'
t 'hourly sizing over years: reading the loads, the sizing steps and the fluid temperatures are reported' '
	awk "BEGIN { print \"hour,heat_kw,cool_kw\"; for (h = 0; h < 8760; h++) { m = int(h / 730);
		print h \",\" ((m < 3 || m > 9) ? 8 : 0) \",\" ((m >= 5 && m <= 7) ? 6 : 0) } }" >h.csv &&
	HEATKIT_PROGRESS=1 "$HK" borefield --field 2x2 --spacing 6 --k 2 --tg 12 --rb-star 0.1 --cop 4 --eer 5 \
		--years 5 --fast --summary h.csv >on.csv 2>on.err &&
	"$HK" borefield --field 2x2 --spacing 6 --k 2 --tg 12 --rb-star 0.1 --cop 4 --eer 5 \
		--years 5 --fast --summary h.csv >off.csv 2>off.err &&
	cmp on.csv off.csv &&
	grep -q "reading the loads" on.err && grep -q "sizing the depth (step 1)" on.err &&
	grep -q "fluid temperatures over the years" on.err
'
t 'standard error a terminal (no HEATKIT_PROGRESS): the line is shown and cleared, stdout as without a terminal; HEATKIT_PROGRESS=0 silences it' '
	cp "$D/peere-a1.csv" a1.csv && cp "$W/off.csv" plain.csv && [ -s plain.csv ] &&
	on_tty env -u HEATKIT_PROGRESS "$HK" borefield $LAND --summary a1.csv &&
	cmp out plain.csv &&
	grep -q "searching layouts" tty && cleared tty &&
	on_tty env HEATKIT_PROGRESS=0 "$HK" borefield $LAND --summary a1.csv &&
	cmp out plain.csv && grep -q "heatkit borefield: warning" tty && ! grep -q "searching\|fluid temp" tty
'
t 'a failed run clears the line before its error (12 months expected)' '
	printf "month,ext_kwh,inj_kwh\n1,0,0\n" >z.csv &&
	expect_code 2 env HEATKIT_PROGRESS=1 "$HK" borefield $LAND z.csv 2>err &&
	grep -q "reading the loads" err && cleared err "error: 1 months of loads"
'
t_done
