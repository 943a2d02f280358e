import type { Patient } from "./patient";
import { labsReleasedBy, readPatientRecord, type LabObservation } from "./patient-record";

const COLLECTED = "2026-05-31T08:00:00.000Z";
const RELEASED = "2026-05-31T10:00:00.000Z";
const at = (iso: string) => new Date(iso);

/** A representation as the gateway sends it: JSON, dates as ISO strings. */
function representation(issued: string | null | undefined): Patient {
  return {
    id: "H01-00000042",
    labHistory: [
      {
        id: "L1",
        code: { system: "http://loinc.org", code: "14682-9", display: "Creatinine" },
        value: { value: 150, unit: "umol/L", comparator: null },
        valueText: "150",
        effectiveDateTime: COLLECTED,
        ...(issued === undefined ? {} : { issued }),
      },
    ],
  } as unknown as Patient;
}

const labOf = (issued: string | null | undefined): LabObservation =>
  readPatientRecord(representation(issued)).labs![0];

test("a lab result is timed by its collection and counts from its release", () => {
  const lab = labOf(RELEASED);
  expect(lab.time).toEqual(at(COLLECTED));
  expect(lab.issued).toEqual(at(RELEASED));
});

test("without a release time, or one before collection, a result counts from its collection", () => {
  expect(labOf(null).issued).toEqual(at(COLLECTED));
  expect(labOf(undefined).issued).toEqual(at(COLLECTED));
  expect(labOf("2026-05-31T07:00:00.000Z").issued).toEqual(at(COLLECTED));
});

test("asOf between collection and release does not see the result; from its release on it does", () => {
  const labs = [labOf(RELEASED)];
  expect(labsReleasedBy(labs, at("2026-05-31T07:59:59.999Z"))).toEqual([]);
  expect(labsReleasedBy(labs, at(COLLECTED))).toEqual([]);
  expect(labsReleasedBy(labs, at("2026-05-31T09:59:59.999Z"))).toEqual([]);
  expect(labsReleasedBy(labs, at(RELEASED))).toEqual(labs);
  expect(labsReleasedBy(labs, at("2026-06-01T08:00:00.000Z"))).toEqual(labs);
});
