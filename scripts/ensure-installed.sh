#!/usr/bin/env bash
# Installs the locked npm dependencies when a fresh clone has none (or the lock file changed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
