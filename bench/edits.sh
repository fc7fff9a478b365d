#!/usr/bin/env bash
# Concurrent editors against the platform, and the same edits straight to eXist-db's REST API (the floor).
# Usage: bench/edits.sh [EDITORS] [EDITS_EACH] [WARM_UP_EACH] [ROUNDS]   (defaults 16, 20, EDITS_EACH and 5;
#        ports 8080, 8088 and 8180 must be free). The warm-up edits run first and are not measured: at least
#        WARM_UP_EACH per editor, then more until the servers' JIT compilers are nearly quiet; then the
#        service and the floor run ROUNDS times each, alternating, EDITS_EACH edits per editor per round.
# Starts ./editio serve on a fresh data directory, runs org.editio.bench.EditLoadBenchmark, stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests package
cp="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -P '!fetch-exist-runtime' >/dev/null
data="$(mktemp -d)"
log="$data/serve.out"
./editio serve --data "$data" >"$log" 2>&1 &
launcher=$!
# The launcher stops the servers it started when it gets TERM; wait for that before removing their data.
# A failed run keeps the servers' logs in target/bench-logs, where the service's errors point.
stop() {
  status=$?
  kill -TERM "$launcher" 2>/dev/null || true; wait "$launcher" || true
  if [ "$status" -ne 0 ]; then
    kept="target/bench-logs/$(date +%Y%m%dT%H%M%S)"
    mkdir -p "$kept" && cp "$log" "$data"/service.log "$data"/exist/exist.log "$kept"/ 2>/dev/null || true
    echo "The servers' logs are in $kept" >&2
  fi
  rm -rf "$data" "$cp"
}
trap stop EXIT
for _ in $(seq 1 300); do grep -q 'Press Ctrl-C' "$log" && break; sleep 1; done
grep -q 'Press Ctrl-C' "$log" || { cat "$log"; exit 1; }
# BENCH_MAIN: another driver on the same servers (bench/replace-cost.sh); it takes the same arguments.
java -cp "target/test-classes:target/classes:$(cat "$cp")" "${BENCH_MAIN:-org.editio.bench.EditLoadBenchmark}" \
  http://localhost:8080 http://localhost:8180 http://localhost:8088/exist "$data/exist" "${1:-16}" "${2:-20}" "${3:-${2:-20}}" "${4:-5}"
