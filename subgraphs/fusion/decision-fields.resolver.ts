/**
 * The decision layer's fused fields. Each `@requires` the inputs of its assessment; the
 * decisions of one patient at one `asOf` are computed once per request and shared by the fields.
 */
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { decide, type Decisions } from "./decision/decisions";
import {
  akiResult,
  clinicalAssessment,
  criteriaScore,
  egfrResult,
  imagingFindings,
  medicationAlerts,
  news2Score,
  sepsisResult,
} from "./decision/graph-results";
import type { FusionContext } from "./fusion-context";
import { Patient } from "./patient";
import { readPatientRecord } from "./patient-record";
import { requires } from "./required-fields";
import { ClinicalAssessment } from "./types/clinical-assessment";
import { ImagingFinding } from "./types/imaging-finding";
import { AcuteKidneyInjuryResult, EgfrResult } from "./types/kidney-results";
import { MedicationSafetyAlert } from "./types/medication-safety";
import { SepsisScreenResult } from "./types/sepsis-screen";
import { CriteriaScore, News2Score } from "./types/vital-sign-scores";

const decisionsOf = new WeakMap<Patient, Map<number, Decisions>>();

function decisions(patient: Patient, asOf: Date | undefined, ctx: FusionContext): Decisions {
  const at = asOf ?? ctx.now;
  const byTime = decisionsOf.get(patient) ?? new Map<number, Decisions>();
  decisionsOf.set(patient, byTime);
  let d = byTime.get(at.getTime());
  if (!d) byTime.set(at.getTime(), (d = decide(readPatientRecord(patient), at, ctx.site.timeZone)));
  return d;
}

const AS_OF = {
  nullable: true,
  description:
    "Point in time; default now. Only data recorded at or before it counts; lab results count from their release.",
};

const COMBINATION_RULE =
  "Medfuse decision-level rule (CLINICAL.md §9). Each assessment — NEWS2 (EMR), the sepsis screen (EMR, LIS, HIS), " +
  "eGFR category and acute kidney injury (LIS, HIS), drug–lab safety rules (HIS orders with LIS results) and findings " +
  "from radiology impressions (RIS, linked to PACS) — yields items {concern, level, evidence}. Per concern: level = the " +
  "highest level among its items; supportingSystems = the systems of the evidence behind items at level low or above; " +
  "contradictingSystems = systems that had data for the concern and whose own assessment is none; unavailableSystems = " +
  "systems that failed or had no usable data. The overall priority is the highest concern level, ordered none < low < " +
  "medium < high. Every item lists its evidence: system, native record id and time.";

@Resolver(() => Patient)
export class DecisionFieldsResolver {
  @FieldResolver(() => EgfrResult, {
    nullable: true,
    description: "CKD-EPI 2021 eGFR and KDIGO category; null without a creatinine, age or sex.",
  })
  @Directive(requires("demographics", "labHistory"))
  egfr(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return egfrResult(decisions(p, asOf, ctx).kidney);
  }

  @FieldResolver(() => AcuteKidneyInjuryResult, {
    nullable: true,
    description: "KDIGO acute kidney injury stage from the creatinine history.",
  })
  @Directive(requires("labHistory"))
  acuteKidneyInjury(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return akiResult(decisions(p, asOf, ctx).kidney);
  }

  @FieldResolver(() => News2Score, {
    nullable: true,
    description: "NEWS2 from the EMR's vital signs.",
  })
  @Directive(requires("vitalSignHistory"))
  news2(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return news2Score(decisions(p, asOf, ctx).news2);
  }

  @FieldResolver(() => CriteriaScore, {
    nullable: true,
    description:
      "qSOFA: respiration rate ≥ 22, altered mentation, systolic BP ≤ 100; positive at 2.",
  })
  @Directive(requires("vitalSignHistory"))
  qsofa(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return criteriaScore(decisions(p, asOf, ctx).sepsis.qsofa);
  }

  @FieldResolver(() => SepsisScreenResult, {
    nullable: true,
    description: "Sepsis screen combining qSOFA with infection evidence (HIS, LIS) and lactate.",
  })
  @Directive(
    requires(
      "vitalSignHistory",
      "labHistory",
      "encounters",
      "conditions",
      "medicationRequestHistory",
    ),
  )
  sepsisScreen(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return sepsisResult(decisions(p, asOf, ctx).sepsis);
  }

  @FieldResolver(() => [MedicationSafetyAlert], {
    nullable: true,
    description:
      "Drug–lab safety alerts: active HIS orders against the latest LIS results (7 days at most).",
  })
  @Directive(requires("demographics", "medicationRequestHistory", "labHistory"))
  medicationSafetyAlerts(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return medicationAlerts(decisions(p, asOf, ctx).medicationSafety);
  }

  @FieldResolver(() => [ImagingFinding], {
    nullable: true,
    description: "Findings asserted in radiology impressions (RIS), each linked to its PACS study.",
  })
  @Directive(requires("radiologyReports", "imagingStudyHistory"))
  imagingFindings(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    return imagingFindings(decisions(p, asOf, ctx).imaging);
  }

  @FieldResolver(() => ClinicalAssessment, { nullable: true, description: COMBINATION_RULE })
  @Directive(
    requires(
      "demographics",
      "encounters",
      "conditions",
      "medicationRequestHistory",
      "labHistory",
      "vitalSignHistory",
      "imagingStudyHistory",
      "radiologyReports",
    ),
  )
  assessment(
    @Root() p: Patient,
    @Arg("asOf", () => Date, AS_OF) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ) {
    const d = decisions(p, asOf, ctx);
    return clinicalAssessment(d.asOf, d.assessment);
  }
}
