#!/bin/sh
# build-deps.sh - what `make windows` needs before it compiles heatkit.exe:
# the mingw-w64 toolchain, Debian's mingw zlib and wine64 (installed with
# apt-get when missing, sudo when not root), then libcsv, libxlsxwriter and
# PCRE2 built from their Debian source packages for x86_64-w64-mingw32 as
# static libraries into build/win/prefix.  The sources come with `apt-get
# source` through a deb-src list of this script's own (build/win/apt: the
# system's apt sources are left alone), else from tarballs already in
# build/win/src.  Each library is built once (a stamp file per library).
# Usage: sh packaging/windows/build-deps.sh   (make windows-deps)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
W=$top/build/win
HOST=x86_64-w64-mingw32
P=$W/prefix
mkdir -p "$W/src" "$P/include" "$P/lib"

SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO=sudo
need=""
command -v $HOST-gcc >/dev/null 2>&1 || need="$need gcc-mingw-w64-x86-64"
# libxlsxwriter's CMakeLists enables C++ (its tests), so cmake wants a C++ compiler
command -v $HOST-g++ >/dev/null 2>&1 || need="$need g++-mingw-w64-x86-64"
[ -e /usr/$HOST/lib/libz.a ] || need="$need libz-mingw-w64-dev"
command -v wine >/dev/null 2>&1 || need="$need wine wine64"
command -v cmake >/dev/null 2>&1 || need="$need cmake"
command -v zip >/dev/null 2>&1 || need="$need zip"
if [ -n "$need" ]; then
	echo "heatkit: installing:$need" >&2
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >&2
fi

# the Debian sources of the three libraries (orig tarballs), once
have_src() { ls "$W/src/$1"_*.orig.tar.* >/dev/null 2>&1; }
if ! have_src libcsv || ! have_src libxlsxwriter || ! have_src pcre2; then
	A=$W/apt
	mkdir -p "$A/lists/partial"
	codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
	mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2; exit}')
	[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
	[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
	echo "deb-src $mirror $codename main" >"$A/sources.list"
	set -- -o Dir::Etc::SourceList="$A/sources.list" -o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$A/lists" -o Dir::Cache="$A/cache" -o APT::Sandbox::User="$(id -un)"
	apt-get "$@" -qq update
	(cd "$W/src" && apt-get "$@" -qq source --download-only libcsv libxlsxwriter pcre2)
fi

unpack() { # unpack NAME: the orig tarball's directory under build/win/src
	t=$(ls "$W/src/$1"_*.orig.tar.* | head -1)
	d=$W/src/$1
	if [ ! -d "$d" ]; then
		mkdir -p "$d.tmp"
		tar xf "$t" -C "$d.tmp"
		mv "$d.tmp"/* "$d"
		rmdir "$d.tmp"
	fi
	echo "$d"
}
TC=$W/toolchain.cmake
cat >"$TC" <<TCEOF
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_C_COMPILER $HOST-gcc)
set(CMAKE_CXX_COMPILER $HOST-g++)
set(CMAKE_RC_COMPILER $HOST-windres)
set(CMAKE_FIND_ROOT_PATH /usr/$HOST $P)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
TCEOF

if [ ! -f "$W/stamp-libcsv" ]; then
	d=$(unpack libcsv)
	$HOST-gcc -O2 -I"$d" -c -o "$W/libcsv.o" "$d/libcsv.c"
	rm -f "$P/lib/libcsv.a" && $HOST-ar rcs "$P/lib/libcsv.a" "$W/libcsv.o"
	cp "$d/csv.h" "$P/include/"
	touch "$W/stamp-libcsv"
fi
if [ ! -f "$W/stamp-pcre2" ]; then
	d=$(unpack pcre2)
	cmake -S "$d" -B "$W/pcre2-build" -DCMAKE_TOOLCHAIN_FILE="$TC" -DCMAKE_BUILD_TYPE=Release \
		-DCMAKE_INSTALL_PREFIX="$P" -DBUILD_SHARED_LIBS=OFF -DPCRE2_BUILD_PCRE2GREP=OFF \
		-DPCRE2_BUILD_TESTS=OFF -DPCRE2_SUPPORT_JIT=ON -DPCRE2_SUPPORT_UNICODE=ON >"$W/pcre2.log"
	cmake --build "$W/pcre2-build" -j2 >>"$W/pcre2.log"
	cmake --install "$W/pcre2-build" >>"$W/pcre2.log"
	touch "$W/stamp-pcre2"
fi
if [ ! -f "$W/stamp-libxlsxwriter" ]; then
	d=$(unpack libxlsxwriter)
	sh "$top/packaging/windows/libxlsxwriter-mingw-wide.sh" "$d"
	cmake -S "$d" -B "$W/xlsx-build" -DCMAKE_TOOLCHAIN_FILE="$TC" -DCMAKE_BUILD_TYPE=Release \
		-DCMAKE_INSTALL_PREFIX="$P" -DBUILD_SHARED_LIBS=OFF \
		-DZLIB_INCLUDE_DIR=/usr/$HOST/include -DZLIB_LIBRARY=/usr/$HOST/lib/libz.a >"$W/xlsx.log"
	cmake --build "$W/xlsx-build" -j2 >>"$W/xlsx.log"
	cmake --install "$W/xlsx-build" >>"$W/xlsx.log"
	touch "$W/stamp-libxlsxwriter"
fi
echo "windows: libraries in $P"
