// The one place where user input becomes Options. Action inputs and CLI flags both arrive as
// raw strings keyed by the canonical (action input) names below, and leave validated, so a bad
// value fails before any AWS call with a message that names the input and the value. The gate's
// thresholds are named, read and defaulted by their table (gate/thresholds.ts).
import { partition } from '@aws-sdk/core/client';
import { yamlBoolean } from '../common/yamlBoolean.js';
import {
  readThresholds,
  THRESHOLD_ENTRIES,
  type ThresholdInput,
  type Thresholds,
} from '../gate/thresholds.js';
import { InputError } from './inputError.js';
import { PLAN_INPUTS, planInputs } from './planInputs.js';

export const Inputs = {
  Mode: 'mode',
  RoleToAssume: 'role-to-assume',
  AwsRegion: 'aws-region',
  Audience: 'audience',
  RoleSessionName: 'role-session-name',
  Profile: 'profile',
  AccessKeyId: 'access-key-id',
  SecretAccessKey: 'secret-key',
  SessionToken: 'session-token',
  Accounts: 'accounts',
  OrganizationalUnits: 'organizational-units',
  ExcludeAccounts: 'exclude-accounts',
  MemberRoleName: 'member-role-name',
  ExternalId: 'external-id',
  Regions: 'regions',
  ExcludeRegions: 'exclude-regions',
  OutputPath: 'output-path',
  Concurrency: 'concurrency',
  RequestTimeout: 'request-timeout',
  PricePerIpHour: 'price-per-ip-hour',
  Suppressions: 'suppressions',
  Baseline: 'baseline',
  GateOn: 'gate-on',
  TerraformPlan: PLAN_INPUTS.terraformPlan,
  Scan: PLAN_INPUTS.scan,
  IpamResourceDiscoveryId: 'ipam-resource-discovery-id',
  IpamAccount: 'ipam-account',
  ReconcileBilling: 'reconcile-billing',
} as const;
export type InputName = (typeof Inputs)[keyof typeof Inputs] | ThresholdInput;
export type RawInputs = Partial<Record<InputName, string>>;

/** Every input validate() reads: those above and each threshold's. */
export const INPUT_NAMES: readonly InputName[] = [
  ...Object.values(Inputs),
  ...THRESHOLD_ENTRIES.map(([, entry]) => entry.input),
];

export { InputError } from './inputError.js';

export type Mode = 'single-account' | 'multi-account';

