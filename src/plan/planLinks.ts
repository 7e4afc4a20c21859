// Facts that join two resources, computed once per plan for the rules: which Elastic IPs
// something in the plan uses (so a NAT gateway's address is counted once, with its aws_eip, and an
// idle one is flagged), which instances get an Elastic IP (which replaces their automatic address),
// which launch templates an Auto Scaling group or an instance launches from, and which route table
// a subnet uses (routeLinks.ts).
import { asString, attribute, type ValueView } from './attributes.js';
import { linkedInstances, type ArgumentPath, type Linked } from './linkedInstances.js';
import type { PlanIndex, PlanInstance } from './planIndex.js';
import { addRouteLinks, emptyRouteLinks, type RouteLinks } from './routeLinks.js';

/** Where each type names the Elastic IPs it uses, by allocation id or address. */
const EIP_USERS: Record<string, readonly ArgumentPath[]> = {
  aws_eip_association: [['allocation_id'], ['public_ip']],
  aws_nat_gateway: [
    ['allocation_id'],
    ['secondary_allocation_ids'],
    ['availability_zone_address', '*', 'allocation_ids'],
  ],
  aws_lb: [['subnet_mapping', '*', 'allocation_id']],
  aws_alb: [['subnet_mapping', '*', 'allocation_id']],
  aws_globalaccelerator_endpoint_group: [['endpoint_configuration', '*', 'endpoint_id']],
};

/** A mixed instances policy's launch template specifications: the policy's own, each override's. */
const MIXED_SPECIFICATIONS: readonly ArgumentPath[] = [
  ['mixed_instances_policy', '*', 'launch_template', '*'],
  ['mixed_instances_policy', '*', 'launch_template', '*', 'override', '*'],
].map((at) => [...at, 'launch_template_specification', '*']);

/** Where an Auto Scaling group or an instance names its launch template or configuration. */
export const TEMPLATE_PATHS: readonly ArgumentPath[] = [
  ['launch_template', '*', 'id'],
  ['launch_template', '*', 'name'],
  ...MIXED_SPECIFICATIONS.flatMap((specification) => [
    [...specification, 'launch_template_id'],
    [...specification, 'launch_template_name'],
  ]),
  ['launch_configuration'],
];
export const TEMPLATE_TYPES = ['aws_launch_template', 'aws_launch_configuration'] as const;

export interface PlanLinks {
  /** Elastic IP address -> the resources that use it, after this plan. */
  eipUsers: Map<string, string[]>;
  /** False when some resource uses an Elastic IP the plan cannot name yet. */
  eipUsersComplete: boolean;
  /** Instance address -> the Elastic IPs associated with its primary private address. */
  instanceEips: Map<string, string[]>;
  /** Elastic IP address -> the instances whose primary private address it is associated with. */
  eipInstances: Map<string, string[]>;
  /** Launch template or configuration address -> the groups and instances launched from it. */
  templateUsers: Map<string, string[]>;
  /** Which route table each subnet uses, and the internet routes aws_route resources add. */
  routes: RouteLinks;
}

/** Every instance that exists after the plan, with its view and configuration. */
function linkSources(index: PlanIndex, instances: Iterable<PlanInstance>) {
  return [...instances].flatMap((instance) => {
    const view = index.after(instance);
    if (view === undefined || instance.mode !== 'managed') return [];
    const expressions = index.configResource(instance)?.expressions;
    return [{ index, instance, view, expressions }];
  });
}

function add(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function planLinks(index: PlanIndex, instances: Iterable<PlanInstance>): PlanLinks {
  const links: PlanLinks = {
    eipUsers: new Map(),
    eipUsersComplete: true,
    instanceEips: new Map(),
    eipInstances: new Map(),
    templateUsers: new Map(),
    routes: emptyRouteLinks(),
  };
  for (const source of linkSources(index, instances)) {
    const { instance } = source;
    const eipPaths = EIP_USERS[instance.type];
    if (eipPaths !== undefined) {
      const used = linkedInstances(source, eipPaths, ['aws_eip']);
      if (!used.complete) links.eipUsersComplete = false;
      for (const eip of used.instances) add(links.eipUsers, eip.address, instance.address);
    }
    if (instance.type === 'aws_eip' || instance.type === 'aws_eip_association') {
      linkInstanceEips(source, links);
    }
    addRouteLinks(links.routes, source);
    if (launchesFromTemplate(source)) {
      const templates = linkedInstances(source, TEMPLATE_PATHS, TEMPLATE_TYPES);
      for (const t of templates.instances) add(links.templateUsers, t.address, instance.address);
    }
  }
  return links;
}

/** An Auto Scaling group, or an instance that names a launch template. */
function launchesFromTemplate(source: {
  instance: PlanInstance;
  view: ValueView;
  expressions: unknown;
}) {
  if (source.instance.type === 'aws_autoscaling_group') return true;
  if (source.instance.type !== 'aws_instance') return false;
  const template = attribute(source.view, 'launch_template');
  const named = !template.known || (Array.isArray(template.value) && template.value.length > 0);
  const configured = (source.expressions as { launch_template?: unknown } | undefined)
    ?.launch_template;
  return named || configured !== undefined;
}

/**
 * An Elastic IP associated with an instance's primary private address replaces the address the
 * instance got at launch (AWS releases it). One associated with another private address does not.
 */
function linkInstanceEips(source: Parameters<typeof linkedInstances>[0], links: PlanLinks): void {
  const { view, instance } = source;
  const privateIp = attribute(view, 'associate_with_private_ip');
  const privateIpSet =
    (privateIp.known && asString(privateIp.value) !== undefined) ||
    (!privateIp.known && source.expressions?.associate_with_private_ip !== undefined);
  if (privateIpSet) return;
  const instancePath = instance.type === 'aws_eip' ? 'instance' : 'instance_id';
  const targets: Linked = linkedInstances(source, [[instancePath]], ['aws_instance']);
  let eips = [instance.address];
  if (instance.type === 'aws_eip_association') {
    // An Elastic IP allocated outside the plan is named by its id.
    const used = linkedInstances(source, EIP_USERS.aws_eip_association ?? [], ['aws_eip']);
    eips = [...used.instances.map((e) => e.address), ...used.outside];
  }
  for (const target of targets.instances) {
    for (const eip of eips) {
      add(links.instanceEips, target.address, eip);
      add(links.eipInstances, eip, target.address);
    }
  }
}
