import { registerEnumType } from "type-graphql";

/** FHIR MedicationRequest statuses that legacy order states map to. */
export enum MedicationRequestStatus {
  active = "active",
  stopped = "stopped",
  completed = "completed",
}

registerEnumType(MedicationRequestStatus, { name: "MedicationRequestStatus" });
