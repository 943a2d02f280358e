/**
 * The one scale every Medfuse assessment speaks (CLINICAL.md section 9): none < low < medium <
 * high. Every comparison of levels goes through this file, so the order is written once.
 */

export const RISK_LEVELS = ["none", "low", "medium", "high"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Position on the scale: none 0, low 1, medium 2, high 3. */
export function riskLevelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Negative, zero or positive as `a` is below, equal to or above `b`; sorts ascending. */
export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return riskLevelRank(a) - riskLevelRank(b);
}

/** Whether `level` is `threshold` or above. */
export function isAtLeast(level: RiskLevel, threshold: RiskLevel): boolean {
  return compareRiskLevels(level, threshold) >= 0;
}

/** The highest of the levels; none when there are none. */
export function highestRiskLevel(levels: Iterable<RiskLevel>): RiskLevel {
  let highest: RiskLevel = "none";
  for (const level of levels) if (compareRiskLevels(level, highest) > 0) highest = level;
  return highest;
}
