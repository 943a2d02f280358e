import { Field, ObjectType } from "type-graphql";
import { ExternalImagingStudy } from "../external/clinical-inputs";
import { Evidence } from "./evidence";
import { RiskLevelValue } from "./risk-level";

@ObjectType({
  description:
    "A finding asserted (not negated) in a radiology impression, linked to its PACS study by accession number.",
})
export class ImagingFinding {
  @Field({
    description:
      "pneumonia, pulmonaryEmbolism, pneumothorax, haemorrhage, pleuralEffusion, massOrNodule or fracture.",
  })
  finding!: string;

  @Field(() => RiskLevelValue)
  level!: RiskLevelValue;

  @Field({ description: "The sentence of the impression that names it." })
  sentence!: string;

  @Field(() => String, { nullable: true })
  accessionNumber!: string | null;

  @Field(() => Evidence, { description: "The RIS report." })
  report!: Evidence;

  @Field(() => ExternalImagingStudy, {
    nullable: true,
    description: "The PACS study with the same accession number.",
  })
  imagingStudy!: ExternalImagingStudy | null;
}
