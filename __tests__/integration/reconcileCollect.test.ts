// The reconciliation's collect functions (issue 22) through the project's own ClientFactory
// against the AWS stand-in: every page read, raw SDK data out, AWS's errors passed on unchanged,
// answers that are not AWS's refused, and the Cost Explorer requests a run makes counted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/clients.js';
import { getCostAndUsage } from '../../src/collect/getCostAndUsage.js';
import { getDimensionValues } from '../../src/collect/getDimensionValues.js';
import { getIpamDiscoveredPublicAddresses } from '../../src/collect/getIpamDiscoveredPublicAddresses.js';
import { discoveredFixtureAddresses } from '../../test-support/aws/ipamDiscovery.js';
import {
  HIDDEN_ADDRESS,
  RECONCILE_DISCOVERY,
  RECONCILE_NOW,
  RECONCILE_SAMPLED,
  reconcileOrg,
} from '../../test-support/aws/reconcileOrg.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';

const saved = { ...process.env };
let aws: AwsStandIn;
let factory: ClientFactory;

beforeAll(async () => {
  aws = await startAwsStandIn({
    fixture: reconcileOrg(),
    now: () => RECONCILE_NOW,
    // Several pages for every call that pages.
    pageSize: { GetIpamDiscoveredPublicAddresses: 5, GetCostAndUsage: 3, GetDimensionValues: 3 },
  });
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, aws.env);
});

afterAll(async () => {
  await aws.close();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

afterEach(() => {
  factory.destroy();
  aws.setFaults({});
  aws.resetCounters();
});

const newFactory = () => {
  factory = new ClientFactory({ maxSockets: 4, requestTimeoutSeconds: 10, maxAttempts: 3 });
  return factory;
};

const PERIOD = { Start: '2025-02-01', End: '2025-03-10' };

describe('getIpamDiscoveredPublicAddresses', () => {
  it('reads every page in the IPAM account, with the oldest sample time', async () => {
    const ec2 = newFactory().ec2('us-east-1', aws.credentialsFor(SAMPLE_MEMBER));
    const answer = await getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, 'us-east-1');
    const derived = discoveredFixtureAddresses(
      reconcileOrg(),
      RECONCILE_DISCOVERY,
      RECONCILE_SAMPLED,
    ).filter((a) => a.AddressRegion === 'us-east-1');
    expect(answer.addresses).toHaveLength(derived.length + 2);
    expect(answer.addresses.slice(0, derived.length)).toStrictEqual(derived);
    expect(answer.addresses.map((a) => a.Address)).toContain(HIDDEN_ADDRESS);
    expect(answer.oldestSampleTime).toStrictEqual(new Date('2025-03-07T12:00:00.000Z'));
    // 18 addresses, 5 a page.
    expect(aws.counters.get(SAMPLE_MEMBER, 'us-east-1', 'GetIpamDiscoveredPublicAddresses')).toBe(
      4,
    );
    expect(factory.requestsSent).toBe(4);
  });

  it('a region without addresses is an empty list without a sample time', async () => {
    const ec2 = newFactory().ec2('us-east-1', aws.credentialsFor(SAMPLE_MEMBER));
    expect(await getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, 'ap-south-1')).toEqual({
      addresses: [],
    });
  });

  it("passes AWS's errors on unchanged: the discovery from another account, a denied call", async () => {
    const outside = newFactory().ec2('us-east-1', aws.credentialsFor(SAMPLE_MANAGEMENT));
    await expect(
      getIpamDiscoveredPublicAddresses(outside, RECONCILE_DISCOVERY, 'us-east-1'),
    ).rejects.toMatchObject({
      name: 'InvalidIpamResourceDiscoveryId.NotFound',
      message: `The IPAM resource discovery (${RECONCILE_DISCOVERY}) does not exist.`,
    });
    aws.setFaults({ deny: [{ action: 'GetIpamDiscoveredPublicAddresses' }] });
    const ec2 = factory.ec2('us-east-1', aws.credentialsFor(SAMPLE_MEMBER));
    await expect(
      getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, 'us-east-1'),
    ).rejects.toMatchObject({ name: 'UnauthorizedOperation' });
  });

  it('refuses an answer without the list, and pages that loop', async () => {
    const ec2 = newFactory().ec2('us-east-1', aws.credentialsFor(SAMPLE_MEMBER));
    const action = 'GetIpamDiscoveredPublicAddresses';
    aws.setFaults({ replace: [{ action, body: '<html><body>proxy login</body></html>' }] });
    await expect(
      getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, 'us-east-1'),
    ).rejects.toMatchObject({
      name: 'UnexpectedAnswer',
      message: 'the answer holds no ipamDiscoveredPublicAddressSet element: not an EC2 answer',
    });
    const looping =
      '<?xml version="1.0" encoding="UTF-8"?><GetIpamDiscoveredPublicAddressesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
      '<requestId>r</requestId><ipamDiscoveredPublicAddressSet/><nextToken>again</nextToken>' +
      '</GetIpamDiscoveredPublicAddressesResponse>';
    aws.setFaults({ replace: [{ action, body: looping }] });
    await expect(
      getIpamDiscoveredPublicAddresses(ec2, RECONCILE_DISCOVERY, 'us-east-1'),
    ).rejects.toMatchObject({
      name: 'UnexpectedAnswer',
      message: 'the same NextToken came back twice: the pages loop',
    });
  });
});

