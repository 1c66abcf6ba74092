#!/usr/bin/env bash
# The code's own checks, before any test: formatting (rustfmt.toml), clippy with warnings as
# errors for the native build and the wasm build (the app's web code only compiles for wasm), the
# structure limits (scripts/check-structure.mjs), ESLint on every script (eslint.config.mjs) and
# stylelint on the stylesheet (stylelint.config.mjs); both from node_modules, locked in
# package-lock.json. Every check runs; the last line counts them
# for scripts/run-tests.sh ("lint: N passed, M failed"); the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

passed=0
failed=0
check() {
  printf -- '--- %s\n' "$*"
  if "$@"; then
    passed=$((passed + 1))
  else
    printf 'FAILED: %s\n' "$*"
    failed=$((failed + 1))
  fi
}

check cargo fmt --all --check
check cargo clippy --offline --workspace --all-targets --all-features -- -D warnings
check cargo clippy --offline -p ashiatsu --target wasm32-unknown-unknown --all-targets -- -D warnings
check node scripts/check-structure.mjs
check node_modules/.bin/eslint --max-warnings 0 .
check node_modules/.bin/stylelint --max-warnings 0 static/styles.css

printf 'lint: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]
