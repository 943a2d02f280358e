/**
 * The EMR subgraph on every document store (embedded, and MongoDB wire protocol: FerretDB in CI),
 * loaded from a synthetic hospital: values checked against the synthetic truth, batching counted.
 * (Composition with the fusion subgraph is test/supergraph.test.ts's.)
 */
import { graphql, type ExecutionResult } from "graphql";
import { AIR_OR_OXYGEN, CONSCIOUSNESS_LOINC, VITAL_SIGNS } from "../../clinical/vital-signs";
import { generateHospital } from "../../generator/generate-hospital";
import type { SyntheticVitalSigns } from "../../generator/synthetic-hospital";
import { canonicalPatientId } from "../shared/patient-id";
import type { Subgraph } from "../subgraph";
import { EMR_LOCAL_SYSTEMS } from "./mapping";
import { emrNativeCollections, flowsheetId, noteId } from "./native-records";
import { EMR_INDEXES } from "./native-schema";
import { openEmrSubgraph } from "./subgraph";
import { TEST_DOCUMENT_STORES, type TestDocumentStore } from "./test-document-stores";

const hospital = generateHospital({
  patients: 40,
  seed: 11,
  anchor: new Date("2025-03-14T10:00:00Z"),
});
const { site } = hospital;
const ids = hospital.patients.map((p) => canonicalPatientId(site, p.number));
const withVitals = hospital.patients.filter((p) => p.vitals.length > 0);

const VITALS = `id setId category { code } code { system code } value { value unit } valueCode { system code display }
  spo2Scale2 effectiveDateTime provenance { system table recordId value unit time }`;
const NOTES = `id type { system code display } date author text encounterId provenance { system table recordId value time }`;

const ENTITIES = (fields: string) => `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Patient { id ${fields} } }
}`;

/** The observations a set should yield, by code, with the normalised value the truth holds. */
function expectedObservations(set: SyntheticVitalSigns): Map<string, number | string | boolean> {
  const expected = new Map<string, number | string | boolean>();
  for (const key of [
    "respiratoryRate",
    "oxygenSaturation",
    "systolic",
    "diastolic",
    "heartRate",
    "temperature",
    "weight",
    "height",
  ] as const) {
    if (set[key] !== undefined) expected.set(VITAL_SIGNS[key].loinc, set[key]);
  }
  if (set.consciousness !== undefined) expected.set(CONSCIOUSNESS_LOINC, set.consciousness);
  if (set.onOxygen !== undefined) expected.set(AIR_OR_OXYGEN.code, set.onOxygen ? "oxygen" : "air");
  return expected;
}

