#!/bin/sh
# The layers (README "Layout", lib/diag.h): only the command layer prints
# to standard error or exits, and no command keeps mutable state at file
# scope.  Checked on the compiled objects, so that a macro or a static
# inside a function cannot hide a call or a variable: the symbols an object
# needs (nm -u) and the writable data it defines (objdump -t: .data, .bss).
# run: once (the plain build's objects; the source is the same for ASan)
. "$(dirname "$0")/lib.sh"
B="$TOP/build"

# The command layer in lib/: these, and nothing else, may print messages or
# exit.  progress.c draws the progress line on a terminal.
COMMAND_LAYER="diag opt job progress"
# what printing a message or ending the process needs
FORBIDDEN='exit|_exit|_Exit|quick_exit|abort|stderr|perror|printf|vprintf|puts|putchar|hk_die|hk_exit_err|hk_warn'

objs() { ls "$B"/$1/*.o >/dev/null 2>&1 || { echo "no objects in $B/$1: run make first"; return 1; }; }

# lib_offenders: "file: symbols" for each lib/ object outside the command
# layer that needs a forbidden symbol (one nm and one awk for all objects)
lib_offenders() {
	nm -u -A "$B"/lib/*.o | awk -v layer=" $COMMAND_LAYER " -v re="^($FORBIDDEN)\$" '
		{ f = $1; sub(/:$/, "", f); sub(/.*\//, "", f); sub(/\.o$/, "", f)
		  if (index(layer, " " f " ") || $NF !~ re) next
		  if (!(f in s)) order[++n] = f
		  s[f] = s[f] $NF " " }
		END { for (i = 1; i <= n; i++) print "lib/" order[i] ".c: " s[order[i]] }'
}
# cmd_state OBJ...: the writable variables (file scope or static in a
# function) the objects define; const data is in .rodata / .data.rel.ro
# (one objdump for all: each object's table follows a line "NAME.o: file
# format ...")
cmd_state() {
	objdump -t "$@" | awk '
		/: +file format / { f = $1; sub(/:$/, "", f); sub(/.*\//, "", f); sub(/\.o$/, "", f); next }
		$0 ~ / O / {
			for (i = 1; i <= NF; i++) if ($i == "O") sec = $(i + 1)
			if (sec ~ /^\.(data|bss|tdata|tbss)(\.|$)/ && sec !~ /rel\.ro/)
				print "cmd/" f ".c: " $NF
		}'
}

t 'lib/: only the command layer (diag, opt, job, progress) prints to stderr or exits' '
	objs lib && out=$(lib_offenders) && { [ -z "$out" ] || { echo "$out"; false; }; }
'
t 'the check sees a lib/ object that exits or prints to stderr (a planted one)' '
	objs lib && mkdir -p b/lib &&
	printf "#include <stdio.h>\n#include <stdlib.h>\nvoid f(void);\nvoid f(void) { fprintf(stderr, \"x\"); exit(2); }\n" >x.c &&
	cc -c -o b/lib/planted.o x.c && out=$(B=$PWD/b lib_offenders) &&
	echo "$out" | grep -q "lib/planted.c: .*exit" && echo "$out" | grep -q "stderr"
'
t 'cmd/: no command keeps writable state (options live in a struct on the stack)' '
	objs cmd && out=$(cmd_state "$B"/cmd/*.o) && { [ -z "$out" ] || { echo "$out"; false; }; }
'
t 'the check sees a writable variable at file scope or static in a function (planted)' '
	printf "static int a;\nstatic const char *const k[] = {\"x\", 0};\nint f(int);\nint f(int x) { static double b; a += x; b += a; return (int)b + (k[0] != 0); }\n" >y.c &&
	cc -O2 -c -o y.o y.c && out=$(cmd_state y.o) &&
	echo "$out" | grep -q ": a$" && echo "$out" | grep -q ": b" && ! echo "$out" | grep -q ": k$"
'
t_done
