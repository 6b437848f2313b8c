#!/usr/bin/env bash
# Runs every test of the portal: formatting and lints, native Rust tests, the
# release build, and the browser tests in headless Chromium against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all --check

step "lints (the workspace natively, the app as wasm)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p sophia-china-portal --lib --bins --quiet -- -D warnings

step "native tests (core, app, site)"
cargo test --workspace --quiet

# The build the browser tests run on, and the one the Pages workflow publishes:
# SITE_URL is where it will live (the workflow sets the Pages address); without
# it, a sub-path on loopback, so that links are tested under a base path too.
export SITE_URL=${SITE_URL:-http://127.0.0.1/sophia-china-portal/}
step "release build for $SITE_URL"
scripts/build.sh

step "workflow and browser tests (Node $(node --version))"
# File lists, not folders: from Node 21 on, `node --test` takes its arguments
# as patterns and a folder matches no file. Each test gets at most ten minutes,
# so a wait that never ends fails the run instead of hanging it.
node --test --test-concurrency=1 --test-timeout=600000 tests/tools/*.test.mjs tests/e2e/*.test.mjs