export type CredentialSource =
  | { kind: 'ambient' }
  | { kind: 'profile'; profile: string }
  | { kind: 'static'; accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  | { kind: 'web-identity'; roleArn: string; audience: string; roleSessionName: string };

/** The IPAM cross-check: whose resource discovery to ask (analyze/ipamReconciliation.ts). */
interface IpamOption {
  resourceDiscoveryId: string;
  /** The IPAM's account; undefined = the caller's. Reached through the member role otherwise. */
  accountId?: string;
}

export interface Options {
  mode: Mode;
  /** Region for STS, Organizations and DescribeRegions. */
  awsRegion: string;
  credentials: CredentialSource;
  /** Explicit accounts (multi-account); undefined = every account of the organisation. */
  accounts?: string[];
  /** Roots or OUs whose accounts (nested OUs included) are scanned, instead of the organisation's. */
  organizationalUnits?: string[];
  /** Accounts left out of the organisation's (or the OUs') on purpose; reported as `excluded`. */
  excludeAccounts?: string[];
  memberRoleName: string;
  externalId?: string;
  /** Explicit regions; undefined = every region enabled in each account. */
  regions?: string[];
  /** Regions left out of every account's enabled ones. */
  excludeRegions?: string[];
  outputDir: string;
  /** Most AWS call chains in flight at once. */
  concurrency: number;
  /** Seconds an attempt of an AWS call may wait for its answer before it fails. */
  requestTimeoutSeconds: number;
  pricePerIpHour: number;
  /** The gate's thresholds (gate/thresholds.ts): the scan's, and the plans' (with terraformPlans). */
  thresholds: Thresholds;
  /** A YAML file of accepted findings (read before the scan). */
  suppressionsFile?: string;
  /** An earlier report.json, or `artifact` (the action fetches the last one). */
  baseline?: string;
  /** `new`: thresholds count only findings absent from the baseline. */
  gateOn: GateOn;
  /** Files `terraform show -json` wrote, judged before anything else (src/plan/). */
  terraformPlans?: string[];
  /** False: only the plans are judged; no AWS call, no credentials. */
  scan: boolean;
  /** Compare the scan with IPAM's discovered public addresses; undefined = off. */
  ipam?: IpamOption;
  /** True: compare the scan with the bill (Cost Explorer, USD 0.01 a request); absent = off. */
  reconcileBilling?: true;
}

type GateOn = 'all' | 'new';

/**
 * The options a report records. Secrets never reach it: the credentials' kind only, and only
 * whether an ExternalId was set.
 */
export type ReportedOptions = Pick<
  Options,
  | 'mode'
  | 'awsRegion'
  | 'credentials'
  | 'accounts'
  | 'organizationalUnits'
  | 'excludeAccounts'
  | 'memberRoleName'
  | 'externalId'
  | 'regions'
  | 'excludeRegions'
  | 'concurrency'
  | 'requestTimeoutSeconds'
  | 'pricePerIpHour'
  | 'thresholds'
  | 'ipam'
  | 'reconcileBilling'
>;

export const DEFAULTS = {
  mode: 'multi-account' as Mode,
  awsRegion: 'us-east-1',
  audience: 'sts.amazonaws.com',
  roleSessionName: 'aws-ipv4-audit',
  memberRoleName: 'OrganizationAccountAccessRole',
  // A folder of its own, as the action's artifact: runs never spill into the working directory.
  outputDir: 'ipv4-audit-reports',
  concurrency: 32,
  // An EC2 Describe page answers within seconds. A call that times out is tried 3 times
  // (clients.ts), so a silent endpoint fails its account-region in about 90 s, not hours.
  requestTimeoutSeconds: 30,
  pricePerIpHour: 0.005,
};

const ACCOUNT_ID = /^\d{12}$/;

/** Whether `value` is an AWS account id: twelve digits. */
export const isAccountId = (value: string): boolean => ACCOUNT_ID.test(value);
// IAM role names may carry a path prefix; characters per IAM's documented set.
const ROLE_NAME = /^[\w+=,.@/-]{1,64}$/;
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Splits a comma (or newline) separated list; empty items are dropped. */
function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A region name the SDK's partition data knows (e.g. us-east-1, eu-central-2, us-gov-west-1). */
function isKnownRegion(name: string): boolean {
  return 'description' in partition(name);
}

/** One scan reads one partition, the one of its home region: a region of another fails late. */
function samePartition(regions: string[], home: string, input: string = Inputs.Regions): string[] {
  const expected = partition(home).name;
  const other = regions.find((region) => partition(region).name !== expected);
  if (other !== undefined) {
    throw new InputError(
      input,
      `'${other}' is in partition ${partition(other).name}, and the scan's '${Inputs.AwsRegion}' ` +
        `'${home}' in ${expected}: one scan reads one partition`,
    );
  }
  return regions;
}

function parseRegions(input: string, value: string): string[] {
  const regions = parseList(value);
  if (regions.length === 0) throw new InputError(input, `no region in '${value}'`);
  for (const region of regions) {
    if (!isKnownRegion(region)) throw new InputError(input, `unknown region '${region}'`);
  }
  return [...new Set(regions)];
}

// Organizations' ids: a root `r-` and 4-32 characters; an OU `ou-`, its root's part, `-`, 8-32 more.
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;

/** A list in which every item is checked by `check` (its problem, or undefined) and given once. */
function distinctList(
  input: string,
  value: string,
  noun: string,
  check: (item: string) => string | undefined,
): string[] {
  const items = parseList(value);
  if (items.length === 0) throw new InputError(input, `no ${noun} in '${value}'`);
  const seen = new Set<string>();
  for (const item of items) {
    const problem = check(item);
    if (problem !== undefined) throw new InputError(input, problem);
    if (seen.has(item)) throw new InputError(input, `'${item}' is given twice`);
    seen.add(item);
  }
  return items;
}

function parseOrganizationalUnits(input: string, value: string): string[] {
  return distinctList(input, value, 'organizational unit', (id) =>
    OU_ID.test(id) || ROOT_ID.test(id)
      ? undefined
      : `'${id}' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)`,
  );
}

function parseExcludedAccounts(input: string, value: string): string[] {
  return distinctList(input, value, 'account', (id) =>
    isAccountId(id) ? undefined : `'${id}' is not a 12-digit AWS account id`,
  );
}

function parseExcludedRegions(input: string, value: string, home: string): string[] {
  const regions = distinctList(input, value, 'region', (region) =>
    isKnownRegion(region) ? undefined : `unknown region '${region}'`,
  );
  samePartition(regions, home, input);
  return regions;
}

function parseAccounts(input: string, value: string): string[] {
  const accounts = parseList(value);
  if (accounts.length === 0) throw new InputError(input, `no account in '${value}'`);
  for (const account of accounts) {
    if (!isAccountId(account)) {
      throw new InputError(input, `'${account}' is not a 12-digit AWS account id`);
    }
  }
  return [...new Set(accounts)];
}

export function parseInteger(input: string, value: string, min: number, max?: number): number {
  const n = Number(value);
  if (max === undefined && /^\d+$/.test(value) && n > Number.MAX_SAFE_INTEGER) {
    throw new InputError(input, `'${value}' is too large`);
  }
  if (!/^\d+$/.test(value) || n < min || n > (max ?? Number.MAX_SAFE_INTEGER)) {
    const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
    throw new InputError(input, `'${value}' is not a whole number ${range}`);
  }
  return n;
}

/** The price a report may hold: 200 times AWS's USD 0.005 leaves room for any real price. */
const MAX_PRICE_PER_IP_HOUR = 1;

function parsePrice(input: string, value: string): number {
  const price = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || !Number.isFinite(price) || price > MAX_PRICE_PER_IP_HOUR) {
    throw new InputError(
      input,
      `'${value}' is not a price from 0 to ${MAX_PRICE_PER_IP_HOUR} USD per address-hour`,
    );
  }
  return price;
}

