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
# -O0 -gline-tables-only: a third of -g -O1's compile time, and the runs
# (t0182's seeds and mutations) cost no more: their time is the sanitizers'
# allocator and startup, not the code (tests/fuzz/README.md, sitting 10);
# line tables are what a sanitizer's stack trace needs (file:line, inlines)
CFLAGS="-std=c11 -gline-tables-only -O0 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DHK_VERSION=\"fuzz\" $(pkg-config --cflags xlsxwriter libpcre2-8) -I$top/lib"
LIBS="$(pkg-config --libs xlsxwriter libpcre2-8) -lcsv -lm"
# LLVM's linker where it is installed (Debian's lld): half the CPU of a
# harness's link (0.2 s against 0.4: the sanitizer and libFuzzer runtimes
# are big), eight links; the system linker otherwise
LD=""
command -v ld.lld >/dev/null 2>&1 && LD=-fuse-ld=lld
# The lib/ objects the harnesses reach: each harness's undefined symbols,
# closed over what lib/'s objects need and define, read with nm from the
# plain build's objects (build/lib: `make check` builds them before the
# tests run).  An archive member is linked only when called, so the others
# were never in a harness: compiling them was three quarters of this
# build's time (gfunction.c alone a tenth), for nothing.  Without the plain
# objects, or when a harness does not link from that set: every lib/
# object.  Each is rebuilt when its source or a header is newer, two at a
# time (the machine is shared), into one archive.
newest_h=$(ls -t "$top"/lib/*.h "$top"/tests/fuzz/fuzzfile.h | head -1)
# nothing newer than the oldest harness (lib/, the harnesses, fuzzfile.h),
# and a harness for each source: up to date
oldest=$(ls -tr "$B"/fuzz_* 2>/dev/null | head -1)
if [ -n "$oldest" ] && [ "$(ls "$B"/fuzz_* | wc -l)" -eq "$(ls "$top"/tests/fuzz/fuzz_*.c | wc -l)" ] &&
	[ -z "$(find "$top/lib" "$top/tests/fuzz" -maxdepth 1 -newer "$oldest" \( -name "*.c" -o -name "*.h" \) | head -1)" ]; then
	echo "fuzz: harnesses in $B (up to date)"
	exit 0
fi
reached() { # the lib/*.c the harnesses reach, one a line; nothing when unknown
	ls "$top"/build/lib/*.o >/dev/null 2>&1 || return 0
	# the harnesses' own objects (compile_harnesses), the ones they link from
	for h in "$top"/tests/fuzz/fuzz_*.c; do
		nm -u "$B/lib/$(basename "$h" .c).o" | awk '{ print "need", $NF }' || return 0
	done >"$B/need.txt"
	nm -A "$top"/build/lib/*.o | awk -v top="$top" -v needf="$B/need.txt" '
		FILENAME == needf { want[$2] = 1; next }
		{ f = $1; sub(/:.*/, "", f); sub(/.*\//, "", f); sub(/[.]o$/, "", f)
		  if ($(NF - 1) == "U") { needs[f] = needs[f] " " $NF }
		  else if ($(NF - 1) ~ /^[TDBRC]$/) def[$NF] = f }
		END {
			for (s in want) if (s in def && !(def[s] in got)) { got[def[s]] = 1; todo[++n] = def[s] }
			while (n > 0) {
				f = todo[n--]; k = split(needs[f], u, " ")
				for (i = 1; i <= k; i++) if (u[i] in def && !(def[u[i]] in got)) { got[def[u[i]]] = 1; todo[++n] = def[u[i]] }
			}
			for (f in got) print top "/lib/" f ".c"
		}' "$B/need.txt" -
}
compile() { # compile LIB_C...: the stale ones of these, into $B/lib
	stale=""
	for c in "$@"; do
		o=$B/lib/$(basename "$c" .c).o
		if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then stale="$stale $c"; fi
	done
	[ -z "$stale" ] && return 0
	export CC CFLAGS SAN B
	# shellcheck disable=SC2086
	printf '%s\n' $stale | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
		'$CC $CFLAGS $SAN -fsanitize=fuzzer-no-link -DHK_DATADIR=\"/nonexistent\" -c -o "$B/lib/$(basename {} .c).o" {}'
}
archive() { # archive LIB_C...: libhk.a of their objects, unless it is that already
	for c in "$@"; do echo "$(basename "$c" .c).o"; done | sort >"$B/members.want"
	if [ -f "$B/libhk.a" ] && ar t "$B/libhk.a" | sort | cmp -s - "$B/members.want" &&
		[ -z "$(cd "$B/lib" && xargs -I{} find {} -newer "$B/libhk.a" <"$B/members.want")" ]; then
		return 0
	fi
	rm -f "$B/libhk.a"
	(cd "$B/lib" && xargs ar rcs "$B/libhk.a" <"$B/members.want")
}
link_harnesses() { # link_harnesses [all]: every harness not up to date (all: every one)
	for h in "$top"/tests/fuzz/fuzz_*.c; do
		n=$(basename "$h" .c)
		if [ "${1:-}" = all ] || [ ! -x "$B/$n" ] || [ "$B/lib/$n.o" -nt "$B/$n" ] || [ "$B/libhk.a" -nt "$B/$n" ]; then
			$CC $CFLAGS $SAN -fsanitize=fuzzer $LD -o "$B/$n" "$B/lib/$n.o" "$B/libhk.a" $LIBS || return 1
		fi
	done
}
# each harness compiled once, into $B/lib beside lib/'s objects: read by
# reached (nm) and linked (it was compiled twice, once without sanitizers
# for nm alone)
compile "$top"/tests/fuzz/fuzz_*.c
set -- $(reached)
if [ $# -gt 0 ]; then
	compile "$@" && archive "$@" && link_harnesses 2>"$B/link.err" ||
		{ echo "fuzz: the harnesses do not link from the $# objects they reach by nm: building every lib/ object"; set --; }
fi
if [ $# -eq 0 ]; then
	set -- "$top"/lib/*.c
	compile "$@" && archive "$@" && link_harnesses all
fi
echo "fuzz: harnesses in $B"
