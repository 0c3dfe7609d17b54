#!/usr/bin/env bash
# Installs Debian's headless browser for the page tests (SearchPageIT) when it is missing: chromium and
# chromium-driver from the distribution's packages. Nothing is downloaded from anywhere else (no Selenium
# Manager, no browser zips). Without root the missing packages are only reported; the page IT then fails
# with the same hint.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: chromium and chromium-driver are missing; install them: apt-get install -y chromium chromium-driver" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get here; install Chromium and its chromedriver as /usr/bin/chromium and /usr/bin/chromedriver" >&2
  exit 0
fi
echo "install-browser: installing chromium and chromium-driver (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver
