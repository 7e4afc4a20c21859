// Whether a new instance gets a public IPv4 address from its subnet: `map_public_ip_on_launch`
// of the subnet it launches in ("Indicates whether instances launched in this subnet receive a
// public IPv4 address"). The subnet is found by its id (in the plan's changes or its prior state,
// data sources included) or, when the id is known only after apply because the subnet is created
// in the same plan, through the configuration's references. No subnet at all means a default
// subnet, which assigns one ("If launching into a default subnet, the default value is true").
import { asBoolean, attribute, type PathStep } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import type { PlanInstance } from '../planIndex.js';
import type { PlanDependency, PlanFlag } from '../types.js';
import {
  dependency,
  flag,
  isConfigured,
  KNOWN_AFTER_APPLY,
  NOT_IN_PLAN,
  pathText,
  sideOf,
  type RuleInput,
} from './addressRule.js';

export type AutoAssign = { assigns: boolean; flags: PlanFlag[] } | { dependsOn: PlanDependency };

const DEFAULT_SUBNET = flag(
  'default-subnet',
  'no subnet given: it launches in a default subnet, which assigns a public IPv4 address',
);

/** The decision of the subnets at `path` (one id, or a list of them: an Auto Scaling group's). */
export function subnetAutoAssign(input: RuleInput, path: PathStep[]): AutoAssign {
  const ids = attribute(input.view, ...path);
  const configured = isConfigured(input, ...path);
  const empty =
    ids.known && (ids.value === null || (Array.isArray(ids.value) && ids.value.length === 0));
  if ((ids.known && empty) || (!ids.known && !configured)) {
    return { assigns: true, flags: [DEFAULT_SUBNET] };
  }
  const linked = linkedInstances(input, [path.map(String)], ['aws_subnet']);
  if (!linked.complete) {
    return { dependsOn: dependency(input.instance.address, pathText(path), KNOWN_AFTER_APPLY) };
  }
  const outside = linked.outside[0];
  if (outside !== undefined) {
    return { dependsOn: dependency(outside, 'map_public_ip_on_launch', NOT_IN_PLAN) };
  }
  const decisions = linked.instances.map((subnet) => subnetDecision(input, subnet));
  const waiting = decisions.find((d) => 'dependsOn' in d);
  if (waiting !== undefined) return waiting;
  const assigns = new Set(decisions.map((d) => 'assigns' in d && d.assigns));
  if (assigns.size > 1) {
    return {
      dependsOn: dependency(
        input.instance.address,
        pathText(path),
        'its subnets differ in map_public_ip_on_launch',
      ),
    };
  }
  return { assigns: assigns.has(true), flags: [] };
}

function subnetDecision(input: RuleInput, subnet: PlanInstance): AutoAssign {
  const view = sideOf(input, subnet);
  if (view === undefined) {
    return { dependsOn: dependency(subnet.address, 'map_public_ip_on_launch', NOT_IN_PLAN) };
  }
  const map = attribute(view, 'map_public_ip_on_launch');
  if (!map.known) {
    return { dependsOn: dependency(subnet.address, 'map_public_ip_on_launch', KNOWN_AFTER_APPLY) };
  }
  return { assigns: asBoolean(map.value) === true, flags: [] };
}