export function parseBoolean(input: string, value: string): boolean {
  const parsed = yamlBoolean(value);
  if (parsed === undefined) throw new InputError(input, `'${value}' is not true or false`);
  return parsed;
}

// EC2 ids: the prefix, then hexadecimal (8 digits in older ids, 17 now).
const DISCOVERY_ID = /^ipam-res-disco-[0-9a-f]{8,32}$/;

/**
 * The IPAM cross-check's inputs. The IPAM account of another than the caller is reached through
 * the member role, which only multi-account mode assumes; 'ipam-account' means nothing without a
 * resource discovery to ask ('max-ipam-missed' without one fails the gate closed).
 */
function parseIpam(raw: RawInputs, mode: Mode): IpamOption | undefined {
  const resourceDiscoveryId = optional(raw, Inputs.IpamResourceDiscoveryId, (v) => {
    if (!DISCOVERY_ID.test(v)) {
      throw new InputError(
        Inputs.IpamResourceDiscoveryId,
        `'${v}' is not an IPAM resource discovery id (ipam-res-disco- and 8 to 32 hexadecimal digits)`,
      );
    }
    return v;
  });
  const accountId = optional(raw, Inputs.IpamAccount, (v) => {
    if (!isAccountId(v)) {
      throw new InputError(Inputs.IpamAccount, `'${v}' is not a 12-digit AWS account id`);
    }
    return v;
  });
  for (const input of [Inputs.IpamAccount]) {
    if (resourceDiscoveryId === undefined && present(raw[input]) !== undefined) {
      throw new InputError(
        input,
        `needs '${Inputs.IpamResourceDiscoveryId}': without it IPAM is not asked`,
      );
    }
  }
  if (accountId !== undefined && mode === 'single-account') {
    throw new InputError(
      Inputs.IpamAccount,
      `applies to multi-account mode only (mode is 'single-account'): another account is ` +
        `reached through the member role; leave it out to ask the caller's account`,
    );
  }
  if (resourceDiscoveryId === undefined) return undefined;
  return { resourceDiscoveryId, ...(accountId !== undefined ? { accountId } : {}) };
}

function parseGateOn(value: string): GateOn {
  if (value === 'all' || value === 'new') return value;
  throw new InputError(Inputs.GateOn, `'${value}' is not all or new`);
}

function parseMode(value: string): Mode {
  if (value === 'single-account' || value === 'multi-account') return value;
  throw new InputError(Inputs.Mode, `'${value}' is not single-account or multi-account`);
}

