/**
 * The distributed deployment's settings, read from the environment in one place and checked with
 * messages an operator can act on. The variable lists below are exactly what the readers read,
 * so docker-compose.yml (and its test) can be held to them.
 */
import type { Level } from "pino";
import {
  isSourceSystem,
  SUBGRAPH_NAMES,
  type HospitalSite,
  type SubgraphName,
} from "../subgraphs/subgraph";
import { SUBGRAPH_PORTS, subgraphUrl, urlVariable } from "./service-list";

/** A setting that is missing or malformed; its message names the variable and what it expects. */
export class DeploymentConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

export const SITE_CODE = "MEDFUSE_SITE_CODE";
export const TIME_ZONE = "MEDFUSE_TIME_ZONE";
export const HOST = "MEDFUSE_HOST";
export const LOG_LEVEL = "MEDFUSE_LOG_LEVEL";
export const GATEWAY_PORT = "MEDFUSE_GATEWAY_PORT";
export const EARLY_FETCHES = "MEDFUSE_EARLY_FETCHES";
export const CONCURRENT_OPERATIONS = "MEDFUSE_CONCURRENT_OPERATIONS";
export const OPERATION_MANIFEST = "MEDFUSE_OPERATION_MANIFEST";
export const storeVariable = (name: string) => `MEDFUSE_${name.toUpperCase()}_STORE`;
export const portVariable = (name: string) => `MEDFUSE_${name.toUpperCase()}_PORT`;

const DEFAULT_HOST = "127.0.0.1";
const DEFAULT_GATEWAY_PORT = 4000;
const LOG_LEVELS: readonly Level[] = ["fatal", "error", "warn", "info", "debug", "trace"];

interface Served {
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
}

export interface SubgraphDeployment extends Served {
  readonly name: SubgraphName;
  readonly site: HospitalSite;
  /** The store's connection URL or path; empty for a subgraph that reads no store (fusion). */
  readonly store: string;
}

export interface GatewayDeployment extends Served {
  /** Every subgraph reached over HTTP, by name, to its GraphQL endpoint. */
  readonly subgraphUrls: Readonly<Partial<Record<SubgraphName, string>>>;
  /** Subgraphs that read no store, served inside the gateway (URL variable `in-process`). */
  readonly inProcess: readonly SubgraphName[];
  /** The hospital, which in-process subgraphs need; null when none runs in process. */
  readonly site: HospitalSite | null;
  /** Entity fetches whose keys the client's arguments give start beside the root fetch. */
  readonly earlyFetches: boolean;
  /**
   * Operations run at once, the rest waiting in turn; undefined: 8 per core
   * (operation-admission.ts).
   */
  readonly concurrentOperations: number | undefined;
  /**
   * An Apollo persisted-query manifest of the apps' operations, planned at start
   * (plan-warmup.ts); undefined: only GraphiQL's examples are.
   */
  readonly operationManifest: string | undefined;
}

/**
 * The value of MEDFUSE_<NAME>_URL that serves a store-less subgraph (fusion) inside the gateway:
 * the histories its fused fields require then reach it as objects, not as JSON sent over HTTP
 * and parsed again, which is most of a ward list's cost (BENCHMARKS.md).
 */
export const IN_PROCESS = "in-process";

/** The subgraph names the catalogue serves; anything else is a usage error. */
export function subgraphName(text: string | undefined): SubgraphName {
  const name = (SUBGRAPH_NAMES as readonly string[]).find((n) => n === text);
  if (!name) {
    throw new DeploymentConfigError(
      `${text ? `unknown subgraph "${text}"` : "no subgraph named"}: expected one of ${SUBGRAPH_NAMES.join(", ")}`,
    );
  }
  return name as SubgraphName;
}

/** Every variable `readSubgraphDeployment(name)` reads. */
export function subgraphVariables(name: SubgraphName): string[] {
  return [
    SITE_CODE,
    TIME_ZONE,
    ...(isSourceSystem(name) ? [storeVariable(name)] : []),
    portVariable(name),
    HOST,
    LOG_LEVEL,
  ];
}

export function readSubgraphDeployment(name: SubgraphName, env: Env): SubgraphDeployment {
  return {
    name,
    site: {
      code: siteCode(env),
      timeZone: timeZone(env),
    },
    store: isSourceSystem(name)
      ? required(env, storeVariable(name), "a connection URL or path")
      : "",
    port: port(env, portVariable(name), SUBGRAPH_PORTS[name]),
    host: env[HOST] || DEFAULT_HOST,
    logLevel: logLevel(env),
  };
}

