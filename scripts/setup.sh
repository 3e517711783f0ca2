#!/usr/bin/env bash
# Installs what Concord needs on a fresh machine of this kind (Node 20, root): pnpm, the workspace's dependencies
# and, with --browser, Debian's Chromium and poppler-utils for the browser tests. Safe to run again: each step is
# skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=no
[ "${1:-}" = "--browser" ] && want_browser=yes

if ! command -v pnpm >/dev/null 2>&1; then
  echo "setup: installing pnpm"
  npm install -g pnpm >/dev/null 2>&1
fi

# better-sqlite3 compiles from source here; node-gyp must build against the machine's Node headers.
if [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi

echo "setup: installing dependencies"
pnpm install --frozen-lockfile --reporter=silent

# The browser tests drive Debian's Chromium and read printed PDFs with poppler's pdftotext.
if [ "$want_browser" = yes ]; then
  missing=""
  [ -x /usr/bin/chromium ] || missing="$missing chromium"
  command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
  if [ -n "$missing" ]; then
    echo "setup: installing$missing (Debian packages)"
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "setup:$missing missing and this user cannot apt-get install them" >&2
      exit 1
    fi
  fi
fi
