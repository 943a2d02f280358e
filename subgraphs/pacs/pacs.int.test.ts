import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql } from "graphql";
import { generateHospital } from "../../generator/generate-hospital";
import type { SyntheticPatient } from "../../generator/synthetic-hospital";
import { formatLocalTime } from "../shared/local-time";
import { canonicalPatientId } from "../shared/patient-id";
import type { Subgraph } from "../subgraph";
import { writeDicomFolder } from "./dicom-folder-writer";
import { orthancForTests, putSiteOnOrthanc } from "./orthanc-for-tests";
import { openPacsSubgraph } from "./subgraph";

// A site code of its own: on the shared Orthanc, no other test file has these PatientIDs.
const hospital = generateHospital({
  patients: 40,
  seed: 11,
  anchor: new Date("2026-06-01T08:00:00Z"),
  site: { code: "PACS11", timeZone: "Europe/Berlin" },
});
const { site } = hospital;
const id = (p: SyntheticPatient) => canonicalPatientId(site, p.number);
const performed = (p: SyntheticPatient) => p.imaging.filter((e) => e.study);
const queries: string[] = [];
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "medfuse-pacs-"));
  await writeDicomFolder(hospital, folder);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The same hospital in both stores: the subgraph must not be able to tell them apart. */
const STORES: ReadonlyArray<readonly [string, () => Promise<string>]> = [
  ["the DICOM folder index", async () => folder],
  [
    "Orthanc over DICOMweb",
    async () => {
      const orthanc = orthancForTests();
      await putSiteOnOrthanc(orthanc, site, folder);
      return orthanc.dicomWebUrl;
    },
  ],
];

