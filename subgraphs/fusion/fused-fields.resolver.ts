/**
 * The fused fields: computed at query time from the other systems' live data, which the gateway
 * fetches because each field `@requires` it. Every field takes `asOf` (default now) and uses only
 * data recorded at or before it (lab results: released at or before it).
 */
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { featureVector } from "./features/feature-vector";
import { Patient } from "./patient";
import { readPatientRecord } from "./patient-record";
import { requires } from "./required-fields";
import { timelinePage } from "./timeline/merged-timeline";
import { FeatureVector } from "./types/feature";
import { TimelineConnection, TimelineSystem } from "./types/timeline-event";
import type { FusionContext } from "./fusion-context";

@Resolver(() => Patient)
export class FusedFieldsResolver {
  @FieldResolver(() => FeatureVector, {
    nullable: true,
    description:
      "Point-in-time feature vector from HIS, LIS, EMR, RIS and PACS: age, sex, the latest value of each laboratory " +
      "analyte in its SI unit, eGFR, latest vital signs and BMI, comorbidity flags, active medication classes, " +
      "visits in the last 365 days, days since the last study of each modality, days since the last radiology " +
      "report, the findings its impression asserts, and exams awaiting a report.",
  })
  @Directive(
    requires(
      "demographics",
      "conditions",
      "medicationRequestHistory",
      "encounters",
      "labHistory",
      "vitalSignHistory",
      "imagingStudyHistory",
      "radiologyReports",
    ),
  )
  features(
    @Root() patient: Patient,
    @Arg("asOf", () => Date, { nullable: true }) asOf: Date | undefined,
    @Ctx() ctx: FusionContext,
  ): FeatureVector {
    const at = asOf ?? ctx.now;
    return { asOf: at, features: featureVector(readPatientRecord(patient), at, ctx.site.timeZone) };
  }

  @FieldResolver(() => TimelineConnection, {
    nullable: true,
    description:
      "Every clinical event of every system, merged oldest first: visits, diagnoses, orders, results, vital-sign sets, notes, studies, reports.",
  })
  @Directive(
    requires(
      "encounters",
      "conditions",
      "medicationRequestHistory",
      "labHistory",
      "vitalSignHistory",
      "clinicalNoteHistory",
      "imagingStudyHistory",
      "radiologyReports",
    ),
  )
  timeline(
    @Root() patient: Patient,
    @Arg("since", () => Date, { nullable: true }) since: Date | undefined,
    @Arg("until", () => Date, { nullable: true }) until: Date | undefined,
    @Arg("systems", () => [TimelineSystem], { nullable: true })
    systems: TimelineSystem[] | undefined,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size, 1 to 1000." })
    first: number,
    @Arg("after", () => String, { nullable: true }) after: string | undefined,
  ): TimelineConnection {
    return timelinePage(readPatientRecord(patient), { since, until, systems, first, after });
  }
}
