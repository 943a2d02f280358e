import { assess, type AssessmentItem, type ConcernSource } from "./assessment";
import { drugLabAssessmentItems, drugLabRules } from "./drug-lab-rules";
import { kidneyAssessment, kidneyAssessmentItems } from "./kidney";
import { DAY_MS, HOUR_MS } from "./measurement";
import { news2, news2AssessmentItems } from "./news2";
import { radiologyAssessmentItems, radiologyFindings } from "./radiology-findings";
import { sepsisAssessmentItems, sepsisScreen } from "./sepsis";
import type { VitalObservation } from "./vital-signs";

interface Ref {
  system: string;
  id: string;
}
const ref = (system: string, id = system): Ref => ({ system, id });
const item = (
  concern: AssessmentItem["concern"],
  level: AssessmentItem["level"],
  ...evidence: Ref[]
): AssessmentItem<Ref> => ({ concern, level, summary: `${concern} ${level}`, evidence });
const source = (
  concern: ConcernSource["concern"],
  system: string,
  status: ConcernSource["status"],
): ConcernSource => ({ concern, system, status });

describe("the Medfuse assessment rule (CLINICAL.md §9)", () => {
  it("takes the highest item level per concern and overall", () => {
    const result = assess({
      items: [item("kidney", "low", ref("LIS")), item("kidney", "medium", ref("LIS"))],
      sources: [source("kidney", "LIS", "data")],
    });
    expect(result.priority).toBe("medium");
    expect(result.concerns).toHaveLength(1);
    expect(result.concerns[0]).toMatchObject({ concern: "kidney", level: "medium" });
    expect(result.concerns[0].items).toHaveLength(2);
  });

  it("names supporting, contradicting and unavailable systems", () => {
    const result = assess({
      items: [
        item("sepsis", "high", ref("EMR", "rr"), ref("HIS", "dx"), ref("EMR", "sbp")),
        item("sepsis", "none", ref("LIS", "wbc")),
      ],
      sources: [
        source("sepsis", "HIS", "data"),
        source("sepsis", "LIS", "data"),
        source("sepsis", "EMR", "data"),
        source("sepsis", "RIS", "noData"),
        source("sepsis", "PACS", "failed"),
      ],
    });
    expect(result.concerns[0]).toMatchObject({
      level: "high",
      supportingSystems: ["EMR", "HIS"],
      contradictingSystems: ["LIS"],
      unavailableSystems: ["PACS", "RIS"],
    });
  });

  it("counts evidence of items at low as support, not at none", () => {
    const result = assess({
      items: [
        item("imagingFinding", "low", ref("RIS")),
        item("imagingFinding", "none", ref("PACS")),
      ],
      sources: [source("imagingFinding", "RIS", "data"), source("imagingFinding", "PACS", "data")],
    });
    expect(result.concerns[0]).toMatchObject({
      supportingSystems: ["RIS"],
      contradictingSystems: ["PACS"],
    });
  });

  it("treats a system with data and no items as contradicting, none level", () => {
    const result = assess({ items: [], sources: [source("medicationSafety", "HIS", "data")] });
    expect(result).toEqual({
      priority: "none",
      concerns: [
        {
          concern: "medicationSafety",
          level: "none",
          items: [],
          supportingSystems: [],
          contradictingSystems: ["HIS"],
          unavailableSystems: [],
        },
      ],
    });
  });

  it("treats a system listed as failed as unavailable even if also listed with data", () => {
    const result = assess({
      items: [],
      sources: [source("kidney", "LIS", "data"), source("kidney", "LIS", "failed")],
    });
    expect(result.concerns[0]).toMatchObject({
      contradictingSystems: [],
      unavailableSystems: ["LIS"],
    });
  });

  it("lists concerns in a fixed order, each once, and nothing for no input", () => {
    const result = assess({
      items: [item("imagingFinding", "low", ref("RIS")), item("deterioration", "none", ref("EMR"))],
      sources: [source("kidney", "LIS", "noData"), source("sepsis", "EMR", "data")],
    });
    expect(result.concerns.map((c) => c.concern)).toEqual([
      "deterioration",
      "sepsis",
      "kidney",
      "imagingFinding",
    ]);
    expect(assess({ items: [], sources: [] })).toEqual({ priority: "none", concerns: [] });
  });
});

