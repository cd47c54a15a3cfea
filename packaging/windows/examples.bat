@echo off
rem examples.bat - the Malan design (templates\malan) from the buildings to a
rem tender workbook, examples\tender.xlsx (the README's chain, step by step).
rem ASCII only (53947 is the station of Tongchuan): cmd.exe reads a .bat in
rem the console code page, before chcp takes effect on some systems and wine.
chcp 65001 >nul
setlocal
cd /d "%~dp0"
set M=templates\malan
set H=heatkit.exe
if not exist examples mkdir examples
%H% loadcalc --city 57034 --days %M%\days.csv --profile --summary --monthly examples\monthly.csv -o examples\loads-summary.csv %M%\buildings.csv
if errorlevel 1 goto fail
%H% loadcalc --city 57034 -o examples\loads.csv %M%\buildings.csv
if errorlevel 1 goto fail
%H% loadcalc --city 57034 --days %M%\days.csv --profile -o examples\profile.csv %M%\buildings.csv
if errorlevel 1 goto fail
%H% hpsize --model LT-161 --city 53947 -o examples\hp.csv examples\profile.csv
if errorlevel 1 goto fail
%H% hpsize --model LT-161 --city 53947 --summary -o examples\hp-summary.csv examples\profile.csv
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 -o examples\tank.csv examples\hp.csv
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 --summary -o examples\tank-summary.csv examples\hp.csv
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 --per-day -o examples\tank-per-day.csv examples\hp.csv
if errorlevel 1 goto fail
%H% pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary -o examples\pump-primary.csv
if errorlevel 1 goto fail
%H% econ --tariff shaanxi-malan --invest %M%\invest.csv --summary -o examples\econ-summary.csv examples\tank.csv
if errorlevel 1 goto fail
%H% report -o examples\tender.xlsx --project Malan examples\loads-summary.csv examples\loads.csv examples\monthly.csv examples\tank.csv examples\hp-summary.csv examples\tank-summary.csv examples\tank-per-day.csv primary-pump=examples\pump-primary.csv examples\econ-summary.csv %M%\invest.csv
if errorlevel 1 goto fail
echo examples\tender.xlsx written
exit /b 0
:fail
echo examples.bat: a step failed (see the message above)
exit /b 2
