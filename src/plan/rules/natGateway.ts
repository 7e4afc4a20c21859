// aws_nat_gateway: a public NAT gateway's public IPv4 addresses are the Elastic IPs it is given
// (`allocation_id`, `secondary_allocation_ids`, a regional gateway's `availability_zone_address`).
// Each is counted once, with its aws_eip when the plan has it; one allocated outside the plan is
// billed already, so the gateway adds nothing. A regional gateway in automatic mode (no
// availability_zone_address) has AWS allocate an address in each zone it expands to: the plan
// cannot say how many. A private NAT gateway has none. Deleting a gateway leaves its Elastic IPs
// allocated (and billed) unless the plan releases them too.
import { asList, attribute } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import { hasAfter, type PlanInstance } from '../planIndex.js';
import type { PlanFlag } from '../types.js';
import {
  addresses,
  dependency,
  flag,
  isBlockConfigured,
  NONE,
  type AddressRule,
  type RuleInput,
} from './addressRule.js';

const EIP_PATHS = [
  ['allocation_id'],
  ['secondary_allocation_ids'],
  ['availability_zone_address', '*', 'allocation_ids'],
] as const;

export const natGateway: AddressRule = (input) => {
  const { view } = input;
  const connectivity = attribute(view, 'connectivity_type');
  if (connectivity.known && connectivity.value === 'private') return NONE;
  const mode = attribute(view, 'availability_mode');
  if (mode.known && mode.value === 'regional' && automatic(input)) {
    return addresses(0, {
      dependsOn: [
        dependency(
          input.instance.address,
          'availability_zone_address',
          'automatic mode: AWS allocates an Elastic IP in each zone the gateway expands to',
        ),
      ],
    });
  }
  const eips = linkedInstances(input, EIP_PATHS, ['aws_eip']);
  // Deleted, what matters is what happens to its Elastic IPs.
  if (input.side === 'before')
    return { ...NONE, flags: staying(input, eips.instances, eips.outside) };
  const flags: PlanFlag[] = [];
  const inPlan = eips.instances.map((e) => e.address);
  if (inPlan.length > 0) {
    flags.push(
      flag('counted-elsewhere', `uses Elastic IPs from ${inPlan.join(', ')}, counted there`),
    );
  }
  if (eips.outside.length > 0) {
    flags.push(
      flag(
        'existing-eip',
        `uses an Elastic IP allocated outside this plan (${eips.outside.join(', ')}): billed already`,
      ),
    );
  }
  return { ...NONE, flags };
};

/** A regional gateway without addresses per zone lets AWS choose them. */
function automatic(input: RuleInput): boolean {
  const zones = attribute(input.view, 'availability_zone_address');
  if (zones.known) return asList(zones.value).length === 0;
  return !isBlockConfigured(input, 'availability_zone_address');
}

/** Deleted, the gateway gives its Elastic IPs back to the account, not to AWS. */
function staying(input: RuleInput, inPlan: PlanInstance[], outside: string[]): PlanFlag[] {
  if (input.instance.change?.actions.includes('create')) return [];
  const kept = [
    ...inPlan.filter((eip) => hasAfter(eip.change)).map((eip) => eip.address),
    ...outside,
  ];
  if (kept.length === 0) return [];
  return [
    flag(
      'eip-stays',
      `its Elastic IP ${kept.join(', ')} stays allocated, and billed, unless released`,
    ),
  ];
}
