// aws_instance: one public IPv4 address when its primary network interface gets one at launch:
// `associate_public_ip_address` when set, else what its launch template says, else its subnet's
// `map_public_ip_on_launch` (a default subnet when it names none). An instance that launches with
// an existing network interface as its primary gets none ("can only be assigned to a new network
// interface"). An Elastic IP the plan associates with it replaces that address (counted with the
// aws_eip). Before the change, its state's `public_ip` says whether it had one.
import { asBoolean, asString, attribute } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import { hasAfter } from '../planIndex.js';
import { TEMPLATE_PATHS, TEMPLATE_TYPES } from '../planLinks.js';
import {
  addresses,
  dependency,
  flag,
  isBlockConfigured,
  isConfigured,
  KNOWN_AFTER_APPLY,
  NONE,
  sideOf,
  unknownHere,
  type AddressRule,
  type RuleInput,
  type SideAddresses,
} from './addressRule.js';
import { noInternetRoute, subnetsOf } from './internetRoute.js';
import { templateDecision } from './launchTemplate.js';
import { subnetAutoAssign } from './subnetAutoAssign.js';

export const instance: AddressRule = (input) => {
  if (input.side === 'before') return before(input);
  const launched = atLaunch(input);
  if (launched.count === 0) return launched;
  const eips = input.links.instanceEips.get(input.instance.address) ?? [];
  if (eips.length === 0) {
    return { ...launched, flags: [...launched.flags, ...noInternetRoute(input, subnetsOf(input))] };
  }
  return {
    ...launched,
    count: 0,
    flags: [
      ...launched.flags,
      flag(
        'counted-elsewhere',
        `its automatic public IPv4 address gives way to ${eips.join(', ')}, counted there`,
      ),
    ],
  };
};

function atLaunch(input: RuleInput): SideAddresses {
  for (const name of ['network_interface', 'primary_network_interface']) {
    const attached = attribute(input.view, name);
    const known = attached.known && Array.isArray(attached.value) && attached.value.length > 0;
    if (known || (!attached.known && isBlockConfigured(input, name))) return NONE;
  }
  const associate = attribute(input.view, 'associate_public_ip_address');
  if (associate.known && asBoolean(associate.value) !== undefined) {
    return addresses(asBoolean(associate.value) ? 1 : 0);
  }
  if (!associate.known && isConfigured(input, 'associate_public_ip_address')) {
    return addresses(0, { dependsOn: [unknownHere(input, 'associate_public_ip_address')] });
  }
  if (isBlockConfigured(input, 'launch_template') && input.hasConfig) {
    const fromTemplate = templateAddresses(input);
    if (fromTemplate !== undefined) return fromTemplate;
  }
  return fromSubnet(input);
}

function fromSubnet(input: RuleInput): SideAddresses {
  const subnet = subnetAutoAssign(input, ['subnet_id']);
  if ('dependsOn' in subnet) return addresses(0, { dependsOn: [subnet.dependsOn] });
  return addresses(subnet.assigns ? 1 : 0, { flags: subnet.flags });
}

/** What the launch template decides; undefined when it leaves it to the subnet. */
function templateAddresses(input: RuleInput): SideAddresses | undefined {
  const linked = linkedInstances(input, TEMPLATE_PATHS, TEMPLATE_TYPES);
  const template = linked.instances[0];
  const view = template && sideOf(input, template);
  if (!linked.complete || linked.instances.length !== 1 || !template || !view) {
    const reason = linked.outside.length > 0 ? 'not in this plan' : KNOWN_AFTER_APPLY;
    return addresses(0, {
      dependsOn: [
        dependency(linked.outside[0] ?? input.instance.address, 'launch_template', reason),
      ],
    });
  }
  const decision = templateDecision(template, view);
  if (decision === 'subnet-decides') return undefined;
  if (typeof decision !== 'string') return addresses(0, { dependsOn: [decision] });
  return addresses(decision === 'assigns' ? 1 : 0);
}

/**
 * Before: the address it has now, unless that address is an Elastic IP (counted with the Elastic
 * IP, which outlives the instance unless the plan releases it too).
 */
function before(input: RuleInput): SideAddresses {
  const publicIp = attribute(input.view, 'public_ip');
  const address = publicIp.known ? asString(publicIp.value) : undefined;
  if (address === undefined) {
    // A state without public_ip: what it asked for at launch.
    const associate = attribute(input.view, 'associate_public_ip_address');
    const asked = associate.known && asBoolean(associate.value) === true;
    return addresses(publicIp.known && publicIp.value === null && asked ? 1 : 0);
  }
  const eips = input.index.findById('aws_eip', address);
  if (eips.length === 0) return addresses(1);
  const kept = eips.filter((eip) => hasAfter(eip.change)).map((eip) => eip.address);
  if (kept.length === 0) return NONE;
  return {
    ...NONE,
    flags: [
      flag(
        'eip-stays',
        `its Elastic IP ${kept.join(', ')} stays allocated, and billed, unless released`,
      ),
    ],
  };
}
