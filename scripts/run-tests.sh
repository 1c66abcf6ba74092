#!/usr/bin/env bash
# Runs the lint and the three test levels in order, prints each one's counts, then a total line.
# Every level runs even if an earlier one failed; the exit status is non-zero if any failed.
#   0. lint:                         cargo fmt --check, clippy -D warnings (native, wasm), structure
#   1. native:                       cargo test -p ashiatsu-model; cargo test -p ashiatsu --lib
#   2. app (wasm, headless Chromium): cargo test -p ashiatsu --target wasm32-unknown-unknown
#   3. end-to-end (release dist/):   make dist, then node --test e2e/*.test.mjs
# Called by `make test` after the bootstrap.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logs=target/test-logs
mkdir -p "$logs"
export BOOTSTRAPPED=1

names=()
passed=()
failed=()
status=0

# Sums "test result: ... N passed; M failed" lines (cargo and wasm-bindgen-test-runner).
cargo_counts() {
  awk '/test result:/ {
         for (i = 1; i <= NF; i++) {
           if ($(i+1) ~ /^passed/) p += $i
           if ($(i+1) ~ /^failed/) f += $i
         }
       }
       END { printf "%d %d\n", p, f }' "$1"
}

# Reads scripts/lint.sh's closing line ("lint: N passed, M failed").
lint_counts() {
  awk '/^lint: [0-9]+ passed/ { p = $2; f = $4 } END { printf "%d %d\n", p, f }' "$1"
}

# Reads node --test's closing counts ("ℹ pass N" with the spec reporter, "# pass N" with TAP).
node_counts() {
  awk '/^(ℹ|#) pass [0-9]+/ { p = $3 } /^(ℹ|#) fail [0-9]+/ { f = $3 } END { printf "%d %d\n", p, f }' "$1"
}

level() {
  local name=$1 kind=$2 log=$logs/$3.log
  shift 3
  printf '\n==> %s: %s\n' "$name" "$*"
  local t0=$SECONDS rc
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local counts p f
  counts=$("${kind}_counts" "$log")
  p=${counts% *}
  f=${counts#* }
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi # a build failure counts as a failure
  if [ "$rc" = 0 ] && [ "$p" = 0 ]; then
    echo "$name: ran no test" >&2
    rc=1
    f=1
  fi
  [ "$rc" = 0 ] || status=1
  names+=("$name")
  passed+=("$p")
  failed+=("$f")
  printf '<== %s: %s passed, %s failed (%d s)\n' "$name" "$p" "$f" $((SECONDS - t0))
}

run_e2e() {
  make --no-print-directory dist && make --no-print-directory dist-subpath &&
    E2E_SUBPATH_DIST=target/dist-subpath node --test --test-reporter=spec e2e/*.test.mjs
}

level "lint (fmt, clippy, structure)" lint lint scripts/lint.sh
level "native (model, app logic)" cargo native make --no-print-directory test-native
level "app (wasm, headless Chromium)" cargo web make --no-print-directory test-web
level "end-to-end (release dist/)" node e2e run_e2e

printf '\n'
total_p=0
total_f=0
for i in "${!names[@]}"; do
  printf '%-32s %s passed, %s failed\n' "${names[$i]}" "${passed[$i]}" "${failed[$i]}"
  total_p=$((total_p + passed[i]))
  total_f=$((total_f + failed[i]))
done
printf 'total: %d passed, %d failed\n' "$total_p" "$total_f"
exit "$status"