function parseCredentials(raw: RawInputs): CredentialSource {
  const roleArn = present(raw[Inputs.RoleToAssume]);
  const profile = present(raw[Inputs.Profile]);
  const accessKeyId = present(raw[Inputs.AccessKeyId]);
  const secretAccessKey = present(raw[Inputs.SecretAccessKey]);
  const sessionToken = present(raw[Inputs.SessionToken]);

  if (accessKeyId !== undefined && secretAccessKey === undefined) {
    throw new InputError(Inputs.SecretAccessKey, `must be given with '${Inputs.AccessKeyId}'`);
  }
  if (secretAccessKey !== undefined && accessKeyId === undefined) {
    throw new InputError(Inputs.AccessKeyId, `must be given with '${Inputs.SecretAccessKey}'`);
  }
  if (sessionToken !== undefined && accessKeyId === undefined) {
    throw new InputError(
      Inputs.SessionToken,
      `needs '${Inputs.AccessKeyId}' and '${Inputs.SecretAccessKey}'`,
    );
  }
  // Two sources of credentials: one would be ignored without a word.
  if (profile !== undefined && accessKeyId !== undefined) {
    throw new InputError(
      Inputs.Profile,
      `'${profile}' and '${Inputs.AccessKeyId}' are two sources of credentials: give one`,
    );
  }
  if (roleArn !== undefined) {
    if (!ROLE_ARN.test(roleArn)) {
      throw new InputError(
        Inputs.RoleToAssume,
        `'${roleArn}' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)`,
      );
    }
    const roleSessionName = present(raw[Inputs.RoleSessionName]) ?? DEFAULTS.roleSessionName;
    if (!SESSION_NAME.test(roleSessionName)) {
      throw new InputError(
        Inputs.RoleSessionName,
        `'${roleSessionName}' must be 2-64 characters of letters, digits and +=,.@_-`,
      );
    }
    return {
      kind: 'web-identity',
      roleArn,
      audience: present(raw[Inputs.Audience]) ?? DEFAULTS.audience,
      roleSessionName,
    };
  }
  if (accessKeyId !== undefined && secretAccessKey !== undefined) {
    return {
      kind: 'static',
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
    };
  }
  if (profile !== undefined) return { kind: 'profile', profile };
  return { kind: 'ambient' };
}

function optional<T>(raw: RawInputs, name: InputName, parse: (value: string) => T): T | undefined {
  const value = present(raw[name]);
  return value === undefined ? undefined : parse(value);
}

/**
 * Which accounts and regions the scan covers: named, or the organisation's (or its OUs'), less
 * the excluded ones. What only multi-account mode reads is refused elsewhere rather than
 * silently ignored, as are inputs that contradict each other.
 */
function scope(raw: RawInputs, mode: Mode, home: string) {
  for (const input of [
    Inputs.Accounts,
    Inputs.ExternalId,
    Inputs.OrganizationalUnits,
    Inputs.ExcludeAccounts,
  ]) {
    if (mode === 'single-account' && present(raw[input]) !== undefined) {
      throw new InputError(input, `applies to multi-account mode only (mode is 'single-account')`);
    }
  }
  refuseTogether(raw);
  return {
    ...withDefined(
      'accounts',
      optional(raw, Inputs.Accounts, (v) => parseAccounts(Inputs.Accounts, v)),
    ),
    ...withDefined(
      'organizationalUnits',
      optional(raw, Inputs.OrganizationalUnits, (v) =>
        parseOrganizationalUnits(Inputs.OrganizationalUnits, v),
      ),
    ),
    ...withDefined(
      'excludeAccounts',
      optional(raw, Inputs.ExcludeAccounts, (v) =>
        parseExcludedAccounts(Inputs.ExcludeAccounts, v),
      ),
    ),
    ...withDefined(
      'regions',
      optional(raw, Inputs.Regions, (v) => samePartition(parseRegions(Inputs.Regions, v), home)),
    ),
    ...withDefined(
      'excludeRegions',
      optional(raw, Inputs.ExcludeRegions, (v) =>
        parseExcludedRegions(Inputs.ExcludeRegions, v, home),
      ),
    ),
  };
}

