#!/usr/bin/env bash
# The service's own work on one fragment edit (substitution, validation by parts, whole validation),
# warm, on the real edition. Results go in docs/PERFORMANCE.md.
# Usage: bench/edit-validation.sh [RUNS]   (compiles the test classes if needed)
exec "$(dirname "${BASH_SOURCE[0]}")/java-benchmark.sh" 1g EditValidationBenchmark "$@"
