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

started=()
stop_started() {
  for service in "${started[@]}"; do bash "scripts/services/$service.sh" stop || true; done
}
trap stop_started EXIT
# Stores of your own: set the variable and the service is not started (see the README).
declare -A own=([ferretdb]=${MEDFUSE_TEST_MONGODB_URL:-} [orthanc]=${MEDFUSE_TEST_DICOMWEB_URL:-})
for service in ferretdb orthanc; do
  if [ -n "${own[$service]}" ]; then
    echo "== $service: using the store given in the environment"
    continue
  fi
  # A service that was already up belongs to someone else: use it, leave it running.
  if ! bash "scripts/services/$service.sh" status >/dev/null 2>&1; then started+=("$service"); fi
  echo "== $service"
  bash "scripts/services/$service.sh" start
  eval "$(bash "scripts/services/$service.sh" env)"
done

echo "== format (prettier)"; npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== lint (typescript-eslint)"; npx eslint .
echo "== types (tsc)"; npx tsc --noEmit -p .
echo "== build"; npm run build --silent
echo "== tests (jest)"; npx jest --ci "$@"
