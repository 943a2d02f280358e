#!/usr/bin/env bash
# The whole test suite, exactly what CI runs (`npm test`). On a fresh machine it first installs
# what npm cannot: Debian's Chromium for the GraphiQL browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-installed.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "== installing Chromium from Debian's packages (browser test)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

echo "== format (prettier)"; npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== lint (typescript-eslint)"; npx eslint .
echo "== types (tsc)"; npx tsc --noEmit -p .
echo "== build"; npm run build --silent
echo "== tests (jest)"; npx jest --ci "$@"
