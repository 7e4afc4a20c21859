// Proves the AWS stand-in against the real SDK v3 clients: pointed at it through the SDK's own
// endpoint variable (AWS_ENDPOINT_URL), every client must read back exactly the fixture, page
// as AWS pages, and fail with the codes and statuses AWS fails with.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  DescribeAddressesCommand,
  DescribeManagedPrefixListsCommand,
  DescribeNetworkInterfacesCommand,
  DescribePrefixListsCommand,
  DescribeRegionsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSubnetsCommand,
  DescribeVpnConnectionsCommand,
  EC2Client,
  GetManagedPrefixListEntriesCommand,
  paginateDescribeManagedPrefixLists,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroupRules,
  paginateDescribeSubnets,
  paginateGetManagedPrefixListEntries,
  type NetworkInterface,
} from '@aws-sdk/client-ec2';
import {
  GlobalAcceleratorClient,
  ListAcceleratorsCommand,
  paginateListAccelerators,
  paginateListCustomRoutingAccelerators,
} from '@aws-sdk/client-global-accelerator';
import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListChildren,
} from '@aws-sdk/client-organizations';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  EKS_NODE_ENI,
  EKS_NODE_IP,
  eksAutoModeOrg,
} from '../../test-support/aws/eksAutoModeOrg.js';
import type { AccountFixture, OrgFixture, RegionFixture } from '../../test-support/aws/fixture.js';
import {
  OU_DEV,
  OU_PROD,
  OU_SANDBOX,
  OU_WORKLOADS,
  organizationTreeOrg,
  TREE_DEV,
  TREE_EXPERIMENTS,
  TREE_ROOT,
} from '../../test-support/aws/organizationTreeOrg.js';
import { regionDenyOrg } from '../../test-support/aws/regionDenyOrg.js';
import {
  SAMPLE_MANAGEMENT,
  SAMPLE_MEMBER,
  SAMPLE_SUSPENDED,
  sampleOrg,
} from '../../test-support/aws/sampleOrg.js';
import {
  startAwsStandIn,
  type AwsStandIn,
  type AwsStandInOptions,
} from '../../test-support/aws/startAwsStandIn.js';

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

const savedEnv = { ...process.env };

/** Starts a stand-in for the enclosing describe and points process.env at it meanwhile. */
function useStandIn(options: Omit<AwsStandInOptions, 'fixture'> & { fixture?: OrgFixture } = {}) {
  const ref: { standIn: AwsStandIn; fixture: OrgFixture } = {} as never;
  beforeAll(async () => {
    ref.fixture = options.fixture ?? sampleOrg();
    ref.standIn = await startAwsStandIn({ ...options, fixture: ref.fixture });
    Object.assign(process.env, ref.standIn.env);
  });
  afterAll(async () => {
    await ref.standIn.close();
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
    Object.assign(process.env, savedEnv);
  });
  return ref;
}

const ec2 = (region = 'us-east-1', credentials?: Credentials, maxAttempts = 1) =>
  new EC2Client({ region, maxAttempts, ...(credentials ? { credentials } : {}) });
const sts = (credentials?: Credentials) =>
  new STSClient({ maxAttempts: 1, ...(credentials ? { credentials } : {}) });
const orgs = (credentials?: Credentials, maxAttempts = 1) =>
  new OrganizationsClient({ maxAttempts, ...(credentials ? { credentials } : {}) });
const ga = (credentials?: Credentials, region = 'us-west-2') =>
  new GlobalAcceleratorClient({ region, maxAttempts: 1, ...(credentials ? { credentials } : {}) });

interface CaughtError {
  name: string;
  message: string;
  status: number | undefined;
  attempts: number | undefined;
}

async function failure(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number; attempts?: number } };
    return {
      name: err.name,
      message: err.message,
      status: err.$metadata?.httpStatusCode,
      attempts: err.$metadata?.attempts,
    };
  }
  throw new Error('expected the call to fail');
}

function account(fixture: OrgFixture, id: string): AccountFixture {
  const found = fixture.accounts.find((a) => a.id === id);
  if (!found) throw new Error(`no account ${id}`);
  return found;
}

function region(fixture: OrgFixture, id: string, name: string): RegionFixture {
  const found = account(fixture, id).regions[name];
  if (!found) throw new Error(`no region ${name} in ${id}`);
  return found;
}

async function collect<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined) {
  const all: T[] = [];
  let count = 0;
  for await (const page of pages) {
    count++;
    all.push(...(items(page) ?? []));
  }
  return { all, pages: count };
}

const roleArn = (accountId: string, name = 'OrganizationAccountAccessRole') =>
  `arn:aws:iam::${accountId}:role/${name}`;

function fakeJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('EC2 round-trips the fixture through the real client', () => {
  const ref = useStandIn();
  const e1 = () => region(ref.fixture, SAMPLE_MANAGEMENT, 'us-east-1');

  test('DescribeNetworkInterfaces: every member, incl. secondary-IP associations, groups, tags', async () => {
    const answer = await ec2().send(new DescribeNetworkInterfacesCommand({}));
    expect(answer.NetworkInterfaces).toStrictEqual(e1().networkInterfaces);
    expect(answer.NextToken).toBeUndefined();
    const eu = await ec2('eu-west-1').send(new DescribeNetworkInterfacesCommand({}));
    expect(eu.NetworkInterfaces).toStrictEqual(
      region(ref.fixture, SAMPLE_MANAGEMENT, 'eu-west-1').networkInterfaces,
    );
  });

  test('the formula description and <script> tag value come back verbatim', async () => {
    const answer = await ec2().send(
      new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ['eni-0a00000000000009'] }),
    );
    const [formula] = answer.NetworkInterfaces ?? [];
    expect(formula?.Description).toBe('=HYPERLINK("http://x")');
    expect(formula?.TagSet).toContainEqual({ Key: 'Name', Value: '<script>alert(1)</script>' });
    expect(formula?.TagSet).toContainEqual({ Key: 'Team', Value: '@ops & "friends"' });
  });

  test('DescribeAddresses: EIPs, BYOIP pool, customer-owned address, tags', async () => {
    const answer = await ec2().send(new DescribeAddressesCommand({}));
    expect(answer.Addresses).toStrictEqual(e1().addresses);
    const one = await ec2().send(new DescribeAddressesCommand({ PublicIps: ['81.2.69.10'] }));
    expect(one.Addresses?.map((a) => a.PublicIpv4Pool)).toEqual(['ipv4pool-ec2-0123456789abcdef0']);
    const unassociated = await ec2().send(
      new DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] }),
    );
    expect(unassociated.Addresses).toHaveLength(6);
  });

  test('DescribeSubnets, DescribeRouteTables (gateway association, blackhole, prefix-list routes)', async () => {
    expect((await ec2().send(new DescribeSubnetsCommand({}))).Subnets).toStrictEqual(e1().subnets);
    const tables = (await ec2().send(new DescribeRouteTablesCommand({}))).RouteTables;
    expect(tables).toStrictEqual(e1().routeTables);
    const edge = tables?.find((t) => t.RouteTableId === 'rtb-0a0000000000000e1');
    expect(edge?.Associations?.[0]).toMatchObject({ GatewayId: 'igw-0a1b2c3d4e5f60001' });
    expect(edge?.Associations?.[0]?.SubnetId).toBeUndefined();
  });

  test('DescribeSecurityGroupRules: CIDR, prefix-list and referenced-group rules; group-id filter', async () => {
    const all = await ec2().send(new DescribeSecurityGroupRulesCommand({}));
    expect(all.SecurityGroupRules).toStrictEqual(e1().securityGroupRules);
    const ssh = await ec2().send(
      new DescribeSecurityGroupRulesCommand({
        Filters: [{ Name: 'group-id', Values: ['sg-0a00000000000aa02'] }],
      }),
    );
    expect(ssh.SecurityGroupRules?.map((r) => r.SecurityGroupRuleId)).toEqual([
      'sgr-0a000000000000004',
      'sgr-0a000000000000005',
    ]);
  });

  test('DescribeVpnConnections: tunnel options and telemetry, deleted connections included', async () => {
    const answer = await ec2().send(new DescribeVpnConnectionsCommand({}));
    expect(answer.VpnConnections).toStrictEqual(e1().vpnConnections);
  });

  test('prefix lists: DescribeManagedPrefixLists names both kinds', async () => {
    const answer = await ec2().send(new DescribeManagedPrefixListsCommand({}));
    expect(answer.PrefixLists).toStrictEqual(e1().prefixLists?.map((p) => p.list));
  });

  test('DescribePrefixLists refuses a customer-managed id; GetManagedPrefixListEntries reads it', async () => {
    const refused = await failure(
      ec2().send(new DescribePrefixListsCommand({ PrefixListIds: ['pl-0c0ffee0c0ffee001'] })),
    );
    expect(refused).toMatchObject({ name: 'InvalidPrefixListID.NotFound', status: 400 });

    const entries = await ec2().send(
      new GetManagedPrefixListEntriesCommand({ PrefixListId: 'pl-0c0ffee0c0ffee001' }),
    );
    expect(entries.Entries).toStrictEqual([{ Cidr: '193.0.0.0/21' }, { Cidr: '10.20.0.0/16' }]);

    const aws = await ec2().send(
      new DescribePrefixListsCommand({ PrefixListIds: ['pl-63a5400a'] }),
    );
    expect(aws.PrefixLists).toStrictEqual([
      {
        PrefixListId: 'pl-63a5400a',
        PrefixListName: 'com.amazonaws.us-east-1.s3',
        Cidrs: ['3.5.0.0/19', '16.182.0.0/16', '52.216.0.0/15', '54.231.0.0/16'],
      },
    ]);
    const awsEntries = await ec2().send(
      new GetManagedPrefixListEntriesCommand({ PrefixListId: 'pl-63a5400a' }),
    );
    expect(awsEntries.Entries).toHaveLength(4);

    const unknown = await failure(
      ec2().send(new GetManagedPrefixListEntriesCommand({ PrefixListId: 'pl-0000000000000000' })),
    );
    expect(unknown.name).toBe('InvalidPrefixListID.NotFound');
  });

  test('DescribeRegions: enabled regions, AllRegions, opt-in-status filter', async () => {
    const enabled = await ec2().send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);
    const all = await ec2().send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(all.Regions).toContainEqual({
      RegionName: 'ap-east-1',
      Endpoint: 'ec2.ap-east-1.amazonaws.com',
      OptInStatus: 'not-opted-in',
    });
    const filtered = await ec2().send(
      new DescribeRegionsCommand({
        AllRegions: true,
        Filters: [{ Name: 'opt-in-status', Values: ['not-opted-in'] }],
      }),
    );
    expect(filtered.Regions?.map((r) => r.RegionName)).toEqual(['ap-east-1']);
  });

  test('a region the account has not enabled answers 401 AuthFailure, as EC2 does', async () => {
    const notOptedIn = await failure(ec2('ap-east-1').send(new DescribeRegionsCommand({})));
    expect(notOptedIn).toMatchObject({ name: 'AuthFailure', status: 401 });
    const unknown = await failure(ec2('us-west-2').send(new DescribeAddressesCommand({})));
    expect(unknown.name).toBe('AuthFailure');
  });

  test('id lists: unknown ids are NotFound; ids and MaxResults do not mix', async () => {
    const missing = await failure(
      ec2().send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-0doesnotexist0000'] })),
    );
    expect(missing).toMatchObject({ name: 'InvalidSubnetID.NotFound', status: 400 });
    const mixed = await failure(
      ec2().send(
        new DescribeNetworkInterfacesCommand({
          NetworkInterfaceIds: ['eni-0a00000000000001'],
          MaxResults: 5,
        }),
      ),
    );
    expect(mixed.name).toBe('InvalidParameterCombination');
  });

  test('MaxResults outside the API range and foreign tokens are refused', async () => {
    const tooSmall = await failure(
      ec2().send(new DescribeNetworkInterfacesCommand({ MaxResults: 4 })),
    );
    expect(tooSmall.name).toBe('InvalidParameterValue');
    const tooLarge = await failure(ec2().send(new DescribeRouteTablesCommand({ MaxResults: 101 })));
    expect(tooLarge.name).toBe('InvalidParameterValue');
    const first = await ec2().send(new DescribeNetworkInterfacesCommand({ MaxResults: 5 }));
    expect(first.NextToken).toBeDefined();
    const foreign = await failure(
      ec2().send(new DescribeSubnetsCommand({ MaxResults: 5, NextToken: first.NextToken })),
    );
    expect(foreign.name).toBe('InvalidPaginationToken');
  });

  test('the wire format: ec2Query XML with requestId, xxxSet/item lists; unknown action', async () => {
    const { url } = ref.standIn;
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIA111111111111EXAMPLE/20240301/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0',
    };
    const ok = await fetch(url, {
      method: 'POST',
      headers,
      body: 'Action=DescribeNetworkInterfaces&Version=2016-11-15&NetworkInterfaceId.1=eni-0a00000000000001',
    });
    const xml = await ok.text();
    expect(xml).toMatch(
      /^<\?xml[^>]*\?><DescribeNetworkInterfacesResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>/,
    );
    expect(xml).toContain('<networkInterfaceSet><item>');
    expect(xml).toContain('<privateIpAddressesSet><item>');
    expect(xml).toContain('<groupSet><item><groupId>sg-0a00000000000aa01</groupId>');
    const bad = await fetch(url, {
      method: 'POST',
      headers,
      body: 'Action=DescribeInstances&Version=2016-11-15',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(
      /<Response><Errors><Error><Code>InvalidAction<\/Code><Message>[^<]+<\/Message><\/Error><\/Errors><RequestID>/,
    );
  });
});

