/**
 * Store URLs for the SQL systems: which engine a URL names, and where it points. One parser for
 * the subgraphs (read-only) and the generator's loaders (which write), so both agree.
 */

export type SqlEngine = "sqlite" | "postgres" | "mysql" | "mssql";

const ENGINE_OF_SCHEME: Readonly<Record<string, Exclude<SqlEngine, "sqlite">>> = {
  "postgres:": "postgres",
  "postgresql:": "postgres",
  "mysql:": "mysql",
  "mariadb:": "mysql",
  "mssql:": "mssql",
  "sqlserver:": "mssql",
};

/** A database server and the database on it that holds one system's tables. */
export interface SqlServerAddress {
  readonly engine: Exclude<SqlEngine, "sqlite">;
  readonly host: string;
  readonly port: number | undefined;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Engine-specific options, e.g. `?encrypt=false&trustServerCertificate=true` for SQL Server. */
  readonly params: URLSearchParams;
  /** The URL as given, for drivers that parse it themselves (pg). */
  readonly url: string;
}

export type SqlStoreAddress =
  { readonly engine: "sqlite"; readonly path: string } | SqlServerAddress;

/** `sqlite:/path`, a bare path, or `<scheme>://user:password@host:port/database?options`. */
export function parseSqlStoreUrl(url: string): SqlStoreAddress {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    return {
      engine: "sqlite",
      path: url.startsWith("sqlite:") ? url.slice("sqlite:".length) : url,
    };
  }
  const parsed = new URL(url);
  const engine = ENGINE_OF_SCHEME[parsed.protocol.toLowerCase()];
  if (!engine) {
    throw new Error(
      `${redact(url)}: unknown store scheme; use sqlite:, postgres://, mysql://, mariadb://, mssql:// or sqlserver://`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new Error(`${redact(url)}: the URL names no database (…/<database>)`);
  return {
    engine,
    host: parsed.hostname.replace(/^\[(.*)\]$/, "$1") || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : undefined,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
    params: parsed.searchParams,
    url,
  };
}

/** The same address with a different database: loaders create databases from the server's default. */
export function withDatabase(address: SqlServerAddress, database: string): SqlServerAddress {
  const url = new URL(address.url);
  url.pathname = `/${encodeURIComponent(database)}`;
  return { ...address, database, url: url.toString() };
}

/** Connection URLs may carry credentials; never print them. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return url;
    parsed.password = "";
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|pwd|secret/i.test(key)) parsed.searchParams.set(key, "***");
    }
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}
