#!/usr/bin/env bash
# Runs every test of the portal: formatting and lints, native Rust tests, the
# release build, and the browser tests in headless Chromium against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --check

step "lints (native and wasm)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

step "native tests"
cargo test --quiet

step "release build (as for GitHub Pages, under a sub-path)"
SITE_URL=http://127.0.0.1/sophia-china-portal/ scripts/build.sh

step "workflow and browser tests"
node --test --test-concurrency=1 tests/tools/ tests/e2e/
