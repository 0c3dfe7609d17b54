#!/usr/bin/env bash
# Search and related-coverage latency (p50/p95) on the fixture corpus and on a synthetic index of N more documents:
# io.lede.load.SearchLatencyBenchmark (module integration-tests) with a real Elasticsearch and Felix.
# Usage: benchmarks/search-latency.sh [--synthetic N]   (default 10000). Environment: LEDE_MVN_OPTS (e.g. -o).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/integration-tests"
TARGET="$MODULE/target"
ES_VERSION="8.19.21"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2206 # word splitting of the extra options is intended
MVN=(mvn -q -B ${LEDE_MVN_OPTS:-})
CLASSPATH_FILE="$TARGET/bench-classpath.txt"

# -DskipTests still runs pre-integration-test: Elasticsearch unpacked, Felix bundles and plugin zip copied. The
# class path is resolved in the same reactor run (nothing is installed into ~/.m2); the last module's file wins.
(cd "$ROOT" && "${MVN[@]}" -pl integration-tests -am -DskipTests verify dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >&2)

cd "$MODULE"
exec "$JAVA" -Xmx1g \
  -Dlede.es.home="$TARGET/elasticsearch-$ES_VERSION" \
  -Dlede.es.plugin="$TARGET/es-plugin/lede-es-analysis-plugin-plugin.zip" \
  -Dlede.es.work="$TARGET/bench-es-nodes" \
  -Dlede.felix.bundles="$TARGET/felix-bundles" \
  -Dlede.work="$TARGET/bench-work" \
  -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" \
  io.lede.load.SearchLatencyBenchmark "$@"