/** Validates raw inputs into Options, or throws the first InputError. Makes no AWS call. */
export function validate(raw: RawInputs): Options {
  const mode = optional(raw, Inputs.Mode, parseMode) ?? DEFAULTS.mode;
  const awsRegion = optional(raw, Inputs.AwsRegion, (v) => {
    if (!isKnownRegion(v)) throw new InputError(Inputs.AwsRegion, `unknown region '${v}'`);
    return v;
  });
  const memberRoleName = optional(raw, Inputs.MemberRoleName, (v) => {
    if (!ROLE_NAME.test(v))
      throw new InputError(Inputs.MemberRoleName, `'${v}' is not a valid IAM role name`);
    return v;
  });
  const externalId = optional(raw, Inputs.ExternalId, (v) => {
    if (!/^[\w+=,.@:/-]{2,1224}$/.test(v)) {
      throw new InputError(
        Inputs.ExternalId,
        'must be 2-1224 characters of letters, digits and +=,.@:/-',
      );
    }
    return v;
  });
  const thresholds = readThresholds(
    (input) => present(raw[input]),
    (input, problem) => {
      throw new InputError(input, problem);
    },
  );
  const plan = planInputs(raw, [Inputs.Baseline, Inputs.Suppressions]);
  const ipam = parseIpam(raw, mode);
  return {
    mode,
    awsRegion: awsRegion ?? DEFAULTS.awsRegion,
    credentials: parseCredentials(raw),
    ...scope(raw, mode, awsRegion ?? DEFAULTS.awsRegion),
    memberRoleName: memberRoleName ?? DEFAULTS.memberRoleName,
    ...(externalId ? { externalId } : {}),
    outputDir: present(raw[Inputs.OutputPath]) ?? DEFAULTS.outputDir,
    concurrency:
      optional(raw, Inputs.Concurrency, (v) => parseInteger(Inputs.Concurrency, v, 1, 256)) ??
      DEFAULTS.concurrency,
    requestTimeoutSeconds:
      optional(raw, Inputs.RequestTimeout, (v) => parseInteger(Inputs.RequestTimeout, v, 1, 600)) ??
      DEFAULTS.requestTimeoutSeconds,
    pricePerIpHour:
      optional(raw, Inputs.PricePerIpHour, (v) => parsePrice(Inputs.PricePerIpHour, v)) ??
      DEFAULTS.pricePerIpHour,
    ...withDefined('suppressionsFile', present(raw[Inputs.Suppressions])),
    ...withDefined('baseline', present(raw[Inputs.Baseline])),
    gateOn: parseGateOnWith(raw),
    ...withDefined('ipam', ipam),
    ...(optional(raw, Inputs.ReconcileBilling, (v) => parseBoolean(Inputs.ReconcileBilling, v))
      ? { reconcileBilling: true as const }
      : {}),
    thresholds,
    ...withDefined('terraformPlans', plan.terraformPlans),
    scan: plan.scan,
  };
}

/**
 * Inputs that contradict each other: one would be ignored, or the other make no sense. Named
 * accounts and OUs both say which accounts to scan; an exclusion narrows the organisation's
 * accounts (or every enabled region), not a list the user gave.
 */
function refuseTogether(raw: RawInputs): void {
  const pairs: [InputName, InputName, string][] = [
    [
      Inputs.OrganizationalUnits,
      Inputs.Accounts,
      `and '${Inputs.Accounts}' both say which accounts to scan: give one`,
    ],
    [
      Inputs.ExcludeAccounts,
      Inputs.Accounts,
      `excludes from the organisation's accounts, and '${Inputs.Accounts}' names the accounts ` +
        `to scan: leave the excluded ones out of '${Inputs.Accounts}' instead`,
    ],
    [
      Inputs.ExcludeRegions,
      Inputs.Regions,
      `excludes from every enabled region, and '${Inputs.Regions}' names the regions to scan: ` +
        `leave the excluded ones out of '${Inputs.Regions}' instead`,
    ],
  ];
  for (const [input, other, problem] of pairs) {
    if (present(raw[input]) !== undefined && present(raw[other]) !== undefined) {
      throw new InputError(input, problem);
    }
  }
}

/** `new` compares with a baseline: without one, every finding would count, silently. */
function parseGateOnWith(raw: RawInputs): GateOn {
  const gateOn = optional(raw, Inputs.GateOn, parseGateOn) ?? 'all';
  if (gateOn === 'new' && present(raw[Inputs.Baseline]) === undefined) {
    throw new InputError(
      Inputs.GateOn,
      `'new' counts the findings absent from a baseline, and no '${Inputs.Baseline}' is set`,
    );
  }
  return gateOn;
}

function withDefined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
