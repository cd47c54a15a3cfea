#!/bin/sh
# The dependency installer: on a system without apt-get it names what is
# missing and says what to do, exit 1 (it never half-installs).
# run: once (tools/install-deps.sh does not run heatkit)
. "$(dirname "$0")/lib.sh"

t 'without apt-get: a clear message naming the missing packages, exit 1' '
	mkdir bin && ln -s "$(command -v sh)" bin/sh && ln -s "$(command -v id)" bin/id &&
	PATH="$PWD/bin" expect_code 1 sh "$TOP/tools/install-deps.sh" 2>err &&
	grep -q "missing: .*pkg-config" err &&
	grep -q "this system has no apt-get" err
'
t 'with everything present it does nothing and exits 0' '
	sh "$TOP/tools/install-deps.sh" >out 2>err && [ ! -s out ] && [ ! -s err ]
'
t_done
