#!/usr/bin/env bash
# The load harness of issue 7 (io.lede.load.LoadHarness): backfill throughput against plain _bulk, publish ->
# searchable latency with and without a backfill in the bundle, bundle start time and heap. Takes several minutes.
# Arguments: [articles (10000)] [publishes/s (20)] [seconds per latency phase (60)] [backfill threads (cores)].
# Environment: LEDE_MVN_OPTS (e.g. -o), LEDE_LOAD_JAVA_OPTS (default -Xmx1500m). In LEDE_LOAD_JAVA_OPTS,
# -Dlede.load.compareWith=<class path of another build's bundle classes and embedded jars> also runs that build's
# lede backfill back to back on the same node, and -Dlede.load.backfillOnly=true skips the latency phases.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/integration-tests/target"
RUN="$TARGET/load-run"
ES="elasticsearch-8.19.21"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2206 # word splitting of the extra options is intended
MVN=(mvn -q -B ${LEDE_MVN_OPTS:-})

# Builds the bundle (classes, embedded libraries, jar), the harness and what pre-integration-test prepares (the
# Elasticsearch distribution, the plugin zip, the Felix bundles) through the reactor, without installing anything.
echo "load: building ..." >&2
(cd "$ROOT" && "${MVN[@]}" -pl integration-tests -am -DskipTests verify dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$TARGET/load-classpath.txt" >&2)

# A snapshot of everything the run uses, so that a rebuild during a long run cannot change it under its feet.
echo "load: copying the build to $RUN ..." >&2
rm -rf "$RUN" && mkdir -p "$RUN/bundle"
cp -r "$ROOT/bundle/target/classes" "$ROOT/bundle/target/embedded" "$RUN/bundle/"
cp -r "$TARGET/classes" "$TARGET/felix-bundles" "$TARGET/es-plugin" "$TARGET/$ES" "$RUN/"
cp "$TARGET/load-classpath.txt" "$RUN/"

cd "$ROOT/integration-tests"
# shellcheck disable=SC2086 # word splitting of the JVM options is intended
exec "$JAVA" ${LEDE_LOAD_JAVA_OPTS:--Xmx1500m} \
  -Dlede.es.home="$RUN/$ES" \
  -Dlede.es.plugin="$RUN/es-plugin/lede-es-analysis-plugin-plugin.zip" \
  -Dlede.es.work="$RUN/es-nodes" \
  -Dlede.felix.bundles="$RUN/felix-bundles" \
  -Dlede.work="$RUN/work" \
  -Dlede.cli.classpath="$RUN/bundle/classes:$RUN/bundle/embedded/*" \
  -cp "$RUN/classes:$(cat "$RUN/load-classpath.txt")" \
  io.lede.load.LoadHarness "$@"
