import { activeOrdersOf, medicationClassesOf, type MedicationOrder } from "./medication-classes";

describe("medication classes by ATC (CLINICAL.md §4)", () => {
  it.each([
    ["A10BA02", ["metformin"]],
    ["C09AA02", ["aceInhibitor"]],
    ["C09BA02", ["aceInhibitor"]],
    ["C09CA01", ["angiotensinReceptorBlocker"]],
    ["C09DA01", ["angiotensinReceptorBlocker"]],
    ["C03DA01", ["mineralocorticoidAntagonist"]],
    ["C03DA04", ["mineralocorticoidAntagonist"]],
    ["B01AA03", ["warfarin"]],
    ["M01AE01", ["nsaid"]],
    ["J01GB03", ["aminoglycoside", "antibiotic"]],
    ["J01CR02", ["antibiotic"]],
    ["A10BB01", []],
    ["B01AA07", []],
  ])("%s is %j", (atc, classes) => {
    expect(medicationClassesOf(atc)).toEqual(classes);
  });
});

describe("active orders", () => {
  const asOf = new Date("2026-06-01T08:00:00Z");
  const order = (atc: string, start: string, end: string | null): MedicationOrder => ({
    atc,
    name: atc,
    start: new Date(start),
    end: end === null ? null : new Date(end),
    source: { system: "HIS" },
  });

  it("keep orders of the class running at asOf", () => {
    const running = order("C09AA02", "2026-01-01T00:00:00Z", null);
    const endsLater = order("C09CA01", "2026-01-01T00:00:00Z", "2026-06-02T00:00:00Z");
    const endedAtAsOf = order("C09AA02", "2026-01-01T00:00:00Z", "2026-06-01T08:00:00Z");
    const notStarted = order("C09AA02", "2026-06-01T08:00:01Z", null);
    const otherClass = order("A10BA02", "2026-01-01T00:00:00Z", null);
    const orders = [running, endsLater, endedAtAsOf, notStarted, otherClass];
    expect(activeOrdersOf(orders, "aceInhibitor", asOf)).toEqual([running]);
    expect(activeOrdersOf(orders, "angiotensinReceptorBlocker", asOf)).toEqual([endsLater]);
  });
});

describe("active orders of several classes", () => {
  it("keep an order of any of them once", () => {
    const asOf = new Date("2026-06-01T08:00:00Z");
    const start = new Date("2026-05-01T00:00:00Z");
    const gentamicin: MedicationOrder = {
      atc: "J01GB03",
      name: "Gentamicin",
      start,
      end: null,
      source: { system: "HIS" },
    };
    const ibuprofen = { ...gentamicin, atc: "M01AE01", name: "Ibuprofen" };
    const both = activeOrdersOf(
      [gentamicin, ibuprofen],
      ["nsaid", "aminoglycoside", "antibiotic"],
      asOf,
    );
    expect(both).toEqual([gentamicin, ibuprofen]);
  });
});
