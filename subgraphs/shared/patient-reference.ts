/** The entity reference of subgraphs that extend Patient without owning it (all but HIS). */
import { parseCanonicalPatientId } from "./patient-id";

/**
 * A representation becomes a Patient once its id is well-formed. Async, so a malformed id fails
 * only its own representation rather than the whole `_entities` batch; ids of other hospitals
 * resolve, and their fields give empty lists.
 */
export const patientReference = {
  async __resolveReference(reference: { id: string }): Promise<{ id: string }> {
    parseCanonicalPatientId(reference.id);
    return { id: reference.id };
  },
};
