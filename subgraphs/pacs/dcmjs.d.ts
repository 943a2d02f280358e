/** The part of dcmjs 0.51 Medfuse uses; the package ships no type declarations. */
declare module "dcmjs" {
  /** A denaturalized data set: DICOM JSON keyed by tag, binary values as ArrayBuffers. */
  type DcmjsDataset = Record<string, { vr: string; Value?: readonly unknown[] }>;

  export namespace data {
    /** A Part-10 file: file meta information plus the data set, encoded by `write()`. */
    class DicomDict {
      constructor(meta: DcmjsDataset);
      dict: DcmjsDataset;
      write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
    }
  }
}