describe('pagination with a forced small page size', () => {
  const ref = useStandIn({ pageSize: 2 });
  const e1 = () => region(ref.fixture, SAMPLE_MANAGEMENT, 'us-east-1');

  test('the SDK paginators return every item across pages', async () => {
    const client = ec2();
    const enis = await collect(
      paginateDescribeNetworkInterfaces({ client, pageSize: 5 }, {}),
      (p) => p.NetworkInterfaces,
    );
    expect(enis.pages).toBe(5);
    expect(enis.all).toStrictEqual(e1().networkInterfaces);

    const subnets = await collect(
      paginateDescribeSubnets({ client, pageSize: 5 }, {}),
      (p) => p.Subnets,
    );
    expect(subnets.all).toStrictEqual(e1().subnets);
    expect(subnets.pages).toBe(3);

    const tables = await collect(
      paginateDescribeRouteTables({ client, pageSize: 5 }, {}),
      (p) => p.RouteTables,
    );
    expect(tables.all).toStrictEqual(e1().routeTables);

    const rules = await collect(
      paginateDescribeSecurityGroupRules({ client, pageSize: 5 }, {}),
      (p) => p.SecurityGroupRules,
    );
    expect(rules.all).toStrictEqual(e1().securityGroupRules);
    expect(rules.pages).toBe(5);

    const lists = await collect(
      paginateDescribeManagedPrefixLists({ client }, {}),
      (p) => p.PrefixLists,
    );
    expect(lists.all).toStrictEqual(e1().prefixLists?.map((p) => p.list));

    const entries = await collect(
      paginateGetManagedPrefixListEntries({ client, pageSize: 5 }, { PrefixListId: 'pl-63a5400a' }),
      (p) => p.Entries,
    );
    expect(entries.pages).toBe(2);
    expect(entries.all.map((e) => e.Cidr)).toEqual([
      '3.5.0.0/19',
      '16.182.0.0/16',
      '52.216.0.0/15',
      '54.231.0.0/16',
    ]);
  });

  test('Organizations ListAccounts pages', async () => {
    const accounts = await collect(paginateListAccounts({ client: orgs() }, {}), (p) => p.Accounts);
    expect(accounts.pages).toBe(2);
    expect(accounts.all.map((a) => [a.Id, a.Status])).toEqual([
      [SAMPLE_MANAGEMENT, 'ACTIVE'],
      [SAMPLE_MEMBER, 'ACTIVE'],
      [SAMPLE_SUSPENDED, 'SUSPENDED'],
    ]);
    const one = await collect(
      paginateListAccounts({ client: orgs(), pageSize: 1 }, {}),
      (p) => p.Accounts,
    );
    expect(one.pages).toBe(3);
  });

  test('Global Accelerator: both list calls, all pages', async () => {
    const client = ga(ref.standIn.credentialsFor(SAMPLE_MEMBER));
    const standard = await collect(paginateListAccelerators({ client }, {}), (p) => p.Accelerators);
    expect(standard.pages).toBe(2);
    expect(standard.all).toStrictEqual(account(ref.fixture, SAMPLE_MEMBER).accelerators);
    const custom = await collect(
      paginateListCustomRoutingAccelerators({ client }, {}),
      (p) => p.Accelerators,
    );
    expect(custom.all).toStrictEqual(account(ref.fixture, SAMPLE_MEMBER).customRoutingAccelerators);
  });
});

