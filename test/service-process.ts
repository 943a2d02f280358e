/**
 * Starts a compiled Medfuse service (dist/) as its own process and waits for the line where it
 * says its URL. Every process started here is killed when the test process ends, even if a test
 * forgot to, so no suite leaves a server behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../gateway/project-paths";

export interface ServiceProcess {
  /** The URL the service printed. */
  readonly url: string;
  /** Everything it wrote so far, for failure messages. */
  output(): string;
  /** SIGTERM (or SIGKILL, a crash), then waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));

/** Runs `node dist/<script> ...args` and resolves once its output matches `ready` (group 1: the URL). */
export function startService(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  ready: RegExp,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const file = join(PROJECT_ROOT, "dist", script);
  if (!existsSync(file))
    throw new Error(`missing ${file}: the test command builds it with \`npm run build\``);
  const child = spawn(process.execPath, [file, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  let output = "";
  const service = (url: string): ServiceProcess => ({
    url,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${script} ${args.join(" ")} printed no URL in ${timeoutMs} ms:\n${output}`),
      );
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(service(match[1]));
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}
