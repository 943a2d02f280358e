import { cha2ds2Vasc } from "./cha2ds2-vasc";

const dx = (...codes: string[]) =>
  codes.map((code) => ({ code, source: { system: "HIS", id: code } }));

describe("CHA₂DS₂-VASc (CLINICAL.md §7)", () => {
  it("scores the worked example: woman, 78, hypertension, diabetes → 5", () => {
    const result = cha2ds2Vasc({
      sex: "female",
      ageYears: 78,
      diagnoses: dx("I48.0", "I10", "E11.900"),
    });
    expect(result?.score).toBe(5);
    expect(result?.items.map((i) => [i.item, i.points])).toEqual([
      ["hypertension", 1],
      ["age75OrOver", 2],
      ["diabetes", 1],
      ["female", 1],
    ]);
    expect(result?.items[0].evidence).toEqual([{ system: "HIS", id: "I10" }]);
    expect(result?.atrialFibrillation).toEqual([{ system: "HIS", id: "I48.0" }]);
  });

  it("applies only with atrial fibrillation or flutter (I48)", () => {
    expect(cha2ds2Vasc({ sex: "female", ageYears: 78, diagnoses: dx("I10") })).toBeNull();
  });

  it.each([
    [64, 0],
    [65, 1],
    [74, 1],
    [75, 2],
  ])("age %s scores %s", (ageYears, score) => {
    expect(cha2ds2Vasc({ sex: "male", ageYears, diagnoses: dx("I48") })?.score).toBe(score);
  });

  it.each([
    ["I50.9", 1],
    ["I15.0", 1],
    ["E10.1", 1],
    ["I63.9", 2],
    ["I64", 2],
    ["G45.9", 2],
    ["I21.0", 1],
    ["I22.1", 1],
    ["I25.2", 1],
    ["I25.1", 0],
    ["I70.2", 1],
    ["I62.0", 0],
  ])("diagnosis %s scores %s", (code, score) => {
    expect(cha2ds2Vasc({ sex: "male", ageYears: 50, diagnoses: dx("I48.9", code) })?.score).toBe(
      score,
    );
  });

  it("counts an item once however many diagnoses meet it; scores up to 9", () => {
    const all = dx("I48", "I50", "I11", "E11", "E10", "I63", "G45", "I21", "I70");
    const result = cha2ds2Vasc({ sex: "female", ageYears: 80, diagnoses: all });
    expect(result?.score).toBe(9);
    expect(result?.items.find((i) => i.item === "diabetes")?.evidence).toHaveLength(2);
  });
});
