/**
 * Each workload as a stream of requests: request `i` asks for a different patient (or page) than
 * its neighbours, and says how to check its answer. No two consecutive requests are alike, so no
 * peer can answer from a cache of the previous one.
 */
import { encodeCursor } from "../../subgraphs/his/patient-search";
import { hisPatientId } from "../../subgraphs/his/patient-id";
import { canonicalPatientId } from "../../subgraphs/shared/patient-id";
import type { HospitalSite } from "../../subgraphs/subgraph";
import { W0_QUERY, W1_QUERY, w4Query, wardListQuery } from "./operations";
import { checkPatient360, checkWardList, graphqlData } from "./shape-checks";

export interface BenchRequest {
  /** The JSON body to POST to /graphql. */
  readonly body: string;
  /** Null when the answer has the right shape, else what is wrong with it. */
  check(body: string): string | null;
}

/** Request number → request; total over the request numbers the load generator hands out. */
export type RequestSource = (index: number) => BenchRequest;

export interface Hospital {
  readonly patients: number;
  readonly site: HospitalSite;
  /** The hospital's "now": fused fields are asked at this instant, so answers are stable. */
  readonly asOf: Date;
}

/** Primes: `index * stride mod size` visits every value once per `size` requests. */
function rotate(index: number, size: number): number {
  const stride = size % 7919 === 0 ? 7907 : 7919;
  return (index * stride) % size;
}

function request(
  query: string,
  variables: object,
  check: (data: Record<string, unknown>) => string | null,
): BenchRequest {
  return {
    body: JSON.stringify({ query, operationName: /^query (\w+)/.exec(query)![1], variables }),
    check: (body) => {
      const answer = graphqlData(body);
      return "problem" in answer ? answer.problem : check(answer.data);
    },
  };
}

export const w0Requests = (): RequestSource => () =>
  request(W0_QUERY, {}, (data) => (data.__typename === "Query" ? null : "__typename missing"));

function patientAt(hospital: Hospital, index: number): string {
  return canonicalPatientId(hospital.site, 1 + rotate(index, hospital.patients));
}

export const patient360Requests =
  (hospital: Hospital): RequestSource =>
  (index) => {
    const id = patientAt(hospital, index);
    return request(W1_QUERY, { id }, (data) => checkPatient360(data, id));
  };

/** W2 (`deep` false) and W3: pages of `first` patients starting at a different patient each time. */
export function wardListRequests(hospital: Hospital, first: number, deep: boolean): RequestSource {
  const size = Math.min(first, hospital.patients);
  const starts = hospital.patients - size + 1;
  return (index) => {
    const skipped = rotate(index, starts);
    const after = skipped === 0 ? null : encodeCursor(hisPatientId(skipped));
    const firstId = canonicalPatientId(hospital.site, skipped + 1);
    return request(
      wardListQuery(deep),
      { first: size, after, asOf: hospital.asOf.toISOString() },
      (data) => checkWardList(data, firstId, size),
    );
  };
}

/** W4: `variants` operation texts, cycled; `salt` makes a fresh set for each cold pass. */
export function variantRequests(hospital: Hospital, salt: string, variants: number): RequestSource {
  return (index) => {
    const id = patientAt(hospital, index);
    return request(w4Query(salt, index % variants), { id }, (data) => checkPatient360(data, id));
  };
}
