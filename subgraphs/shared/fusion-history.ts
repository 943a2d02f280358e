/**
 * The two bulk histories fusion reads, labs and vital signs, as they travel from LIS and EMR to
 * the fusion subgraph: one compact JSON value per patient instead of a GraphQL list of objects.
 *
 * A ward list of 100 patients carries some 4,000 lab results and as many vital signs to fusion.
 * As typed lists, each of their ~15 leaves is resolved, completed and serialised by graphql-js
 * in LIS and EMR, parsed, merged and copied field by field by the gateway into fusion's
 * representations, and its dates written and re-read as ISO text: most of a ward list's CPU
 * (BENCHMARKS.md, "What each change bought"). As one scalar per patient, the subgraph serialises
 * plain objects once and every router passes the value through untouched. The fields stay
 * `@inaccessible`, so no client sees this shape; the public `labResults` and `vitalSigns` keep
 * their typed FHIR form.
 */
import { GraphQLScalarType } from "graphql";

/** Instants as milliseconds since the epoch: nothing to format in LIS and EMR or parse in fusion. */
export type EpochMillis = number;

/** One lab result as fusion reads it. */
export interface LabHistoryEntry {
  readonly id: string;
  /** LOINC where the LIS dictionary maps the local code (the SI form once normalised), else the local code. */
  readonly code: string;
  readonly display: string | null;
  /** In the analyte's SI unit when normalised; null for a text result or an ununderstood unit. */
  readonly value: number | null;
  readonly unit: string | null;
  readonly comparator: string | null;
  /** The result exactly as the analyser wrote it. */
  readonly text: string;
  /** Specimen collection: the time the result observes. */
  readonly collected: EpochMillis | null;
  /** Release by the LIS (FHIR `issued`). */
  readonly issued: EpochMillis | null;
}

/** One charted vital-sign parameter as fusion reads it. */
export interface VitalSignHistoryEntry {
  readonly id: string;
  /** The flowsheet set it was charted in: one set, one set of NEWS2 parameters. */
  readonly setId: string;
  /** LOINC code of the parameter. */
  readonly code: string;
  readonly display: string | null;
  /** In the parameter's UCUM unit. */
  readonly value: number | null;
  readonly unit: string | null;
  /** For coded parameters (ACVPU level). */
  readonly valueCode: string | null;
  /** SpO₂ read on NEWS2's scale 2 (hypercapnic respiratory failure). */
  readonly spo2Scale2: boolean | null;
  readonly time: EpochMillis;
}

/**
 * An output-only scalar whose value is a JSON array the owning subgraph built. It is never an
 * argument: fusion receives it inside the entity representation (`_Any`), not as a literal.
 */
function historyScalar(name: string, entry: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    description:
      `Fusion's input: a JSON array of ${entry} (subgraphs/shared/fusion-history.ts), instants in ` +
      "epoch milliseconds. Only @inaccessible fields have this type.",
    serialize(value) {
      if (!Array.isArray(value)) throw new TypeError(`${name} must be an array`);
      return value;
    },
    parseValue: () => notAnInput(name),
    parseLiteral: () => notAnInput(name),
    // Composition keeps the scalar out of the API schema with the fields that use it.
    extensions: { directives: { inaccessible: {} } },
  });
}

function notAnInput(name: string): never {
  throw new TypeError(`${name} is an output of the owning subgraph, never an input`);
}

export const LabHistoryScalar = historyScalar("LabHistory", "lab results");
export const VitalSignHistoryScalar = historyScalar("VitalSignHistory", "vital signs");

/** Epoch milliseconds of an instant that may be missing. */
export const epochMillis = (instant: Date | null): EpochMillis | null =>
  instant ? instant.getTime() : null;
