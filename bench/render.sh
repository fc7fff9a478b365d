#!/usr/bin/env bash
# Render benchmarks (warm, side by side): HTML against a Saxon identity transform, PDF against FOP on a
# minimal FO of the same text; at 1x, 10x and 100x the edition's size. Results go in docs/PERFORMANCE.md.
# Usage: bench/render.sh [html] [pdf]   (compiles the test classes if needed)
exec "$(dirname "${BASH_SOURCE[0]}")/java-benchmark.sh" 4g RenderBenchmark "$@"
