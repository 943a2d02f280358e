/**
 * One server (a subgraph, a gateway, the floor) as its own Node process, started from the
 * repository root and ready once it has printed its URL: the benchmark's and the multi-process
 * tests' (test/service-process.ts). Every process started here is
 * killed when the harness's process exits, whatever happened, so no run leaves a server behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../gateway/project-paths";

export interface ChildService {
  readonly name: string;
  readonly pid: number;
  /** The URL the process printed (group 1 of its `ready` pattern). */
  readonly url: string;
  /** The last lines it wrote, for failure messages. */
  output(): string;
  /**
   * SIGTERM (or the signal given: SIGKILL plays a crash), then SIGKILL if it has not ended
   * within a few seconds.
   */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Output kept per process: enough for an error message; a chatty server cannot fill memory. */
const KEPT_OUTPUT = 8_000;

const running = new Set<ChildProcess>();

/** Where every child started from now on writes a V8 CPU profile when it ends; off when unset. */
let cpuProfileDir: string | undefined;
export function profileChildrenInto(dir: string): void {
  cpuProfileDir = dir;
}

function nodeFlags(name: string): string[] {
  if (!cpuProfileDir) return [];
  const folder = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return ["--cpu-prof", `--cpu-prof-dir=${join(cpuProfileDir, folder)}`];
}
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));

export function startChild(
  name: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<ChildService> {
  const child = spawn(process.execPath, [...nodeFlags(name), ...args], {
    cwd: PROJECT_ROOT,
    // As the deployment's image runs every service (Dockerfile): graphql-js, Apollo and express
    // leave their development checks off in production, for every peer and subgraph alike.
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  let output = "";
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    }
  };
  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} printed no URL in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
      const match = started ? null : ready.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve({ name, pid: child.pid!, url: match[1], output: () => output, stop });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (!started)
        reject(new Error(`${name} exited (${code ?? signal}) before ready:\n${output}`));
    });
  });
}

/** A port free on loopback now, for servers that must be told theirs. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
