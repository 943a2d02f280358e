import {
  DeploymentConfigError,
  gatewayVariables,
  readGatewayDeployment,
  readSubgraphDeployment,
  subgraphName,
  subgraphVariables,
} from "./deployment-config";
import { SUBGRAPH_NAMES, type SubgraphName } from "../subgraphs/subgraph";

const site = { MEDFUSE_SITE_CODE: "H01", MEDFUSE_TIME_ZONE: "Europe/Berlin" };

/** An environment that records every variable read from it. */
function recording(values: Record<string, string>) {
  const read = new Set<string>();
  const env = new Proxy(values, {
    get: (target, name: string) => {
      read.add(name);
      return target[name];
    },
  });
  return { env, read };
}

test.each(SUBGRAPH_NAMES)("a %s subgraph reads exactly the variables it lists", (name) => {
  const { env, read } = recording({ ...site, [`MEDFUSE_${name.toUpperCase()}_STORE`]: "/x" });
  readSubgraphDeployment(name, env);
  expect([...read].sort()).toEqual(subgraphVariables(name).sort());
});

test("the gateway reads exactly the variables it lists", () => {
  const { env, read } = recording({});
  readGatewayDeployment(env);
  expect([...read].sort()).toEqual(gatewayVariables().sort());
});

test("a subgraph's settings, with defaults from the service list", () => {
  expect(
    readSubgraphDeployment("lis", { ...site, MEDFUSE_LIS_STORE: "postgres://r@db/lis" }),
  ).toEqual({
    name: "lis",
    site: { code: "H01", timeZone: "Europe/Berlin" },
    store: "postgres://r@db/lis",
    port: 4102,
    host: "127.0.0.1",
    logLevel: "info",
  });
  expect(readSubgraphDeployment("fusion", site).store).toBe("");
});

test.each([
  [{ MEDFUSE_TIME_ZONE: "UTC" }, /^MEDFUSE_SITE_CODE is not set: expected the hospital code/],
  [{ ...site, MEDFUSE_SITE_CODE: "h-1" }, /^MEDFUSE_SITE_CODE="h-1" is invalid/],
  [{ ...site, MEDFUSE_TIME_ZONE: "Mars/Olympus" }, /is not an IANA time zone/],
  [{ ...site, MEDFUSE_HIS_STORE: "" }, /^MEDFUSE_HIS_STORE is not set: expected a connection URL/],
  [{ ...site, MEDFUSE_HIS_STORE: "/x", MEDFUSE_HIS_PORT: "41o1" }, /"41o1" is not a TCP port/],
  [{ ...site, MEDFUSE_HIS_STORE: "/x", MEDFUSE_HIS_PORT: "70000" }, /is not a TCP port/],
  [{ ...site, MEDFUSE_HIS_STORE: "/x", MEDFUSE_LOG_LEVEL: "loud" }, /"loud" is not a log level/],
])("a bad subgraph setting is named: %j", (env, message) => {
  expect(() => readSubgraphDeployment("his", env)).toThrow(DeploymentConfigError);
  expect(() => readSubgraphDeployment("his", env)).toThrow(message);
});

test("the gateway's subgraph URLs: defaults from the service list, overrides checked", () => {
  const config = readGatewayDeployment({ MEDFUSE_RIS_URL: "http://ris:4103/graphql" });
  expect(config.subgraphUrls.ris).toBe("http://ris:4103/graphql");
  expect(config.subgraphUrls.his).toBe("http://localhost:4101/graphql");
  expect(config.port).toBe(4000);
  expect(() => readGatewayDeployment({ MEDFUSE_EMR_URL: "emr:4105" })).toThrow(
    /^MEDFUSE_EMR_URL="emr:4105" is not an http\(s\) URL/,
  );
});

test("the gateway plans the operations of the manifest it is given, or GraphiQL's alone", () => {
  expect(readGatewayDeployment({}).operationManifest).toBeUndefined();
  expect(
    readGatewayDeployment({ MEDFUSE_OPERATION_MANIFEST: "/etc/medfuse/operations.json" })
      .operationManifest,
  ).toBe("/etc/medfuse/operations.json");
});

test("early fetches: on unless switched off, and nothing else is accepted", () => {
  expect(readGatewayDeployment({}).earlyFetches).toBe(true);
  expect(readGatewayDeployment({ MEDFUSE_EARLY_FETCHES: "off" }).earlyFetches).toBe(false);
  expect(readGatewayDeployment({ MEDFUSE_EARLY_FETCHES: "on" }).earlyFetches).toBe(true);
  expect(() => readGatewayDeployment({ MEDFUSE_EARLY_FETCHES: "no" })).toThrow(
    /^MEDFUSE_EARLY_FETCHES="no" is invalid: expected on or off$/,
  );
});

test("concurrent operations: the default unless a whole number of at least 1 is given", () => {
  expect(readGatewayDeployment({}).concurrentOperations).toBeUndefined();
  expect(readGatewayDeployment({ MEDFUSE_CONCURRENT_OPERATIONS: "24" }).concurrentOperations).toBe(
    24,
  );
  for (const bad of ["0", "-3", "8.5", "lots", "1e3"])
    expect(() => readGatewayDeployment({ MEDFUSE_CONCURRENT_OPERATIONS: bad })).toThrow(
      `MEDFUSE_CONCURRENT_OPERATIONS="${bad}" is invalid: expected a whole number of operations, 1 or more`,
    );
});

test("subgraph names come from the catalogue", () => {
  expect(subgraphName("pacs")).toBe("pacs");
  expect(() => subgraphName("billing")).toThrow(/unknown subgraph "billing": expected one of his/);
  expect(() => subgraphName(undefined)).toThrow(/no subgraph named/);
  const names: readonly SubgraphName[] = SUBGRAPH_NAMES;
  expect(names).toContain("fusion");
});

test("fusion can run inside the gateway, which then reads the hospital's code and zone", () => {
  const { env, read } = recording({ ...site, MEDFUSE_FUSION_URL: "in-process" });
  const config = readGatewayDeployment(env);
  expect([...read].sort()).toEqual(gatewayVariables(true).sort());
  expect(config.inProcess).toEqual(["fusion"]);
  expect(config.site).toEqual({ code: "H01", timeZone: "Europe/Berlin" });
  expect(Object.keys(config.subgraphUrls).sort()).toEqual(["emr", "his", "lis", "pacs", "ris"]);
  expect(() => readGatewayDeployment({ MEDFUSE_FUSION_URL: "in-process" })).toThrow(
    /^MEDFUSE_SITE_CODE is not set/,
  );
  expect(readGatewayDeployment({}).site).toBeNull();
});

test("a subgraph with a store cannot run inside the gateway", () => {
  expect(() => readGatewayDeployment({ ...site, MEDFUSE_LIS_URL: "in-process" })).toThrow(
    /^MEDFUSE_LIS_URL=in-process is not possible: only a subgraph that reads no store \(fusion\)/,
  );
});