describe("assessing a septic patient from every assessment", () => {
  const asOf = new Date("2026-06-01T08:00:00Z");
  const ago = (ms: number) => new Date(asOf.getTime() - ms);
  const t = ago(HOUR_MS);
  const emr = (id: string) => ref("EMR", id);
  const vitals: VitalObservation<Ref>[] = [
    { parameter: "respiratoryRate", time: t, value: 26, source: emr("rr") },
    { parameter: "oxygenSaturation", time: t, value: 92, scale2: false, source: emr("spo2") },
    { parameter: "airOrOxygen", time: t, value: "oxygen", source: emr("o2") },
    { parameter: "systolic", time: t, value: 92, source: emr("sbp") },
    { parameter: "heartRate", time: t, value: 118, source: emr("hr") },
    { parameter: "consciousness", time: t, value: "V", source: emr("acvpu") },
    { parameter: "temperature", time: t, value: 39.2, source: emr("temp") },
  ];
  const lab = (id: string, value: number, ms = 4 * HOUR_MS) => ({
    value,
    time: ago(ms),
    source: ref("LIS", id),
  });
  const creatinine = [lab("crea-base", 80, 3 * DAY_MS), lab("crea-now", 130)];
  const amoxiclav = {
    atc: "J01CR02",
    name: "Amoxicillin/clavulanic acid",
    start: ago(DAY_MS),
    end: null,
    source: ref("HIS", "amoxiclav"),
  };
  const ibuprofen = { ...amoxiclav, atc: "M01AE01", name: "Ibuprofen", source: ref("HIS", "ibu") };
  const kidney = kidneyAssessment({
    asOf,
    creatinine,
    sex: "female",
    birthDate: "1950-03-01",
    timeZone: "UTC",
  });

  it("fuses the items into one explainable priority", () => {
    const items = [
      ...news2AssessmentItems(news2(vitals, asOf)),
      ...sepsisAssessmentItems(
        sepsisScreen({
          asOf,
          vitalSigns: vitals,
          wbc: [lab("wbc", 17)],
          lactate: [lab("lactate", 3.4)],
          encounters: [{ id: "adm", start: ago(2 * DAY_MS), end: null }],
          diagnoses: [
            { code: "J18.9", encounterId: "adm", time: ago(DAY_MS), source: ref("HIS", "dx") },
          ],
          orders: [amoxiclav],
        }),
      ),
      ...kidneyAssessmentItems(kidney),
      ...drugLabAssessmentItems(
        drugLabRules({ asOf, orders: [amoxiclav, ibuprofen], potassium: [], inr: [], kidney }),
      ),
      ...radiologyAssessmentItems(
        radiologyFindings([
          {
            accessionNumber: "ACC1",
            impression: "Right lower lobe pneumonia. No pneumothorax.",
            source: ref("RIS", "report"),
            study: ref("PACS", "study"),
          },
        ]),
      ),
    ];
    const sources = [
      source("deterioration", "EMR", "data"),
      ...(["EMR", "LIS", "HIS"] as const).map((s) => source("sepsis", s, "data")),
      source("kidney", "LIS", "data"),
      source("medicationSafety", "HIS", "data"),
      source("medicationSafety", "LIS", "data"),
      source("imagingFinding", "RIS", "data"),
      source("imagingFinding", "PACS", "failed"),
    ];
    const result = assess({ items, sources });
    expect(result.priority).toBe("high");
    expect(
      result.concerns.map((c) => [
        c.concern,
        c.level,
        c.supportingSystems,
        c.contradictingSystems,
        c.unavailableSystems,
      ]),
    ).toEqual([
      ["deterioration", "high", ["EMR"], [], []],
      ["sepsis", "high", ["EMR", "HIS", "LIS"], [], []],
      ["kidney", "medium", ["LIS"], [], []],
      ["medicationSafety", "high", ["HIS", "LIS"], [], []],
      ["imagingFinding", "medium", ["PACS", "RIS"], [], ["PACS"]],
    ]);
    expect(result.concerns.flatMap((c) => c.items.map((i) => i.summary))).toEqual([
      "NEWS2 16, a single parameter scoring 3",
      "Sepsis screen positive: qSOFA 3, suspected infection, lactate 3.4 mmol/L",
      "eGFR 36.8 mL/min/1.73 m² (G3b)",
      "AKI stage 1: creatinine 1.63 × baseline",
      "Ibuprofen with AKI stage 1",
      "Pneumonia (accession ACC1)",
    ]);
  });
});
