#!/usr/bin/env bash
# Runs every test: installs what it needs (pnpm, dependencies, Chromium), type-checks, lints, builds the app, runs the unit,
# integration and real-browser tests, and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json

if ! bash scripts/setup.sh --browser; then
  echo "setup failed"
  echo "0 passed, 1 failed"
  exit 1
fi
if [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi

extra_failed=0
echo "== type-check"
if ! pnpm -s typecheck; then extra_failed=$((extra_failed + 1)); fi
echo "== lint (ESLint: correctness rules and the package boundaries)"
if ! pnpm -s lint; then extra_failed=$((extra_failed + 1)); fi
echo "== build the app and the relay"
if ! { pnpm -s --filter @concord/client build && pnpm -s --filter @concord/sync-server build; } >.tmp/build.log 2>&1; then
  cat .tmp/build.log
  extra_failed=$((extra_failed + 1))
fi

echo "== unit and integration tests"
pnpm exec vitest run --project unit --project integration \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-main.json
echo "== browser tests (Chromium)"
pnpm exec vitest run --project e2e --passWithNoTests \
  --reporter=default --reporter=json --outputFile.json=.tmp/vitest-e2e.json

node scripts/summarise-tests.mjs "$extra_failed" .tmp/vitest-main.json .tmp/vitest-e2e.json
