#!/usr/bin/env bash
# What the extension costs a shopper, measured in real Chromium: builds the extension into its own
# folder, then runs tests/bench/run.ts, which prints a table and writes artifacts/bench/results.json.
# BENCH_PAIRS (default 12) sets the number of alternating with/without pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Its own output folder, so a benchmark never races a test run's build.
export WXT_OUT_DIR=${WXT_OUT_DIR:-.output-bench}
npx wxt build >/dev/null
node scripts/bench.mjs
