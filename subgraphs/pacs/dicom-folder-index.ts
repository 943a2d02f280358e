/**
 * The embedded PACS: a folder of DICOM Part-10 files, indexed once at start and searched in
 * memory with QIDO-RS matching, so the subgraph above cannot tell it from a DICOMweb server.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { forEachConcurrently } from "../shared/for-each-concurrently";
import type { StoreQueryListener } from "../subgraph";
import { dicomElement, dicomString, dicomStrings, type DicomJsonDataset } from "./dicom-json";
import { readDicomHeader } from "./dicom-header-reader";
import type { DicomStudyQuery, StudySearch } from "./dicom-study-query";
import { DICOM_TAGS as T } from "./native-schema";
import { describeSeriesSearch, describeStudySearch, studyMatcher } from "./study-search";

/** Study-level attributes, as the first instance of a study carries them. */
const STUDY_ATTRIBUTES = [
  T.StudyInstanceUID,
  T.StudyDate,
  T.StudyTime,
  T.AccessionNumber,
  T.StudyDescription,
  T.PatientID,
  T.PatientName,
  T.PatientBirthDate,
  T.PatientSex,
];
const SERIES_ATTRIBUTES = [
  T.StudyInstanceUID,
  T.SeriesInstanceUID,
  T.Modality,
  T.SeriesNumber,
  T.SeriesDescription,
  T.BodyPartExamined,
];
const FILE_ATTRIBUTES = [
  ...new Set([...STUDY_ATTRIBUTES, ...SERIES_ATTRIBUTES, T.SpecificCharacterSet, T.SOPInstanceUID]),
];

/** Files read at once while indexing. */
const READ_CONCURRENCY = 32;

interface IndexedSeries {
  readonly attributes: DicomJsonDataset;
  readonly instances: Set<string>;
}

interface IndexedStudy {
  readonly attributes: DicomJsonDataset;
  readonly series: Map<string, IndexedSeries>;
}

export class DicomFolderIndex implements DicomStudyQuery {
  private readonly studies = new Map<string, DicomJsonDataset>();
  private readonly seriesByStudy = new Map<string, DicomJsonDataset[]>();
  private readonly studiesByPatientId = new Map<string, string[]>();
  private readonly studiesByAccession = new Map<string, string[]>();

  private constructor(
    indexed: Map<string, IndexedStudy>,
    private readonly onStoreQuery?: StoreQueryListener,
  ) {
    for (const [uid, study] of indexed) this.add(uid, study);
  }

  /** Indexes every DICOM file below `folder`; files that are not DICOM, or lack UIDs, are skipped. */
  static async open(folder: string, onStoreQuery?: StoreQueryListener): Promise<DicomFolderIndex> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const indexed = new Map<string, IndexedStudy>();
    await forEachConcurrently(files, READ_CONCURRENCY, async (file) => {
      const header = await readDicomHeader(file, FILE_ATTRIBUTES);
      if (header) addInstance(indexed, header);
    });
    return new DicomFolderIndex(indexed, onStoreQuery);
  }

  async searchStudies(search: StudySearch): Promise<DicomJsonDataset[]> {
    this.onStoreQuery?.("pacs", describeStudySearch(search));
    return this.candidates(search)
      .map((uid) => this.studies.get(uid))
      .filter((study): study is DicomJsonDataset => study !== undefined)
      .filter(studyMatcher(search));
  }

  async searchSeries(studyInstanceUids: readonly string[]): Promise<DicomJsonDataset[]> {
    this.onStoreQuery?.("pacs", describeSeriesSearch(studyInstanceUids));
    return [...new Set(studyInstanceUids)].flatMap((uid) => this.seriesByStudy.get(uid) ?? []);
  }

  /** Nothing to release: the index is plain memory, and no file stays open. */
  async close(): Promise<void> {}

  /** Study UIDs matching every key list of the search (all studies when it has none). */
  private candidates(search: StudySearch): string[] {
    const lists = [
      search.studyInstanceUids?.filter((uid) => this.studies.has(uid)),
      search.patientIds?.flatMap((id) => this.studiesByPatientId.get(id) ?? []),
      search.accessionNumbers?.flatMap((n) => this.studiesByAccession.get(n) ?? []),
    ].filter((list): list is string[] => list !== undefined);
    if (!lists.length) return [...this.studies.keys()];
    const [first, ...rest] = lists.map((list) => new Set(list));
    return [...first].filter((uid) => rest.every((set) => set.has(uid)));
  }

  private add(uid: string, study: IndexedStudy): void {
    const series = [...study.series.values()];
    // Sorted as Orthanc answers them: the value is a set, and files are read in no stable order.
    const modalities = [...new Set(series.flatMap((s) => dicomStrings(s.attributes, T.Modality)))];
    modalities.sort();
    const instances = series.reduce((sum, s) => sum + s.instances.size, 0);
    this.studies.set(uid, {
      ...study.attributes,
      [T.ModalitiesInStudy.tag]: dicomElement(T.ModalitiesInStudy, ...modalities),
      [T.NumberOfStudyRelatedSeries.tag]: dicomElement(T.NumberOfStudyRelatedSeries, series.length),
      [T.NumberOfStudyRelatedInstances.tag]: dicomElement(
        T.NumberOfStudyRelatedInstances,
        instances,
      ),
    });
    this.seriesByStudy.set(
      uid,
      series.map((s) => ({
        ...s.attributes,
        [T.NumberOfSeriesRelatedInstances.tag]: dicomElement(
          T.NumberOfSeriesRelatedInstances,
          s.instances.size,
        ),
      })),
    );
    appendTo(this.studiesByPatientId, dicomString(study.attributes, T.PatientID), uid);
    appendTo(this.studiesByAccession, dicomString(study.attributes, T.AccessionNumber), uid);
  }
}

function addInstance(indexed: Map<string, IndexedStudy>, header: DicomJsonDataset): void {
  const studyUid = dicomString(header, T.StudyInstanceUID);
  const seriesUid = dicomString(header, T.SeriesInstanceUID);
  const instanceUid = dicomString(header, T.SOPInstanceUID);
  if (!studyUid || !seriesUid || !instanceUid) return;
  let study = indexed.get(studyUid);
  if (!study) {
    study = { attributes: pick(header, STUDY_ATTRIBUTES), series: new Map() };
    indexed.set(studyUid, study);
  }
  let series = study.series.get(seriesUid);
  if (!series) {
    series = { attributes: pick(header, SERIES_ATTRIBUTES), instances: new Set() };
    study.series.set(seriesUid, series);
  }
  // A file copied twice is still one instance.
  series.instances.add(instanceUid);
}

function pick(
  header: DicomJsonDataset,
  attributes: ReadonlyArray<{ tag: string }>,
): DicomJsonDataset {
  const picked: DicomJsonDataset = {};
  for (const { tag } of attributes) if (header[tag]) picked[tag] = header[tag];
  return picked;
}

function appendTo(map: Map<string, string[]>, key: string | null, uid: string): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(uid);
  else map.set(key, [uid]);
}
