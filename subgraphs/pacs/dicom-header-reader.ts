/**
 * Reads chosen attributes of one DICOM Part-10 file into DICOM JSON, parsing only up to the pixel
 * data: a few kilobytes per file, so thousands of files index in seconds.
 */
import { open } from "node:fs/promises";
import { parseDicom, type DataSet } from "dicom-parser";
import type { DicomJsonDataset, DicomJsonValue } from "./dicom-json";
import { DICOM_TAGS, UTF8_CHARACTER_SET, type DicomAttribute } from "./native-schema";

/** Enough for any ordinary header; a larger one is read whole. */
const HEADER_BYTES = 64 * 1024;
const PIXEL_DATA = parserTag(DICOM_TAGS.PixelData.tag);

/** The attributes present in the file (empty ones without Value); null when it is not DICOM. */
export async function readDicomHeader(
  path: string,
  attributes: readonly DicomAttribute[],
): Promise<DicomJsonDataset | null> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await file.read(head, 0, head.length, 0);
    // Part-10 files carry `DICM` after a 128-byte preamble; anything else is skipped unread.
    if (head.toString("latin1", 128, 132) !== "DICM") return null;
    let dataSet = parseHeader(head);
    if (size > head.length && !dataSet?.elements[PIXEL_DATA]) {
      const whole = Buffer.alloc(size);
      await file.read(whole, 0, size, 0);
      dataSet = parseHeader(whole);
    }
    return dataSet && toDicomJson(dataSet, attributes);
  } finally {
    await file.close();
  }
}

function parseHeader(bytes: Buffer): DataSet | null {
  try {
    return parseDicom(bytes, { untilTag: PIXEL_DATA });
  } catch {
    // dicom-parser throws strings for files that are not Part-10 or end mid-element.
    return null;
  }
}

function toDicomJson(dataSet: DataSet, attributes: readonly DicomAttribute[]): DicomJsonDataset {
  const characterSet = dataSet.string(parserTag(DICOM_TAGS.SpecificCharacterSet.tag)) ?? "";
  // Other single-byte sets are read as Latin-1, which covers the default repertoire (ASCII).
  const encoding = characterSet.includes(UTF8_CHARACTER_SET) ? "utf8" : "latin1";
  const json: DicomJsonDataset = {};
  for (const attribute of attributes) {
    const element = dataSet.elements[parserTag(attribute.tag)];
    if (!element) continue;
    const values =
      attribute.vr === "US"
        ? usValues(dataSet, attribute)
        : textValues(dataSet, attribute, encoding);
    json[attribute.tag] = values.length
      ? { vr: attribute.vr, Value: values }
      : { vr: attribute.vr };
  }
  return json;
}

function usValues(dataSet: DataSet, attribute: DicomAttribute): DicomJsonValue[] {
  const value = dataSet.uint16(parserTag(attribute.tag));
  return value === undefined ? [] : [value];
}

function textValues(
  dataSet: DataSet,
  attribute: DicomAttribute,
  encoding: BufferEncoding,
): DicomJsonValue[] {
  const element = dataSet.elements[parserTag(attribute.tag)];
  const bytes = dataSet.byteArray;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + element.dataOffset, element.length)
    .toString(encoding)
    .replace(/[\0 ]+$/, "");
  if (!text) return [];
  return text.split("\\").map((value) => {
    const trimmed = value.trim();
    if (attribute.vr === "PN") return { Alphabetic: trimmed.split("=")[0] };
    return attribute.vr === "IS" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  });
}

/** dicom-parser keys elements as `xggggeeee`, lower case. */
function parserTag(tag: string): string {
  return `x${tag.toLowerCase()}`;
}
