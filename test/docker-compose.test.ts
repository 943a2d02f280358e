/**
 * docker-compose.yml, checked without Docker: every subgraph of the catalogue is a service set
 * up exactly as deployment-config.ts reads it and service-list.ts places it, the gateway finds
 * each one, the seeder fills every store through its admin account while the subgraphs read
 * through the read-only one, and start-up order rests on health checks.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import {
  gatewayVariables,
  readGatewayDeployment,
  readSubgraphDeployment,
  storeVariable,
  subgraphVariables,
} from "../gateway/deployment-config";
import { GATEWAY_COMMAND } from "../gateway/gateway-command";
import { PROJECT_ROOT } from "../gateway/project-paths";
import { SUBGRAPH_PORTS } from "../gateway/service-list";
import { SUBGRAPHS } from "../gateway/subgraph-catalogue";
import { isSourceSystem, SOURCE_SYSTEMS, type SubgraphName } from "../subgraphs/subgraph";

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  networks?: string[];
  volumes?: string[];
  restart?: string;
}

const compose = parse(readFileSync(join(PROJECT_ROOT, "docker-compose.yml"), "utf8"), {
  merge: true,
}) as { services: Record<string, Service> };
const services = compose.services;
const subgraphNames = Object.keys(SUBGRAPHS) as SubgraphName[];
const SEEDER = "seed";

/** Compose's interpolation with an empty .env: defaults where given, a stand-in otherwise. */
const interpolate = (value: string) =>
  value
    .replace(/\$\{\w+(?::?([-?])([^}]*))?\}/g, (_m, op, arg) => (op === "-" ? arg : "Secret1"))
    .replace(/\$\$/g, "$");
const environment = (service: Service) =>
  Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]),
  );
const seederUrl = (system: string) => {
  const command = services[SEEDER].command!;
  return new URL(interpolate(command[command.indexOf(`--${system}`) + 1]));
};

test("every depends_on names a service of the file", () => {
  for (const [name, service] of Object.entries(services)) {
    for (const target of Object.keys(service.depends_on ?? {})) {
      expect({ service: name, dependsOn: target, defined: target in services }).toMatchObject({
        defined: true,
      });
    }
  }
});

test("every service but the one-shot seeder has a health check", () => {
  const unchecked = Object.keys(services).filter((name) => !services[name].healthcheck);
  expect(unchecked).toEqual([SEEDER]);
  expect(services[SEEDER].restart).toBe("no");
});

describe.each(subgraphNames)("subgraph %s", (name) => {
  const service = services[name];
  const port = SUBGRAPH_PORTS[name];

  test("is a service running the subgraph server", () => {
    expect(service?.command).toEqual(["node", "dist/gateway/subgraph-server.js", name]);
  });

  test("sets exactly the variables deployment-config reads, with values it accepts", () => {
    const env = environment(service);
    expect(Object.keys(env).sort()).toEqual(subgraphVariables(name).sort());
    const config = readSubgraphDeployment(name, env);
    expect(config.port).toBe(port);
    expect(config.host).toBe("0.0.0.0");
  });

  test("its health check probes its own port", () => {
    expect(service.healthcheck!.test).toEqual([
      "CMD",
      "node",
      "dist/gateway/health-probe.js",
      `http://127.0.0.1:${port}/health`,
    ]);
  });
});

describe.each(subgraphNames.filter(isSourceSystem))("the %s store", (system) => {
  const service = services[system];
  const store = () => new URL(environment(service)[storeVariable(system)]);

  test("is the one the seeder fills, read through the read-only account", () => {
    expect(store().host).toBe(seederUrl(system).host);
    // The database (SQL, MongoDB) or the DICOMweb root (Orthanc): the seeder's STOW-RS and the
    // subgraph's QIDO-RS must meet at the same path.
    expect(store().pathname).toBe(seederUrl(system).pathname);
    expect(store().username).toBe("medfuse_reader");
    expect(seederUrl(system).username).not.toBe("medfuse_reader");
  });

  test("is healthy and seeded before its subgraph starts", () => {
    expect(service.depends_on).toEqual({
      [store().hostname]: { condition: "service_healthy" },
      [SEEDER]: { condition: "service_completed_successfully" },
    });
    expect(services[store().hostname].healthcheck).toBeDefined();
  });
});

test("the seeder runs the generator with one real store per system", () => {
  const command = services[SEEDER].command!.map(interpolate);
  expect(command.slice(0, 4)).toEqual(["node", "dist/generator/cli.js", "--patients", "10000"]);
  const flags = command.filter((arg) => arg.startsWith("--"));
  expect(flags.sort()).toEqual(
    ["--patients", "--site", "--time-zone", "--out", ...SOURCE_SYSTEMS.map((s) => `--${s}`)].sort(),
  );
  expect(seederUrl("his").protocol).toBe("mssql:");
  expect(seederUrl("lis").protocol).toBe("postgres:");
  expect(seederUrl("ris").protocol).toBe("mysql:");
  expect(seederUrl("emr").protocol).toBe("mongodb:");
  expect(`${seederUrl("pacs").protocol}//${seederUrl("pacs").host}`).toBe("http://orthanc:8042");
  for (const store of Object.keys(services[SEEDER].depends_on!)) {
    expect(services[SEEDER].depends_on![store].condition).toBe("service_healthy");
  }
});

test("the image, compose and npm start the gateway with the same node flags", () => {
  const dockerfile = readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8");
  expect(dockerfile).toContain(`CMD ${JSON.stringify(GATEWAY_COMMAND).replaceAll(",", ", ")}`);
  const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).scripts;
  expect(scripts.gateway).toBe(GATEWAY_COMMAND.join(" "));
});

test("the gateway reaches every subgraph by service name and port", () => {
  const gateway = services.gateway;
  expect(gateway.command).toEqual(GATEWAY_COMMAND);
  const env = environment(gateway);
  expect(Object.keys(env).sort()).toEqual(gatewayVariables().sort());
  const config = readGatewayDeployment(env);
  for (const name of subgraphNames) {
    expect(config.subgraphUrls[name]).toBe(`http://${name}:${SUBGRAPH_PORTS[name]}/graphql`);
    expect(gateway.depends_on![name]).toEqual({ condition: "service_healthy" });
  }
  expect(gateway.healthcheck!.test).toContain(`http://127.0.0.1:${config.port}/health`);
  // It knows subgraphs, never stores.
  expect(gateway.networks).toEqual(["graph"]);
});

test("the read-only account scripts mounted from deploy/ exist", () => {
  const mounts = Object.values(services).flatMap((s) => s.volumes ?? []);
  const sources = mounts.map((m) => m.split(":")[0]).filter((s) => s.startsWith("./deploy"));
  expect(sources.length).toBeGreaterThanOrEqual(SOURCE_SYSTEMS.length);
  for (const source of sources) expect(existsSync(join(PROJECT_ROOT, source))).toBe(true);
});
