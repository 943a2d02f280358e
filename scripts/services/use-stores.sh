# Sourced by the test command (test/run-all.sh) and the benchmark (bench/bench.sh): makes sure
# FerretDB (EMR on the MongoDB wire protocol) and Orthanc with DICOMweb (PACS) run and exports
# their URLs. A store named in the environment (MEDFUSE_TEST_MONGODB_URL,
# MEDFUSE_TEST_DICOMWEB_URL) is used as it is; a service that was already up belongs to someone
# else and is left running; the ones started here are stopped when the sourcing script exits.
started_services=()
stop_started_services() {
  for service in "${started_services[@]}"; do bash "scripts/services/$service.sh" stop || true; done
}
trap stop_started_services EXIT
declare -A own_store=([ferretdb]=${MEDFUSE_TEST_MONGODB_URL:-} [orthanc]=${MEDFUSE_TEST_DICOMWEB_URL:-})
for service in ferretdb orthanc; do
  if [ -n "${own_store[$service]}" ]; then
    echo "== $service: using the store given in the environment"
    continue
  fi
  if ! bash "scripts/services/$service.sh" status >/dev/null 2>&1; then started_services+=("$service"); fi
  echo "== $service"
  bash "scripts/services/$service.sh" start
  eval "$(bash "scripts/services/$service.sh" env)"
done
