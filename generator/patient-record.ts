/**
 * Accumulates one synthetic patient's records. Record ids derive from the patient number so a
 * patient keeps its ids whatever else the hospital holds.
 */
import type { AnalyteKey } from "../clinical/lab-analytes";
import {
  DEPARTMENTS,
  DIAGNOSES,
  DRUGS,
  EXAMS,
  REPORTS,
  RADIOLOGISTS,
  CLINICIANS,
} from "./catalogue";
import type { DrugKey, ExamKey, ReportKey } from "./catalogue";
import { HOUR, type PatientRandom } from "./patient-random";
import type {
  ClinicalProfile,
  QualitativeTest,
  SyntheticAllergy,
  SyntheticDiagnosis,
  SyntheticEncounter,
  SyntheticImagingExam,
  SyntheticLabResult,
  SyntheticMedication,
  SyntheticNote,
  SyntheticPatient,
  SyntheticVitalSigns,
} from "./synthetic-hospital";

/** Room for this many records of each kind per patient before ids would collide. */
const IDS_PER_PATIENT = 10_000;

export class PatientRecord {
  readonly encounters: SyntheticEncounter[] = [];
  readonly diagnoses: SyntheticDiagnosis[] = [];
  readonly medications: SyntheticMedication[] = [];
  readonly allergies: SyntheticAllergy[] = [];
  readonly labs: SyntheticLabResult[] = [];
  readonly vitals: SyntheticVitalSigns[] = [];
  readonly notes: SyntheticNote[] = [];
  readonly imaging: SyntheticImagingExam[] = [];
  private sequence = 0;

  constructor(
    readonly number: number,
    readonly rng: PatientRandom,
    private readonly uidRoot: string,
  ) {}

  private nextId(): number {
    this.sequence += 1;
    return this.number * IDS_PER_PATIENT + this.sequence;
  }

  encounter(
    kind: SyntheticEncounter["kind"],
    department: keyof typeof DEPARTMENTS,
    start: Date,
    end: Date | null,
  ) {
    const e: SyntheticEncounter = {
      id: this.nextId(),
      kind,
      department: DEPARTMENTS[department],
      start,
      end,
    };
    this.encounters.push(e);
    return e;
  }

  diagnose(encounter: SyntheticEncounter, key: keyof typeof DIAGNOSES) {
    const d = DIAGNOSES[key];
    const recordedAt = new Date(encounter.start.getTime() + HOUR);
    this.diagnoses.push({ id: this.nextId(), encounterId: encounter.id, ...d, recordedAt });
  }

  prescribe(encounter: SyntheticEncounter, key: DrugKey, start: Date, end: Date | null = null) {
    const { atc, name, dose, route } = DRUGS[key];
    this.medications.push({
      id: this.nextId(),
      encounterId: encounter.id,
      atc,
      name,
      dose,
      route,
      start,
      end,
    });
  }

  allergy(substance: string, reaction: string, recordedAt: Date) {
    const severity = this.rng.pick(["mild", "moderate", "severe"] as const);
    this.allergies.push({ id: this.nextId(), substance, reaction, severity, recordedAt });
  }

  /** One order, one specimen, several results collected together. */
  labPanel(
    collectedAt: Date,
    values: Partial<Record<AnalyteKey | QualitativeTest, number | string>>,
  ) {
    const orderId = this.nextId();
    // One tube of serum for the panel; a urine test comes from a specimen of its own.
    const specimens = { serum: this.nextId(), urine: 0 };
    // Old analysers report conventional units; one analyser runs a whole panel.
    const reportedIn = this.rng.chance(0.2) ? "conventional" : "SI";
    const resultedAt = new Date(collectedAt.getTime() + this.rng.int(30, 180) * 60_000);
    for (const [analyte, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const bound = analyte === "troponinT" && typeof value === "number" && value < 10;
      const specimenType = analyte === "urineDipstickNitrite" ? "urine" : "serum";
      if (specimenType === "urine" && !specimens.urine) specimens.urine = this.nextId();
      this.labs.push({
        id: this.nextId(),
        orderId,
        specimenId: specimens[specimenType],
        specimenType,
        analyte: analyte as SyntheticLabResult["analyte"],
        value: bound ? 10 : value,
        ...(bound ? { comparator: "<" as const } : {}),
        reportedIn,
        collectedAt,
        resultedAt,
      });
    }
  }

  vitalSigns(takenAt: Date, values: Omit<SyntheticVitalSigns, "id" | "takenAt">) {
    this.vitals.push({ id: this.nextId(), takenAt, ...values });
  }

  note(encounter: SyntheticEncounter, kind: SyntheticNote["kind"], authoredAt: Date, text: string) {
    const author = this.rng.pick(CLINICIANS);
    this.notes.push({
      id: this.nextId(),
      encounterId: encounter.id,
      kind,
      author,
      authoredAt,
      text,
    });
  }

  /** A radiology exam; `performed`/`reported` false leave it at request or unreported study. */
  imagingExam(
    exam: ExamKey,
    report: ReportKey,
    requestedAt: Date,
    reason: string,
    performed = true,
    reported = true,
  ) {
    const { modality, bodyPart, description } = EXAMS[exam];
    const requestId = this.nextId();
    const accession = `ACC${String(requestId).padStart(12, "0")}`;
    const performedAt = new Date(requestedAt.getTime() + this.rng.int(1, 6) * HOUR);
    const seriesCount = modality === "CT" || modality === "MR" ? this.rng.int(2, 3) : 1;
    const study = performed
      ? {
          studyUid: `${this.uidRoot}.${requestId}`,
          performedAt,
          series: Array.from({ length: seriesCount }, (_, s) => ({
            seriesUid: `${this.uidRoot}.${requestId}.${s + 1}`,
            number: s + 1,
            modality,
            description: s === 0 ? `${description} axial` : `${description} recon ${s}`,
            instanceUids: Array.from(
              { length: this.rng.int(1, 2) },
              (_, i) => `${this.uidRoot}.${requestId}.${s + 1}.${i + 1}`,
            ),
          })),
        }
      : null;
    const text = REPORTS[report];
    this.imaging.push({
      requestId,
      accession,
      modality,
      bodyPart,
      description,
      requestedAt,
      reason,
      study,
      report:
        performed && reported
          ? {
              id: this.nextId(),
              status: this.rng.chance(0.85) ? "final" : "preliminary",
              radiologist: this.rng.pick(RADIOLOGISTS),
              reportedAt: new Date(performedAt.getTime() + this.rng.int(1, 12) * HOUR),
              ...text,
            }
          : null,
    });
  }

  build(
    demographics: Pick<SyntheticPatient, "family" | "given" | "sex" | "birthDate">,
    profiles: ClinicalProfile[],
  ): SyntheticPatient {
    const byTime =
      <T>(at: (x: T) => Date) =>
      (a: T, b: T) =>
        at(a).getTime() - at(b).getTime();
    return {
      number: this.number,
      ...demographics,
      profiles,
      encounters: this.encounters.sort(byTime((e) => e.start)),
      diagnoses: this.diagnoses,
      medications: this.medications,
      allergies: this.allergies,
      labs: this.labs.sort(byTime((l) => l.collectedAt)),
      vitals: this.vitals.sort(byTime((v) => v.takenAt)),
      notes: this.notes.sort(byTime((n) => n.authoredAt)),
      imaging: this.imaging,
    };
  }
}
