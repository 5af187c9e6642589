#!/usr/bin/env bash
# The jixiao benchmark: render --all over N synthetic units (cold JVM, warm JVM, nothing changed),
# one unit from a cold start, and the anchors a user would reach for instead (LibreOffice
# converting our DOCX to PDF, poi-tl filling a DOCX table), all in one run. Writes
# bench/RESULTS.md (the tables, then bench/NOTES.md, the hand-written analysis).
#
#   bench/run.sh                       N = 100 1000 5000 (see README for how long it takes)
#   NS="20 100" bench/run.sh           quicker, for trying changes
#   ANCHOR_UNITS=10 WORK=/tmp/b bench/run.sh
#
# Needs: Java 17, Maven, python3, GNU time (/usr/bin/time), LibreOffice (soffice) for its anchor
# (skipped when missing). Every measurement records the 1-minute load average: figures taken
# while other work runs on the machine are not worth much.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
NS=${NS:-"100 1000 5000"}
ANCHOR_UNITS=${ANCHOR_UNITS:-10}
WORK=${WORK:-/tmp/jixiao-bench}
SEED=${SEED:-6}
rows="$WORK/rows.md"
anchors="$WORK/anchors.md"
started=$(date +%s)

rm -rf "$WORK" && mkdir -p "$WORK"
echo "building jixiao and the anchors…" >&2
(cd "$root" && mvn -B -q -DskipTests package) >&2
(cd "$here/anchors" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt) >&2
anchor_cp="$here/anchors/target/classes:$(cat "$here/anchors/target/cp.txt")"
# a private copy, so a rebuild while the benchmark runs changes nothing
jar="$WORK/jixiao.jar"
cp "$root/target/jixiao.jar" "$jar"
# the JVM flags ./jixiao uses (see the launcher), with a CDS archive made for this copy
JVM=${JVM:-"-Xmx512m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off"}
# shellcheck disable=SC2206
jvm=($JVM)
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$WORK/jixiao.jsa" -jar "$jar" render "$root/data/2025/广水市医疗保障局.yaml" --out "$WORK/cds" --quiet >&2
jvm+=(-XX:SharedArchiveFile="$WORK/jixiao.jsa")

load() { cut -d' ' -f1 /proc/loadavg; }

# timed LABEL N FILES CMD...: runs CMD under GNU time, appends a table row.
timed() {
  local label=$1 n=$2 files=$3; shift 3
  local l
  l=$(load)
  echo "  $label (N=$n, load $l)…" >&2
  if ! /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$WORK/last.log" 2>&1; then
    echo "failed: $*" >&2; tail -20 "$WORK/last.log" >&2; exit 1
  fi
  read -r wall rss <"$WORK/time.txt"
  row "$label" "$n" "$files" "$wall" "$rss" "$l"
}

# row LABEL N FILES WALL RSS_KB LOAD
row() {
  python3 - "$@" >>"$rows" <<'EOF'
import sys
label, n, files, wall, rss, load = sys.argv[1:]
n, files, wall = int(n), int(files), float(wall)
rate = f"{files / wall:.0f}" if files and wall > 0 else "–"
per = f"{wall / n * 1000:.0f}" if n else "–"
mib = f"{int(rss) / 1024:.0f}" if rss != "-" else "–"
print(f"| {n} | {label} | {wall:.2f} | {files} | {rate} | {per} | {mib} | {load} |")
EOF
}

# warm round R's seconds from Warm.java's output
round() { sed -n "s/^round $1: \([0-9.]*\) s.*/\1/p" "$WORK/last.log"; }
# the mean of the seconds of rounds 3 to 12 (the anchors: ten units make a round of a quarter of
# a second, where one collection or one compile moves a single round by a tenth)
warm_mean() {
  for r in $(seq 3 12); do round "$r"; done | python3 -c "import sys; v=[float(x) for x in sys.stdin]; print(sum(v) / len(v))"
}

