// Which route table each subnet uses, and which route tables aws_route resources give a route to
// an internet gateway: what it takes to say, soundly, that a subnet has no route to the internet.
// Only explicit associations are known (a subnet without one uses its VPC's main route table,
// which the plan may not show), and only while every association's subnet and table can be named.
import { linkedInstances, type LinkSource } from './linkedInstances.js';

const ROUTE_TABLE_TYPES = ['aws_route_table', 'aws_default_route_table'];

export interface RouteLinks {
  /** Subnet address -> the route tables explicitly associated with it after the plan. */
  subnetTables: Map<string, string[]>;
  /** False when some association's subnet or route table cannot be named. */
  associationsComplete: boolean;
  /** Route table address -> whether an aws_route gives it a route to an internet gateway (undefined: cannot tell). */
  gatewayRoutes: Map<string, boolean | undefined>;
  /** False when some aws_route's route table cannot be named. */
  routesComplete: boolean;
}

export function emptyRouteLinks(): RouteLinks {
  return {
    subnetTables: new Map(),
    associationsComplete: true,
    gatewayRoutes: new Map(),
    routesComplete: true,
  };
}

/**
 * Whether a route (or any of a table's routes: `route.*.gateway_id`) goes to an internet gateway:
 * an `igw-` id, or a reference to an aws_internet_gateway. Undefined when it cannot be told.
 */
export function toInternetGateway(source: LinkSource, path: string[]): boolean | undefined {
  const linked = linkedInstances(source, [path], ['aws_internet_gateway']);
  if (linked.instances.length > 0 || linked.outside.some((id) => id.startsWith('igw-'))) {
    return true;
  }
  return linked.complete ? false : undefined;
}

export function addRouteLinks(links: RouteLinks, source: LinkSource): void {
  const { instance } = source;
  if (instance.type === 'aws_route_table_association') {
    const subnets = linkedInstances(source, [['subnet_id']], ['aws_subnet']);
    const tables = linkedInstances(source, [['route_table_id']], ROUTE_TABLE_TYPES);
    if (!subnets.complete || !tables.complete) links.associationsComplete = false;
    for (const subnet of subnets.instances) {
      const list = links.subnetTables.get(subnet.address) ?? [];
      list.push(...tables.instances.map((t) => t.address), ...tables.outside);
      links.subnetTables.set(subnet.address, list);
    }
  }
  if (instance.type === 'aws_route') {
    const tables = linkedInstances(source, [['route_table_id']], ROUTE_TABLE_TYPES);
    if (!tables.complete) links.routesComplete = false;
    const igw = toInternetGateway(source, ['gateway_id']);
    for (const table of tables.instances) {
      const seen = links.gatewayRoutes.has(table.address)
        ? links.gatewayRoutes.get(table.address)
        : false;
      const any = seen === true || igw === true;
      links.gatewayRoutes.set(
        table.address,
        any ? true : seen === undefined || igw === undefined ? undefined : false,
      );
    }
  }
}
