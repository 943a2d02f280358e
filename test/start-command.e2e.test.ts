/**
 * The README's start command as a user runs it: a fresh data folder, first-run generation, the
 * printed GraphiQL URL, then a query that reaches all five subgraphs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../gateway/project-paths";

const main = join(PROJECT_ROOT, "dist", "gateway", "main.js");
let child: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), "medfuse-start-"));

afterAll(() => {
  child?.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

test("npm start generates the demo hospital on first run and serves all five systems", async () => {
  expect(
    existsSync(main) || `missing ${main}: the test command builds it with \`npm run build\``,
  ).toBe(true);
  child = spawn(process.execPath, [main, "--data", dataDir, "--port", "0", "--patients", "60"], {
    cwd: PROJECT_ROOT,
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no GraphiQL URL printed:\n${output}`)),
      50_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL: (http:\/\/\S+)\/graphiql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child!.stdout!.on("data", read);
    child!.stderr!.on("data", read);
    child!.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  expect(output).toMatch(/First run: generating the demo hospital/);
  expect(output).toMatch(/PACS .* DICOM files/);

  const page = await fetch(`${url}/graphiql`);
  expect(await page.text()).toContain("graphiql.js");
  const query = `{ patients(first: 60) { totalCount nodes { id labResults(last: 1) { id } vitalSigns(last: 1) { id } imagingStudies { uid } radiologyReports { id } } } }`;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  const nodes = body.data.patients.nodes;
  expect(body.data.patients.totalCount).toBe(60);
  expect(nodes.some((n: any) => n.labResults.length > 0)).toBe(true);
  expect(nodes.some((n: any) => n.vitalSigns.length > 0)).toBe(true);
  expect(nodes.some((n: any) => n.imagingStudies.length > 0)).toBe(true);
  expect(nodes.some((n: any) => n.radiologyReports.length > 0)).toBe(true);
});
