#!/usr/bin/env bash
# `make bench`: release build, then the size, browser and model benchmarks, then docs/benchmarks.md.
# Every step runs even if an earlier one failed; a missed budget is reported, not an error. The exit
# status is non-zero only if a step could not measure (a build failed, a script broke).
#   BENCH_SOAK_S=600      seconds of playback for the memory soak (30 for a quick run)
#   BENCH_READY_RUNS=5    cold loads for the time to ready; BENCH_FRAMES_S=10 frame-pacing window
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export BOOTSTRAPPED=1

out=target/bench
rm -rf "$out"
mkdir -p "$out"
status=0
# The commit measured is the one built now, at the start: the tree may change during a long run.
git describe --always --dirty='+uncommitted changes' >"$out/commit.txt" 2>/dev/null

step() {
  local name=$1
  shift
  printf '\n==> bench %s: %s\n' "$name" "$*"
  local t0=$SECONDS rc
  "$@" 2>&1 | tee "$out/$name.log"
  rc=${PIPESTATUS[0]}
  printf '%s %s %s\n' "$name" "$rc" $((SECONDS - t0)) >>"$out/steps.txt"
  if [ "$rc" != 0 ]; then
    printf '<== bench %s FAILED (exit %s), continuing\n' "$name" "$rc"
    status=1
  fi
}

# twiggy names the wasm's largest items; only the benchmark needs it, so it is installed here and
# not by the bootstrap. Without it (offline, say) wasm-items.mjs falls back to reading the file.
if ! command -v twiggy >/dev/null; then
  step twiggy cargo install --locked twiggy@0.8.0
fi
step dist make --no-print-directory dist
# The yardstick for the first paint: a minimal Yew app, built the same way (its own lock and target).
step minimal-yew sh -c 'cd scripts/bench/minimal-yew && CARGO_TARGET_DIR="$0/target/minimal-yew" trunk build --release --offline --dist "$0/target/bench/minimal-dist"' "$PWD"
step size node scripts/bench/size.mjs
step wasm-items node scripts/bench/wasm-items.mjs
step browser node scripts/bench/browser.mjs
step lighthouse node scripts/bench/lighthouse.mjs
step criterion node scripts/bench/criterion.mjs
printf '\n'
node scripts/bench/report.mjs || status=1
exit "$status"
