// The SDK floor the benchmark reads the CLI against (npm run bench -- --sdk-floor): bundled and
// run as its own process against the stand-in, it must send the scan's EC2 calls for every
// account-region and read every interface, or it is no floor of the CLI's scan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFloor, type Floor } from '../../../bench/floor.js';
import { generateOrg } from '../../../test-support/aws/generateOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../../test-support/aws/startAwsStandIn.js';

describe('the SDK floor', () => {
  let standIn: AwsStandIn;
  let floor: Floor;

  beforeAll(async () => {
    const fixture = generateOrg({ accounts: 3, regions: 2, enisPerRegion: 4 });
    standIn = await startAwsStandIn({ fixture });
    floor = await bundleFloor(process.execPath, []);
  }, 60_000);

  afterAll(async () => {
    await floor?.dispose();
    await standIn?.close();
  });

  it("sends each account-region's calls once and reads every interface", async () => {
    const run = await floor.run({ PATH: process.env.PATH, ...standIn.env }, 4);
    const sent = (action: string) => standIn.counters.total({ action });

    expect(run.enis).toBe(3 * 2 * 4);
    expect(run.calls).toBe(standIn.counters.total());
    for (const action of [
      'DescribeAddresses',
      'DescribeNetworkInterfaces',
      'DescribeSubnets',
      'DescribeRouteTables',
      'DescribeSecurityGroupRules',
      'DescribeVpnConnections',
    ]) {
      expect([action, sent(action)]).toEqual([action, 6]);
    }
    // Two prefix lists per account-region, each referenced by a rule or a route.
    expect(sent('GetManagedPrefixListEntries')).toBe(12);
    expect(sent('DescribeRegions')).toBe(3);
    expect(sent('ListAccounts')).toBe(1);
    expect(sent('AssumeRole')).toBe(0);
    expect(standIn.counters.snapshot().every((row) => row.failed === 0)).toBe(true);
    expect(run.callsCpuS).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeGreaterThan(0);
  }, 60_000);
});
