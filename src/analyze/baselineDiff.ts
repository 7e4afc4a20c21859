// What changed since a baseline (an earlier report.json): findings matched by stable keys.
import { eipFindingKey, eniFindingKey } from './findingKeys.js';
import type { BaselineHistory } from './history.js';
import type { ElasticIp, EniPublicIp, Suspicion } from './types.js';

/** The part of an earlier report a baseline needs, by finding key; and its runs, for the trend. */
export interface Baseline extends BaselineHistory {
  /** Where it came from, for messages: a path or `artifact NAME from run N`. */
  source: string;
  eniFindings: Map<string, { suspicion: Suspicion; address: string }>;
  unassociatedEips: Set<string>;
  totalMonthlyUsd: number;
  /** Why the history it carried was dropped (malformed), when it was: for a warning. */
  historyProblem?: string;
}

export interface BaselineChange {
  key: string;
  address: string;
  suspicion?: Suspicion;
  previousSuspicion?: Suspicion;
}

export interface BaselineDiff {
  source: string;
  newFindings: BaselineChange[];
  goneFindings: BaselineChange[];
  changedSuspicion: BaselineChange[];
  unchanged: number;
  newUnassociatedEips: string[];
  monthlyCostDeltaUsd: number;
}

export function diffBaseline(
  eniPublicIps: readonly EniPublicIp[],
  unassociatedEips: readonly ElasticIp[],
  totalMonthlyUsd: number,
  baseline: Baseline,
): BaselineDiff {
  const diff: BaselineDiff = {
    source: baseline.source,
    newFindings: [],
    goneFindings: [],
    changedSuspicion: [],
    unchanged: 0,
    newUnassociatedEips: [],
    monthlyCostDeltaUsd: totalMonthlyUsd - baseline.totalMonthlyUsd,
  };
  const seen = new Set<string>();
  for (const ip of eniPublicIps) {
    const key = eniFindingKey(ip);
    seen.add(key);
    const before = baseline.eniFindings.get(key);
    if (before === undefined) {
      diff.newFindings.push({ key, address: ip.address, suspicion: ip.suspicion });
    } else if (before.suspicion !== ip.suspicion) {
      diff.changedSuspicion.push({
        key,
        address: ip.address,
        suspicion: ip.suspicion,
        previousSuspicion: before.suspicion,
      });
    } else {
      diff.unchanged++;
    }
  }
  for (const [key, before] of baseline.eniFindings) {
    if (!seen.has(key)) {
      diff.goneFindings.push({ key, address: before.address, previousSuspicion: before.suspicion });
    }
  }
  for (const eip of unassociatedEips) {
    const key = eipFindingKey(eip);
    if (!baseline.unassociatedEips.has(key)) diff.newUnassociatedEips.push(key);
  }
  return diff;
}

/** A finding that gates in `gate-on: new` mode: absent from the baseline, or newly HIGH. */
export function isNewSinceBaseline(ip: EniPublicIp, baseline: Baseline): boolean {
  const before = baseline.eniFindings.get(eniFindingKey(ip));
  return before === undefined || (ip.suspicion === 'HIGH' && before.suspicion !== 'HIGH');
}
