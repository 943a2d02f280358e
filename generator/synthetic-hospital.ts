/**
 * The synthetic hospital as clinical truth, before any system writes it down. The generator
 * builds one of these from a seed and an anchor time; each system's native writer then records
 * its share in that system's own legacy form (identifiers, codes, units, clocks).
 * All times are JavaScript Dates (instants); writers turn them into each system's clock.
 */
import type { AnalyteKey } from "../clinical/lab-analytes";
import type { Acvpu } from "../clinical/vital-signs";
import type { HospitalSite } from "../subgraphs/subgraph";

export interface SyntheticHospital {
  readonly site: HospitalSite;
  readonly seed: number;
  /** The hospital's "now": every recorded event is at or before it. */
  readonly anchor: Date;
  readonly patients: SyntheticPatient[];
}

/** Clinical stories the generator plants so every fused field has true positives and negatives. */
export type ClinicalProfile =
  | "healthy"
  | "diabetic"
  | "ckd"
  | "aki"
  | "hyperkalaemia"
  | "anticoagulated"
  | "deteriorating"
  | "septic"
  | "chestImaging";

export interface SyntheticPatient {
  /** HIS patient number; every system's native identifier derives from it. */
  readonly number: number;
  readonly family: string;
  readonly given: string;
  readonly sex: "male" | "female";
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly profiles: ClinicalProfile[];
  readonly encounters: SyntheticEncounter[];
  readonly diagnoses: SyntheticDiagnosis[];
  readonly medications: SyntheticMedication[];
  readonly allergies: SyntheticAllergy[];
  readonly labs: SyntheticLabResult[];
  readonly vitals: SyntheticVitalSigns[];
  readonly notes: SyntheticNote[];
  readonly imaging: SyntheticImagingExam[];
}

export interface SyntheticEncounter {
  readonly id: number;
  /** FHIR Encounter class: inpatient, ambulatory, emergency. */
  readonly kind: "IMP" | "AMB" | "EMER";
  readonly department: { readonly code: string; readonly name: string };
  readonly start: Date;
  /** null while the patient is still admitted. */
  readonly end: Date | null;
}

export interface SyntheticDiagnosis {
  readonly id: number;
  readonly encounterId: number;
  /** ICD-10, sometimes with a local extension such as `E11.900`. */
  readonly icd10: string;
  readonly display: string;
  readonly recordedAt: Date;
}

export interface SyntheticMedication {
  readonly id: number;
  readonly encounterId: number;
  readonly atc: string;
  readonly name: string;
  readonly dose: string;
  readonly route: "PO" | "IV" | "SC";
  readonly start: Date;
  /** null while the order is active. */
  readonly end: Date | null;
}

export interface SyntheticAllergy {
  readonly id: number;
  readonly substance: string;
  readonly reaction: string;
  readonly severity: "mild" | "moderate" | "severe";
  readonly recordedAt: Date;
}

export interface SyntheticLabResult {
  readonly id: number;
  /** Results ordered together share an order and a specimen. */
  readonly orderId: number;
  readonly specimenId: number;
  readonly specimenType: "blood" | "serum" | "plasma" | "urine";
  /** A numeric analyte of CLINICAL.md's table, or a local qualitative test the dictionary lacks. */
  readonly analyte: AnalyteKey | QualitativeTest;
  /** Numeric results in the analyte's SI unit; qualitative results as text ("positive"). */
  readonly value: number | string;
  /** Set when the analyser reported a bound ("<0.01") rather than a value. */
  readonly comparator?: "<" | ">";
  /** Older analysers report in conventional units; the LIS writes what the analyser sent. */
  readonly reportedIn: "SI" | "conventional";
  readonly collectedAt: Date;
  readonly resultedAt: Date;
}

/** Local tests with coded results and no LOINC mapping in the LIS dictionary. */
export type QualitativeTest = "bloodCulture" | "urineDipstickNitrite" | "sarsCov2Pcr";

/** One flowsheet row: a set of observations taken together. Missing parameters are undefined. */
export interface SyntheticVitalSigns {
  readonly id: number;
  readonly takenAt: Date;
  readonly respiratoryRate?: number;
  readonly oxygenSaturation?: number;
  readonly onOxygen?: boolean;
  /** Set for patients with a prescribed 88–92 % target (NEWS2 SpO2 scale 2). */
  readonly spo2Scale2?: boolean;
  readonly systolic?: number;
  readonly diastolic?: number;
  readonly heartRate?: number;
  readonly consciousness?: Acvpu;
  readonly temperature?: number;
  readonly weight?: number;
  readonly height?: number;
}

export interface SyntheticNote {
  readonly id: number;
  readonly encounterId: number;
  readonly kind: "progress" | "nursing" | "discharge" | "admission";
  readonly author: string;
  readonly authoredAt: Date;
  readonly text: string;
}

/** A radiology exam: requested in RIS, performed in PACS (when performed), reported in RIS. */
export interface SyntheticImagingExam {
  /** RIS request id. */
  readonly requestId: number;
  /** The only link between RIS and PACS. */
  readonly accession: string;
  readonly modality: "CT" | "CR" | "MR" | "US";
  readonly bodyPart: string;
  readonly description: string;
  readonly requestedAt: Date;
  readonly reason: string;
  /** null when requested but not yet performed. */
  readonly study: SyntheticImagingStudy | null;
  /** null until a radiologist reports it. */
  readonly report: SyntheticRadiologyReport | null;
}

export interface SyntheticImagingStudy {
  readonly studyUid: string;
  readonly performedAt: Date;
  readonly series: ReadonlyArray<{
    readonly seriesUid: string;
    readonly number: number;
    readonly modality: string;
    readonly description: string;
    readonly instanceUids: readonly string[];
  }>;
}

export interface SyntheticRadiologyReport {
  readonly id: number;
  readonly status: "preliminary" | "final";
  readonly radiologist: string;
  readonly reportedAt: Date;
  readonly findings: string;
  readonly impression: string;
}
