#!/usr/bin/env bash
# Quick start: install, build the app, and start the relay serving it on http://127.0.0.1:8787 (SQLite in ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "start: building the app and the relay"
pnpm --filter @concord/client build >/dev/null
pnpm --filter @concord/sync-server build >/dev/null
# The relay as built (no TypeScript loader) with its production node flags (see sync-server/node-options).
# shellcheck disable=SC2046
exec node $(grep -v '^#' sync-server/node-options) sync-server/dist/concord.mjs serve \
  --port "${PORT:-8787}" --data "${DATA_DIR:-./data}" "$@"
