/** Per-request loaders for PACS: one QIDO-RS search per field per request, whatever the list size. */
import { batchLoader, groupByKey, LoaderFamily } from "../shared/loader-family";
import type { HospitalSite } from "../subgraph";
import type { PacsMapping } from "./mapping";
import { studyAccession, studyPatientId, studyUid, type PacsSource } from "./source";
import type { ImagingStudy } from "./types/imaging-study";

/** What a client may narrow a patient's studies by; modality already upper-case. */
export interface ImagingStudyFilter {
  readonly modality: string | null;
  readonly since: Date | null;
}

/** Loaders take native keys: PACS PatientIDs (site-prefixed), UIDs and accession numbers. */
export function createPacsLoaders(source: PacsSource, map: PacsMapping) {
  return {
    imagingStudies: new LoaderFamily(
      async (patientIds: readonly string[], filter: ImagingStudyFilter) => {
        const rows = await source.studiesOfPatients(patientIds, {
          modality: filter.modality ?? undefined,
          since: filter.since ?? undefined,
        });
        // The store narrows to StudyDate; the exact instant is only known after reading the zone.
        const since = filter.since;
        return groupByKey(patientIds, rows, studyPatientId).map((group) =>
          group
            .map((r) => map.study(r))
            .filter((s) => !since || (s.started !== null && s.started >= since))
            .sort(newestFirst),
        );
      },
    ),
    studyByUid: batchLoader(async (uids: readonly string[]) => {
      const byUid = new Map((await source.studiesByUid(uids)).map((r) => [studyUid(r), r]));
      return uids.map((uid) => {
        const row = byUid.get(uid);
        return row ? map.study(row) : null;
      });
    }),
    /**
     * An accession number filed on two studies (a re-scan) resolves to the newest. Accession
     * numbers are unique only per issuer: a study of another site's patient is never the one
     * this hospital's RIS means, so it is left out rather than linked to the wrong patient.
     */
    studyByAccession: batchLoader(async (accessionNumbers: readonly string[]) => {
      const rows = await source.studiesByAccession(accessionNumbers);
      return groupByKey(accessionNumbers, rows, studyAccession).map(
        (group) =>
          group
            .map((r) => map.study(r))
            .filter((s) => map.patientId(s.pacsPatientId) !== null)
            .sort(newestFirst)[0] ?? null,
      );
    }),
    seriesOfStudy: batchLoader(async (uids: readonly string[]) =>
      groupByKey(uids, await source.seriesOfStudies(uids), studyUid).map((group) =>
        group.map((r) => map.series(r)).sort((a, b) => (a.number ?? 0) - (b.number ?? 0)),
      ),
    ),
  };
}

/** Newest first; studies without a StudyDate last, then by UID so the order is stable. */
function newestFirst(a: ImagingStudy, b: ImagingStudy): number {
  const [ta, tb] = [a.started?.getTime() ?? -Infinity, b.started?.getTime() ?? -Infinity];
  return ta !== tb ? (tb > ta ? 1 : -1) : a.uid.localeCompare(b.uid);
}

export type PacsLoaders = ReturnType<typeof createPacsLoaders>;

export interface PacsContext {
  readonly loaders: PacsLoaders;
  readonly map: PacsMapping;
  readonly site: HospitalSite;
}
