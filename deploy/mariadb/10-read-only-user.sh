# Sourced (not executed: it is not executable) once by the mariadb image on an empty volume, so
# the image's docker_process_sql reaches its bootstrap server: a user the RIS subgraph reads
# through, allowed SELECT on the RIS database only (tables the seeder creates later included).
docker_process_sql --database=mysql <<SQL
CREATE USER IF NOT EXISTS 'medfuse_reader'@'%' IDENTIFIED BY '${MEDFUSE_READER_PASSWORD}';
GRANT SELECT ON \`${MARIADB_DATABASE}\`.* TO 'medfuse_reader'@'%';
SQL
