#!/usr/bin/env bash
# Runs every test of the portal: formatting and lints, native Rust tests, the
# release build, and the browser tests in headless Chromium against dist/.
#
#   scripts/test.sh                  everything (what CI runs)
#   scripts/test.sh --stress         everything, the browser tests with a
#                                    CPU-bound job per core beside them
#   scripts/test.sh --quick [FILE…]  the inner loop: no install check, lints or
#                                    native tests; dist/ rebuilt only when a
#                                    source is newer; the browser test files
#                                    given (default: all)
#
# Each step prints how long it took; docs/TESTING.md says where the time goes.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
case "${1:-}" in
  --stress) mode=stress; shift ;;
  --quick) mode=quick; shift ;;
  -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
  -*) echo "test.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
esac
if [ "$mode" != quick ] && [ $# -gt 0 ]; then
  echo "test.sh: test files are for --quick (see --help)" >&2; exit 2
fi

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# One run compiles each crate once: the incremental caches of the workspace's
# crates (some 700 MB) would only serve a next compile of the same code.
export CARGO_INCREMENTAL=0
started=$SECONDS
step_started=$SECONDS
step_name=
seconds() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }
finish_step() {
  if [ -n "$step_name" ]; then printf '   (%s: %s)\n' "$step_name" "$(seconds $((SECONDS - step_started)))"; fi
}
step() {
  finish_step
  step_name=$1 step_started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

# The build the browser tests run on, and the one the Pages workflow publishes:
# SITE_URL is where it will live (the workflow sets the Pages address); without
# it, a sub-path on loopback, so that links are tested under a base path too.
export SITE_URL=${SITE_URL:-http://127.0.0.1/sophia-china-portal/}

if [ "$mode" != quick ]; then
  step "install check"
  scripts/setup.sh --browser

  step "format"
  cargo fmt --all --check

  step "lints (the workspace natively, the app as wasm)"
  cargo clippy --workspace --all-targets --quiet -- -D warnings
  cargo clippy --target wasm32-unknown-unknown -p sophia-china-portal --lib --bins --quiet -- -D warnings

  step "native tests (core, app, site)"
  cargo test --workspace --quiet
fi

# --quick keeps a dist/ that no source is newer than (the sources of the app,
# the site generator, the data, the styles and the build's own files).
built_after_sources() {
  [ -f dist/sitemap.xml ] || return 1
  [ -z "$(find Cargo.toml Cargo.lock Trunk.toml index.html site.toml .cargo src crates public style scripts \
    -newer dist/sitemap.xml -print -quit 2>/dev/null)" ]
}
if [ "$mode" = quick ] && built_after_sources && grep -qF "$SITE_URL" dist/sitemap.xml; then
  step "release build for $SITE_URL: dist/ is up to date"
else
  step "release build for $SITE_URL"
  scripts/build.sh
fi

if [ "$mode" = stress ]; then
  # One busy loop per core, at the tests' own priority, for as long as the
  # browser tests run: the machine a contributor runs them on while it builds
  # something else. Each loop also ends by itself after 90 minutes, should
  # this script be killed before it can stop them.
  load=()
  for _ in $(seq "$(nproc)"); do
    timeout 90m sh -c 'while :; do :; done' &
    load+=($!)
  done
  trap 'kill "${load[@]}" 2>/dev/null || true' EXIT
fi

step "workflow and browser tests (Node $(node --version))${load:+, beside ${#load[@]} busy loops}"
if [ $# -eq 0 ]; then set -- tests/tools/*.test.mjs tests/e2e/*.test.mjs; fi
# File lists, not folders: from Node 21 on, `node --test` takes its arguments
# as patterns and a folder matches no file. Two files at a time, one per core,
# each with its own browser and server. Each test gets at most ten minutes,
# so a wait that never ends fails the run instead of hanging it.
node --test --test-concurrency=2 --test-timeout=600000 "$@"
finish_step
printf '\nAll tests passed in %s.\n' "$(seconds $((SECONDS - started)))"
