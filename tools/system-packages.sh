#!/usr/bin/env bash
# Installs the Debian packages the app needs when they are missing (run as root on Debian).
#   tools/system-packages.sh         fonts and the HarfBuzz subsetter: what `make run` needs
#   tools/system-packages.sh test    also Chromium, PostgreSQL and Redis for `make test`
#   tools/system-packages.sh screenshots   poppler-utils, to picture a letter page from its PDF
set -euo pipefail

missing=()
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk fontconfig)
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0' || missing+=(libharfbuzz-subset0)
ldconfig -p 2>/dev/null | grep -q 'libpango-1\.0\.so\.0' || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
if [ "${1:-}" = "screenshots" ]; then
  missing=()
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
fi
if [ "${1:-}" = "test" ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pg_ctlcluster >/dev/null || command -v pg_isready >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
fi

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
wait_for_apt="$(dirname "$0")/apt-lock-wait.py"
# Wait for unattended-upgrades and the like; apt's own timeout covers a lock taken in between.
command -v python3 >/dev/null && "$wait_for_apt"
apt-get -o DPkg::Lock::Timeout=300 update -qq
command -v python3 >/dev/null && "$wait_for_apt"
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
