/**
 * The Orthanc the PACS tests run against (scripts/services/orthanc.sh), and a test hospital put on
 * it afresh: the site's earlier patients are deleted through Orthanc's REST API first, so a test
 * never meets studies an older run left behind. Each test file uses its own site code, so files
 * running side by side never touch each other's patients.
 */
import type { HospitalSite } from "../subgraph";
import { PacsHttp } from "./dicomweb-http";
import { uploadDicomFolder } from "./dicomweb-upload";

export interface OrthancForTests {
  /** The DICOMweb base, what the PACS subgraph is given. */
  readonly dicomWebUrl: string;
  /** Orthanc's own REST API, for what DICOMweb cannot do (deleting). */
  readonly restUrl: string;
}

export function orthancForTests(): OrthancForTests {
  const dicomWebUrl = process.env.MEDFUSE_TEST_DICOMWEB_URL;
  const restUrl = process.env.MEDFUSE_TEST_ORTHANC_URL;
  if (!dicomWebUrl || !restUrl) {
    throw new Error(
      "MEDFUSE_TEST_DICOMWEB_URL and MEDFUSE_TEST_ORTHANC_URL are not set: the PACS tests need " +
        'Orthanc. Run `bash scripts/services/orthanc.sh start && eval "$(bash scripts/services/orthanc.sh env)"` ' +
        "(npm test does both).",
    );
  }
  return { dicomWebUrl, restUrl };
}

/** Replaces the site's patients on Orthanc with the DICOM files of `folder`. */
export async function putSiteOnOrthanc(
  orthanc: OrthancForTests,
  site: HospitalSite,
  folder: string,
): Promise<void> {
  const rest = new PacsHttp(orthanc.restUrl);
  try {
    await deleteSitePatients(rest, site);
  } finally {
    await rest.close();
  }
  await uploadDicomFolder(folder, orthanc.dicomWebUrl);
}

async function deleteSitePatients(rest: PacsHttp, site: HospitalSite): Promise<void> {
  const query = { Level: "Patient", Query: { PatientID: `${site.code}_*` } };
  const { text } = await rest.request({
    method: "POST",
    path: "tools/find",
    body: new TextEncoder().encode(JSON.stringify(query)),
    contentType: "application/json",
    what: "Orthanc POST /tools/find",
  });
  for (const id of JSON.parse(text) as string[]) {
    await rest.request({
      method: "DELETE",
      path: `patients/${encodeURIComponent(id)}`,
      what: "Orthanc DELETE /patients",
    });
  }
}
