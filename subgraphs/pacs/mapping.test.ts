import type { DicomJsonDataset } from "./dicom-json";
import { PacsMapping, studyInstant } from "./mapping";

const site = { code: "H01", timeZone: "Europe/Berlin" };
const map = new PacsMapping(site);

const study: DicomJsonDataset = {
  "0020000D": { vr: "UI", Value: ["1.2.3.4"] },
  "00080020": { vr: "DA", Value: ["20240701"] },
  "00080030": { vr: "TM", Value: ["101500.250"] },
  "00080050": { vr: "SH", Value: ["ACC000000010001"] },
  "00080061": { vr: "CS", Value: ["CT", "SR"] },
  "00081030": { vr: "LO", Value: ["CT Chest with contrast"] },
  "00100020": { vr: "LO", Value: ["H01_00000042"] },
  "00201206": { vr: "IS", Value: [2] },
  "00201208": { vr: "IS", Value: [5] },
};

describe("PACS mapping", () => {
  it("reads DA/TM in the hospital's zone, across DST and in every TM form", () => {
    expect(studyInstant("20240701", "101500", site.timeZone)?.toISOString()).toBe(
      "2024-07-01T08:15:00.000Z",
    );
    expect(studyInstant("20240115", "1015", site.timeZone)?.toISOString()).toBe(
      "2024-01-15T09:15:00.000Z",
    );
    expect(studyInstant("20240115", "10:15:30", site.timeZone)?.toISOString()).toBe(
      "2024-01-15T09:15:30.000Z",
    );
    expect(studyInstant("20240115", null, site.timeZone)?.toISOString()).toBe(
      "2024-01-14T23:00:00.000Z",
    );
    expect(studyInstant(null, "101500", site.timeZone)).toBeNull();
    expect(studyInstant("2024-01-15", "101500", site.timeZone)).toBeNull();
  });

  it("maps a study with DCM modality codes, the urn:dicom:uid identifier and provenance as written", () => {
    expect(map.study(study)).toEqual({
      uid: "1.2.3.4",
      identifier: { system: "urn:dicom:uid", code: "urn:oid:1.2.3.4", display: null },
      accessionNumber: "ACC000000010001",
      started: new Date("2024-07-01T08:15:00Z"),
      modalities: [
        {
          system: "http://dicom.nema.org/resources/ontology/DCM",
          code: "CT",
          display: "Computed Tomography",
        },
        { system: "http://dicom.nema.org/resources/ontology/DCM", code: "SR", display: null },
      ],
      description: "CT Chest with contrast",
      numberOfSeries: 2,
      numberOfInstances: 5,
      provenance: {
        system: "PACS",
        table: "study",
        recordId: "1.2.3.4",
        value: "CT Chest with contrast",
        time: "20240701 101500.250",
      },
      pacsPatientId: "H01_00000042",
    });
  });

  it("maps BodyPartExamined to SNOMED CT and keeps an unmapped term under the PACS system", () => {
    const series = (bodyPart: string): DicomJsonDataset => ({
      "0020000E": { vr: "UI", Value: ["1.2.3.4.1"] },
      "00080060": { vr: "CS", Value: ["CT"] },
      "00200011": { vr: "IS", Value: [1] },
      "00180015": { vr: "CS", Value: [bodyPart] },
      "00201209": { vr: "IS", Value: [3] },
    });
    expect(map.series(series("CHEST"))).toMatchObject({
      uid: "1.2.3.4.1",
      number: 1,
      numberOfInstances: 3,
      bodySite: { system: "http://snomed.info/sct", code: "51185008", display: "Thorax" },
      provenance: { system: "PACS", table: "series", recordId: "1.2.3.4.1", value: "CHEST" },
    });
    expect(map.series(series("KNEE")).bodySite).toEqual({
      system: "urn:medfuse:pacs:BodyPartExamined",
      code: "KNEE",
      display: "unmapped BodyPartExamined",
    });
  });

  it("turns this site's PatientID into the canonical id, and no other", () => {
    expect(map.patientId("H01_00000042")).toBe("H01-00000042");
    expect(map.patientId("H02_00000042")).toBeNull();
    expect(map.patientId(null)).toBeNull();
  });
});