describe('STS and identities', () => {
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const fixture = sampleOrg();
  account(fixture, SAMPLE_MEMBER).requiredExternalId = 'expected-external-id';
  const ref = useStandIn({
    fixture,
    now: () => new Date(clock),
    acceptToken: (token) => !token.endsWith('.rejected'),
  });

  test('GetCallerIdentity: static keys act as IAM user audit', async () => {
    const me = await sts().send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({
      Account: SAMPLE_MANAGEMENT,
      Arn: `arn:aws:iam::${SAMPLE_MANAGEMENT}:user/audit`,
    });
  });

  test('AssumeRole hands out keys that act in the target account and records the request', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }],
    });
    const answer = await sts().send(
      new AssumeRoleCommand({
        RoleArn: roleArn(SAMPLE_MEMBER),
        RoleSessionName: 'ipv4-audit',
        ExternalId: 'expected-external-id',
        Policy: policy,
        DurationSeconds: 900,
      }),
    );
    const c = answer.Credentials;
    expect(c?.AccessKeyId).toMatch(/^ASIA222222222222/);
    expect(c?.Expiration?.getTime()).toBe(clock + 900_000);
    expect(answer.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${SAMPLE_MEMBER}:assumed-role/OrganizationAccountAccessRole/ipv4-audit`,
    );
    expect(ref.standIn.received.assumeRole.at(-1)).toStrictEqual({
      callerAccount: SAMPLE_MANAGEMENT,
      RoleArn: roleArn(SAMPLE_MEMBER),
      RoleSessionName: 'ipv4-audit',
      ExternalId: 'expected-external-id',
      Policy: policy,
      DurationSeconds: 900,
    });

    const creds = {
      accessKeyId: c?.AccessKeyId ?? '',
      secretAccessKey: c?.SecretAccessKey ?? '',
      sessionToken: c?.SessionToken ?? '',
    };
    const me = await sts(creds).send(new GetCallerIdentityCommand({}));
    expect(me.Account).toBe(SAMPLE_MEMBER);
    const enis = await ec2('us-east-1', creds).send(new DescribeNetworkInterfacesCommand({}));
    expect(enis.NetworkInterfaces?.map((n: NetworkInterface) => n.NetworkInterfaceId)).toEqual([
      'eni-0b00000000000010',
    ]);

    // Expired: EC2 RequestExpired, STS ExpiredToken, Organizations ExpiredTokenException.
    clock += 901_000;
    const ec2Expired = await failure(
      ec2('us-east-1', creds).send(new DescribeAddressesCommand({})),
    );
    expect(ec2Expired).toMatchObject({ name: 'RequestExpired', status: 400 });
    const stsExpired = await failure(sts(creds).send(new GetCallerIdentityCommand({})));
    expect(stsExpired).toMatchObject({ name: 'ExpiredToken', status: 403 });
    const orgExpired = await failure(orgs(creds).send(new DescribeOrganizationCommand({})));
    expect(orgExpired.name).toBe('ExpiredTokenException');
  });

  test('a session assumed with a policy can make only the calls the policy allows', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ec2:DescribeAddresses', Resource: '*' },
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: 'arn:*:iam::*:role/OrganizationAccountAccessRole',
        },
      ],
    });
    const answer = await sts().send(
      new AssumeRoleCommand({
        RoleArn: roleArn(SAMPLE_MEMBER),
        RoleSessionName: 'scoped',
        ExternalId: 'expected-external-id',
        Policy: policy,
      }),
    );
    const c = answer.Credentials;
    const creds = {
      accessKeyId: c?.AccessKeyId ?? '',
      secretAccessKey: c?.SecretAccessKey ?? '',
      sessionToken: c?.SessionToken ?? '',
    };
    // Allowed, and GetCallerIdentity, which no policy can deny.
    await ec2('us-east-1', creds).send(new DescribeAddressesCommand({}));
    expect((await sts(creds).send(new GetCallerIdentityCommand({}))).Account).toBe(SAMPLE_MEMBER);
    const subnets = await failure(ec2('us-east-1', creds).send(new DescribeSubnetsCommand({})));
    expect(subnets).toMatchObject({ name: 'UnauthorizedOperation', status: 403 });
    const accounts = await failure(orgs(creds).send(new DescribeOrganizationCommand({})));
    expect(accounts.name).toBe('AccessDeniedException');
    // sts:AssumeRole only on the role the policy names.
    const otherRole = await failure(
      sts(creds).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${SAMPLE_MANAGEMENT}:role/Admin`,
          RoleSessionName: 'escalate',
        }),
      ),
    );
    expect(otherRole).toMatchObject({ name: 'AccessDenied', status: 403 });
  });

  test('AssumeRole is refused without the ExternalId, into a suspended, unknown or denied account', async () => {
    const base = { RoleSessionName: 'ipv4-audit' };
    const noExternalId = await failure(
      sts().send(new AssumeRoleCommand({ ...base, RoleArn: roleArn(SAMPLE_MEMBER) })),
    );
    expect(noExternalId).toMatchObject({ name: 'AccessDenied', status: 403 });
    const suspended = await failure(
      sts().send(new AssumeRoleCommand({ ...base, RoleArn: roleArn(SAMPLE_SUSPENDED) })),
    );
    expect(suspended.name).toBe('AccessDenied');
    const unknown = await failure(
      sts().send(new AssumeRoleCommand({ ...base, RoleArn: roleArn('999999999999') })),
    );
    expect(unknown.name).toBe('AccessDenied');
    ref.standIn.setFaults({ assumeRoleDenied: [SAMPLE_MANAGEMENT] });
    const denied = await failure(
      sts().send(new AssumeRoleCommand({ ...base, RoleArn: roleArn(SAMPLE_MANAGEMENT) })),
    );
    expect(denied.message).toContain('is not authorized to perform: sts:AssumeRole');
    ref.standIn.setFaults({});
    expect(ref.standIn.received.assumeRole.slice(-4).map((r) => r.RoleArn)).toEqual([
      roleArn(SAMPLE_MEMBER),
      roleArn(SAMPLE_SUSPENDED),
      roleArn('999999999999'),
      roleArn(SAMPLE_MANAGEMENT),
    ]);
  });

  test('fromTemporaryCredentials (the SDK provider) reaches the stand-in too', async () => {
    const credentials = fromTemporaryCredentials({
      params: { RoleArn: roleArn(SAMPLE_MANAGEMENT, 'AuditRole'), RoleSessionName: 'provider' },
      clientConfig: { region: 'us-east-1' },
    });
    const me = await sts(await credentials()).send(new GetCallerIdentityCommand({}));
    expect(me.Arn).toBe(`arn:aws:sts::${SAMPLE_MANAGEMENT}:assumed-role/AuditRole/provider`);
  });

  test('AssumeRoleWithWebIdentity: records the token, honours acceptToken', async () => {
    const token = fakeJwt({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:acme/infra:ref:refs/heads/main',
    });
    const answer = await sts().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn(SAMPLE_MANAGEMENT, 'GitHubAudit'),
        RoleSessionName: 'gha',
        WebIdentityToken: token,
      }),
    );
    expect(answer.Credentials?.AccessKeyId).toMatch(/^ASIA111111111111/);
    expect(answer.SubjectFromWebIdentityToken).toBe('repo:acme/infra:ref:refs/heads/main');
    expect(answer.Audience).toBe('sts.amazonaws.com');
    expect(ref.standIn.received.webIdentity.at(-1)).toMatchObject({
      RoleArn: roleArn(SAMPLE_MANAGEMENT, 'GitHubAudit'),
      WebIdentityToken: token,
    });
    const rejected = await failure(
      sts().send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn(SAMPLE_MANAGEMENT, 'GitHubAudit'),
          RoleSessionName: 'gha',
          WebIdentityToken: `${token}.rejected`,
        }),
      ),
    );
    // The wire code is InvalidIdentityToken; the SDK maps it to its modeled exception.
    expect(rejected.name).toBe('InvalidIdentityTokenException');
    // The SDK sends this call unsigned: it counts under no account and no region.
    expect(ref.standIn.counters.get('', '', 'AssumeRoleWithWebIdentity')).toBe(2);
  });

  test('unknown keys: EC2 AuthFailure 401, STS InvalidClientTokenId 403, JSON UnrecognizedClientException', async () => {
    const stranger = { accessKeyId: 'AKIA999999999999EXAMPLE', secretAccessKey: 'x' };
    expect(
      await failure(ec2('us-east-1', stranger).send(new DescribeAddressesCommand({}))),
    ).toMatchObject({ name: 'AuthFailure', status: 401 });
    expect(await failure(sts(stranger).send(new GetCallerIdentityCommand({})))).toMatchObject({
      name: 'InvalidClientTokenId',
      status: 403,
    });
    expect((await failure(orgs(stranger).send(new ListAccountsCommand({})))).name).toBe(
      'UnrecognizedClientException',
    );
    const forged = {
      accessKeyId: 'ASIA111111111111FORGED00',
      secretAccessKey: 'x',
      sessionToken: 't',
    };
    expect(
      (await failure(ec2('us-east-1', forged).send(new DescribeAddressesCommand({})))).name,
    ).toBe('AuthFailure');
  });

  test('a capped credential lifetime shortens issued sessions', async () => {
    const short = await startAwsStandIn({ fixture: sampleOrg(), credentialLifetimeSeconds: 60 });
    try {
      const client = new STSClient({ endpoint: short.url, maxAttempts: 1 });
      const answer = await client.send(
        new AssumeRoleCommand({ RoleArn: roleArn(SAMPLE_MEMBER), RoleSessionName: 'short' }),
      );
      const left = (answer.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
      expect(left).toBeGreaterThan(50_000);
      expect(left).toBeLessThanOrEqual(60_000);
    } finally {
      await short.close();
    }
  });
});

