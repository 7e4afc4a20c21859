// What a run read, so that two runs are compared over what both read. A run that reads fewer
// account-regions than its baseline (a single-account gate against the organisation's artifact,
// a dispatch with `regions`) must not call everything it skipped "gone", nor its smaller bill a
// saving. Pure: a run's findings (kinds/findingAddresses.ts) and a baseline's report.json
// (options/baselineHistory.ts) are reduced to the same records, compared here.
import { createHash } from 'node:crypto';
import { GLOBAL_REGION, WHOLE_ACCOUNT } from '../model/coverage.js';
import { monthlyCostUsd } from './cost.js';

/** `111111111111/us-east-1`, or `111111111111/global` for an account's Global Accelerator listing. */
export function targetKey(accountId: string, region: string): string {
  return `${accountId}/${region}`;
}

/** Distinct public IPv4 addresses, and what they cost a month. */
export interface Figures {
  addresses: number;
  monthlyUsd: number;
}

/** What one run read completely, and what it found there. */
export interface ReadScope {
  /** Target keys read without a failed call (`account/global`: its accelerator listing). */
  complete: ReadonlySet<string>;
  /** The run's distinct addresses and their cost, by target key. */
  figures: ReadonlyMap<string, Figures>;
}

interface Located {
  accountId: string;
  region: string;
}

export interface ScopeInput {
  /** Accounts whose regions were scanned (their accelerator listing was planned too). */
  accountsScanned: readonly string[];
  /** Every account-region scanned. */
  targets: readonly Located[];
  /** What was not read completely: coverage gaps (or, in older reports, the failed calls). */
  gaps: readonly Located[];
}

/** The targets read completely: scanned, and without a gap of their own or of the whole account. */
export function completeTargets({ accountsScanned, targets, gaps }: ScopeInput): Set<string> {
  const failed = new Set(gaps.map((g) => targetKey(g.accountId, g.region)));
  const whole = (accountId: string) => failed.has(targetKey(accountId, WHOLE_ACCOUNT));
  const complete = new Set<string>();
  for (const { accountId, region } of targets) {
    const key = targetKey(accountId, region);
    if (!failed.has(key) && !whole(accountId)) complete.add(key);
  }
  for (const accountId of accountsScanned) {
    const key = targetKey(accountId, GLOBAL_REGION);
    if (!failed.has(key) && !whole(accountId)) complete.add(key);
  }
  return complete;
}

/** One address where a run found it; `byoip` addresses are counted and not charged. */
export interface AddressRecord extends Located {
  address: string;
  byoip: boolean;
}

/**
 * Distinct addresses and their monthly cost by target: each (region, address) once, in the
 * target of its first record, BYOIP (free) when any record says so, as the cost summary counts.
 */
export function figuresByTarget(
  records: Iterable<AddressRecord>,
  pricePerIpHour: number,
): Map<string, Figures> {
  const seen = new Map<string, { target: string; byoip: boolean }>();
  for (const record of records) {
    if (record.address === '') continue;
    const id = `${record.region}\u0000${record.address}`;
    const found = seen.get(id);
    if (found === undefined) {
      seen.set(id, { target: targetKey(record.accountId, record.region), byoip: record.byoip });
    } else {
      found.byoip ||= record.byoip;
    }
  }
  const figures = new Map<string, Figures>();
  for (const { target, byoip } of seen.values()) {
    const entry = figures.get(target) ?? { addresses: 0, monthlyUsd: 0 };
    entry.addresses += 1;
    entry.monthlyUsd += monthlyCostUsd(pricePerIpHour, byoip);
    figures.set(target, entry);
  }
  return figures;
}

/** A run's scope from its findings' addresses (kinds/findingAddresses.ts) and coverage. */
export function readScope(
  addresses: Iterable<AddressRecord>,
  input: ScopeInput,
  pricePerIpHour: number,
): ReadScope {
  return {
    complete: completeTargets(input),
    figures: figuresByTarget(addresses, pricePerIpHour),
  };
}

/**
 * A history entry's record of its scope: `sha256:` and 16 hex digits of the sorted targets it
 * read completely. Two runs read the same account-regions exactly when their digests are equal;
 * 24 characters per run, where the list itself would grow the history by kilobytes a run.
 */
export function scopeDigest(complete: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  for (const key of [...complete].sort()) hash.update(`${key}\n`);
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

/** Two runs' scopes side by side, and each run's figures over the targets both read. */
export interface ScopeComparison {
  /** Both read exactly the same targets completely. */
  same: boolean;
  /** Targets both read completely. */
  common: number;
  /** Targets the baseline read completely and this run did not. */
  onlyBaseline: number;
  /** Targets this run read completely and the baseline did not. */
  onlyThisRun: number;
  /** Over the common targets. */
  baseline: Figures;
  thisRun: Figures;
}

function sumOver(figures: ReadonlyMap<string, Figures>, targets: ReadonlySet<string>): Figures {
  const total = { addresses: 0, monthlyUsd: 0 };
  for (const target of targets) {
    const entry = figures.get(target);
    if (entry === undefined) continue;
    total.addresses += entry.addresses;
    total.monthlyUsd += entry.monthlyUsd;
  }
  return total;
}

export function compareScopes(thisRun: ReadScope, baseline: ReadScope): ScopeComparison {
  const common = new Set([...thisRun.complete].filter((t) => baseline.complete.has(t)));
  const onlyBaseline = baseline.complete.size - common.size;
  const onlyThisRun = thisRun.complete.size - common.size;
  return {
    same: onlyBaseline === 0 && onlyThisRun === 0,
    common: common.size,
    onlyBaseline,
    onlyThisRun,
    baseline: sumOver(baseline.figures, common),
    thisRun: sumOver(thisRun.figures, common),
  };
}
