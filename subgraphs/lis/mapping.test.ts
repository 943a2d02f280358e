import { LOINC_SYSTEM } from "../../clinical/lab-analytes";
import {
  INTERPRETATION_SYSTEM,
  LIS_ITEM_CODE_SYSTEM,
  LisMapping,
  SPECIMEN_TYPE_SYSTEM,
} from "./mapping";
import { lisPatientId, lisPatientIdOf } from "./patient-id";
import type { LabResultRow } from "./source";

const site = { code: "H01", timeZone: "Europe/Berlin" };
const map = new LisMapping(site);

const labResult = (r: LabResultRow) => map.labResults([r])[0];

const row = (overrides: Partial<LabResultRow>): LabResultRow => ({
  RESULT_ID: 420007,
  ORDER_ID: 420005,
  SPECIMEN_ID: 420006,
  PAT_ID: "42",
  ITEM_CODE: "CREA2",
  RESULT_VALUE: "1.2",
  UNIT: "mg/dl",
  REF_RANGE: "0.57-1.13",
  ABN_FLAG: "H",
  RESULT_STATUS: "F",
  COLLECT_TIME: "2026-01-15 08:30:00",
  RESULT_TIME: "2026-01-15 10:05:00",
  ITEM_NAME: "Creatinine (Jaffe, old analyser)",
  LOINC_CODE: "2160-0",
  SPEC_TYPE: "SER",
  ...overrides,
});

describe("LisMapping.labResults", () => {
  test("a conventional result becomes an SI observation coded with the SI form of its LOINC", () => {
    const result = labResult(row({}));
    expect(result).toMatchObject({
      id: "420007",
      status: "final",
      category: { code: "laboratory" },
      code: { system: LOINC_SYSTEM, code: "14682-9", display: "Creatinine" },
      localCode: {
        system: LIS_ITEM_CODE_SYSTEM,
        code: "CREA2",
        display: "Creatinine (Jaffe, old analyser)",
      },
      mapped: true,
      value: { value: 106.1, unit: "umol/L", comparator: null },
      valueText: "1.2",
      valueStatus: "NORMALISED",
      interpretation: { system: INTERPRETATION_SYSTEM, code: "H", display: "High" },
      referenceRange: { text: "0.57-1.13", low: { value: 50.39 }, high: { value: 99.89 } },
      specimen: {
        id: "420006",
        type: { system: SPECIMEN_TYPE_SYSTEM, code: "SER", display: "Serum" },
      },
      orderId: "420005",
      provenance: {
        system: "LIS",
        table: "LAB_RESULT",
        recordId: "420007",
        value: "1.2",
        unit: "mg/dl",
        time: "2026-01-15 08:30:00",
      },
    });
    // Berlin is UTC+1 in January.
    expect(result.effectiveDateTime?.toISOString()).toBe("2026-01-15T07:30:00.000Z");
    expect(result.issued?.toISOString()).toBe("2026-01-15T09:05:00.000Z");
  });

  test("a code the dictionary leaves unmapped is kept under the local code system", () => {
    const result = labResult(
      row({
        ITEM_CODE: "BCULT",
        ITEM_NAME: "Blood culture",
        LOINC_CODE: null,
        RESULT_VALUE: "positive",
        UNIT: null,
        REF_RANGE: null,
        ABN_FLAG: "",
      }),
    );
    expect(result).toMatchObject({
      code: { system: LIS_ITEM_CODE_SYSTEM, code: "BCULT", display: "Blood culture" },
      localCode: { system: LIS_ITEM_CODE_SYSTEM, code: "BCULT" },
      mapped: false,
      value: null,
      valueText: "positive",
      valueStatus: "TEXT",
      interpretation: null,
      referenceRange: null,
    });
  });

  test("a code missing from the dictionary altogether is kept too", () => {
    const result = labResult(
      row({
        ITEM_CODE: "XYZ",
        ITEM_NAME: null,
        LOINC_CODE: null,
        UNIT: "pg/ml",
        RESULT_VALUE: "250",
      }),
    );
    expect(result).toMatchObject({
      code: { code: "XYZ", display: null },
      mapped: false,
      valueStatus: "AS_REPORTED",
      value: { value: 250, unit: "pg/mL" },
    });
  });

  test("a unit nobody listed withholds the value and keeps what was written", () => {
    const result = labResult(row({ UNIT: "mg/100ml" }));
    expect(result).toMatchObject({
      value: null,
      valueText: "1.2",
      valueStatus: "UNKNOWN_UNIT",
      code: { code: "2160-0" },
    });
    expect(result.referenceRange).toEqual({ text: "0.57-1.13", low: null, high: null });
    expect(result.provenance.unit).toBe("mg/100ml");
  });

  test("flags, statuses and specimen types outside the vendor lists are kept, not dropped", () => {
    const result = labResult(row({ ABN_FLAG: "HH", RESULT_STATUS: "X", SPEC_TYPE: "CSF" }));
    expect(result.interpretation).toEqual({
      system: "urn:medfuse:lis:abn-flag",
      code: "HH",
      display: null,
    });
    expect(result.status).toBe("unknown");
    expect(result.specimen?.type).toEqual({
      system: "urn:medfuse:lis:spec-type",
      code: "CSF",
      display: null,
    });
  });
});

describe("LisMapping.nativeLabResultFilter", () => {
  test("either LOINC code of an analyte asks for both; unknown codes pass as given", () => {
    const filter = map.nativeLabResultFilter({
      loinc: ["2160-0", "99999-9", "14682-9"],
      since: null,
      last: null,
    });
    expect([...(filter.loincCodes ?? [])].sort()).toEqual(["14682-9", "2160-0", "99999-9"]);
  });

  test("since becomes the hospital's local wall clock", () => {
    const filter = map.nativeLabResultFilter({
      loinc: null,
      since: new Date("2026-07-01T06:00:00Z"),
      last: 3,
    });
    expect(filter).toEqual({ loincCodes: null, collectedFrom: "2026-07-01 08:00:00", last: 3 });
  });
});

describe("LIS patient ids", () => {
  test("LIS keeps the number unpadded and knows only its own hospital", () => {
    expect(lisPatientId(42)).toBe("42");
    expect(lisPatientIdOf("H01-00000042", site)).toBe("42");
    expect(lisPatientIdOf("H02-00000042", site)).toBeNull();
  });
});
