/**
 * Builds the synthetic hospital: deterministic for a seed and an anchor time. Profiles are drawn
 * per patient so that every fused field meets true positives and true negatives.
 */
import { ALLERGENS } from "./catalogue";
import {
  acuteKidneyInjury,
  anticoagulated,
  chestImaging,
  chronicKidneyDisease,
  deteriorating,
  diabetic,
  hyperkalaemia,
  otherImaging,
  routineVisits,
  septic,
  stableInpatient,
  type StoryContext,
} from "./clinical-stories";
import { DAY, HOUR, PatientRandom } from "./patient-random";
import { PatientRecord } from "./patient-record";
import type {
  ClinicalProfile,
  SyntheticEncounter,
  SyntheticHospital,
  SyntheticPatient,
} from "./synthetic-hospital";
import type { HospitalSite } from "../subgraphs/subgraph";

export interface HospitalOptions {
  readonly patients: number;
  readonly seed: number;
  readonly anchor: Date;
  readonly site?: HospitalSite;
}

export const DEFAULT_SITE: HospitalSite = { code: "H01", timeZone: "Europe/Berlin" };

/** Root for synthetic DICOM UIDs (an example root; these files never leave a test machine). */
const UID_ROOT = "1.2.826.0.1.3680043.10.1043";

/** How often each story is planted; a patient may carry several. */
const PREVALENCE: ReadonlyArray<readonly [ClinicalProfile, number]> = [
  ["diabetic", 0.15],
  ["ckd", 0.08],
  ["aki", 0.04],
  ["hyperkalaemia", 0.05],
  ["anticoagulated", 0.05],
  ["deteriorating", 0.05],
  ["septic", 0.03],
  ["chestImaging", 0.12],
];

export function generateHospital(options: HospitalOptions): SyntheticHospital {
  const site = options.site ?? DEFAULT_SITE;
  const patients: SyntheticPatient[] = [];
  const uidRoot = `${UID_ROOT}.${siteUidComponent(site.code)}.${options.seed}`;
  for (let n = 1; n <= options.patients; n++)
    patients.push(generatePatient(n, options.seed, options.anchor, uidRoot));
  return { site, seed: options.seed, anchor: options.anchor, patients };
}

/**
 * The site's part of its DICOM UIDs: FNV-1a of the hospital code, so two hospitals generated with
 * one seed never file the same StudyInstanceUID in an archive they share (UIDs are unique
 * worldwide in real life). Decimal without leading zeros, as a UID component must be.
 */
function siteUidComponent(code: string): string {
  let hash = 0x811c9dc5;
  for (const char of code) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return String(hash || 1);
}

function generatePatient(
  number: number,
  seed: number,
  anchor: Date,
  uidRoot: string,
): SyntheticPatient {
  const rng = new PatientRandom(seed, number);
  const sex = rng.chance(0.5) ? "male" : "female";
  const profiles = PREVALENCE.filter(([, p]) => rng.chance(p)).map(([profile]) => profile);
  const sick = profiles.some((p) => p !== "chestImaging");
  const age = sick ? rng.int(45, 92) : rng.int(18, 85);
  const birth = new Date(anchor.getTime() - age * 365.25 * DAY - rng.int(0, 364) * DAY);
  const demographics = {
    family: rng.faker.person.lastName(),
    given: rng.faker.person.firstName(sex),
    sex,
    birthDate: birth.toISOString().slice(0, 10),
  } as const;

  // Request ids already carry the patient number (patient-record.ts): a UID stays within 64 chars.
  const record = new PatientRecord(number, rng, uidRoot);
  const visitStart = new Date(anchor.getTime() - rng.int(1, 5) * DAY - rng.int(1, 8) * HOUR);
  const recentVisit = record.encounter(
    "AMB",
    "internal",
    visitStart,
    new Date(visitStart.getTime() + HOUR),
  );
  let admission: SyntheticEncounter | undefined;
  const ctx: StoryContext = {
    record,
    anchor,
    sex,
    recentVisit,
    admission: () => (admission ??= admit(record, anchor, profiles)),
  };

  routineVisits(ctx, rng.int(1, 3));
  if (profiles.includes("diabetic")) diabetic(ctx);
  if (profiles.includes("ckd")) chronicKidneyDisease(ctx);
  if (profiles.includes("aki")) acuteKidneyInjury(ctx);
  if (profiles.includes("hyperkalaemia")) hyperkalaemia(ctx);
  if (profiles.includes("anticoagulated")) anticoagulated(ctx);
  if (profiles.includes("deteriorating")) deteriorating(ctx);
  if (profiles.includes("septic")) septic(ctx);
  if (profiles.includes("chestImaging")) chestImaging(ctx);
  if (profiles.length === 0) {
    profiles.push("healthy");
    if (rng.chance(0.08)) stableInpatient(ctx);
  }
  if (rng.chance(0.1) || profiles.includes("ckd")) otherImaging(ctx, profiles.includes("ckd"));
  if (!sick && rng.chance(0.3))
    record.prescribe(
      recentVisit,
      rng.pick(["amlodipine", "atorvastatin", "paracetamol"] as const),
      visitStart,
    );
  if (rng.chance(0.15)) {
    const { substance, reaction } = rng.pick(ALLERGENS);
    record.allergy(substance, reaction, new Date(visitStart.getTime() - rng.int(100, 2000) * DAY));
  }
  if (admission) {
    record.note(
      admission,
      "admission",
      new Date(admission.start.getTime() + HOUR),
      "Admitted for assessment and management.",
    );
  }
  return record.build(demographics, profiles);
}

/** The current admission: through the emergency department for septic patients. */
function admit(
  record: PatientRecord,
  anchor: Date,
  profiles: ClinicalProfile[],
): SyntheticEncounter {
  const { rng } = record;
  const start = new Date(anchor.getTime() - rng.int(2, 4) * DAY - rng.int(0, 12) * HOUR);
  if (profiles.includes("septic")) {
    record.encounter("EMER", "emergency", new Date(start.getTime() - 4 * HOUR), start);
  }
  const department =
    profiles.includes("aki") || profiles.includes("ckd")
      ? "nephrology"
      : profiles.includes("septic")
        ? "icu"
        : "internal";
  return record.encounter("IMP", department, start, null);
}
