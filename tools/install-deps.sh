#!/bin/sh
# install-deps.sh - install what heatkit needs to build and test, if missing.
# Debian/Ubuntu (apt-get); uses sudo when not root.  Called by `make check`
# and `make demo`, so a fresh machine needs no other step.
set -eu

# package: the file or command that proves it is there
need=""
have_file() { [ -e "$1" ]; }
check() { # check PACKAGE TEST...
	pkg=$1; shift
	if ! "$@" >/dev/null 2>&1; then need="$need $pkg"; fi
}
check gcc            command -v cc
check make           command -v make
check pkg-config     command -v pkg-config
check libcsv-dev     have_file /usr/include/csv.h
check libxlsxwriter-dev pkg-config --exists xlsxwriter
check libpcre2-dev   pkg-config --exists libpcre2-8
# test tools: iconv (GBK fixtures, in libc-bin), python3-openpyxl and xlsx2csv
# (read XLSX back), unzip (looks into a workbook for its chart)
check libc-bin       command -v iconv
check python3-openpyxl /usr/bin/python3 -c 'import openpyxl'
check xlsx2csv       command -v xlsx2csv
check unzip          command -v unzip
# clang with libFuzzer runs the fuzz harnesses briefly (tests/t/t0182);
# valgrind runs `make check-valgrind`
check clang          command -v clang
check libclang-rt-dev sh -c 'ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a'
check valgrind       command -v valgrind
# gnumeric's ssconvert recomputes a report workbook and prints it to PDF
check gnumeric       command -v ssconvert

[ -z "$need" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "heatkit: missing:$need" >&2
	echo "heatkit: this system has no apt-get; install the equivalents of these Debian packages by hand, then run make again" >&2
	exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
		echo "heatkit: missing:$need; not root and no sudo: ask an administrator to run: apt-get install$need" >&2
		exit 1
	fi
fi
echo "heatkit: installing:$need" >&2
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >&2
