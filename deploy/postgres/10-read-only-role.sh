#!/bin/bash
# Run once by the postgres image on an empty volume: a login the LIS subgraph reads through.
# SELECT on the tables the seeder (the admin role) creates later comes from default privileges.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v admin="$POSTGRES_USER" -v db="$POSTGRES_DB" -v reader_password="$MEDFUSE_READER_PASSWORD" <<'SQL'
CREATE ROLE medfuse_reader LOGIN PASSWORD :'reader_password';
ALTER ROLE medfuse_reader SET default_transaction_read_only = on;
GRANT CONNECT ON DATABASE :"db" TO medfuse_reader;
GRANT USAGE ON SCHEMA public TO medfuse_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO medfuse_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE :"admin" IN SCHEMA public GRANT SELECT ON TABLES TO medfuse_reader;
SQL
