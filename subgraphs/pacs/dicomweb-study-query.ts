/**
 * The production PACS: a DICOMweb server searched with QIDO-RS (PS3.18 §10.6), e.g. Orthanc with
 * its DICOMweb plugin. Each search becomes as few HTTP requests as its lists allow, run a few at a
 * time; every request is reported to onStoreQuery. Answers are checked against the search, since
 * servers match more loosely than the interface promises.
 */
import { forEachConcurrently } from "../shared/for-each-concurrently";
import type { StoreQueryListener } from "../subgraph";
import { dicomString, type DicomJsonDataset } from "./dicom-json";
import {
  SERIES_ATTRIBUTES,
  STUDY_ATTRIBUTES,
  type DicomStudyQuery,
  type StudySearch,
} from "./dicom-study-query";
import { PacsHttp } from "./dicomweb-http";
import { DICOM_TAGS as T, type DicomAttribute } from "./native-schema";
import { qidoQueryString, qidoValue, qidoValueLists } from "./qido-query";
import {
  describeSeriesSearch,
  describeStudySearch,
  STUDY_LIST_KEYS,
  studyMatcher,
} from "./study-search";

/** Requests in flight for one search: enough to overlap latency, few enough to spare the server. */
const CONCURRENT_REQUESTS = 4;
/** Opening fails fast when the server is down or hangs. */
const PROBE_TIMEOUT_MS = 5_000;
/** A well-formed UID no study has (the `2.25` UUID-derived UID of zero): matches nothing. */
const PROBE_UID = "2.25.0";
const DICOM_JSON = "application/dicom+json";
/** How servers word a capped answer ("…exceeded the maximum…", "additional results…"). */
const TRUNCATED = /exceed|additional results|truncat|limit/i;

export class DicomWebStudyQuery implements DicomStudyQuery {
  private constructor(
    private readonly http: PacsHttp,
    private readonly onStoreQuery?: StoreQueryListener,
  ) {}

  /** Resolves once the server has answered one QIDO-RS search; down or refusing, it rejects. */
  static async open(url: string, onStoreQuery?: StoreQueryListener): Promise<DicomWebStudyQuery> {
    const http = new PacsHttp(url);
    // The probe is Medfuse's, not a source layer's: listeners count only the latter.
    await http
      .request({
        path: "studies",
        query: qidoQueryString([["StudyInstanceUID", PROBE_UID]]),
        accept: DICOM_JSON,
        timeoutMs: PROBE_TIMEOUT_MS,
        what: "QIDO-RS GET /studies",
      })
      .catch(async (error: unknown) => {
        await http.close();
        throw error;
      });
    return new DicomWebStudyQuery(http, onStoreQuery);
  }

  async searchStudies(search: StudySearch): Promise<DicomJsonDataset[]> {
    // The most selective list goes to the server, split as needed; other lists are checked here.
    const driving = STUDY_LIST_KEYS.find(([key]) => search[key] !== undefined);
    const lists = driving ? qidoValueLists(search[driving[0]]!) : [null];
    const common = { modality: search.modality, studyDate: search.studyDate };
    const found = await this.searchAll("studies", lists, STUDY_ATTRIBUTES, (list) => {
      const keys: Array<[string, string]> = [];
      if (driving && list) keys.push([driving[1], list.query]);
      if (search.modality) keys.push(["ModalitiesInStudy", qidoValue(search.modality)]);
      if (search.studyDate) {
        const { from = "", to = "" } = search.studyDate;
        keys.push(["StudyDate", `${qidoValue(from)}-${qidoValue(to)}`]);
      }
      const reported = driving && list ? { ...common, [driving[0]]: list.values } : common;
      return { keys, description: describeStudySearch(reported) };
    });
    return distinctBy(found.filter(studyMatcher(search)), T.StudyInstanceUID);
  }

  async searchSeries(studyInstanceUids: readonly string[]): Promise<DicomJsonDataset[]> {
    const found = await this.searchAll(
      "series",
      qidoValueLists(studyInstanceUids),
      SERIES_ATTRIBUTES,
      (list) => ({
        keys: [["StudyInstanceUID", list.query]],
        description: describeSeriesSearch(list.values),
      }),
    );
    const wanted = new Set(studyInstanceUids);
    const ofWanted = found.filter((s) => wanted.has(dicomString(s, T.StudyInstanceUID) ?? ""));
    return distinctBy(ofWanted, T.SeriesInstanceUID);
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** One QIDO-RS request per list, a few at a time; answers are concatenated. */
  private async searchAll<L>(
    resource: "studies" | "series",
    lists: readonly L[],
    fields: readonly DicomAttribute[],
    request: (list: L) => { keys: Array<[string, string]>; description: string },
  ): Promise<DicomJsonDataset[]> {
    const answers: DicomJsonDataset[][] = [];
    await forEachConcurrently(lists, CONCURRENT_REQUESTS, async (list, i) => {
      const { keys, description } = request(list);
      const includes = fields.map(({ tag }): [string, string] => ["includefield", tag]);
      const query = qidoQueryString([...keys, ...includes]);
      this.onStoreQuery?.("pacs", description);
      const what = `QIDO-RS GET /${resource}`;
      const response = await this.http.request({ path: resource, query, accept: DICOM_JSON, what });
      answers[i] = this.datasets(response.text, response.warning, what);
    });
    return answers.flat();
  }

  private datasets(text: string, warning: string | null, what: string): DicomJsonDataset[] {
    const problem = (detail: string) =>
      new Error(`PACS DICOMweb server at ${this.http.address}: ${what} ${detail}`);
    // A server that caps its answers says so in a Warning header (PS3.18 §8.3.4.4): a partial
    // list of a patient's imaging must not pass for the whole. Other warnings change nothing.
    if (warning && TRUNCATED.test(warning)) throw problem("answered only part of the results");
    if (text.trim() === "") return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw problem("answered something that is not JSON");
    }
    if (!Array.isArray(parsed)) throw problem("answered JSON that is not a DICOM JSON array");
    return parsed as DicomJsonDataset[];
  }
}

/** One dataset per value of the attribute, the first kept (lists may overlap after wildcards). */
function distinctBy(datasets: DicomJsonDataset[], attribute: DicomAttribute): DicomJsonDataset[] {
  const byKey = new Map<string, DicomJsonDataset>();
  for (const dataset of datasets) {
    const key = dicomString(dataset, attribute);
    if (key !== null && !byKey.has(key)) byKey.set(key, dataset);
  }
  return [...byKey.values()];
}
