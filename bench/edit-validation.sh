#!/usr/bin/env bash
# The service's own work on one fragment edit (substitution, validation by parts, whole validation),
# warm, on the real edition. Results go in docs/PERFORMANCE.md.
# Usage: bench/edit-validation.sh [RUNS]   (compiles the test classes if needed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile -P '!fetch-exist-runtime' -Dmdep.skip=true
cp="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -P '!fetch-exist-runtime' >/dev/null
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$cp")" org.editio.bench.EditValidationBenchmark "$@"
