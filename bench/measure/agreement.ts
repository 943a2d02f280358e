/**
 * Right shape is not enough: before a workload is timed on a peer, its first request goes to
 * the peer and to the floor, and the two answers must agree on every field the peer returned (the
 * floor's records carry more fields; those are not compared). A peer whose answers differ fails
 * that workload. Differences are reported by path, never by value.
 */
import type { RequestSource } from "../workloads/request-sources";
import { graphqlData } from "../workloads/shape-checks";

const SAMPLES = 1;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null;

/** The first path where `peer` says something the floor does not; list indices elided. */
export function firstDifference(peer: unknown, floor: unknown, path = "data"): string | null {
  if (Array.isArray(peer)) {
    if (!Array.isArray(floor)) return path;
    if (peer.length !== floor.length) return `${path} (length)`;
    for (let i = 0; i < peer.length; i++) {
      const difference = firstDifference(peer[i], floor[i], `${path}[]`);
      if (difference) return difference;
    }
    return null;
  }
  if (isObject(peer)) {
    if (!isObject(floor)) return path;
    for (const [key, value] of Object.entries(peer)) {
      const difference = firstDifference(value, floor[key] ?? null, `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return peer === floor ? null : path;
}

async function post(url: string, body: string): Promise<ReturnType<typeof graphqlData>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  return graphqlData(await response.text());
}

/** Null when the peer and the floor agree on the first requests of `requests`, else where not. */
export async function disagreement(
  peerUrl: string,
  floorUrl: string,
  requests: RequestSource,
): Promise<string | null> {
  for (let i = 0; i < SAMPLES; i++) {
    const { body } = requests(i);
    const [peer, floor] = await Promise.all([post(peerUrl, body), post(floorUrl, body)]);
    if ("problem" in peer) return `no comparable answer: ${peer.problem}`;
    if ("problem" in floor) return `the floor gave no answer to compare with: ${floor.problem}`;
    const difference = firstDifference(peer.data, floor.data);
    if (difference) return `answers differ from the floor's at ${difference}`;
  }
  return null;
}
