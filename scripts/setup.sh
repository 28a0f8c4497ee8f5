#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh machine: the npm packages, and on Debian
# the system Chromium, Firefox ESR, CJK fonts (without them Chinese text renders as boxes) and
# openssl (the end-to-end tests serve https shops with a throwaway certificate).
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need_packages+=(firefox-esr)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_packages+=(fonts-noto-cjk)
command -v openssl >/dev/null 2>&1 || need_packages+=(openssl)

if [ ${#need_packages[@]} -gt 0 ]; then
  if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ]; then
    echo "Installing ${need_packages[*]} (Debian packages)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  elif [ -f /etc/debian_version ] && command -v sudo >/dev/null 2>&1; then
    echo "Installing ${need_packages[*]} with sudo…"
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  else
    echo "Missing: ${need_packages[*]}." >&2
    echo "Install Chromium (as /usr/bin/chromium or set CHROMIUM_PATH), Firefox ESR 140 or later" >&2
    echo "(as /usr/bin/firefox-esr or set FIREFOX_PATH), a CJK font such as Noto Sans CJK and openssl, then run again." >&2
    exit 1
  fi
fi

# npm ci when the lock file matches (fast, exact); reinstall only when package.json changed.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
