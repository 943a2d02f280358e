/**
 * SQL Server through tedious and tarn. Sessions declare read-only intent (routed to a readable
 * secondary where an availability group has one); values come back as the SQLite path returns
 * them (mssql-row-request.ts); `.limit()` compiles to OFFSET … FETCH (mssql-query-compiler.ts).
 */
import { MssqlDialect, type Dialect } from "kysely";
import * as tarn from "tarn";
import * as tedious from "tedious";
import type { SourceSystem } from "../../subgraph";
import type { SqlServerAddress } from "../sql-url";
import {
  ACQUIRE_TIMEOUT_MS,
  CONNECT_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  POOL_SIZE,
} from "./connection-limits";
import { PortableMssqlQueryCompiler } from "./mssql-query-compiler";
import { SqliteShapedRequest } from "./mssql-row-request";

class PortableMssqlDialect extends MssqlDialect {
  override createQueryCompiler() {
    return new PortableMssqlQueryCompiler();
  }
}

/** tedious' connection settings for an address; the generator's loader uses them too. */
export function tediousConfig(
  address: SqlServerAddress,
  options: tedious.ConnectionConfiguration["options"] = {},
): tedious.ConnectionConfiguration {
  const flag = (name: string, fallback: boolean) => {
    const value = address.params.get(name);
    return value === null ? fallback : value === "true";
  };
  return {
    server: address.host,
    authentication: {
      type: "default",
      options: { userName: address.user, password: address.password },
    },
    options: {
      database: address.database,
      port: address.port ?? 1433,
      encrypt: flag("encrypt", true),
      trustServerCertificate: flag("trustServerCertificate", false),
      connectTimeout: CONNECT_TIMEOUT_MS,
      ...options,
    },
  };
}

export function mssqlDialect(address: SqlServerAddress, system: SourceSystem): Dialect {
  const config = tediousConfig(address, { appName: `medfuse-${system}`, readOnlyIntent: true });
  return new PortableMssqlDialect({
    tarn: {
      ...tarn,
      options: {
        min: 0,
        max: POOL_SIZE,
        idleTimeoutMillis: IDLE_TIMEOUT_MS,
        acquireTimeoutMillis: ACQUIRE_TIMEOUT_MS,
      },
    },
    tedious: {
      ...tedious,
      Request: SqliteShapedRequest,
      connectionFactory: () => new tedious.Connection(config),
    },
  });
}
