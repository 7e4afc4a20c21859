// The runs a baseline brings to the trend: its own run, from its totals, and the history it
// carried. The history is checked apart from the rest of the report: a malformed one is dropped,
// with the reason for a warning, and the baseline's findings still count.
import type { BaselineHistory, HistoryEntry } from '../analyze/history.js';
import {
  completeTargets,
  figuresByTarget,
  scopeDigest,
  type AddressRecord,
  type ReadScope,
} from '../analyze/scope.js';
import type { ReportJson } from '../model/reportJson.generated.js';
import { GLOBAL_REGION } from '../model/coverage.js';
import { historySchemaErrors, unrealTimes } from './reportSchema.js';

/** The parts of a schema-valid report.json its own run is read from. */
export type ReportRunFields = Pick<ReportJson, 'scan' | 'cost' | 'totals' | 'coverage'>;

/** The parts of a schema-valid report.json its scope is read from. */
export type ReportScopeFields = ReportRunFields & Pick<ReportJson, 'findings'>;

/** What the report's run read completely. Reports older than coverage.gaps tell it by their failed calls. */
function reportComplete({ coverage }: ReportRunFields): Set<string> {
  return completeTargets({
    accountsScanned: coverage.accountsScanned,
    targets: coverage.targets,
    // Account-regions an organisation policy denied were not read either.
    gaps: [...(coverage.gaps ?? coverage.scanErrors), ...(coverage.policyDenied ?? [])],
  });
}

function* reportAddresses({ findings }: ReportScopeFields): Generator<AddressRecord> {
  for (const f of findings.eniPublicIps) {
    yield { accountId: f.ownerAccountId, region: f.region, address: f.address, byoip: f.byoip };
  }
  for (const e of [...findings.associatedEips, ...findings.unassociatedEips]) {
    yield { accountId: e.accountId, region: e.region, address: e.publicIp, byoip: e.byoip };
  }
  for (const v of findings.vpnConnections) {
    for (const address of v.addresses) {
      yield { accountId: v.accountId, region: v.region, address, byoip: false };
    }
  }
  for (const a of findings.globalAccelerators) {
    for (const address of a.addresses) {
      yield { accountId: a.ownerAccountId, region: GLOBAL_REGION, address, byoip: false };
    }
  }
}

/** What a report's run read completely, and its addresses and their cost there. */
export function reportScope(report: ReportScopeFields): ReadScope {
  return {
    complete: reportComplete(report),
    figures: figuresByTarget(reportAddresses(report), report.cost.pricePerIpHour),
  };
}

/** Account-regions scanned without a failed call, for reports older than coverage.complete. */
function completeRegions({ targets, scanErrors }: ReportRunFields['coverage']): number {
  const failed = new Set(scanErrors.map((e) => `${e.accountId}/${e.region}`));
  return targets.filter((t) => !failed.has(`${t.accountId}/${t.region}`)).length;
}

/**
 * The report's own run. Reports older than the coverage counts give the account-regions
 * scanned as planned, and those of them without a failed call as complete.
 */
export function reportRun({ scan, cost, totals, coverage }: ReportRunFields): HistoryEntry {
  return {
    startedAt: scan.startedAt,
    monthlyCostUsd: cost.totalMonthlyUsd,
    potentialSavingsUsd: cost.potentialSavingsUsd,
    publicIpv4Addresses: totals.publicIpv4Addresses,
    bySuspicion: { ...totals.bySuspicion },
    unassociatedEips: totals.unassociatedEips,
    accountRegionsPlanned: coverage.planned ?? totals.accountRegionsScanned,
    accountRegionsComplete: coverage.complete ?? completeRegions(coverage),
    scope: scopeDigest(reportComplete({ scan, cost, totals, coverage })),
  };
}

/** What a baseline brings to the history, and why its history was dropped when it was. */
export interface ReadHistory extends BaselineHistory {
  historyProblem?: string;
}

/** `history` is the report's `history` member as found (undefined when it has none). */
export function readHistory(history: unknown, run: HistoryEntry): ReadHistory {
  if (history === undefined) return { run };
  const errors = historySchemaErrors(history);
  if (errors.length === 0) {
    const runs = history as HistoryEntry[];
    errors.push(...unrealTimes(runs.map((r, i) => [`/history/${i}/startedAt`, r.startedAt])));
  }
  if (errors.length > 0) return { run, historyProblem: errors.join('; ') };
  // The check dropped any member a HistoryEntry does not have (the schema's entries are closed).
  const runs = history as HistoryEntry[];
  // A report of an older release recorded no scope in its history; its own run's is known.
  const last = runs.at(-1);
  if (last !== undefined && last.scope === undefined && last.startedAt === run.startedAt) {
    return { run, history: [...runs.slice(0, -1), { ...last, scope: run.scope as string }] };
  }
  return { run, history: runs };
}
