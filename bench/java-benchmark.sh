#!/usr/bin/env bash
# Runs one of the in-process benchmarks (org.editio.bench.*) with the test classes built and the
# dependencies on the class path; the bench/*.sh commands that need no servers call it.
# Usage: bench/java-benchmark.sh HEAP CLASS [ARGS...]   e.g. bench/java-benchmark.sh 4g RenderBenchmark html
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
heap="$1"
class="$2"
shift 2
mvn -B -q -DskipTests test-compile -P '!fetch-exist-runtime' -Dmdep.skip=true
cpfile="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cpfile" -P '!fetch-exist-runtime' >/dev/null
cp="$(cat "$cpfile")"
rm -f "$cpfile"
exec java "-Xmx$heap" -cp "target/test-classes:target/classes:$cp" "org.editio.bench.$class" "$@"
