#!/usr/bin/env bash
# Installs what building and testing the explainer needs, and only what is missing, so a second run
# takes seconds. Safe to run any number of times (make serve / make test / make dist run it).
#
#   - Rust target wasm32-unknown-unknown
#   - trunk 0.21.14 (0.22 needs a newer rustc than this machine's)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (also gives
#     wasm-bindgen-test-runner)
#   - Debian's browsers for the tests: chromium and chromium-driver, firefox-esr, webkit2gtk-driver
#     (WebKitGTK's MiniBrowser, Safari's engine) with xvfb to give it a display, and a Japanese
#     font (fonts-ipafont-gothic) so that Japanese text renders in screenshots as on a tablet;
#     nginx for the test of the hosting snippet
#   - npm packages from package-lock.json (binaryen@132 for wasm-opt, playwright-core, axe-core,
#     eslint and stylelint for the lint)
#   - the crates in Cargo.lock, so that builds can run with --offline
#
# Executed, it installs. Sourced (`. scripts/bootstrap.sh`), it also leaves PATH set up in your
# shell: ~/.cargo/bin and node_modules/.bin (trunk finds wasm-opt there).

__ashiatsu_bootstrap() (
  set -euo pipefail
  cd "$REPO"

  local t0=$SECONDS
  log() { printf 'bootstrap: %s\n' "$*"; }
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

  command -v cargo >/dev/null || { log "cargo not found: install Rust with rustup first"; exit 1; }
  command -v node >/dev/null || { log "node not found: install Node.js 20 or newer"; exit 1; }

  # 1. wasm target
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  # 1b. the formatter and the linter (make test runs both)
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      log "adding Rust component $component"
      rustup component add "$component"
    fi
  done

  # 2. trunk
  local trunk_version=0.21.14
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
    log "installing trunk $trunk_version (several minutes)"
    cargo install trunk --version "$trunk_version" --locked
  fi

  # 3. the crates in Cargo.lock (fast when they are all in the local cache)
  if [ ! -f Cargo.lock ]; then
    log "Cargo.lock is missing: resolving dependencies"
    cargo generate-lockfile
  fi
  cargo fetch --quiet

  # 4. wasm-bindgen-cli, the version Cargo.lock pins for wasm-bindgen
  local wb_version
  wb_version=$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { gsub(/"/, "", $3); name = $3 }
    /^version = / && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.lock)
  [ -n "$wb_version" ] || { log "no wasm-bindgen in Cargo.lock"; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ] ||
    [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
    log "installing wasm-bindgen-cli $wb_version (about two minutes)"
    # Not --locked: its lock file names a crate release the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$wb_version" --force
  fi

  # 5. Browsers and fonts from Debian; locales for localedef, which compiles the locales WebKitGTK
  #    takes the browser's languages from (e2e/engines/harness.mjs); nginx, to serve dist/ with the
  #    snippet make dist writes for it (e2e/hosting.test.mjs; never started as a service)
  local packages=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth fonts-ipafont-gothic locales nginx)
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi

  # 6. npm packages, when node_modules is missing or older than package-lock.json
  local stamp=node_modules/.bootstrap-lock.sha256 want
  want=$(sha256sum package-lock.json | awk '{print $1}')
  if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
  case "$(wasm-opt --version 2>/dev/null)" in
    *"version 132"*) ;;
    *) log "wasm-opt on PATH is not version 132: $(command -v wasm-opt || echo none)"; exit 1 ;;
  esac

  log "ready in $((SECONDS - t0)) s (trunk $trunk_version, wasm-bindgen $wb_version, wasm-opt 132, $(/usr/bin/chromium --version 2>/dev/null | awk '{print $1, $2}'))"
)

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) PATH="$HOME/.cargo/bin:$PATH" ;; esac
case ":$PATH:" in *":$REPO/node_modules/.bin:"*) ;; *) PATH="$REPO/node_modules/.bin:$PATH" ;; esac
export PATH REPO

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  __ashiatsu_bootstrap
else
  __ashiatsu_bootstrap || return
fi
