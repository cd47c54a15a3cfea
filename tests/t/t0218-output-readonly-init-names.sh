#!/bin/sh
# t0218-output-readonly-init-names.sh - what issue 19 asked of Windows, on
# Linux too (packaging/windows/check.sh runs the same under wine):
#  - an output marked read-only (chmod a-w; the read-only attribute on
#    Windows) is refused, exit 2, and left as it was, root or not;
#  - a replaced file keeps its mode;
#  - heatkit init --list and init read template directories and files with
#    Chinese names (lib/platform.c hk_dir_open: FindFirstFileW on Windows).
. "$(dirname "$0")/lib.sh"
unset HEATKIT_CSV_ENCODING
t "an output marked read-only: exit 2, the message says so, the file is left as it was" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv && printf "old\n" >out.csv && chmod a-w out.csv &&
	expect_code 2 "$HK" loadcalc --city 铜川 -o out.csv b.csv 2>err &&
	grep -q "^out.csv: error: is read-only: expected a file heatkit may replace (it is left as it was" err &&
	[ "$(cat out.csv)" = old ] && [ -z "$(ls -A | grep tmp)" ] &&
	expect_code 2 "$HK" loadcalc --city 铜川 -o out.xlsx b.csv 2>/dev/null; chmod u+w out.csv'
t "a workbook marked read-only likewise; writable again, it is replaced and keeps its mode 0640" '
	printf "name,area_m2,index_w_m2\nA,1000,50\n" >b.csv && printf "x" >w.xlsx && chmod 0440 w.xlsx &&
	expect_code 2 "$HK" loadcalc --city 铜川 -o w.xlsx b.csv 2>err && grep -q "is read-only" err &&
	[ "$(cat w.xlsx)" = x ] && chmod 0640 w.xlsx && "$HK" loadcalc --city 铜川 -o w.xlsx b.csv &&
	[ "$(stat -c %a w.xlsx)" = 640 ] && [ "$(head -c 2 w.xlsx)" = PK ]'
# a data tree (data/ a real directory: data/.. must be this tree) whose templates/ holds the real ones and one with Chinese names
mk_tree() {
	mkdir -p d/templates/中文模板 d/data && ln -s "$TOP"/data/* d/data/ &&
	for x in "$TOP"/templates/*; do ln -s "$x" "d/templates/${x##*/}"; done &&
	printf "# 中文模板：测试用\n" >d/templates/中文模板/README.md &&
	printf "name,area_m2,index_w_m2\n办公楼,1000,50\n" >d/templates/中文模板/建筑.csv
}
t "init --list shows a template directory with a Chinese name, its README title at column 16 as for the others (中文 two columns each)" '
	mk_tree && HEATKIT_DATA=$PWD/d/data "$HK" init --list >out &&
	grep -qx "中文模板       中文模板：测试用" out && grep -q "^malan " out &&
	[ "$(tail -1 out | cut -d" " -f1)" = 中文模板 ]'
t "init 中文模板 项目: its files, Chinese names included, copied; loadcalc runs on them" '
	mk_tree && HEATKIT_DATA=$PWD/d/data "$HK" init 中文模板 项目 >out &&
	cmp 项目/建筑.csv d/templates/中文模板/建筑.csv && grep -q "^项目/建筑.csv\$" out &&
	HEATKIT_DATA=$PWD/d/data "$HK" loadcalc --city 铜川 --summary 项目/建筑.csv >s.csv && grep -q "^design_load_kw,50.0," s.csv'
t_done
