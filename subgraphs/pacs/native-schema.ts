/**
 * The PACS's native vocabulary: DICOM attributes (tag, VR) as the QIDO-RS study and series levels
 * return them, the SOP classes the archive stores, and the DICOM code tables Medfuse reads.
 * Tags and VRs: DICOM PS3.6 (Data Dictionary); QIDO-RS keys: PS3.18 §10.6; CLINICAL.md §8.
 */

/** A DICOM attribute: its tag as DICOM JSON keys it (8 upper-case hex digits) and its VR. */
export interface DicomAttribute {
  readonly tag: string;
  readonly vr: string;
}

/** The attributes Medfuse writes, indexes and queries (PS3.6 §6). */
export const DICOM_TAGS = {
  SpecificCharacterSet: { tag: "00080005", vr: "CS" },
  SOPClassUID: { tag: "00080016", vr: "UI" },
  SOPInstanceUID: { tag: "00080018", vr: "UI" },
  StudyDate: { tag: "00080020", vr: "DA" },
  StudyTime: { tag: "00080030", vr: "TM" },
  AccessionNumber: { tag: "00080050", vr: "SH" },
  Modality: { tag: "00080060", vr: "CS" },
  ModalitiesInStudy: { tag: "00080061", vr: "CS" },
  ReferringPhysicianName: { tag: "00080090", vr: "PN" },
  StudyDescription: { tag: "00081030", vr: "LO" },
  SeriesDescription: { tag: "0008103E", vr: "LO" },
  PatientName: { tag: "00100010", vr: "PN" },
  PatientID: { tag: "00100020", vr: "LO" },
  PatientBirthDate: { tag: "00100030", vr: "DA" },
  PatientSex: { tag: "00100040", vr: "CS" },
  BodyPartExamined: { tag: "00180015", vr: "CS" },
  StudyInstanceUID: { tag: "0020000D", vr: "UI" },
  SeriesInstanceUID: { tag: "0020000E", vr: "UI" },
  StudyID: { tag: "00200010", vr: "SH" },
  SeriesNumber: { tag: "00200011", vr: "IS" },
  InstanceNumber: { tag: "00200013", vr: "IS" },
  NumberOfStudyRelatedSeries: { tag: "00201206", vr: "IS" },
  NumberOfStudyRelatedInstances: { tag: "00201208", vr: "IS" },
  NumberOfSeriesRelatedInstances: { tag: "00201209", vr: "IS" },
  SamplesPerPixel: { tag: "00280002", vr: "US" },
  PhotometricInterpretation: { tag: "00280004", vr: "CS" },
  Rows: { tag: "00280010", vr: "US" },
  Columns: { tag: "00280011", vr: "US" },
  BitsAllocated: { tag: "00280100", vr: "US" },
  BitsStored: { tag: "00280101", vr: "US" },
  HighBit: { tag: "00280102", vr: "US" },
  PixelRepresentation: { tag: "00280103", vr: "US" },
  PixelData: { tag: "7FE00010", vr: "OW" },
} as const satisfies Record<string, DicomAttribute>;

/** File meta information (PS3.10 §7.1), written before the data set of every Part-10 file. */
export const DICOM_META_TAGS = {
  FileMetaInformationVersion: { tag: "00020001", vr: "OB" },
  MediaStorageSOPClassUID: { tag: "00020002", vr: "UI" },
  MediaStorageSOPInstanceUID: { tag: "00020003", vr: "UI" },
  TransferSyntaxUID: { tag: "00020010", vr: "UI" },
  ImplementationClassUID: { tag: "00020012", vr: "UI" },
  ImplementationVersionName: { tag: "00020013", vr: "SH" },
} as const satisfies Record<string, DicomAttribute>;

/** Explicit VR Little Endian (PS3.5 §A.2). */
export const EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";

/** Unicode in UTF-8 (PS3.3 C.12.1.1.2); absent means the default repertoire (ASCII). */
export const UTF8_CHARACTER_SET = "ISO_IR 192";

/** Storage SOP classes by modality (PS3.4 Annex B.5); other modalities are secondary captures. */
export const STORAGE_SOP_CLASS = {
  CT: "1.2.840.10008.5.1.4.1.1.2",
  CR: "1.2.840.10008.5.1.4.1.1.1",
  MR: "1.2.840.10008.5.1.4.1.1.4",
  US: "1.2.840.10008.5.1.4.1.1.6.1",
} as const;
export const SECONDARY_CAPTURE_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.7";

/** DICOM codes (DCM) for acquisition modalities, CID 29 (PS3.16). */
export const DCM_SYSTEM = "http://dicom.nema.org/resources/ontology/DCM";
export const DICOM_MODALITIES = {
  CT: "Computed Tomography",
  CR: "Computed Radiography",
  DX: "Digital Radiography",
  MG: "Mammography",
  MR: "Magnetic Resonance",
  NM: "Nuclear Medicine",
  PT: "Positron emission tomography",
  US: "Ultrasound",
  XA: "X-Ray Angiography",
} as const;

/**
 * BodyPartExamined defined terms mapped to SNOMED CT (PS3.16 Annex L), for FHIR `bodySite`.
 * A term missing here is kept under PACS_BODY_PART_SYSTEM: shown, marked as unmapped.
 */
export const SNOMED_SYSTEM = "http://snomed.info/sct";
export const PACS_BODY_PART_SYSTEM = "urn:medfuse:pacs:BodyPartExamined";
export const BODY_PART_SNOMED = {
  CHEST: { code: "51185008", display: "Thorax" },
  HEAD: { code: "69536005", display: "Head" },
  KIDNEY: { code: "64033007", display: "Kidney" },
  LSPINE: { code: "122496007", display: "Lumbar spine" },
  CSPINE: { code: "122494005", display: "Cervical spine" },
} as const;

/** PatientSex (0010,0040): M, F, O (PS3.3 C.7.1.1); HIS codes the same patients 1/2. */
export const DICOM_PATIENT_SEX = { male: "M", female: "F" } as const;

/** DA and TM as the archive writes them: local wall-clock time of the hospital (PS3.5 §6.2). */
export const DICOM_DATE = "yyyyMMdd";
export const DICOM_TIME = "HHmmss";
