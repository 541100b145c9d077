#!/usr/bin/env bash
# Browser tests need Debian's chromium and chromium-driver. Installs them when missing and running as root;
# otherwise says what to install. Selenium never downloads a browser or driver itself.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian chromium and chromium-driver for the browser tests..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
    exit 0
fi
echo "The browser tests need chromium and chromedriver (Debian: apt-get install chromium chromium-driver)." >&2
exit 1
