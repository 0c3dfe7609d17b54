#!/usr/bin/env bash
# Regenerates bundle/src/main/resources/io/lede/language/ngram-models.bin.gz from Lingua's models.
# Usage: tools/language-models/build.sh [MIN3 MIN4 MIN5]   (defaults: 5 30 60)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION=1.2.2
JAR="$HOME/.m2/repository/com/github/pemistahl/lingua/$VERSION/lingua-$VERSION.jar"
if [ ! -f "$JAR" ]; then
  mvn -q -B dependency:get -Dartifact="com.github.pemistahl:lingua:$VERSION" -Dtransitive=false
fi
exec java -Xmx6g "$ROOT/tools/language-models/BuildLanguageModels.java" "$JAR" \
  "$ROOT/bundle/src/main/resources/io/lede/language/ngram-models.bin.gz" "$@"
