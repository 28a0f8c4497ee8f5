#!/usr/bin/env bash
# Every check and test, in order of speed: format and lint, types, unit tests, both builds and
# their packages, the Firefox linter, a build from the source archive, then the end-to-end tests
# in real Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Parallel runs (several work trees, benchmarks) may each build into their own folder.
out=${WXT_OUT_DIR:-.output}

step() { printf '\n== %s\n' "$*"; }
start=$(date +%s)
# Each vitest run also writes a JSON report, so the last line can count every test that ran.
reports=$(mktemp -d)

step "format and lint (biome)"
npx biome ci --colors=off .
step "types (tsc)"
npx tsc --noEmit
step "unit tests (vitest; time zones Asia/Shanghai, America/Los_Angeles, UTC)"
# The detection corpus and its redesigns hold no date: they run in the first zone only, and are most
# of the unit tests' time; here 6 redesigns of each page (12 in a run of vitest alone), to keep the
# whole run near 30 minutes as the corpus grows.
only_once=()
for zone in Asia/Shanghai America/Los_Angeles UTC; do
  echo "-- TZ=$zone"
  TZ=$zone CORPUS_RUNS=${CORPUS_RUNS:-6} npx vitest run "${only_once[@]}" --reporter=dot --reporter=json --outputFile.json="$reports/unit-${zone//\//-}.json"
  only_once=(--exclude 'tests/unit/corpus*.test.ts')
done
step "build (Chrome MV3, Firefox MV2) and package"
npx wxt zip
npx wxt zip -b firefox
step "web-ext lint (Firefox build): no error, no warning from our own code"
npx tsx scripts/lint-firefox.ts "$out/firefox-mv2"
step "the source archive for addons.mozilla.org builds the same Firefox package"
bash scripts/check-sources.sh "$out"
step "end-to-end (Chromium and Firefox with the built extension)"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$reports/e2e.json"

echo
echo "All checks passed in $(( $(date +%s) - start )) s."
node -e '
  const { readdirSync, readFileSync } = require("node:fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const file of readdirSync(process.argv[1])) {
    const report = JSON.parse(readFileSync(`${process.argv[1]}/${file}`, "utf8"));
    passed += report.numPassedTests; failed += report.numFailedTests; skipped += report.numPendingTests + report.numTodoTests;
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports"
