#!/bin/bash
# cases.sh - run command cases: each tests/cases/NNNN-name.case is a data
# file of sections (curl's tests/data, jq's .test files):
#
#   %% title          one line saying what is tested
#   %% args           the heatkit arguments, shell-quoted, one line
#   %% file NAME [gbk] [bom] [crlf]
#                     a file created in the work dir before the run;
#                     gbk: converted to GB18030 with iconv; bom: a UTF-8
#                     byte-order mark first; crlf: CRLF line ends;
#                     escapes: printf %b escapes (\x00) expanded
#   %% fixture NAME   tests/data/NAME copied into the work dir (data
#                     shared by several cases and unit tests)
#   %% stdin          what is fed on standard input
#   %% stdout         the exact expected standard output
#   %% stderr         the exact expected standard error
#   %% stderr-has     lines that must each appear in standard error
#   %% stdout-has     lines that must each appear in standard output
#   %% absent         file names that must not exist after the run
#   %% exit           the expected exit code (default 0)
#
# A case that expects a non-zero exit also asserts that its files (file
# and fixture sections) are byte for byte unchanged after the run.
# The run happens in a fresh temp dir with data/ reachable as "$TOP/data"
# (the args may say $TOP).  One "ok"/"not ok" line per case.  The runner
# forks little (one awk splits every case and writes its files, bash
# builtins do the rest): under ASan the time should go to heatkit, not to
# the runner.
set -u
HK_BIN=${HK_BIN:?}
TOP=$(cd "$(dirname "$0")/.." && pwd); export TOP
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
# split every case before running any: files straight into $root/N, every
# section also into $root/N/.sec/NN-kind[@ARG...]; one mkdir and one awk
# for the whole list (a fork costs ~3 ms here, ~140 cases per pass)
dirs=(); n=0
for case in "$@"; do n=$((n + 1)); dirs+=("$root/$n/.sec"); done
[ "$n" -gt 0 ] && mkdir -p "${dirs[@]}"
[ "$n" -gt 0 ] && awk -v root="$root" '
	FNR == 1 { if (out) close(out); if (f) close(f); out = ""; f = ""; k = 0
		   while (ARGV[++c] != FILENAME) ;   # an empty case has no line 1
		   w = root "/" c; d = w "/.sec" }
	/^%% / { if (out) close(out); if (f) close(f); out = "";
		 k++; kind = $2; f = sprintf("%s/%02d-%s", d, k, kind);
		 for (i = 3; i <= NF; i++) f = f "@" $i; printf "" > f;
		 if (kind == "file") { out = w "/" $3; printf "" > out }
		 next }
	k { print >> f; if (out) print >> out }' "$@" ||
	{ echo "not ok - the cases could not be split (a file name awk cannot write?)"; exit 1; }
# same A B: the files are byte for byte equal; bash builtins where it can
# (two cmp forks a case were a tenth of the runner's time), cmp when a file
# holds a NUL byte (read stops there: it would compare only a prefix)
same() {
	local a b
	IFS= read -r -d '' a <"$1" && { cmp -s "$1" "$2"; return; }
	IFS= read -r -d '' b <"$2" && { cmp -s "$1" "$2"; return; }
	[[ $a == "$b" ]]
}
n=0
for case in "$@"; do
	n=$((n + 1))
	name=${case##*/}; name=${name%.case}
	w=$root/$n
	args=""; expect_exit=0; title=$name
	stdin_file=/dev/null
	for s in "$w"/.sec/*; do
		kind=${s##*/}; kind=${kind#*-}; rest=${kind#*@}; kind=${kind%%@*}
		fname=${rest%%@*}; flags=@${rest#*@}@
		case $kind in
		title) read -r title <"$s" ;;
		args) read -r args <"$s" ;;
		file)
			case $flags in *@escapes@*) c=$(<"$w/$fname"); printf '%b' "$c" >"$w/$fname" ;; esac
			case $flags in *@crlf@*) sed -i 's/$/\r/' "$w/$fname" ;; esac
			case $flags in *@gbk@*) iconv -f UTF-8 -t GB18030 "$w/$fname" >"$w/.conv" && mv "$w/.conv" "$w/$fname" ;; esac
			case $flags in *@bom@*) { printf '\357\273\277'; cat "$w/$fname"; } >"$w/.conv" && mv "$w/.conv" "$w/$fname" ;; esac
			;;
		fixture) cp "$TOP/tests/data/$fname" "$w/$fname" ;;
		stdin) stdin_file=$s ;;
		exit) read -r expect_exit <"$s" ;;
		esac
	done
	# a run that fails must leave its inputs as they were (issue 18):
	# each file of the case kept aside, compared after: in a variable
	# (read stops at a NUL byte: such a file is copied, for cmp), so that
	# the ~340 failing cases fork no mkdir, cd and cp each
	inputs=(); copied=(); kept=()
	if [ "$expect_exit" -ne 0 ]; then
		for s in "$w"/.sec/*-file@* "$w"/.sec/*-fixture@*; do
			[ -e "$s" ] || continue
			f=${s##*/}; f=${f#*@}; f=${f%%@*}; inputs+=("$f")
			c=""
			if IFS= read -r -d '' c <"$w/$f"; then copied+=("$f"); kept+=(""); else kept+=("$c"); fi
		done
		[ ${#copied[@]} -gt 0 ] && mkdir -p "$w/.orig" && (cd "$w" && cp -- "${copied[@]}" .orig/)
	fi
	(cd "$w" && eval "set -- $args" && exec "$HK_BIN" "$@") <"$stdin_file" >"$w/.out" 2>"$w/.err"
	rc=$?
	why=""
	for i in "${!inputs[@]}"; do
		f=${inputs[$i]}
		if [ -e "$w/.orig/$f" ]; then
			same "$w/.orig/$f" "$w/$f" && continue
		elif [ -f "$w/$f" ]; then
			c=""
			if ! IFS= read -r -d '' c <"$w/$f" && [[ $c == "${kept[$i]}" ]]; then continue; fi
		fi
		why="$why; input $f changed by the failed run"
	done
	[ "$rc" -eq "$expect_exit" ] || why="exit $rc, expected $expect_exit"
	for s in "$w"/.sec/*; do
		kind=${s##*/}; kind=${kind#*-}; kind=${kind%%@*}
		case $kind in
		stdout) same "$s" "$w/.out" || why="$why; stdout differs: $(diff "$s" "$w/.out" | head -20)" ;;
		stderr) same "$s" "$w/.err" || why="$why; stderr differs: $(diff "$s" "$w/.err" | head -20)" ;;
		stdout-has|stderr-has)
			f=$w/.out; [ "$kind" = stderr-has ] && f=$w/.err
			got=""; IFS= read -r -d '' got <"$f"
			while IFS= read -r line; do
				[ -z "$line" ] && continue
				[[ $got == *"$line"* ]] || why="$why; $kind missing: $line"
			done <"$s" ;;
		absent)
			while IFS= read -r line; do
				[ -z "$line" ] && continue
				[ -e "$w/$line" ] && why="$why; file $line exists"
				for x in "$w/$line".*tmp*; do
					[ -e "$x" ] && why="$why; temp file for $line left behind"
					break
				done
			done <"$s" ;;
		esac
	done
	if [ -z "$why" ]; then
		echo "ok $n - $name: $title"
	else
		echo "not ok $n - $name: $title"
		printf '#   %s\n' "$why"
		sed 's/^/#   stderr: /' "$w/.err" | head -5
	fi
done
