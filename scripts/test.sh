#!/usr/bin/env bash
# The one test command (npm test): system packages, typecheck, lint, then every vitest suite
# (units, xlsx adapter on real files, LibreOffice checks, task pane end-to-end in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh
echo "== typecheck" && npx tsc --noEmit -p tsconfig.json
echo "== lint" && npx eslint .
echo "== build" && npm run --silent build:cli
echo "== tests" && npx vitest run "$@"
echo "== end-to-end (task pane in headless Chromium)" && npx vitest run --config test/e2e/vitest.config.ts
