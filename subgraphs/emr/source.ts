/**
 * The EMR source layer, the only code that queries the EMR store. Each method takes many
 * canonical patient ids, builds one MongoDB find in native terms (numeric patNo, UTC dates) and
 * returns the documents per patient, newest first. The query documents are plain MongoDB, so the
 * embedded store and a MongoDB server receive exactly the same ones.
 */
import { groupByKey } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import type { DocumentStore, Filter, Projection, Sort } from "./document-store";
import {
  EMR_COLLECTIONS,
  type ClinicalNoteDocument,
  type FlowsheetDocument,
} from "./native-schema";
import { emrPatNoFor } from "./patient-id";

/** One `find`: what the store is asked, kept apart from sending it so tests can read it. */
export interface FindQuery {
  readonly collection: string;
  readonly filter: Filter;
  readonly sort: Sort;
  readonly projection: Projection;
}

/** Vital-sign sets of these patients recorded at or after `since`, newest first. */
export function flowsheetQuery(patNos: readonly number[], since: Date | null): FindQuery {
  return {
    collection: EMR_COLLECTIONS.flowsheet,
    filter: { patNo: { $in: [...patNos] }, ...(since ? { recordedAt: { $gte: since } } : {}) },
    sort: { recordedAt: -1, _id: -1 },
    projection: { _id: 1, patNo: 1, recordedAt: 1, entries: 1 },
  };
}

/** Notes of these patients written at or after `since`, newest first. */
export function clinicalNoteQuery(patNos: readonly number[], since: Date | null): FindQuery {
  return {
    collection: EMR_COLLECTIONS.clinicalNotes,
    filter: { patNo: { $in: [...patNos] }, ...(since ? { createdAt: { $gte: since } } : {}) },
    sort: { createdAt: -1, _id: -1 },
    projection: { _id: 1, patNo: 1, noteType: 1, author: 1, createdAt: 1, body: 1, visitNo: 1 },
  };
}

export class EmrSource {
  constructor(
    private readonly store: DocumentStore,
    readonly site: HospitalSite,
  ) {}

  /** Flowsheet documents per canonical patient id, in key order. */
  flowsheets(patientIds: readonly string[], since: Date | null): Promise<FlowsheetDocument[][]> {
    return this.perPatient(patientIds, (patNos) => flowsheetQuery(patNos, since));
  }

  /** Clinical note documents per canonical patient id, in key order. */
  clinicalNotes(
    patientIds: readonly string[],
    since: Date | null,
  ): Promise<ClinicalNoteDocument[][]> {
    return this.perPatient(patientIds, (patNos) => clinicalNoteQuery(patNos, since));
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** One query for all patients of this hospital; other hospitals' ids get empty lists, unasked. */
  private async perPatient<T extends { patNo: number }>(
    patientIds: readonly string[],
    query: (patNos: number[]) => FindQuery,
  ): Promise<T[][]> {
    const patNos = patientIds.map((id) => emrPatNoFor(id, this.site));
    const wanted = [...new Set(patNos.filter((patNo): patNo is number => patNo !== null))];
    if (wanted.length === 0) return patientIds.map(() => []);
    const { collection, filter, sort, projection } = query(wanted);
    const documents = await this.store.find<T>(collection, filter, { sort, projection });
    return groupByKey(patNos, documents, (document) => document.patNo);
  }
}
