import { registerEnumType } from "type-graphql";

/** FHIR R4 AdministrativeGender; HIS codes 1/2/9 map onto it. */
export enum AdministrativeGender {
  male = "male",
  female = "female",
  other = "other",
  unknown = "unknown",
}

registerEnumType(AdministrativeGender, {
  name: "AdministrativeGender",
  description: "FHIR R4 administrative gender.",
});