describe('Cost Explorer: getDimensionValues and getCostAndUsage', () => {
  it('a run asks twice (plus pages): the usage types, then their hours and cost', async () => {
    const ce = newFactory().costExplorer(aws.credentialsFor(SAMPLE_MANAGEMENT));
    const types = await getDimensionValues(ce, 'USAGE_TYPE', PERIOD, 'PublicIPv4');
    expect(types).toStrictEqual(
      [
        'EU-PublicIPv4:InUseAddress',
        'USE1-PublicIPv4:IdleAddress',
        'USE1-PublicIPv4:InUseAddress',
        'USW2-PublicIPv4:InUseAddress',
      ].map((Value) => ({ Value, Attributes: { unit: 'Hrs' } })),
    );
    const answer = await getCostAndUsage(
      ce,
      PERIOD,
      types.map((t) => t.Value ?? ''),
    );
    // 14 groups over two months, 3 a page, each page's months as Cost Explorer answers them.
    expect(answer.resultsByTime.map((r) => [r.TimePeriod?.Start, r.Groups?.length])).toEqual([
      ['2025-02-01', 3],
      ['2025-02-01', 3],
      ['2025-02-01', 1],
      ['2025-03-01', 2],
      ['2025-03-01', 3],
      ['2025-03-01', 2],
    ]);
    expect(answer.resultsByTime[5]?.Groups?.at(-1)).toStrictEqual({
      Keys: [SAMPLE_MEMBER, 'USW2-PublicIPv4:InUseAddress'],
      Metrics: {
        UsageQuantity: { Amount: '1728', Unit: 'Hrs' },
        UnblendedCost: { Amount: '8.64', Unit: 'USD' },
      },
    });
    expect([...new Set(answer.dimensionValueAttributes.map((a) => a.Value))]).toEqual([
      SAMPLE_MANAGEMENT,
      SAMPLE_MEMBER,
    ]);
    // Measured: 2 pages of usage types and 5 of cost and usage, all signed for us-east-1.
    expect(
      aws.counters.snapshot({ service: 'ce' }).map((r) => [r.region, r.action, r.attempts]),
    ).toEqual([
      ['us-east-1', 'GetCostAndUsage', 5],
      ['us-east-1', 'GetDimensionValues', 2],
    ]);
    expect(factory.requestsSent).toBe(7);
  });

  it('no usage types: nothing to ask, no request made', async () => {
    const ce = newFactory().costExplorer(aws.credentialsFor(SAMPLE_MANAGEMENT));
    expect(await getCostAndUsage(ce, PERIOD, [])).toEqual({
      resultsByTime: [],
      dimensionValueAttributes: [],
    });
    expect(aws.counters.total({ service: 'ce' })).toBe(0);
  });

  it("passes Cost Explorer's errors on unchanged, and refuses an answer AWS did not send", async () => {
    const ce = newFactory().costExplorer(aws.credentialsFor(SAMPLE_MEMBER));
    aws.setFaults({ deny: [{ action: 'GetDimensionValues' }] });
    await expect(getDimensionValues(ce, 'USAGE_TYPE', PERIOD)).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: arn:aws:iam::${SAMPLE_MEMBER}:user/audit is not authorized to perform: ce:GetDimensionValues`,
    });
    aws.setFaults({
      failNext: [{ action: 'GetCostAndUsage', code: 'DataUnavailableException', times: 1 }],
    });
    await expect(
      getCostAndUsage(ce, PERIOD, ['USE1-PublicIPv4:InUseAddress']),
    ).rejects.toMatchObject({ name: 'DataUnavailableException' });
    // A 200 with an empty JSON body and no request id: a proxy's, not Cost Explorer's.
    aws.setFaults({
      replace: [{ action: 'GetCostAndUsage', body: '{}', contentType: 'application/json' }],
    });
    await expect(
      getCostAndUsage(ce, PERIOD, ['USE1-PublicIPv4:InUseAddress']),
    ).rejects.toMatchObject({
      name: 'UnexpectedAnswer',
      message: 'the answer has no x-amzn-RequestId header: not an AWS answer',
    });
  });

  it('a member account reads its own lines only', async () => {
    const ce = newFactory().costExplorer(aws.credentialsFor(SAMPLE_MEMBER));
    const answer = await getCostAndUsage(ce, PERIOD, ['EU-PublicIPv4:InUseAddress']);
    expect(answer.resultsByTime.flatMap((r) => r.Groups?.map((g) => g.Keys) ?? [])).toEqual([
      [SAMPLE_MEMBER, 'EU-PublicIPv4:InUseAddress'],
      [SAMPLE_MEMBER, 'EU-PublicIPv4:InUseAddress'],
    ]);
    // Both months fit one page: the account is named once.
    expect(answer.dimensionValueAttributes).toStrictEqual([
      { Value: SAMPLE_MEMBER, Attributes: { description: 'Workloads' } },
    ]);
  });
});
