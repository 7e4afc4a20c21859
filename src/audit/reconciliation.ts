// The scan against AWS's own records (issue 22), computed once per run from what the scan read
// and the records it fetched (scan/readAwsRecords.ts): IPAM's discovered addresses and the bill.
// Each part is present only when its option is on, so a run without them changes nothing.
import type { BillingPeriods } from '../analyze/billingPeriods.js';
import { reconcileBilling, type BillingReconciliation } from '../analyze/billingReconciliation.js';
import { completeTargets, type AccountRegion } from '../analyze/completeTargets.js';
import { GLOBAL_REGION, type CoverageGap } from '../analyze/coverage.js';
import { reconcileIpam, type IpamReconciliation } from '../analyze/ipamReconciliation.js';
import { scannedAddresses } from '../analyze/scannedAddresses.js';
import type { Findings } from '../analyze/types.js';
import type { AwsRecords } from '../scan/readAwsRecords.js';
import type { ScanResult } from '../scan/scanResult.js';

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

export function reconcile(
  result: ScanPart,
  records: AwsRecords | undefined,
): Reconciliation | undefined {
  if (!records || (!records.ipam && !records.billing)) return undefined;
  const scanned = scannedAddresses(result);
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
