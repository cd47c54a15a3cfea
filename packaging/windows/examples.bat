@echo off
rem examples.bat - the Malan design (templates\malan) from the buildings to a
rem tender workbook, examples\<project>\tender.xlsx (the README's chain, step
rem by step).
rem ASCII only: cmd.exe reads a .bat in the console's code page, and chcp 65001
rem does not change that everywhere (not for lines already read, not under
rem wine), so no Chinese is typed here.  Chinese names come from the file
rem system, which cmd.exe reads as Unicode on every code page: the project is
rem the name of the folder under examples\ (the zip has examples\<Malan town
rem in Chinese>\), passed to heatkit.exe as it is; the cities are given by
rem station number (57034 Xianyang, 53947 Tongchuan: heatkit names them).
setlocal
cd /d "%~dp0"
set M=templates\malan
set H=heatkit.exe
set PROJECT=
if not exist examples mkdir examples
pushd examples
for /d %%d in (*) do set "PROJECT=%%d"
popd
if not defined PROJECT set PROJECT=Malan
set O=examples\%PROJECT%
if not exist "%O%" mkdir "%O%"
%H% loadcalc --city 57034 --days %M%\days.csv --profile --summary --monthly "%O%\monthly.csv" -o "%O%\loads-summary.csv" %M%\buildings.csv
if errorlevel 1 goto fail
%H% loadcalc --city 57034 -o "%O%\loads.csv" %M%\buildings.csv
if errorlevel 1 goto fail
%H% loadcalc --city 57034 --days %M%\days.csv --profile -o "%O%\profile.csv" %M%\buildings.csv
if errorlevel 1 goto fail
%H% hpsize --model LT-161 --city 53947 -o "%O%\hp.csv" "%O%\profile.csv"
if errorlevel 1 goto fail
%H% hpsize --model LT-161 --city 53947 --summary -o "%O%\hp-summary.csv" "%O%\profile.csv"
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 -o "%O%\tank.csv" "%O%\hp.csv"
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 --summary -o "%O%\tank-summary.csv" "%O%\hp.csv"
if errorlevel 1 goto fail
%H% tanksize --tariff shaanxi-malan --volume 1000 --per-day -o "%O%\tank-per-day.csv" "%O%\hp.csv"
if errorlevel 1 goto fail
%H% pumpselect --flow 469.2 --head 30 --duty 3 --standby 1 --summary -o "%O%\pump-primary.csv"
if errorlevel 1 goto fail
%H% econ --tariff shaanxi-malan --invest %M%\invest.csv --summary -o "%O%\econ-summary.csv" "%O%\tank.csv"
if errorlevel 1 goto fail
%H% report -o "%O%\tender.xlsx" --project "%PROJECT%" "%O%\loads-summary.csv" "%O%\loads.csv" "%O%\monthly.csv" "%O%\tank.csv" "%O%\hp-summary.csv" "%O%\tank-summary.csv" "%O%\tank-per-day.csv" "primary-pump=%O%\pump-primary.csv" "%O%\econ-summary.csv" %M%\invest.csv
if errorlevel 1 goto fail
echo %O%\tender.xlsx written
exit /b 0
:fail
echo examples.bat: a step failed (see the message above)
exit /b 2
