#!/bin/sh
# demo.sh - the main job, end to end, on a template project (make demo).
set -eu
cd "$(dirname "$0")/.."
mkdir -p demo
echo "== heatkit loadcalc --city 铜川 templates/example/buildings.csv"
bin/heatkit loadcalc --city 铜川 templates/example/buildings.csv
echo
echo "== summary (also in demo/loads.xlsx)"
bin/heatkit loadcalc --city 铜川 --summary templates/example/buildings.csv
bin/heatkit loadcalc --city 铜川 -o demo/loads.xlsx templates/example/buildings.csv
echo
echo "wrote demo/loads.xlsx"
