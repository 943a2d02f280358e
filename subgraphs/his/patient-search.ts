/** Turns the client's patient filter and page into a native HIS search, refusing what cannot be. */
import { badUserInput } from "../shared/errors";
import { hisPatientId } from "./patient-id";
import type { NativePatientSearch } from "./source";
import { AdministrativeGender } from "../shared/administrative-gender";
import type { PatientFilter } from "./types/patient-filter";

export const MAX_PAGE_SIZE = 1000;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ICD10_PREFIX = /^[A-Z][0-9A-Z.]{0,15}$/i;

export function encodeCursor(patientId: string): string {
  return Buffer.from(`patient:${patientId}`).toString("base64url");
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const match = /^patient:(\d{1,12})$/.exec(decoded);
  if (!match) throw badUserInput("`after` is not a cursor this API returned", "after");
  return hisPatientId(Number(match[1]));
}

function nativeDate(value: string | undefined, argumentName: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput(`${argumentName} must be a date YYYY-MM-DD`, argumentName);
  }
  return value.replace(/-/g, "");
}

const SEX_CODE: Partial<Record<AdministrativeGender, string>> = {
  [AdministrativeGender.male]: "1",
  [AdministrativeGender.female]: "2",
  [AdministrativeGender.unknown]: "9",
};

export function nativePatientSearch(
  first: number,
  after: string | undefined,
  filter: PatientFilter = {},
): NativePatientSearch {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, "first");
  }
  const birthDateFrom = nativeDate(filter.birthDateFrom, "filter.birthDateFrom");
  const birthDateTo = nativeDate(filter.birthDateTo, "filter.birthDateTo");
  if (birthDateFrom && birthDateTo && birthDateFrom > birthDateTo) {
    throw badUserInput(
      "filter.birthDateFrom is after filter.birthDateTo: no patient can match",
      "filter",
    );
  }
  if (filter.diagnosisCode && !ICD10_PREFIX.test(filter.diagnosisCode)) {
    throw badUserInput(
      "filter.diagnosisCode must be an ICD-10 code or prefix, e.g. E11",
      "filter.diagnosisCode",
    );
  }
  if (filter.name !== undefined && filter.name !== null && filter.name.trim().length === 0) {
    throw badUserInput("filter.name must not be empty", "filter.name");
  }
  return {
    nameContains: filter.name?.trim(),
    // `other` has no HIS code: nobody can match it, so search for a code HIS never writes.
    sexCode: filter.sex ? (SEX_CODE[filter.sex] ?? "-") : undefined,
    birthDateFrom,
    birthDateTo,
    diagnosisCodePrefix: filter.diagnosisCode,
    afterPatientId: after ? decodeCursor(after) : undefined,
    limit: first + 1,
  };
}
