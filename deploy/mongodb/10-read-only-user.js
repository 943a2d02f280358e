/* global db -- mongosh provides it */
// Run once by the mongo image (mongosh) on an empty volume: a user the EMR subgraph reads
// through, with the built-in `read` role on the EMR database only.
db.getSiblingDB("emr").createUser({
  user: "medfuse_reader",
  pwd: process.env.MEDFUSE_READER_PASSWORD,
  roles: [{ role: "read", db: "emr" }],
});
