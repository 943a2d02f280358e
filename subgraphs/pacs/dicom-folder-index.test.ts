import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { data as dcmjsData } from "dcmjs";
import { generateHospital } from "../../generator/generate-hospital";
import { formatLocalTime } from "../shared/local-time";
import { DicomFolderIndex } from "./dicom-folder-index";
import { writeDicomFolder } from "./dicom-folder-writer";
import { dicomNumber, dicomString, dicomStrings } from "./dicom-json";
import { DICOM_TAGS as T } from "./native-schema";
import { pacsPatientId } from "./patient-id";

const generated = generateHospital({
  patients: 40,
  seed: 3,
  anchor: new Date("2026-06-01T08:00:00Z"),
});
// One imaged patient named outside ASCII, to check the UTF-8 character set survives the round trip.
const renamed = generated.patients.find((p) => p.imaging.some((e) => e.study))!;
const hospital = {
  ...generated,
  patients: generated.patients.map((p) => (p === renamed ? { ...p, family: "Müller-Ørsted" } : p)),
};
const studies = hospital.patients.flatMap((patient) =>
  patient.imaging.flatMap((exam) => (exam.study ? [{ patient, exam, study: exam.study }] : [])),
);
const pid = (n: number) => pacsPatientId(hospital.site, n);
const queries: string[] = [];
let folder: string;
let index: DicomFolderIndex;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "medfuse-pacs-index-"));
  await writeDicomFolder(hospital, folder);
  const { study } = studies[0];
  const series = study.series[0];
  // A stray text file, a copy of an instance already indexed, and a header longer than one read.
  await writeFile(join(folder, "README.txt"), "not DICOM");
  await copyFile(
    join(folder, study.studyUid, series.seriesUid, `${series.instanceUids[0]}.dcm`),
    join(folder, "copy.dcm"),
  );
  await writeFile(join(folder, "long-header.dcm"), longHeaderFile());
  index = await DicomFolderIndex.open(folder, (system, operation) =>
    queries.push(`${system} ${operation}`),
  );
});
afterAll(() => rm(folder, { recursive: true, force: true }));
beforeEach(() => (queries.length = 0));

test("indexes every study once, with QIDO study-level counts and ModalitiesInStudy", async () => {
  const all = await index.searchStudies({});
  expect(all).toHaveLength(studies.length + 1);
  for (const { exam, study } of studies) {
    const found = all.find((s) => dicomString(s, T.StudyInstanceUID) === study.studyUid)!;
    expect(dicomString(found, T.AccessionNumber)).toBe(exam.accession);
    expect(dicomStrings(found, T.ModalitiesInStudy)).toEqual([exam.modality]);
    expect(dicomNumber(found, T.NumberOfStudyRelatedSeries)).toBe(study.series.length);
    expect(dicomNumber(found, T.NumberOfStudyRelatedInstances)).toBe(
      study.series.reduce((n, s) => n + s.instanceUids.length, 0),
    );
  }
  expect(queries).toEqual(["pacs QIDO-RS GET /studies"]);
});

test("matches PatientID lists, and tells the listener keys and counts but never values", async () => {
  const [a, b] = [
    studies[0].patient,
    studies.find((s) => s.patient !== studies[0].patient)!.patient,
  ];
  const found = await index.searchStudies({
    patientIds: [pid(a.number), pid(b.number), "H01_99999999"],
  });
  const expected = studies
    .filter((s) => s.patient === a || s.patient === b)
    .map((s) => s.study.studyUid);
  expect(found.map((s) => dicomString(s, T.StudyInstanceUID)).sort()).toEqual(expected.sort());
  expect(await index.searchStudies({ patientIds: [] })).toEqual([]);
  expect(queries).toEqual([
    "pacs QIDO-RS GET /studies PatientID[3]",
    "pacs QIDO-RS GET /studies PatientID[0]",
  ]);
  expect(queries.join(" ")).not.toContain(pid(a.number));
});

