// One rule per resource type that can hold public IPv4 addresses, by documented AWS behaviour
// (each rule's module says which). Types not listed hold none the plan can see.
import type { AddressRule } from './rules/addressRule.js';
import { autoScalingGroup } from './rules/autoScalingGroup.js';
import { database } from './rules/database.js';
import { elasticIp } from './rules/elasticIp.js';
import { globalAccelerator } from './rules/globalAccelerator.js';
import { instance } from './rules/instance.js';
import { launchTemplate } from './rules/launchTemplate.js';
import { loadBalancer } from './rules/loadBalancer.js';
import { natGateway } from './rules/natGateway.js';
import { networkInterface } from './rules/networkInterface.js';
import { subnet } from './rules/subnet.js';
import { vpnConnection } from './rules/vpnConnection.js';

const ADDRESS_RULES: Readonly<Record<string, AddressRule>> = {
  aws_eip: elasticIp,
  aws_instance: instance,
  aws_network_interface: networkInterface,
  aws_launch_template: launchTemplate,
  aws_launch_configuration: launchTemplate,
  aws_autoscaling_group: autoScalingGroup,
  aws_nat_gateway: natGateway,
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_elb: loadBalancer,
  aws_db_instance: database,
  aws_rds_cluster_instance: database,
  aws_vpn_connection: vpnConnection,
  aws_globalaccelerator_accelerator: globalAccelerator,
  aws_globalaccelerator_custom_routing_accelerator: globalAccelerator,
  aws_subnet: subnet,
};

export function addressRule(type: string): AddressRule | undefined {
  return Object.hasOwn(ADDRESS_RULES, type) ? ADDRESS_RULES[type] : undefined;
}
