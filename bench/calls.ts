// What the stand-in's request counters say about one scan: calls in total, by action, per
// account-region against the call budget, and the pool bound the calls imply.
import type { GenerateOrgOptions } from '../test-support/aws/generateOrg.js';
import { GENERATED_REGIONS, generatedAccountId } from '../test-support/aws/generateOrg.js';
import type { CounterRow } from '../test-support/aws/requestCounters.js';

export type OrgShape = Required<GenerateOrgOptions>;

/**
 * Called once per scan, before any account: who the caller is, and the organisation's accounts
 * (ListAccounts, or the tree under the named OUs: ListAccountsForParent and ListChildren per OU).
 */
export const ORG_ACTIONS = [
  'GetCallerIdentity',
  'ListAccounts',
  'ListAccountsForParent',
  'ListChildren',
] as const;
/** Called once per account (AssumeRole by the caller, for each member account). */
export const ACCOUNT_ACTIONS = [
  'AssumeRole',
  'DescribeRegions',
  'ListAccelerators',
  'ListCustomRoutingAccelerators',
] as const;
/** The collectors of one account-region, in the order the scan starts them. */
export const TARGET_ACTIONS = [
  'DescribeAddresses',
  'DescribeNetworkInterfaces',
  'DescribeSubnets',
  'DescribeRouteTables',
  'DescribeSecurityGroupRules',
  'DescribeVpnConnections',
  'GetManagedPrefixListEntries',
] as const;

/** Page sizes the collectors ask for (src/collect/), and AWS's answers without pagination. */
const PAGE_SIZE = {
  DescribeNetworkInterfaces: 1000,
  DescribeSubnets: 1000,
  DescribeRouteTables: 100,
  DescribeSecurityGroupRules: 1000,
  GetManagedPrefixListEntries: 100,
} as const;

const pages = (items: number, size: number) => Math.max(1, Math.ceil(items / size));

/** The generated organisation's per-region resource counts (test-support/aws/generateOrg.ts). */
function regionShape(o: OrgShape) {
  const rulesPerGroup = 2 + (o.prefixListsPerRegion > 0 ? 1 : 0);
  const referenced = new Set<number>();
  if (o.prefixListsPerRegion > 0) {
    for (let g = 0; g < o.securityGroupsPerRegion; g++) referenced.add(g % o.prefixListsPerRegion);
    for (let t = 0; t < o.routeTablesPerRegion; t++) referenced.add(t % o.prefixListsPerRegion);
  }
  return {
    enis: o.enisPerRegion,
    rules: o.securityGroupsPerRegion * rulesPerGroup,
    subnets: o.subnetsPerRegion,
    routeTables: o.routeTablesPerRegion,
    prefixListsReferenced: referenced.size,
    entriesPerList: 2,
  };
}

/** The exact calls one account-region needs: one chain per API, fully paginated. */
function expectedTargetCalls(o: OrgShape): Record<string, number> {
  const s = regionShape(o);
  return {
    DescribeAddresses: 1,
    DescribeNetworkInterfaces: pages(s.enis, PAGE_SIZE.DescribeNetworkInterfaces),
    DescribeSubnets: pages(s.subnets, PAGE_SIZE.DescribeSubnets),
    DescribeRouteTables: pages(s.routeTables, PAGE_SIZE.DescribeRouteTables),
    DescribeSecurityGroupRules: pages(s.rules, PAGE_SIZE.DescribeSecurityGroupRules),
    DescribeVpnConnections: 1,
    GetManagedPrefixListEntries:
      s.prefixListsReferenced * pages(s.entriesPerList, PAGE_SIZE.GetManagedPrefixListEntries),
  };
}

/** The budget: 6 collectors + one call per referenced prefix list + extra pages. */
export function targetBudget(o: OrgShape): { base: number; extraPages: number } {
  const expected = expectedTargetCalls(o);
  const s = regionShape(o);
  const base = 6 + s.prefixListsReferenced;
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  return { base, extraPages: total - base };
}

export interface CallStats {
  total: number;
  throttled: number;
  failed: number;
  byAction: Map<string, number>;
  targets: number;
  /** Calls per account-region, summed over actions: min and max over targets. */
  perTarget: { min: number; max: number };
  /** Per action: min and max calls over targets. */
  perTargetByAction: Map<string, { min: number; max: number }>;
  perAccountByAction: Map<string, { min: number; max: number }>;
  org: Map<string, number>;
  /** Calls no collector should make (e.g. DescribePrefixLists). */
  unexpected: Map<string, number>;
  /** The longest strictly sequential chain of calls, and how it is made up. */
  chain: { calls: number; parts: string[] };
  /** Organizations calls that resolved the OU tree (ListAccountsForParent + ListChildren). */
  ouCalls: number;
}

/** Levels of the generated OU tree, the root's included: each waits for its parent's ListChildren. */
function treeLevels(ous: number): number {
  return ous === 0 ? 0 : Math.floor(Math.log2(ous)) + 2;
}

