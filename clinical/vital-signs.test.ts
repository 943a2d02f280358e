import { HOUR_MS } from "./measurement";
import { latestVitalSigns, VITAL_SIGNS, type VitalObservation } from "./vital-signs";

describe("vital-sign codes (CLINICAL.md §6)", () => {
  it("use the LOINC codes and UCUM units of the table", () => {
    expect(
      Object.fromEntries(Object.entries(VITAL_SIGNS).map(([k, v]) => [k, `${v.loinc} ${v.unit}`])),
    ).toEqual({
      respiratoryRate: "9279-1 /min",
      heartRate: "8867-4 /min",
      oxygenSaturation: "59408-5 %",
      systolic: "8480-6 mm[Hg]",
      diastolic: "8462-4 mm[Hg]",
      temperature: "8310-5 Cel",
      weight: "29463-7 kg",
      height: "8302-2 cm",
      bmi: "39156-5 kg/m2",
      gcsTotal: "9269-2 {score}",
      oxygenFlow: "3151-8 L/min",
    });
  });
});

describe("latest vital signs (Medfuse 24-hour rule)", () => {
  const asOf = new Date("2026-06-01T08:00:00Z");
  const rate = (value: number, msBefore: number, id = String(value)): VitalObservation => ({
    parameter: "respiratoryRate",
    value,
    time: new Date(asOf.getTime() - msBefore),
    source: { system: "EMR", id } as { system: string },
  });

  it("keep per parameter the most recent within 24 hours up to asOf", () => {
    const latest = latestVitalSigns(
      [rate(18, 3 * HOUR_MS), rate(22, HOUR_MS), rate(30, -1), rate(12, 24 * HOUR_MS + 1)],
      asOf,
    );
    expect(latest.respiratoryRate?.value).toBe(22);
    expect(latest.heartRate).toBeUndefined();
    expect(latestVitalSigns([rate(12, 24 * HOUR_MS)], asOf).respiratoryRate?.value).toBe(12);
    expect(latestVitalSigns([rate(12, 24 * HOUR_MS + 1)], asOf)).toEqual({});
  });

  it("keep the one given last of equal times", () => {
    const latest = latestVitalSigns([rate(18, HOUR_MS, "a"), rate(20, HOUR_MS, "b")], asOf);
    expect(latest.respiratoryRate?.value).toBe(20);
  });
});
