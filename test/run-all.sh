#!/usr/bin/env bash
# The whole test suite, exactly what CI runs (`npm test`). On a fresh machine it first installs
# and starts what the suite needs and npm cannot bring: Debian's Chromium (GraphiQL browser test),
# FerretDB 1.x (EMR on the MongoDB wire protocol) and Orthanc with DICOMweb (PACS). PostgreSQL and
# MariaDB run on this kind of machine already. Services it started are stopped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-installed.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "== installing Chromium from Debian's packages (browser test)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

# shellcheck source=../scripts/services/use-stores.sh
source scripts/services/use-stores.sh

echo "== format (prettier)"; npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== lint (typescript-eslint)"; npx eslint .
echo "== types (tsc)"; npx tsc --noEmit -p .
echo "== build"; npm run build --silent
echo "== tests (jest)"; npx jest --ci "$@"
