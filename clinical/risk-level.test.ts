import {
  compareRiskLevels,
  highestRiskLevel,
  isAtLeast,
  RISK_LEVELS,
  riskLevelRank,
} from "./risk-level";

describe("risk levels", () => {
  it("order none < low < medium < high", () => {
    expect(RISK_LEVELS.map(riskLevelRank)).toEqual([0, 1, 2, 3]);
    expect([...RISK_LEVELS].reverse().sort(compareRiskLevels)).toEqual(RISK_LEVELS);
  });

  it("compare against a threshold", () => {
    expect(isAtLeast("low", "low")).toBe(true);
    expect(isAtLeast("high", "low")).toBe(true);
    expect(isAtLeast("none", "low")).toBe(false);
  });

  it("take the highest, none for nothing", () => {
    expect(highestRiskLevel([])).toBe("none");
    expect(highestRiskLevel(["low", "high", "medium"])).toBe("high");
    expect(highestRiskLevel(["none", "low"])).toBe("low");
  });
});
