#!/usr/bin/env bash
# Prepare this machine for the project: Debian packages and the pinned Python
# environment in .venv. Safe to run again: it installs only what is missing.
#
#   bash scripts/setup.sh build   # what `make site` needs
#   bash scripts/setup.sh test    # the above, plus the test suite's needs
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-build}"

# Fonts for the PDF handouts (Latin and Arabic in noto-core, Simplified
# Chinese in noto-cjk), Pango for WeasyPrint, HarfBuzz's subsetter (without
# it an 8-page Chinese PDF takes ~14 s instead of ~0.3 s), and poppler's
# pdftotext, which reads every handout back (nothing may be cut off).
packages=(fonts-noto-core fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils python3-venv)
if [ "$mode" = "test" ]; then
  # A real browser (Debian's Chromium, its headless shell) and web server
  # for the end-to-end tests, Java for the Nu HTML checker, zbar for reading
  # the handouts' QR codes back.
  packages+=(chromium-headless-shell nginx default-jre-headless zbar-tools)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ "$mode" = "test" ] && command -v java >/dev/null 2>&1; then
  # Any Java runtime will do for the Nu HTML checker.
  missing=("${missing[@]/default-jre-headless}")
fi
if [ -n "$(echo "${missing[@]:-}" | tr -d ' ')" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null
fi

requirements=requirements.txt
[ "$mode" = "test" ] && requirements=requirements-test.txt
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Reinstall only when the pinned requirements (or the package's metadata) changed.
stamp=".venv/.installed-$(cat requirements.txt "$requirements" pyproject.toml | sha256sum | cut -c1-16)-$mode"
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
  # The project's own package (scripts/patient_site), editable: its MkDocs
  # plugin's entry point and the `translate` command. Its dependencies are
  # the pinned ones above.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi
