#!/bin/sh
# t0215-deb.sh - the Debian package (issue 19): /usr/bin/heatkit, the
# command links under /usr/lib/heatkit/bin (none in /usr/bin), data in
# /usr/share/heatkit, man pages and bash completion; lintian reports no
# error; extracted with dpkg-deb -x into a scratch root it runs the Malan
# chain from there, its data found beside the binary (no HEATKIT_DATA), to
# the Malan paper's 2919 kW and 34 units (templates/malan/README.md).
# run: once
. "$(dirname "$0")/lib.sh"
command -v dpkg-deb >/dev/null || { echo "ok 1 # SKIP no dpkg-deb"; exit 0; }
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
unset HEATKIT_DATA
# packaging/deb/build.sh packs bin/heatkit as it is (make deb rebuilds it for /usr first)
t "the package builds and lintian reports no error" 'sh "$TOP/packaging/deb/build.sh" 0.1.0 "$D" >"$D/log" 2>&1 || { cat "$D/log"; false; }'
deb=$(ls "$D"/heatkit_0.1.0_*.deb 2>/dev/null)
R=$D/root; dpkg-deb -x "$deb" "$R" 2>/dev/null; export R deb
t "/usr/bin holds heatkit alone" '[ -x "$R/usr/bin/heatkit" ] && [ "$(ls "$R/usr/bin")" = heatkit ]'
t "command links under /usr/lib/heatkit/bin" '[ -L "$R/usr/lib/heatkit/bin/check" ] && [ -L "$R/usr/lib/heatkit/bin/hpsize" ]'
t "data, templates, man pages, completion" '[ -f "$R/usr/share/heatkit/data/climate/cities.csv" ] && [ -f "$R/usr/share/heatkit/templates/malan/buildings.csv" ] &&
	[ -f "$R/usr/share/man/man1/heatkit-loadcalc.1.gz" ] && grep -q "^_heatkit()" "$R/usr/share/bash-completion/completions/heatkit"'
t "depends on the shared libraries it links" 'dpkg-deb -f "$deb" Depends | grep -q libxlsxwriter'
t "the Malan chain from the extracted package: 2919 kW, 34 units, a payback" '
	H=$R/usr/bin/heatkit M=$R/usr/share/heatkit/templates/malan
	"$H" loadcalc --city 57034 --days "$M/days.csv" --profile --summary -o loads.csv "$M/buildings.csv" &&
	"$H" loadcalc --city 57034 --days "$M/days.csv" --profile -o profile.csv "$M/buildings.csv" &&
	"$R/usr/lib/heatkit/bin/hpsize" --model LT-161 --city 铜川 -o hp.csv profile.csv &&
	"$H" hpsize --model LT-161 --city 铜川 --summary -o hp-summary.csv profile.csv &&
	"$H" tanksize --tariff shaanxi-malan --volume 1000 -o tank.csv hp.csv &&
	"$H" econ --tariff shaanxi-malan --invest "$M/invest.csv" --summary -o econ.csv tank.csv &&
	near "$(sumval loads.csv design_load_kw)" 2919 0.5 && [ "$(sumval hp-summary.csv units)" = 34 ] &&
	grep -q "^payback_years," econ.csv'
t_done
