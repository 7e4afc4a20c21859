// The gate's thresholds, one entry each: the input that sets it and the CLI flag, how its value is
// read, whether it fails closed, what it counts in a scan and how the gate words it. validate()
// (options/), the CLI's flags and help (cli/), the gate's counts and checks, the job summary, the
// terminal and report.json read this table, so a new threshold is one entry here (plus its input
// in action.yml and README.md, and its names in schema/report.schema.json).
import { isNewSinceBaseline, type Baseline } from '../analyze/baselineDiff.js';
import { describeGap } from '../analyze/coverage.js';
import { eipFindingKey } from '../analyze/findingKeys.js';
import { ipamMissedTally } from '../analyze/reconciliation.js';
import { formatCount } from '../common/formatCount.js';
import { yamlBoolean } from '../common/yamlBoolean.js';
import type { ElasticIp, EniPublicIp } from '../model/findings.js';
import type { ScanResult } from '../model/scanResult.js';
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

/** On or off. */
export const SWITCH: ValueKind<boolean> = {
  parse: yamlBoolean,
  expected: 'true or false',
  placeholder: 'B',
};

interface Entry {
  /** The action's input; checks, report.json and the action's messages name it. */
  input: string;
  /** The CLI's flag, without `--`; the CLI's messages name it. */
  flag: string;
  /** The CLI help's description, a string per line (the usage is the flag and the placeholder). */
  help: readonly [string, ...string[]];
}

/** A limit: set, the gate fails when what it counts exceeds it. */
export interface Limit extends Entry {
  rule: 'limit';
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
   * Whether setting it turns 'fail-on-scan-errors' on unless that is given (the fail-closed
   * default): true when it counts what the scan read, which a partial scan undercounts; false
   * when it judges something else (a plan file), which a scan's gaps do not make less true.
   */
  failClosed: boolean;
}

/** A switch: on, the gate fails on what its check finds. */
export interface Switch extends Entry {
  rule: 'switch';
  value: ValueKind<boolean>;
  /** Its value when not given: `fail-closed` is true when a fail-closed limit is set. */
  unset: boolean | 'fail-closed';
  /** Its check when on; `self` is its own input as `name` names it. */
  check: (counts: ScanCounts, name: InputNamer, self: string) => Omit<GateCheck, 'input'>;
}

/**
 * Every threshold, keyed by its member of Options.thresholds and of report.json's
 * scan.options.thresholds. The order is that of the gate's checks, the help and report.json:
 * limits first, then switches.
 */
export const THRESHOLDS = {
  maxHighSuspicion: {
    rule: 'limit',
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
    failClosed: true,
    help: ['exit 4 when more HIGH-suspicion public IPs are found'],
  },
  maxUnassociatedEips: {
    rule: 'limit',
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
    failClosed: true,
    help: ['exit 4 when more unassociated (charged) Elastic IPs are found'],
  },
  // With the IPAM cross-check (ipam-resource-discovery-id, which validate() requires for it).
  maxIpamMissed: {
    rule: 'limit',
    input: 'max-ipam-missed',
    flag: 'max-ipam-missed',
    value: COUNT,
    counted: 'addresses IPAM sampled that the scan missed',
    tally: (result) => ipamMissedTally(result),
    counts: 'ipamMissed',
    examples: 'ipamMissedExamples',
    followsGateOn: false,
    failClosed: true,
    help: [
      'exit 4 when IPAM sampled more addresses the scan missed',
      '(needs --ipam-resource-discovery-id)',
    ],
  },
  failOnScanErrors: {
    rule: 'switch',
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
} as const satisfies Record<string, Limit | Switch>;

type Table = typeof THRESHOLDS;
export type ThresholdKey = keyof Table;
export type ThresholdInput = Table[ThresholdKey]['input'];
type LimitEntry = Extract<Table[ThresholdKey], { rule: 'limit' }>;

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
  [K in ThresholdKey]: Table[K] extends { rule: 'limit' } ? number | null : boolean;
};

/** One entry of the table. */
export type Threshold = (Limit | Switch) & { input: ThresholdInput };

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
    ([key, entry]) => entry.rule === 'limit' && entry.failClosed && given.has(key),
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

/** Each limit's count, in the table's order, set or not. */
export function limitCounts(counts: GateCounts): LimitCounts {
  const named = THRESHOLD_ENTRIES.flatMap(([, entry]) =>
    entry.rule === 'limit' ? [[entry.counts, tallied(counts, entry).count]] : [],
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
