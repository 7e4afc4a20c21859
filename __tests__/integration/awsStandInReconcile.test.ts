// Proves the AWS stand-in's records of the organisation, VPC IPAM's discovered public addresses
// (EC2 GetIpamDiscoveredPublicAddresses) and the bill (Cost Explorer GetDimensionValues and
// GetCostAndUsage), against the real SDK v3 clients: every member read back, paging as AWS pages,
// failing with the codes and statuses AWS fails with, and counted.
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetDimensionValuesCommand,
  type GetCostAndUsageCommandInput,
} from '@aws-sdk/client-cost-explorer';
import {
  EC2Client,
  GetIpamDiscoveredPublicAddressesCommand,
  type GetIpamDiscoveredPublicAddressesCommandInput,
  type GetIpamDiscoveredPublicAddressesCommandOutput,
  type IpamDiscoveredPublicAddress,
} from '@aws-sdk/client-ec2';
import { createPaginator } from '@smithy/core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { OrgFixture } from '../../test-support/aws/fixture.js';
import { discoveredFixtureAddresses } from '../../test-support/aws/ipamDiscovery.js';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  RECONCILE_NOW,
  RECONCILE_SAMPLED,
  STALE_ADDRESS,
  reconcileOrg,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import {
  startAwsStandIn,
  type AwsStandIn,
  type AwsStandInOptions,
} from '../../test-support/aws/startAwsStandIn.js';

type Credentials = { accessKeyId: string; secretAccessKey: string };

function useStandIn(options: Partial<AwsStandInOptions> = {}) {
  const ref = {} as { standIn: AwsStandIn; fixture: OrgFixture };
  beforeAll(async () => {
    ref.fixture = options.fixture ?? reconcileOrg();
    ref.standIn = await startAwsStandIn({
      now: () => RECONCILE_NOW,
      ...options,
      fixture: ref.fixture,
    });
  });
  afterAll(() => ref.standIn.close());
  afterEach(() => {
    ref.standIn.setFaults({});
    ref.standIn.resetCounters();
  });
  return ref;
}

interface CaughtError {
  name: string;
  message: string;
  status: number | undefined;
}

