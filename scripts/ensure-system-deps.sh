#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Chromium (task pane end-to-end tests),
# LibreOffice with python3-uno and poppler (opening and rendering generated workbooks), and xmllint
# (offline manifest validation), GNOME Planner's msp2planner.xsl with xsltproc (an independent reader of
# the Project XML export), and openpyxl (an independent reader of the workbooks we write). Does nothing
# when they are already there.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
python3 -c 'import uno' >/dev/null 2>&1 || /usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || need+=(python3-uno)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v xsltproc >/dev/null 2>&1 || need+=(xsltproc)
[ -f /usr/share/planner/stylesheets/msp2planner.xsl ] || need+=(planner)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages for the tests: ${need[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "These packages are missing and apt-get is not available: ${need[*]}. Install them, then run the tests again." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
