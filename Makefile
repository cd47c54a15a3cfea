# heatkit Makefile.  `make` builds bin/heatkit and its links; `make check`
# installs what is missing, then runs every test (normal and sanitized);
# `make demo` runs the main job.  V=1 shows the commands; J=N sets how
# many jobs `make check` runs at once (default: the number of CPUs).

PREFIX  ?= /usr/local
prefix  ?= $(PREFIX)
DESTDIR ?=
bindir  ?= $(prefix)/bin
datadir ?= $(prefix)/share/heatkit
mandir  ?= $(prefix)/share/man

CC      ?= cc
OPT     ?= -O2 -g
VERSION := 0.1.0

Q := @
ifeq ($(V),1)
Q :=
endif

PKGS      := xlsxwriter libpcre2-8
# Asked once per make (`:=`), not once per compiler call; `make check`
# re-runs make after tools/install-deps.sh, so a fresh machine gets them.
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libxlsxwriter is opened by lib/xlsxdl.c at the first workbook, not linked:
# it and its libcrypto were two thirds of every start-up (bench/RESULTS.md)
PKG_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null) -ldl
WARN    := -std=c11 -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wvla \
	   -Wstrict-prototypes -Wmissing-prototypes -Wpointer-arith \
	   -Wno-missing-field-initializers -Wno-format-truncation
DEFS    := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	   -DHK_VERSION='"$(VERSION)"'
ALL_CFLAGS = $(WARN) $(DEFS) $(OPT) $(PKG_CFLAGS) -Ilib $(CFLAGS)
# The unit tests' own code (calls and assertions; the library they test is
# built with OPT) compiles without optimisation: a third less compile time,
# the same run time.
UNIT_OPT ?= -O0
UNIT_CFLAGS = $(WARN) $(DEFS) $(OPT) $(UNIT_OPT) $(PKG_CFLAGS) -Ilib $(CFLAGS)
# The installed data directory is compiled into lib/paths.c alone (its
# last resort, after HEATKIT_DATA and the directories beside the binary),
# so that another PREFIX rebuilds one file, not the tree.
DATADIR_DEF = -DHK_DATADIR='"$(datadir)"'
J       ?= $(shell nproc 2>/dev/null || echo 2)
LIBS     = $(PKG_LIBS) -lcsv -lm

