#!/usr/bin/env bash
# Cold start of the platform on a fresh data directory: start-up time and resident memory of each server.
# Usage: bench/startup.sh   (the project must be built; ports 8080, 8088 and 8180 must be free)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data="$(mktemp -d)"
log="$data/serve.out"
./editio serve --data "$data" >"$log" 2>&1 &
for _ in $(seq 1 300); do grep -q 'Press Ctrl-C' "$log" && break; sleep 1; done
grep -E 'started at|reused at' "$log"
sleep 5  # let the JVMs settle before reading their memory
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MB", $1/1024}'; }
kc_java="$(pgrep -P "$(cat "$data/keycloak/keycloak.pid")" java || cat "$data/keycloak/keycloak.pid")"
echo "RSS eXist-db: $(rss "$(cat "$data/exist/exist.pid")")"
echo "RSS Keycloak: $(rss "$kc_java")"
echo "RSS service:  $(rss "$(cat "$data/service.pid")")"
kill -TERM "$(pgrep -f 'org.editio.launcher.Launcher serve --data '"$data")"
wait || true
rm -rf "$data"
