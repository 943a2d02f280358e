import { ICD10_SYSTEM } from "../../clinical/comorbidities";
import { Coding } from "../shared/coding";
import { diagnosisCoding, HIS_DIAGNOSIS_SYSTEM } from "./mapping";

test("diagnosis codes become WHO ICD-10; what is no ICD-10 stays local, never dropped", () => {
  expect(diagnosisCoding("E11.900", "Type 2 diabetes")).toEqual(
    new Coding(ICD10_SYSTEM, "E11.9", "Type 2 diabetes"),
  );
  expect(diagnosisCoding("i10", null)).toEqual(new Coding(ICD10_SYSTEM, "I10", null));
  expect(diagnosisCoding("N1830", null).code).toBe("N18.3");
  expect(diagnosisCoding("LOCAL-17", "House code")).toEqual(
    new Coding(HIS_DIAGNOSIS_SYSTEM, "LOCAL-17", "House code"),
  );
});
