/**
 * How many requests fill a cell's duration. A fixed count, not a timer: a timer would cut off
 * the requests still in flight, which then run on at the peer uncounted, and a slow cell (seconds
 * per answer) would end with none. One round of `connections` requests measures the latency; a
 * fast cell then measures its rate for a quarter of the duration (at most a second). Both also
 * warm the path before it is measured.
 */
import { driveLoad, type LoadSettings } from "./drive-load";
import type { RequestSource } from "../workloads/request-sources";

/** Below this, one round says little about the steady rate (connections opening, JIT). */
const FAST_ROUND_SECONDS = 0.5;
/** Calibration asks for other patients than the measured run, which starts at request 0. */
const CALIBRATION_OFFSET = 500_009;

export async function calibratedAmount(
  url: string,
  requests: RequestSource,
  settings: LoadSettings,
): Promise<number> {
  const connections = settings.connections;
  const others: RequestSource = (i) => requests(i + CALIBRATION_OFFSET);
  const round = (await driveLoad(url, others, { ...settings, amount: connections })).seconds;
  if (round >= FAST_ROUND_SECONDS)
    return connections * Math.max(1, Math.floor(settings.duration / round));
  const window = Math.min(1, settings.duration / 4);
  const rate = await driveLoad(url, others, { ...settings, duration: window, amount: undefined });
  return Math.max(connections, Math.round((rate.sent / rate.seconds) * settings.duration));
}
