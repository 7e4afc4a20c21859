// The gate's thresholds, one entry each: the input that sets it and the CLI flag, what it judges
// (the scan, or the pull request's Terraform plans), how its value is read, how it fails closed,
// what it counts and how the gate words it. validate() (options/), the CLI's flags and help (cli/),
// the gate's counts and checks, the plan's checks, the job summary, the terminal and report.json
// read this table, so a new threshold is one entry here (plus its input in action.yml and
// README.md, and its names in schema/report.schema.json).
import { isNewSinceBaseline, type Baseline } from '../analyze/baselineDiff.js';
import { describeGap } from '../analyze/coverage.js';
import { eipFindingKey } from '../analyze/findingKeys.js';
import { ipamMissedTally } from '../analyze/reconciliation.js';
import { formatCount } from '../common/formatCount.js';
import { findingAddresses } from '../kinds/findingAddresses.js';
import { yamlBoolean } from '../common/yamlBoolean.js';
import { roundCents } from '../format/formatUsd.js';
import type { ElasticIp, EniPublicIp } from '../model/findings.js';
import type { ScanResult } from '../model/scanResult.js';
import type { PlanTotals } from '../plan/types.js';
import {
  listed,
  REGIONS_INPUT,
  tallyOf,
  type GateCheck,
  type InputNamer,
  type ScanCounts,
  type Tally,
} from './gateCheck.js';

/** How an input's text becomes a value, and how help and errors speak of it. */
export interface ValueKind<V> {
  /** The value `text` stands for, or undefined when it stands for none. */
  parse: (text: string) => V | undefined;
  /** What a value must be, for the error `'ten' is not {expected}`. */
  expected: string;
  /** What the CLI's help writes after the flag. */
  placeholder: string;
}

/** A kind of limit: also how a message and a table write its values. */
export interface NumberKind extends ValueKind<number> {
  /** In a sentence: `3 HIGH-suspicion public IPs exceed ... (1)`. */
  format: (n: number) => string;
  /** In a table (the job summary's): `1,234`. */
  figure: (n: number) => string;
}

/** No count of addresses exceeds the 2^32 IPv4 addresses there are (report.json's bound). */
const MAX_COUNT = 2 ** 32;

/** A whole number of things. */
export const COUNT: NumberKind = {
  parse: (text) => (/^\d+$/.test(text) && Number(text) <= MAX_COUNT ? Number(text) : undefined),
  expected: `a whole number from 0 to ${MAX_COUNT}`,
  placeholder: 'N',
  format: String,
  figure: formatCount,
};

/** report.json's bound on money: every IPv4 address there is, at the highest price, costs less. */
const MAX_MONTHLY_USD = 10_000_000_000_000;

/** An amount of US dollars (a month), cents and all. */
export const USD: NumberKind = {
  parse: (text) => {
    const usd = Number(text);
    return /^\d*\.?\d+$/.test(text) && Number.isFinite(usd) && usd <= MAX_MONTHLY_USD
      ? usd
      : undefined;
  },
  expected: `an amount from 0 to ${MAX_MONTHLY_USD} USD`,
  placeholder: 'USD',
  format: String,
  // The job summary's table writes the amounts as it writes counts: `12.5`, `1,000`.
  figure: formatCount,
};

/** On or off. */
export const SWITCH: ValueKind<boolean> = {
  parse: yamlBoolean,
  expected: 'true or false',
  placeholder: 'B',
};

interface Entry {
  /**
   * What it judges: the scan (the run-* commands; report.json's scan.options.thresholds), or the
   * pull request's Terraform plans (check-terraform-plan, and the action's `terraform-plan`).
   * validate() refuses a threshold whose subject the run does not judge.
   */
  judges: 'scan' | 'plan';
  /** The action's input; checks, report.json and the action's messages name it. */
  input: string;
  /** The CLI's flag, without `--`; the CLI's messages name it. */
  flag: string;
  /** The CLI help's description, a string per line (the usage is the flag and the placeholder). */
  help: readonly [string, ...string[]];
}

