// Launch templates and launch configurations hold no address themselves: each instance launched
// from one gets a public IPv4 address when its primary network interface asks for one
// (`associate_public_ip_address`; the template's is a nullable boolean, "true"/"false"/unset), and
// otherwise as its subnet decides. The instances are counted where the plan says how many: on the
// Auto Scaling group or the instance launched from it; a template nothing in the plan launches is
// reported "per instance".
import { asBoolean, asList, attribute, isObject, type ValueView } from '../attributes.js';
import type { PlanInstance } from '../planIndex.js';
import type { PlanDependency } from '../types.js';
import {
  dependency,
  flag,
  KNOWN_AFTER_APPLY,
  NONE,
  type AddressRule,
  type RuleInput,
} from './addressRule.js';

/** What a template says about the public address of the instances launched from it. */
export type TemplateDecision = 'assigns' | 'does-not-assign' | 'subnet-decides' | PlanDependency;

export function templateDecision(template: PlanInstance, view: ValueView): TemplateDecision {
  if (template.type === 'aws_launch_configuration') {
    const associate = attribute(view, 'associate_public_ip_address');
    if (!associate.known)
      return dependency(template.address, 'associate_public_ip_address', KNOWN_AFTER_APPLY);
    return fromBoolean(asBoolean(associate.value));
  }
  const interfaces = attribute(view, 'network_interfaces');
  if (!interfaces.known)
    return dependency(template.address, 'network_interfaces', KNOWN_AFTER_APPLY);
  const list = asList(interfaces.value);
  // AWS assigns the address to the primary interface (device index 0) only.
  const primary = list.findIndex((ni) => {
    const index = isObject(ni) ? ni.device_index : undefined;
    return index === undefined || index === null || index === 0 || index === '0';
  });
  if (primary === -1) return 'subnet-decides';
  const associate = attribute(view, 'network_interfaces', primary, 'associate_public_ip_address');
  if (!associate.known) {
    return dependency(
      template.address,
      `network_interfaces[${primary}].associate_public_ip_address`,
      KNOWN_AFTER_APPLY,
    );
  }
  return fromBoolean(asBoolean(associate.value));
}

function fromBoolean(value: boolean | undefined): TemplateDecision {
  if (value === true) return 'assigns';
  if (value === false) return 'does-not-assign';
  return 'subnet-decides';
}

/** The rule for aws_launch_template and aws_launch_configuration rows: 0, and who counts. */
export const launchTemplate: AddressRule = (input) => {
  if (input.side !== 'after') return NONE;
  const decision = templateDecision(input.instance, input.view);
  if (decision !== 'assigns') return NONE;
  const users = input.links.templateUsers.get(input.instance.address) ?? [];
  if (users.length > 0) {
    return {
      ...NONE,
      flags: [
        flag(
          'counted-elsewhere',
          `each instance launched from it gets a public IPv4 address: counted on ${users.join(', ')}`,
        ),
      ],
    };
  }
  return {
    ...NONE,
    dependsOn: [perInstance(input)],
  };
};

function perInstance(input: RuleInput): PlanDependency {
  return dependency(
    input.instance.address,
    'instances launched from it',
    'per instance: one public IPv4 address each, and nothing in this plan says how many',
  );
}
