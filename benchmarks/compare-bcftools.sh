#!/usr/bin/env bash
# seedprint-matcher side by side with bcftools gtcheck on the same synthetic biallelic files
# (docs/performance.md, "Matcher CLI vs bcftools gtcheck"). One command:
#   benchmarks/compare-bcftools.sh            # all rows, 3 runs each, taken alternately
#   RUNS=5 ROWS="gbs 5k" benchmarks/compare-bcftools.sh
# Makes VCFs of 1,000 / 5,000 / 50,000 samples x 1,000 sites with related lines (BiallelicVcf) and a
# GBS-like panel shape (1,026 x 186), runs both tools on each workload, checks that every pair both
# report has the same counts (CompareCounts), and prints the table: medians, their ratio, and the load.
# Skips what is not installed (bcftools, bgzip); needs a JDK 21+ (found as ./seedprint finds it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
RUNS=${RUNS:-3}
ROWS=${ROWS:-"gbs 1k 5k 50k"}
DIR=${DIR:-$root/benchmarks/target/compare-bcftools}

for tool in bcftools bgzip; do
  if ! command -v "$tool" >/dev/null 2>&1; then echo "skipped: $tool is not installed (Debian: apt-get install bcftools tabix)"; exit 0; fi
done
errflag=-e
bcftools gtcheck 2>&1 | grep -q -- '-E, --error-probability' && errflag=-E

./seedprint matcher --version >/dev/null   # builds the CLI jar and its start-up cache once
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find benchmarks/src matcher/src -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi
java=$(bash -c '. <(sed -n "/^java_major()/,/^}/p;/^pick_jdk()/,/^}/p" seedprint); pick_jdk')/bin/java
ours() { "$root/seedprint" matcher "$@"; }

make_set() { # name samples sites seed
  local d=$DIR/$1
  if [ ! -f "$d/library.vcf.gz" ]; then
    mkdir -p "$d"
    "$java" -Xmx3g -cp "$jar" org.seedprint.benchmarks.BiallelicVcf "$d" "$2" "$3" "$4" 2
    bgzip -f "$d/library.vcf"; bgzip -f "$d/query.vcf"
    bcftools index -f "$d/library.vcf.gz"; bcftools index -f "$d/query.vcf.gz"
    ours index --panel "$d/sites.bed" "$d/library.vcf.gz" -o "$d/library.idx" 2>/dev/null
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # out-file command... ; prints seconds
  local out=$1; shift
  /usr/bin/time -f %e -o "$DIR/.t" "$@" >"$out" 2>"$out.err" || { echo "FAILED: $* (see $out.err)" >&2; exit 1; }
  cat "$DIR/.t"
}

rows=()
row() { # label set "bcftools args" "our args"
  local label=$1 d=$DIR/$2 b=$3 o=$4 bt=() ot=()
  for r in $(seq "$RUNS"); do
    bt+=("$(eval timed "$DIR/b.out" bcftools gtcheck $errflag 0 -u GT $b)")
    ot+=("$(eval timed "$DIR/o.out" "$root/seedprint" matcher $o)")
  done
  local check; check=$("$java" -Xmx3g -cp "$jar" org.seedprint.benchmarks.CompareCounts "$DIR/o.out" "$DIR/b.out") || { echo "$check"; exit 1; }
  local bm om; bm=$(printf '%s\n' "${bt[@]}" | median); om=$(printf '%s\n' "${ot[@]}" | median)
  local ratio; ratio=$(awk -v b="$bm" -v o="$om" 'BEGIN { if (o <= b) printf "%.1fx faster", b / (o > 0 ? o : 0.005); else printf "%.1fx slower", o / b }')
  rows+=("| $label | $bm s | $om s | $ratio | ${check%% pairs*} pairs agree |")
  echo "  $label: bcftools ${bt[*]}, ours ${ot[*]}; $check" >&2
}

mkdir -p "$DIR"
echo "load before: $(uptime)" >&2
for set in $ROWS; do
  case $set in
    gbs) make_set gbs 1026 186 7
         row "GBS-like panel, 1,026 samples x 186 sites, all pairs written" gbs "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0"
         row "same, pairs >= 0.99 only (ours) vs all pairs (bcftools)" gbs "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0.99" ;;
    1k)  make_set 1k 1000 1000 42
         row "all pairs of 1,000 x 1,000 written, from VCF" 1k "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0"
         row "pairs >= 0.9 of 1,000 x 1,000 (ours) vs all pairs (bcftools)" 1k "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0.9" ;;
    5k)  make_set 5k 5000 1000 42
         row "2 queries vs 5,000 x 1,000 library, from VCF (ours: top 10)" 5k "-g \$d/library.vcf.gz \$d/query.vcf.gz" "match --panel \$d/sites.bed --library \$d/library.vcf.gz --query \$d/query.vcf.gz --top 10"
         row "same, library from our index" 5k "-g \$d/library.vcf.gz \$d/query.vcf.gz" "match --library \$d/library.idx --query \$d/query.vcf.gz --top 10"
         row "all pairs of 5,000 x 1,000 written in full, from VCF" 5k "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0"
         row "pairs >= 0.9 of 5,000 x 1,000 (ours) vs all pairs (bcftools)" 5k "\$d/library.vcf.gz" "pairs --panel \$d/sites.bed --library \$d/library.vcf.gz --min-similarity 0.9" ;;
    50k) make_set 50k 50000 1000 42
         row "2 queries vs 50,000 x 1,000, from VCF (ours: top 10)" 50k "-g \$d/library.vcf.gz \$d/query.vcf.gz" "match --panel \$d/sites.bed --library \$d/library.vcf.gz --query \$d/query.vcf.gz --top 10"
         row "same, library from our index" 50k "-g \$d/library.vcf.gz \$d/query.vcf.gz" "match --library \$d/library.idx --query \$d/query.vcf.gz --top 10" ;;
    *) echo "unknown row set $set (gbs 1k 5k 50k)" >&2; exit 2 ;;
  esac
done
echo "load after: $(uptime)" >&2
echo
echo "| workload ($(nproc) cores, median of $RUNS runs each, alternately) | bcftools gtcheck $errflag 0 -u GT | seedprint-matcher | ratio | counts |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
