// "In a subnet with no route to an internet gateway": an address there cannot be reached from the
// internet, which is the scan's HIGH suspicion, seen before the address exists. Said only when it
// is sure: the subnet has exactly one route table, explicitly associated in the plan or its state,
// and every route of that table is known (inline routes, which own the table's routes, or the
// routes the state read from AWS), plus the aws_route resources the plan adds to it.
import { attribute } from '../attributes.js';
import { linkedInstances } from '../linkedInstances.js';
import type { PlanInstance } from '../planIndex.js';
import { toInternetGateway } from '../routeLinks.js';
import type { PlanFlag } from '../types.js';
import { flag, sideOf, type RuleInput } from './addressRule.js';

/** The subnets an object names in `subnet_id`, when the plan can name them all. */
export function subnetsOf(input: RuleInput): PlanInstance[] {
  const linked = linkedInstances(input, [['subnet_id']], ['aws_subnet']);
  return linked.complete && linked.outside.length === 0 ? linked.instances : [];
}

export function noInternetRoute(input: RuleInput, subnets: readonly PlanInstance[]): PlanFlag[] {
  const { routes } = input.links;
  if (input.side !== 'after' || subnets.length === 0) return [];
  if (!routes.associationsComplete || !routes.routesComplete) return [];
  const isolated = subnets.flatMap((subnet) => {
    const tables = routes.subnetTables.get(subnet.address) ?? [];
    const table = tables.length === 1 ? input.index.instance(tables[0] ?? '') : undefined;
    return table && reachesInternet(input, table) === false ? [[subnet, table] as const] : [];
  });
  // Several subnets (an Auto Scaling group's): only when none of them reaches the internet.
  if (isolated.length === 0 || isolated.length !== subnets.length) return [];
  return [flag('no-internet-route', isolatedText(input, isolated))];
}

function isolatedText(
  input: RuleInput,
  isolated: (readonly [PlanInstance, PlanInstance])[],
): string {
  const [subnet, table] = isolated[0] ?? [];
  const unreachable = 'no route to an internet gateway';
  if (isolated.length > 1) {
    return `in subnets whose route tables have ${unreachable}: the addresses cannot be reached from the internet`;
  }
  if (subnet === input.instance) {
    return `its route table ${table?.address} has ${unreachable}: the addresses it assigns cannot be reached from the internet`;
  }
  return `in ${subnet?.address}, whose route table ${table?.address} has ${unreachable}: the address cannot be reached from the internet`;
}

/** Whether a route table routes to an internet gateway; undefined when the plan cannot tell. */
function reachesInternet(input: RuleInput, table: PlanInstance): boolean | undefined {
  const view = sideOf(input, table);
  const added = input.links.routes.gatewayRoutes;
  if (view === undefined) return undefined;
  if (added.get(table.address) === true) return true;
  if (!attribute(view, 'route').known) return undefined;
  const expressions = input.index.configResource(table)?.expressions;
  const source = { index: input.index, instance: table, view, expressions };
  const inline = toInternetGateway(source, ['route', '*', 'gateway_id']);
  if (inline !== false) return inline;
  // No inline route to the internet; an aws_route the plan cannot place leaves it open.
  return added.has(table.address) ? added.get(table.address) : false;
}
