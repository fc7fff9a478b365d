#!/usr/bin/env bash
# One client, warm: eXist-db's CPU per conditional replace of a paragraph, and per edit through the service
# (org.editio.bench.ReplaceCostBenchmark), on servers started as bench/edits.sh starts them.
# Usage: bench/replace-cost.sh   (ports 8080, 8088 and 8180 must be free).
set -euo pipefail
BENCH_MAIN=org.editio.bench.ReplaceCostBenchmark exec "$(dirname "${BASH_SOURCE[0]}")/edits.sh"
