import { pacsPatientId, patientNumberFromPacs } from "./patient-id";

const site = { code: "H01", timeZone: "Europe/Berlin" };

describe("PACS PatientID", () => {
  it("prefixes the padded HIS number with the site code and an underscore", () => {
    expect(pacsPatientId(site, 42)).toBe("H01_00000042");
  });

  it("reads the HIS number back, tolerating DICOM padding", () => {
    expect(patientNumberFromPacs(site, "H01_00000042")).toBe(42);
    expect(patientNumberFromPacs(site, "H01_00000042 ")).toBe(42);
  });

  it("gives no number for another site's or a foreign PatientID", () => {
    expect(patientNumberFromPacs(site, "H02_00000042")).toBeNull();
    expect(patientNumberFromPacs(site, "H01-00000042")).toBeNull();
    expect(patientNumberFromPacs(site, "00000042")).toBeNull();
  });
});
