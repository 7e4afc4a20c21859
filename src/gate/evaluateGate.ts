// The build gate: the thresholds the user set (thresholds.ts, one entry each) judged against the
// scan's counts (gateCounts.ts), and a check of coverage that is always on. It fails closed: a
// scan that read nothing never passes, and with a fail-closed threshold set a scan that missed
// some account-regions fails unless 'fail-on-scan-errors' is explicitly false.
import { describeGap } from '../analyze/coverage.js';
import { listed, quoted, REGIONS_INPUT, type GateCheck, type InputNamer } from './gateCheck.js';
import type { GateCounts } from './gateCounts.js';
import { tallied, THRESHOLD_ENTRIES, type Limit, type Thresholds } from './thresholds.js';

export { gateCounts, type GateCounts } from './gateCounts.js';
export type { GateCheck, InputNamer } from './gateCheck.js';

/** The check that is always on: a scan that read nothing has checked nothing. */
export const COVERAGE_CHECK = 'coverage';

export interface GateResult {
  passed: boolean;
  counts: GateCounts;
  /** Every check in force, in a fixed order: coverage, then the table's. */
  checks: GateCheck[];
  /** The checks that failed. */
  violations: GateCheck[];
}

/** A limit's check: passes while its count is at most the limit set. */
function limitCheck(entry: Limit, counts: GateCounts, limit: number, name: InputNamer): GateCheck {
  const { count, examples } = tallied(counts, entry);
  const what = `${entry.followsGateOn && counts.scope === 'new' ? 'new ' : ''}${entry.counted}`;
  const { format } = entry.value;
  const unknown = counts.unknown?.[entry.input];
  if (unknown !== undefined) {
    const message = `${unknown}; ${name(entry.input)} (${format(limit)}) does not pass on what it could not check`;
    return { input: entry.input, count, limit, bound: 'max', passed: false, message };
  }
  const passed = count <= limit;
  const message = passed
    ? `${format(count)} ${what}, within ${name(entry.input)} (${format(limit)})`
    : `${format(count)} ${what} exceed ${name(entry.input)} (${format(limit)}) by ` +
      `${format(count - limit)}: ${listed(examples, count)}`;
  return { input: entry.input, count, limit, bound: 'max', passed, message };
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
        : `; ${denied}. Scan the regions the organisation's policies allow (${name(REGIONS_INPUT)})`);
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

export function evaluateGate(
  counts: GateCounts,
  thresholds: Thresholds,
  name: InputNamer = quoted,
): GateResult {
  const checks: GateCheck[] = [somethingRead(counts, name)];
  for (const [key, entry] of THRESHOLD_ENTRIES) {
    const value = thresholds[key];
    // The plans' limits are judged apart (planChecks.ts), on the plans.
    if (entry.judges !== 'scan') continue;
    if (entry.rule === 'limit' && typeof value === 'number') {
      checks.push(limitCheck(entry, counts, value, name));
    } else if (entry.rule === 'switch' && value === true) {
      checks.push({ input: entry.input, ...entry.check(counts, name, name(entry.input)) });
    }
  }
  const violations = checks.filter((check) => !check.passed);
  return { passed: violations.length === 0, counts, checks, violations };
}
