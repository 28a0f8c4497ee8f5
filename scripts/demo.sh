#!/usr/bin/env bash
# Shows PayLater Lens working: builds it and opens Chromium with it on a bundled demo JD checkout.
# With a display the browser stays open; without one it runs headless and saves screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
npx tsx scripts/demo.ts
