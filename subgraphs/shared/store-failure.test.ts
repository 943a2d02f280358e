/**
 * The store-failure signatures against the errors the drivers really throw: a refused server for
 * every driver, a pool closed under the subgraph, a session killed by the server (PostgreSQL and
 * MariaDB, running on every project machine), and errors that are not the store's fault.
 */
import Database from "better-sqlite3";
import { GraphQLError } from "graphql";
import { Kysely, SqliteDialect, sql } from "kysely";
import { MongoClient } from "mongodb";
import mysql from "mysql2/promise";
import { createServer } from "node:net";
import pg from "pg";
import { Connection } from "tedious";
import { MARIADB_URL, POSTGRES_URL } from "../../test/sql-engines";
import { badUserInput } from "./errors";
import { isStoreFailure } from "./store-failure";

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const thrown = async (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the store call to fail");
};

describe("a server that refuses the connection", () => {
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
  });

  test("pg", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "x", database: "x" });
    expect(isStoreFailure(await thrown(() => client.connect()))).toBe(true);
  });

  test("mysql2", async () => {
    const error = await thrown(() => mysql.createConnection({ host: "127.0.0.1", port }));
    expect(isStoreFailure(error)).toBe(true);
  });

  test("the MongoDB driver", async () => {
    const client = new MongoClient(`mongodb://127.0.0.1:${port}`, {
      serverSelectionTimeoutMS: 300,
    });
    expect(isStoreFailure(await thrown(() => client.connect()))).toBe(true);
  });

  test("tedious (SQL Server)", async () => {
    const error = await new Promise<Error | undefined>((resolve) => {
      const connection = new Connection({
        server: "127.0.0.1",
        options: { port, connectTimeout: 2_000, trustServerCertificate: true },
        authentication: { type: "default", options: { userName: "x", password: "x" } },
      });
      connection.on("connect", resolve);
      connection.connect();
    });
    expect(isStoreFailure(error)).toBe(true);
  });

  test("fetch (DICOMweb)", async () => {
    expect(isStoreFailure(await thrown(() => fetch(`http://127.0.0.1:${port}/studies`)))).toBe(
      true,
    );
  });
});

test("a Kysely pool destroyed under the subgraph, and a closed SQLite file", async () => {
  const database = new Database(":memory:");
  const db = new Kysely<object>({ dialect: new SqliteDialect({ database }) });
  await sql`select 1`.execute(db);
  await db.destroy();
  expect(isStoreFailure(await thrown(() => sql`select 1`.execute(db)))).toBe(true);
  expect(isStoreFailure(await thrown(async () => database.prepare("select 1").get()))).toBe(true);
});

describe("a session the server ends", () => {
  test("PostgreSQL terminates the backend", async () => {
    const victim = new pg.Client({ connectionString: POSTGRES_URL });
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await Promise.all([victim.connect(), admin.connect()]).catch((cause) => {
      throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL} (set POSTGRES_URL)`, {
        cause,
      });
    });
    victim.on("error", () => {});
    try {
      const { rows } = await victim.query("select pg_backend_pid() as pid");
      await admin.query("select pg_terminate_backend($1)", [rows[0].pid]);
      expect(isStoreFailure(await thrown(() => victim.query("select 1")))).toBe(true);
      // A mistake in the query is no outage.
      expect(isStoreFailure(await thrown(() => admin.query("selec 1")))).toBe(false);
    } finally {
      await Promise.allSettled([victim.end(), admin.end()]);
    }
  });

  test("MariaDB kills the connection", async () => {
    const { hostname, port, username } = new URL(MARIADB_URL);
    const options = { host: hostname, port: Number(port || 3306), user: username };
    const [victim, admin] = await Promise.all([
      mysql.createConnection(options),
      mysql.createConnection(options),
    ]).catch((cause) => {
      throw new Error(`MariaDB is not reachable at ${MARIADB_URL} (set MARIADB_URL)`, { cause });
    });
    victim.on("error", () => {});
    try {
      const [[row]] = (await victim.query("select connection_id() as id")) as any;
      await admin.query("kill ?", [row.id]);
      expect(isStoreFailure(await thrown(() => victim.query("select 1")))).toBe(true);
      expect(isStoreFailure(await thrown(() => admin.query("selec 1")))).toBe(false);
    } finally {
      await Promise.allSettled([victim.end(), admin.end()]);
    }
  });
});

test("errors that are not the store's fault", () => {
  expect(isStoreFailure(new TypeError("Cannot read properties of undefined"))).toBe(false);
  expect(isStoreFailure(badUserInput("not a patient id", "id"))).toBe(false);
  expect(isStoreFailure(new GraphQLError("located", { originalError: new RangeError("x") }))).toBe(
    false,
  );
  expect(isStoreFailure(undefined)).toBe(false);
});

test("a failure wrapped by a source layer or by GraphQL is still found", () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
  const wrapped = new Error("LIS store cannot be read", { cause: refused });
  expect(isStoreFailure(new GraphQLError("located", { originalError: wrapped }))).toBe(true);
});