COMMANDS := loadcalc hpsize tanksize borefield pumpselect econ check report operate
LIB_SRC  := $(sort $(wildcard lib/*.c))
CMD_SRC  := $(sort $(wildcard cmd/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

# Two build trees: build/ (normal) and build/asan (SANITIZE=1).  The
# sanitized one also traps double-to-int conversions out of range
# (float-cast-overflow, not in GCC's -fsanitize=undefined; issue 18).
ifeq ($(SANITIZE),1)
B        := build/asan
# -g1: the line tables a sanitizer report needs (file:line in each
# frame), without the variables' debug info (a fifth of the compile time)
OPT      := -O1 -g1 -fno-omit-frame-pointer
SAN      := -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
BIN      := build/asan/bin
# The sanitizer runtimes linked in, not loaded: a sanitized process starts
# in ~40 ms instead of ~60, and the tests start some 1300 of them.  (GCC's
# spelling; clang links them statically already.)  -no-pie: the
# instrumented globals' descriptors need no ~100 000 relocations at each
# start (another ~11 ms a process; the sanitizers find the same: the
# address layout of a test build is not what they check).
ifndef SAN_LD
SAN_LD   := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null)),,-static-libasan -static-libubsan) -no-pie
endif
else
B        := build
SAN      :=
SAN_LD   :=
BIN      := bin
endif

LIB_OBJ  := $(LIB_SRC:%.c=$(B)/%.o)
CMD_OBJ  := $(CMD_SRC:%.c=$(B)/%.o)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps check check-fast check-asan check-valgrind demo install man man-check fuzz fuzz-build \
	bench bench-borefield clean unit cases build-plain build-asan

all: $(BIN)/heatkit $(addprefix $(BIN)/,$(COMMANDS))

deps:
	$(Q)sh tools/install-deps.sh

# Rebuild everything when the flags change (git's GIT-CFLAGS), and
# lib/paths.c alone when the data directory does.
$(B)/CFLAGS: FORCE
	@mkdir -p $(B)
	@echo '$(ALL_CFLAGS) $(UNIT_OPT) $(SAN) $(SAN_LD) $(LIBS)' | cmp -s - $@ || echo '$(ALL_CFLAGS) $(UNIT_OPT) $(SAN) $(SAN_LD) $(LIBS)' > $@
$(B)/DATADIR: FORCE
	@mkdir -p $(B)
	@echo '$(DATADIR_DEF)' | cmp -s - $@ || echo '$(DATADIR_DEF)' > $@
.PHONY: FORCE

# Each object also depends on the headers it includes, as the compiler
# lists them (-MMD -MP writes $(B)/x.d beside $(B)/x.o).
$(B)/%.o: %.c $(B)/CFLAGS
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN) -MMD -MP -c -o $@ $<

$(B)/lib/paths.o: lib/paths.c $(B)/CFLAGS $(B)/DATADIR
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(CC) $(ALL_CFLAGS) $(DATADIR_DEF) $(SAN) -MMD -MP -c -o $@ $<

$(B)/libheatkit.a: $(LIB_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BIN)/heatkit: $(CMD_OBJ) $(B)/libheatkit.a
	@mkdir -p $(BIN)
	@$(if $(Q),echo '   LD' $@)
	$(Q)$(CC) $(SAN) $(SAN_LD) -o $@ $(CMD_OBJ) $(B)/libheatkit.a $(LIBS)

$(addprefix $(BIN)/,$(COMMANDS)): $(BIN)/heatkit
	$(Q)ln -sf heatkit $@

$(B)/tests/%: tests/unit/%.c $(B)/libheatkit.a $(B)/CFLAGS
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(CC) $(UNIT_CFLAGS) $(SAN) $(SAN_LD) -MMD -MP -o $@ $< $(B)/libheatkit.a $(LIBS)

# test_columns checks each command's --help against the column dictionary,
# test_optunits each number option's unit against lib/units.c: they link
# the commands' declarations (every cmd/ object but main's)
CMD_DECL := $(filter-out %/heatkit.o,$(CMD_OBJ))
$(B)/tests/test_columns $(B)/tests/test_optunits: $(B)/tests/%: tests/unit/%.c $(CMD_DECL) $(B)/libheatkit.a $(B)/CFLAGS
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(CC) $(UNIT_CFLAGS) $(SAN) $(SAN_LD) -MMD -MP -o $@ $< $(CMD_DECL) $(B)/libheatkit.a $(LIBS)

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(UNIT_BIN:=.d)

# tests/pyrun: the shell tests' python3, a fork of one server that
# imported openpyxl once (tests/pyserve.py; tests/run.sh starts it);
# a test tool, built in the plain tree only
ifneq ($(SANITIZE),1)
PYRUN := build/tests/pyrun
$(PYRUN): tests/pyrun.c $(B)/CFLAGS
	@mkdir -p $(dir $@)
	@$(if $(Q),echo '   CC' $@)
	$(Q)$(CC) $(UNIT_CFLAGS) -o $@ $<
endif

unit: $(UNIT_BIN) $(PYRUN)
cases: all

# The whole test run: install what is missing, build both trees at once
# (J jobs shared between them), run unit tests and command tests with
# bin/heatkit, then again with the ASan/UBSan build (tests/run.sh).
check: deps
	$(Q)$(MAKE) --no-print-directory -j$(J) build-plain build-asan
	$(Q)sh tests/run.sh

build-plain:
	$(Q)$(MAKE) --no-print-directory all unit
build-asan:
	$(Q)$(MAKE) --no-print-directory SANITIZE=1 all unit

check-fast: all unit
	$(Q)HK_SKIP_ASAN=1 sh tests/run.sh

demo: deps all
	$(Q)sh tools/demo.sh

man: all
	$(Q)sh tools/mkman.sh bin/heatkit man

# libFuzzer harnesses (tests/fuzz/README.md): build, or run each for
# FUZZ_TIME seconds over a scratch corpus seeded from the committed one
FUZZ_TIME ?= 600
FUZZ_HARNESSES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz-build:
	$(Q)sh tests/fuzz/build.sh
fuzz: fuzz-build
	$(Q)for h in $(FUZZ_HARNESSES); do mkdir -p build/fuzz/corpus/$$h && \
	  build/fuzz/fuzz_$$h -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
	  -artifact_prefix=build/fuzz/$$h- build/fuzz/corpus/$$h tests/fuzz/corpus/$$h || exit 1; done

# the suite under valgrind memcheck (tests/valgrind.sh; VG_PARTS='unit cases': unit
# tests and command cases only)
check-valgrind: deps
	$(Q)$(MAKE) --no-print-directory all unit
	$(Q)sh tests/valgrind.sh

bench: all
	$(Q)sh bench/run.sh
	$(Q)sh bench/borefield.sh

bench-borefield: all
	$(Q)sh bench/borefield.sh

# DESTDIR stages an install without changing what is built (packagers,
# tests/t/t0004); SANITIZE=1 installs the ASan build.
install: all
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(datadir) $(DESTDIR)$(mandir)/man1
	install -m 755 $(BIN)/heatkit $(DESTDIR)$(bindir)/heatkit
	for c in $(COMMANDS); do ln -sf heatkit $(DESTDIR)$(bindir)/$$c; done
	cp -R data templates $(DESTDIR)$(datadir)/
	install -m 644 man/*.1 $(DESTDIR)$(mandir)/man1/

# Windows exe, its wine test, the Windows zip and the Debian package
include mk/windows.mk

clean:
	rm -rf build bin
