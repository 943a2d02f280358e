/**
 * The results file: the machine, the settings, the table and the sweep, as markdown (printed and
 * written), and every raw figure as JSON beside it.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../../gateway/project-paths";
import type { BenchReport } from "../harness";
import { mainTable, sweepTable } from "./results-table";

export function machine(): string {
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);
  return (
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ` +
    `${gib(totalmem())} GiB memory (${gib(freemem())} free), Node ${process.version}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end`
  );
}

export function resultsMarkdown(report: BenchReport, seconds: number): string {
  const o = report.options;
  return [
    `# Medfuse benchmark, ${report.startedAt.toISOString()}`,
    "",
    `- machine: ${machine()}`,
    `- hospital: ${o.patients} patients, seed ${o.seed}, anchor ${o.anchor.toISOString()}, ` +
      `code ${o.site}, databases medfuse_${o.dataset}_*`,
    `- load: ${o.duration} s per cell, concurrency ${o.connections.join(", ")}, ` +
      `${o.variants} W4 texts, request timeout ${o.timeout} s; run took ${seconds.toFixed(0)} s`,
    "",
    mainTable(report),
    "",
    ...(report.runs.some((r) => r.cells.some((c) => c.figures && !c.figures.peakIsCellOwn))
      ? ["`*` peak RSS since the peer started (the kernel refused to reset it).", ""]
      : []),
    "## Store round trips by ward size (W2 at `first: N`)",
    "",
    report.runs.some((r) => r.sweep.length) ? sweepTable(report) : "(not measured)",
    "",
  ].join("\n");
}

/** Writes `<out>/<time>.md`, `<out>/<time>.json` and `<out>/latest.md`; resolves to the .md path. */
export async function writeResults(
  report: BenchReport,
  markdown: string,
  out: string,
): Promise<string> {
  const dir = resolve(PROJECT_ROOT, out);
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.toISOString().replace(/[:.]/g, "-");
  const path = join(dir, `${stamp}.md`);
  await writeFile(path, markdown);
  await writeFile(join(dir, "latest.md"), markdown);
  await writeFile(join(dir, `${stamp}.json`), JSON.stringify(report, null, 2));
  return path;
}
