import { Field, ObjectType } from "type-graphql";
import { Patient } from "./patient";

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page." })
  endCursor!: string | null;
}

@ObjectType({ description: "A page of patients (Relay-style connection)." })
export class PatientConnection {
  @Field(() => [Patient])
  nodes!: Patient[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts the whole match when `totalCount` is asked for: a second query, so only then. */
  countMatches!: () => Promise<number>;
}
