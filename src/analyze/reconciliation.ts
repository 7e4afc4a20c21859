// The scan against AWS's own records (issue 22), computed once per run from what the scan read
// and the records it fetched (scan/readAwsRecords.ts): IPAM's discovered addresses and the bill.
// Each part is present only when its option is on, so a run without them changes nothing.
import type { AwsRecords, BillingPeriods } from '../model/awsRecords.js';
import { reconcileBilling, type BillingReconciliation } from './billingReconciliation.js';
import { completeTargets, type AccountRegion } from './completeTargets.js';
import { GLOBAL_REGION, type CoverageGap } from '../model/coverage.js';
import { reconcileIpam, type IpamReconciliation } from './ipamReconciliation.js';
import { scannedAddresses, type FoundAddress } from './scannedAddresses.js';
import type { Findings } from '../model/findings.js';
import type { ScanResult } from '../model/scanResult.js';

export interface IpamOutcome extends IpamReconciliation {
  resourceDiscoveryId: string;
  /** The IPAM account asked. */
  accountId: string;
  homeRegion: string;
  /** The regions whose IPAM call failed (their rows are "not compared"). */
  unavailableRegions: string[];
}

export interface BillingOutcome {
  callerAccountId: string;
  periods: BillingPeriods;
  /** Absent when Cost Explorer could not be read: a scan error, and nothing compared. */
  reconciliation?: BillingReconciliation;
}

export interface Reconciliation {
  ipam?: IpamOutcome;
  billing?: BillingOutcome;
}

type ScanPart = Findings &
  Pick<ScanResult, 'startedAt' | 'accountsScanned' | 'targets' | 'coverage' | 'policyDenied'>;

/** What the scan read completely: its targets and accounts' accelerator listings, but gaps. */
function readCompletely(result: ScanPart): AccountRegion[] {
  // An account-region an organisation policy denied was not read at all.
  const denied: CoverageGap[] = result.policyDenied.map((d) => ({
    accountId: d.accountId,
    region: d.region,
    reached: false,
    failures: [],
  }));
  return completeTargets(
    [
      ...result.targets,
      ...result.accountsScanned.map((accountId) => ({ accountId, region: GLOBAL_REGION })),
    ],
    [...result.coverage.gaps, ...denied],
  );
}

/** `found`: the findings' addresses (kinds/findingAddresses.ts). */
export function reconcile(
  result: ScanPart,
  records: AwsRecords | undefined,
  found: Iterable<FoundAddress>,
): Reconciliation | undefined {
  if (!records || (!records.ipam && !records.billing)) return undefined;
  const scanned = scannedAddresses(found);
  const complete = readCompletely(result);
  const out: Reconciliation = {};
  if (records.ipam) {
    const { answers, resourceDiscoveryId, accountId, homeRegion } = records.ipam;
    out.ipam = {
      resourceDiscoveryId,
      accountId,
      homeRegion,
      unavailableRegions: answers.filter((a) => !a.answer).map((a) => a.region),
      ...reconcileIpam({
        scanned,
        accounts: result.accountsScanned,
        complete,
        ipam: answers,
        scanStartedAt: result.startedAt,
      }),
    };
  }
  if (records.billing) {
    const { callerAccountId, periods, costAndUsage } = records.billing;
    const completeAccounts = result.accountsScanned.filter(
      (id) => !result.coverage.gaps.some((g) => g.accountId === id),
    );
    out.billing = {
      callerAccountId,
      periods,
      ...(costAndUsage
        ? {
            reconciliation: reconcileBilling({
              periods,
              costAndUsage,
              callerAccountId,
              scanned,
              accounts: result.accountsScanned,
              completeAccounts,
            }),
          }
        : {}),
    };
  }
  return out;
}

/**
 * What 'max-ipam-missed' counts (gate/thresholds.ts): the addresses IPAM sampled that the scan
 * missed, the first few described; unknown where IPAM could not be read.
 */
export function ipamMissedTally(
  result: ScanPart & Pick<ScanResult, 'records'>,
  found: Iterable<FoundAddress>,
): {
  count: number;
  examples: string[];
  unknown?: string;
} {
  const ipam = reconcile(result, result.records, found)?.ipam;
  if (!ipam) {
    return {
      count: 0,
      examples: [],
      unknown: "IPAM was not asked ('ipam-resource-discovery-id' is not set)",
    };
  }
  const examples = ipam.rows
    .flatMap((r) => r.missed)
    .slice(0, 5)
    .map((m) => `${m.address} (${m.addressType ?? 'unknown type'}, ${m.accountId} ${m.region})`);
  const regions = ipam.unavailableRegions;
  return {
    count: ipam.missedCount,
    examples,
    ...(regions.length > 0
      ? {
          unknown:
            `IPAM could not be read in ${regions.length} region(s) (${regions.join(', ')}; see ` +
            'scan_errors.csv): the addresses the scan missed there are unknown',
        }
      : {}),
  };
}
