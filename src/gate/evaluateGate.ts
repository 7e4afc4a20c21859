// The build gate: pure counting against the thresholds the user set, and against coverage. It
// fails closed: a scan that read nothing never passes, and with any threshold set a scan that
// missed some account-regions fails unless 'fail-on-scan-errors' is explicitly false. Suppressed
// findings never count; with a baseline (gate-on: new) only what is new since it counts.
import { isNewSinceBaseline, type Baseline } from '../analyze/baselineDiff.js';
import { describeGap, type Coverage } from '../analyze/coverage.js';
import { describePolicyDenial } from '../analyze/policyDenials.js';
import { eipFindingKey } from '../analyze/findingKeys.js';
import type { ElasticIp, EniPublicIp } from '../analyze/types.js';
import { Inputs, type Thresholds } from '../options/options.js';
import type { ScanResult } from '../scan/scanResult.js';
import {
  ipamMissedCheck,
  ipamMissedCounts,
  type IpamForGate,
  type IpamMissedCounts,
} from './ipamMissedCheck.js';

export interface GateCounts {
  highSuspicion: number;
  /** Unassociated Elastic IPs that cost money (BYOIP addresses are free and not counted). */
  unassociatedEips: number;
  scanErrors: number;
  /** Findings a suppression accepted: left out of the counts above. */
  suppressed: number;
  /** `new` when only findings absent from a baseline count. */
  scope: 'all' | 'new';
  /** The HIGH addresses that counted, for messages (first few). */
  highExamples: string[];
  unassociatedExamples: string[];
  coverage: Coverage;
  /** Account-regions an organisation policy denied, and the first few, for messages. */
  policyDenied: number;
  policyDeniedExamples: string[];
  /** With the IPAM cross-check on: what it missed, and where IPAM could not be read. */
  ipamMissed?: IpamMissedCounts;
}

/** The check that is always on: a scan that read nothing has checked nothing. */
export const COVERAGE_CHECK = 'coverage';

export interface GateCheck {
  /** The input that sets the check, or `coverage` for the check that is always on. */
  input: string;
  count: number;
  limit: number;
  /** `max`: passes while count <= limit; `min`: passes while count >= limit. */
  bound: 'max' | 'min';
  passed: boolean;
  /** One plain-text sentence saying what was counted and, when failed, what to do. */
  message: string;
}

export interface GateResult {
  passed: boolean;
  counts: GateCounts;
  /** Every check in force, in a fixed order. */
  checks: GateCheck[];
  /** The checks that failed. */
  violations: GateCheck[];
}

const EXAMPLES = 5;

const describeIp = (ip: EniPublicIp) =>
  `${ip.address} (${ip.interfaceId}, ${ip.ownerAccountId} ${ip.region})`;
const describeEip = (eip: ElasticIp) =>
  `${eip.publicIp} (${eip.allocationId ?? 'no allocation id'}, ${eip.accountId} ${eip.region})`;

export function gateCounts(
  result: ScanResult,
  baseline?: Baseline,
  reconciliation?: { ipam?: IpamForGate },
): GateCounts {
  const high = result.eniPublicIps.filter(
    (ip) =>
      ip.suspicion === 'HIGH' &&
      ip.suppressionReason === undefined &&
      (baseline === undefined || isNewSinceBaseline(ip, baseline)),
  );
  const unassociated = result.unassociatedEips.filter(
    (eip) =>
      !eip.byoip &&
      eip.suppressionReason === undefined &&
      (baseline === undefined || !baseline.unassociatedEips.has(eipFindingKey(eip))),
  );
  const suppressed = [
    ...result.eniPublicIps,
    ...result.associatedEips,
    ...result.unassociatedEips,
  ].filter((row) => row.suppressionReason !== undefined).length;
  return {
    highSuspicion: high.length,
    unassociatedEips: unassociated.length,
    scanErrors: result.scanErrors.length,
    suppressed,
    scope: baseline === undefined ? 'all' : 'new',
    highExamples: high.slice(0, EXAMPLES).map(describeIp),
    unassociatedExamples: unassociated.slice(0, EXAMPLES).map(describeEip),
    coverage: result.coverage,
    policyDenied: result.policyDenied.length,
    policyDeniedExamples: result.policyDenied.slice(0, EXAMPLES).map(describePolicyDenial),
    ...(reconciliation?.ipam ? { ipamMissed: ipamMissedCounts(reconciliation.ipam) } : {}),
  };
}

