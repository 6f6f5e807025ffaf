#!/usr/bin/env bash
# Installs the Debian packages SectorScope uses at run time and in its tests:
# a CJK font for charts, LibreOffice for PDF (and Calc for the Excel check), poppler for reading PDFs,
# chromium for the workbench's browser tests (serve), PostgreSQL's server binaries for the shared market data
# store's tests (each test run starts its own throwaway cluster).
# Idempotent: installs only what is missing. Needs root (or sudo) on Debian 12.
set -euo pipefail
packages=(fonts-wqy-zenhei fonts-dejavu-core fontconfig libreoffice-writer libreoffice-calc poppler-utils chromium postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
