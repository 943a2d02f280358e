import type { LabHistoryEntry, VitalSignHistoryEntry } from "../shared/fusion-history";
import type { Patient } from "./patient";
import { labsReleasedBy, readPatientRecord, type LabObservation } from "./patient-record";

const COLLECTED = "2026-05-31T08:00:00.000Z";
const RELEASED = "2026-05-31T10:00:00.000Z";
const at = (iso: string) => new Date(iso);

/** A representation as the gateway sends it: JSON, the lab history's instants in epoch ms. */
function representation(issued: string | null): Patient {
  const entry: LabHistoryEntry = {
    id: "L1",
    code: "14682-9",
    display: "Creatinine",
    value: 150,
    unit: "umol/L",
    comparator: null,
    text: "150",
    collected: Date.parse(COLLECTED),
    issued: issued === null ? null : Date.parse(issued),
  };
  return JSON.parse(JSON.stringify({ id: "H01-00000042", labHistory: [entry] })) as Patient;
}

const labOf = (issued: string | null): LabObservation =>
  readPatientRecord(representation(issued)).labs![0];

test("a lab result is timed by its collection and counts from its release", () => {
  const lab = labOf(RELEASED);
  expect(lab.time).toEqual(at(COLLECTED));
  expect(lab.issued).toEqual(at(RELEASED));
});

test("without a release time, or one before collection, a result counts from its collection", () => {
  expect(labOf(null).issued).toEqual(at(COLLECTED));
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

test("a lab result without a collection time is dropped; vital signs keep their set and time", () => {
  const vital: VitalSignHistoryEntry = {
    id: "V1",
    setId: "S1",
    code: "59408-5",
    display: "Oxygen saturation by pulse oximetry",
    value: 91,
    unit: "%",
    valueCode: null,
    spo2Scale2: true,
    time: Date.parse(COLLECTED),
  };
  const record = readPatientRecord({
    ...representation(RELEASED),
    labHistory: [{ ...representation(RELEASED).labHistory![0], collected: null }],
    vitalSignHistory: [vital],
  } as Patient);
  expect(record.labs).toEqual([]);
  expect(record.vitals).toEqual([{ ...vital, time: at(COLLECTED) }]);
});
