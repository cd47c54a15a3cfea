#!/bin/sh
# dist.sh VERSION - heatkit-VERSION-win64.zip (make dist-windows): one folder
# with heatkit.exe, data\, templates\, README-zh.txt and README-en.txt (how
# to use it from cmd.exe, PowerShell and Excel) and examples.bat (the Malan
# chain to a workbook, into examples\马栏镇\); text files with CRLF line
# ends for Notepad.
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
# the example project's folder: examples.bat takes the project name from it
# (a Chinese name a .bat cannot type robustly: see examples.bat)
mkdir -p "$S/examples/马栏镇"
printf '%s\r\n' "examples.bat writes the Malan design here; this folder's name is the" \
	"project name on the tender workbook (rename it, or add your own folder)." \
	"examples.bat 把马栏镇算例写入本文件夹；文件夹名即招标工作簿上的项目名称。" >"$S/examples/马栏镇/README.txt"
# Python's zipfile marks the Chinese names as UTF-8 (general purpose flag
# bit 11, APPNOTE 4.4.4), which Explorer and 7-Zip read whatever the code
# page; Info-ZIP's zip 3.0 of Debian stores the bytes unmarked, which
# Explorer on Chinese Windows would read as GBK
(cd "$top/build/win/dist" && /usr/bin/python3 -m zipfile -c "$top/$N.zip" "$N")
echo "dist-windows: $top/$N.zip"
