/**
 * The floor's answers: the store work of W1–W4 done directly, every system at once, through the
 * subgraphs' own loaders (so the same batched store queries, with the same arguments as the
 * GraphQL operations in workloads/operations.ts) and fusion's own pure functions for the fused
 * fields. No parsing, planning, validation or entity representations: what remains is the cost
 * of the stores, the drivers and the mapping.
 */
import type DataLoader from "dataloader";
import { clinicalAssessment } from "../../subgraphs/fusion/decision/graph-results";
import { decide } from "../../subgraphs/fusion/decision/decisions";
import { featureVector } from "../../subgraphs/fusion/features/feature-vector";
import type { Patient as FusionPatient } from "../../subgraphs/fusion/patient";
import { readPatientRecord } from "../../subgraphs/fusion/patient-record";
import { hisPatientId, patientNumberFromHis } from "../../subgraphs/his/patient-id";
import { encodeCursor, nativePatientSearch } from "../../subgraphs/his/patient-search";
import { labHistoryEntry } from "../../subgraphs/lis/lab-history";
import { lisPatientId } from "../../subgraphs/lis/patient-id";
import { vitalSignHistoryEntry } from "../../subgraphs/emr/vital-sign-history";
import { pacsPatientId } from "../../subgraphs/pacs/patient-id";
import { patientNumberAtSite } from "../../subgraphs/shared/patient-id";
import type { HospitalSite } from "../../subgraphs/subgraph";
import { PATIENT_360_LIMITS } from "../workloads/operations";
import type { FloorContexts } from "./floor-sources";

/** Every key in one batch; a failed key fails the answer, as a null list would fail its check. */
const loadAll = <K, V>(loader: DataLoader<K, V>, keys: readonly K[]) =>
  Promise.all(keys.map((k) => loader.load(k)));

const ALL_LABS = { loinc: null, since: null, last: null } as const;
const ALL_HISTORY = { since: null, last: null } as const;
const ALL_STUDIES = { modality: null, since: null } as const;

/** W1 (and W4): one patient, every system's part fetched at the same time. */
export async function floorPatient360(c: FloorContexts, site: HospitalSite, id: string) {
  const number = patientNumberAtSite(id, site);
  if (number === null) return null;
  const { labs, vitals, notes } = PATIENT_360_LIMITS;
  const [patient, encounters, labResults, vitalSigns, clinicalNotes, imagingStudies, reports] =
    await Promise.all([
      c.his.loaders.patient.load(hisPatientId(number)),
      c.his.loaders.encounters.load(hisPatientId(number)),
      c.lis.loaders.labResults.with({ ...ALL_LABS, last: labs }).load(lisPatientId(number)),
      c.emr.loaders.vitalSigns.with({ since: null, last: vitals }).load(id),
      c.emr.loaders.clinicalNotes.with({ since: null, last: notes }).load(id),
      c.pacs.loaders.imagingStudies.with(ALL_STUDIES).load(pacsPatientId(site, number)),
      c.ris.loaders.radiologyReports.load(id),
    ]);
  return (
    patient && {
      ...patient,
      encounters,
      labResults,
      vitalSigns,
      clinicalNotes,
      imagingStudies,
      radiologyReports: reports,
    }
  );
}

export interface WardListArgs {
  readonly first: number;
  readonly after: string | null;
  /** W3: every lab of the history instead of the latest of each. */
  readonly deep: boolean;
  readonly asOf: Date;
}

/** W2 and W3: a page of patients, then every system's lists for the page in one batch each. */
export async function floorWardList(c: FloorContexts, site: HospitalSite, args: WardListArgs) {
  const rows = await c.his.source.searchPatients(
    nativePatientSearch(args.first, args.after ?? undefined),
  );
  const page = rows.slice(0, args.first);
  const hisIds = page.map((r) => r.PATIENT_ID);
  const numbers = hisIds.map(patientNumberFromHis);
  const patients = page.map((r) => c.his.map.patient(r));
  const ids = patients.map((p) => p.id);
  const lisIds = numbers.map(lisPatientId);
  const [encounters, conditions, orders, labs, latestLabs, vitals, latestVitals, studies, reports] =
    await Promise.all([
      loadAll(c.his.loaders.encounters, hisIds),
      loadAll(c.his.loaders.conditions, hisIds),
      loadAll(c.his.loaders.medicationRequests.with(null), hisIds),
      loadAll(c.lis.loaders.labResults.with(ALL_LABS), lisIds),
      loadAll(c.lis.loaders.labResults.with({ ...ALL_LABS, last: args.deep ? null : 1 }), lisIds),
      loadAll(c.emr.loaders.vitalSigns.with(ALL_HISTORY), ids),
      loadAll(c.emr.loaders.vitalSigns.with({ since: null, last: 1 }), ids),
      loadAll(
        c.pacs.loaders.imagingStudies.with(ALL_STUDIES),
        numbers.map((n) => pacsPatientId(site, n)),
      ),
      loadAll(c.ris.loaders.radiologyReports, ids),
    ]);
  const nodes = patients.map((patient, i) => {
    const record = readPatientRecord({
      ...patient,
      encounters: encounters[i],
      conditions: conditions[i],
      medicationRequestHistory: orders[i],
      labHistory: labs[i].map(labHistoryEntry),
      vitalSignHistory: vitals[i].map(vitalSignHistoryEntry),
      imagingStudyHistory: studies[i],
      radiologyReports: reports[i],
    } as unknown as FusionPatient);
    const decisions = decide(record, args.asOf, site.timeZone);
    return {
      ...patient,
      labs: latestLabs[i],
      vitals: latestVitals[i],
      imagingStudies: studies[i],
      features: { asOf: args.asOf, features: featureVector(record, args.asOf, site.timeZone) },
      assessment: clinicalAssessment(decisions.asOf, decisions.assessment),
    };
  });
  const last = page[page.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor(last.PATIENT_ID) : null,
    },
  };
}
