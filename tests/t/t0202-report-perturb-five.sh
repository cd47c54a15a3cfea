#!/bin/sh
# run: once
# issue 16, perturbation and print on the Malan five-scheme book (the
# template's `make`): the tank's unit price, the valley price and the
# discount rate, each changed alone in the workbook and recomputed by
# gnumeric, move every cell of 经济 and 汇总 that depends on them through
# its formulas (report.py moved: cells that stay must be verdicts such as
# "never", or stay because the input enters them weighted by a cell worth
# 0: the gas boiler has no valley energy, year 0 is discounted by
# (1+i)^0); all three changed together, the five schemes' investment,
# cost, LCC, NPV, IRR and paybacks equal econ run with those inputs
# (0.01 %).  Print: every sheet A4 landscape, one page wide, 30 pages.
. "$(dirname "$0")/lib.sh"
R="$PY $TOP/tests/t/report.py"
D=$(mktemp -d)
trap 'rm -rf "$D"; t_cleanup' EXIT
# the project: tests/fixtures/malan-project.sh (init malan p, make), once
# per pass, read-only
F=$(fixture malan-project) && P="$F/p" &&
	ssconvert --recalc "$P/tender.xlsx" "$D/base.xlsx" 2>/dev/null ||
	{ echo "not ok 1 - make -C DIR tender.xlsx"; exit 1; }
B="$P/tender.xlsx"
val() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
# the inputs the tests change, set in copies of the book by one report.py
# (its start and openpyxl's import paid once): $D/NAME.xlsx with NAME alone
# changed, $D/p.xlsx with the three, $D/k.xlsx with a pasted number in 汇总
# (see its test) and $D/kp.xlsx, that with the tank's price changed
$R set "$B" "$D/price_tank_m3.xlsx" price_tank_m3=3000 + set "$B" "$D/tariff_valley.xlsx" tariff_valley=0.25 \
	+ set "$B" "$D/discount_rate.xlsx" discount_rate=0.05 + set "$B" "$D/p.xlsx" price_tank_m3=3000 tariff_valley=0.25 discount_rate=0.05 \
	+ edit "$B" "$D/k.xlsx" "汇总!B42=='经济'!\$C\$14*0+5545640" + set "$D/k.xlsx" "$D/kp.xlsx" price_tank_m3=3000 >"$D/log" 2>&1 ||
	{ cat "$D/log"; echo "not ok 1 - the inputs set in copies of tender.xlsx"; exit 1; }
# each recomputed by gnumeric ($D/r-NAME.xlsx), and what the tests below
# check asked of one report.py (the book's formulas and its recomputed
# values read once): moved over 经济 and 汇总 for each input alone and for
# k.xlsx, the names and references of the three changed together; $D/X.o
# what it printed, $D/X.rc its status
for n in price_tank_m3 tariff_valley discount_rate p k kp; do
	ssconvert --recalc "$D/$n.xlsx" "$D/r-$n.xlsx" 2>/dev/null || { echo "not ok 1 - ssconvert --recalc $n.xlsx"; exit 1; }
done
$R moved "$B" "$D/base.xlsx" "$D/r-price_tank_m3.xlsx" price_tank_m3 经济 汇总 -o "$D/price_tank_m3.o" -s "$D/price_tank_m3.rc" \
	+ moved "$B" "$D/base.xlsx" "$D/r-tariff_valley.xlsx" tariff_valley 经济 汇总 -o "$D/tariff_valley.o" -s "$D/tariff_valley.rc" \
	+ moved "$B" "$D/base.xlsx" "$D/r-discount_rate.xlsx" discount_rate 经济 汇总 -o "$D/discount_rate.o" -s "$D/discount_rate.rc" \
	+ moved "$D/k.xlsx" "$D/r-k.xlsx" "$D/r-kp.xlsx" price_tank_m3 经济 汇总 -o "$D/k.o" -s "$D/k.rc" \
	+ names "$D/r-p.xlsx" -o "$D/names.o" -s "$D/names.rc" + refs "$D/r-p.xlsx" -o "$D/refs.o" -s "$D/refs.rc" >"$D/log" 2>&1 ||
	{ cat "$D/log"; echo "not ok 1 - report.py moved, names, refs"; exit 1; }
answer() { cp "$D/$1.o" "$1.o" && cat "$1.o" && [ "$(cat "$D/$1.rc")" = "$2" ]; } # answer X STATUS: X.o here

# moved NAME: NAME alone changed and recomputed, report.py moved over 经济 and 汇总 into o
moved() { answer "$1" 0; rc=$?; mv "$1.o" o; return $rc; }

t 'the tank at 3000 元/m³ alone: every cell of 经济 and 汇总 that depends on it moves (verdicts excepted), none weighs it 0' '
	moved price_tank_m3 && [ "$(grep -c "weighs 0 here" o)" -eq 0 ]
