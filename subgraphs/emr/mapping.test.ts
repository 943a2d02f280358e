import { AIR_OR_OXYGEN } from "../../clinical/vital-signs";
import { CONSCIOUSNESS_LOINC, VITAL_SIGNS } from "../../clinical/vital-signs";
import {
  ACVPU_SYSTEM,
  EMR_LOCAL_SYSTEMS,
  emrFlowsheetValueSystem,
  fahrenheitToCelsius,
  toClinicalNote,
  toClinicalNotes,
  toVitalSign,
  toVitalSigns,
} from "./mapping";
import type { ClinicalNoteDocument, FlowsheetDocument, FlowsheetEntry } from "./native-schema";

const LOINC = "http://loinc.org";

function set(id: string, recordedAt: string, entries: FlowsheetEntry[]): FlowsheetDocument {
  return { _id: id, patNo: 42, recordedAt: new Date(recordedAt), ward: "INT01", entries };
}

const newer = set("FS-000420007", "2024-06-02T08:00:00Z", [
  { param: "RESP", value: 22, unit: "br/min" },
  { param: "TEMP", value: 101.3, unit: "°F" },
  { param: "ACVPU", value: "V" },
]);
const older = set("FS-000420003", "2024-06-01T20:00:00Z", [
  { param: "RESP", value: 16, unit: "br/min" },
  { param: "TEMP", value: 36.9, unit: "°C" },
  { param: "HR", value: 80, unit: "bpm" },
]);

describe("EMR vital-sign mapping", () => {
  it("converts °F from the old thermometer to Cel, keeping the reading as written", () => {
    const temperature = toVitalSign(newer, newer.entries[1]);
    expect(temperature.code).toMatchObject({ system: LOINC, code: VITAL_SIGNS.temperature.loinc });
    expect(temperature.value).toMatchObject({ value: 38.5, unit: "Cel" });
    expect(temperature.provenance).toMatchObject({
      system: "EMR",
      table: "flowsheet",
      recordId: "FS-000420007",
      value: "101.3",
      unit: "°F",
      time: "2024-06-02T08:00:00.000Z",
    });
  });

  it("converts Fahrenheit at the thermometer's precision and leaves Celsius alone", () => {
    expect(fahrenheitToCelsius(98.2)).toBe(36.8);
    expect(fahrenheitToCelsius(95)).toBe(35);
    expect(toVitalSign(older, older.entries[1]).value).toMatchObject({ value: 36.9, unit: "Cel" });
  });

  it("maps device units to UCUM", () => {
    expect(toVitalSign(older, older.entries[0]).value).toMatchObject({ value: 16, unit: "/min" });
    const systolic = toVitalSign(older, { param: "NIBP_S", value: 128, unit: "mmHg" });
    expect(systolic.code.code).toBe(VITAL_SIGNS.systolic.loinc);
    expect(systolic.value).toMatchObject({ value: 128, unit: "mm[Hg]" });
  });

  it("codes ACVPU as LOINC 67775-7 with the level as a coded value", () => {
    const consciousness = toVitalSign(newer, newer.entries[2]);
    expect(consciousness.code).toMatchObject({ system: LOINC, code: CONSCIOUSNESS_LOINC });
    expect(consciousness.value).toBeNull();
    expect(consciousness.valueCode).toEqual({
      system: ACVPU_SYSTEM,
      code: "V",
      display: "Responds to voice",
    });
  });

  it("keeps an ACVPU value outside the scale under a local system", () => {
    const odd = toVitalSign(newer, { param: "ACVPU", value: "S" });
    expect(odd.valueCode).toEqual({
      system: emrFlowsheetValueSystem("ACVPU"),
      code: "S",
      display: null,
    });
  });

  it("turns the oxygen device into air or oxygen, naming the device", () => {
    const air = toVitalSign(older, { param: "O2DEV", value: "RA" });
    const mask = toVitalSign(older, { param: "O2DEV", value: "NRB" });
    expect(air.code).toMatchObject({ system: AIR_OR_OXYGEN.system, code: AIR_OR_OXYGEN.code });
    expect(air.valueCode).toMatchObject({ system: AIR_OR_OXYGEN.valueSystem, code: "air" });
    expect(mask.valueCode).toMatchObject({ code: "oxygen", display: "Non-rebreather mask" });
    const unknown = toVitalSign(older, { param: "O2DEV", value: "VENTURI" });
    expect(unknown.valueCode).toMatchObject({
      system: emrFlowsheetValueSystem("O2DEV"),
      code: "VENTURI",
    });
  });

  it("flags SpO2 charted against scale 2, and only SpO2 carries the flag", () => {
    expect(toVitalSign(older, { param: "SPO2", value: 90, unit: "%", scale: 2 }).spo2Scale2).toBe(
      true,
    );
    expect(toVitalSign(older, { param: "SPO2", value: 97, unit: "%" }).spo2Scale2).toBe(false);
    expect(toVitalSign(older, older.entries[2]).spo2Scale2).toBeNull();
  });

  it("keeps a parameter Medfuse has not mapped, under the EMR's own code", () => {
    const pain = toVitalSign(older, { param: "PAIN", value: 4, unit: "/10" });
    expect(pain.code).toEqual({
      system: EMR_LOCAL_SYSTEMS.flowsheetParam,
      code: "PAIN",
      display: null,
    });
    expect(pain.value).toMatchObject({ value: 4, unit: "/10" });
    expect(pain.category).toMatchObject({ code: "vital-signs" });
  });

  it("gives one observation per parameter, ids of set and parameter, newest set first", () => {
    const signs = toVitalSigns([newer, older], null);
    expect(signs.map((s) => s.id)).toEqual([
      "FS-000420007.RESP",
      "FS-000420007.TEMP",
      "FS-000420007.ACVPU",
      "FS-000420003.RESP",
      "FS-000420003.TEMP",
      "FS-000420003.HR",
    ]);
    expect(signs[3]).toMatchObject({ setId: "FS-000420003", effectiveDateTime: older.recordedAt });
  });

  it("keeps the N most recent values per code, not per set", () => {
    const latest = toVitalSigns([newer, older], 1);
    expect(latest.map((s) => s.id)).toEqual([
      "FS-000420007.RESP",
      "FS-000420007.TEMP",
      "FS-000420007.ACVPU",
      "FS-000420003.HR",
    ]);
    expect(toVitalSigns([newer, older], 2)).toHaveLength(6);
  });
});

