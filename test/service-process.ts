/**
 * Starts a compiled Medfuse service (dist/) as its own process and waits for the line where it
 * says its URL, through the benchmark's process starter (bench/processes/child-service.ts): every
 * process started is killed when the test process ends, even if a test forgot to.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startChild, type ChildService } from "../bench/processes/child-service";
import { PROJECT_ROOT } from "../gateway/project-paths";

export type ServiceProcess = ChildService;

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
  return startChild(`${script} ${args.join(" ")}`, [file, ...args], env, ready, timeoutMs);
}
