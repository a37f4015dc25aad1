#!/usr/bin/env bash
# Installs what the browser and export tests need from Debian's packages, if missing:
# Chromium (Playwright drives it; its own browser download does not work offline),
# Liberation fonts, and rsvg-convert (a second, non-browser SVG renderer).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, fonts-liberation, rsvg-convert"
  exit 0
fi
echo "installing from Debian: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