/** A limit on the scan: set, the gate fails when what it counts exceeds it. */
export interface Limit extends Entry {
  rule: 'limit';
  judges: 'scan';
  value: NumberKind;
  /** What it counts, plural, for its message: `3 {counted}, within ...`. */
  counted: string;
  /**
   * What it counts in a scan, whether or not it is set (report.json holds every count). Suppressed
   * findings never count; `baseline` is given when only what it lacks counts.
   */
  tally: (result: ScanResult, baseline: Baseline | undefined) => Tally;
  /** The members of the gate's counts (and report.json's gate.counts) holding its count and examples. */
  counts: string;
  examples: string;
  /** Whether `gate-on: new` counts only what the baseline lacks (its message then says `new`). */
  followsGateOn: boolean;
  /**
   * How it fails closed: setting it turns 'fail-on-scan-errors' on unless that is given (what it
   * counts, the scan read, and a partial scan undercounts).
   */
  failClosed: 'scan-errors';
}

/** A limit on what the Terraform plans change: set, the gate fails when that exceeds it. */
export interface PlanLimit extends Entry {
  rule: 'limit';
  judges: 'plan';
  value: NumberKind;
  /** What it compares, from the plans' totals. */
  measure: (totals: PlanTotals) => number;
  /** That figure as the subject of its message: `3 public IPv4 addresses added by ...`. */
  said: (measured: number) => string;
  /**
   * How it fails closed: a change whose count waits for a value the plan cannot know makes the
   * figure a lower bound, and the check does not pass on it (gate/planChecks.ts). A scan's gaps
   * do not make a plan less true: it never turns 'fail-on-scan-errors' on.
   */
  failClosed: 'unknown-values';
}

/** A switch: on, the gate fails on what its check finds. */
export interface Switch extends Entry {
  rule: 'switch';
  judges: 'scan';
  value: ValueKind<boolean>;
  /** Its value when not given: `fail-closed` is true when a fail-closed limit is set. */
  unset: boolean | 'fail-closed';
  /** Its check when on; `self` is its own input as `name` names it. */
  check: (counts: ScanCounts, name: InputNamer, self: string) => Omit<GateCheck, 'input'>;
}

/**
 * Every threshold, keyed by its member of Options.thresholds and (for the scan's) of report.json's
 * scan.options.thresholds. The order is that of the gate's checks, the help and report.json: the
 * scan's limits first, then its switches, then the plans' limits.
 */
