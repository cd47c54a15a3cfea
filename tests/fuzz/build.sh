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
# every lib/ object (the harnesses of the catalogs, weather and borefield
# inputs reach most of lib/), each rebuilt when its source or a header is
# newer, two at a time (the machine is shared), into one archive: a
# harness links only what it calls
newest_h=$(ls -t "$top"/lib/*.h | head -1)
stale=""
for c in "$top"/lib/*.c; do
	o=$B/lib/$(basename "$c" .c).o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then stale="$stale $c"; fi
done
if [ -n "$stale" ]; then
	export CC CFLAGS SAN B
	# shellcheck disable=SC2086
	printf '%s\n' $stale | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
		'$CC $CFLAGS $SAN -fsanitize=fuzzer-no-link -DHK_DATADIR=\"/nonexistent\" -c -o "$B/lib/$(basename {} .c).o" {}'
	rm -f "$B/libhk.a"
fi
[ -f "$B/libhk.a" ] || ar rcs "$B/libhk.a" "$B"/lib/*.o
objs=$B/libhk.a
for h in "$top"/tests/fuzz/fuzz_*.c; do
	n=$(basename "$h" .c)
	if [ ! -x "$B/$n" ] || [ "$h" -nt "$B/$n" ] || [ "$B/libhk.a" -nt "$B/$n" ] || [ "$top/tests/fuzz/fuzzfile.h" -nt "$B/$n" ]; then
		$CC $CFLAGS $SAN -fsanitize=fuzzer -o "$B/$n" "$h" $objs $LIBS
	fi
done
echo "fuzz: harnesses in $B"
