/** A small hand-made patient record for the fusion unit tests. */
import type { PatientRecord } from "./patient-record";

const t = (iso: string) => new Date(iso);

export function testRecord(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    id: "H01-00000042",
    birthDate: "1960-03-15",
    sex: "female",
    encounters: [
      { id: "E1", kind: "AMB", start: t("2025-01-10T09:00:00Z"), end: t("2025-01-10T10:00:00Z") },
      { id: "E2", kind: "IMP", start: t("2026-05-28T12:00:00Z"), end: null },
    ],
    conditions: [
      {
        id: "D1",
        code: "E11.900",
        display: "Type 2 diabetes",
        encounterId: "E1",
        time: t("2025-01-10T09:30:00Z"),
      },
      {
        id: "D2",
        code: "J18.9",
        display: "Pneumonia",
        encounterId: "E2",
        time: t("2026-05-28T13:00:00Z"),
      },
    ],
    medications: [
      {
        id: "M1",
        atc: "A10BA02",
        display: "Metformin",
        start: t("2025-01-10T10:00:00Z"),
        end: null,
      },
      {
        id: "M2",
        atc: "J01CR02",
        display: "Amoxiclav",
        start: t("2026-05-28T14:00:00Z"),
        end: t("2026-05-30T14:00:00Z"),
      },
    ],
    labs: [
      {
        id: "L1",
        time: t("2026-05-20T08:00:00Z"),
        issued: t("2026-05-20T09:00:00Z"),
        loinc: "14682-9",
        display: "Creatinine",
        value: 90,
        unit: "umol/L",
        comparator: null,
        text: "90",
      },
      {
        id: "L2",
        time: t("2026-05-31T08:00:00Z"),
        issued: t("2026-05-31T09:30:00Z"),
        loinc: "14682-9",
        display: "Creatinine",
        value: 150,
        unit: "umol/L",
        comparator: null,
        text: "1.697",
      },
      {
        id: "L3",
        time: t("2026-06-02T08:00:00Z"),
        issued: t("2026-06-02T09:00:00Z"),
        loinc: "14682-9",
        display: "Creatinine",
        value: 300,
        unit: "umol/L",
        comparator: null,
        text: "300",
      },
      {
        id: "L4",
        time: t("2026-05-31T08:00:00Z"),
        issued: t("2026-05-31T10:00:00Z"),
        loinc: "67151-1",
        display: "Troponin T",
        value: 10,
        unit: "ng/L",
        comparator: "<",
        text: "<0.01",
      },
      {
        id: "L5",
        time: t("2026-05-31T08:00:00Z"),
        issued: t("2026-06-01T07:00:00Z"),
        loinc: "BCULT",
        display: "Blood culture",
        value: null,
        unit: null,
        comparator: null,
        text: "positive",
      },
    ],
    vitals: [
      {
        id: "V1.WT",
        setId: "V1",
        time: t("2026-05-01T08:00:00Z"),
        code: "29463-7",
        display: "Weight",
        value: 64,
        unit: "kg",
        valueCode: null,
        spo2Scale2: null,
      },
      {
        id: "V1.HT",
        setId: "V1",
        time: t("2026-05-01T08:00:00Z"),
        code: "8302-2",
        display: "Height",
        value: 160,
        unit: "cm",
        valueCode: null,
        spo2Scale2: null,
      },
      {
        id: "V2.HR",
        setId: "V2",
        time: t("2026-05-31T20:00:00Z"),
        code: "8867-4",
        display: "Heart rate",
        value: 96,
        unit: "/min",
        valueCode: null,
        spo2Scale2: null,
      },
    ],
    notes: [
      { id: "N1", type: "11506-3", display: "Progress note", time: t("2026-05-29T09:00:00Z") },
    ],
    studies: [
      {
        uid: "1.2.3",
        accessionNumber: "ACC1",
        time: t("2026-05-29T10:00:00Z"),
        modalities: ["CR"],
        description: "Chest X-ray",
      },
    ],
    reports: [
      {
        id: "R1",
        status: "final",
        accessionNumber: "ACC1",
        modality: "CR",
        requestedAt: t("2026-05-29T09:30:00Z"),
        issued: t("2026-05-29T12:00:00Z"),
        conclusion: "Right lower lobe pneumonia.",
        recordId: "55",
        table: "RIS_REPORT",
      },
    ],
    ...overrides,
  };
}

export const AS_OF = new Date("2026-06-01T08:00:00Z");
