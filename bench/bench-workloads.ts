/**
 * The table's rows per workload: what each measures and the requests it sends. W4 is two rows,
 * its texts first seen (cold plan cache) and then repeated (warm).
 */
import type { WorkloadName } from "./bench-options";
import type { LoadSettings } from "./measure/drive-load";
import {
  patient360Requests,
  variantRequests,
  w0Requests,
  wardListRequests,
  type Hospital,
  type RequestSource,
} from "./workloads/request-sources";

export interface Cell {
  /** The row label: W0 … W3, `W4 cold`, `W4 warm`. */
  readonly label: string;
  readonly requests: RequestSource;
  readonly load: LoadSettings;
}

export interface CellPlan {
  readonly hospital: Hospital;
  readonly connections: number;
  readonly duration: number;
  readonly timeoutSeconds: number;
  readonly variants: number;
  readonly wardSize: number;
  readonly deepWardSize: number;
}

export function workloadCells(workload: WorkloadName, plan: CellPlan): Cell[] {
  const load = {
    connections: plan.connections,
    duration: plan.duration,
    timeoutSeconds: plan.timeoutSeconds,
  };
  const one = (requests: RequestSource): Cell[] => [{ label: workload, requests, load }];
  switch (workload) {
    case "W0":
      return one(w0Requests());
    case "W1":
      return one(patient360Requests(plan.hospital));
    case "W2":
      return one(wardListRequests(plan.hospital, plan.wardSize, false));
    case "W3":
      return one(wardListRequests(plan.hospital, plan.deepWardSize, true));
    case "W4": {
      // A fresh set of texts per concurrency: each cold pass meets texts never planned before.
      const requests = variantRequests(plan.hospital, `c${plan.connections}`, plan.variants);
      return [
        { label: "W4 cold", requests, load: { ...load, amount: plan.variants } },
        { label: "W4 warm", requests, load },
      ];
    }
  }
}

export function workloadTitle(label: string, sizes: Pick<CellPlan, "wardSize" | "deepWardSize">) {
  const titles: Record<string, string> = {
    W0: "`{ __typename }`",
    W1: "patient 360",
    W2: `ward list, ${sizes.wardSize} patients`,
    W3: `ward list, ${sizes.deepWardSize} patients, all labs`,
    "W4 cold": "distinct texts, first sight",
    "W4 warm": "distinct texts, repeated",
  };
  return `${label} ${titles[label] ?? ""}`.trim();
}
