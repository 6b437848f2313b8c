#!/usr/bin/env bash
# The portal's benchmark (see docs/TESTING.md, "Benchmark"): builds the baseline app
# (bench/baseline/) and the portal for "/", then measures both in headless
# Chromium (first-visit bytes, Lighthouse, interaction timing, synthetic
# datasets from 1× to 1,000×), prints a table and writes docs/BENCHMARK.md.
# It reports figures; it never fails on speed.
#
#   scripts/bench.sh             build everything, then measure
#   scripts/bench.sh --no-build  measure the portal build of the last run
#                                (bench/out/portal-dist), else a copy of dist/;
#                                the baseline is still built when missing
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

# The portal's tools (quick when already installed), then the benchmark's own:
# Lighthouse, pinned by bench/package-lock.json, kept out of the test set-up.
scripts/setup.sh --browser
lock_hash=$(sha256sum bench/package-lock.json | cut -d' ' -f1)
if [ "$(cat bench/node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "installing Lighthouse in bench/node_modules"
  npm ci --prefix bench --no-audit --no-fund
  echo "$lock_hash" > bench/node_modules/.lock-hash
fi

# The baseline: its own lock file and target directory, the portal's profile,
# compiler and wasm-opt settings (bench/baseline/{Cargo.toml,Trunk.toml}; the
# compiler flags from the portal's .cargo/config.toml, which it sits under).
(
  cd bench/baseline
  export CARGO_TARGET_DIR="$PWD/target"
  cargo fetch --quiet
  if [ "$build" = 1 ] || [ ! -f dist/index.html ]; then
    say "building the baseline app (bench/baseline)"
    trunk build --release
  fi
)

# The portal, for the site root, into a folder of its own (not dist/, which
# the tests build for a sub-path). Building cleans that folder first and
# shares target/ with other builds: retry a few times if one runs meanwhile.
portal=bench/out/portal-dist
if [ "$build" = 1 ]; then
  say "building the portal for / into $portal"
  for try in 1 2 3 4 5; do
    if DIST=$portal SITE_URL=http://127.0.0.1:8080/ scripts/build.sh; then break; fi
    [ "$try" = 5 ] && { echo "bench: the portal build failed" >&2; exit 1; }
    say "build failed (another build at the same time?); retrying in 30 s"
    sleep 30
  done
elif [ ! -f $portal/index.html ]; then
  [ -f dist/index.html ] || { echo "bench: no portal build to measure (run without --no-build)" >&2; exit 1; }
  say "measuring the build in dist/ (a copy of it)"
  mkdir -p bench/out
  cp -r dist $portal
fi

# The dataset checker, run on the synthetic datasets.
cargo build --release --quiet -p portal-site --bin validate
validate="${CARGO_TARGET_DIR:-$PWD/target}/release/validate"

# The portal's wasm optimised as the build does, its function names kept, for
# the size by crate (wasm-bindgen's output of the last build, before wasm-opt).
named=bench/out/portal-named.wasm
bindgen_out="${CARGO_TARGET_DIR:-$PWD/target}/wasm-bindgen/release/sophia-china-portal_bg.wasm"
if [ -f "$bindgen_out" ]; then
  # shellcheck disable=SC2046 # the flags are words
  wasm-opt -g $(node scripts/compact-app.mjs --flags) "$bindgen_out" -o "$named"
fi

node bench/run.mjs --portal $portal --baseline bench/baseline/dist \
  --validate "$validate" --wasm-names "$named" --out bench/out --doc docs/BENCHMARK.md
