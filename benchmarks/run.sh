#!/usr/bin/env bash
# Builds the bundle and the benchmarks (no tests), prints the heap footprint of the pipeline's parts, then runs
# JMH with short settings and writes the results to benchmarks/target/jmh.json.
#
#   benchmarks/run.sh                          # every benchmark (about 10 minutes on 2 cores)
#   benchmarks/run.sh 'LanguageDetection'     # benchmarks whose name matches the regex
#   benchmarks/run.sh 'Enrichment' -p kilobytes=5 -p language=fr   # further arguments go to JMH
#
# Environment: SKIP_BUILD=1 reuses the last build; SKIP_HEAP=1 skips the heap footprint;
# JMH_OPTS overrides the default run settings (default: -f 1 -wi 3 -w 1s -i 5 -r 1s).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
regex="${1:-io.lede.bench.*}"
shift || true
jmh_opts="${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s}"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  (cd "$root" && mvn -q -pl benchmarks -am -DskipTests package)
fi
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"

if [[ "${SKIP_HEAP:-}" != 1 ]]; then
  echo "== Heap footprint (fresh JVM, used heap after System.gc())"
  java -cp "$cp" io.lede.bench.HeapFootprint
  echo
fi

echo "== JMH: $regex $jmh_opts $*"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main "$regex" $jmh_opts -rf json -rff "$here/target/jmh.json" "$@"
echo "Results: $here/target/jmh.json"