describe.each(STORES)("PACS subgraph on %s", (_name, store) => {
  let pacs: Subgraph;

  beforeAll(async () => {
    pacs = await openPacsSubgraph({
      site,
      store: await store(),
      onStoreQuery: (_, q) => queries.push(q),
    });
  });
  afterAll(() => pacs?.close());

  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    queries.length = 0;
    return graphql({
      schema: pacs.schema,
      source,
      variableValues,
      contextValue: pacs.createContext(),
    });
  };

  const STUDIES_OF = `query ($reps: [_Any!]!, $modality: String, $since: DateTime) {
  _entities(representations: $reps) { ... on Patient { id imagingStudies(modality: $modality, since: $since) {
    uid identifier { system code } accessionNumber started description numberOfSeries numberOfInstances
    modalities { system code display } bodySite { system code display } patient { id }
    provenance { system table recordId time }
    series { uid number modality { code } description numberOfInstances bodySite { code } provenance { table recordId } }
  } } } }`;
  const studiesOf = async (
    patients: SyntheticPatient[],
    args: { modality?: string; since?: string } = {},
  ) => {
    const reps = patients.map((p) => ({ __typename: "Patient", id: id(p) }));
    const result = await run(STUDIES_OF, { reps, ...args });
    expect(result.errors).toBeUndefined();
    // graphql-js hands DateTime back as a Date; a client would see the ISO string.
    return (result.data!._entities as any[]).map((e) =>
      (e.imagingStudies as any[]).map((s) => ({
        ...s,
        started: s.started && new Date(s.started).toISOString(),
      })),
    );
  };

  test("a patient's studies come back newest first, with the DICOM truth, series and provenance", async () => {
    const patient = [...hospital.patients].sort(
      (a, b) => performed(b).length - performed(a).length,
    )[0];
    const truth = performed(patient).sort(
      (a, b) => b.study!.performedAt.getTime() - a.study!.performedAt.getTime(),
    );
    expect(truth.length).toBeGreaterThan(1);
    const [studies] = await studiesOf([patient]);
    expect(studies.map((s) => s.accessionNumber)).toEqual(truth.map((e) => e.accession));
    const [exam, study] = [truth[0], studies[0]];
    const { timeZone } = site;
    expect(study).toMatchObject({
      uid: exam.study!.studyUid,
      identifier: { system: "urn:dicom:uid", code: `urn:oid:${exam.study!.studyUid}` },
      started: new Date(Math.floor(exam.study!.performedAt.getTime() / 1000) * 1000).toISOString(),
      description: exam.description,
      numberOfSeries: exam.study!.series.length,
      numberOfInstances: exam.study!.series.reduce((n, s) => n + s.instanceUids.length, 0),
      modalities: [{ system: "http://dicom.nema.org/resources/ontology/DCM", code: exam.modality }],
      patient: { id: id(patient) },
      provenance: {
        system: "PACS",
        table: "study",
        recordId: exam.study!.studyUid,
        time: `${formatLocalTime(exam.study!.performedAt, "yyyyMMdd HHmmss", timeZone)}`,
      },
    });
    expect(study.bodySite.system).toBe("http://snomed.info/sct");
    expect(study.series).toEqual(
      exam.study!.series.map((s) => ({
        uid: s.seriesUid,
        number: s.number,
        modality: { code: s.modality },
        description: s.description,
        numberOfInstances: s.instanceUids.length,
        bodySite: { code: study.bodySite.code },
        provenance: { table: "series", recordId: s.seriesUid },
      })),
    );
  });

  test("every patient at once costs one study query and one series query", async () => {
    const all = await studiesOf(hospital.patients);
    expect(queries).toEqual([
      "QIDO-RS GET /studies PatientID[40]",
      "QIDO-RS GET /series StudyInstanceUID[" + all.flat().length + "]",
    ]);
    hospital.patients.forEach((p, i) => {
      // Requested but not performed exams have no study in the PACS.
      expect(all[i].map((s) => s.uid).sort()).toEqual(
        performed(p)
          .map((e) => e.study!.studyUid)
          .sort(),
      );
    });
  });

  test("modality and since narrow the studies, since to the exact instant", async () => {
    const imaged = hospital.patients.filter((p) => performed(p).length);
    const all = (await studiesOf(imaged)).flat();
    const ct = (await studiesOf(imaged, { modality: "ct" })).flat();
    expect(ct.length).toBe(
      all.filter((s) => s.modalities.some((m: any) => m.code === "CT")).length,
    );
    expect(queries[0]).toBe(`QIDO-RS GET /studies PatientID[${imaged.length}] ModalitiesInStudy`);

    const pivot = all.map((s) => s.started as string).sort()[Math.floor(all.length / 2)];
    const since = (await studiesOf(imaged, { since: pivot })).flat();
    expect(since.length).toBe(all.filter((s) => s.started >= pivot).length);
    const justAfter = new Date(new Date(pivot).getTime() + 1000).toISOString();
    expect((await studiesOf(imaged, { since: justAfter })).flat().length).toBe(
      since.length - all.filter((s) => s.started === pivot).length,
    );
  });

  test("RIS's accession numbers and StudyInstanceUIDs resolve ImagingStudy in one query each", async () => {
    const exams = hospital.patients.flatMap(performed).slice(0, 6);
    const byAccession = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ImagingStudy { uid accessionNumber numberOfSeries patient { id } } } }`,
      {
        reps: [
          ...exams.map((e) => ({ __typename: "ImagingStudy", accessionNumber: e.accession })),
          { __typename: "ImagingStudy", accessionNumber: "ACC-UNKNOWN" },
        ],
      },
    );
    expect(byAccession.errors).toBeUndefined();
    const entities = byAccession.data!._entities as any[];
    expect(entities.slice(0, -1).map((s) => [s.uid, s.accessionNumber])).toEqual(
      exams.map((e) => [e.study!.studyUid, e.accession]),
    );
    expect(entities.at(-1)).toBeNull();
    expect(queries).toEqual(["QIDO-RS GET /studies AccessionNumber[7]"]);

    const byUid = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ImagingStudy { accessionNumber } } }`,
      {
        reps: exams.map((e) => ({ __typename: "ImagingStudy", uid: e.study!.studyUid })),
      },
    );
    expect((byUid.data!._entities as any[]).map((s) => s.accessionNumber)).toEqual(
      exams.map((e) => e.accession),
    );
    expect(queries).toEqual(["QIDO-RS GET /studies StudyInstanceUID[6]"]);
  });

  test("unknown and other hospitals' patients have no studies; malformed input is BAD_USER_INPUT", async () => {
    const reps = [
      { __typename: "Patient", id: `${site.code}-99999999` },
      { __typename: "Patient", id: "H02-00000001" },
    ];
    const empty = await run(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Patient { imagingStudies { uid } } } }`,
      { reps },
    );
    expect(empty.errors).toBeUndefined();
    expect(empty.data!._entities).toEqual([{ imagingStudies: [] }, { imagingStudies: [] }]);
    expect(queries).toEqual(["QIDO-RS GET /studies PatientID[1]"]);

    const malformed = await run(
      `{ _entities(representations: [{ __typename: "Patient", id: "42; DROP" }]) { ... on Patient { id } } }`,
    );
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badModality = await run(
      `{ _entities(representations: [{ __typename: "Patient", id: "${site.code}-00000001" }]) { ... on Patient { imagingStudies(modality: "C*") { uid } } } }`,
    );
    expect(badModality.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(queries).toEqual([]);
  });
});
