#!/usr/bin/env bash
# Times `shangliang validate` on a JSON Lines file of generated records, on 1 and on 2 threads, in a
# small heap: wall time, records/s, speed-up and peak RSS of each run, and a check that no run ran out
# of memory. Run from anywhere inside the repository; see benchmarks/README.md.
#
#   benchmarks/scripts/cli-validate-timing.sh            # 1,000,000 records, 3 runs per thread count
#   RECORDS=20000 RUNS=1 benchmarks/scripts/cli-validate-timing.sh
#
# Environment: RECORDS (default 1000000), RUNS (3; 0 only writes the input), THREADS ("1 2"), HEAP (128m), AT (2029-08-01T00:00:00Z).
set -euo pipefail

RECORDS=${RECORDS:-1000000}
RUNS=${RUNS:-3}
THREADS=${THREADS:-"1 2"}
HEAP=${HEAP:-128m}
AT=${AT:-2029-08-01T00:00:00Z}
SEED=20261205

cd "$(dirname "$0")/../.."
CLI_JAR=deliberation-cli/target/shangliang.jar
DIR=benchmarks/target/cli-validate

if [[ ! -f $CLI_JAR ]]; then
  echo "building $CLI_JAR" >&2
  ./mvnw -q -o -pl deliberation-cli -am package -DskipTests
fi

mkdir -p "$DIR"
# distinct generated records over one province-like tree, written once by the tool itself and kept
FILE=$DIR/jinan-seed$SEED-records$RECORDS.jsonl
UNITS=$DIR/jinan-seed$SEED-units.json
if [[ ! -f $FILE || ! -f $UNITS ]]; then
  echo "generating $FILE" >&2
  java -jar "$CLI_JAR" --lang en generate --profile jinan --count "$RECORDS" --seed "$SEED" --tree-units 5000 \
    --out "$FILE.part" --units-out "$UNITS"
  mv "$FILE.part" "$FILE"
fi
echo "input: $FILE ($(du -h "$FILE" | cut -f1)), $RECORDS records, judged at $AT against $UNITS"

TIMER=()
if [[ -x /usr/bin/time ]]; then
  TIMER=(/usr/bin/time -f "%e %M" -o "$DIR/time.txt")
else
  echo "no /usr/bin/time: peak RSS not measured" >&2
fi

declare -A best
printf '\n| threads | run | wall s | records/s | peak RSS MB | exit |\n|---|---|---|---|---|---|\n'
for threads in $THREADS; do
  for run in $(seq 1 "$RUNS"); do
    start=$(date +%s.%N)
    set +e
    "${TIMER[@]}" java "-Xmx$HEAP" -jar "$CLI_JAR" validate --units "$UNITS" --at "$AT" \
      --threads "$threads" --no-progress --lang en "$FILE" > /dev/null 2> "$DIR/err.txt"
    code=$?
    set -e
    end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc -l)
    rss="-"
    if [[ -f $DIR/time.txt ]]; then
      read -r wall rss < <(grep -E '^[0-9.]+ [0-9]+$' "$DIR/time.txt" | tail -1)
      rss=$(echo "scale=0; $rss / 1024" | bc)
    fi
    if grep -q "OutOfMemoryError" "$DIR/err.txt"; then
      echo "threads $threads run $run: OutOfMemoryError" >&2
      cat "$DIR/err.txt" >&2
      exit 1
    fi
    # exit 0 or 1 (judged at one instant, some valid records have fallen behind since their own);
    # anything else, or anything on standard error, is a failure of the run
    if [[ $code -gt 1 || -s $DIR/err.txt ]]; then
      echo "threads $threads run $run: exit $code" >&2
      cat "$DIR/err.txt" >&2
      exit 1
    fi
    rate=$(echo "scale=0; $RECORDS / $wall" | bc -l)
    printf '| %s | %s | %.2f | %s | %s | %s |\n' "$threads" "$run" "$wall" "$rate" "$rss" "$code"
    if [[ -z ${best[$threads]:-} ]] || (( $(echo "$wall < ${best[$threads]}" | bc -l) )); then
      best[$threads]=$wall
    fi
  done
done

echo
if [[ $RUNS -lt 1 ]]; then
  echo "RUNS=$RUNS: input written, nothing timed"
  exit 0
fi
for threads in $THREADS; do
  printf 'threads %s: best %.2f s, %s records/s\n' "$threads" "${best[$threads]}" \
    "$(echo "scale=0; $RECORDS / ${best[$threads]}" | bc -l)"
done
if [[ -n ${best[1]:-} && -n ${best[2]:-} ]]; then
  printf 'speed-up 2 threads over 1 (best runs): %.2fx\n' "$(echo "${best[1]} / ${best[2]}" | bc -l)"
fi
echo "no OutOfMemoryError in $((RUNS * $(wc -w <<< "$THREADS"))) runs at -Xmx$HEAP"
