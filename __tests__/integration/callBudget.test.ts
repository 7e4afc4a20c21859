// The call budget (issue 5): one call chain per API and account-region, so the calls a region
// costs do not grow with its interfaces beyond DescribeNetworkInterfaces' pages. Counted by the
// AWS stand-in while the CLI scans two generated organisations that differ only in ENIs. Asking
// for managed interfaces (IncludeManagedResources) rides on the same calls; scoping by
// organizational units costs two Organizations calls per OU, whatever the number of accounts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  GENERATED_REGIONS,
  GENERATED_ROOT,
  generateOrg,
  generatedAccountId,
} from '../../test-support/aws/generateOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { runCliWith } from './cliRunner.js';

const ACCOUNTS = [generatedAccountId(0), generatedAccountId(1)];
const [MANAGEMENT, MEMBER] = ACCOUNTS as [string, string];
const REGIONS = GENERATED_REGIONS.slice(0, 2);
const [HOME_REGION] = REGIONS as [string, string];
const PREFIX_LISTS = 2;

type Calls = Record<string, Record<string, number>>;

let standIn: AwsStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** Attempts per `account/region`, by action, for a scan of `enisPerRegion` ENIs a region. */
async function scanCalls(
  enisPerRegion: number,
  { accounts = ACCOUNTS.length, organizationalUnits = 0 } = {},
): Promise<Calls> {
  const fixture = generateOrg({
    accounts,
    regions: REGIONS.length,
    enisPerRegion,
    prefixListsPerRegion: PREFIX_LISTS,
    organizationalUnits,
  });
  standIn = await startAwsStandIn({ fixture });
  const scope = organizationalUnits > 0 ? ['--organizational-units', GENERATED_ROOT] : [];
  const run = await runCliWith(standIn.env, ['run-multi-account', ...scope]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(
    `Public IPs on network interfaces by suspicion (${(accounts * REGIONS.length * enisPerRegion).toLocaleString('en-US')}):\n`,
  );
  const calls: Calls = {};
  for (const row of standIn.counters.snapshot()) {
    expect(row.attempts, `${row.action} in ${row.account}/${row.region}`).toBe(row.succeeded);
    const byAction = (calls[`${row.account}/${row.region}`] ??= {});
    byAction[row.action] = (byAction[row.action] ?? 0) + row.attempts;
  }
  return calls;
}

/** One account-region's collectors: every API once, pages aside, and one chain per prefix list. */
function regionCalls(networkInterfacePages: number): Record<string, number> {
  return {
    DescribeAddresses: 1,
    DescribeNetworkInterfaces: networkInterfacePages,
    DescribeRouteTables: 1,
    DescribeSecurityGroupRules: 1,
    DescribeSubnets: 1,
    DescribeVpnConnections: 1,
    GetManagedPrefixListEntries: PREFIX_LISTS,
  };
}

/** Every call of the scan: per region, plus once per account and once per organisation. */
function expectedCalls(networkInterfacePages: number): Calls {
  const calls: Calls = {};
  for (const account of ACCOUNTS) {
    for (const region of REGIONS)
      calls[`${account}/${region}`] = regionCalls(networkInterfacePages);
    // Enabled regions are asked in the home region; Global Accelerator lives in us-west-2.
    (calls[`${account}/${HOME_REGION}`] as Record<string, number>).DescribeRegions = 1;
    calls[`${account}/us-west-2`] = { ListAccelerators: 1, ListCustomRoutingAccelerators: 1 };
  }
  // The caller: who am I, the organisation's accounts (one page), one AssumeRole per member.
  Object.assign(calls[`${MANAGEMENT}/${HOME_REGION}`] as Record<string, number>, {
    GetCallerIdentity: 1,
    ListAccounts: 1,
    AssumeRole: ACCOUNTS.length - 1,
  });
  return calls;
}

/** Only the account-region collectors of `calls`. */
function perRegion(calls: Calls): Calls {
  const collectors = new Set(Object.keys(regionCalls(1)));
  const out: Calls = {};
  for (const account of ACCOUNTS) {
    for (const region of REGIONS) {
      out[`${account}/${region}`] = Object.fromEntries(
        Object.entries(calls[`${account}/${region}`] ?? {}).filter(([a]) => collectors.has(a)),
      );
    }
  }
  return out;
}

describe('call budget', () => {
  it('costs each account-region the same calls for 10 and for 2,000 ENIs, but the extra page', async () => {
    const small = await scanCalls(10);
    await standIn?.close();
    standIn = undefined;
    const large = await scanCalls(2000);

    expect(small).toEqual(expectedCalls(1));
    // 2,000 interfaces are two pages of 1,000: the only call that grows.
    expect(large).toEqual(expectedCalls(2));

    const withoutPages = (calls: Calls) =>
      Object.fromEntries(
        Object.entries(perRegion(calls)).map(([target, byAction]) => [
          target,
          { ...byAction, DescribeNetworkInterfaces: undefined },
        ]),
      );
    expect(withoutPages(large)).toEqual(withoutPages(small));
    for (const target of Object.keys(perRegion(small))) {
      expect(large[target]?.DescribeNetworkInterfaces).toBe(
        (small[target]?.DescribeNetworkInterfaces ?? 0) + 1,
      );
    }
    // 8 calls an account-region: 6 collectors + one per referenced prefix list.
    expect(
      Object.values(perRegion(small)).map((c) => Object.values(c).reduce((a, b) => a + b, 0)),
    ).toEqual(Array(ACCOUNTS.length * REGIONS.length).fill(6 + PREFIX_LISTS));
  });

  it('asks for managed interfaces on the calls it makes anyway: the budget is unchanged', async () => {
    const calls = await scanCalls(2000);
    expect(calls).toEqual(expectedCalls(2));
    const pages = standIn?.received.ec2.filter((r) => r.action === 'DescribeNetworkInterfaces');
    // Two pages an account-region, each asking for managed resources.
    expect(pages).toHaveLength(ACCOUNTS.length * REGIONS.length * 2);
    for (const page of pages ?? []) expect(page.params.IncludeManagedResources).toBe('true');
  });

  it.each([
    [3, 4],
    [12, 24],
    [30, 24],
  ])(
    'resolves %i organizational units (%i accounts) with two Organizations calls per OU',
    async (ous, accounts) => {
      const calls = await scanCalls(10, { accounts, organizationalUnits: ous });
      const management = calls[`${MANAGEMENT}/${HOME_REGION}`] ?? {};
      // The root and every OU: one ListAccountsForParent and one ListChildren each (a page holds
      // 20), and no ListAccounts.
      expect(management.ListAccountsForParent).toBe(ous + 1);
      expect(management.ListChildren).toBe(ous + 1);
      expect(management.ListAccounts).toBeUndefined();
      // And every account-region still costs its 8 calls.
      for (let a = 0; a < accounts; a++) {
        for (const region of REGIONS) {
          const byAction = calls[`${generatedAccountId(a)}/${region}`] ?? {};
          expect(
            Object.entries(byAction)
              .filter(([action]) => action in regionCalls(1))
              .reduce((n, [, c]) => n + c, 0),
          ).toBe(6 + PREFIX_LISTS);
        }
      }
    },
  );

  it('never calls DescribePrefixLists, which fails on customer-managed lists', async () => {
    const calls = await scanCalls(10);
    const actions = new Set(Object.values(calls).flatMap((byAction) => Object.keys(byAction)));
    expect(actions.has('DescribePrefixLists')).toBe(false);
    expect(standIn?.counters.total({ action: 'DescribePrefixLists' })).toBe(0);
    expect(
      standIn?.counters.total({ account: MEMBER, action: 'GetManagedPrefixListEntries' }),
    ).toBe(REGIONS.length * PREFIX_LISTS);
  });
});
