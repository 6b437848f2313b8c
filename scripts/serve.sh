#!/usr/bin/env bash
# Builds the portal and serves it at http://127.0.0.1:8080/, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "The portal will be at http://127.0.0.1:8080/ once the first build is done (Ctrl-C stops it)."
exec trunk serve "$@"
