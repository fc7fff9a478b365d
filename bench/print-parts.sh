#!/usr/bin/env bash
# What each feature of the print edition costs FOP: FOP alone on the edition's XSL-FO and on copies with
# one feature taken out (justification, footnotes, running heads, index, front matter), 1x edition.
# Usage: bench/print-parts.sh   (compiles the test classes if needed)
exec "$(dirname "${BASH_SOURCE[0]}")/java-benchmark.sh" 4g PrintPartsBenchmark "$@"
