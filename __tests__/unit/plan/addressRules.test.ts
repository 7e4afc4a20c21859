// One rule per resource type, one row per documented behaviour the fixture plans do not already
// show. Each case is a small plan in the documented format and the exact row it is judged as.
import { describe, expect, it } from 'vitest';
import { planAddressChanges } from '../../../src/plan/planAddressChanges.js';
import type { TerraformPlan } from '../../../src/plan/terraformPlan.js';
import {
  change,
  config,
  constant,
  create,
  plan,
  PRICE,
  ref,
  remove,
  row,
  state,
  update,
} from './planBuilders.js';

const judge = (p: TerraformPlan) => planAddressChanges(p, PRICE).changes.map(row);

const INSTANCE = { id: 'i-0aaa', associate_public_ip_address: true, public_ip: '54.0.0.1' };
const EIP_STATE = {
  id: 'eipalloc-0aaa',
  allocation_id: 'eipalloc-0aaa',
  public_ip: '3.3.3.3',
  public_ipv4_pool: 'amazon',
};

describe('address rules', () => {
  it.each<[string, TerraformPlan, unknown[][]]>([
    [
      'aws_eip associated with a secondary private address leaves the instance its own: counted',
      plan({
        changes: [
          create(
            'aws_eip.b',
            {
              domain: 'vpc',
              instance: 'i-0aaa',
              associate_with_private_ip: '10.0.0.12',
              network_interface: null,
            },
            { public_ipv4_pool: true },
          ),
          change('aws_instance.a', ['no-op'], { before: INSTANCE, after: INSTANCE }),
        ],
        state: [state('aws_instance.a', INSTANCE)],
        config: [
          config('aws_eip.b', {
            domain: constant('vpc'),
            instance: ref('aws_instance.a.id', 'aws_instance.a'),
            associate_with_private_ip: constant('10.0.0.12'),
          }),
        ],
      }),
      [['aws_eip.b', 'create', 1, 0, '3.65', [], []]],
    ],
    [
      'aws_eip released from an instance that keeps automatic addressing: no change in number (a new address comes back)',
      plan({
        changes: [
          remove('aws_eip.b', {
            ...EIP_STATE,
            instance: 'i-0aaa',
            associate_with_private_ip: null,
          }),
          change('aws_instance.a', ['no-op'], { before: INSTANCE, after: INSTANCE }),
        ],
        state: [
          state('aws_instance.a', INSTANCE),
          state('aws_eip.b', { ...EIP_STATE, instance: 'i-0aaa' }),
        ],
      }),
      [
        [
          'aws_eip.b',
          'delete',
          0,
          0,
          '0.00',
          [],
          [
            'counted-elsewhere: replaces the automatic public IPv4 address of aws_instance.a, counted there: no change in number',
          ],
        ],
      ],
    ],
    [
      'aws_eip and its instance deleted together: one address fewer',
      plan({
        changes: [
          remove('aws_eip.b', {
            ...EIP_STATE,
            public_ip: '54.0.0.1',
            instance: 'i-0aaa',
            associate_with_private_ip: null,
          }),
          remove('aws_instance.a', INSTANCE),
        ],
      }),
      [
        ['aws_eip.b', 'delete', 0, 1, '-3.65', [], []],
        ['aws_instance.a', 'delete', 0, 0, '0.00', [], []],
      ],
    ],
    [
      'aws_instance associated (aws_eip_association) with an Elastic IP from outside the plan adds nothing',
      plan({
        changes: [
          create(
            'aws_instance.a',
            { associate_public_ip_address: true, launch_template: [] },
            { id: true, subnet_id: true },
          ),
          create(
            'aws_eip_association.a',
            {
              allocation_id: 'eipalloc-0outside',
              public_ip: null,
              associate_with_private_ip: null,
            },
            { id: true, instance_id: true },
          ),
        ],
        config: [
          config('aws_instance.a', { associate_public_ip_address: constant(true) }),
          config('aws_eip_association.a', {
            allocation_id: constant('eipalloc-0outside'),
            instance_id: ref('aws_instance.a.id', 'aws_instance.a'),
          }),
        ],
      }),
      [
        [
          'aws_instance.a',
          'create',
          0,
          0,
          '0.00',
          [],
          [
            'counted-elsewhere: its automatic public IPv4 address gives way to eipalloc-0outside, counted there',
          ],
        ],
      ],
    ],
    [
      'aws_instance without its configuration in the plan: an unknown argument waits, never counts as unset',
      plan({
        changes: [
          create(
            'aws_instance.a',
            { launch_template: [] },
            { associate_public_ip_address: true, subnet_id: true },
          ),
        ],
      }),
      [
        [
          'aws_instance.a',
          'create',
          0,
          0,
          '0.00',
          ['associate_public_ip_address of aws_instance.a (known after apply)'],
          [],
        ],
      ],
    ],
    [
      'aws_instance launched from a template outside the plan waits for it',
      plan({
        changes: [
          create(
            'aws_instance.a',
            { launch_template: [{ id: 'lt-0outside', version: '$Default' }] },
            {
              associate_public_ip_address: true,
              subnet_id: true,
              launch_template: [{ name: true }],
            },
          ),
        ],
        config: [
          config('aws_instance.a', { launch_template: [{ id: constant('lt-0outside') }] } as never),
        ],
      }),
      [
        [
          'aws_instance.a',
          'create',
          0,
          0,
          '0.00',
          ['launch_template of lt-0outside (not in this plan)'],
          [],
        ],
      ],
    ],
    [
      'aws_instance deleted with its automatic address: one fewer',
      plan({ changes: [remove('aws_instance.a', INSTANCE)] }),
      [['aws_instance.a', 'delete', 0, 1, '-3.65', [], []]],
    ],
    [
      'aws_instance deleted while stopped (no public_ip): nothing to remove',
      plan({ changes: [remove('aws_instance.a', { ...INSTANCE, public_ip: '' })] }),
      [['aws_instance.a', 'delete', 0, 0, '0.00', [], []]],
    ],
    [
      'aws_network_interface attached as a primary interface (device index 0)',
      plan({
        changes: [
          create(
            'aws_network_interface.a',
            {
              associate_public_ip_address: true,
              attachment: [{ device_index: 0, instance: 'i-0aaa' }],
            },
            { id: true },
          ),
        ],
        config: [
          config('aws_network_interface.a', { associate_public_ip_address: constant(true) }),
        ],
      }),
      [['aws_network_interface.a', 'create', 1, 0, '3.65', [], []]],
    ],
    [
      'aws_network_interface whose associate_public_ip_address is set to a value known after apply',
      plan({
        changes: [
          create(
            'aws_network_interface.a',
            { attachment: [] },
            { associate_public_ip_address: true, id: true },
          ),
        ],
        config: [
          config('aws_network_interface.a', { associate_public_ip_address: ref('var.public') }),
        ],
      }),
      [
        [
          'aws_network_interface.a',
          'create',
          0,
          0,
          '0.00',
          ['associate_public_ip_address of aws_network_interface.a (known after apply)'],
          [],
        ],
      ],
    ],
    [
      'aws_nat_gateway with secondary Elastic IPs counts none of its own',
      plan({
        changes: [
          create(
            'aws_eip.a',
            { domain: 'vpc', instance: null, network_interface: null },
            { id: true, public_ipv4_pool: true },
          ),
          create(
            'aws_nat_gateway.n',
            { allocation_id: 'eipalloc-0main', connectivity_type: 'public' },
            { id: true, secondary_allocation_ids: true },
          ),
        ],
        state: [
          state('aws_eip.main', {
            id: 'eipalloc-0main',
            allocation_id: 'eipalloc-0main',
            public_ip: '3.1.1.1',
          }),
        ],
        config: [
          config('aws_eip.a', { domain: constant('vpc') }),
          config('aws_nat_gateway.n', {
            allocation_id: constant('eipalloc-0main'),
            secondary_allocation_ids: ref('aws_eip.a.id', 'aws_eip.a'),
          }),
        ],
      }),
      [
        ['aws_eip.a', 'create', 1, 0, '3.65', [], []],
        [
          'aws_nat_gateway.n',
          'create',
          0,
          0,
          '0.00',
          [],
          ['counted-elsewhere: uses Elastic IPs from aws_eip.main, aws_eip.a, counted there'],
        ],
      ],
    ],
    [
      'aws_lb whose `internal` is set to a value known after apply',
      plan({
        changes: [
          create(
            'aws_lb.a',
            { load_balancer_type: 'application', subnets: ['subnet-1', 'subnet-2'] },
            { internal: true },
          ),
        ],
        config: [config('aws_lb.a', { internal: ref('var.internal') })],
      }),
      [['aws_lb.a', 'create', 0, 0, '0.00', ['internal of aws_lb.a (known after apply)'], []]],
    ],
    [
      'aws_lb Network Load Balancer in two subnets without Elastic IPs: one each, no scaling',
      plan({
        changes: [
          create(
            'aws_lb.a',
            { internal: false, load_balancer_type: 'network', subnets: ['subnet-1', 'subnet-2'] },
            { subnet_mapping: true },
          ),
        ],
        config: [
          config('aws_lb.a', {
            load_balancer_type: constant('network'),
            subnets: constant(['subnet-1', 'subnet-2']),
          }),
        ],
      }),
      [['aws_lb.a', 'create', 2, 0, '7.30', [], []]],
    ],
    [
      'aws_lb internal turned internet-facing (a replacement): adds its subnets',
      plan({
        changes: [
          change('aws_lb.a', ['delete', 'create'], {
            before: {
              internal: true,
              load_balancer_type: 'application',
              subnets: ['subnet-1', 'subnet-2'],
            },
            after: {
              internal: false,
              load_balancer_type: 'application',
              subnets: ['subnet-1', 'subnet-2'],
            },
          }),
        ],
      }),
      [
        [
          'aws_lb.a',
          'delete+create',
          2,
          0,
          '7.30',
          [],
          ['scales: at least: a load balancer adds addresses as it scales'],
        ],
      ],
    ],
    [
      'aws_vpn_connection whose outside_ip_address_type is known after apply',
      plan({
        changes: [
          create('aws_vpn_connection.a', { type: 'ipsec.1' }, { outside_ip_address_type: true }),
        ],
        config: [config('aws_vpn_connection.a', { outside_ip_address_type: ref('var.outside') })],
      }),
      [
        [
          'aws_vpn_connection.a',
          'create',
          0,
          0,
          '0.00',
          ['outside_ip_address_type of aws_vpn_connection.a (known after apply)'],
          [],
        ],
      ],
    ],
    [
      'aws_globalaccelerator_accelerator with both addresses from a BYOIP pool costs nothing',
      plan({
        changes: [
          create(
            'aws_globalaccelerator_accelerator.a',
            { ip_address_type: 'IPV4', ip_addresses: ['198.51.100.1', '198.51.100.2'] },
            { id: true },
          ),
        ],
      }),
      [
        [
          'aws_globalaccelerator_accelerator.a',
          'create',
          2,
          0,
          '0.00',
          [],
          ['byoip: 2 of its addresses from a BYOIP pool: not charged'],
        ],
      ],
    ],
    [
      'aws_db_instance made public',
      plan({
        changes: [
          update(
            'aws_db_instance.a',
            { publicly_accessible: false },
            { publicly_accessible: true },
          ),
        ],
      }),
      [['aws_db_instance.a', 'update', 1, 0, '3.65', [], []]],
    ],
    [
      'aws_subnet turning map_public_ip_on_launch off',
      plan({
        changes: [
          update(
            'aws_subnet.a',
            { id: 'subnet-1', map_public_ip_on_launch: true },
            { id: 'subnet-1', map_public_ip_on_launch: false },
          ),
        ],
      }),
      [
        [
          'aws_subnet.a',
          'update',
          0,
          0,
          '0.00',
          [],
          [
            'auto-assign-off: map_public_ip_on_launch off: new instances get no public IPv4 address (running ones keep theirs)',
          ],
        ],
      ],
    ],
    [
      'aws_autoscaling_group whose desired_capacity is known after apply: min_size so far',
      plan({
        changes: [
          create(
            'aws_launch_template.t',
            { network_interfaces: [{ associate_public_ip_address: 'true', device_index: 0 }] },
            { id: true },
          ),
          create(
            'aws_autoscaling_group.g',
            {
              min_size: 1,
              max_size: 1,
              launch_template: [{ version: '$Latest' }],
              vpc_zone_identifier: ['subnet-1'],
            },
            { desired_capacity: true, launch_template: [{ id: true }] },
          ),
        ],
        config: [
          config('aws_launch_template.t', {}),
          config('aws_autoscaling_group.g', {
            desired_capacity: ref('var.capacity'),
            launch_template: [{ id: ref('aws_launch_template.t.id', 'aws_launch_template.t') }],
          } as never),
        ],
      }),
      [
        [
          'aws_launch_template.t',
          'create',
          0,
          0,
          '0.00',
          [],
          [
            'counted-elsewhere: each instance launched from it gets a public IPv4 address: counted on aws_autoscaling_group.g',
          ],
        ],
        [
          'aws_autoscaling_group.g',
          'create',
          1,
          0,
          '3.65',
          ['desired_capacity of aws_autoscaling_group.g (known after apply)'],
          [],
        ],
      ],
    ],
    [
      'aws_autoscaling_group whose template leaves it to private subnets of the prior state: none',
      plan({
        changes: [
          create(
            'aws_autoscaling_group.g',
            {
              desired_capacity: 4,
              min_size: 1,
              max_size: 8,
              launch_template: [{ id: 'lt-0a', version: '$Latest' }],
              vpc_zone_identifier: ['subnet-1', 'subnet-2'],
            },
            {},
          ),
        ],
        state: [
          state('aws_launch_template.t', { id: 'lt-0a', network_interfaces: [] }),
          state('aws_subnet.one', { id: 'subnet-1', map_public_ip_on_launch: false }),
          state('aws_subnet.two', { id: 'subnet-2', map_public_ip_on_launch: false }),
        ],
      }),
      [['aws_autoscaling_group.g', 'create', 0, 0, '0.00', [], []]],
    ],
    [
      'aws_autoscaling_group scaled from 2 to 5 instances with public addresses',
      plan({
        changes: [
          update(
            'aws_autoscaling_group.g',
            {
              desired_capacity: 2,
              max_size: 5,
              launch_template: [{ id: 'lt-0a' }],
              vpc_zone_identifier: ['subnet-1'],
            },
            {
              desired_capacity: 5,
              max_size: 5,
              launch_template: [{ id: 'lt-0a' }],
              vpc_zone_identifier: ['subnet-1'],
            },
          ),
        ],
        state: [
          state('aws_launch_template.t', {
            id: 'lt-0a',
            network_interfaces: [{ associate_public_ip_address: 'true', device_index: 0 }],
          }),
        ],
      }),
      [['aws_autoscaling_group.g', 'update', 3, 0, '10.95', [], []]],
    ],
    [
      'a replacement that also forgets the old object: the new one is added, the old one stays',
      plan({
        changes: [
          change('aws_eip.a', ['create', 'forget'], {
            before: EIP_STATE,
            after: { domain: 'vpc', instance: 'i-0x', network_interface: null },
            unknown: { id: true, public_ipv4_pool: true },
          }),
        ],
        config: [config('aws_eip.a', { domain: constant('vpc'), instance: constant('i-0x') })],
      }),
      [
        [
          'aws_eip.a',
          'create+forget',
          1,
          0,
          '3.65',
          [],
          [
            'forgotten: Terraform forgets it without destroying it: its public IPv4 addresses stay, and stay billed',
          ],
        ],
      ],
    ],
    [
      "no flag when a route of the subnet's table goes to a gateway the plan cannot name",
      plan({
        changes: [
          create(
            'aws_instance.a',
            { associate_public_ip_address: true, subnet_id: 'subnet-1', launch_template: [] },
            { id: true },
          ),
          create(
            'aws_route_table.t',
            { route: [{ cidr_block: '0.0.0.0/0' }] },
            { id: true, route: [{ gateway_id: true }] },
          ),
          create(
            'aws_route_table_association.a',
            { subnet_id: 'subnet-1' },
            { route_table_id: true },
          ),
        ],
        state: [state('aws_subnet.s', { id: 'subnet-1', map_public_ip_on_launch: false })],
        config: [
          config('aws_instance.a', { associate_public_ip_address: constant(true) }),
          config('aws_route_table.t', { route: [{ gateway_id: ref('local.gateway') }] } as never),
          config('aws_route_table_association.a', {
            route_table_id: ref('aws_route_table.t.id', 'aws_route_table.t'),
          }),
        ],
      }),
      [['aws_instance.a', 'create', 1, 0, '3.65', [], []]],
    ],
    [
      "no flag when an association cannot be placed (it may be this subnet's)",
      plan({
        changes: [
          create(
            'aws_instance.a',
            { associate_public_ip_address: true, subnet_id: 'subnet-1', launch_template: [] },
            { id: true },
          ),
          create('aws_route_table.t', { route: [] }, { id: true }),
          create('aws_route_table_association.a', { route_table_id: 'rtb-1' }, { subnet_id: true }),
          create(
            'aws_route_table_association.b',
            { subnet_id: 'subnet-1' },
            { route_table_id: true },
          ),
        ],
        state: [state('aws_subnet.s', { id: 'subnet-1', map_public_ip_on_launch: false })],
        config: [
          config('aws_instance.a', { associate_public_ip_address: constant(true) }),
          config('aws_route_table.t', { route: constant([]) }),
          config('aws_route_table_association.a', { subnet_id: ref('local.subnet') }),
          config('aws_route_table_association.b', {
            route_table_id: ref('aws_route_table.t.id', 'aws_route_table.t'),
          }),
        ],
      }),
      [['aws_instance.a', 'create', 1, 0, '3.65', [], []]],
    ],
    [
      'no-op changes and data sources read during apply are not judged',
      plan({
        changes: [
          change('aws_eip.a', ['no-op'], { before: EIP_STATE, after: EIP_STATE }),
          {
            ...create('aws_subnet.a', { map_public_ip_on_launch: true }),
            mode: 'data',
            change: {
              actions: ['read'],
              before: null,
              after: {},
              after_unknown: { map_public_ip_on_launch: true },
            },
          },
        ],
      }),
      [],
    ],
  ])('%s', (_, p, rows) => {
    expect(judge(p)).toEqual(rows);
  });

  it('prices with the price it is given: per address-hour x 730 hours', () => {
    const p = plan({
      changes: [
        create(
          'aws_eip.a',
          { domain: 'vpc', instance: 'i-0x', network_interface: null },
          { public_ipv4_pool: true },
        ),
      ],
    });
    const { changes, totals } = planAddressChanges(p, { pricePerIpHour: 0.01 });
    expect(changes[0]?.monthlyChangeUsd).toBeCloseTo(7.3, 10);
    expect(totals.monthlyChangeUsd).toBeCloseTo(7.3, 10);
  });
});