/** `a, b, c, and 2 more` of `count` items of which `examples` are the first. */
function listed(examples: readonly string[], count: number): string {
  const shown = examples.slice(0, EXAMPLES);
  const more = count > shown.length ? `, and ${count - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}

/** How a message names an input: the action's `'max-high-suspicion'`, the CLI's `--max-high-suspicion`. */
export type InputNamer = (input: string) => string;

const quoted: InputNamer = (input) => `'${input}'`;

function threshold(
  name: InputNamer,
  input: string,
  what: string,
  count: number,
  limit: number,
  examples: string[],
): GateCheck {
  const passed = count <= limit;
  const message = passed
    ? `${count} ${what}, within ${name(input)} (${limit})`
    : `${count} ${what} exceed ${name(input)} (${limit}) by ${count - limit}: ${listed(examples, count)}`;
  return { input, count, limit, bound: 'max', passed, message };
}

function completeness({ coverage }: GateCounts, name: InputNamer): GateCheck {
  const missed = coverage.gaps.length;
  const passed = missed === 0;
  const message = passed
    ? `All ${coverage.planned} planned account-regions were read completely`
    : `The scan is incomplete: ${missed} of ${coverage.planned} account-regions were not read completely: ` +
      `${listed(coverage.gaps.map(describeGap), missed)}. A gate does not pass on what it could not ` +
      `check; set ${name(Inputs.FailOnScanErrors)} to false to accept partial coverage`;
  return { input: Inputs.FailOnScanErrors, count: missed, limit: 0, bound: 'max', passed, message };
}

/**
 * Always on: a scan that read no account-region's interfaces or addresses read nothing, whatever
 * else answered (a Global Accelerator listing, an account-level call) and whatever the thresholds.
 */
function somethingRead(counts: GateCounts, name: InputNamer): GateCheck {
  const { coverage, policyDenied } = counts;
  const passed = coverage.read > 0;
  const denied =
    policyDenied === 0
      ? ''
      : `${policyDenied} account-regions are denied by an organisation policy ` +
        `(${listed(counts.policyDeniedExamples, policyDenied)})`;
  let message: string;
  if (passed) {
    message = `${coverage.read} account-regions' network interfaces or addresses could be read`;
  } else if (coverage.planned === 0 && policyDenied === 0) {
    message =
      'Nothing was scanned: no account-region was planned (no ACTIVE account, or none of the ' +
      'named regions is enabled)';
  } else if (coverage.gaps.length === 0) {
    // Only what an organisation policy denies was planned in a region (the rest: listings).
    message =
      'Nothing was scanned: no network interface or address could be read' +
      (denied === ''
        ? ''
        : `; ${denied}. Scan the regions the organisation's policies allow (${name(Inputs.Regions)})`);
  } else {
    message =
      `Nothing was scanned: not one of the ${coverage.planned} planned account-regions could be read ` +
      `(${listed(coverage.gaps.map(describeGap), coverage.gaps.length)})` +
      (denied === '' ? '' : `, and ${denied}`) +
      '. Check the credentials, the member role and its permissions';
  }
  return {
    input: COVERAGE_CHECK,
    count: coverage.read,
    limit: 1,
    bound: 'min',
    passed,
    message,
  };
}

/** On request: an organisation policy that forbids account-regions fails the gate. */
function noPolicyDenials(counts: GateCounts, name: InputNamer): GateCheck {
  const denied = counts.policyDenied;
  const passed = denied === 0;
  const message = passed
    ? 'No account-region is denied by an organisation policy'
    : `${denied} account-regions are denied by an organisation policy: ` +
      `${listed(counts.policyDeniedExamples, denied)}. Scan only the regions the policies allow ` +
      `(${name(Inputs.Regions)}), or set ${name(Inputs.FailOnPolicyDenied)} to false to accept them`;
  return {
    input: Inputs.FailOnPolicyDenied,
    count: denied,
    limit: 0,
    bound: 'max',
    passed,
    message,
  };
}

export function evaluateGate(
  counts: GateCounts,
  thresholds: Thresholds,
  name: InputNamer = quoted,
): GateResult {
  const fresh = counts.scope === 'new' ? 'new ' : '';
  const checks: GateCheck[] = [somethingRead(counts, name)];
  if (thresholds.maxHighSuspicion !== undefined) {
    checks.push(
      threshold(
        name,
        Inputs.MaxHighSuspicion,
        `${fresh}HIGH-suspicion public IPs`,
        counts.highSuspicion,
        thresholds.maxHighSuspicion,
        counts.highExamples,
      ),
    );
  }
  if (thresholds.maxUnassociatedEips !== undefined) {
    checks.push(
      threshold(
        name,
        Inputs.MaxUnassociatedEips,
        `${fresh}unassociated Elastic IPs`,
        counts.unassociatedEips,
        thresholds.maxUnassociatedEips,
        counts.unassociatedExamples,
      ),
    );
  }
  if (thresholds.maxIpamMissed !== undefined) {
    checks.push(ipamMissedCheck(counts.ipamMissed, thresholds.maxIpamMissed, name));
  }
  if (thresholds.failOnScanErrors) checks.push(completeness(counts, name));
  if (thresholds.failOnPolicyDenied === true) checks.push(noPolicyDenials(counts, name));
  const violations = checks.filter((check) => !check.passed);
  return { passed: violations.length === 0, counts, checks, violations };
}
