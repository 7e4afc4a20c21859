// The plan check at scale: a generated plan of N resource changes, read from a file and judged,
// at N, 2N and 4N, to show the time grows with the plan, not faster. The plan has the shapes that
// make the check look things up: for_each module instances whose instances reach their subnet
// through an input variable and a module output, instances keyed like the subnets they reference
// (`aws_subnet.x[each.key]`, every instance of the resource a candidate), NAT gateways that
// reference their Elastic IPs, load balancers.
//
//   npm run bench:plan -- [--resources 20000] [--sweep 1,2,4]
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { planAddressChanges } from '../src/plan/planAddressChanges.js';
import { readTerraformPlan } from '../src/plan/readTerraformPlan.js';

/** Resource changes per module instance (see moduleResources). */
const PER_MODULE = 19;
/** Instances per module instance that reference `aws_subnet.zone[each.key]`. */
const KEYED = 4;

const create = (
  address: string,
  module: string,
  type: string,
  name: string,
  after: object,
  unknown: object,
  index?: number | string,
) => ({
  address,
  module_address: module,
  mode: 'managed',
  type,
  name,
  ...(index === undefined ? {} : { index }),
  change: { actions: ['create'], before: null, after, after_unknown: unknown },
});

function moduleResources(key: string) {
  const m = `module.app["${key}"]`;
  const changes = [];
  for (let i = 0; i < 8; i += 1) {
    changes.push(
      create(
        `${m}.aws_instance.web[${i}]`,
        m,
        'aws_instance',
        'web',
        { launch_template: [] },
        { id: true, associate_public_ip_address: true, subnet_id: true },
        i,
      ),
    );
  }
  for (const zone of ['a', 'b', 'c', 'd'].slice(0, KEYED)) {
    changes.push(
      create(
        `${m}.aws_subnet.zone["${zone}"]`,
        m,
        'aws_subnet',
        'zone',
        { map_public_ip_on_launch: zone !== 'd' },
        { id: true },
        zone,
      ),
    );
    changes.push(
      create(
        `${m}.aws_instance.zonal["${zone}"]`,
        m,
        'aws_instance',
        'zonal',
        { launch_template: [] },
        { id: true, associate_public_ip_address: true, subnet_id: true },
        zone,
      ),
    );
  }
  changes.push(
    create(
      `${m}.aws_eip.nat`,
      m,
      'aws_eip',
      'nat',
      { domain: 'vpc', instance: null, network_interface: null },
      { id: true, public_ipv4_pool: true },
    ),
  );
  changes.push(
    create(
      `${m}.aws_nat_gateway.nat`,
      m,
      'aws_nat_gateway',
      'nat',
      { connectivity_type: 'public' },
      { id: true, allocation_id: true },
    ),
  );
  changes.push(
    create(
      `${m}.aws_lb.web`,
      m,
      'aws_lb',
      'web',
      { internal: false, load_balancer_type: 'application', subnets: ['subnet-1', 'subnet-2'] },
      { id: true },
    ),
  );
  return changes;
}

const ref = (...references: string[]) => ({ references });

function generatePlan(resources: number) {
  const modules = Math.max(1, Math.round(resources / PER_MODULE));
  const keys = Array.from({ length: modules }, (_, i) => `k${i}`);
  const netChange = create(
    'module.net.aws_subnet.public',
    'module.net',
    'aws_subnet',
    'public',
    { map_public_ip_on_launch: true },
    { id: true },
  );
  return {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: {} },
    resource_changes: [netChange, ...keys.flatMap(moduleResources)],
    configuration: {
      root_module: {
        module_calls: {
          net: {
            module: {
              resources: [
                {
                  address: 'aws_subnet.public',
                  mode: 'managed',
                  type: 'aws_subnet',
                  name: 'public',
                  expressions: {},
                },
              ],
              outputs: {
                subnet_id: { expression: ref('aws_subnet.public.id', 'aws_subnet.public') },
              },
            },
          },
          app: {
            for_each_expression: ref('var.apps'),
            expressions: { subnet_id: ref('module.net.subnet_id', 'module.net') },
            module: {
              resources: [
                {
                  address: 'aws_instance.web',
                  mode: 'managed',
                  type: 'aws_instance',
                  name: 'web',
                  expressions: { subnet_id: ref('var.subnet_id') },
                },
                {
                  address: 'aws_subnet.zone',
                  mode: 'managed',
                  type: 'aws_subnet',
                  name: 'zone',
                  expressions: {},
                },
                {
                  address: 'aws_instance.zonal',
                  mode: 'managed',
                  type: 'aws_instance',
                  name: 'zonal',
                  expressions: { subnet_id: ref('aws_subnet.zone', 'each.key') },
                },
                {
                  address: 'aws_eip.nat',
                  mode: 'managed',
                  type: 'aws_eip',
                  name: 'nat',
                  expressions: {},
                },
                {
                  address: 'aws_nat_gateway.nat',
                  mode: 'managed',
                  type: 'aws_nat_gateway',
                  name: 'nat',
                  expressions: { allocation_id: ref('aws_eip.nat.id', 'aws_eip.nat') },
                },
                {
                  address: 'aws_lb.web',
                  mode: 'managed',
                  type: 'aws_lb',
                  name: 'web',
                  expressions: { subnets: { constant_value: ['subnet-1', 'subnet-2'] } },
                },
              ],
            },
          },
        },
      },
    },
  };
}

async function measureOnce(resources: number, dir: string) {
  const file = path.join(dir, `plan-${resources}.json`);
  await writeFile(file, JSON.stringify(generatePlan(resources)));
  const bytes = (await stat(file)).size;
  const t0 = performance.now();
  const plan = await readTerraformPlan(file);
  const t1 = performance.now();
  const { changes, totals } = planAddressChanges(plan, { pricePerIpHour: 0.005 });
  const t2 = performance.now();
  return {
    resources: plan.resource_changes?.length ?? 0,
    judged: changes.length,
    added: totals.added,
    mb: bytes / 2 ** 20,
    readMs: t1 - t0,
    judgeMs: t2 - t1,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      resources: { type: 'string', default: '20000' },
      sweep: { type: 'string', default: '1,2,4' },
    },
  });
  const base = Number(values.resources);
  const factors = values.sweep.split(',').map(Number);
  if (!Number.isInteger(base) || base < 1 || factors.some((f) => !(f > 0))) {
    throw new Error('--resources: a whole number; --sweep: factors, e.g. 1,2,4');
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-plan-'));
  try {
    await measureOnce(base, dir); // warm-up: the first pass pays for compiling
    console.log('resources  judged  added  file MB  read ms  judge ms  µs/resource  heap MB');
    for (const factor of factors) {
      const r = await measureOnce(Math.round(base * factor), dir);
      const perResource = ((r.readMs + r.judgeMs) * 1000) / r.resources;
      console.log(
        [
          r.resources,
          r.judged,
          r.added,
          r.mb.toFixed(1),
          r.readMs.toFixed(0),
          r.judgeMs.toFixed(0),
          perResource.toFixed(1),
          r.heapMb.toFixed(0),
        ]
          .map((v, i) => String(v).padStart([9, 6, 5, 7, 7, 8, 11, 7][i] ?? 8))
          .join('  '),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
