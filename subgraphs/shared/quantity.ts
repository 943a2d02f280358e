import { Directive, Field, Float, ObjectType } from "type-graphql";

/** A measured amount in a UCUM unit, as FHIR R4 `Quantity`. */
@ObjectType({ description: "A measured amount in a UCUM unit (FHIR Quantity)." })
@Directive("@shareable")
export class Quantity {
  @Field(() => Float)
  value!: number;

  @Field(() => String, {
    nullable: true,
    description: "`<`, `<=`, `>=` or `>` when the source reported a bound, not a value.",
  })
  comparator?: string | null;

  @Field({ description: "UCUM code, e.g. umol/L, mm[Hg], Cel, /min" })
  unit!: string;

  constructor(value: number, unit: string, comparator?: string | null) {
    this.value = value;
    this.unit = unit;
    this.comparator = comparator ?? null;
  }
}
