# make serve | make test | make dist | make bench | make clean
# Every target installs what is missing first (scripts/bootstrap.sh); builds never download
# (--offline): the bootstrap fetches the crates in Cargo.lock beforehand.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.NOTPARALLEL:
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

# Base URL of a build: empty means Trunk.toml's relative "./" (dist/ works from any folder).
PUBLIC_URL ?=
TRUNK_PUBLIC_URL_FLAG := $(if $(PUBLIC_URL),--public-url "$(PUBLIC_URL)",)

.PHONY: help bootstrap serve test lint test-native test-web test-e2e test-firefox test-webkit dist dist-subpath bench clean goldens screenshots

help:
	@echo "make serve   development server with live reload on http://127.0.0.1:8080/"
	@echo "make test    all tests: lint, native (model, app logic), app in headless Chromium (wasm),"
	@echo "             end-to-end in Chromium (full suite), Firefox and WebKit (cross-engine suite)"
	@echo "make dist    release build into dist/ (PUBLIC_URL=/some/path/ make dist for an absolute base)"
	@echo "make bench   benchmarks: size, browser timings, model (writes docs/benchmarks.md; ~15 min)"
	@echo "make goldens      accept a reviewed change to the art (visual regression pictures)"
	@echo "make screenshots  every view, size and language into docs/screenshots/"
	@echo "make clean   remove build outputs"

# BOOTSTRAPPED=1 (set by scripts/run-tests.sh) skips the check when it has just run.
bootstrap:
ifeq ($(BOOTSTRAPPED),)
	@scripts/bootstrap.sh
endif

serve: bootstrap
	@# Builds into target/trunk-serve, so dist/ stays the release build.
	trunk serve --offline --address 127.0.0.1 --port 8080 --dist target/trunk-serve $(TRUNK_PUBLIC_URL_FLAG)

test: bootstrap
	@scripts/run-tests.sh

# Formatting, clippy (native and wasm) and the structure limits; make test runs it first.
lint: bootstrap
	@scripts/lint.sh

# Native: the model crate, and the app's pure logic (URL and storage codecs, state) in src/, with the
# server renderer of the pre-render step (feature prerender), which also renders the first view once.
# --no-fail-fast: every test binary runs even when one fails, so the counts are complete.
test-native: bootstrap
	cargo test --offline --no-fail-fast -p ashiatsu-model
	cargo test --offline --no-fail-fast -p ashiatsu --features prerender --lib --test decoders --test translation_keys

test-web: bootstrap
	cargo test --offline --no-fail-fast -p ashiatsu --target wasm32-unknown-unknown

# End-to-end tests of a release build: E2E_DIST (default dist/) is the build they load.
# Chromium runs the full suite (Playwright); Firefox and WebKit the cross-engine suite (e2e/engines/).
test-e2e: dist
	node --test --test-reporter=spec e2e/*.test.mjs

test-firefox: dist
	node --test --test-reporter=spec e2e/engines/firefox.test.mjs

test-webkit: dist
	node --test --test-reporter=spec e2e/engines/webkit.test.mjs

dist: bootstrap
	rm -rf dist
	trunk build --release --offline $(TRUNK_PUBLIC_URL_FLAG)
	@cd dist && for f in *.wasm *.js; do \
	  printf '  %-48s %8d bytes  %8d gzip\n' "$$f" "$$(wc -c <"$$f")" "$$(gzip -9c "$$f" | wc -c)"; \
	done

# The same release built for an absolute sub-path, for the end-to-end test of hosting under one.
SUBPATH_URL := /clinic/explainer/
dist-subpath: bootstrap
	rm -rf target/dist-subpath
	trunk build --release --offline --public-url $(SUBPATH_URL) --dist target/dist-subpath

# Benchmarks, never timed tests: make dist, first-visit size (gzip) and the largest wasm items,
# browser timings (time to ready, frame pacing, long tasks, memory soak) in headless Chromium with a
# 4x CPU throttle, the model's Criterion benchmarks; writes docs/benchmarks.md (scripts/bench/).
# BENCH_SOAK_S=30 make bench shortens the memory soak (default 600 s).
bench: bootstrap
	@scripts/bench/run.sh

# The pictures of the visual regression test, after a reviewed change to the art (e2e/goldens/).
goldens: dist
	UPDATE_GOLDENS=1 node --test --test-reporter=spec e2e/visual.test.mjs

# Screenshots of every view, size and language for review (docs/screenshots/), and the README's.
screenshots: dist
	node scripts/screenshots.mjs
	node scripts/screenshots.mjs --out docs --only full-desktop-en --readme

clean:
	cargo clean
	rm -rf dist e2e/artifacts target/test-logs
