#!/usr/bin/env bash
# `npm test`: the linter first, then every suite — typecheck, unit + integration (SQLite and PostgreSQL), then the
# browser tests — ending with one summary line "N passed, M failed". A lint error fails the run.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 npm_config_nodedir=/usr
mkdir -p test-results
failed_steps=()

step() { echo; echo "=== $*"; }

step "lint (ESLint: eslint.config.mjs)"
npx eslint . || failed_steps+=("lint")

step "format (Prettier --check: .prettierrc.json; npm run format fixes it)"
npx prettier --check . --log-level warn || failed_steps+=("format")

step "typecheck"
npx tsc --noEmit || failed_steps+=("typecheck")

step "production build (the integration and browser tests run against it)"
npx next build || { failed_steps+=("build"); }

step "browser for the end-to-end tests"
source scripts/find-chromium.sh

step "unit and integration tests (vitest projects unit and integration)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json || failed_steps+=("vitest")

step "end-to-end tests (Playwright, Chromium)"
if [ -f playwright.config.ts ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || failed_steps+=("playwright")
fi

node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json
summary_status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  exit 1
fi
exit $summary_status
