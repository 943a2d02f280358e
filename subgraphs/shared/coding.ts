import { Directive, Field, ObjectType } from "type-graphql";

/** A code from a code system, as FHIR R4 `Coding`: LOINC, ICD-10, ATC, DICOM, or a local one. */
@ObjectType({ description: "A code from a code system (FHIR Coding)." })
@Directive("@shareable")
export class Coding {
  @Field({ description: "URI of the code system, e.g. http://loinc.org" })
  system!: string;

  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  display?: string | null;

  constructor(system: string, code: string, display?: string | null) {
    this.system = system;
    this.code = code;
    this.display = display ?? null;
  }
}
