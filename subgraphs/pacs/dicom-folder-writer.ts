/**
 * Writes the synthetic hospital's PACS as real DICOM Part-10 files (Explicit VR Little Endian),
 * laid out `<folder>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm`, each with a
 * tiny 8×8 image so viewers and parsers accept it.
 */
import { data as dcmjsData } from "dcmjs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SyntheticHospital } from "../../generator/synthetic-hospital";
import { forEachConcurrently } from "../shared/for-each-concurrently";
import { dicomElement, type DicomJsonDataset } from "./dicom-json";
import { DICOM_META_TAGS as M, DICOM_TAGS as T, EXPLICIT_VR_LITTLE_ENDIAN } from "./native-schema";
import { pacsNativeInstances, type PacsInstanceRecord } from "./native-records";

/** Medfuse's implementation UID (a UUID-derived `2.25` UID, PS3.5 §B.2) and version name. */
const IMPLEMENTATION_CLASS_UID = "2.25.221416487015519209018765476474362312617";
const IMPLEMENTATION_VERSION = "MEDFUSE_0_1";
const IMAGE_SIZE = 8;
/** Files written at once: keeps the disk busy without exhausting file handles. */
const WRITE_CONCURRENCY = 16;

const IMAGE_PIXEL_MODULE: DicomJsonDataset = {
  [T.SamplesPerPixel.tag]: dicomElement(T.SamplesPerPixel, 1),
  [T.PhotometricInterpretation.tag]: dicomElement(T.PhotometricInterpretation, "MONOCHROME2"),
  [T.Rows.tag]: dicomElement(T.Rows, IMAGE_SIZE),
  [T.Columns.tag]: dicomElement(T.Columns, IMAGE_SIZE),
  [T.BitsAllocated.tag]: dicomElement(T.BitsAllocated, 16),
  [T.BitsStored.tag]: dicomElement(T.BitsStored, 12),
  [T.HighBit.tag]: dicomElement(T.HighBit, 11),
  [T.PixelRepresentation.tag]: dicomElement(T.PixelRepresentation, 0),
};

/** A faint diagonal gradient, the same for every instance. */
const PIXELS = Uint16Array.from(
  { length: IMAGE_SIZE * IMAGE_SIZE },
  (_, i) => ((i % IMAGE_SIZE) + Math.floor(i / IMAGE_SIZE)) * 64,
).buffer;

/**
 * Writes one file per instance of every performed imaging exam into `folder` (created if
 * missing), reporting progress after each file. Resolves with the number of files written.
 */
export async function writeDicomFolder(
  hospital: SyntheticHospital,
  folder: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: number }> {
  const records = [...pacsNativeInstances(hospital)];
  const seriesFolders = [
    ...new Set(records.map((r) => join(folder, r.studyInstanceUid, r.seriesInstanceUid))),
  ];
  await forEachConcurrently(seriesFolders, WRITE_CONCURRENCY, (path) =>
    mkdir(path, { recursive: true }).then(() => {}),
  );
  let done = 0;
  await forEachConcurrently(records, WRITE_CONCURRENCY, async (record) => {
    const path = join(
      folder,
      record.studyInstanceUid,
      record.seriesInstanceUid,
      `${record.sopInstanceUid}.dcm`,
    );
    await writeFile(path, encodePart10(record));
    onProgress?.(++done, records.length);
  });
  return { files: records.length };
}

/** A Part-10 file: preamble, file meta information, then the data set. */
function encodePart10(record: PacsInstanceRecord): Buffer {
  const file = new dcmjsData.DicomDict({
    [M.FileMetaInformationVersion.tag]: {
      vr: M.FileMetaInformationVersion.vr,
      Value: [new Uint8Array([0, 1]).buffer],
    },
    [M.MediaStorageSOPClassUID.tag]: dicomElement(M.MediaStorageSOPClassUID, record.sopClassUid),
    [M.MediaStorageSOPInstanceUID.tag]: dicomElement(
      M.MediaStorageSOPInstanceUID,
      record.sopInstanceUid,
    ),
    [M.TransferSyntaxUID.tag]: dicomElement(M.TransferSyntaxUID, EXPLICIT_VR_LITTLE_ENDIAN),
    [M.ImplementationClassUID.tag]: dicomElement(
      M.ImplementationClassUID,
      IMPLEMENTATION_CLASS_UID,
    ),
    [M.ImplementationVersionName.tag]: dicomElement(
      M.ImplementationVersionName,
      IMPLEMENTATION_VERSION,
    ),
  });
  file.dict = { ...record.dataset, ...IMAGE_PIXEL_MODULE };
  // DICOM JSON leaves Value out of an empty attribute; dcmjs wants an empty list.
  for (const [tag, { vr, Value }] of Object.entries(file.dict))
    file.dict[tag] = { vr, Value: Value ?? [] };
  file.dict[T.PixelData.tag] = { vr: T.PixelData.vr, Value: [PIXELS] };
  return Buffer.from(file.write());
}
