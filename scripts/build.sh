#!/usr/bin/env bash
# Release build of the portal into dist/, ready for any static host:
# Trunk's build for the site's public path, then one index.html per page and
# language, 404.html, sitemap.xml and robots.txt (the static-pages command).
#
#   SITE_URL=https://owner.github.io/repo/ scripts/build.sh
#
# SITE_URL is the one setting: its path is the public path the app is built
# for and links from; the whole URL goes into canonical and sitemap addresses.
# DIST (default dist) is the output folder; scripts/bench.sh builds into its own.
# PORTAL_REPOSITORY (https://github.com/owner/repo), read by static-pages, is
# where record pages send readers' corrections (an issue form); by default the
# repository of a GitHub Pages SITE_URL, and none elsewhere (no link then).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

SITE_URL=${SITE_URL:-http://127.0.0.1:8080/}
DIST=${DIST:-dist}
public_url=$(printf '%s' "$SITE_URL" | sed -E 's#^[a-z]+://[^/]+##; s#/*$#/#')

# The wasm's compiler flags are in .cargo/config.toml, so that a plain
# `trunk build --release` makes the same wasm as this script.
trunk build --release --public-url "$public_url" --dist "$DIST"
# Trunk's output as it came, for another build of the same app for a site with
# the same public path (the browser tests make one for GitHub Pages from it).
rm -rf target/trunk-output && mkdir -p target && cp -R "$DIST" target/trunk-output
# The site generator is a build tool, run in the dev profile: that is the
# build of it the native tests compile, so a test run compiles its
# dependencies once, not again with release optimisations (some 30 s to write
# the pages instead of 4, against minutes of compiling; docs/TESTING.md).
cargo run --quiet -p portal-site --bin static-pages -- "$DIST" "$SITE_URL"
