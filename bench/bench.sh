#!/usr/bin/env bash
# `npm run bench -- <options>`: builds, makes sure FerretDB and Orthanc run (as the test command
# does; PostgreSQL and MariaDB run on the project's machines), then runs the benchmark
# (bench/cli.ts; BENCHMARKS.md explains the options and the table). Services it started are
# stopped when it ends; ones already running are left as they were.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-installed.sh
npm run build --silent

# shellcheck source=../scripts/services/use-stores.sh
source scripts/services/use-stores.sh

node dist/bench/cli.js "$@"
