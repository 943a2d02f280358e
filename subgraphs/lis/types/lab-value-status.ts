import { registerEnumType } from "type-graphql";
import { LAB_VALUE_STATUS } from "../lab-value";

registerEnumType(LAB_VALUE_STATUS, {
  name: "LabValueStatus",
  description: "What became of the value the analyser wrote.",
  valuesConfig: {
    NORMALISED: {
      description:
        "A number in the analyte's SI unit, converted when the analyser wrote another unit.",
    },
    AS_REPORTED: {
      description:
        "A number in the unit the analyser wrote: the local code maps to no known analyte.",
    },
    TEXT: { description: "Not a number (a coded or free-text result): see valueText." },
    UNKNOWN_UNIT: {
      description:
        "A number whose unit the LIS unit table does not know: value withheld, see valueText and provenance.",
    },
    UNCONVERTIBLE_UNIT: {
      description:
        "A number in a unit the analyte has no conversion for: value withheld, see valueText and provenance.",
    },
  },
});

export { LAB_VALUE_STATUS };
