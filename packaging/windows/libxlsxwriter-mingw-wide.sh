#!/bin/sh
# libxlsxwriter-mingw-wide.sh DIR - let libxlsxwriter 1.1.4 open files by
# their UTF-16 names under MinGW too: it undefines _WIN32 for MinGW in
# src/packager.c and src/utility.c, so a workbook named 负荷.xlsx would be
# created under its UTF-8 bytes read as the ANSI code page.  With _WIN32
# kept it uses _wfopen and minizip's fill_win32_filefunc64W, as with MSVC;
# CMakeLists.txt then builds minizip's iowin32.c for every Windows compiler.
set -eu
for f in "$1/src/packager.c" "$1/src/utility.c"; do
	awk '/^#ifdef __MINGW32__$/ { getline a; if (a == "#undef _WIN32") { getline b; next } print; print a; next } { print }' "$f" >"$f.new"
	mv "$f.new" "$f"
done
awk '/third_party\/minizip\/ioapi.c/ { print; getline; sub(/if\(MSVC\)/, "if(WIN32)") } { print }' \
	"$1/CMakeLists.txt" >"$1/CMakeLists.txt.new"
mv "$1/CMakeLists.txt.new" "$1/CMakeLists.txt"
