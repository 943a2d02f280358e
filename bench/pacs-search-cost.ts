#!/usr/bin/env node
/**
 * What one QIDO-RS study search by PatientID costs the PACS server, the search the PACS subgraph
 * sends for a patient view (`DicomWebStudyQuery.searchStudies`), at each concurrency: searches a
 * second, p50/p99, this client's CPU per search and, given the server's pid, the server's. It
 * measured Orthanc's index without and with planner statistics, and the PACS subgraph's HTTP
 * client before and after it kept connections alive (BENCHMARKS.md, "What was tried"):
 *
 *   eval "$(bash scripts/services/orthanc.sh env)"
 *   node dist/bench/pacs-search-cost.js --site BENCH --patients 10000 \
 *     --server-pid "$(cat /var/tmp/medfuse-orthanc/orthanc.pid)"
 */
import { Command } from "commander";
import { positiveInteger, siteCode } from "../generator/cli-options";
import { DicomWebStudyQuery } from "../subgraphs/pacs/dicomweb-study-query";
import { pacsPatientId } from "../subgraphs/pacs/patient-id";
import { cpuMs } from "./processes/proc-stats";

const options = new Command("pacs-search-cost")
  .description("QIDO-RS study searches by PatientID against MEDFUSE_TEST_DICOMWEB_URL")
  .requiredOption("--site <code>", "hospital code of the PatientIDs", siteCode)
  .requiredOption("--patients <n>", "patients of the hospital", positiveInteger(10_000_000))
  .option("--searches <n>", "searches per concurrency", positiveInteger(1_000_000), 400)
  .option("--connections <list>", "concurrency levels", "1,10")
  .option("--server-pid <pid>", "the server's process, for its CPU", positiveInteger(2 ** 22))
  .parse()
  .opts<{
    site: string;
    patients: number;
    searches: number;
    connections: string;
    serverPid?: number;
  }>();

/** A prime step, so that successive searches ask for patients all over the hospital. */
const STEP = 7_919;

async function main(): Promise<void> {
  const url = process.env.MEDFUSE_TEST_DICOMWEB_URL;
  if (!url)
    throw new Error("MEDFUSE_TEST_DICOMWEB_URL is not set (scripts/services/orthanc.sh env)");
  const pacs = await DicomWebStudyQuery.open(url);
  const site = { code: options.site, timeZone: "UTC" };
  for (const connections of options.connections.split(",").map(Number)) {
    let next = 0;
    const took: number[] = [];
    const cpuBefore = options.serverPid ? cpuMs([options.serverPid]) : 0;
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    const searcher = async () => {
      while (next < options.searches) {
        const patient = 1 + ((next++ * STEP) % options.patients);
        const began = performance.now();
        await pacs.searchStudies({ patientIds: [pacsPatientId(site, patient)] });
        took.push(performance.now() - began);
      }
    };
    await Promise.all(Array.from({ length: connections }, searcher));
    const seconds = (performance.now() - started) / 1000;
    took.sort((a, b) => a - b);
    const at = (p: number) => took[Math.min(took.length - 1, Math.ceil(p * took.length) - 1)];
    const client = process.cpuUsage(clientBefore);
    const clientCpu = (client.user + client.system) / 1000 / took.length;
    const cpu = options.serverPid
      ? `, server CPU ${((cpuMs([options.serverPid]) - cpuBefore) / took.length).toFixed(2)} ms/search`
      : "";
    console.log(
      `c=${connections}: ${(took.length / seconds).toFixed(0)} searches/s, ` +
        `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, ` +
        `client CPU ${clientCpu.toFixed(2)} ms/search${cpu}`,
    );
  }
  await pacs.close();
}

main().catch((error: Error) => {
  console.error(`pacs-search-cost: ${error.message}`);
  process.exit(1);
});
