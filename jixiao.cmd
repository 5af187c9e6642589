@echo off
rem jixiao launcher for Windows: builds target\jixiao.jar when missing or older than the sources, then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\jixiao.jar"
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f %%i in ('powershell -NoProfile -Command "$j=(Get-Item ''%JAR%'').LastWriteTime; @(Get-ChildItem -Recurse -File ''%HERE%src\main'',''%HERE%templates'') + (Get-Item ''%HERE%pom.xml'') | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1 | ForEach-Object { 1 }"') do set "STALE=1"
)
if defined STALE (
  echo jixiao: building %JAR% ... 1>&2
  pushd "%HERE%" && call mvn -B -q -DskipTests package & popd
  if not exist "%JAR%" ( echo jixiao: build failed, run: mvn -B package 1>&2 & exit /b 3 )
)
rem The JVM flags of ./jixiao (see bench/RESULTS.md): the heap a share of the machine's memory (25 %%)
rem or JIXIAO_HEAP as a size (set JIXIAO_HEAP=2g), GCTimeRatio=9 so the heap grows only as needed,
rem C1 alone starts quicker; JIXIAO_JAVA_OPTS comes last so it can override them.
set "HEAPOPT=-XX:MaxRAMPercentage=25"
if defined JIXIAO_HEAP set "HEAPOPT=-Xmx%JIXIAO_HEAP%"
java %HEAPOPT% -XX:GCTimeRatio=9 -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %JIXIAO_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
