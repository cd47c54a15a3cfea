#!/bin/sh
# The shell tests' python ($PY): under tests/run.sh, tests/pyrun, a fork
# of the python server (tests/pyserve.py); alone, python3.  Either way a
# script must see what python3 would give it, and its failures must reach
# the test: exit status, stdout, stderr, stdin, argv, working directory,
# environment, umask.
# run: once (a test tool, the same for both builds)
. "$(dirname "$0")/lib.sh"

t 'exit status: sys.exit(N), an exception (1), sys.exit("msg") (1, on stderr)' '
	expect_code 3 $PY -c "import sys; sys.exit(3)" &&
	expect_code 0 $PY -c "pass" &&
	{ $PY -c "assert 1 == 2, \"one is not two\"" 2>err; [ $? -eq 1 ]; } &&
	grep -q "AssertionError: one is not two" err && ! grep -q pyserve err &&
	printf "x = 1\nraise ValueError(x)\n" >s.py && { $PY s.py 2>err; [ $? -eq 1 ]; } &&
	[ "$(grep -c "^  File" err)" = 1 ] && grep -q "File \"$(pwd)/s.py\", line 2" err &&
	{ $PY -c "import sys; sys.exit(\"msg\")" 2>err; [ $? -eq 1 ]; } && [ "$(cat err)" = msg ]
'
t 'argv, stdin, stdout and the working directory, for -c, - and a script' '
	mkdir sub && cd sub &&
	printf "import os, sys\nprint(sys.argv[1:], os.getcwd() == os.environ[\"PWD\"], sys.stdin.read())\n" >s.py &&
	echo in | PWD=$(pwd) $PY s.py a "b c" >out && printf "[\047a\047, \047b c\047] True in\n\n" >want && cmp out want &&
	printf "import sys\nprint(sys.argv)\n" | $PY - x >out && printf "[\047-\047, \047x\047]\n" >want && cmp out want &&
	$PY -c "import sys; print(sys.argv)" y >out && printf "[\047-c\047, \047y\047]\n" >want && cmp out want &&
	$PY -c "print(__name__)" >out && [ "$(cat out)" = __main__ ]
'
t 'environment and umask are the caller'"'"'s; UTF-8 out' '
	HK_T0225=yes $PY -c "import os; print(os.environ[\"HK_T0225\"])" >out && [ "$(cat out)" = yes ] &&
	$PY -c "import os; print(os.environ.get(\"HK_T0225\"))" >out && [ "$(cat out)" = None ] &&
	(umask 027 && $PY -c "import os; m = os.umask(0); print(oct(m))") >out && [ "$(cat out)" = 0o27 ] &&
	$PY -c "print(\"供热\")" >out && [ "$(cat out)" = "供热" ]
'
t 'a script gets a fresh interpreter: what one run sets, the next does not see' '
	$PY -c "import sys; sys.hk_t0225 = 1; import openpyxl; openpyxl.hk_t0225 = 1" &&
	$PY -c "import sys, openpyxl; assert not hasattr(sys, \"hk_t0225\") and not hasattr(openpyxl, \"hk_t0225\")"
'
t_done
