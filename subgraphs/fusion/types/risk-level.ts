import { registerEnumType } from "type-graphql";

/** Medfuse levels, ordered none < low < medium < high (CLINICAL.md). */
export enum RiskLevelValue {
  none = "none",
  low = "low",
  medium = "medium",
  high = "high",
}
registerEnumType(RiskLevelValue, {
  name: "RiskLevel",
  description: "Ordered none < low < medium < high.",
});