test("matches accession and UID lists, combining conditions with AND", async () => {
  const [first, second] = studies;
  const byAccession = await index.searchStudies({
    accessionNumbers: [first.exam.accession, second.exam.accession],
  });
  expect(byAccession.map((s) => dicomString(s, T.StudyInstanceUID)).sort()).toEqual(
    [first.study.studyUid, second.study.studyUid].sort(),
  );
  const byUid = await index.searchStudies({ studyInstanceUids: [second.study.studyUid, "1.2.3"] });
  expect(byUid.map((s) => dicomString(s, T.AccessionNumber))).toEqual([second.exam.accession]);
  const contradicting = await index.searchStudies({
    patientIds: [pid(first.patient.number)],
    accessionNumbers: [studies.find((s) => s.patient !== first.patient)!.exam.accession],
  });
  expect(contradicting).toEqual([]);
});

test("filters by ModalitiesInStudy and a StudyDate range", async () => {
  const ct = await index.searchStudies({ modality: "CT" });
  expect(ct.length).toBe(studies.filter((s) => s.exam.modality === "CT").length + 1);
  const { timeZone } = hospital.site;
  const dates = studies
    .map((s) => formatLocalTime(s.study.performedAt, "yyyyMMdd", timeZone))
    .sort();
  const from = dates[Math.floor(dates.length / 2)];
  const recent = await index.searchStudies({ studyDate: { from } });
  expect(recent.length).toBe(dates.filter((d) => d >= from).length);
  const window = await index.searchStudies({ studyDate: { from: dates[0], to: dates[0] } });
  expect(window.every((s) => dicomString(s, T.StudyDate) === dates[0])).toBe(true);
});

test("answers series of many studies in one query, with instance counts and body parts", async () => {
  const some = studies.slice(0, 5);
  const series = await index.searchSeries(some.map((s) => s.study.studyUid));
  expect(series).toHaveLength(some.reduce((n, s) => n + s.study.series.length, 0));
  for (const { exam, study } of some) {
    for (const truth of study.series) {
      const found = series.find((s) => dicomString(s, T.SeriesInstanceUID) === truth.seriesUid)!;
      expect(dicomString(found, T.StudyInstanceUID)).toBe(study.studyUid);
      expect(dicomNumber(found, T.SeriesNumber)).toBe(truth.number);
      expect(dicomNumber(found, T.NumberOfSeriesRelatedInstances)).toBe(truth.instanceUids.length);
      expect(dicomString(found, T.BodyPartExamined)).toBe(exam.bodyPart);
    }
  }
  expect(queries).toEqual(["pacs QIDO-RS GET /series StudyInstanceUID[5]"]);
});

test("reads names in the file's character set and headers longer than one read", async () => {
  const [müller] = await index.searchStudies({ patientIds: [pid(renamed.number)] });
  expect(dicomString(müller, T.PatientName)).toBe(`Müller-Ørsted^${renamed.given}`);
  const [long] = await index.searchStudies({ studyInstanceUids: ["2.25.1"] });
  expect(dicomString(long, T.StudyDescription)).toBe("long header");
  expect(dicomNumber(long, T.NumberOfStudyRelatedInstances)).toBe(1);
});

/** An instance whose header runs past 64 KiB, as a vendor's private CSA header makes it. */
function longHeaderFile(): Buffer {
  const file = new dcmjsData.DicomDict({
    "00020010": { vr: "UI", Value: ["1.2.840.10008.1.2.1"] },
  });
  file.dict = {
    "00080018": { vr: "UI", Value: ["2.25.1.1.1"] },
    "00081030": { vr: "LO", Value: ["long header"] },
    "0020000D": { vr: "UI", Value: ["2.25.1"] },
    "0020000E": { vr: "UI", Value: ["2.25.1.1"] },
    "00080060": { vr: "CS", Value: ["CT"] },
    "00290010": { vr: "LO", Value: ["SIEMENS CSA HEADER"] },
    "00291010": { vr: "OB", Value: [new Uint8Array(100_000).buffer] },
    "7FE00010": { vr: "OW", Value: [new Uint16Array(4).buffer] },
  };
  return Buffer.from(file.write());
}
