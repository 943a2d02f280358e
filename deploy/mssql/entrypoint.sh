#!/bin/bash
# SQL Server's image runs no init scripts: start the server, wait until it answers, create the
# HIS database and the read-only login (idempotent), then stay in the foreground with the server.
set -euo pipefail
SQLCMD=/opt/mssql-tools18/bin/sqlcmd

/opt/mssql/bin/sqlservr &
server=$!
trap 'kill -TERM "$server"; wait "$server"' TERM INT

until "$SQLCMD" -C -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -Q "SELECT 1" -b -o /dev/null 2>/dev/null; do
  kill -0 "$server" || exit 1
  sleep 2
done
# sqlcmd reads $(MEDFUSE_READER_PASSWORD) in the script from the environment.
"$SQLCMD" -C -S localhost -U sa -P "$MSSQL_SA_PASSWORD" -b -i /deploy/read-only-login.sql
echo "medfuse: HIS database and read-only login ready"
wait "$server"