first_n=""
for n in $NS; do
  echo "N=$n" >&2
  d="$WORK/n$n"
  python3 "$here/gen_units.py" "$n" "$d/data" "$SEED"
  files=$((3 * n))
  [ -z "$first_n" ] && first_n=$n
  timed "cold JVM" "$n" "$files" java "${jvm[@]}" -jar "$jar" render --all --data "$d/data" --out "$d/out" --quiet
  timed "nothing changed (manifest)" "$n" 0 java "${jvm[@]}" -jar "$jar" render --all --data "$d/data" --out "$d/out" --quiet
  if [ "$n" = "$first_n" ]; then
    timed "--check (renders in memory)" "$n" "$files" java "${jvm[@]}" -jar "$jar" render --all --data "$d/data" --out "$d/out" --check --quiet
    timed "cold JVM, plain java -jar (no flags, default heap)" "$n" "$files" java -jar "$jar" render --all --data "$d/data" --out "$d/out1" --quiet --force
    rm -rf "$d/out1"
    timed "cold JVM, --jobs 1" "$n" "$files" java "${jvm[@]}" -jar "$jar" render --all --data "$d/data" --out "$d/out1" --quiet --force --jobs 1
    rm -rf "$d/out1"
  fi
  timed "warm JVM (2 rounds in one JVM; RSS of both)" "$n" "$files" java "${jvm[@]}" -cp "$jar" "$here/Warm.java" 2 render --all --data "$d/data" --out "$d/out2" --quiet --force
  row "warm JVM, round 2 alone" "$n" "$files" "$(round 2)" - "$(load)"
  if [ "$n" != "$first_n" ]; then
    rm -rf "$d"
  fi
done

echo "single unit" >&2
single="$root/data/2025/广水市医疗保障局.yaml"
timed "one unit (广水市医疗保障局), 3 formats, cold JVM" 1 3 java "${jvm[@]}" -jar "$jar" render "$single" --out "$WORK/single" --force --quiet