async function failure(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

// The SDK generates no paginator for this call; this is the one it would generate.
const paginateIpam = createPaginator<
  { client: EC2Client; pageSize?: number },
  GetIpamDiscoveredPublicAddressesCommandInput,
  GetIpamDiscoveredPublicAddressesCommandOutput
>(EC2Client, GetIpamDiscoveredPublicAddressesCommand, 'NextToken', 'NextToken', 'MaxResults');

describe('EC2 GetIpamDiscoveredPublicAddresses', () => {
  const ref = useStandIn();
  const ec2 = (region = 'us-east-1', account = SAMPLE_MEMBER) =>
    new EC2Client({
      region,
      endpoint: ref.standIn.url,
      credentials: ref.standIn.credentialsFor(account),
      maxAttempts: 1,
    });
  const ask = { IpamResourceDiscoveryId: RECONCILE_DISCOVERY, AddressRegion: 'us-east-1' };
  const derived = (region: string) =>
    discoveredFixtureAddresses(ref.fixture, RECONCILE_DISCOVERY, RECONCILE_SAMPLED).filter(
      (a) => a.AddressRegion === region,
    );

  test('the IPAM account reads every address sampled in a region, the oldest sample time with them', async () => {
    const answer = await ec2().send(new GetIpamDiscoveredPublicAddressesCommand(ask));
    const declared = ref.fixture.accounts.find((a) => a.id === SAMPLE_MEMBER)
      ?.ipamResourceDiscoveries?.[0]?.addresses;
    expect(answer.IpamDiscoveredPublicAddresses).toStrictEqual([
      ...derived('us-east-1'),
      ...(declared ?? []),
    ]);
    const stale = answer.IpamDiscoveredPublicAddresses?.find((a) => a.Address === STALE_ADDRESS);
    expect(answer.OldestSampleTime).toStrictEqual(stale?.SampleTime);
    expect(answer.OldestSampleTime).toStrictEqual(new Date('2025-03-07T12:00:00.000Z'));
    expect(answer.NextToken).toBeUndefined();
    const hidden = answer.IpamDiscoveredPublicAddresses?.find((a) => a.Address === HIDDEN_ADDRESS);
    expect(hidden).toStrictEqual({
      IpamResourceDiscoveryId: RECONCILE_DISCOVERY,
      AddressRegion: 'us-east-1',
      Address: HIDDEN_ADDRESS,
      AddressOwnerId: SAMPLE_MANAGEMENT,
      AssociationStatus: 'associated',
      AddressType: 'ec2-public-ip',
      VpcId: 'vpc-0a1b2c3d4e5f60001',
      SubnetId: 'subnet-0a0000000000000a1',
      NetworkInterfaceId: 'eni-0a00000000000077',
      NetworkInterfaceDescription: '',
      InstanceId: 'i-0a00000000000077',
      SampleTime: RECONCILE_SAMPLED,
    });
    const eu = await ec2().send(
      new GetIpamDiscoveredPublicAddressesCommand({ ...ask, AddressRegion: 'eu-west-1' }),
    );
    expect(eu.IpamDiscoveredPublicAddresses).toStrictEqual(derived('eu-west-1'));
    expect(eu.IpamDiscoveredPublicAddresses?.map((a) => a.AddressOwnerId)).toEqual([
      SAMPLE_MANAGEMENT,
      ...Array<string>(9).fill(SAMPLE_MEMBER),
    ]);
    expect(eu.OldestSampleTime).toStrictEqual(RECONCILE_SAMPLED);
  });

  test('the derived set: Elastic IPs with their pool and tags, service-managed addresses with their service', async () => {
    const answer = await ec2().send(new GetIpamDiscoveredPublicAddressesCommand(ask));
    const byAddress = new Map(
      (answer.IpamDiscoveredPublicAddresses ?? []).map((a) => [a.Address, a]),
    );
    const pick = (a: IpamDiscoveredPublicAddress | undefined) => ({
      type: a?.AddressType,
      status: a?.AssociationStatus,
      service: a?.Service,
      resource: a?.ServiceResource,
      pool: a?.PublicIpv4PoolId,
    });
    expect(pick(byAddress.get('3.220.20.7'))).toEqual({
      type: 'amazon-owned-eip',
      status: 'associated',
      service: 'nat-gateway',
      resource: 'nat-0a1b2c3d4e5f60001',
      pool: 'amazon',
    });
    expect(pick(byAddress.get('81.2.69.10'))).toEqual({
      type: 'byoip',
      status: 'disassociated',
      service: undefined,
      resource: undefined,
      pool: 'ipv4pool-ec2-0123456789abcdef0',
    });
    expect(pick(byAddress.get('52.1.10.1'))).toEqual({
      type: 'service-managed-ip',
      status: 'associated',
      service: 'site-to-site-vpn',
      resource: 'vpn-0a000000000000001',
      pool: undefined,
    });
    expect(byAddress.get('3.220.50.1')?.Tags).toEqual({
      EipTags: [{ Key: 'Name', Value: 'forgotten' }],
    });
    // The Outposts customer-owned address is not public IPv4; the deleted VPN's are gone.
    expect([...byAddress.keys()]).not.toContain('10.200.0.10');
  });

  test('the wire format: ipamDiscoveredPublicAddressSet/item, oldestSampleTime', async () => {
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIA${SAMPLE_MEMBER}EXAMPLE/20250310/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    };
    const response = await fetch(ref.standIn.url, {
      method: 'POST',
      headers,
      body: `Action=GetIpamDiscoveredPublicAddresses&Version=2016-11-15&IpamResourceDiscoveryId=${RECONCILE_DISCOVERY}&AddressRegion=eu-west-1&MaxResults=5`,
    });
    const xml = await response.text();
    expect(xml).toMatch(
      /^<\?xml[^>]*\?><GetIpamDiscoveredPublicAddressesResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>[^<]+<\/requestId><ipamDiscoveredPublicAddressSet><item><ipamResourceDiscoveryId>/,
    );
    expect(xml).toContain('<securityGroupSet><item><groupName>');
    expect(xml).toMatch(
      /<\/ipamDiscoveredPublicAddressSet><oldestSampleTime>2025-03-10T11:00:00\.000Z<\/oldestSampleTime><nextToken>[^<]+<\/nextToken><\/GetIpamDiscoveredPublicAddressesResponse>$/,
    );
  });

  test('pages of MaxResults 5-1000, every address once, tokens bound to their query', async () => {
    const client = ec2();
    const pages: number[] = [];
    const all: IpamDiscoveredPublicAddress[] = [];
    for await (const page of paginateIpam({ client, pageSize: 5 }, { ...ask })) {
      pages.push(page.IpamDiscoveredPublicAddresses?.length ?? 0);
      all.push(...(page.IpamDiscoveredPublicAddresses ?? []));
    }
    expect(pages).toEqual([5, 5, 5, 3]);
    expect(all).toStrictEqual(
      (await client.send(new GetIpamDiscoveredPublicAddressesCommand(ask)))
        .IpamDiscoveredPublicAddresses,
    );
    for (const MaxResults of [4, 1001]) {
      const refused = await failure(
        client.send(new GetIpamDiscoveredPublicAddressesCommand({ ...ask, MaxResults })),
      );
      expect(refused).toMatchObject({ name: 'InvalidParameterValue', status: 400 });
    }
    const first = await client.send(
      new GetIpamDiscoveredPublicAddressesCommand({ ...ask, MaxResults: 5 }),
    );
    const otherRegion = await failure(
      client.send(
        new GetIpamDiscoveredPublicAddressesCommand({
          ...ask,
          AddressRegion: 'eu-west-1',
          NextToken: first.NextToken,
        }),
      ),
    );
    expect(otherRegion).toMatchObject({ name: 'InvalidPaginationToken', status: 400 });
  });

  test('a missing parameter, and a discovery seen from another account or region, as EC2 refuses them', async () => {
    const noId = await failure(
      ec2().send(
        new GetIpamDiscoveredPublicAddressesCommand({ AddressRegion: 'us-east-1' } as never),
      ),
    );
    expect(noId).toEqual({
      name: 'MissingParameter',
      message: 'The request must contain the parameter IpamResourceDiscoveryId',
      status: 400,
    });
    const noRegion = await failure(
      ec2().send(
        new GetIpamDiscoveredPublicAddressesCommand({
          IpamResourceDiscoveryId: RECONCILE_DISCOVERY,
        } as never),
      ),
    );
    expect(noRegion.message).toBe('The request must contain the parameter AddressRegion');
    const notFound = {
      name: 'InvalidIpamResourceDiscoveryId.NotFound',
      message: `The IPAM resource discovery (${RECONCILE_DISCOVERY}) does not exist.`,
      status: 400,
    };
    // Another account, the discovery's own account in another region, an unknown id.
    expect(
      await failure(
        ec2('us-east-1', SAMPLE_MANAGEMENT).send(new GetIpamDiscoveredPublicAddressesCommand(ask)),
      ),
    ).toEqual(notFound);
    expect(
      await failure(ec2('eu-west-1').send(new GetIpamDiscoveredPublicAddressesCommand(ask))),
    ).toEqual(notFound);
    const unknown = await failure(
      ec2().send(
        new GetIpamDiscoveredPublicAddressesCommand({
          ...ask,
          IpamResourceDiscoveryId: 'ipam-res-disco-0000000000000000f',
        }),
      ),
    );
    expect(unknown.name).toBe('InvalidIpamResourceDiscoveryId.NotFound');
    const filtered = await failure(
      ec2().send(
        new GetIpamDiscoveredPublicAddressesCommand({
          ...ask,
          Filters: [{ Name: 'address-type', Values: ['byoip'] }],
        }),
      ),
    );
    expect(filtered).toMatchObject({
      name: 'InvalidParameterValue',
      message: "The filter 'address-type' is invalid",
    });
  });

  test('a region IPAM does not operate in holds no address and no sample time', async () => {
    const standIn = await startAwsStandIn({
      fixture: (() => {
        const org = reconcileOrg();
        const discovery = org.accounts.find((a) => a.id === SAMPLE_MEMBER)
          ?.ipamResourceDiscoveries?.[0];
        if (discovery) discovery.operatingRegions = ['us-east-1'];
        return org;
      })(),
    });
    try {
      const client = new EC2Client({
        region: 'us-east-1',
        endpoint: standIn.url,
        credentials: standIn.credentialsFor(SAMPLE_MEMBER),
      });
      const eu = await client.send(
        new GetIpamDiscoveredPublicAddressesCommand({ ...ask, AddressRegion: 'eu-west-1' }),
      );
      expect(eu.IpamDiscoveredPublicAddresses).toEqual([]);
      expect(eu.OldestSampleTime).toBeUndefined();
    } finally {
      await standIn.close();
    }
  });

  test('UnauthorizedOperation through the fault injector, every request counted', async () => {
    ref.standIn.setFaults({
      deny: [{ account: SAMPLE_MEMBER, action: 'GetIpamDiscoveredPublicAddresses' }],
    });
    const denied = await failure(ec2().send(new GetIpamDiscoveredPublicAddressesCommand(ask)));
    expect(denied).toEqual({
      name: 'UnauthorizedOperation',
      message: 'You are not authorized to perform this operation.',
      status: 403,
    });
    ref.standIn.setFaults({
      failNext: [{ action: 'GetIpamDiscoveredPublicAddresses', code: 'AccessDenied', times: 1 }],
    });
    expect((await failure(ec2().send(new GetIpamDiscoveredPublicAddressesCommand(ask)))).name).toBe(
      'AccessDenied',
    );
    await ec2().send(new GetIpamDiscoveredPublicAddressesCommand(ask));
    expect(
      ref.standIn.counters.snapshot({ action: 'GetIpamDiscoveredPublicAddresses' }),
    ).toStrictEqual([
      {
        account: SAMPLE_MEMBER,
        region: 'us-east-1',
        service: 'ec2',
        action: 'GetIpamDiscoveredPublicAddresses',
        attempts: 3,
        succeeded: 1,
        throttled: 0,
        failed: 2,
        hung: 0,
      },
    ]);
  });
});

