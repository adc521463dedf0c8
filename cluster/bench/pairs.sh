#!/usr/bin/env bash
# Benchmark (not a test): all pairs >= 0.9 of a synthetic library, single-machine `pairs` against the
# Spark job in local[2] at several block sizes, on the same machine, one run each, whole commands
# (JVM and Spark start included). Every Spark output must equal the single-machine output byte for byte.
#   cluster/bench/pairs.sh [PROFILES [LOCI [BLOCK_ROWS...]]]     (default 100000 1000 2500 5000 10000 25000 50000)
# Figures go to docs/performance.md ("Spark: pairs"); report them as ratios with the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}; m=${2:-1000}; shift $(( $# > 2 ? 2 : $# )) || true
blocks=("$@"); [ ${#blocks[@]} -gt 0 ] || blocks=(2500 5000 10000 25000 50000)
work=${BENCH_DIR:-cluster/target/bench}
mkdir -p "$work"

./seedprint help >/dev/null   # picks the JDK
export JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 2>/dev/null || true)}
./mvnw -B -q -pl matcher,benchmarks,cluster -am package -DskipTests
index="$work/synthetic-$n-$m.idx"
[ -f "$index" ] || "$JAVA_HOME/bin/java" -Xmx3g -cp benchmarks/target/benchmarks.jar org.seedprint.benchmarks.SyntheticIndex "$index" "$n" "$m" 42

pairs=$(( n * (n - 1) / 2 ))
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $n x $m, $pairs pairs"
printf '%-22s %8s %9s %9s %8s %8s  %s\n' run tasks wall_s cpu_s ns/pair ratio "identical / load average"

timed() { # prints "wall cpu" of the command, its stdout to $1
  local out=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > "$out" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{printf "%.1f %.1f", $1, $2 + $3}' "$work/time"
}

read -r wall cpu <<< "$(timed "$work/single.tsv" ./seedprint matcher pairs --library "$index" --min-similarity 0.9)"
single=$wall
printf '%-22s %8s %9s %9s %8.1f %8s  %s\n' "single-machine pairs" - "$wall" "$cpu" \
  "$(echo "$cpu * 1000000000 / $pairs" | bc -l)" 1.00 "$(wc -l < "$work/single.tsv") lines / $(cut -d' ' -f1-3 /proc/loadavg)"
for b in "${blocks[@]}"; do
  rm -rf "$work/spark-$b"
  read -r wall cpu <<< "$(timed /dev/null ./seedprint cluster pairs --library "$index" --min-similarity 0.9 --block-rows "$b" -o "$work/spark-$b")"
  tasks=$(sed -n 's/.*: \([0-9]*\) block-pair tasks.*/\1/p' "$work/stderr")
  same=$(cmp -s "$work/single.tsv" "$work/spark-$b/pairs.tsv" && echo yes || echo NO)
  printf '%-22s %8s %9s %9s %8.1f %8.2f  %s\n' "spark local[2] b=$b" "$tasks" "$wall" "$cpu" \
    "$(echo "$cpu * 1000000000 / $pairs" | bc -l)" "$(echo "$wall / $single" | bc -l)" "$same / $(cut -d' ' -f1-3 /proc/loadavg)"
  grep '^pairs:' "$work/stderr" | sed 's/^/#   /'
done