echo "anchors" >&2
d="$WORK/n$first_n"
mapfile -t some < <(find "$d/data" -name '*.yaml' | sort | head -n "$ANCHOR_UNITS")
k=${#some[@]}
java "${jvm[@]}" -cp "$jar" "$here/Warm.java" 12 render "${some[@]}" --out "$WORK/pdf" --format pdf --force --jobs 1 --quiet >"$WORK/last.log" 2>&1
ours_pdf=$(python3 -c "print(f'{$(warm_mean) / $k * 1000:.1f}')")
java "${jvm[@]}" -cp "$jar" "$here/Warm.java" 12 render "${some[@]}" --out "$WORK/docx" --format docx --force --jobs 1 --quiet >"$WORK/last.log" 2>&1
ours_docx=$(python3 -c "print(f'{$(warm_mean) / $k * 1000:.1f}')")
# OFD is drawn from the PDF writer's pages (typeset in memory), so it costs a PDF and a bit more
java "${jvm[@]}" -cp "$jar" "$here/Warm.java" 12 render "${some[@]}" --out "$WORK/ofd" --format ofd --force --jobs 1 --quiet >"$WORK/last.log" 2>&1
ours_ofd=$(python3 -c "print(f'{$(warm_mean) / $k * 1000:.1f}')")
ofd_kib=$(find "$WORK/ofd" -name '*.ofd' -printf '%s\n' | python3 -c "import sys; s=[int(x) for x in sys.stdin]; print(f'{sum(s)/len(s)/1024:.0f}')")
l=$(load)
{
  echo "| tool | what | ms per unit | load |"
  echo "| --- | --- | ---: | --- |"
  echo "| jixiao | PDF, warm JVM, one thread (mean of rounds 3–12) | $ours_pdf | $l |"
  echo "| jixiao | DOCX, warm JVM, one thread (mean of rounds 3–12) | $ours_docx | $l |"
  echo "| jixiao | OFD, warm JVM, one thread (mean of rounds 3–12; mean file $ofd_kib KiB) | $ours_ofd | $l |"
} >"$anchors"
mapfile -t docs < <(find "$d/out" -name '*.docx' | sort | head -n "$ANCHOR_UNITS")
if command -v soffice >/dev/null 2>&1; then
  lo="$WORK/lo"
  mkdir -p "$lo/out"
  profile="file://$lo/profile"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$lo/out" "${docs[0]}" >/dev/null 2>&1 # first start sets up the profile
  l=$(load)
  t0=$(date +%s.%N)
  for f in "${docs[@]}"; do
    soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$lo/out" "$f" >/dev/null 2>&1
  done
  t1=$(date +%s.%N)
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$lo/out" "${docs[@]}" >/dev/null 2>&1
  t2=$(date +%s.%N)
  python3 - "$t0" "$t1" "$t2" "${#docs[@]}" "$ours_pdf" "$l" >>"$anchors" <<'EOF'
import sys
t0, t1, t2, n, ours, load = map(float, sys.argv[1:])
each, batch = (t1 - t0) / n * 1000, (t2 - t1) / n * 1000
print(f"| LibreOffice | DOCX → PDF, one soffice per unit | {each:.0f} | {load} |")
print(f"| LibreOffice | DOCX → PDF, all {int(n)} in one soffice | {batch:.0f} | {load} |")
print(f"| | jixiao PDF is {each / ours:.0f}× faster than one soffice per unit, "
      f"{batch / ours:.0f}× faster than one batched soffice | | |")
EOF
else
  echo "| LibreOffice | not installed: skipped | – | |" >>"$anchors"
fi
: >"$WORK/layouts.xml"
java "${jvm[@]}" -jar "$jar" render "${some[@]}" --emit layout >"$WORK/layouts.xml"
java -cp "$anchor_cp" bench.PoiTlAnchor "$WORK/layouts.xml" "$WORK/poitl" 5 >"$WORK/last.log" 2>/dev/null
poitl=$(sed -n 's/^poi-tl round 5: .*, \([0-9.]*\) ms per unit/\1/p' "$WORK/last.log")
echo "| poi-tl 1.12.2 | the same table texts into a DOCX template, warm JVM (round 5) | $poitl | $(load) |" >>"$anchors"

minutes=$(( ($(date +%s) - started + 59) / 60 ))
# before the redirection below empties RESULTS.md, which would count as an uncommitted change
commit="$(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet || echo ' (with uncommitted changes)')"
{
  echo "# Benchmark results"
  echo
  echo "Generated by \`bench/run.sh\` (NS=\"$NS\", ANCHOR_UNITS=$ANCHOR_UNITS, seed $SEED); the whole run took about $minutes min."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "- java: $(java -version 2>&1 | head -1); flags (as ./jixiao): \`$JVM\` and a CDS archive"
  echo "- commit: $commit"
  echo "- load: the last column is the 1-minute load average when the step started. It includes the"
  echo "  benchmark's own previous step (up to ≈ 2 on this 2-core machine with --jobs 2); clearly above"
  echo "  2, other work was competing and the times are pessimistic."
  echo
  echo "## render --all"
  echo
  echo "Units are generated by \`bench/gen_units.py\` (0–20 projects, 30–100 % of the indicator"
  echo "tree, 2–14 functions and tasks); 3 files per unit (DOCX, XLSX, PDF), default --jobs (cores)."
  echo
  echo "| N | run | wall s | files | files/s | ms per unit | peak RSS MiB | load |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  cat "$rows"
  echo
  echo "## Anchors (first $k units of N=$first_n)"
  echo
  cat "$anchors"
  echo
  cat "$here/NOTES.md"
} >"$here/RESULTS.md"
echo "wrote $here/RESULTS.md" >&2
