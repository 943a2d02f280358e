/**
 * The PACS source layer: the only code that queries the archive. One QIDO-RS search per call,
 * keyed by native values (site-prefixed PatientIDs, accession numbers, StudyInstanceUIDs).
 */
import { formatLocalTime } from "../shared/local-time";
import type { HospitalSite, SubgraphConfig } from "../subgraph";
import { DicomFolderIndex } from "./dicom-folder-index";
import { dicomString, type DicomJsonDataset } from "./dicom-json";
import { DicomWebStudyQuery } from "./dicomweb-study-query";
import type { DicomStudyQuery } from "./dicom-study-query";
import { DICOM_DATE, DICOM_TAGS as T } from "./native-schema";

/** A study-level QIDO-RS result and a series-level one, in DICOM JSON. */
export type StudyRow = DicomJsonDataset;
export type SeriesRow = DicomJsonDataset;

/** Narrows a patient's studies in the store; `since` narrows to StudyDate, to the day. */
export interface NativeStudyFilter {
  readonly modality?: string;
  readonly since?: Date;
}

export class PacsSource {
  constructor(
    private readonly store: DicomStudyQuery,
    readonly site: HospitalSite,
  ) {}

  /**
   * An `http(s)://` URL is a DICOMweb server's base (e.g. `http://127.0.0.1:8042/dicom-web`,
   * credentials as `user:password@`); a folder path or `file:` URL is the embedded index.
   */
  static async open(config: SubgraphConfig): Promise<PacsSource> {
    if (/^https?:\/\//i.test(config.store)) {
      const server = await DicomWebStudyQuery.open(config.store, config.onStoreQuery);
      return new PacsSource(server, config.site);
    }
    const folder = config.store.replace(/^file:(\/\/)?/, "");
    try {
      return new PacsSource(await DicomFolderIndex.open(folder, config.onStoreQuery), config.site);
    } catch (cause) {
      throw new Error(`PACS store at ${folder} cannot be opened: ${(cause as Error).message}`, {
        cause,
      });
    }
  }

  /** Studies of the given PACS PatientIDs, in any order. */
  async studiesOfPatients(
    patientIds: readonly string[],
    filter: NativeStudyFilter,
  ): Promise<StudyRow[]> {
    if (!patientIds.length) return [];
    const from = filter.since && formatLocalTime(filter.since, DICOM_DATE, this.site.timeZone);
    return this.store.searchStudies({
      patientIds,
      modality: filter.modality,
      studyDate: from ? { from } : undefined,
    });
  }

  studiesByUid(studyInstanceUids: readonly string[]): Promise<StudyRow[]> {
    return this.store.searchStudies({ studyInstanceUids });
  }

  studiesByAccession(accessionNumbers: readonly string[]): Promise<StudyRow[]> {
    return this.store.searchStudies({ accessionNumbers });
  }

  seriesOfStudies(studyInstanceUids: readonly string[]): Promise<SeriesRow[]> {
    return this.store.searchSeries(studyInstanceUids);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** The native keys rows are grouped by. */
export const studyPatientId = (row: StudyRow) => dicomString(row, T.PatientID);
export const studyUid = (row: StudyRow | SeriesRow) => dicomString(row, T.StudyInstanceUID);
export const studyAccession = (row: StudyRow) => dicomString(row, T.AccessionNumber);
