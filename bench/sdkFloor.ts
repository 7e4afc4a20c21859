// The SDK's floor (issue 24): what the scan's EC2 calls cost with the AWS SDK alone, so the CLI's
// figures can be read against what no change of ours can go below. It collects every
// account-region as the scan does (collectRegion, through the scan's call queue), with the SDK's
// cheapest set-up (one shared keep-alive handler, middleware resolved once per command type),
// and nothing else:
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
import { describeRegions } from '../src/collect/describeRegions.js';
import { listAccounts } from '../src/collect/listAccounts.js';
import { limitHeapGrowth } from '../src/common/heapGrowth.js';
import { CallQueue, Priority } from '../src/scan/callQueue.js';
import { collectRegion } from '../src/scan/collectRegion.js';
import { ErrorLog } from '../src/scan/errorLog.js';
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
let requests = 0;
/** Counts the requests it sends (no retries here: the stand-in injects no faults). */
class CountingHandler extends NodeHttpHandler {
  override handle(...args: Parameters<NodeHttpHandler['handle']>) {
    requests++;
    return super.handle(...args);
  }
}
const handler = new CountingHandler({
  httpAgent: new http.Agent({ keepAlive: true, maxSockets: concurrency }),
});
// A failed call would make the floor cheaper than the scan: every one is printed and counted.
const errors = new ErrorLog({
  info: () => {},
  warning: (message) => process.stderr.write(`${message}\n`),
  debug: () => {},
});
const queue = new CallQueue(concurrency, errors);
const ec2 = (region: string, accountId: string) =>
  new EC2Client({
    region,
    credentials: { accessKeyId: staticAccessKeyId(accountId), secretAccessKey },
    requestHandler: handler,
    cacheMiddleware: true,
  });
async function scanRegion(accountId: string, region: string): Promise<number> {
  const target = { accountId, region };
  const { inventory } = await collectRegion(ec2(region, accountId), target, queue);
  return inventory.networkInterfaces?.length ?? 0;
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
    const regions = await queue.run(
      { accountId, region: home },
      'ec2:DescribeRegions',
      () => describeRegions(ec2(home, accountId)),
      Priority.account,
    );
    const perRegion = await Promise.all((regions ?? []).map((r) => scanRegion(accountId, r)));
    return perRegion.reduce((a, b) => a + b, 0);
  }),
);
const cpu = process.cpuUsage(started);
if (errors.count > 0) throw new Error(`${errors.count} of the floor's calls failed`);
const result: FloorResult = {
  calls: requests,
  enis: counts.reduce((a, b) => a + b, 0),
  callsCpuS: (cpu.user + cpu.system) / 1e6,
  startupCpuS: (startupCpu.user + startupCpu.system) / 1e6,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
handler.destroy();
