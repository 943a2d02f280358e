/**
 * What a StudySearch means, shared by every DicomStudyQuery: the exact match a study must pass,
 * and how a store query is reported. Servers match more loosely (Orthanc ignores case, wildcards
 * widen), so a DICOMweb answer is checked with the same predicate the folder index applies.
 */
import { dicomString, dicomStrings, type DicomJsonDataset } from "./dicom-json";
import type { StudySearch } from "./dicom-study-query";
import { DICOM_TAGS as T } from "./native-schema";

/** The list keys of a search, most selective first, with the attribute (QIDO key) each matches. */
export const STUDY_LIST_KEYS = [
  ["studyInstanceUids", "StudyInstanceUID"],
  ["accessionNumbers", "AccessionNumber"],
  ["patientIds", "PatientID"],
] as const satisfies ReadonlyArray<readonly [keyof StudySearch, keyof typeof T]>;

/** A predicate passing exactly the studies the search asks for (values compared as written). */
export function studyMatcher(search: StudySearch): (study: DicomJsonDataset) => boolean {
  const lists = STUDY_LIST_KEYS.flatMap(([key, keyword]) => {
    const values = search[key];
    return values ? [{ attribute: T[keyword], values: new Set(values) }] : [];
  });
  const { modality, studyDate } = search;
  const from = studyDate?.from ?? "";
  const to = studyDate?.to ?? "99999999";
  return (study) => {
    if (!lists.every(({ attribute, values }) => values.has(dicomString(study, attribute) ?? "")))
      return false;
    if (modality && !dicomStrings(study, T.ModalitiesInStudy).includes(modality)) return false;
    if (!studyDate) return true;
    const date = dicomString(study, T.StudyDate);
    return date !== null && date >= from && date <= to;
  };
}

/** The query as QIDO-RS would send it, naming keys and counts but never values (they are PHI). */
export function describeStudySearch(search: StudySearch): string {
  const keys = [
    ...STUDY_LIST_KEYS.map(([key, keyword]) => search[key] && `${keyword}[${search[key].length}]`),
    search.modality && "ModalitiesInStudy",
    search.studyDate && "StudyDate",
  ].filter(Boolean);
  return `QIDO-RS GET /studies ${keys.join(" ")}`.trim();
}

export function describeSeriesSearch(studyInstanceUids: readonly string[]): string {
  return `QIDO-RS GET /series StudyInstanceUID[${studyInstanceUids.length}]`;
}
