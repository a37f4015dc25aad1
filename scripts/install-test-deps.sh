#!/usr/bin/env bash
# Installs what the browser and export tests need from Debian's packages, if missing:
# Chromium (Playwright drives it; its own browser download does not work offline),
# Liberation fonts, rsvg-convert (a non-browser SVG renderer) and Firefox ESR (a second browser
# engine the exported SVG is compared in); poppler-utils, qpdf and LibreOffice Impress check the
# PDF report and the PowerPoint deck (pdfinfo, pdftotext, pdffonts, qpdf --check, soffice).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || need+=(firefox-esr)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
if [ ${#need[@]} -eq 0 ]; then
  echo "test dependencies present: chromium, fonts-liberation, rsvg-convert, firefox, poppler-utils, qpdf, libreoffice-impress"
  exit 0
fi
echo "installing from Debian: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
