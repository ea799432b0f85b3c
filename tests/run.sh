#!/usr/bin/env bash
# Set up everything the tests need on a Debian machine, then run them all.
# Usage (from the repository's root): bash tests/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the browser tests, Noto fonts so that Arabic, Persian, Tigrinya and
# Ukrainian letters print with real glyphs, Java and npm for the Nu Html Checker (vnu-jar),
# LibreOffice Writer to print the Word files made in the browser as another office suite does.
missing=""
[ -x /usr/bin/chromium ] || missing="chromium"
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing="$missing fonts-noto-core"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
if [ -n "$missing" ]; then
  echo "Installing with apt-get:$missing" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi

# vnu-jar and docx, pinned in package-lock.json (vnu-jar's install script, which fetches a Java,
# is skipped; the docx copy in docs/assets/vendor/ is checked against node_modules).
if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f node_modules/docx/package.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-test.txt

status=0
NO_MKDOCS_2_WARNING=1 .venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit "$status"