export const THRESHOLDS = {
  maxHighSuspicion: {
    rule: 'limit',
    judges: 'scan',
    input: 'max-high-suspicion',
    flag: 'max-high-suspicion',
    value: COUNT,
    counted: 'HIGH-suspicion public IPs',
    tally: (result, baseline) =>
      tallyOf(
        result.eniPublicIps.filter(
          (ip) =>
            ip.suspicion === 'HIGH' &&
            ip.suppressionReason === undefined &&
            (baseline === undefined || isNewSinceBaseline(ip, baseline)),
        ),
        describeIp,
      ),
    counts: 'highSuspicion',
    examples: 'highExamples',
    followsGateOn: true,
    failClosed: 'scan-errors',
    help: ['exit 4 when more HIGH-suspicion public IPs are found'],
  },
  maxUnassociatedEips: {
    rule: 'limit',
    judges: 'scan',
    input: 'max-unassociated-eips',
    flag: 'max-unassociated-eips',
    value: COUNT,
    counted: 'unassociated Elastic IPs',
    // BYOIP addresses are free: an idle one costs nothing.
    tally: (result, baseline) =>
      tallyOf(
        result.unassociatedEips.filter(
          (eip) =>
            !eip.byoip &&
            eip.suppressionReason === undefined &&
            (baseline === undefined || !baseline.unassociatedEips.has(eipFindingKey(eip))),
        ),
        describeEip,
      ),
    counts: 'unassociatedEips',
    examples: 'unassociatedExamples',
    followsGateOn: true,
    failClosed: 'scan-errors',
    help: ['exit 4 when more unassociated (charged) Elastic IPs are found'],
  },
  // With the IPAM cross-check (ipam-resource-discovery-id, which validate() requires for it).
  maxIpamMissed: {
    rule: 'limit',
    judges: 'scan',
    input: 'max-ipam-missed',
    flag: 'max-ipam-missed',
    value: COUNT,
    counted: 'addresses IPAM sampled that the scan missed',
    tally: (result) => ipamMissedTally(result, findingAddresses(result)),
    counts: 'ipamMissed',
    examples: 'ipamMissedExamples',
    followsGateOn: false,
    failClosed: 'scan-errors',
    help: [
      'exit 4 when IPAM sampled more addresses the scan missed',
      '(needs --ipam-resource-discovery-id)',
    ],
  },
  failOnScanErrors: {
    rule: 'switch',
    judges: 'scan',
    input: 'fail-on-scan-errors',
    flag: 'fail-on-scan-errors',
    value: SWITCH,
    unset: 'fail-closed',
    check: completeness,
    help: [
      'exit 4 when the scan missed anything (true|false; default true',
      'when a threshold is set, else false)',
    ],
  },
  failOnPolicyDenied: {
    rule: 'switch',
    judges: 'scan',
    input: 'fail-on-policy-denied',
    flag: 'fail-on-policy-denied',
    value: SWITCH,
    // A region an SCP forbids (Control Tower's Region deny) is the organisation's choice,
    // reported apart; failing on it every day is for those who ask.
    unset: false,
    check: noPolicyDenials,
    help: [
      'exit 4 when an organisation policy (SCP, RCP) denies whole',
      'account-regions (true|false; default false)',
    ],
  },
  maxPlanAdded: {
    rule: 'limit',
    judges: 'plan',
    input: 'max-plan-added',
    flag: 'max-plan-added',
    value: COUNT,
    // A plan that removes more than it adds adds none, net.
    measure: (totals) => Math.max(0, totals.net),
    said: (net) => `${net} public IPv4 addresses added by the Terraform plans (net)`,
    failClosed: 'unknown-values',
    help: ['exit 4 when the plans add more public IPv4 addresses (net)'],
  },
  maxPlanMonthlyIncreaseUsd: {
    rule: 'limit',
    judges: 'plan',
    input: 'max-plan-monthly-increase-usd',
    flag: 'max-plan-monthly-increase-usd',
    value: USD,
    measure: (totals) => roundCents(Math.max(0, totals.monthlyChangeUsd)),
    said: (usd) => `USD ${usd.toFixed(2)} a month added by the Terraform plans`,
    failClosed: 'unknown-values',
    help: ['exit 4 when the plans add more USD a month to the bill'],
  },
} as const satisfies Record<string, Limit | Switch | PlanLimit>;

type Table = typeof THRESHOLDS;
export type ThresholdKey = keyof Table;
export type ThresholdInput = Table[ThresholdKey]['input'];
type LimitEntry = Extract<Table[ThresholdKey], { rule: 'limit'; judges: 'scan' }>;
/** The thresholds that judge the scan: report.json's scan.options.thresholds holds these. */
type ScanThresholdKey = {
  [K in ThresholdKey]: Table[K]['judges'] extends 'scan' ? K : never;
}[ThresholdKey];

/** What the gate counts: in any scan, and each limit's count and first few examples. */
export type GateCounts = ScanCounts &
  LimitCounts & {
    [E in LimitEntry as E['examples']]: string[];
  };

/** Each limit's count by its name in the gate's counts (report.json's gate.counts holds them). */
export type LimitCounts = { [E in LimitEntry as E['counts']]: number };

/** The thresholds of a run: the limits set, and the switches (validate() gives every one). */
export type Thresholds = {
  [K in ThresholdKey]?: Table[K] extends { rule: 'limit' } ? number : boolean;
};

/** report.json's scan.options.thresholds: a limit not set is null, a switch is on or off. */
export type ReportedThresholds = {
  [K in ScanThresholdKey]: Table[K] extends { rule: 'limit' } ? number | null : boolean;
};

/** One entry of the table. */
export type Threshold = (Limit | Switch | PlanLimit) & { input: ThresholdInput };

/** The table's entries, in its order. */
export const THRESHOLD_ENTRIES = Object.entries(THRESHOLDS) as [ThresholdKey, Threshold][];

