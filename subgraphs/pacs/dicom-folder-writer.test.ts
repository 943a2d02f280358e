import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseDicom, type DataSet } from "dicom-parser";
import { generateHospital } from "../../generator/generate-hospital";
import { formatLocalTime } from "../shared/local-time";
import { writeDicomFolder } from "./dicom-folder-writer";

const hospital = generateHospital({
  patients: 30,
  seed: 7,
  anchor: new Date("2026-03-29T12:00:00Z"),
});
const performed = hospital.patients.flatMap((patient) =>
  patient.imaging.flatMap((exam) =>
    exam.study
      ? exam.study.series.flatMap((series) =>
          series.instanceUids.map((uid) => ({ patient, exam, study: exam.study!, series, uid })),
        )
      : [],
  ),
);
let folder: string;
let progress: Array<[number, number]>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "medfuse-pacs-writer-"));
  progress = [];
  const { files } = await writeDicomFolder(hospital, folder, (done, total) =>
    progress.push([done, total]),
  );
  expect(files).toBe(performed.length);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** dicom-parser, not the writer's dcmjs, reads the files back: a second opinion on validity. */
function parse(path: string): DataSet {
  return parseDicom(new Uint8Array(readFileSync(path)));
}
const text = (ds: DataSet, tag: string) => {
  const element = ds.elements[tag];
  return Buffer.from(
    ds.byteArray.buffer,
    ds.byteArray.byteOffset + element.dataOffset,
    element.length,
  )
    .toString("utf8")
    .replace(/[\0 ]+$/, "");
};

test("one Part-10 file per instance of every performed exam, laid out study/series/instance", () => {
  expect(performed.length).toBeGreaterThan(5);
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
  expect(files).toEqual(
    performed.map((i) => join(i.study.studyUid, i.series.seriesUid, `${i.uid}.dcm`)).sort(),
  );
  expect(progress.at(-1)).toEqual([performed.length, performed.length]);
});

test("every file parses whole, with a valid meta header and the synthetic truth in its header", () => {
  const { timeZone } = hospital.site;
  for (const { patient, exam, study, series, uid } of performed) {
    const path = join(folder, study.studyUid, series.seriesUid, `${uid}.dcm`);
    const ds = parse(path);
    expect(readFileSync(path).subarray(128, 132).toString("latin1")).toBe("DICM");
    expect(ds.string("x00020010")).toBe("1.2.840.10008.1.2.1");
    expect(ds.string("x00020002")).toBe(ds.string("x00080016"));
    expect(ds.string("x00020003")).toBe(uid);
    expect(ds.string("x00080018")).toBe(uid);
    expect(ds.string("x00100020")).toBe(
      `${hospital.site.code}_${String(patient.number).padStart(8, "0")}`,
    );
    expect(text(ds, "x00100010")).toBe(`${patient.family}^${patient.given}`);
    expect(ds.string("x00100040")).toBe(patient.sex === "male" ? "M" : "F");
    expect(ds.string("x00100030")).toBe(patient.birthDate.replaceAll("-", ""));
    expect(ds.string("x0020000d")).toBe(study.studyUid);
    expect(ds.string("x0020000e")).toBe(series.seriesUid);
    expect(ds.string("x00080050")).toBe(exam.accession);
    expect(ds.string("x00080020")).toBe(formatLocalTime(study.performedAt, "yyyyMMdd", timeZone));
    expect(ds.string("x00080030")).toBe(formatLocalTime(study.performedAt, "HHmmss", timeZone));
    expect(ds.string("x00080060")).toBe(series.modality);
    expect(ds.string("x00081030")).toBe(exam.description);
    expect(ds.string("x0008103e")).toBe(series.description);
    expect(ds.intString("x00200011")).toBe(series.number);
    expect(ds.intString("x00200013")).toBe(series.instanceUids.indexOf(uid) + 1);
    expect(ds.string("x00180015")).toBe(exam.bodyPart);
    expect(ds.uint16("x00280010")).toBe(8);
    expect(ds.elements.x7fe00010.length).toBe(8 * 8 * 2);
  }
});

test("SOP classes follow the modality, in the data set and the meta header alike", () => {
  const expected: Record<string, string> = {
    CT: "1.2.840.10008.5.1.4.1.1.2",
    CR: "1.2.840.10008.5.1.4.1.1.1",
    MR: "1.2.840.10008.5.1.4.1.1.4",
    US: "1.2.840.10008.5.1.4.1.1.6.1",
  };
  for (const { study, series, uid } of performed) {
    const ds = parse(join(folder, study.studyUid, series.seriesUid, `${uid}.dcm`));
    expect(ds.string("x00080016")).toBe(expected[series.modality]);
  }
});
