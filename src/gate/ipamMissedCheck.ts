// 'max-ipam-missed': the addresses VPC IPAM sampled that the scan missed, in account-regions it
// read completely. Fail closed: where IPAM could not be read, what the scan missed is unknown, and
// the check fails whatever the count; account-regions the scan did not read completely are the
// coverage check's ('fail-on-scan-errors', on by default with this threshold).
import type { IpamReconciliation } from '../analyze/ipamReconciliation.js';
import { Inputs } from '../options/options.js';
import type { GateCheck, InputNamer } from './evaluateGate.js';

const EXAMPLES = 5;

/** What the check counts, kept in the gate's counts. */
export interface IpamMissedCounts {
  missed: number;
  /** The first few missed addresses, for the message. */
  examples: string[];
  /** Regions whose IPAM call failed. */
  unavailableRegions: string[];
}

/** What the check reads of the IPAM cross-check (audit/reconciliation.ts's IpamOutcome). */
export type IpamForGate = Pick<IpamReconciliation, 'rows' | 'missedCount'> & {
  unavailableRegions: readonly string[];
};

export function ipamMissedCounts(ipam: IpamForGate): IpamMissedCounts {
  const missed = ipam.rows.flatMap((r) => r.missed);
  return {
    missed: ipam.missedCount,
    examples: missed
      .slice(0, EXAMPLES)
      .map((m) => `${m.address} (${m.addressType ?? 'unknown type'}, ${m.accountId} ${m.region})`),
    unavailableRegions: [...ipam.unavailableRegions],
  };
}

function listed(items: readonly string[], count: number): string {
  const shown = items.slice(0, EXAMPLES);
  const more = count > shown.length ? `, and ${count - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}

export function ipamMissedCheck(
  counts: IpamMissedCounts | undefined,
  limit: number,
  name: InputNamer,
): GateCheck {
  const input = Inputs.MaxIpamMissed;
  const what = 'addresses IPAM sampled that the scan missed';
  if (counts === undefined || counts.unavailableRegions.length > 0) {
    const regions = counts?.unavailableRegions ?? [];
    return {
      input,
      count: counts?.missed ?? 0,
      limit,
      bound: 'max',
      passed: false,
      message:
        `IPAM could not be read in ${regions.length} region(s) (${listed(regions, regions.length)}): ` +
        `the addresses the scan missed there are unknown, and ${name(input)} (${limit}) does not ` +
        'pass on what it could not check; see scan_errors.csv',
    };
  }
  const { missed, examples } = counts;
  const passed = missed <= limit;
  return {
    input,
    count: missed,
    limit,
    bound: 'max',
    passed,
    message: passed
      ? `${missed} ${what}, within ${name(input)} (${limit})`
      : `${missed} ${what} exceed ${name(input)} (${limit}) by ${missed - limit}: ${listed(examples, missed)}`,
  };
}
