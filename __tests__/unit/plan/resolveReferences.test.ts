import { describe, expect, it } from 'vitest';
import { parseModuleAddress } from '../../../src/plan/moduleAddress.js';
import { PlanIndex } from '../../../src/plan/planIndex.js';
import { resolveReferences } from '../../../src/plan/resolveReferences.js';
import type { TerraformPlan } from '../../../src/plan/terraformPlan.js';
import { parseTraversal } from '../../../src/plan/traversal.js';

describe('parseTraversal', () => {
  it.each([
    ['aws_subnet.public', [{ name: 'aws_subnet' }, { name: 'public' }]],
    [
      'aws_subnet.public[0].id',
      [{ name: 'aws_subnet' }, { name: 'public' }, { key: 0 }, { name: 'id' }],
    ],
    [
      'module.app["blue"].out',
      [{ name: 'module' }, { name: 'app' }, { key: 'blue' }, { name: 'out' }],
    ],
    ['module.app["a.b[c]\\"d"]', [{ name: 'module' }, { name: 'app' }, { key: 'a.b[c]"d' }]],
    ['data.aws_subnet.shared-1', [{ name: 'data' }, { name: 'aws_subnet' }, { name: 'shared-1' }]],
  ])('%s', (text, steps) => {
    expect(parseTraversal(text)).toEqual(steps);
  });

  it.each(['', 'aws_subnet.', 'a[', 'a[x]', 'a["x"', '0abc', 'a b'])('refuses %j', (text) => {
    expect(parseTraversal(text)).toBeUndefined();
  });
});

describe('parseModuleAddress', () => {
  it.each([
    ['', []],
    ['module.net', [{ call: 'net' }]],
    [
      'module.app["blue"].module.eip[0]',
      [
        { call: 'app', key: 'blue' },
        { call: 'eip', key: 0 },
      ],
    ],
  ])('%j', (address, calls) => {
    expect(parseModuleAddress(address)).toEqual(calls);
  });

  it.each(['aws_eip.a', 'module', 'module.a.b'])('refuses %j', (address) => {
    expect(parseModuleAddress(address)).toBeUndefined();
  });
});

/** Subnets a.b in the root (count 2) and in module.net (two for_each instances of it). */
function fixturePlan(): TerraformPlan {
  const subnet = (module: string | undefined, index: number) => ({
    address: `${module ? `${module}.` : ''}aws_subnet.a[${index}]`,
    ...(module ? { module_address: module } : {}),
    mode: 'managed' as const,
    type: 'aws_subnet',
    name: 'a',
    index,
    change: { actions: ['create'], before: null, after: {}, after_unknown: { id: true } },
  });
  return {
    format_version: '1.2',
    planned_values: {},
    resource_changes: [
      subnet(undefined, 0),
      subnet(undefined, 1),
      subnet('module.net["x"]', 0),
      subnet('module.net["y"]', 0),
      {
        ...subnet(undefined, 9),
        address: 'aws_subnet.gone',
        name: 'gone',
        index: undefined,
        change: { actions: ['delete'], before: {} },
      },
    ],
    configuration: {
      root_module: {
        module_calls: {
          net: {
            for_each_expression: { references: ['var.nets'] },
            module: {
              outputs: {
                id: {
                  expression: {
                    references: ['aws_subnet.a[0].id', 'aws_subnet.a[0]', 'aws_subnet.a'],
                  },
                },
              },
            },
          },
          app: {
            expressions: {
              subnet: { references: ['module.net["y"].id', 'module.net["y"]', 'module.net'] },
            },
            module: {},
          },
        },
      },
    },
  };
}

describe('resolveReferences', () => {
  const index = new PlanIndex(fixturePlan());
  const resolve = (module: string, refs: string[]) => {
    const { instances, complete } = resolveReferences(index, module, refs);
    return { addresses: instances.map((i) => i.address), complete };
  };

  it.each<[string, string, string[], { addresses: string[]; complete: boolean }]>([
    [
      'a keyed reference names one instance',
      '',
      ['aws_subnet.a[1].id', 'aws_subnet.a[1]', 'aws_subnet.a'],
      { addresses: ['aws_subnet.a[1]'], complete: true },
    ],
    [
      'an unkeyed one (a splat, count.index) names them all',
      '',
      ['aws_subnet.a', 'count.index'],
      { addresses: ['aws_subnet.a[0]', 'aws_subnet.a[1]'], complete: true },
    ],
    [
      'a module output, in each module instance',
      '',
      ['module.net.id', 'module.net'],
      {
        addresses: ['module.net["x"].aws_subnet.a[0]', 'module.net["y"].aws_subnet.a[0]'],
        complete: true,
      },
    ],
    [
      'a keyed module instance output',
      '',
      ['module.net["x"].id', 'module.net["x"]', 'module.net'],
      { addresses: ['module.net["x"].aws_subnet.a[0]'], complete: true },
    ],
    [
      'an input variable, through the calling module',
      'module.app',
      ['var.subnet'],
      { addresses: ['module.net["y"].aws_subnet.a[0]'], complete: true },
    ],
    [
      'a root variable is a given value, no resource',
      '',
      ['var.subnet_id'],
      { addresses: [], complete: true },
    ],
    [
      'a local value cannot be followed',
      '',
      ['local.subnet_id'],
      { addresses: [], complete: false },
    ],
    ['nor each.value', '', ['each.value'], { addresses: [], complete: false }],
    [
      'each.key only selects',
      '',
      ['aws_subnet.a', 'each.key'],
      { addresses: ['aws_subnet.a[0]', 'aws_subnet.a[1]'], complete: true },
    ],
    [
      'a resource with no instance after the plan',
      '',
      ['aws_subnet.gone.id', 'aws_subnet.gone'],
      { addresses: [], complete: false },
    ],
    [
      'a module output the configuration does not have',
      '',
      ['module.net.nothing', 'module.net'],
      { addresses: [], complete: false },
    ],
  ])('%s', (_, module, refs, expected) => {
    expect(resolve(module, refs)).toEqual(expected);
  });
});
