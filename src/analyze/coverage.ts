// How much of what the scan set out to read it did read. A gate must never pass on an
// account-region it could not check, so every failed call is tied back to what it left unread.
import { compareTargets } from './sortOrder.js';
import type { ScanError } from './types.js';

/** The region of a target that stands for a whole account that could not be entered. */
export const WHOLE_ACCOUNT = '*';
/** The region of an account's non-regional listing (Global Accelerator), as in scan_errors.csv. */
export const GLOBAL_REGION = 'global';

/** One account-region the scan planned to read. */
export interface PlannedTarget {
  accountId: string;
  /** A region name, `global`, or `*` for an account whose regions could not be listed. */
  region: string;
  /** False when not one of its calls succeeded. */
  reached: boolean;
}

/** A planned target with at least one failed call. */
export interface CoverageGap {
  accountId: string;
  region: string;
  reached: boolean;
  /** The calls that failed for it, e.g. `sts:AssumeRole: AccessDenied`, in order. */
  failures: string[];
}

export interface Coverage {
  /** Account-regions planned; an account that could not be entered counts once. */
  planned: number;
  /** Planned account-regions read without a failed call. */
  complete: number;
  /** Planned account-regions of which at least one call succeeded (0: nothing was read). */
  reached: number;
  /** Everything not read completely, in account and region order. */
  gaps: CoverageGap[];
}

/**
 * Ties each failed call to the target it left unread: the target of the same account and region,
 * else the account's whole-account target. A failure that belongs to no planned target (an
 * account-level call of an account scanned in named regions) is counted as a target of its own,
 * reached but incomplete, so that every failure makes the scan incomplete.
 */
export function coverageOf(
  planned: readonly PlannedTarget[],
  errors: readonly ScanError[],
): Coverage {
  const key = (accountId: string, region: string) => `${accountId}\u0000${region}`;
  const gaps = new Map<string, CoverageGap>();
  const targets = new Map(planned.map((t) => [key(t.accountId, t.region), t]));
  for (const error of errors) {
    const target = targets.get(key(error.accountId, error.region)) ??
      targets.get(key(error.accountId, WHOLE_ACCOUNT)) ?? {
        accountId: error.accountId,
        region: error.region,
        reached: true,
      };
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
    planned: planned.length + extra,
    complete: planned.length + extra - gaps.size,
    reached: planned.filter((target) => target.reached).length + extra,
    gaps: [...gaps.values()].sort(compareTargets),
  };
}

/** `222222222222 all regions (sts:AssumeRole: AccessDenied)`: for messages. */
export function describeGap(gap: CoverageGap): string {
  const where = gap.region === WHOLE_ACCOUNT ? 'all regions' : gap.region;
  return `${gap.accountId} ${where} (${[...new Set(gap.failures)].join(', ')})`;
}
