import { ageInYears } from "./age";

describe("age in whole years", () => {
  it("turns on the birthday, on the hospital's calendar", () => {
    const at = new Date("2026-06-01T08:00:00Z");
    expect(ageInYears("1956-06-01", at, "Europe/Berlin")).toBe(70);
    expect(ageInYears("1956-06-02", at, "Europe/Berlin")).toBe(69);
    // 23:30 UTC on 31 May is already 1 June in Berlin.
    const lateEvening = new Date("2026-05-31T23:30:00Z");
    expect(ageInYears("1956-06-01", lateEvening, "Europe/Berlin")).toBe(70);
    expect(ageInYears("1956-06-01", lateEvening, "UTC")).toBe(69);
  });

  it("completes a year born on 29 February on 28 February of a common year", () => {
    const onThe28th = new Date("2027-02-28T12:00:00Z");
    expect(ageInYears("2000-02-29", onThe28th, "UTC")).toBe(27);
    expect(ageInYears("2000-02-29", new Date("2027-02-27T12:00:00Z"), "UTC")).toBe(26);
    expect(ageInYears("2000-02-29", new Date("2028-02-28T12:00:00Z"), "UTC")).toBe(27);
    expect(ageInYears("2000-02-29", new Date("2028-02-29T12:00:00Z"), "UTC")).toBe(28);
  });
});
