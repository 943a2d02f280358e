/**
 * The SQL store's two time limits on a real PostgreSQL (running on every project machine): a
 * busy store makes queries wait for the pool instead of failing, and a silent one still fails
 * the start within the connect limit.
 */
import { sql } from "kysely";
import { createServer, type Server, type Socket } from "node:net";
import { POSTGRES_URL } from "../../test/sql-engines";
import { CONNECT_TIMEOUT_MS, POOL_SIZE } from "./sql-dialects/connection-limits";
import { openSqlStore } from "./sql-store";

test("queries queued longer than the connect limit wait for the pool, and all answer", async () => {
  const db = await openSqlStore("his", POSTGRES_URL);
  try {
    // Three waves on a full pool: the last waits ~2 × 2.6 s, past the 5 s connect limit.
    const waves = 3;
    const seconds = (CONNECT_TIMEOUT_MS / 1000 + 0.2) / (waves - 1);
    const queries = Array.from({ length: waves * POOL_SIZE }, () =>
      sql`select pg_sleep(${seconds})`.execute(db),
    );
    const settled = await Promise.allSettled(queries);
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
  } finally {
    await db.destroy();
  }
}, 30_000);

test("a server that accepts but never answers fails the start within the connect limit", async () => {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const started = Date.now();
  try {
    await expect(
      openSqlStore("lis", `postgres://reader:secret@127.0.0.1:${port}/lis`),
    ).rejects.toThrow(
      new RegExp(`^LIS store postgres://reader@127\\.0\\.0\\.1:${port}/lis cannot be opened: `),
    );
    expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS + 2_000);
  } finally {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => server.close(resolve));
  }
}, 30_000);
