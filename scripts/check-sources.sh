#!/usr/bin/env bash
# The source archive for addons.mozilla.org builds the Firefox package we ship: unpack it into an
# empty folder, follow BUILDING.md's steps there, and compare the result with the Firefox zip,
# file for file. Usage: scripts/check-sources.sh [output folder with both zips]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-${WXT_OUT_DIR:-.output}}
name=$(node -p 'require("./package.json").name')
version=$(node -p 'require("./package.json").version')
sources="$out/$name-$version-sources.zip"
package="$out/$name-$version-firefox.zip"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/source" "$work/package"
unzip -q "$sources" -d "$work/source"
unzip -q "$package" -d "$work/package"
(
  cd "$work/source"
  # BUILDING.md's steps; --prefer-offline only reuses this machine's npm cache for the same locked versions.
  env -u WXT_OUT_DIR npm ci --no-audit --no-fund --loglevel=error --prefer-offline >/dev/null
  env -u WXT_OUT_DIR npm run build:firefox >/dev/null
)
if ! diff -r "$work/source/.output/firefox-mv2" "$work/package"; then
  echo "The source archive $sources does not build the Firefox package $package." >&2
  exit 1
fi
echo "The source archive builds the Firefox package file for file ($(find "$work/package" -type f | wc -l) files)."
