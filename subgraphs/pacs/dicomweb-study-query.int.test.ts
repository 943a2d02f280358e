import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateHospital } from "../../generator/generate-hospital";
import { DicomFolderIndex } from "./dicom-folder-index";
import { writeDicomFolder } from "./dicom-folder-writer";
import { dicomString, dicomStrings, type DicomJsonDataset } from "./dicom-json";
import { SERIES_ATTRIBUTES, STUDY_ATTRIBUTES, type StudySearch } from "./dicom-study-query";
import { DicomWebStudyQuery } from "./dicomweb-study-query";
import { DICOM_TAGS as T, type DicomAttribute } from "./native-schema";
import { orthancForTests, putSiteOnOrthanc } from "./orthanc-for-tests";
import { pacsPatientId } from "./patient-id";
import { qidoValueLists } from "./qido-query";

const generated = generateHospital({
  patients: 120,
  seed: 12,
  anchor: new Date("2026-06-01T08:00:00Z"),
  site: { code: "PACS12", timeZone: "Europe/Berlin" },
});
// Accession numbers with wildcard and list characters, and characters a URL must encode (a
// backslash cannot be written: it separates DICOM values). Each must match itself, and only itself.
const awkward = ["ACC*000000000001", "ACC,000000000002", "ACC?000000000003", "ACC 0000/0000&4"];
let renamed = 0;
// One study of two modalities, a dose report (SR) beside its images: ModalitiesInStudy holds both.
let mixed = false;
const hospital = {
  ...generated,
  patients: generated.patients.map((p) => ({
    ...p,
    imaging: p.imaging.map((e) => {
      if (!e.study) return e;
      if (renamed < awkward.length) return { ...e, accession: awkward[renamed++] };
      if (mixed || e.study.series.length < 2) return e;
      mixed = true;
      const [images, ...others] = e.study.series;
      const series = [images, ...others.map((s) => ({ ...s, modality: "SR" }))];
      return { ...e, study: { ...e.study, series } };
    }),
  })),
};
const exams = hospital.patients.flatMap((p) => p.imaging.filter((e) => e.study));
const ids = hospital.patients.map((p) => pacsPatientId(hospital.site, p.number));
const queries: string[] = [];
let folder: string;
let index: DicomFolderIndex;
let server: DicomWebStudyQuery;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "medfuse-dicomweb-"));
  await writeDicomFolder(hospital, folder);
  const orthanc = orthancForTests();
  await putSiteOnOrthanc(orthanc, hospital.site, folder);
  index = await DicomFolderIndex.open(folder);
  server = await DicomWebStudyQuery.open(orthanc.dicomWebUrl, (_, q) => queries.push(q));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const read = (datasets: DicomJsonDataset[], attributes: readonly DicomAttribute[]) =>
  datasets
    .map((d) => attributes.map((a) => dicomStrings(d, a).join("\\")))
    .sort((a, b) => a.join().localeCompare(b.join()));

const [first, second] = exams;
const SEARCHES: ReadonlyArray<readonly [string, StudySearch]> = [
  ["every patient", { patientIds: ids }],
  ["every patient's CT", { patientIds: ids, modality: "CT" }],
  ["every patient's CR", { patientIds: ids, modality: "CR" }],
  ["every patient's SR, in a study with images", { patientIds: ids, modality: "SR" }],
  ["from a date", { patientIds: ids, studyDate: { from: "20260520" } }],
  ["up to a date", { patientIds: ids, studyDate: { to: "20260501" } }],
  ["between dates", { patientIds: ids, studyDate: { from: "20260101", to: "20260515" } }],
  ["accession numbers", { accessionNumbers: [...awkward, "ACC*", "ACC?", first.accession] }],
  ["UIDs", { studyInstanceUids: [first.study!.studyUid, second.study!.studyUid, "2.25.1"] }],
  ["lists together", { patientIds: ids.slice(0, 60), accessionNumbers: [first.accession] }],
  ["an empty list", { patientIds: [] }],
];

test.each(SEARCHES)("Orthanc answers %s exactly as the folder index", async (_name, search) => {
  const expected = await index.searchStudies(search);
  expect(read(await server.searchStudies(search), STUDY_ATTRIBUTES)).toEqual(
    read(expected, STUDY_ATTRIBUTES),
  );
});

test("every search but the empty list finds studies, so the agreement means something", async () => {
  for (const [name, search] of SEARCHES) {
    const found = await index.searchStudies(search);
    expect([name, found.length > 0]).toEqual([name, name !== "an empty list"]);
  }
});

test("wildcard and list characters in a value match only that value", async () => {
  for (const accession of awkward) {
    const found = await server.searchStudies({ accessionNumbers: [accession] });
    expect(found.map((s) => dicomString(s, T.AccessionNumber))).toEqual([accession]);
  }
});

test("a thousand PatientIDs go as a few lists, each request reported, all studies found", async () => {
  const many = [
    ...ids,
    ...Array.from({ length: 880 }, (_, i) => pacsPatientId(hospital.site, 5000 + i)),
  ];
  queries.length = 0;
  const found = await server.searchStudies({ patientIds: many });
  const lists = qidoValueLists(many);
  expect(lists.length).toBeGreaterThan(1);
  expect(queries).toEqual(lists.map((l) => `QIDO-RS GET /studies PatientID[${l.values.length}]`));
  expect(found.length).toBe(exams.length);
});

test("series of every study come back as from the folder index, in one request", async () => {
  const uids = exams.map((e) => e.study!.studyUid);
  queries.length = 0;
  const found = await server.searchSeries(uids);
  expect(queries).toEqual([`QIDO-RS GET /series StudyInstanceUID[${uids.length}]`]);
  expect(read(found, SERIES_ATTRIBUTES)).toEqual(
    read(await index.searchSeries(uids), SERIES_ATTRIBUTES),
  );
});
