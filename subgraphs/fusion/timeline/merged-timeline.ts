/** Every system's events merged into one time-ordered list, paginated by a keyset cursor. */
import { badUserInput } from "../../shared/errors";
import { Coding } from "../../shared/coding";
import type { PatientRecord } from "../patient-record";
import {
  TimelineEventKind as Kind,
  TimelineSystem as System,
  type TimelineConnection,
  type TimelineEvent,
} from "../types/timeline-event";

const MAX_PAGE = 1000;

export interface TimelineWindow {
  readonly since?: Date | null;
  readonly until?: Date | null;
  readonly systems?: readonly System[] | null;
  readonly first: number;
  readonly after?: string | null;
}

const event = (
  system: System,
  kind: Kind,
  recordId: string,
  time: Date | null,
  title: string,
  code: Coding | null = null,
) =>
  time ? [{ id: `${system}:${kind}:${recordId}`, time, system, kind, title, code, recordId }] : [];

/** All events of the record, oldest first (ties broken by id so the order is total). */
export function timelineEvents(r: PatientRecord): TimelineEvent[] {
  const vitalSets = new Map<string, { time: Date; count: number }>();
  for (const v of r.vitals ?? []) {
    const set = vitalSets.get(v.setId) ?? { time: v.time, count: 0 };
    set.count += 1;
    vitalSets.set(v.setId, set);
  }
  const events: TimelineEvent[] = [
    ...(r.encounters ?? []).flatMap((e) =>
      event(System.HIS, Kind.encounter, e.id, e.start, `${e.kind} visit`),
    ),
    ...(r.conditions ?? []).flatMap((c) =>
      event(
        System.HIS,
        Kind.diagnosis,
        c.id,
        c.time,
        c.display ?? c.code,
        new Coding("http://hl7.org/fhir/sid/icd-10", c.code, c.display),
      ),
    ),
    ...(r.medications ?? []).flatMap((m) =>
      event(
        System.HIS,
        Kind.medicationOrder,
        m.id,
        m.start,
        m.display ?? m.atc,
        new Coding("http://www.whocc.no/atc", m.atc, m.display),
      ),
    ),
    ...(r.labs ?? []).flatMap((l) =>
      event(
        System.LIS,
        Kind.labResult,
        l.id,
        l.time,
        `${l.display ?? l.loinc} ${l.value !== null ? `${l.comparator ?? ""}${l.value} ${l.unit ?? ""}` : l.text}`.trim(),
        new Coding("http://loinc.org", l.loinc, l.display),
      ),
    ),
    ...[...vitalSets].flatMap(([setId, s]) =>
      event(System.EMR, Kind.vitalSigns, setId, s.time, `Vital signs (${s.count} values)`),
    ),
    ...(r.notes ?? []).flatMap((n) =>
      event(System.EMR, Kind.clinicalNote, n.id, n.time, n.display ?? n.type),
    ),
    ...(r.studies ?? []).flatMap((s) =>
      event(
        System.PACS,
        Kind.imagingStudy,
        s.uid,
        s.time,
        `${s.modalities.join("/")} ${s.description ?? "study"}`,
      ),
    ),
    ...(r.reports ?? []).flatMap((rep) =>
      event(
        System.RIS,
        Kind.radiologyReport,
        rep.id,
        rep.issued ?? rep.requestedAt,
        `${rep.modality} report (${rep.status})${rep.conclusion ? `: ${rep.conclusion}` : ""}`,
      ),
    ),
  ];
  return events.sort(
    (a, b) => a.time.getTime() - b.time.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const encodeCursor = (e: TimelineEvent) =>
  Buffer.from(JSON.stringify([e.time.getTime(), e.id])).toString("base64url");

function decodeCursor(cursor: string): [number, string] {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [
      unknown,
      unknown,
    ];
    if (typeof time === "number" && typeof id === "string") return [time, id];
  } catch {
    // fall through to the client error below
  }
  throw badUserInput("`after` is not a cursor this API returned", "after");
}

/** One page of the timeline within the window. */
export function timelinePage(record: PatientRecord, window: TimelineWindow): TimelineConnection {
  if (!Number.isInteger(window.first) || window.first < 1 || window.first > MAX_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE}`, "first");
  }
  if (window.since && window.until && window.since > window.until) {
    throw badUserInput("since is after until: the window is empty", "since");
  }
  const systems = window.systems?.length ? new Set(window.systems) : null;
  const inWindow = timelineEvents(record).filter(
    (e) =>
      (!systems || systems.has(e.system)) &&
      (!window.since || e.time >= window.since) &&
      (!window.until || e.time <= window.until),
  );
  let start = 0;
  if (window.after) {
    const [time, id] = decodeCursor(window.after);
    start = inWindow.findIndex(
      (e) => e.time.getTime() > time || (e.time.getTime() === time && e.id > id),
    );
    if (start < 0) start = inWindow.length;
  }
  const nodes = inWindow.slice(start, start + window.first);
  return {
    nodes,
    pageInfo: {
      hasNextPage: start + nodes.length < inWindow.length,
      endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null,
    },
    totalCount: inWindow.length,
  };
}
