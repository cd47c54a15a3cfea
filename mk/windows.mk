# windows.mk - heatkit.exe for Windows (x86_64-w64-mingw32), cross-built on
# Debian; its test under wine; the Windows zip; the Debian package.
# Included by the Makefile (issue 19; packaging/README.md says how).
#
#   make windows         build/win/heatkit.exe (libraries: packaging/windows/build-deps.sh)
#   make check-windows   the command cases, the Malan chain, examples.bat, --csv-encoding,
#                        Chinese names, read-only and locked outputs under wine, against bin/heatkit
#   make dist-windows    heatkit-VERSION-win64.zip
#   make deb             heatkit_VERSION_amd64.deb (dpkg-deb), checked by lintian

WIN_HOST  := x86_64-w64-mingw32
WIN_CC    := $(WIN_HOST)-gcc
WIN_B     := build/win
WIN_P     := $(WIN_B)/prefix
# mingw's own printf/strtod (C99: %zu, %g and rounding as glibc has them),
# PCRE2 and libxlsxwriter linked statically: no DLL beyond Windows' own
WIN_DEFS  := -D__USE_MINGW_ANSI_STDIO=1 -DPCRE2_STATIC -D_POSIX_C_SOURCE=200809L \
	     -DHK_VERSION='"$(VERSION)"' -DHK_DATADIR='"."'
# format(printf) means msvcrt's printf to mingw's gcc, which has no %zu;
# the C99 printf of __USE_MINGW_ANSI_STDIO has: the Linux build checks formats
WIN_WARN  = $(filter-out -Wformat=2,$(WARN)) -Wno-format
WIN_CFLAGS = $(WIN_WARN) $(WIN_DEFS) -O2 -I$(WIN_P)/include -Ilib
WIN_LIBS  := -L$(WIN_P)/lib -lxlsxwriter -lpcre2-8 -lcsv -lz -lm
# lib/xlsxdl.c opens libxlsxwriter.so at the first workbook on Linux; the
# exe links the library in (lib/platform.c answers hk_xlsx_open_error)
WIN_OBJ   := $(filter-out $(WIN_B)/obj/lib/xlsxdl.o,$(LIB_SRC:%.c=$(WIN_B)/obj/%.o)) $(CMD_SRC:%.c=$(WIN_B)/obj/%.o)

.PHONY: windows windows-deps check-windows dist-windows deb

windows: $(WIN_B)/heatkit.exe

windows-deps: $(WIN_B)/stamp-deps
$(WIN_B)/stamp-deps: packaging/windows/build-deps.sh
	$(Q)sh packaging/windows/build-deps.sh
	@touch $@

$(WIN_B)/obj/%.o: %.c $(WIN_B)/stamp-deps
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(WIN_CC) $(WIN_CFLAGS) -MMD -MP -c -o $@ $<

$(WIN_B)/heatkit.exe: $(WIN_OBJ)
	@$(if $(Q),echo '   LD' $@)
	$(Q)$(WIN_CC) -static -o $@ $(WIN_OBJ) $(WIN_LIBS)

-include $(WIN_OBJ:.o=.d)

# heatkit.exe under wine against bin/heatkit (packaging/windows/check.sh)
check-windows: dist-windows all
	$(Q)VERSION=$(VERSION) bash packaging/windows/check.sh

dist-windows: windows
	$(Q)sh packaging/windows/dist.sh $(VERSION)

# the package is built from bin/heatkit compiled for /usr (data found as
# BIN/../share/heatkit/data; the compiled-in fallback says /usr/share/heatkit)
deb:
	$(Q)$(MAKE) --no-print-directory prefix=/usr all
	$(Q)sh packaging/deb/build.sh $(VERSION)
