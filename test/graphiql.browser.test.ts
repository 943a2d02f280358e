/**
 * GraphiQL as an analyst meets it: headless Chromium (Debian's package) opens the gateway's
 * page with every request outside localhost refused, runs the first example query and reads
 * the answer on screen. Proves the page needs no CDN.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { startTestGateway, type TestGateway } from "./embedded-gateway";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let gw: TestGateway;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: the test command installs Debian's chromium package (or set CHROMIUM_PATH)`,
    );
  }
  gw = await startTestGateway();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await gw?.medfuse.stop();
});

test("the GraphiQL page runs an example query offline and shows the patient", async () => {
  const page = await browser.newPage();
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost") return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  const failures: string[] = [];
  page.on("pageerror", (e) => failures.push(e.message));

  await page.goto(`${gw.medfuse.url}/graphiql`);
  await page.locator(".graphiql-execute-button").click();
  const patientId = gw.medfuse.manifest.showcasePatient;
  // What the analyst sees: the top of the answer, in the result pane.
  const response = page.locator(".result-window");
  await response.getByText(`"${patientId}"`).waitFor({ timeout: 30_000 });
  expect(await response.innerText()).toContain('"patient"');
  // The pane draws only the lines in view; the whole answer is in its editor.
  const answer = JSON.parse(
    await page.evaluate(() =>
      (document.querySelector(".result-window .CodeMirror") as any).CodeMirror.getValue(),
    ),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data.patient.id).toBe(patientId);
  expect(answer.data.patient.labResults.length).toBeGreaterThan(0);
  expect(answer.data.patient.radiologyReports.length).toBeGreaterThan(0);
  expect(failures).toEqual([]);
  expect(refused).toEqual([]);
});