function minMax(values: number[]): { min: number; max: number } {
  return values.length === 0
    ? { min: 0, max: 0 }
    : { min: Math.min(...values), max: Math.max(...values) };
}

export function callStats(rows: readonly CounterRow[], o: OrgShape): CallStats {
  const byAction = new Map<string, number>();
  let total = 0;
  let throttled = 0;
  let failed = 0;
  for (const r of rows) {
    total += r.attempts;
    throttled += r.throttled;
    failed += r.failed;
    byAction.set(r.action, (byAction.get(r.action) ?? 0) + r.attempts);
  }
  const count = (account: string, region: string | undefined, action: string) =>
    rows
      .filter(
        (r) =>
          r.account === account &&
          (region === undefined || r.region === region) &&
          r.action === action,
      )
      .reduce((n, r) => n + r.attempts, 0);

  const accounts = Array.from({ length: o.accounts }, (_, a) => generatedAccountId(a));
  const management = accounts[0] ?? '';
  const regions = GENERATED_REGIONS.slice(0, o.regions);
  const targetCounts: Record<string, number>[] = [];
  for (const account of accounts) {
    for (const region of regions) {
      targetCounts.push(
        Object.fromEntries(
          TARGET_ACTIONS.map((action) => [action, count(account, region, action)]),
        ),
      );
    }
  }
  const perTargetByAction = new Map<string, { min: number; max: number }>(
    TARGET_ACTIONS.map((action) => [action, minMax(targetCounts.map((t) => t[action] ?? 0))]),
  );
  const perTarget = minMax(targetCounts.map((t) => Object.values(t).reduce((a, b) => a + b, 0)));

  // AssumeRole is counted against the caller (the management account), once per member.
  const perAccountByAction = new Map<string, { min: number; max: number }>();
  for (const action of ACCOUNT_ACTIONS) {
    const values =
      action === 'AssumeRole'
        ? [count(management, undefined, action) / Math.max(1, accounts.length - 1)]
        : accounts.map((account) => count(account, undefined, action));
    perAccountByAction.set(action, minMax(values));
  }
  const org = new Map(ORG_ACTIONS.map((action) => [action, byAction.get(action) ?? 0]));
  const known = new Set<string>([...ORG_ACTIONS, ...ACCOUNT_ACTIONS, ...TARGET_ACTIONS]);
  const unexpected = new Map([...byAction].filter(([action]) => !known.has(action)));

  // The chain: nothing starts before GetCallerIdentity and every ListAccounts page; an account's
  // regions wait for its AssumeRole and DescribeRegions; in a region the prefix-list entries wait
  // for the security-group rules and route tables that name them; all else runs side by side.
  const most = (action: string) => perTargetByAction.get(action)?.max ?? 0;
  const listsReferenced = regionShape(o).prefixListsReferenced;
  const pagesPerList =
    listsReferenced > 0 ? Math.ceil(most('GetManagedPrefixListEntries') / listsReferenced) : 0;
  const followUp = Math.max(most('DescribeSecurityGroupRules'), most('DescribeRouteTables'));
  const targetChain = Math.max(
    most('DescribeAddresses'),
    most('DescribeNetworkInterfaces'),
    most('DescribeSubnets'),
    most('DescribeVpnConnections'),
    followUp + pagesPerList,
  );
  const accelerators =
    (perAccountByAction.get('ListAccelerators')?.max ?? 0) +
    (perAccountByAction.get('ListCustomRoutingAccelerators')?.max ?? 0);
  const assume = accounts.length > 1 ? 1 : 0;
  const listAccounts = org.get('ListAccounts') ?? 0;
  const levels = treeLevels(o.organizationalUnits);
  const accountList = o.organizationalUnits > 0 ? levels : listAccounts;
  const chainCalls = 1 + accountList + assume + 1 + Math.max(targetChain, accelerators);
  const parts = [
    'GetCallerIdentity 1',
    o.organizationalUnits > 0
      ? `OU tree ${levels} level(s)`
      : `ListAccounts ${listAccounts} page(s)`,
    `AssumeRole ${assume}`,
    'DescribeRegions 1',
    targetChain >= accelerators
      ? `longest region chain ${targetChain} (SecurityGroupRules/RouteTables ${followUp} page(s), ` +
        `then ${pagesPerList} page(s) per prefix list; other collectors at most ` +
        `${Math.max(most('DescribeNetworkInterfaces'), most('DescribeSubnets'), 1)} page(s))`
      : `Global Accelerator lists ${accelerators} page(s)`,
  ];
  return {
    total,
    throttled,
    failed,
    byAction,
    targets: targetCounts.length,
    perTarget,
    perTargetByAction,
    perAccountByAction,
    org,
    unexpected,
    chain: { calls: chainCalls, parts },
    ouCalls: (org.get('ListAccountsForParent') ?? 0) + (org.get('ListChildren') ?? 0),
  };
}

/** (total calls x latency / concurrency) + the longest chain x latency, in milliseconds. */
export function poolBoundMs(stats: CallStats, latencyMs: number, concurrency: number): number {
  return (stats.total * latencyMs) / concurrency + stats.chain.calls * latencyMs;
}
