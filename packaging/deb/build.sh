#!/bin/sh
# build.sh - heatkit_VERSION_ARCH.deb from bin/heatkit with dpkg-deb (make deb):
#   /usr/bin/heatkit; the command links (loadcalc, check, econ, ...) under
#   /usr/lib/heatkit/bin, so that generic names such as `check` do not land
#   in /usr/bin (put that directory on PATH to use them); data and templates
#   in /usr/share/heatkit (found as BIN/../share/heatkit/data); man pages;
#   bash completion; the dependencies from dpkg-shlibdeps.  Then lintian,
#   whose errors fail the build.
# Usage: sh packaging/deb/build.sh VERSION [OUTDIR]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
V=$1
OUT=${2:-$top}
ARCH=$(dpkg --print-architecture)
S=$top/build/deb/heatkit_${V}_$ARCH
rm -rf "$S"
mkdir -p "$S/DEBIAN" "$S/usr/bin" "$S/usr/lib/heatkit/bin" "$S/usr/share/heatkit" \
	"$S/usr/share/man/man1" "$S/usr/share/bash-completion/completions" "$S/usr/share/doc/heatkit"
install -m 755 "$top/bin/heatkit" "$S/usr/bin/heatkit"
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$S/usr/bin/heatkit"
for c in $("$top/bin/heatkit" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}'); do
	ln -s ../../../bin/heatkit "$S/usr/lib/heatkit/bin/$c"
done
cp -R "$top/data" "$top/templates" "$S/usr/share/heatkit/"
find "$S/usr/share/heatkit" -type d -exec chmod 755 {} + && find "$S/usr/share/heatkit" -type f -exec chmod 644 {} +
for m in "$top"/man/*.1; do gzip -9n <"$m" >"$S/usr/share/man/man1/${m##*/}.gz"; done
"$top/bin/heatkit" --completion >"$S/usr/share/bash-completion/completions/heatkit"
printf 'heatkit (%s) unstable; urgency=medium\n\n  * Package built from the heatkit source tree (make deb).\n\n -- heatkit developers <heatkit@example.org>  %s\n' \
	"$V" "$(date -R -d @"${SOURCE_DATE_EPOCH:-$(git -C "$top" log -1 --format=%ct 2>/dev/null || date +%s)}")" |
	gzip -9n >"$S/usr/share/doc/heatkit/changelog.gz"
cat >"$S/usr/share/doc/heatkit/copyright" <<CEOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: heatkit
Comment: heatkit declares no licence yet; every data row names its source
 (data/*/README.md).

Files: *
Copyright: 2026 heatkit developers
License: all-rights-reserved
 No licence has been granted yet.
CEOF
chmod 644 "$S/usr/share/bash-completion/completions/heatkit" "$S/usr/share/doc/heatkit/"*
# the libraries the binary links, as Debian names them
d=$(mktemp -d)
mkdir "$d/debian" && echo "Source: heatkit" >"$d/debian/control"
deps=$(cd "$d" && dpkg-shlibdeps -O -e "$S/usr/bin/heatkit" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$d"
# libxlsxwriter is opened at the first workbook (lib/xlsxdl.c), not linked:
# its package is the one that holds the shared library here
lxwpkg=$(dpkg -S '*/libxlsxwriter.so.[0-9]*' 2>/dev/null | sed -n '1s/:.*//p')
case "$deps" in *libxlsxwriter*) ;; *) [ -n "$lxwpkg" ] && deps="${deps:+$deps, }$lxwpkg" ;; esac
size=$(du -sk "$S/usr" | cut -f1)
cat >"$S/DEBIAN/control" <<CEOF
Package: heatkit
Version: $V
Architecture: $ARCH
Maintainer: heatkit developers <heatkit@example.org>
Installed-Size: $size
Depends: $deps
Section: science
Priority: optional
Homepage: https://heatkit.invalid/
Description: size the heat source of a building: loads, heat pumps, storage, borefields
 heatkit is a command-line toolkit for HVAC design engineers: heating loads
 by the area-index method (CJJ 34), air-source heat pumps derated for outdoor
 temperature and defrost, valley-charged water storage, ground-source
 borefields by g-functions, circulating pumps and the economics that compare
 them.  Every command reads CSV (UTF-8 or GBK) and writes CSV or XLSX.
 .
 The command links (loadcalc, hpsize, check, ...) are in /usr/lib/heatkit/bin;
 /usr/bin/heatkit runs each as heatkit COMMAND.
CEOF
(cd "$S" && find usr -type f -exec md5sum {} + | sort -k2) >"$S/DEBIAN/md5sums"
chmod 644 "$S/DEBIAN/control" "$S/DEBIAN/md5sums"
deb=$OUT/heatkit_${V}_$ARCH.deb
dpkg-deb --root-owner-group -Zxz --build "$S" "$deb" >/dev/null
echo "deb: $deb"
if command -v lintian >/dev/null 2>&1; then
	lintian --tag-display-limit 0 "$deb" >"$top/build/deb/lintian.txt" 2>&1 || true
	cat "$top/build/deb/lintian.txt"
	if grep -q '^E:' "$top/build/deb/lintian.txt"; then echo "deb: lintian reports errors" >&2; exit 1; fi
fi
