// The SDK's floor (issue 24): what the scan's EC2 calls cost with the AWS SDK alone, so the CLI's
// figures can be read against what no change of ours can go below. It sends the calls the scan
// sends for each account-region (through the same collectors), with the SDK's cheapest set-up
// (one shared keep-alive handler, middleware resolved once per command type), and nothing else:
// no AssumeRole (the stand-in's static keys), no Global Accelerator, no analysis, no reports.
// So it is a lower bound of the CLI's scan phase.
//
// Bundled by bench/run.ts (--sdk-floor) with esbuild into one file and run as a process of its
// own against the benchmark's stand-in, like the CLI. Prints one JSON line (FloorResult). The
// heap's growth is capped as the CLI caps it, so peak RSS compares like with like.
import http from 'node:http';
import { EC2Client } from '@aws-sdk/client-ec2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import PQueue from 'p-queue';
import { describeAddresses } from '../src/collect/describeAddresses.js';
import { describeNetworkInterfaces } from '../src/collect/describeNetworkInterfaces.js';
import { describeRegions } from '../src/collect/describeRegions.js';
import { describeRouteTables } from '../src/collect/describeRouteTables.js';
import { describeSecurityGroupRules } from '../src/collect/describeSecurityGroupRules.js';
import { describeSubnets } from '../src/collect/describeSubnets.js';
import { describeVpnConnections } from '../src/collect/describeVpnConnections.js';
import { getManagedPrefixListEntries } from '../src/collect/getManagedPrefixListEntries.js';
import { listAccounts } from '../src/collect/listAccounts.js';
import { limitHeapGrowth } from '../src/common/heapGrowth.js';
import { referencedPrefixListIds } from '../src/collect/referencedPrefixListIds.js';
import { staticAccessKeyId } from '../test-support/aws/startAwsStandIn.js';

export interface FloorResult {
  calls: number;
  enis: number;
  /** CPU seconds from the first call to the last answer (module load left out). */
  callsCpuS: number;
  startupCpuS: number;
}

const concurrency = Number(process.argv[2] ?? '32');
const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY ?? '';
const home = process.env.AWS_REGION ?? 'us-east-1';

// Module load: every import above has been evaluated by now (one bundled file).
const startupCpu = process.cpuUsage();
limitHeapGrowth();
let calls = 0;
/** Counts the requests it sends (no retries here: the stand-in injects no faults). */
class CountingHandler extends NodeHttpHandler {
  override handle(...args: Parameters<NodeHttpHandler['handle']>) {
    calls++;
    return super.handle(...args);
  }
}
const handler = new CountingHandler({
  httpAgent: new http.Agent({ keepAlive: true, maxSockets: concurrency }),
});
const queue = new PQueue({ concurrency });
const ec2 = (region: string, accountId: string) =>
  new EC2Client({
    region,
    credentials: { accessKeyId: staticAccessKeyId(accountId), secretAccessKey },
    requestHandler: handler,
    cacheMiddleware: true,
  });
const call = <T>(run: () => Promise<T>) => queue.add(run) as Promise<T>;

async function scanRegion(client: EC2Client): Promise<number> {
  const [, interfaces, , routeTables, rules] = await Promise.all([
    call(() => describeAddresses(client)),
    call(() => describeNetworkInterfaces(client)),
    call(() => describeSubnets(client)),
    call(() => describeRouteTables(client)),
    call(() => describeSecurityGroupRules(client)),
    call(() => describeVpnConnections(client)),
  ]);
  const ids = referencedPrefixListIds(rules, routeTables);
  await Promise.all(ids.map((id) => call(() => getManagedPrefixListEntries(client, id))));
  return interfaces.length;
}

const started = process.cpuUsage();
const management = new OrganizationsClient({
  region: home,
  requestHandler: handler,
  cacheMiddleware: true,
});
const accounts = await listAccounts(management);
const counts = await Promise.all(
  accounts.map(async ({ Id }) => {
    const accountId = Id ?? '';
    const regions = await call(() => describeRegions(ec2(home, accountId)));
    const perRegion = await Promise.all(regions.map((r) => scanRegion(ec2(r, accountId))));
    return perRegion.reduce((a, b) => a + b, 0);
  }),
);
const cpu = process.cpuUsage(started);
const result: FloorResult = {
  calls,
  enis: counts.reduce((a, b) => a + b, 0),
  callsCpuS: (cpu.user + cpu.system) / 1e6,
  startupCpuS: (startupCpu.user + startupCpu.system) / 1e6,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
handler.destroy();
