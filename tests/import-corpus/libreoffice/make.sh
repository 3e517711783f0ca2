#!/usr/bin/env bash
# Regenerates the LibreOffice-made files of the layout corpus: each plan's HTML page (from its spec), then
# LibreOffice's .docx (Writer) and .xlsx (Calc) of it. Needs LibreOffice:
#   apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
# The test command does not run this (CI has no LibreOffice): the files it makes are committed.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../../.. && pwd)"
(cd "$root" && pnpm exec tsx tests/import-corpus/libreoffice/write-html.ts)
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo=(soffice "-env:UserInstallation=file://$profile" --headless)
for html in *.html; do
  "${lo[@]}" --convert-to 'docx:MS Word 2007 XML' "$html" >/dev/null
  "${lo[@]}" --infilter='HTML (StarCalc)' --convert-to 'xlsx:Calc MS Excel 2007 XML' "$html" >/dev/null
done
ls -l *.docx *.xlsx
