#!/usr/bin/env bash
# Runs the lint and the test levels in order, prints each one's counts, the failed tests by level
# (the level names the engine), then a total line. Every level runs even if an earlier one failed;
# the exit status is non-zero if any failed.
#   0. lint:                          cargo fmt --check, clippy -D warnings (native, wasm), structure
#   1. native:                        cargo test -p ashiatsu-model; cargo test -p ashiatsu --features prerender --lib ...
#   2. app (wasm, headless Chromium): cargo test -p ashiatsu --target wasm32-unknown-unknown
#   3. end-to-end Chromium:           make dist and dist-subpath, copied to target/e2e-dist*, then the
#                                     full suite, node --test e2e/*.test.mjs
#   4. end-to-end Firefox:            the cross-engine suite, e2e/engines/firefox.test.mjs
#   5. end-to-end WebKit:             the cross-engine suite, e2e/engines/webkit.test.mjs
# Counts: cargo's "test result" lines (with --no-fail-fast every binary runs); node's pass, and
# fail plus cancelled as failed; skipped and todo tests are shown apart. Called by `make test`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logs=target/test-logs
mkdir -p "$logs"
export BOOTSTRAPPED=1

names=()
passed=()
failed=()
skipped=()
failures=()
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

# Reads node --test's closing counts ("ℹ pass N" with the spec reporter, "# pass N" with TAP): a
# cancelled test (a file that died, a test past its timeout) is a failed one.
node_counts() {
  awk '/^(ℹ|#) pass [0-9]+/ { p = $3 } /^(ℹ|#) (fail|cancelled) [0-9]+/ { f += $3 }
       /^(ℹ|#) (skipped|todo) [0-9]+/ { s += $3 } END { printf "%d %d %d\n", p, f, s }' "$1"
}

# The names of the failed tests in a log: node's list after "failing tests:", cargo's FAILED lines.
failed_names() {
  awk '/^✖ failing tests:/ { list = 1; next }
       list && /^✖ / && !/\([0-9.]+ms\) # / { sub(/^✖ /, ""); sub(/ \([0-9.]+ms\)$/, ""); print }
       /^test .* \.\.\. FAIL(ED)?$/ { sub(/^test /, ""); sub(/ \.\.\. FAIL(ED)?$/, ""); print }
       /^FAILED: / { print }' "$1" | sort -u
}

level() {
  local name=$1 kind=$2 log=$logs/$3.log
  shift 3
  printf '\n==> %s: %s\n' "$name" "$*"
  local t0=$SECONDS rc
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local counts p f s
  counts=$("${kind}_counts" "$log")
  read -r p f s <<<"$counts"
  s=${s:-0}
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
  skipped+=("$s")
  while IFS= read -r test_name; do
    [ -n "$test_name" ] && failures+=("[$name] $test_name")
  done < <(failed_names "$log")
  if [ "$rc" != 0 ] && [ "$f" != 0 ] && [ -z "$(failed_names "$log")" ]; then
    failures+=("[$name] exited $rc (see $log)")
  fi
  printf '<== %s: %s passed, %s failed, %s skipped or todo (%d s)\n' "$name" "$p" "$f" "$s" $((SECONDS - t0))
}

# The release builds the end-to-end levels load, copied so that a rebuild of dist/ meanwhile (make
# serve, make dist in another shell) cannot change them under a running test.
E2E_DIST_COPY=target/e2e-dist
E2E_SUBPATH_COPY=target/e2e-dist-subpath
build_e2e() {
  make --no-print-directory dist && make --no-print-directory dist-subpath &&
    rm -rf "$E2E_DIST_COPY" "$E2E_SUBPATH_COPY" &&
    cp -r dist "$E2E_DIST_COPY" && cp -r target/dist-subpath "$E2E_SUBPATH_COPY"
}

run_e2e() {
  build_e2e &&
    E2E_DIST=$E2E_DIST_COPY E2E_SUBPATH_DIST=$E2E_SUBPATH_COPY node --test --test-reporter=spec e2e/*.test.mjs
}

run_engine() {
  [ -f "$E2E_DIST_COPY/index.html" ] || { echo "no release build in $E2E_DIST_COPY (the Chromium level builds it)"; return 1; }
  E2E_DIST=$E2E_DIST_COPY node --test --test-reporter=spec "e2e/engines/$1.test.mjs"
}

level "lint (Rust, structure, JS, CSS)" lint lint scripts/lint.sh
level "native (model, app logic)" cargo native make --no-print-directory test-native
level "app (wasm, headless Chromium)" cargo web make --no-print-directory test-web
rm -rf "$E2E_DIST_COPY"
level "end-to-end Chromium (full)" node e2e run_e2e
level "end-to-end Firefox" node firefox run_engine firefox
level "end-to-end WebKit" node webkit run_engine webkit

printf '\n'
total_p=0
total_f=0
total_s=0
for i in "${!names[@]}"; do
  printf '%-32s %s passed, %s failed, %s skipped or todo\n' "${names[$i]}" "${passed[$i]}" "${failed[$i]}" "${skipped[$i]}"
  total_p=$((total_p + passed[i]))
  total_f=$((total_f + failed[i]))
  total_s=$((total_s + skipped[i]))
done
if [ "${#failures[@]}" -gt 0 ]; then
  printf '\nfailed:\n'
  printf '  %s\n' "${failures[@]}"
fi
printf 'total: %d passed, %d failed, %d skipped\n' "$total_p" "$total_f" "$total_s"
exit "$status"
