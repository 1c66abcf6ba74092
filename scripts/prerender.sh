#!/bin/sh
# Trunk post_build hook, release builds only: writes the first view into the built index.html
# (src/bin/prerender.rs, native, Yew's server renderer). A development build (`trunk serve`)
# skips it and renders in the browser, so live reload stays quick.
# Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PROFILE.
set -eu
if [ "${TRUNK_PROFILE:-}" != "release" ]; then
  echo "prerender: skipped (development build)"
  exit 0
fi
: "${TRUNK_STAGING_DIR:?run me as a Trunk hook}"
# The native build of the app: a debug build is enough for rendering once and compiles quickly.
cargo run --quiet --offline --features prerender --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