describe("EMR clinical-note mapping", () => {
  const note = (id: string, noteType: string): ClinicalNoteDocument => ({
    _id: id,
    patNo: 42,
    noteType,
    author: "Nurse R. Okafor",
    createdAt: new Date("2024-06-02T06:30:00Z"),
    body: "Settled overnight.",
    visitNo: 420001,
  });

  it("maps local note types to LOINC document types", () => {
    expect(toClinicalNote(note("CN-1", "PROG")).type).toMatchObject({
      system: LOINC,
      code: "11506-3",
    });
    expect(toClinicalNote(note("CN-2", "NURS")).type).toMatchObject({
      system: LOINC,
      code: "34746-8",
    });
    expect(toClinicalNote(note("CN-3", "DISC")).type).toMatchObject({
      system: LOINC,
      code: "18842-5",
    });
    expect(toClinicalNote(note("CN-4", "ADM")).type).toMatchObject({
      system: LOINC,
      code: "34117-2",
    });
  });

  it("keeps an unmapped note type under the EMR's system with the vendor's label", () => {
    expect(toClinicalNote(note("CN-5", "HOVR")).type).toEqual({
      system: EMR_LOCAL_SYSTEMS.noteType,
      code: "HOVR",
      display: "Nursing shift handover",
    });
    expect(toClinicalNote(note("CN-6", "XYZ")).type).toEqual({
      system: EMR_LOCAL_SYSTEMS.noteType,
      code: "XYZ",
      display: null,
    });
  });

  it("carries text, author, encounter and provenance", () => {
    expect(toClinicalNote(note("CN-7", "NURS"))).toMatchObject({
      id: "CN-7",
      text: "Settled overnight.",
      author: "Nurse R. Okafor",
      encounterId: "420001",
      date: new Date("2024-06-02T06:30:00Z"),
      provenance: {
        system: "EMR",
        table: "clinical_notes",
        recordId: "CN-7",
        value: "NURS",
        time: "2024-06-02T06:30:00.000Z",
      },
    });
  });

  it("keeps the N most recent notes", () => {
    expect(
      toClinicalNotes([note("CN-9", "PROG"), note("CN-8", "NURS")], 1).map((n) => n.id),
    ).toEqual(["CN-9"]);
  });
});
