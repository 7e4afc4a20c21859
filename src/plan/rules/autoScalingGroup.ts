// aws_autoscaling_group: one public IPv4 address per instance when its launch template (or launch
// configuration) gives instances one, or leaves it to subnets (`vpc_zone_identifier`) that do.
// How many instances: `desired_capacity` when the plan says it, else `min_size` (AWS starts a group
// at its minimum when no desired capacity is given), a lower bound flagged with `max_size`.
import { attribute, type ValueView } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import { TEMPLATE_PATHS, TEMPLATE_TYPES } from '../planLinks.js';
import type { PlanDependency, PlanFlag } from '../types.js';
import {
  addresses,
  dependency,
  flag,
  isConfigured,
  KNOWN_AFTER_APPLY,
  NOT_IN_PLAN,
  sideOf,
  unknownHere,
  type AddressRule,
  type RuleInput,
} from './addressRule.js';
import { templateDecision } from './launchTemplate.js';
import { subnetAutoAssign } from './subnetAutoAssign.js';

type Decision = { assigns: boolean; flags: PlanFlag[] } | { dependsOn: PlanDependency };

export const autoScalingGroup: AddressRule = (input) => {
  const decision = instancesAssign(input);
  const capacity = groupCapacity(input);
  if ('dependsOn' in decision) {
    return addresses(0, { dependsOn: [decision.dependsOn], flags: capacity.flags });
  }
  if (!decision.assigns) return addresses(0);
  const max = numberAt(input.view, 'max_size');
  const flags = [...decision.flags, ...capacity.flags];
  if (max !== undefined && max > capacity.count) {
    flags.push(
      flag('scales', `scaling can launch up to max_size ${max} instances, each with an address`),
    );
  }
  return addresses(capacity.count, { flags, dependsOn: capacity.dependsOn });
};

function instancesAssign(input: RuleInput): Decision {
  const templates = linkedInstances(input, TEMPLATE_PATHS, TEMPLATE_TYPES);
  const outside = templates.outside[0];
  if (outside !== undefined) {
    return { dependsOn: dependency(outside, 'associate_public_ip_address', NOT_IN_PLAN) };
  }
  if (!templates.complete || templates.instances.length === 0) {
    return { dependsOn: dependency(input.instance.address, 'launch_template', KNOWN_AFTER_APPLY) };
  }
  const decisions: Decision[] = [];
  for (const template of templates.instances) {
    const view = sideOf(input, template);
    if (view === undefined) continue;
    const decision = templateDecision(template, view);
    if (typeof decision !== 'string') return { dependsOn: decision };
    if (decision === 'subnet-decides') decisions.push(subnetDecision(input));
    else decisions.push({ assigns: decision === 'assigns', flags: [] });
  }
  const waiting = decisions.find((d) => 'dependsOn' in d);
  if (waiting !== undefined) return waiting;
  const assigns = new Set(decisions.map((d) => 'assigns' in d && d.assigns));
  if (assigns.size > 1) {
    return {
      dependsOn: dependency(
        input.instance.address,
        'launch_template',
        'its launch templates differ in associate_public_ip_address',
      ),
    };
  }
  return {
    assigns: assigns.has(true),
    flags: decisions.flatMap((d) => ('flags' in d ? d.flags : [])),
  };
}

function subnetDecision(input: RuleInput): Decision {
  return subnetAutoAssign(input, ['vpc_zone_identifier']);
}

function numberAt(view: ValueView, name: string): number | undefined {
  const value = attribute(view, name);
  return value.known && typeof value.value === 'number' ? value.value : undefined;
}

function groupCapacity(input: RuleInput): {
  count: number;
  flags: PlanFlag[];
  dependsOn: PlanDependency[];
} {
  const desired = attribute(input.view, 'desired_capacity');
  if (desired.known && typeof desired.value === 'number') {
    return { count: desired.value, flags: [], dependsOn: [] };
  }
  const min = numberAt(input.view, 'min_size') ?? 0;
  if (!desired.known && isConfigured(input, 'desired_capacity')) {
    return { count: min, flags: [], dependsOn: [unknownHere(input, 'desired_capacity')] };
  }
  return {
    count: min,
    flags: [flag('scales', `desired_capacity not set: counted at min_size ${min}`)],
    dependsOn: [],
  };
}
