import { parseSqlStoreUrl, redact, withDatabase } from "./sql-url";

test("a path or sqlite: URL is the embedded SQLite file", () => {
  expect(parseSqlStoreUrl("data/demo/his.sqlite")).toEqual({
    engine: "sqlite",
    path: "data/demo/his.sqlite",
  });
  expect(parseSqlStoreUrl("sqlite:/var/his.sqlite")).toEqual({
    engine: "sqlite",
    path: "/var/his.sqlite",
  });
});

test("each scheme names its engine, with the address decoded", () => {
  const engines = ["postgres", "postgresql", "mysql", "mariadb", "mssql", "sqlserver"].map(
    (scheme) => parseSqlStoreUrl(`${scheme}://u@db.example:1234/his`).engine,
  );
  expect(engines).toEqual(["postgres", "postgres", "mysql", "mysql", "mssql", "mssql"]);
  const address = parseSqlStoreUrl("mssql://med%40fuse:p%2Fw@[::1]/HIS?encrypt=false");
  expect(address).toMatchObject({
    host: "::1",
    port: undefined,
    user: "med@fuse",
    password: "p/w",
    database: "HIS",
  });
});

test("a URL without a database or with an unknown scheme is refused without its password", () => {
  expect(() => parseSqlStoreUrl("postgres://u:secret@host:5432")).toThrow(/names no database/);
  expect(() => parseSqlStoreUrl("oracle://u:secret@host/his")).toThrow(/unknown store scheme/);
  expect(() => parseSqlStoreUrl("oracle://u:secret@host/his")).not.toThrow(/secret/);
});

test("redact drops passwords, in the authority and in options", () => {
  expect(redact("postgres://medfuse:s3cret@10.0.0.5:5432/his?password=x&sslmode=require")).toBe(
    "postgres://medfuse@10.0.0.5:5432/his?password=***&sslmode=require",
  );
  expect(redact("data/his.sqlite")).toBe("data/his.sqlite");
});

test("withDatabase points the same server at another database", () => {
  const server = parseSqlStoreUrl("mysql://root:pw@127.0.0.1:3306/mysql");
  if (server.engine === "sqlite") throw new Error("expected a server");
  expect(withDatabase(server, "medfuse_ris")).toMatchObject({
    database: "medfuse_ris",
    url: "mysql://root:pw@127.0.0.1:3306/medfuse_ris",
  });
});
