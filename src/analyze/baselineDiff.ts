// What changed since a baseline (an earlier report.json): findings matched by stable keys, and
// compared only where both runs looked. A finding the baseline had in an account-region this run
// (or the baseline) did not read completely is "not compared", never "gone"; the cost change is
// taken over the account-regions both read completely.
import { eipFindingKey, eniFindingKey } from './findingKeys.js';
import type { BaselineHistory } from './history.js';
import { compareScopes, targetKey, type ReadScope, type ScopeComparison } from './scope.js';
import type { ElasticIp, EniPublicIp, Suspicion } from '../model/findings.js';

/** The part of an earlier report a baseline needs, by finding key; and its runs, for the trend. */
export interface Baseline extends BaselineHistory {
  /** Where it came from, for messages: a path or `artifact NAME from run N`. */
  source: string;
  eniFindings: Map<string, { suspicion: Suspicion; address: string }>;
  unassociatedEips: Set<string>;
  totalMonthlyUsd: number;
  /** What the baseline's run read completely, and its addresses and cost there. */
  scope: ReadScope;
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
  /** This run's monthly cost minus the baseline's, over the account-regions both read completely. */
  monthlyCostDeltaUsd: number;
  /** Baseline findings absent now in account-regions not read completely by both runs. */
  notCompared: number;
  /** What each run read, and both runs' figures over what both read. */
  scope: ScopeComparison;
}

/** This run as the diff needs it. */
export interface CurrentRun {
  eniPublicIps: readonly EniPublicIp[];
  unassociatedEips: readonly ElasticIp[];
  scope: ReadScope;
}

/** `111111111111/us-east-1` of a finding key `111111111111/us-east-1/eni-.../1.2.3.4`. */
function targetOfKey(key: string): string {
  const [accountId = '', region = ''] = key.split('/');
  return targetKey(accountId, region);
}

export function diffBaseline(current: CurrentRun, baseline: Baseline): BaselineDiff {
  const scope = compareScopes(current.scope, baseline.scope);
  const diff: BaselineDiff = {
    source: baseline.source,
    newFindings: [],
    goneFindings: [],
    changedSuspicion: [],
    unchanged: 0,
    newUnassociatedEips: [],
    monthlyCostDeltaUsd: scope.thisRun.monthlyUsd - scope.baseline.monthlyUsd,
    notCompared: 0,
    scope,
  };
  const seen = new Set<string>();
  for (const ip of current.eniPublicIps) {
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
    if (seen.has(key)) continue;
    const target = targetOfKey(key);
    if (current.scope.complete.has(target) && baseline.scope.complete.has(target)) {
      diff.goneFindings.push({ key, address: before.address, previousSuspicion: before.suspicion });
    } else {
      diff.notCompared++;
    }
  }
  for (const eip of current.unassociatedEips) {
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
