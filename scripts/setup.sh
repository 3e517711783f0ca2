#!/usr/bin/env bash
# Installs what Concord needs on a fresh machine of this kind (Node 20, root): pnpm, the workspace's dependencies
# and, with --browser, Debian's Chromium for the browser tests. Safe to run again: each step is skipped when done.
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

if [ "$want_browser" = yes ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Chromium (Debian package)"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium is missing and this user cannot apt-get install it" >&2
    exit 1
  fi
fi