const BOTH_PERIODS = { Start: '2025-02-01', End: '2025-03-10' };

describe('Cost Explorer GetDimensionValues and GetCostAndUsage', () => {
  const ref = useStandIn();
  const ce = (account = SAMPLE_MANAGEMENT, region = 'us-east-1', maxAttempts = 1) =>
    new CostExplorerClient({
      region,
      endpoint: ref.standIn.url,
      credentials: ref.standIn.credentialsFor(account) as Credentials,
      maxAttempts,
    });
  const usageTypes = [
    'EU-PublicIPv4:InUseAddress',
    'USE1-PublicIPv4:IdleAddress',
    'USE1-PublicIPv4:InUseAddress',
    'USW2-PublicIPv4:InUseAddress',
  ];
  const query: GetCostAndUsageCommandInput = {
    TimePeriod: BOTH_PERIODS,
    Granularity: 'MONTHLY',
    Metrics: ['UsageQuantity', 'UnblendedCost'],
    GroupBy: [
      { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' },
      { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
    ],
    Filter: { Dimensions: { Key: 'USAGE_TYPE', Values: usageTypes } },
  };
  const hours = (n: number) => ({ Amount: String(n), Unit: 'Hrs' });
  const usd = (n: number) => ({ Amount: String(n), Unit: 'USD' });
  const group = (account: string, usageType: string, h: number) => ({
    Keys: [account, usageType],
    Metrics: { UsageQuantity: hours(h), UnblendedCost: usd(Number((h * 0.005).toFixed(10))) },
  });

  test('GetDimensionValues: the payer sees every linked account and usage type, a member its own', async () => {
    const types = await ce().send(
      new GetDimensionValuesCommand({
        TimePeriod: BOTH_PERIODS,
        Dimension: 'USAGE_TYPE',
        SearchString: 'publicipv4',
      }),
    );
    expect(types.DimensionValues).toStrictEqual(
      usageTypes.map((Value) => ({ Value, Attributes: { unit: 'Hrs' } })),
    );
    expect([types.ReturnSize, types.TotalSize, types.NextPageToken]).toEqual([4, 4, undefined]);
    const accounts = await ce().send(
      new GetDimensionValuesCommand({ TimePeriod: BOTH_PERIODS, Dimension: 'LINKED_ACCOUNT' }),
    );
    expect(accounts.DimensionValues).toStrictEqual([
      { Value: SAMPLE_MANAGEMENT, Attributes: { description: 'Management' } },
      { Value: SAMPLE_MEMBER, Attributes: { description: 'Workloads' } },
    ]);
    const member = await ce(SAMPLE_MEMBER).send(
      new GetDimensionValuesCommand({ TimePeriod: BOTH_PERIODS, Dimension: 'LINKED_ACCOUNT' }),
    );
    expect(member.DimensionValues).toStrictEqual([
      { Value: SAMPLE_MEMBER, Attributes: { description: 'Workloads' } },
    ]);
    const idle = await ce(SAMPLE_MEMBER).send(
      new GetDimensionValuesCommand({
        TimePeriod: { Start: '2025-03-01', End: '2025-03-10' },
        Dimension: 'USAGE_TYPE',
        SearchString: 'Idle',
      }),
    );
    expect(idle.DimensionValues?.map((v) => v.Value)).toEqual(['USE1-PublicIPv4:IdleAddress']);
  });

  test('GetCostAndUsage from the payer: each month, each (account, usage type), account names', async () => {
    const answer = await ce().send(new GetCostAndUsageCommand(query));
    expect(answer.GroupDefinitions).toStrictEqual(query.GroupBy);
    expect(answer.NextPageToken).toBeUndefined();
    expect(answer.ResultsByTime).toStrictEqual([
      {
        TimePeriod: { Start: '2025-02-01', End: '2025-03-01' },
        Total: {},
        Groups: [
          group(SAMPLE_MANAGEMENT, 'EU-PublicIPv4:InUseAddress', 672),
          group(SAMPLE_MANAGEMENT, 'USE1-PublicIPv4:IdleAddress', 672),
          group(SAMPLE_MANAGEMENT, 'USE1-PublicIPv4:InUseAddress', 8064),
          group(SAMPLE_MEMBER, 'EU-PublicIPv4:InUseAddress', 6048),
          group(SAMPLE_MEMBER, 'USE1-PublicIPv4:IdleAddress', 672),
          group(SAMPLE_MEMBER, 'USE1-PublicIPv4:InUseAddress', 672),
          group(SAMPLE_MEMBER, 'USW2-PublicIPv4:InUseAddress', 5376),
        ],
        Estimated: false,
      },
      {
        TimePeriod: { Start: '2025-03-01', End: '2025-03-10' },
        Total: {},
        Groups: [
          group(SAMPLE_MANAGEMENT, 'EU-PublicIPv4:InUseAddress', 216),
          group(SAMPLE_MANAGEMENT, 'USE1-PublicIPv4:IdleAddress', 216),
          group(SAMPLE_MANAGEMENT, 'USE1-PublicIPv4:InUseAddress', 2592),
          group(SAMPLE_MEMBER, 'EU-PublicIPv4:InUseAddress', 3240),
          group(SAMPLE_MEMBER, 'USE1-PublicIPv4:IdleAddress', 216),
          group(SAMPLE_MEMBER, 'USE1-PublicIPv4:InUseAddress', 216),
          group(SAMPLE_MEMBER, 'USW2-PublicIPv4:InUseAddress', 1728),
        ],
        Estimated: true,
      },
    ]);
    expect(answer.DimensionValueAttributes).toStrictEqual([
      { Value: SAMPLE_MANAGEMENT, Attributes: { description: 'Management' } },
      { Value: SAMPLE_MEMBER, Attributes: { description: 'Workloads' } },
    ]);
  });

  test('GetCostAndUsage from a member: its own lines only; ungrouped, a Total per period', async () => {
    const member = await ce(SAMPLE_MEMBER).send(new GetCostAndUsageCommand(query));
    expect(member.ResultsByTime?.flatMap((r) => r.Groups?.map((g) => g.Keys?.[0]))).toEqual(
      Array<string>(8).fill(SAMPLE_MEMBER),
    );
    expect(member.DimensionValueAttributes).toStrictEqual([
      { Value: SAMPLE_MEMBER, Attributes: { description: 'Workloads' } },
    ]);
    const total = await ce(SAMPLE_MEMBER).send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: '2025-03-01', End: '2025-03-10' },
        Granularity: 'MONTHLY',
        Metrics: ['UsageQuantity'],
        Filter: { Dimensions: { Key: 'USAGE_TYPE', Values: ['USE1-PublicIPv4:IdleAddress'] } },
      }),
    );
    expect(total.ResultsByTime).toStrictEqual([
      {
        TimePeriod: { Start: '2025-03-01', End: '2025-03-10' },
        Total: { UsageQuantity: hours(216) },
        Groups: [],
        Estimated: true,
      },
    ]);
    expect(total.DimensionValueAttributes).toEqual([]);
  });

  test('the wire format: awsJson1_1 under AWSInsightsIndexService, members by the SDK model', async () => {
    const response = await fetch(ref.standIn.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSInsightsIndexService.GetDimensionValues',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIA${SAMPLE_MEMBER}EXAMPLE/20250310/us-east-1/ce/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify({
        TimePeriod: BOTH_PERIODS,
        Dimension: 'USAGE_TYPE',
        SearchString: 'Idle',
      }),
    });
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toBe(
      '{"DimensionValues":[{"Value":"USE1-PublicIPv4:IdleAddress","Attributes":{"unit":"Hrs"}}],"ReturnSize":1,"TotalSize":1}',
    );
    const unknown = await fetch(ref.standIn.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSInsightsIndexService.GetCostForecast',
        authorization: `AWS4-HMAC-SHA256 Credential=AKIA${SAMPLE_MEMBER}EXAMPLE/20250310/us-east-1/ce/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: '{}',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      __type: 'UnknownOperationException',
      Message: 'Unknown operation GetCostForecast',
    });
  });

  test('ValidationException for what Cost Explorer refuses; us-east-1 only', async () => {
    const cases: [GetCostAndUsageCommandInput, string][] = [
      [
        { ...query, TimePeriod: { Start: '2025-03-10', End: '2025-03-10' } },
        'Start date (and hour) should be before end date (and hour)',
      ],
      [{ ...query, Metrics: [] }, 'Metrics is required for GetCostAndUsage'],
      [
        {
          ...query,
          GroupBy: [...(query.GroupBy ?? []), { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' }],
        },
        'You can group by at most two dimensions',
      ],
      [
        {
          ...query,
          Filter: {
            Dimensions: { Key: 'USAGE_TYPE', Values: ['PublicIPv4'], MatchOptions: ['CONTAINS'] },
          },
        },
        'MatchOptions CONTAINS is not supported for Dimensions',
      ],
    ];
    for (const [input, message] of cases) {
      expect(await failure(ce().send(new GetCostAndUsageCommand(input)))).toEqual({
        name: 'ValidationException',
        message,
        status: 400,
      });
    }
    const wrongRegion = await failure(
      ce(SAMPLE_MANAGEMENT, 'eu-west-1').send(new GetCostAndUsageCommand(query)),
    );
    expect(wrongRegion.name).toBe('InvalidSignatureException');
  });

  test('AccessDeniedException: denied by policy, or a member without Cost Explorer access', async () => {
    ref.standIn.setFaults({ deny: [{ action: 'GetCostAndUsage' }] });
    expect(await failure(ce().send(new GetCostAndUsageCommand(query)))).toEqual({
      name: 'AccessDeniedException',
      message: `User: arn:aws:iam::${SAMPLE_MANAGEMENT}:user/audit is not authorized to perform: ce:GetCostAndUsage`,
      status: 400,
    });
    const closed = await startAwsStandIn({
      fixture: { ...reconcileOrg(), costExplorerMemberAccess: false },
    });
    try {
      const client = (account: string) =>
        new CostExplorerClient({
          region: 'us-east-1',
          endpoint: closed.url,
          credentials: closed.credentialsFor(account),
          maxAttempts: 1,
        });
      expect(await failure(client(SAMPLE_MEMBER).send(new GetCostAndUsageCommand(query)))).toEqual({
        name: 'AccessDeniedException',
        message: 'User not enabled for cost explorer access',
        status: 400,
      });
      const payer = await client(SAMPLE_MANAGEMENT).send(new GetCostAndUsageCommand(query));
      expect(payer.ResultsByTime).toHaveLength(2);
    } finally {
      await closed.close();
    }
  });

  test('DataUnavailableException, BillExpirationException; LimitExceededException is retried', async () => {
    const modeled: [string, string][] = [
      ['DataUnavailableException', 'The requested data is unavailable.'],
      [
        'BillExpirationException',
        'The requested report expired. Update the date interval and try again.',
      ],
    ];
    for (const [code, message] of modeled) {
      ref.standIn.setFaults({ failNext: [{ action: 'GetCostAndUsage', code, times: 1 }] });
      expect(await failure(ce().send(new GetCostAndUsageCommand(query)))).toEqual({
        name: code,
        message,
        status: 400,
      });
    }
    ref.standIn.setFaults({ throttleRate: 1 });
    expect(
      await failure(
        ce().send(
          new GetDimensionValuesCommand({ TimePeriod: BOTH_PERIODS, Dimension: 'USAGE_TYPE' }),
        ),
      ),
    ).toEqual({
      name: 'LimitExceededException',
      message: 'You made too many calls in a short period of time. Try again later.',
      status: 400,
    });
    ref.standIn.resetCounters();
    ref.standIn.setFaults({
      failNext: [{ action: 'GetDimensionValues', code: 'LimitExceededException', times: 2 }],
    });
    const retried = await ce(SAMPLE_MANAGEMENT, 'us-east-1', 3).send(
      new GetDimensionValuesCommand({ TimePeriod: BOTH_PERIODS, Dimension: 'USAGE_TYPE' }),
    );
    expect(retried.DimensionValues).toHaveLength(4);
    expect(ref.standIn.counters.snapshot({ service: 'ce' })).toStrictEqual([
      {
        account: SAMPLE_MANAGEMENT,
        region: 'us-east-1',
        service: 'ce',
        action: 'GetDimensionValues',
        attempts: 3,
        succeeded: 1,
        throttled: 2,
        failed: 0,
        hung: 0,
      },
    ]);
  });
});

describe('Cost Explorer pages with NextPageToken', () => {
  const ref = useStandIn({ pageSize: 3 });
  const ce = () =>
    new CostExplorerClient({
      region: 'us-east-1',
      endpoint: ref.standIn.url,
      credentials: ref.standIn.credentialsFor(SAMPLE_MANAGEMENT),
      maxAttempts: 1,
    });
  const query: GetCostAndUsageCommandInput = {
    TimePeriod: BOTH_PERIODS,
    Granularity: 'MONTHLY',
    Metrics: ['UsageQuantity'],
    GroupBy: [
      { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' },
      { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
    ],
  };

  test('GetCostAndUsage: every group once across pages, a period split over pages repeated', async () => {
    const client = ce();
    const pages = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new GetCostAndUsageCommand({ ...query, NextPageToken: token }),
      );
      pages.push(page);
      token = page.NextPageToken;
    } while (token);
    expect(
      pages.map((p) => p.ResultsByTime?.map((r) => [r.TimePeriod?.Start, r.Groups?.length])),
    ).toEqual([
      [['2025-02-01', 3]],
      [['2025-02-01', 3]],
      [
        ['2025-02-01', 1],
        ['2025-03-01', 2],
      ],
      [['2025-03-01', 3]],
      [['2025-03-01', 2]],
    ]);
    const groups = pages.flatMap((p) => p.ResultsByTime?.flatMap((r) => r.Groups ?? []) ?? []);
    expect(groups).toHaveLength(14);
    // The accounts a page names are the ones its groups hold.
    expect(pages[0]?.DimensionValueAttributes?.map((a) => a.Value)).toEqual([SAMPLE_MANAGEMENT]);
  });

  test('a token with changed parameters is RequestChangedException, an unreadable one InvalidNextTokenException', async () => {
    const first = await ce().send(new GetCostAndUsageCommand(query));
    const changed = await failure(
      ce().send(
        new GetCostAndUsageCommand({
          ...query,
          Metrics: ['UnblendedCost'],
          NextPageToken: first.NextPageToken,
        }),
      ),
    );
    expect(changed).toEqual({
      name: 'RequestChangedException',
      message:
        'Your request parameters changed between pages. Try again with the old parameters or without a pagination token.',
      status: 400,
    });
    const garbage = await failure(
      ce().send(new GetCostAndUsageCommand({ ...query, NextPageToken: 'not-a-token' })),
    );
    expect(garbage.name).toBe('InvalidNextTokenException');
  });

  test('GetDimensionValues pages: ReturnSize per page, TotalSize of all', async () => {
    const first = await ce().send(
      new GetDimensionValuesCommand({ TimePeriod: BOTH_PERIODS, Dimension: 'USAGE_TYPE' }),
    );
    expect([first.ReturnSize, first.TotalSize]).toEqual([3, 4]);
    const second = await ce().send(
      new GetDimensionValuesCommand({
        TimePeriod: BOTH_PERIODS,
        Dimension: 'USAGE_TYPE',
        NextPageToken: first.NextPageToken,
      }),
    );
    expect(second.DimensionValues?.map((v) => v.Value)).toEqual(['USW2-PublicIPv4:InUseAddress']);
    expect(second.NextPageToken).toBeUndefined();
  });
});