describe.each(TEST_DOCUMENT_STORES)("EMR subgraph on the $name store", (kind) => {
  let store: TestDocumentStore | undefined;
  let subgraph: Subgraph;
  const queries: string[] = [];

  beforeAll(async () => {
    store = await kind.create("emr", emrNativeCollections(hospital), EMR_INDEXES);
    expect(store.documents).toBe(
      hospital.patients.reduce((n, p) => n + p.vitals.length + p.notes.length, 0),
    );
    subgraph = await openEmrSubgraph({
      site,
      store: store.url,
      onStoreQuery: (_, operation) => queries.push(operation),
    });
  });

  afterAll(async () => {
    await subgraph?.close();
    await store?.dispose();
  });

  async function run(
    source: string,
    patientIds: string[],
    variables: object = {},
  ): Promise<ExecutionResult<any>> {
    queries.length = 0;
    return graphql({
      schema: subgraph.schema,
      source,
      variableValues: {
        representations: patientIds.map((id) => ({ __typename: "Patient", id })),
        ...variables,
      },
      contextValue: subgraph.createContext(),
    });
  }

  it("costs one store query per field for a batch of patients", async () => {
    const result = await run(
      ENTITIES(`vitalSigns { id } clinicalNotes { id } latest: vitalSigns(last: 1) { id }`),
      ids,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toHaveLength(ids.length);
    // Two distinct vitalSigns argument sets are two loaders; the notes are one more.
    expect(queries).toHaveLength(3);
    expect(queries.filter((q) => q.startsWith("find flowsheet"))).toHaveLength(2);
  });

  it("gives fusion a compact vital-sign history holding the public list, field for field", async () => {
    const result = await run(
      ENTITIES(`vitalSignHistory vitalSigns { id setId code { code display } value { value unit }
        valueCode { code } spo2Scale2 effectiveDateTime }`),
      withVitals.map((p) => canonicalPatientId(site, p.number)),
    );
    expect(result.errors).toBeUndefined();
    // One loader behind both fields: one flowsheet query.
    expect(queries).toHaveLength(1);
    for (const { vitalSignHistory, vitalSigns } of result.data._entities) {
      expect(vitalSignHistory.length).toBeGreaterThan(0);
      expect(vitalSignHistory).toEqual(
        vitalSigns.map((v: any) => ({
          id: v.id,
          setId: v.setId,
          code: v.code.code,
          display: v.code.display ?? null,
          value: v.value?.value ?? null,
          unit: v.value?.unit ?? null,
          valueCode: v.valueCode?.code ?? null,
          spo2Scale2: v.spo2Scale2,
          time: Date.parse(v.effectiveDateTime),
        })),
      );
    }
  });

  it("returns every charted parameter as one observation, normalised to the truth", async () => {
    const result = await run(
      ENTITIES(`vitalSigns { ${VITALS} }`),
      withVitals.map((p) => canonicalPatientId(site, p.number)),
    );
    expect(result.errors).toBeUndefined();
    let fahrenheit = 0;
    withVitals.forEach((patient, i) => {
      const signs: any[] = result.data._entities[i].vitalSigns;
      const truthSets = [...patient.vitals].sort(
        (a, b) => b.takenAt.getTime() - a.takenAt.getTime(),
      );
      expect([...new Set(signs.map((s) => s.setId))]).toEqual(
        truthSets.map((set) => flowsheetId(set.id)),
      );
      for (const set of truthSets) {
        const charted = signs.filter((s) => s.setId === flowsheetId(set.id));
        const expected = expectedObservations(set);
        expect(charted).toHaveLength(expected.size);
        for (const sign of charted) {
          expect(sign.category.code).toBe("vital-signs");
          expect(sign.effectiveDateTime).toEqual(set.takenAt);
          expect(sign.provenance).toMatchObject({
            system: "EMR",
            table: "flowsheet",
            recordId: flowsheetId(set.id),
          });
          const truth = expected.get(sign.code.code);
          if (sign.value) expect(sign.value.value).toBe(truth);
          else expect(sign.valueCode.code).toBe(truth);
        }
        const temperature = charted.find((s) => s.code.code === VITAL_SIGNS.temperature.loinc);
        if (temperature?.provenance.unit === "°F") {
          fahrenheit += 1;
          expect(temperature.value.unit).toBe("Cel");
          expect(Number(temperature.provenance.value)).toBeCloseTo(set.temperature! * 1.8 + 32, 1);
        }
      }
    });
    expect(fahrenheit).toBeGreaterThan(0);
  });

  it("gives with last: 1 the latest value of each vital sign", async () => {
    const patient = withVitals.find((p) => p.vitals.length > 3)!;
    const result = await run(ENTITIES(`vitalSigns(last: 1) { ${VITALS} }`), [
      canonicalPatientId(site, patient.number),
    ]);
    const signs: any[] = result.data._entities[0].vitalSigns;
    const codes = signs.map((s) => s.code.code);
    expect(new Set(codes).size).toBe(codes.length);
    const heartRate = signs.find((s) => s.code.code === VITAL_SIGNS.heartRate.loinc);
    const latestHeartRate = patient.vitals.filter((v) => v.heartRate !== undefined).at(-1)!;
    expect(heartRate.value).toEqual({ value: latestHeartRate.heartRate, unit: "/min" });
    expect(heartRate.effectiveDateTime).toEqual(latestHeartRate.takenAt);
  });

  it("keeps with since only sets recorded at or after it", async () => {
    const patient = withVitals.find((p) => p.vitals.length > 3)!;
    const since = patient.vitals[patient.vitals.length - 2].takenAt;
    const result = await run(
      `query ($representations: [_Any!]!, $since: DateTime) {
      _entities(representations: $representations) { ... on Patient { vitalSigns(since: $since) { setId } } }
    }`,
      [canonicalPatientId(site, patient.number)],
      { since: since.toISOString() },
    );
    const setIds = new Set(result.data._entities[0].vitalSigns.map((s: any) => s.setId));
    expect([...setIds]).toEqual(
      patient.vitals
        .slice(-2)
        .reverse()
        .map((v) => flowsheetId(v.id)),
    );
  });

  it("rejects last outside 1…1000 as BAD_USER_INPUT", async () => {
    for (const field of ["vitalSigns", "clinicalNotes"]) {
      for (const last of [0, 1001]) {
        const result = await run(ENTITIES(`${field}(last: ${last}) { id }`), ids.slice(0, 1));
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
        expect(queries).toHaveLength(0);
      }
    }
  });

  it("returns notes as DocumentReferences, newest first, unmapped local types kept", async () => {
    const result = await run(ENTITIES(`clinicalNotes { ${NOTES} }`), ids);
    expect(result.errors).toBeUndefined();
    let unmapped = 0;
    hospital.patients.forEach((patient, i) => {
      const notes: any[] = result.data._entities[i].clinicalNotes;
      const truth = [...patient.notes].sort(
        (a, b) => b.authoredAt.getTime() - a.authoredAt.getTime(),
      );
      expect(notes.map((n) => n.id)).toEqual(truth.map((n) => noteId(n.id)));
      truth.forEach((note, j) => {
        expect(notes[j]).toMatchObject({
          text: note.text,
          author: note.author,
          date: note.authoredAt,
          encounterId: String(note.encounterId),
          provenance: { system: "EMR", table: "clinical_notes", recordId: noteId(note.id) },
        });
        if (notes[j].type.system === EMR_LOCAL_SYSTEMS.noteType) {
          unmapped += 1;
          expect(notes[j].type).toMatchObject({ code: "HOVR", display: "Nursing shift handover" });
          expect(note.kind).toBe("nursing");
        } else expect(notes[j].type.system).toBe("http://loinc.org");
      });
    });
    expect(unmapped).toBeGreaterThan(0);
  });

  it("gives unknown patients and other hospitals' patients empty lists, and rejects malformed ids", async () => {
    const result = await run(ENTITIES("vitalSigns { id } clinicalNotes { id }"), [
      `${site.code}-99999999`,
      "H99-00000001",
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: `${site.code}-99999999`, vitalSigns: [], clinicalNotes: [] },
      { id: "H99-00000001", vitalSigns: [], clinicalNotes: [] },
    ]);
    const malformed = await run(ENTITIES("vitalSigns { id }"), ["not-an-id", ids[0]]);
    expect(malformed.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(malformed.data?._entities[1].id).toBe(ids[0]);
  });
});
