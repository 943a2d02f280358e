import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dicomElement, dicomStrings } from "./dicom-json";
import { DicomWebStudyQuery } from "./dicomweb-study-query";
import { DICOM_TAGS as T } from "./native-schema";
import { openPacsSubgraph } from "./subgraph";

const site = { code: "H01", timeZone: "Europe/Berlin" };

/** A stand-in DICOMweb server on loopback, recording what it was asked. */
async function fakeServer(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) =>
  res
    .writeHead(200, { "Content-Type": "application/dicom+json", ...headers })
    .end(JSON.stringify(body));

const study = (uid: string, patientId: string, modality = "CT") => ({
  [T.StudyInstanceUID.tag]: dicomElement(T.StudyInstanceUID, uid),
  [T.PatientID.tag]: dicomElement(T.PatientID, patientId),
  [T.ModalitiesInStudy.tag]: dicomElement(T.ModalitiesInStudy, "CR", modality),
  [T.StudyDate.tag]: dicomElement(T.StudyDate, "20260315"),
});

test("a server that is down fails the subgraph's start at once, naming PACS and the address", async () => {
  const gone = await fakeServer(() => {});
  await gone.close();
  const started = Date.now();
  const opening = openPacsSubgraph({
    site,
    store: `http://medfuse:s3cret@127.0.0.1:${gone.port}/dicom-web`,
  });
  await expect(opening).rejects.toThrow(
    `PACS DICOMweb server at http://127.0.0.1:${gone.port}/dicom-web: QIDO-RS GET /studies failed: ECONNREFUSED`,
  );
  await expect(opening).rejects.not.toThrow(/s3cret/);
  expect(Date.now() - started).toBeLessThan(2000);
});

test("a server that never answers fails the start after the probe's deadline", async () => {
  const hung = await fakeServer(() => {});
  try {
    const started = Date.now();
    await expect(DicomWebStudyQuery.open(`http://127.0.0.1:${hung.port}/`)).rejects.toThrow(
      "QIDO-RS GET /studies failed: no answer within 5 s",
    );
    expect(Date.now() - started).toBeLessThan(7000);
  } finally {
    await hung.close();
  }
});

test("refused credentials fail the start with the HTTP status", async () => {
  const locked = await fakeServer((_req, res) => res.writeHead(401).end("PatientID H01_1 denied"));
  try {
    const opening = DicomWebStudyQuery.open(`http://medfuse:wrong@127.0.0.1:${locked.port}`);
    await expect(opening).rejects.toThrow(/failed: answered HTTP 401 Unauthorized$/);
  } finally {
    await locked.close();
  }
});

test("searches are QIDO-RS: DICOM JSON, Basic credentials, fields by tag, answers checked", async () => {
  const server = await fakeServer((_req, res) =>
    // Orthanc matches case-insensitively, and wildcards widen: answers may hold more than asked.
    json(res, [
      study("1.2.3", "H01_1"),
      study("1.2.4", "h01_1"),
      study("1.2.5", "H01&2=x"),
      study("1.2.6", "H01_1", "ct"),
      study("1.2.7", "H01_2"),
    ]),
  );
  try {
    const queries: string[] = [];
    const store = await DicomWebStudyQuery.open(
      `http://med%40fuse:p%3Ass@127.0.0.1:${server.port}/dicom-web`,
      (_, q) => queries.push(q),
    );
    const found = await store.searchStudies({
      patientIds: ["H01_1", "H01_3", "H01&2=x"],
      modality: "CT",
      studyDate: { from: "20260101" },
    });
    expect(found.flatMap((s) => dicomStrings(s, T.StudyInstanceUID))).toEqual(["1.2.3", "1.2.5"]);
    expect(queries).toEqual([
      "QIDO-RS GET /studies PatientID[1] ModalitiesInStudy StudyDate",
      "QIDO-RS GET /studies PatientID[2] ModalitiesInStudy StudyDate",
    ]);

    expect(server.requests.slice(1).map((r) => r.url!.replace(/&includefield=.*/, ""))).toEqual([
      // Orthanc does not decode %XX in values: characters needing it travel as wildcards.
      "/dicom-web/studies?PatientID=H01?2?x&ModalitiesInStudy=CT&StudyDate=20260101-",
      "/dicom-web/studies?PatientID=H01_1,H01_3&ModalitiesInStudy=CT&StudyDate=20260101-",
    ]);
    const request = server.requests[1];
    expect(request.url).toContain(`&includefield=${T.StudyDescription.tag}&`);
    expect(request.url).toMatch(
      new RegExp(`&includefield=${T.NumberOfStudyRelatedInstances.tag}$`),
    );
    expect(request.headers.accept).toBe("application/dicom+json");
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from("med@fuse:p:ss").toString("base64")}`,
    );
  } finally {
    await server.close();
  }
});

test("an answer the server marks as incomplete fails rather than passing for the whole", async () => {
  const capped = await fakeServer((req, res) =>
    json(
      res,
      [],
      req.url!.includes("2.25.0")
        ? {}
        : { Warning: "299 orthanc: The number of results exceeded the maximum supported" },
    ),
  );
  try {
    const store = await DicomWebStudyQuery.open(`http://127.0.0.1:${capped.port}`);
    await expect(store.searchSeries(["1.2.3"])).rejects.toThrow(
      "QIDO-RS GET /series answered only part of the results",
    );
  } finally {
    await capped.close();
  }
});

test("searches share one connection with a server that keeps it for a second, as Orthanc does", async () => {
  const server = await fakeServer((_req, res) =>
    json(res, [study("1.2.3", "H01_1")], { "Keep-Alive": "timeout=1" }),
  );
  try {
    const store = await DicomWebStudyQuery.open(`http://127.0.0.1:${server.port}/dicom-web`);
    for (let i = 0; i < 5; i++) await store.searchStudies({ patientIds: ["H01_1"] });
    await store.close();
    expect(server.requests).toHaveLength(6);
    // undici may open a second connection while the first is being released; never one each.
    expect(new Set(server.requests.map((r) => r.socket)).size).toBeLessThanOrEqual(2);
  } finally {
    await server.close();
  }
});

test("a search cut off as its kept-alive connection is reused goes out once more", async () => {
  const used = new WeakSet<object>();
  let dropped = false;
  const server = await fakeServer((req, res) => {
    // Once, the server drops a connection it had kept, without answering, as it is reused.
    if (used.has(req.socket) && !dropped) {
      dropped = true;
      return void req.socket.destroy();
    }
    used.add(req.socket);
    json(res, [study("1.2.3", "H01_1")]);
  });
  try {
    const store = await DicomWebStudyQuery.open(`http://127.0.0.1:${server.port}/dicom-web`);
    const found = [];
    for (let i = 0; i < 4; i++)
      found.push(...(await store.searchStudies({ patientIds: ["H01_1"] })));
    await store.close();
    expect(dropped).toBe(true);
    expect(found.flatMap((s) => dicomStrings(s, T.StudyInstanceUID))).toEqual(
      Array(4).fill("1.2.3"),
    );
    // The probe, four searches and the one sent again.
    expect(server.requests).toHaveLength(6);
  } finally {
    await server.close();
  }
});
