/**
 * Stores a folder of DICOM Part-10 files on a DICOMweb server with STOW-RS (PS3.18 §10.5): many
 * files per multipart request, a few requests at a time, so a hospital's archive loads in seconds
 * instead of one round trip per file. How the generator fills Orthanc for the DICOMweb tests.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SyntheticHospital } from "../../generator/synthetic-hospital";
import { forEachConcurrently } from "../shared/for-each-concurrently";
import { writeDicomFolder } from "./dicom-folder-writer";
import { pacsBaseUrl, PacsHttp } from "./dicomweb-http";

/** For the generator's help: what a PACS store URL may be. */
export const DICOMWEB_URL_HELP =
  "DICOMweb server, by its http(s):// base URL (instances stored with STOW-RS)";

/** Throws, without echoing the URL (it may carry a password), when it cannot name a server. */
export function checkDicomWebUrl(url: string): void {
  pacsBaseUrl(url);
}

/** Files per STOW-RS request: a few hundred kilobytes of the generator's small images. */
const FILES_PER_REQUEST = 50;
/** Requests in flight: the server's index is the bottleneck, not the network. */
const CONCURRENT_REQUESTS = 4;
/** A STOW batch writes every file before answering. */
const REQUEST_TIMEOUT_MS = 120_000;
/** Progress after this many files, and at the end. */
const PROGRESS_EVERY = 2000;
/** FailedSOPSequence (0008,1198) of the STOW-RS answer lists the instances not stored. */
const FAILED_SOP_SEQUENCE = "00081198";

/**
 * The generator's PACS writer for a real archive: the hospital's DICOM files, written to a
 * scratch folder exactly as the embedded default has them, then stored on the server.
 */
export async function uploadHospital(
  hospital: SyntheticHospital,
  dicomWebUrl: string,
  progress: (line: string) => void = () => {},
): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), "medfuse-stow-"));
  try {
    await writeDicomFolder(hospital, folder);
    return (await uploadDicomFolder(folder, dicomWebUrl, progress)).files;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Uploads every file below `folder` (all must be DICOM); resolves with the number stored. */
export async function uploadDicomFolder(
  folder: string,
  dicomWebUrl: string,
  progress: (line: string) => void = () => {},
): Promise<{ files: number }> {
  const http = new PacsHttp(dicomWebUrl);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const batches = Array.from({ length: Math.ceil(files.length / FILES_PER_REQUEST) }, (_, i) =>
    files.slice(i * FILES_PER_REQUEST, (i + 1) * FILES_PER_REQUEST),
  );
  let [stored, reported] = [0, 0];
  const storing = forEachConcurrently(batches, CONCURRENT_REQUESTS, async (batch) => {
    const boundary = `medfuse-${randomUUID()}`;
    const { text } = await http.request({
      method: "POST",
      path: "studies",
      body: multipartRelated(await Promise.all(batch.map((f) => readFile(f))), boundary),
      contentType: `multipart/related; type="application/dicom"; boundary=${boundary}`,
      accept: "application/dicom+json",
      timeoutMs: REQUEST_TIMEOUT_MS,
      what: "STOW-RS POST /studies",
    });
    const failed = failedInstances(text);
    if (failed) {
      throw new Error(
        `PACS DICOMweb server at ${http.address} refused ${failed} of ${batch.length} DICOM files`,
      );
    }
    stored += batch.length;
    if (stored - reported >= PROGRESS_EVERY || stored === files.length) {
      reported = stored;
      progress(
        `PACS ${stored.toLocaleString("en")} / ${files.length.toLocaleString("en")} DICOM files stored at ${http.address}`,
      );
    }
  });
  await storing.finally(() => http.close());
  return { files: stored };
}

/** A multipart/related body (RFC 2387) with one application/dicom part per file. */
function multipartRelated(parts: readonly Buffer[], boundary: string): Uint8Array<ArrayBuffer> {
  const chunks = parts.flatMap((part) => [
    Buffer.from(`--${boundary}\r\nContent-Type: application/dicom\r\n\r\n`),
    part,
    Buffer.from("\r\n"),
  ]);
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** How many instances the STOW-RS answer lists as failed; an empty answer lists none. */
function failedInstances(text: string): number {
  if (text.trim() === "") return 0;
  const answer = JSON.parse(text) as Record<string, { Value?: unknown[] }>;
  return answer[FAILED_SOP_SEQUENCE]?.Value?.length ?? 0;
}
