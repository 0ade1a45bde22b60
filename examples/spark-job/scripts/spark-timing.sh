#!/usr/bin/env bash
# Times the Spark job against the plain single-JVM loop on the same generated records: records/s of
# the plain loop on 1 thread, of Spark local[1] and of Spark local[2], each run in a JVM of its own,
# then the per-core ratio, the 2-core speed-up and what 50 million records a year need. Run from
# anywhere inside the repository; see examples/spark-job/README.md.
#
#   examples/spark-job/scripts/spark-timing.sh                      # 200,000 records, 3 runs each
#   RECORDS=20000 RUNS=1 examples/spark-job/scripts/spark-timing.sh # a quick check
#
# Environment: RECORDS (default 200000), RUNS (3), MODES ("plain local[1] local[2]"), HEAP (3g),
# WARMUP (100000: records each JVM first runs through untimed, 0 for none), GC (-XX:+UseParallelGC, the
# throughput collector, for every mode alike; empty for the JVM's default, G1), MVN_FLAGS (-o:
# offline; empty to let Maven download). Each run's full output is kept in target/timing/run-*.txt.
set -euo pipefail

RECORDS=${RECORDS:-200000}
RUNS=${RUNS:-3}
MODES=${MODES:-"plain local[1] local[2]"}
HEAP=${HEAP:-3g}
WARMUP=${WARMUP:-100000}
GC=${GC--XX:+UseParallelGC}
MVN_FLAGS=${MVN_FLAGS--o}

cd "$(dirname "$0")/../../.."
ROOT=$PWD
MODULE=examples/spark-job
DIR=$MODULE/target/timing
CP_FILE=$ROOT/$MODULE/target/timing-classpath.txt
mkdir -p "$DIR"

# compile the module and its tests, and write their class path (Spark's provided jars included)
# shellcheck disable=SC2086
./mvnw -q $MVN_FLAGS -pl $MODULE -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test -Denforcer.skip=true
CP=$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")
# the JVM options Spark's launcher gives on Java 17: the module's spark.jvm.options, as in its tests
JVM_OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' $MODULE/pom.xml)

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "records: $RECORDS after a warm-up of $WARMUP, heap $HEAP, GC ${GC:-default}"
if (( RECORDS < 200000 || WARMUP < 100000 )); then
  echo "note: with fewer than 200,000 records or a warm-up of fewer than 100,000, the numbers measure" \
    "start-up and the JIT compiler more than the job: a check that the script runs, not a result"
fi
declare -A best
printf '\n| mode | run | records | seconds | records/s | JVM CPU s |\n|---|---|---|---|---|---|\n'
for mode in $MODES; do
  for run in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    out=$(java $JVM_OPTS $GC "-Xmx$HEAP" -cp "$CP" org.shangliang.examples.spark.SparkTiming \
      "$mode" "$DIR" "$RECORDS" "$WARMUP" 2> "$DIR/err.txt") || { cat "$DIR/err.txt" >&2; exit 1; }
    echo "$out" > "$DIR/run-$mode-$run.txt"
    read -r _ _ n seconds rate cpu < <(grep '^RESULT ' <<< "$out")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$mode" "$run" "$n" "$seconds" "$rate" "$cpu"
    if [[ -z ${best[$mode]:-} ]] || (( rate > best[$mode] )); then
      best[$mode]=$rate
    fi
  done
done

echo
for mode in $MODES; do
  echo "best $mode: ${best[$mode]} records/s"
done
if [[ -n ${best[plain]:-} && -n ${best[local[1]]:-} && -n ${best[local[2]]:-} ]]; then
  plain=${best[plain]}
  one=${best[local[1]]}
  two=${best[local[2]]}
  echo "Spark per core / plain loop: $(echo "scale=2; $one / $plain" | bc) (target: at least 0.50)"
  echo "Spark 2 cores / 1 core:      $(echo "scale=2; $two / $one" | bc) (target: at least 1.70)"
  echo "50,000,000 records at $one records/s per core: $(echo "scale=1; 50000000 / $one / 3600" | bc) core-hours"
fi
