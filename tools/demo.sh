#!/bin/sh
# demo.sh - the main job end to end (make demo): the Malan ASHP + water
# storage design of templates/malan, from buildings to payback.
set -eu
cd "$(dirname "$0")/.."
M=templates/malan
mkdir -p demo
say() { printf '\n== %s\n' "$*"; }

say "loads (咸阳 climate, station 57034)"
bin/heatkit loadcalc --city 57034 --summary $M/buildings.csv | grep -E '^(design_load_kw|phase_[^,]*|night_load_kw|annual_heat_gj),'
bin/heatkit loadcalc --city 57034 --days $M/days.csv --profile $M/buildings.csv >demo/profile.csv

say "heat pumps (LT-161, K1 at 铜川's winter AC design temperature, K2 0.8)"
bin/heatkit hpsize --model LT-161 --city 铜川 demo/profile.csv >demo/hp.csv
bin/heatkit hpsize --model LT-161 --city 铜川 --summary demo/profile.csv | grep -E '^(units|q_unit_kw|k1|k2|cop_design),'

say "storage: the paper's Table 1 (1000 m3, Shaanxi time-of-use tariff)"
bin/heatkit tanksize --tariff shaanxi-malan --volume 1000 --per-day demo/hp.csv
bin/heatkit tanksize --tariff shaanxi-malan --volume 1000 demo/hp.csv >demo/tank.csv

say "economics from the paper's Table 3 daily costs"
bin/heatkit econ --invest $M/invest.csv --summary $M/table3-daily.csv |
	grep -E '^(s[12]_annual_cost_yuan|extra_invest_yuan|annual_saving_yuan|payback_years|npv_yuan|irr),'

say "the workbook"
bin/heatkit econ --lang zh --tariff shaanxi-malan --invest $M/invest.csv -o demo/malan.xlsx demo/tank.csv
bin/heatkit tanksize --lang zh --tariff shaanxi-malan --volume 1000 -o demo/malan-tank.xlsx demo/hp.csv
echo "wrote demo/malan.xlsx (schemes, live formulas) and demo/malan-tank.xlsx (profile, per-day table)"
