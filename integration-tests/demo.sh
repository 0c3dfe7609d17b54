#!/usr/bin/env bash
# `lede demo`: builds whatever is missing, then runs io.lede.demo.Demo (Elasticsearch + publish tier + Felix with
# the Lede bundle, the sample articles published and reported). Arguments go to the demo; try --help.
# `lede demo --sling` runs io.lede.demo.SlingDemo instead: the same samples in a real Apache Sling 12, published
# through Sling Content Distribution.
# Environment: JAVA_HOME, LEDE_DEMO_JAVA_OPTS (default -Xmx1g), LEDE_MVN_OPTS (extra Maven options, e.g. -o).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/integration-tests"
TARGET="$MODULE/target"
ES_VERSION="8.19.21"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2206 # word splitting of the extra options is intended
MVN=(mvn -q -B ${LEDE_MVN_OPTS:-})
BUILD_STAMP="$TARGET/demo-build.stamp"
CLASSPATH_FILE="$TARGET/demo-classpath.txt"

# What the demo needs from the build: its classes, the Felix bundles (Lede's included), the plugin zip and the
# unpacked Elasticsearch distribution. The last three are made in pre-integration-test, which -DskipTests keeps.
build_outputs=(
  "$TARGET/classes/io/lede/demo/Demo.class"
  "$TARGET/felix-bundles/50-lede-bundle.jar"
  "$TARGET/es-plugin/lede-es-analysis-plugin-plugin.zip"
  "$TARGET/elasticsearch-$ES_VERSION/bin/elasticsearch"
  "$TARGET/sling-launcher/org.apache.sling.feature.launcher-1.3.4.jar"
)

newer_than() { # newer_than FILE PATH... : is anything under PATHs newer than FILE?
  local stamp="$1"; shift
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

needs_build() {
  [ -f "$BUILD_STAMP" ] || return 0
  local f
  for f in "${build_outputs[@]}"; do
    [ -e "$f" ] || return 0
  done
  newer_than "$BUILD_STAMP" "$ROOT/pom.xml" "$ROOT/es-plugin/pom.xml" "$ROOT/es-plugin/src" "$ROOT/bundle/pom.xml" \
    "$ROOT/bundle/src" "$ROOT/tika-config" "$ROOT/es-mappings" "$MODULE/pom.xml" "$MODULE/src/main"
}

if needs_build; then
  echo "lede demo: building (first run or sources changed): mvn -DskipTests install ..." >&2
  (cd "$ROOT" && "${MVN[@]}" -DskipTests install >&2)
  touch "$BUILD_STAMP"
fi

if [ ! -s "$CLASSPATH_FILE" ] || newer_than "$CLASSPATH_FILE" "$ROOT/pom.xml" "$MODULE/pom.xml"; then
  echo "lede demo: resolving the class path ..." >&2
  (cd "$MODULE" && "${MVN[@]}" dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$CLASSPATH_FILE" >&2)
fi

MAIN=io.lede.demo.Demo
if [ "${1:-}" = "--sling" ]; then
  MAIN=io.lede.demo.SlingDemo
  shift
fi

cd "$MODULE"
# shellcheck disable=SC2086 # word splitting of the JVM options is intended
exec "$JAVA" ${LEDE_DEMO_JAVA_OPTS:--Xmx1g} \
  -Dlede.es.home="$TARGET/elasticsearch-$ES_VERSION" \
  -Dlede.es.plugin="$TARGET/es-plugin/lede-es-analysis-plugin-plugin.zip" \
  -Dlede.es.work="$TARGET/es-nodes" \
  -Dlede.felix.bundles="$TARGET/felix-bundles" \
  -Dlede.work="$TARGET/it-work" \
  -Dlede.demo.work="$TARGET/demo" \
  -Dlede.sling.launcher="$TARGET/sling-launcher" \
  -cp "$TARGET/classes:$(cat "$CLASSPATH_FILE")" \
  "$MAIN" "$@"
