// The headline counts of a scan, shared by report.json and the job summary so both say the same.
import type { CostSummary } from '../analyze/cost.js';
import { FINDING_KINDS } from '../kinds/findingKinds.js';
import type { ReportJson } from '../model/reportJson.generated.js';
import type { ScanResult } from '../model/scanResult.js';

/** As report.json's schema says (policyDenied is optional there only for older reports). */
export type ReportTotals = Required<ReportJson['totals']>;

/** Each kind of finding counts its own rows (its `totals`); the rest is the scan's coverage. */
export function reportTotals(result: ScanResult, cost: CostSummary): ReportTotals {
  const kinds = FINDING_KINDS.map((kind) => kind.totals(result));
  // In report.json the members are in the schema's order (writeJsonReport), whatever this one.
  return Object.assign(
    {
      publicIpv4Addresses: cost.addressCount,
      byoipAddresses: cost.byoipAddressCount,
      accountsScanned: result.accountsScanned.length,
      accountRegionsScanned: result.targets.length,
      uncheckedAccounts: result.uncheckedAccounts.length,
      scanErrors: result.scanErrors.length,
      policyDenied: result.policyDenied.length,
    },
    ...kinds,
  ) as ReportTotals;
}
