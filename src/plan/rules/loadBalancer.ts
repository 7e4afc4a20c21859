// aws_lb / aws_alb: an internet-facing Application or Network Load Balancer has a public IPv4
// address in each subnet (zone) it is in, at least: an Application Load Balancer adds more as it
// scales. A Network Load Balancer's subnet given an Elastic IP (`subnet_mapping.allocation_id`)
// uses that address, counted with the Elastic IP. Internal load balancers, Gateway Load Balancers
// and `dualstack-without-public-ipv4` have none. `internal` unset means internet-facing, AWS's
// default. aws_elb (Classic): internet-facing, one per subnet or zone, at least.
import { asBoolean, asList, attribute, type ValueView } from '../attributes.js';
import type { PlanDependency, PlanFlag } from '../types.js';
import {
  addresses,
  flag,
  isBlockConfigured,
  isConfigured,
  NONE,
  unknownHere,
  type AddressRule,
  type RuleInput,
} from './addressRule.js';

const SCALES = flag('scales', 'at least: a load balancer adds addresses as it scales');
const EIP_MAPPINGS = flag(
  'counted-elsewhere',
  'its subnets with an Elastic IP (subnet_mapping.allocation_id) use that address, counted with it',
);

export const loadBalancer: AddressRule = (input) => {
  const { view } = input;
  const facing = internetFacing(input);
  if (facing !== true) return facing === false ? NONE : addresses(0, { dependsOn: [facing] });
  const type = input.instance.type === 'aws_elb' ? 'classic' : lbType(view);
  if (type === 'gateway') return NONE;
  const ipType = attribute(view, 'ip_address_type');
  if (ipType.known && ipType.value === 'dualstack-without-public-ipv4') return NONE;
  const scales = type === 'network' ? [] : [SCALES];
  const zones = zoneCount(input, type === 'network');
  if ('dependsOn' in zones) {
    // What is known so far: an ALB needs two zones, the others one.
    const least = type === 'application' ? 2 : 1;
    return addresses(least, { dependsOn: [zones.dependsOn], flags: scales });
  }
  return addresses(zones.count, { flags: [...zones.flags, ...scales] });
};

function lbType(view: ValueView): string {
  const type = attribute(view, 'load_balancer_type');
  return type.known && typeof type.value === 'string' ? type.value : 'application';
}

function internetFacing(input: RuleInput): boolean | PlanDependency {
  const internal = attribute(input.view, 'internal');
  if (internal.known) return asBoolean(internal.value) !== true;
  if (!isConfigured(input, 'internal')) return true;
  return unknownHere(input, 'internal');
}

const ZONE_ARGUMENTS = ['subnet_mapping', 'subnets', 'availability_zones'];

/** Subnets (zones) in which the load balancer holds an address of its own. */
function zoneCount(
  input: RuleInput,
  network: boolean,
): { count: number; flags: PlanFlag[] } | { dependsOn: PlanDependency } {
  const { view } = input;
  for (const name of ZONE_ARGUMENTS) {
    const value = attribute(view, name);
    const list = value.known ? asList(value.value) : [];
    if (list.length === 0) continue;
    if (name !== 'subnet_mapping' || !network) return { count: list.length, flags: [] };
    const own = list.filter((_, i) => !usesElasticIp(input, i)).length;
    return { count: own, flags: own < list.length ? [EIP_MAPPINGS] : [] };
  }
  // None known: wait for the one the configuration sets (subnets are computed from mappings and
  // the other way round, so the one not set is unknown too).
  const waiting =
    ZONE_ARGUMENTS.find((name) => !attribute(view, name).known && configuredZones(input, name)) ??
    ZONE_ARGUMENTS.find((name) => !attribute(view, name).known);
  if (waiting !== undefined) return { dependsOn: unknownHere(input, waiting) };
  return { count: 0, flags: [] };
}

function configuredZones(input: RuleInput, name: string): boolean {
  return name === 'subnet_mapping' ? isBlockConfigured(input, name) : isConfigured(input, name);
}

/** Whether a Network Load Balancer's subnet mapping gives it an Elastic IP. */
function usesElasticIp(input: RuleInput, i: number): boolean {
  const eip = attribute(input.view, 'subnet_mapping', i, 'allocation_id');
  if (eip.known) return typeof eip.value === 'string' && eip.value !== '';
  const blocks = input.expressions?.subnet_mapping;
  if (!input.hasConfig || !Array.isArray(blocks)) return true;
  return blocks.some((block) => block.allocation_id !== undefined);
}
