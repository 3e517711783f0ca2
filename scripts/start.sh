#!/usr/bin/env bash
# Quick start: install, build the app, and start the relay serving it on http://127.0.0.1:8787 (SQLite in ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "start: building the app"
pnpm --filter @concord/client build >/dev/null
exec pnpm concord serve --port "${PORT:-8787}" --data "${DATA_DIR:-./data}" "$@"
