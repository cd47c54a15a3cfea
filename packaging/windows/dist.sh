#!/bin/sh
# dist.sh VERSION - heatkit-VERSION-win64.zip (make dist-windows): one folder
# with heatkit.exe, data\, templates\, README-zh.txt and README-en.txt (how
# to use it from cmd.exe, PowerShell and Excel) and examples.bat (the Malan
# chain to a workbook); text files with CRLF line ends for Notepad.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
V=$1
N=heatkit-$V-win64
S=$top/build/win/dist/$N
rm -rf "$S" "$top/$N.zip"
mkdir -p "$S"
cp "$top/build/win/heatkit.exe" "$S/"
cp -R "$top/data" "$top/templates" "$S/"
for f in README-zh.txt README-en.txt examples.bat; do
	sed 's/\r*$/\r/' "$top/packaging/windows/$f" >"$S/$f"
done
(cd "$top/build/win/dist" && zip -qr -X "$top/$N.zip" "$N")
echo "dist-windows: $top/$N.zip"
