#!/bin/sh
# build.sh - build the libFuzzer harnesses with clang (Debian's clang has
# libFuzzer) into build/fuzz/: lib/ compiled with coverage and
# ASan/UBSan/float-cast-overflow, each tests/fuzz/fuzz_*.c linked with it.
# Usage: sh tests/fuzz/build.sh [CLANG]   (make fuzz-build)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
CC=${1:-${FUZZ_CC:-clang}}
command -v "$CC" >/dev/null || { echo "fuzz: $CC not found (apt-get install clang)"; exit 77; }
B=$top/build/fuzz
mkdir -p "$B/lib"
SAN="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all"
CFLAGS="-std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DHK_VERSION=\"fuzz\" $(pkg-config --cflags xlsxwriter libpcre2-8) -I$top/lib"
LIBS="$(pkg-config --libs xlsxwriter libpcre2-8) -lcsv -lm"
# only the objects the readers need, each rebuilt when its source is newer
objs=""
for f in table text units columns check status platform; do
	[ -f "$top/lib/$f.c" ] || continue
	o=$B/lib/$f.o
	if [ ! -f "$o" ] || [ "$top/lib/$f.c" -nt "$o" ] || [ -n "$(find "$top/lib" -name '*.h' -newer "$o" | head -1)" ]; then
		$CC $CFLAGS $SAN -fsanitize=fuzzer-no-link -c -o "$o" "$top/lib/$f.c"
	fi
	objs="$objs $o"
done
for h in "$top"/tests/fuzz/fuzz_*.c; do
	n=$(basename "$h" .c)
	if [ ! -x "$B/$n" ] || [ "$h" -nt "$B/$n" ] || [ -n "$(find "$B/lib" -name '*.o' -newer "$B/$n" | head -1)" ]; then
		$CC $CFLAGS $SAN -fsanitize=fuzzer -o "$B/$n" "$h" $objs $LIBS
	fi
done
echo "fuzz: harnesses in $B"