'

t 'the valley at 0.25 元/kWh alone: every dependent cell moves but the gas boiler'"'"'s cost, whose valley energy is 0' '
	moved tariff_valley && [ "$(grep -c "weighs 0 here" o)" -eq 1 ] && grep -q "^经济!D17 " o &&
	[ "$(sumval "$P/econ-summary.csv" s5_annual_elec_kwh_valley)" = 0 ] && xlsx2csv -n 经济 "$B" | grep -q "^燃气锅炉,"
'

t 'the discount rate at 5 % alone: every dependent cell moves but the five year-0 discount factors, 1/(1+i)^0' '
	moved discount_rate && [ "$(grep -c "weighs 0 here" o)" -eq 5 ] &&
	[ "$(grep "weighs 0 here" o | grep -c "=1/(1+\$B\$6)^A[0-9]* stays 1:")" -eq 5 ]
'

t 'the check bites: a 汇总 cell that reads the investment but keeps a pasted number (=经济!C14*0+5545640) is named' '
	answer k 1 && grep -q "^汇总!B42 .* stays 5545640 when price_tank_m3 changes" k.o
'

t 'the three together: the five schemes'"'"' investment, cost, LCC, NPV, IRR and paybacks equal econ run with tank 3000 元/m³, valley 0.25 元/kWh, rate 5 % (0.01 %); 汇总 refers to them' '
	answer names 0 >/dev/null && mv names.o n && answer refs 0 &&
	sed "s/^valley,\([0-9:]*\),\([0-9:]*\),0.3035,/valley,\1,\2,0.25,/" "$TOP/data/climate/tariffs/shaanxi-malan.csv" >t.csv &&
	sed "s/^malan-tank,storage_tank,yuan\/m3,1500,/malan-tank,storage_tank,yuan\/m3,3000,/" "$P/prices.csv" >pr.csv &&
	[ "$(grep -c ",0.25," t.csv)" -eq 2 ] && grep -q "^malan-tank,storage_tank,yuan/m3,3000," pr.csv &&
	(cd "$P" && "$HK" econ --lang zh --tariff "$OLDPWD/t.csv" --base "ASHP only" --scheme "ASHP only=hp_power_kw" \
		--scheme "ASHP + storage=power_kw" --scheme 地源热泵=gshp --scheme 电锅炉+蓄热=electric-boiler --scheme 燃气锅炉=gas-boiler \
		--borefield bf-summary.csv,bf.csv --gas-prices gas.csv --prices "$OLDPWD/pr.csv" --invest invest.csv --rate 0.05 \
		--summary tank.csv) >e.csv 2>/dev/null &&
	n=0 && for k in 1 2 3 4 5; do
		for p in invest:invest_yuan:r cost:annual_cost_yuan:r lcc:lcc_yuan:r npv:npv_yuan:r irr:irr:0.00005 \
			payback:payback_years:0.005 dpayback:discounted_payback_years:0.005; do
			w=${p%%:*}; rest=${p#*:}; key=${rest%%:*}; tol=${rest#*:}
			want=$(sumval e.csv s${k}_$key)
			case $want in inf|nan|"") continue ;; esac
			got=$(val n s${k}_$w) && n=$((n + 1)) &&
			if [ "$tol" = r ]; then relnear "$got" "$want" 0.0001; else near "$got" "$want" "$tol"; fi ||
				{ echo "s${k}_$w: $got, econ $want"; exit 1; }
		done
	done && echo "$n results compared" && [ "$n" -ge 25 ] &&
	near "$(sumval e.csv s2_invest_yuan)" "$(awk "BEGIN { print 5474 * 700 + 1000 * 3000 + 66 * 1000 + 616 * 240 }")" 0.5
'

t 'print: the five-scheme book, every sheet A4 landscape and one page wide, head rows, header and footer; 30 pages (3, 3, 3, 7, 6, 8)' '
	$R page "$B" 马栏镇 "$(date +%F)" + probe "$B" w.xlsx && ssconvert -S "$B" "p%n.pdf" 2>/dev/null && pages="" &&
	for i in 0 1 2 3 4 5; do
		pages="$pages $(grep -ac "/Type */Page[^s]" p$i.pdf)" &&
		grep -aq "/MediaBox *\[ *0 0 841\.8[0-9]* 595\.2[0-9]* *\]" p$i.pdf || { echo "sheet $i not A4 landscape"; exit 1; }
	done && echo "pages:$pages" && [ "$pages" = " 3 3 3 7 6 8" ] &&
	ssconvert -S w.xlsx "w%n.pdf" 2>/dev/null &&
	for i in 0 1 2 3 4 5; do [ "$(grep -ac "/Type */Page[^s]" w$i.pdf)" -eq 1 ] || { echo "sheet $i wider than a page"; exit 1; }; done
'
t_done
