// Runs the AWS stand-in as a process (the demo, e2e tests):
//   node --import tsx test-support/aws/serve.ts [--fixture sample|demo|reconcile] [--latency-ms N] [--page-size N]
//     [--hang ACCOUNT/REGION/ACTION ...]   (never answer matching requests; '*' matches any)
// Prints one JSON line {"url", "env"} on stdout, then serves until SIGTERM or SIGINT.
import { parseArgs } from 'node:util';
import type { HangRule } from './faultInjector.js';
import type { OrgFixture } from './fixture.js';
import { demoOrg } from './demoOrg.js';
import { reconcileOrg } from './reconcileOrg.js';
import { sampleOrg } from './sampleOrg.js';
import { startAwsStandIn } from './startAwsStandIn.js';

// demo and reconcile on the wall clock: IPAM sampled an hour ago, the bill runs to yesterday.
const FIXTURES: Record<string, () => OrgFixture> = {
  sample: sampleOrg,
  demo: () => demoOrg(new Date()),
  reconcile: () => reconcileOrg(new Date()),
};

function nonNegative(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${flag}: expected a whole number, got '${value}'`);
  return n;
}

const { values } = parseArgs({
  options: {
    fixture: { type: 'string', default: 'sample' },
    'latency-ms': { type: 'string' },
    'page-size': { type: 'string' },
    hang: { type: 'string', multiple: true },
  },
});

/** `111111111111/eu-west-1/*` -> { account: '111111111111', region: 'eu-west-1' }. */
function hangRule(spec: string): HangRule {
  const parts = spec.split('/');
  if (parts.length !== 3) throw new Error(`--hang: expected ACCOUNT/REGION/ACTION, got '${spec}'`);
  const [account, region, action] = parts.map((p) => (p === '*' || p === '' ? undefined : p));
  return {
    ...(account ? { account } : {}),
    ...(region ? { region } : {}),
    ...(action ? { action } : {}),
  };
}

const makeFixture = FIXTURES[values.fixture];
if (!makeFixture) {
  throw new Error(
    `--fixture: unknown fixture '${values.fixture}' (known: ${Object.keys(FIXTURES).join(', ')})`,
  );
}
const latencyMs = nonNegative('latency-ms', values['latency-ms']);
const pageSize = nonNegative('page-size', values['page-size']);

const standIn = await startAwsStandIn({
  fixture: makeFixture(),
  ...(latencyMs !== undefined ? { latencyMs } : {}),
  ...(pageSize !== undefined ? { pageSize } : {}),
  ...(values.hang ? { faults: { hang: values.hang.map(hangRule) } } : {}),
});
process.stdout.write(`${JSON.stringify({ url: standIn.url, env: standIn.env })}\n`);

const stop = () => {
  void standIn.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