/**
 * The thresholds given by each input's text (undefined for an input not given). A text that is
 * no value of its kind is refused (`refuse` throws). Fail closed: a fail-closed limit set turns
 * 'fail-on-scan-errors' on unless it is given, so a partial scan fails the gate.
 */
export function readThresholds(
  text: (input: ThresholdInput) => string | undefined,
  refuse: (input: ThresholdInput, problem: string) => never,
): Thresholds {
  const given = new Map<ThresholdKey, number | boolean>();
  for (const [key, entry] of THRESHOLD_ENTRIES) {
    const raw = text(entry.input);
    if (raw === undefined) continue;
    const value = entry.value.parse(raw);
    if (value === undefined) refuse(entry.input, `'${raw}' is not ${entry.value.expected}`);
    given.set(key, value);
  }
  const failClosed = THRESHOLD_ENTRIES.some(
    ([key, entry]) =>
      entry.rule === 'limit' && entry.failClosed === 'scan-errors' && given.has(key),
  );
  const thresholds: Partial<Record<ThresholdKey, number | boolean>> = {};
  for (const [key, entry] of THRESHOLD_ENTRIES) {
    const unset = entry.rule === 'switch' ? entry.unset : undefined;
    const value = given.get(key) ?? (unset === 'fail-closed' ? failClosed : unset);
    if (value !== undefined) thresholds[key] = value;
  }
  return thresholds as Thresholds;
}

/** A limit's count and examples, from the gate's counts. */
export function tallied(counts: GateCounts, entry: Limit): Tally {
  const members = counts as unknown as Record<string, number | string[]>;
  return { count: members[entry.counts] as number, examples: members[entry.examples] as string[] };
}

/** Each limit's count on the scan, in the table's order, set or not. */
export function limitCounts(counts: GateCounts): LimitCounts {
  const named = THRESHOLD_ENTRIES.flatMap(([, entry]) =>
    entry.rule === 'limit' && entry.judges === 'scan'
      ? [[entry.counts, tallied(counts, entry).count]]
      : [],
  );
  return Object.fromEntries(named) as LimitCounts;
}

/** How a table writes a check's count and limit: its limit's kind, a count for anything else. */
export function figureOf(input: string): (n: number) => string {
  const entry = THRESHOLD_ENTRIES.find(([, e]) => e.input === input)?.[1];
  return entry?.rule === 'limit' ? entry.value.figure : formatCount;
}

function describeIp(ip: EniPublicIp): string {
  return `${ip.address} (${ip.interfaceId}, ${ip.ownerAccountId} ${ip.region})`;
}

function describeEip(eip: ElasticIp): string {
  return `${eip.publicIp} (${eip.allocationId ?? 'no allocation id'}, ${eip.accountId} ${eip.region})`;
}

/** 'fail-on-scan-errors': every planned account-region was read completely. */
function completeness({ coverage }: ScanCounts, _name: InputNamer, self: string) {
  const missed = coverage.gaps.length;
  const passed = missed === 0;
  const message = passed
    ? `All ${coverage.planned} planned account-regions were read completely`
    : `The scan is incomplete: ${missed} of ${coverage.planned} account-regions were not read completely: ` +
      `${listed(coverage.gaps.map(describeGap), missed)}. A gate does not pass on what it could not ` +
      `check; set ${self} to false to accept partial coverage`;
  return { count: missed, limit: 0, bound: 'max' as const, passed, message };
}

/** 'fail-on-policy-denied': no organisation policy forbids an account-region. */
function noPolicyDenials(counts: ScanCounts, name: InputNamer, self: string) {
  const denied = counts.policyDenied;
  const passed = denied === 0;
  const message = passed
    ? 'No account-region is denied by an organisation policy'
    : `${denied} account-regions are denied by an organisation policy: ` +
      `${listed(counts.policyDeniedExamples, denied)}. Scan only the regions the policies allow ` +
      `(${name(REGIONS_INPUT)}), or set ${self} to false to accept them`;
  return { count: denied, limit: 0, bound: 'max' as const, passed, message };
}
