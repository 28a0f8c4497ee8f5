#!/usr/bin/env bash
# Everything the Chrome Web Store and addons.mozilla.org ask for, built from a committed tree into
# release/: both packages, the source archive (checked to build the same Firefox package), the
# listing texts, the store images, the privacy policy and the changes. See README, "Release".
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "$(git status --porcelain)" ]; then
  echo "The work tree has uncommitted changes: commit or stash them, so the packages are a commit's." >&2
  git status --short >&2
  exit 1
fi
bash scripts/setup.sh

name=$(node -p 'require("./package.json").name')
version=$(node -p 'require("./package.json").version')
# Its own output folder, so a release never ships a build left over from development.
export WXT_OUT_DIR=.output-release
rm -rf "$WXT_OUT_DIR" release artifacts/store

step() { printf '\n== %s\n' "$*"; }
step "build and package (Chrome MV3, Firefox MV2, source archive) at $(git rev-parse --short HEAD)"
npx wxt zip
npx wxt zip -b firefox
step "web-ext lint (Firefox package)"
npx tsx scripts/lint-firefox.ts "$WXT_OUT_DIR/firefox-mv2"
step "the source archive builds the same Firefox package"
bash scripts/check-sources.sh "$WXT_OUT_DIR"
step "store images (Chromium)"
E2E_BROWSERS=chromium npx vitest run -c vitest.e2e.config.ts tests/e2e/store-images.test.ts

mkdir -p release/store
for browser in chrome firefox sources; do cp "$WXT_OUT_DIR/$name-$version-$browser.zip" release/; done
cp -r artifacts/store/en artifacts/store/zh-CN release/store/
cp -r store/listing release/store/listing
cp PRIVACY.md CHANGELOG.md release/
(cd release && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)

step "release/ ($name $version, commit $(git rev-parse --short HEAD))"
(cd release && find . -type f | sort | sed 's|^\./|  |')
