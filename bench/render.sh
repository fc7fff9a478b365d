#!/usr/bin/env bash
# Render benchmarks (warm, side by side): HTML against a Saxon identity transform, PDF against FOP on a
# minimal FO of the same text; at 1x, 10x and 100x the edition's size. Results go in docs/PERFORMANCE.md.
# Usage: bench/render.sh [html] [pdf]   (after mvn -B -DskipTests package; compiles the test classes if needed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile -P '!fetch-exist-runtime' -Dmdep.skip=true
cp="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -P '!fetch-exist-runtime' >/dev/null
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat "$cp")" org.editio.bench.RenderBenchmark "$@"