describe('Organizations and Global Accelerator', () => {
  const ref = useStandIn();

  test('ListAccounts answers the management account only; DescribeOrganization any member', async () => {
    const answer = await orgs().send(new ListAccountsCommand({}));
    expect(answer.Accounts?.[1]).toStrictEqual({
      Id: SAMPLE_MEMBER,
      Arn: `arn:aws:organizations::${SAMPLE_MANAGEMENT}:account/o-exampleorg1/${SAMPLE_MEMBER}`,
      Email: 'aws-workloads@example.com',
      Name: 'Workloads',
      Status: 'ACTIVE',
      State: 'ACTIVE',
      JoinedMethod: 'INVITED',
      JoinedTimestamp: new Date('2020-01-02T00:00:00.000Z'),
    });
    const member = ref.standIn.credentialsFor(SAMPLE_MEMBER);
    const refused = await failure(orgs(member).send(new ListAccountsCommand({})));
    expect(refused).toMatchObject({
      name: 'AccessDeniedException',
      message: "You don't have permissions to access this resource.",
    });
    const org = await orgs(member).send(new DescribeOrganizationCommand({}));
    expect(org.Organization?.MasterAccountId).toBe(SAMPLE_MANAGEMENT);
  });

  test('an account outside any organisation gets AWSOrganizationsNotInUseException', async () => {
    const lone = await startAwsStandIn({ fixture: { ...sampleOrg(), organizationsInUse: false } });
    try {
      const client = new OrganizationsClient({ endpoint: lone.url, maxAttempts: 1 });
      const err = await failure(client.send(new ListAccountsCommand({})));
      expect(err.name).toBe('AWSOrganizationsNotInUseException');
    } finally {
      await lone.close();
    }
  });

  test('Global Accelerator answers the caller account, in us-west-2 only', async () => {
    const member = ref.standIn.credentialsFor(SAMPLE_MEMBER);
    const answer = await ga(member).send(new ListAcceleratorsCommand({}));
    expect(answer.Accelerators).toStrictEqual(account(ref.fixture, SAMPLE_MEMBER).accelerators);
    const none = await ga().send(new ListAcceleratorsCommand({}));
    expect(none.Accelerators).toEqual([]);
    const wrongRegion = await failure(
      ga(member, 'us-east-1').send(new ListAcceleratorsCommand({})),
    );
    expect(wrongRegion.name).toBe('InvalidSignatureException');
  });
});

