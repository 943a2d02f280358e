#!/usr/bin/env bash
# Orthanc with its DICOMweb plugin, from Debian's packages: the PACS subgraph's QIDO-RS tests run
# against it. Started as a plain background process with the config beside this script (not as
# the Debian service): HTTP on port 8142, DICOM port off, a fixed test user, storage under
# /var/tmp/medfuse-orthanc. Orthanc 1.10 cannot bind to one address, so it listens on every
# interface but refuses clients other than loopback ("RemoteAccessAllowed": false).
#
#   scripts/services/orthanc.sh start   install if missing, start if not running, wait, print the URL
#   scripts/services/orthanc.sh stop    stop the instance this script started
#   scripts/services/orthanc.sh status  exit 0 when the instance this script starts is running
#   scripts/services/orthanc.sh env     print the `export` lines the tests read
#   scripts/services/orthanc.sh analyze [INDEX]  refresh the index's planner statistics (below),
#                                                restarting the instance this script started
set -euo pipefail

CONFIG=$(cd "$(dirname "$0")/orthanc" && pwd)/orthanc.json
HOME_DIR=/var/tmp/medfuse-orthanc
PID_FILE=$HOME_DIR/orthanc.pid
LOG=$HOME_DIR/orthanc.log
BIN=/usr/sbin/Orthanc
PLUGIN=/usr/share/orthanc/plugins/libOrthancDicomWeb.so
SQLITE=/usr/bin/sqlite3
INDEX=$HOME_DIR/storage/index
PORT=8142
# The test user of orthanc.json; the server refuses every client but loopback anyway.
CREDENTIALS=medfuse:medfuse-test
REST_URL=http://$CREDENTIALS@127.0.0.1:$PORT
DICOMWEB_URL=$REST_URL/dicom-web

running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

accepting() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

# Ready once the DICOMweb plugin answers, not merely the port: plugins load after the socket opens.
answering() {
  node -e '
    const auth = "Basic " + Buffer.from(process.argv[2]).toString("base64");
    fetch(process.argv[1], { headers: { Authorization: auth, Accept: "application/dicom+json" } })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));
  ' "http://127.0.0.1:$PORT/dicom-web/studies?StudyInstanceUID=2.25.0" "$CREDENTIALS"
}

install() {
  if [ -x "$BIN" ] && [ -f "$PLUGIN" ] && [ -x "$SQLITE" ]; then return; fi
  echo "== installing Orthanc, its DICOMweb plugin and SQLite's shell from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq orthanc orthanc-dicomweb sqlite3 >/dev/null
  # The package may start its own service (port 8042, DICOM on 4242); only ours is wanted.
  if command -v invoke-rc.d >/dev/null; then invoke-rc.d orthanc stop >/dev/null 2>&1 || true; fi
}

# Orthanc 1.10 never gathers SQLite's planner statistics for its index. Without them SQLite finds a
# PatientID through the index on (tagGroup, tagElement), reading every patient's identifiers: 8–9
# ms of Orthanc's CPU per QIDO-RS study search with 3,000 imaged patients, more as the archive
# grows. With them it takes the index on the value: 1.1–1.6 ms (BENCHMARKS.md). Once Orthanc has
# written to its index it holds the file's lock until it stops (another connection is then told
# "database is locked", even to read), so this script's running instance is stopped around the
# refresh and started again; its clients see it gone for a second or two.
analyze_index() {
  if [ ! -s "$1" ]; then
    echo "orthanc: no index at $1 yet, nothing to analyze"
    return
  fi
  "$SQLITE" -cmd ".timeout 10000" "$1" "DROP TABLE IF EXISTS sqlite_stat1; ANALYZE;"
  echo "orthanc: planner statistics of $1 refreshed"
}

analyze() {
  local index=${1:-$INDEX}
  if [ "$index" != "$INDEX" ] || ! running; then
    analyze_index "$index"
    return
  fi
  stop
  analyze_index "$index"
  start
}

start() {
  if running && answering; then
    echo "orthanc: running at http://127.0.0.1:$PORT/dicom-web"
    return
  fi
  if ! running && accepting; then
    echo "orthanc: 127.0.0.1:$PORT is taken by another process" >&2
    exit 1
  fi
  install
  if ! running; then
    mkdir -p "$HOME_DIR/storage"
    analyze_index "$INDEX" >/dev/null
    # setsid: the server outlives this script and the test command's process group.
    setsid "$BIN" "$CONFIG" >>"$LOG" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
  fi
  for _ in $(seq 1 150); do
    if answering; then
      echo "orthanc: running at http://127.0.0.1:$PORT/dicom-web"
      return
    fi
    running || break
    sleep 0.2
  done
  echo "orthanc: did not start; last lines of $LOG:" >&2
  tail -n 20 "$LOG" >&2
  exit 1
}

stop() {
  if running; then
    kill "$(cat "$PID_FILE")"
    for _ in $(seq 1 100); do running || break; sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  echo "orthanc: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running ;;
  analyze)
    install
    analyze "${2:-}"
    ;;
  env)
    echo "export MEDFUSE_TEST_DICOMWEB_URL=$DICOMWEB_URL"
    echo "export MEDFUSE_TEST_ORTHANC_URL=$REST_URL"
    ;;
  *)
    echo "usage: $0 start|stop|status|env|analyze [INDEX]" >&2
    exit 2
    ;;
esac