/**
 * Every variable `readGatewayDeployment` reads. The hospital's code and zone are read only when a
 * subgraph runs in process (`inProcess` true).
 */
export function gatewayVariables(inProcess = false): string[] {
  return [
    ...SUBGRAPH_NAMES.map(urlVariable),
    ...(inProcess ? [SITE_CODE, TIME_ZONE] : []),
    GATEWAY_PORT,
    HOST,
    LOG_LEVEL,
    EARLY_FETCHES,
    CONCURRENT_OPERATIONS,
    OPERATION_MANIFEST,
  ];
}

export function readGatewayDeployment(env: Env): GatewayDeployment {
  const inProcess = SUBGRAPH_NAMES.filter((name) => env[urlVariable(name)] === IN_PROCESS);
  const storeReader = inProcess.find(isSourceSystem);
  if (storeReader)
    throw new DeploymentConfigError(
      `${urlVariable(storeReader)}=${IN_PROCESS} is not possible: only a subgraph that reads no ` +
        `store (fusion) runs inside the gateway; ${storeReader} keeps its own service and pool`,
    );
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.filter((name) => !inProcess.includes(name)).map((name) => [
      name,
      httpUrl(urlVariable(name), subgraphUrl(name, env)),
    ]),
  );
  return {
    subgraphUrls,
    inProcess,
    site: inProcess.length ? { code: siteCode(env), timeZone: timeZone(env) } : null,
    port: port(env, GATEWAY_PORT, DEFAULT_GATEWAY_PORT),
    host: env[HOST] || DEFAULT_HOST,
    logLevel: logLevel(env),
    earlyFetches: onOrOff(env, EARLY_FETCHES, true),
    concurrentOperations: count(env, CONCURRENT_OPERATIONS),
    operationManifest: env[OPERATION_MANIFEST] || undefined,
  };
}

function onOrOff(env: Env, variable: string, fallback: boolean): boolean {
  const value = env[variable];
  if (!value) return fallback;
  if (value !== "on" && value !== "off")
    throw new DeploymentConfigError(`${variable}="${value}" is invalid: expected on or off`);
  return value === "on";
}

function count(env: Env, variable: string): number | undefined {
  const text = env[variable];
  if (!text) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(text))
    throw new DeploymentConfigError(
      `${variable}="${text}" is invalid: expected a whole number of operations, 1 or more`,
    );
  return Number(text);
}

function required(env: Env, variable: string, what: string): string {
  const value = env[variable];
  if (!value) throw new DeploymentConfigError(`${variable} is not set: expected ${what}`);
  return value;
}

function siteCode(env: Env): string {
  const value = required(env, SITE_CODE, "the hospital code that prefixes patient ids, e.g. H01");
  if (!/^[A-Z0-9]{2,12}$/.test(value))
    throw new DeploymentConfigError(
      `${SITE_CODE}="${value}" is invalid: expected 2 to 12 upper-case letters or digits, e.g. H01`,
    );
  return value;
}

function timeZone(env: Env): string {
  const value = required(env, TIME_ZONE, "an IANA time zone, e.g. Europe/Berlin");
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value;
  } catch {
    throw new DeploymentConfigError(
      `${TIME_ZONE}="${value}" is not an IANA time zone, e.g. Europe/Berlin`,
    );
  }
}

function port(env: Env, variable: string, fallback: number): number {
  const text = env[variable];
  if (!text) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535)
    throw new DeploymentConfigError(`${variable}="${text}" is not a TCP port (0 to 65535)`);
  return n;
}

function logLevel(env: Env): string {
  const level = env[LOG_LEVEL] || "info";
  if (![...LOG_LEVELS, "silent"].includes(level))
    throw new DeploymentConfigError(
      `${LOG_LEVEL}="${level}" is not a log level: expected ${LOG_LEVELS.join(", ")} or silent`,
    );
  return level;
}

function httpUrl(variable: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new DeploymentConfigError(
      `${variable}="${value}" is not an http(s) URL, e.g. http://his:4101/graphql` +
        (variable === urlVariable("fusion") ? `, or ${IN_PROCESS}` : ""),
    );
  return value;
}
