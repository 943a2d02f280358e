/**
 * The unit spellings this hospital's analysers write, and the UCUM code each one means.
 * Matching is exact (after trimming): UCUM is case-sensitive, and a spelling nobody has listed
 * here is reported as unknown rather than guessed. A site adds its analysers' spellings here.
 */

const SPELLINGS: ReadonlyArray<readonly [ucum: string, spellings: readonly string[]]> = [
  // U+00B5 micro sign and U+03BC Greek mu both reach us from analysers.
  ["umol/L", ["umol/L", "umol/l", "µmol/L", "µmol/l", "μmol/L", "μmol/l"]],
  ["mmol/L", ["mmol/L", "mmol/l"]],
  ["mmol/mol", ["mmol/mol"]],
  ["mg/dL", ["mg/dL", "mg/dl", "mg%"]],
  ["mg/L", ["mg/L", "mg/l"]],
  ["g/dL", ["g/dL", "g/dl"]],
  ["g/L", ["g/L", "g/l"]],
  ["meq/L", ["meq/L", "mEq/L", "mEq/l", "meq/l"]],
  ["10*9/L", ["10*9/L", "x10^9/L", "x10^9/l", "10^9/L", "G/L"]],
  ["10*3/uL", ["10*3/uL", "x10^3/uL", "x10^3/µL", "10^3/µL", "K/uL"]],
  ["U/L", ["U/L", "U/l"]],
  ["ng/mL", ["ng/mL", "ng/ml"]],
  ["ng/L", ["ng/L", "ng/l"]],
  ["ug/L", ["ug/L", "µg/L", "µg/l"]],
  ["pg/mL", ["pg/mL", "pg/ml"]],
  ["m[IU]/L", ["m[IU]/L", "mIU/L", "mIU/l"]],
  ["%", ["%"]],
  ["{INR}", ["{INR}", "INR"]],
];

const UCUM_BY_SPELLING = new Map<string, string>(
  SPELLINGS.flatMap(([ucum, spellings]) => spellings.map((s) => [s, ucum] as const)),
);

/** The UCUM code a written unit means, or null when the spelling is not known. */
export function ucumOf(written: string | null | undefined): string | null {
  if (!written) return null;
  return UCUM_BY_SPELLING.get(written.trim()) ?? null;
}
