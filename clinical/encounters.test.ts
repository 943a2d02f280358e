import {
  currentOrLastEncounters,
  diagnosesOfCurrentOrLastEncounter,
  type Diagnosis,
  type Encounter,
} from "./encounters";

const asOf = new Date("2026-06-01T08:00:00Z");
const day = (d: number) => new Date(asOf.getTime() + d * 86_400_000);
const encounter = (id: string, start: number, end: number | null): Encounter => ({
  id,
  start: day(start),
  end: end === null ? null : day(end),
});

describe("the current or last encounter", () => {
  it("is every encounter in progress at asOf", () => {
    const admission = encounter("adm", -3, null);
    const emergency = encounter("ed", -3.1, 0.5);
    const old = encounter("old", -40, -39);
    expect(currentOrLastEncounters([old, admission, emergency], asOf)).toEqual([
      admission,
      emergency,
    ]);
  });

  it("else the one that ended last, at or before asOf", () => {
    const older = encounter("older", -40, -39);
    const last = encounter("last", -10, -9);
    const future = encounter("future", 1, 2);
    expect(currentOrLastEncounters([last, older, future], asOf)).toEqual([last]);
    const endedAtAsOf = encounter("now", -1, 0);
    expect(currentOrLastEncounters([last, endedAtAsOf], asOf)).toEqual([endedAtAsOf]);
    const sameEndLaterStart = encounter("short", -9.5, -9);
    expect(currentOrLastEncounters([sameEndLaterStart, last], asOf)).toEqual([sameEndLaterStart]);
    const noStart = { ...last, id: "no-start", start: null };
    expect(currentOrLastEncounters([last, noStart], asOf)).toEqual([last]);
  });

  it("takes an encounter without a recorded start as started", () => {
    const open = { id: "open", start: null, end: null };
    expect(currentOrLastEncounters([open, encounter("last", -10, -9)], asOf)).toEqual([open]);
  });

  it("is nothing before the first encounter", () => {
    expect(currentOrLastEncounters([encounter("future", 1, null)], asOf)).toEqual([]);
  });

  it("holds the diagnoses recorded in it by asOf", () => {
    const diagnosis = (code: string, encounterId: string, d: number): Diagnosis => ({
      code,
      encounterId,
      time: day(d),
      source: { system: "HIS" },
    });
    const found = diagnosesOfCurrentOrLastEncounter(
      [encounter("adm", -3, null), encounter("old", -40, -39)],
      [
        diagnosis("J18.9", "adm", -2),
        diagnosis("N39.0", "old", -40),
        diagnosis("A41.9", "adm", 0.1),
        { ...diagnosis("J12.9", "adm", 0), time: null },
      ],
      asOf,
    );
    expect(found.map((d) => d.code)).toEqual(["J18.9", "J12.9"]);
  });
});
