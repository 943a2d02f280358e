import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Coding } from "../../shared/coding";

export enum TimelineEventKind {
  encounter = "encounter",
  diagnosis = "diagnosis",
  medicationOrder = "medicationOrder",
  labResult = "labResult",
  vitalSigns = "vitalSigns",
  clinicalNote = "clinicalNote",
  imagingStudy = "imagingStudy",
  radiologyReport = "radiologyReport",
}
registerEnumType(TimelineEventKind, { name: "TimelineEventKind" });

export enum TimelineSystem {
  HIS = "HIS",
  LIS = "LIS",
  RIS = "RIS",
  PACS = "PACS",
  EMR = "EMR",
}
registerEnumType(TimelineSystem, { name: "TimelineSystem" });

@ObjectType({
  description: "One clinical event from any system, on the patient's merged timeline.",
})
export class TimelineEvent {
  @Field(() => ID, { description: "System, kind and native record id: unique on the timeline." })
  id!: string;

  @Field(() => Date)
  time!: Date;

  @Field(() => TimelineSystem)
  system!: TimelineSystem;

  @Field(() => TimelineEventKind)
  kind!: TimelineEventKind;

  @Field({ description: "A one-line summary, e.g. 'Creatinine 106 umol/L'." })
  title!: string;

  @Field(() => Coding, { nullable: true })
  code!: Coding | null;

  @Field({ description: "Native record id in the source system." })
  recordId!: string;
}

@ObjectType()
export class TimelinePageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of the merged timeline, oldest first." })
export class TimelineConnection {
  @Field(() => [TimelineEvent])
  nodes!: TimelineEvent[];

  @Field(() => TimelinePageInfo)
  pageInfo!: TimelinePageInfo;

  @Field(() => Int, { description: "Events in the window for the chosen systems, over all pages." })
  totalCount!: number;
}
