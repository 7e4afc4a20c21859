// How much of what the scan set out to read it did read. A gate must never pass on an
// account-region it could not check, so every failed call is tied back to what it left unread.
import {
  WHOLE_ACCOUNT,
  type Coverage,
  type CoverageGap,
  type PlannedTarget,
} from '../model/coverage.js';
import { compareTargets } from './sortOrder.js';
import type { ScanError } from '../model/scanResult.js';

const key = (accountId: string, region: string) => `${accountId}\u0000${region}`;

/** Planned targets by account and region, for tying failures to them. */
export type TargetIndex = ReadonlyMap<string, PlannedTarget>;

export function indexTargets(planned: readonly PlannedTarget[]): TargetIndex {
  return new Map(planned.map((t) => [key(t.accountId, t.region), t]));
}

/**
 * The target a failed call left unread: the target of the same account and region, else the
 * account's whole-account target. A failure that belongs to no planned target (an account-level
 * call of an account scanned in named regions, such as DescribeRegions in the home region) is a
 * target of its own, incomplete and never read: it makes the scan incomplete, and never counts
 * as something read.
 */
export function targetOf(targets: TargetIndex, error: ScanError): PlannedTarget {
  return (
    targets.get(key(error.accountId, error.region)) ??
    targets.get(key(error.accountId, WHOLE_ACCOUNT)) ?? {
      accountId: error.accountId,
      region: error.region,
      reached: false,
    }
  );
}

/**
 * Ties each failed call to the target it left unread (targetOf). Targets an organisation policy
 * denies (`denied`, whose failures are not among `errors`) are counted apart, not as planned.
 */
export function coverageOf(
  planned: readonly PlannedTarget[],
  errors: readonly ScanError[],
  denied: readonly { accountId: string; region: string }[] = [],
): Coverage {
  const deniedKeys = new Set(denied.map((d) => key(d.accountId, d.region)));
  const kept = planned.filter((t) => !deniedKeys.has(key(t.accountId, t.region)));
  const targets = indexTargets(kept);
  const gaps = new Map<string, CoverageGap>();
  for (const error of errors) {
    const target = targetOf(targets, error);
    const id = key(target.accountId, target.region);
    let gap = gaps.get(id);
    if (gap === undefined) {
      gap = {
        accountId: target.accountId,
        region: target.region,
        reached: target.reached,
        failures: [],
      };
      gaps.set(id, gap);
    }
    gap.failures.push(`${error.api}: ${error.errorCode}`);
  }
  const extra = [...gaps.keys()].filter((id) => !targets.has(id)).length;
  return {
    planned: kept.length + extra,
    complete: kept.length + extra - gaps.size,
    reached: kept.filter((target) => target.reached).length,
    read: kept.filter((target) => target.read === true).length,
    policyDenied: deniedKeys.size,
    gaps: [...gaps.values()].sort(compareTargets),
  };
}

/** `222222222222 all regions (sts:AssumeRole: AccessDenied)`: for messages. */
export function describeGap(gap: CoverageGap): string {
  const where = gap.region === WHOLE_ACCOUNT ? 'all regions' : gap.region;
  return `${gap.accountId} ${where} (${[...new Set(gap.failures)].join(', ')})`;
}

/**
 * The `coverage` output: account-regions read completely of those planned, `14/16`; with
 * denials, `118/118 read, 34 denied by policy`.
 */
export function coverageText(coverage: Coverage): string {
  const fraction = `${coverage.complete}/${coverage.planned}`;
  return coverage.policyDenied === 0
    ? fraction
    : `${fraction} read, ${coverage.policyDenied} denied by policy`;
}
