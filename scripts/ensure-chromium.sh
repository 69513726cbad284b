#!/bin/sh
# The browser tests drive Debian's Chromium (playwright cannot download its own here).
# Installs it when missing and this is root on a Debian-like machine.
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the browser tests (apt-get)"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium: install the 'chromium' package (as root: apt-get install chromium)." >&2
exit 1