describe('counters and faults', () => {
  const ref = useStandIn();

  test('counters per (account, region, action), with outcomes', async () => {
    ref.standIn.resetCounters();
    await ec2().send(new DescribeSubnetsCommand({}));
    await ec2().send(new DescribeSubnetsCommand({}));
    await ec2('eu-west-1').send(new DescribeSubnetsCommand({}));
    await failure(ec2('ap-east-1').send(new DescribeSubnetsCommand({})));
    const { counters } = ref.standIn;
    expect(counters.get(SAMPLE_MANAGEMENT, 'us-east-1', 'DescribeSubnets')).toBe(2);
    expect(counters.get(SAMPLE_MANAGEMENT, 'eu-west-1', 'DescribeSubnets')).toBe(1);
    expect(counters.get(SAMPLE_MANAGEMENT, 'ap-east-1', 'DescribeSubnets')).toBe(1);
    expect(counters.succeeded(SAMPLE_MANAGEMENT, 'ap-east-1', 'DescribeSubnets')).toBe(0);
    expect(counters.total()).toBe(4);
    expect(counters.snapshot()).toStrictEqual([
      {
        account: SAMPLE_MANAGEMENT,
        region: 'ap-east-1',
        service: 'ec2',
        action: 'DescribeSubnets',
        attempts: 1,
        succeeded: 0,
        throttled: 0,
        failed: 1,
        hung: 0,
      },
      {
        account: SAMPLE_MANAGEMENT,
        region: 'eu-west-1',
        service: 'ec2',
        action: 'DescribeSubnets',
        attempts: 1,
        succeeded: 1,
        throttled: 0,
        failed: 0,
        hung: 0,
      },
      {
        account: SAMPLE_MANAGEMENT,
        region: 'us-east-1',
        service: 'ec2',
        action: 'DescribeSubnets',
        attempts: 2,
        succeeded: 2,
        throttled: 0,
        failed: 0,
        hung: 0,
      },
    ]);
  });

  test('throttling at rate 1.0: RequestLimitExceeded (503) / TooManyRequestsException, every attempt counted', async () => {
    ref.standIn.resetCounters();
    ref.standIn.setFaults({ throttleRate: 1 });
    try {
      const once = await failure(ec2().send(new DescribeAddressesCommand({})));
      expect(once).toMatchObject({ name: 'RequestLimitExceeded', status: 503, attempts: 1 });
      const org = await failure(orgs().send(new ListAccountsCommand({})));
      expect(org.name).toBe('TooManyRequestsException');
      const retried = await failure(
        new EC2Client({ maxAttempts: 3 }).send(new DescribeVpnConnectionsCommand({})),
      );
      expect(retried.attempts).toBe(3);
      const rows = ref.standIn.counters.snapshot({ action: 'DescribeVpnConnections' });
      expect(rows).toMatchObject([{ attempts: 3, throttled: 3, succeeded: 0 }]);
    } finally {
      ref.standIn.setFaults({});
    }
  });

  test('throttle draws are deterministic for a seed', async () => {
    const run = async () => {
      ref.standIn.setFaults({ throttleRate: 0.5, seed: 42 });
      const outcomes: string[] = [];
      for (let i = 0; i < 16; i++) {
        try {
          await ec2().send(new DescribeRegionsCommand({}));
          outcomes.push('ok');
        } catch (e) {
          outcomes.push((e as Error).name);
        }
      }
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain('ok');
    expect(first).toContain('RequestLimitExceeded');
    ref.standIn.setFaults({});
  });

  test('server errors, deny, failNext and latency', async () => {
    ref.standIn.setFaults({ serverErrorRate: 1 });
    const server = await failure(ec2().send(new DescribeSubnetsCommand({})));
    expect(['InternalError', 'Unavailable']).toContain(server.name);
    expect([500, 503]).toContain(server.status);

    ref.standIn.setFaults({
      deny: [
        { account: SAMPLE_MANAGEMENT, region: 'eu-west-1', action: 'DescribeSecurityGroupRules' },
        { action: 'ListAccounts' },
      ],
    });
    const denied = await failure(ec2('eu-west-1').send(new DescribeSecurityGroupRulesCommand({})));
    expect(denied).toMatchObject({
      name: 'UnauthorizedOperation',
      status: 403,
      message: 'You are not authorized to perform this operation.',
    });
    await ec2('us-east-1').send(new DescribeSecurityGroupRulesCommand({}));
    expect((await failure(orgs().send(new ListAccountsCommand({})))).name).toBe(
      'AccessDeniedException',
    );

    ref.standIn.setFaults({
      failNext: [{ action: 'DescribeRouteTables', code: 'InvalidParameterValue', times: 1 }],
    });
    expect((await failure(ec2().send(new DescribeRouteTablesCommand({})))).name).toBe(
      'InvalidParameterValue',
    );
    await ec2().send(new DescribeRouteTablesCommand({}));

    ref.standIn.setFaults({ latencyMs: 60 });
    const started = Date.now();
    await ec2().send(new DescribeRegionsCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    ref.standIn.setFaults({});
  });
});

describe('hang', () => {
  const ref = useStandIn({
    faults: {
      hang: [{ account: SAMPLE_MANAGEMENT, region: 'eu-west-1', action: 'DescribeSubnets' }],
    },
  });

  test('a matching request is read and never answered, and counted as hung', async () => {
    ref.standIn.resetCounters();
    const hung = await failure(
      ec2('eu-west-1').send(new DescribeSubnetsCommand({}), {
        abortSignal: AbortSignal.timeout(300),
      }),
    );
    expect(hung.name).toBe('AbortError');
    // Other actions of the region, and the same action elsewhere, are answered.
    await ec2('eu-west-1').send(new DescribeAddressesCommand({}));
    await ec2('us-east-1').send(new DescribeSubnetsCommand({}));
    expect(ref.standIn.counters.snapshot({ action: 'DescribeSubnets' })).toMatchObject([
      { region: 'eu-west-1', attempts: 1, hung: 1, succeeded: 0, failed: 0 },
      { region: 'us-east-1', attempts: 1, hung: 0, succeeded: 1 },
    ]);
  });

  test('close() ends a hung request instead of waiting for it', async () => {
    const silent = await startAwsStandIn({ fixture: sampleOrg(), faults: { hang: [{}] } });
    const pending = failure(
      new STSClient({ endpoint: silent.url, maxAttempts: 1 }).send(
        new GetCallerIdentityCommand({}),
      ),
    );
    await expect.poll(() => silent.counters.total({ action: 'GetCallerIdentity' })).toBe(1);
    await silent.close();
    expect((await pending).message).toBe('socket hang up');
  });
});

describe('serve.ts', () => {
  test('prints {url, env} and serves until SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test-support/aws/serve.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
      });
      const { url, env } = JSON.parse(line) as { url: string; env: Record<string, string> };
      expect(env['AWS_ENDPOINT_URL']).toBe(url);
      const client = new STSClient({
        endpoint: url,
        region: 'us-east-1',
        credentials: {
          accessKeyId: env['AWS_ACCESS_KEY_ID'] ?? '',
          secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '',
        },
      });
      expect((await client.send(new GetCallerIdentityCommand({}))).Account).toBe(SAMPLE_MANAGEMENT);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('organisation policies: explicit denies named as AWS names them', () => {
  // The member is governed in eu-west-1 only, under Control Tower's exemptions.
  const ref = useStandIn({ fixture: regionDenyOrg() });
  const member = () => ref.standIn.credentialsFor(SAMPLE_MEMBER);
  const user = `arn:aws:iam::${SAMPLE_MEMBER}:user/audit`;

  test('a Region deny SCP refuses EC2 outside the governed regions with UnauthorizedOperation', async () => {
    const denied = await failure(ec2('us-east-1', member()).send(new DescribeSubnetsCommand({})));
    expect(denied).toMatchObject({ name: 'UnauthorizedOperation', status: 403 });
    expect(denied.message).toMatch(
      new RegExp(
        `^You are not authorized to perform this operation\\. User: ${user} is not authorized to ` +
          'perform: ec2:DescribeSubnets with an explicit deny in a service control policy\\. ' +
          'Encoded authorization failure message: [\\w-]{40,}$',
      ),
    );
    const governed = await ec2('eu-west-1', member()).send(new DescribeSubnetsCommand({}));
    expect(governed.Subnets).toStrictEqual(region(ref.fixture, SAMPLE_MEMBER, 'eu-west-1').subnets);
  });

  test("Control Tower's exemptions answer everywhere: DescribeRegions, Global Accelerator, STS", async () => {
    const regions = await ec2('us-east-1', member()).send(new DescribeRegionsCommand({}));
    expect(regions.Regions?.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);
    const accelerators = await ga(member()).send(new ListAcceleratorsCommand({}));
    expect(accelerators.Accelerators).toHaveLength(
      account(ref.fixture, SAMPLE_MEMBER).accelerators?.length ?? -1,
    );
    expect((await sts(member()).send(new GetCallerIdentityCommand({}))).Account).toBe(
      SAMPLE_MEMBER,
    );
  });

  test('an assumed-role session is denied the same way, named by its session ARN', async () => {
    const assumed = await sts().send(
      new AssumeRoleCommand({ RoleArn: roleArn(SAMPLE_MEMBER), RoleSessionName: 'audit' }),
    );
    const c = assumed.Credentials;
    const creds = {
      accessKeyId: c?.AccessKeyId ?? '',
      secretAccessKey: c?.SecretAccessKey ?? '',
      sessionToken: c?.SessionToken ?? '',
    };
    const denied = await failure(
      ec2('us-east-1', creds).send(new DescribeNetworkInterfacesCommand({})),
    );
    expect(denied.message).toContain(
      `User: arn:aws:sts::${SAMPLE_MEMBER}:assumed-role/OrganizationAccountAccessRole/audit is not ` +
        'authorized to perform: ec2:DescribeNetworkInterfaces with an explicit deny in a service control policy.',
    );
  });

  test('the management account is never bound by an SCP, and a fixture that binds it is refused', async () => {
    const answer = await ec2('us-east-1').send(new DescribeSubnetsCommand({}));
    expect(answer.Subnets).toStrictEqual(
      region(ref.fixture, SAMPLE_MANAGEMENT, 'us-east-1').subnets,
    );
    const fixture = sampleOrg();
    account(fixture, SAMPLE_MANAGEMENT).regionDeny = { allowedRegions: [] };
    await expect(startAwsStandIn({ fixture })).rejects.toThrow(
      `AWS stand-in fixture: SCPs never apply to the management account ${SAMPLE_MANAGEMENT}; give regionDeny to members`,
    );
  });

  test('an SCP without exemptions denies DescribeRegions and Global Accelerator too (JSON wording)', async () => {
    const strict = await startAwsStandIn({
      fixture: regionDenyOrg({ allowedRegions: ['eu-west-1'], exemptActions: ['sts:*'] }),
    });
    try {
      const client = (region: string) =>
        new EC2Client({ region, endpoint: strict.url, maxAttempts: 1, credentials: member() });
      const listing = await failure(client('us-east-1').send(new DescribeRegionsCommand({})));
      expect(listing.message).toContain(
        'ec2:DescribeRegions with an explicit deny in a service control policy',
      );
      expect((await client('eu-west-1').send(new DescribeRegionsCommand({}))).Regions).toHaveLength(
        2,
      );
      const accelerators = new GlobalAcceleratorClient({
        region: 'us-west-2',
        endpoint: strict.url,
        maxAttempts: 1,
        credentials: member(),
      });
      expect(await failure(accelerators.send(new ListAcceleratorsCommand({})))).toMatchObject({
        name: 'AccessDeniedException',
        status: 403,
        message: `User: ${user} is not authorized to perform: globalaccelerator:ListAccelerators with an explicit deny in a service control policy`,
      });
    } finally {
      await strict.close();
    }
  });

  test.each([
    ['resource control policy', 'a resource control policy'],
    ['identity-based policy', 'an identity-based policy'],
    ['permissions boundary', 'a permissions boundary'],
  ] as const)('a deny rule can name the policy that denied: %s', async (policy, words) => {
    ref.standIn.setFaults({
      deny: [
        { account: SAMPLE_MEMBER, action: 'DescribeAddresses', explicitDeny: policy },
        { action: 'ListAccounts', explicitDeny: policy },
      ],
    });
    try {
      const ec2Denied = await failure(
        ec2('eu-west-1', member()).send(new DescribeAddressesCommand({})),
      );
      expect(ec2Denied.name).toBe('UnauthorizedOperation');
      expect(ec2Denied.message).toContain(
        `perform: ec2:DescribeAddresses with an explicit deny in ${words}. Encoded authorization failure message: `,
      );
      expect(await failure(orgs().send(new ListAccountsCommand({})))).toMatchObject({
        name: 'AccessDeniedException',
        message: `User: arn:aws:iam::${SAMPLE_MANAGEMENT}:user/audit is not authorized to perform: organizations:ListAccounts with an explicit deny in ${words}`,
      });
    } finally {
      ref.standIn.setFaults({});
    }
  });
});

describe('managed resource visibility: EC2 hides managed interfaces unless asked', () => {
  const hidden = useStandIn({ fixture: eksAutoModeOrg('hidden') });
  const member = () => hidden.standIn.credentialsFor(SAMPLE_MEMBER);
  const ids = (enis: NetworkInterface[] | undefined) => enis?.map((e) => e.NetworkInterfaceId);
  const fixtureEnis = () => region(hidden.fixture, SAMPLE_MEMBER, 'eu-west-1').networkInterfaces;

  test('hidden: left out by default, answered with IncludeManagedResources=true, Operator intact', async () => {
    const plain = await ec2('eu-west-1', member()).send(new DescribeNetworkInterfacesCommand({}));
    expect(ids(plain.NetworkInterfaces)).not.toContain(EKS_NODE_ENI);
    expect(plain.NetworkInterfaces).toHaveLength((fixtureEnis()?.length ?? 0) - 1);

    const asked = await ec2('eu-west-1', member()).send(
      new DescribeNetworkInterfacesCommand({ IncludeManagedResources: true }),
    );
    expect(asked.NetworkInterfaces).toStrictEqual(fixtureEnis());
    const node = asked.NetworkInterfaces?.find((e) => e.NetworkInterfaceId === EKS_NODE_ENI);
    expect(node?.Operator).toStrictEqual({
      Managed: true,
      Principal: 'eks.amazonaws.com',
      HiddenByDefault: true,
    });
    expect(node?.Association?.PublicIp).toBe(EKS_NODE_IP);

    // What the SDK put on the wire, as the stand-in received it.
    const received = hidden.standIn.received.ec2.filter(
      (r) => r.action === 'DescribeNetworkInterfaces' && r.account === SAMPLE_MEMBER,
    );
    expect(received.map((r) => r.params)).toEqual([{}, { IncludeManagedResources: 'true' }]);
    expect(received[1]).toMatchObject({ region: 'eu-west-1' });
  });

  test('the Operator element on the wire: operator/managed/principal/hiddenByDefault', async () => {
    const response = await fetch(hidden.standIn.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `AWS4-HMAC-SHA256 Credential=${member().accessKeyId}/20250601/eu-west-1/ec2/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: `Action=DescribeNetworkInterfaces&Version=2016-11-15&IncludeManagedResources=true&NetworkInterfaceId.1=${EKS_NODE_ENI}`,
    });
    expect(await response.text()).toContain(
      '<operator><managed>true</managed><principal>eks.amazonaws.com</principal><hiddenByDefault>true</hiddenByDefault></operator>',
    );
  });

  test('pages hold only what the request may see', async () => {
    const paged = await startAwsStandIn({ fixture: eksAutoModeOrg('hidden'), pageSize: 5 });
    try {
      const client = new EC2Client({
        region: 'eu-west-1',
        endpoint: paged.url,
        maxAttempts: 1,
        credentials: member(),
      });
      const plain = await collect(
        paginateDescribeNetworkInterfaces({ client, pageSize: 5 }, {}),
        (p) => p.NetworkInterfaces,
      );
      expect(ids(plain.all)).not.toContain(EKS_NODE_ENI);
      const asked = await collect(
        paginateDescribeNetworkInterfaces(
          { client, pageSize: 5 },
          { IncludeManagedResources: true },
        ),
        (p) => p.NetworkInterfaces,
      );
      expect(asked.all).toStrictEqual(fixtureEnis());
      expect(asked.pages).toBe(Math.ceil((fixtureEnis()?.length ?? 0) / 5));
    } finally {
      await paged.close();
    }
  });

  test('visible: the same managed interface is answered with or without the parameter', async () => {
    const visible = await startAwsStandIn({ fixture: eksAutoModeOrg('visible') });
    try {
      const client = new EC2Client({
        region: 'eu-west-1',
        endpoint: visible.url,
        maxAttempts: 1,
        credentials: member(),
      });
      const plain = await client.send(new DescribeNetworkInterfacesCommand({}));
      const node = plain.NetworkInterfaces?.find((e) => e.NetworkInterfaceId === EKS_NODE_ENI);
      expect(node?.Operator).toStrictEqual({
        Managed: true,
        Principal: 'eks.amazonaws.com',
        HiddenByDefault: false,
      });
    } finally {
      await visible.close();
    }
  });

  test('HiddenByDefault outside a hidden account, or on an unmanaged interface, is refused', async () => {
    const wrong = eksAutoModeOrg('hidden');
    delete account(wrong, SAMPLE_MEMBER).managedResourceVisibility;
    await expect(startAwsStandIn({ fixture: wrong })).rejects.toThrow(
      `AWS stand-in fixture: ${EKS_NODE_ENI} in ${SAMPLE_MEMBER} eu-west-1 is HiddenByDefault, which EC2 sets only in accounts whose managed resource visibility is 'hidden'`,
    );
    const unmanaged = eksAutoModeOrg('hidden');
    const node = region(unmanaged, SAMPLE_MEMBER, 'eu-west-1').networkInterfaces?.at(-1);
    if (node?.Operator) node.Operator.Managed = false;
    await expect(startAwsStandIn({ fixture: unmanaged })).rejects.toThrow(
      `${EKS_NODE_ENI} in ${SAMPLE_MEMBER} eu-west-1 is HiddenByDefault but not Managed`,
    );
  });
});

describe('Organizations: the tree of organizational units', () => {
  const ref = useStandIn({ fixture: organizationTreeOrg(), pageSize: { ListChildren: 1 } });

  test('ListChildren: the OUs or the accounts directly under a parent, one page at a time', async () => {
    const client = orgs();
    const rootOus = await collect(
      paginateListChildren({ client }, { ParentId: TREE_ROOT, ChildType: 'ORGANIZATIONAL_UNIT' }),
      (p) => p.Children,
    );
    expect(rootOus).toStrictEqual({
      all: [
        { Id: OU_WORKLOADS, Type: 'ORGANIZATIONAL_UNIT' },
        { Id: OU_SANDBOX, Type: 'ORGANIZATIONAL_UNIT' },
      ],
      pages: 2,
    });
    const nested = await collect(
      paginateListChildren(
        { client },
        { ParentId: OU_WORKLOADS, ChildType: 'ORGANIZATIONAL_UNIT' },
      ),
      (p) => p.Children,
    );
    expect(nested.all.map((c) => c.Id)).toEqual([OU_PROD, OU_DEV]);
    const accounts = await client.send(
      new ListChildrenCommand({ ParentId: OU_SANDBOX, ChildType: 'ACCOUNT' }),
    );
    expect(accounts.Children).toStrictEqual([{ Id: SAMPLE_SUSPENDED, Type: 'ACCOUNT' }]);
    expect(accounts.NextToken).toBeDefined();
    const leaf = await client.send(
      new ListChildrenCommand({ ParentId: OU_PROD, ChildType: 'ORGANIZATIONAL_UNIT' }),
    );
    expect(leaf.Children).toEqual([]);
  });

  test('ListAccountsForParent: the accounts directly in it, as ListAccounts answers them', async () => {
    const client = orgs();
    const sandbox = await collect(
      paginateListAccountsForParent({ client, pageSize: 1 }, { ParentId: OU_SANDBOX }),
      (p) => p.Accounts,
    );
    expect(sandbox.pages).toBe(2);
    expect(sandbox.all.map((a) => [a.Id, a.Name, a.State])).toEqual([
      [SAMPLE_SUSPENDED, 'Sandbox (suspended)', 'SUSPENDED'],
      [TREE_EXPERIMENTS, 'Experiments', 'ACTIVE'],
    ]);
    const listed = await client.send(new ListAccountsCommand({}));
    expect(sandbox.all[0]).toStrictEqual(listed.Accounts?.find((a) => a.Id === SAMPLE_SUSPENDED));
    const workloads = await client.send(
      new ListAccountsForParentCommand({ ParentId: OU_WORKLOADS }),
    );
    expect(workloads.Accounts).toEqual([]);
    const dev = await client.send(new ListAccountsForParentCommand({ ParentId: OU_DEV }));
    expect(dev.Accounts?.map((a) => a.Id)).toEqual([TREE_DEV]);
    const root = await client.send(new ListAccountsForParentCommand({ ParentId: TREE_ROOT }));
    expect(root.Accounts?.map((a) => a.Id)).toEqual([SAMPLE_MANAGEMENT]);
  });

  test('an unknown parent is ParentNotFoundException (404); a malformed one InvalidInputException', async () => {
    const unknown = await failure(
      orgs().send(new ListAccountsForParentCommand({ ParentId: 'ou-exam-zzzzzzzz' })),
    );
    expect(unknown).toMatchObject({
      name: 'ParentNotFoundException',
      status: 404,
      message: "We can't find a root or OU with the ParentId that you specified.",
    });
    try {
      await orgs().send(new ListChildrenCommand({ ParentId: 'ou-x', ChildType: 'ACCOUNT' }));
      throw new Error('expected InvalidInputException');
    } catch (e) {
      expect(e).toMatchObject({ name: 'InvalidInputException', Reason: 'INVALID_PATTERN' });
    }
    try {
      await orgs().send(
        new ListChildrenCommand({ ParentId: TREE_ROOT, ChildType: 'POLICY' as never }),
      );
      throw new Error('expected InvalidInputException');
    } catch (e) {
      expect(e).toMatchObject({ name: 'InvalidInputException', Reason: 'INVALID_ENUM' });
    }
  });

  test('only the management account (or a delegated administrator) may read the tree', async () => {
    const member = ref.standIn.credentialsFor(SAMPLE_MEMBER);
    const refused = await failure(
      orgs(member).send(new ListChildrenCommand({ ParentId: TREE_ROOT, ChildType: 'ACCOUNT' })),
    );
    expect(refused.name).toBe('AccessDeniedException');
  });

  test('a fixture whose OU is not under the root is refused', async () => {
    const fixture = organizationTreeOrg();
    fixture.organizationalUnits?.push({
      id: 'ou-exam-orphan01',
      name: 'Orphan',
      parentId: 'ou-exam-missing1',
    });
    await expect(startAwsStandIn({ fixture })).rejects.toThrow(
      "AWS stand-in fixture: OU ou-exam-orphan01 is not under the root (parent 'ou-exam-missing1')",
    );
  });
});
