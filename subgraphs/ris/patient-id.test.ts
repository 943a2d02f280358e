import { risPatientNo, risPatientNoFor } from "./patient-id";

const site = { code: "H01", timeZone: "Europe/Berlin" };

describe("RIS patient numbers", () => {
  it("pads the HIS number to the RIS width of 10, not the HIS width of 8", () => {
    expect(risPatientNo(42)).toBe("0000000042");
    expect(risPatientNoFor("H01-00000042", site)).toBe("0000000042");
  });

  it("accepts canonical ids with any padding, since the number is what matches", () => {
    expect(risPatientNoFor("H01-42", site)).toBe("0000000042");
  });

  it("gives no RIS number for another hospital's patients", () => {
    expect(risPatientNoFor("H02-00000042", site)).toBeNull();
  });

  it("rejects a malformed id as the client's mistake", () => {
    expect(() => risPatientNoFor("00000042", site)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });
});
