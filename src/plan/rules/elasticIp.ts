// aws_eip: one public IPv4 address per instance of the resource (count and for_each instances
// are the plan's own rows). Not charged when allocated from a BYOIP pool (`public_ipv4_pool` set
// and not `amazon`); an Outposts customer-owned address is not a public AWS IPv4 address at all.
// One that takes the place of an instance's automatic address adds none (replacedAutomatic).
import { asBoolean, asString, attribute } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import {
  addresses,
  flag,
  isConfigured,
  NONE,
  sideOf,
  unknownHere,
  type AddressRule,
  type RuleInput,
  type SideAddresses,
} from './addressRule.js';

export const elasticIp: AddressRule = (input) => {
  const replaces = replacedAutomatic(input);
  if (replaces !== undefined) {
    return {
      ...NONE,
      flags: [
        flag(
          'counted-elsewhere',
          `replaces the automatic public IPv4 address of ${replaces}, counted there: no change in number`,
        ),
      ],
    };
  }
  return charged(input);
};

function charged(input: RuleInput): SideAddresses {
  const { view } = input;
  const coip = attribute(view, 'customer_owned_ipv4_pool');
  if (coip.known && asString(coip.value) !== undefined) {
    return {
      ...NONE,
      flags: [flag('customer-owned', 'a customer-owned (Outposts) address: not public AWS IPv4')],
    };
  }
  const pool = attribute(view, 'public_ipv4_pool');
  const flags = idleFlags(input);
  if (!pool.known) {
    // Unset, AWS allocates from its own pool; set to a value not known yet, the cost waits for it.
    if (!isConfigured(input, 'public_ipv4_pool')) return addresses(1, { flags });
    return addresses(1, { flags, dependsOn: [unknownHere(input, 'public_ipv4_pool')] });
  }
  const name = asString(pool.value);
  if (name === undefined || name === 'amazon') return addresses(1, { flags });
  return addresses(1, {
    free: 1,
    flags: [...flags, flag('byoip', `BYOIP pool ${name}: not charged`)],
  });
}

/**
 * An Elastic IP associated with an instance's primary private address replaces the instance's
 * automatic public address, and a new automatic one comes back when it is disassociated: the pair
 * holds one address. It is counted on the instance when the plan neither creates nor deletes the
 * instance (so adding or removing the Elastic IP changes nothing), and on the Elastic IP otherwise.
 */
function replacedAutomatic(input: RuleInput): string | undefined {
  const { index, links, instance, view, side } = input;
  const privateIp = attribute(view, 'associate_with_private_ip');
  if (!privateIp.known || asString(privateIp.value) !== undefined) return undefined;
  const targets = linkedInstances(input, [['instance']], ['aws_instance']).instances;
  const linked = side === 'after' ? (links.eipInstances.get(instance.address) ?? []) : [];
  for (const target of [...targets, ...linked.map((a) => index.instance(a))]) {
    if (target === undefined || target.type !== 'aws_instance') continue;
    const actions = target.change?.actions ?? [];
    if (actions.includes('create') || actions.includes('delete')) continue;
    const targetView = sideOf(input, target);
    const automatic = targetView && attribute(targetView, 'associate_public_ip_address');
    if (automatic?.known && asBoolean(automatic.value) === true) return target.address;
  }
  return undefined;
}

/** An Elastic IP created with nothing in the plan to associate it is billed while idle. */
function idleFlags(input: RuleInput) {
  const { links, instance, view, side } = input;
  if (side !== 'after' || !instance.change?.actions.includes('create')) return [];
  const associated = ['instance', 'network_interface'].some((name) => {
    const value = attribute(view, name);
    return !value.known || asString(value.value) !== undefined;
  });
  if (associated || !links.eipUsersComplete || links.eipUsers.has(instance.address)) return [];
  return [
    flag(
      'unassociated-eip',
      'created with nothing in this plan associating it: an idle Elastic IP is billed all the same',
    ),
  ];
}
