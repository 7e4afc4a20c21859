import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { ownedByElb, Service } from './owningService.js';

// Names for the InterfaceType values AWS sets on service-managed interfaces. Keyed by plain
// string: `nat_gateway` is what some accounts return although the SDK enum names `natGateway`.
const BY_INTERFACE_TYPE: ReadonlyMap<string, string> = new Map([
  ['network_load_balancer', 'Network Load Balancer'],
  ['nat_gateway', 'NAT Gateway'],
  ['natGateway', 'NAT Gateway'],
  ['efa', 'Elastic Fabric Adapter'],
  ['trunk', 'Trunk ENI'],
  ['load_balancer', 'Application Load Balancer'],
  ['vpc_endpoint', 'PrivateLink Endpoint'],
  ['branch', 'Branch ENI'],
  ['transit_gateway', 'Transit Gateway Attachment ENI'],
  ['lambda', 'Lambda Function Interface'],
  ['quicksight', 'Quicksight Interface'],
  ['global_accelerator_managed', 'Global Accelerator Private Access Interface'],
  ['api_gateway_managed', 'API Gateway'],
  ['gateway_load_balancer', 'Gateway Load Balancer'],
  ['gateway_load_balancer_endpoint', 'Gateway Load Balancer Endpoint'],
  ['iot_rules_managed', 'IoT'],
  ['aws_codestar_connections_managed', 'CodeStar'],
  ['ec2_instance_connect_endpoint', 'EC2 Instance Connect Endpoint'],
  ['efs', 'EFS Mount Target'],
]);

// Interfaces AWS creates for a service without saying so in InterfaceType, named by the owning
// service (owningService.ts reads the evidence).
const BY_SERVICE: ReadonlyMap<string, string> = new Map([
  [Service.Rds, 'RDS DB Instance'],
  [Service.Redshift, 'Redshift Cluster'],
  [Service.Dms, 'DMS Replication Instance'],
  [Service.Ecs, 'ECS Task'],
  [Service.Workspaces, 'WorkSpaces'],
  [Service.Eks, 'EKS Control Plane'],
  [Service.NatGateway, 'NAT Gateway'],
  [Service.VpcEndpoint, 'PrivateLink Endpoint'],
  [Service.TransitGateway, 'Transit Gateway Attachment ENI'],
  [Service.Lambda, 'Lambda Function Interface'],
]);

export const UNKNOWN_RESOURCE_TYPE = 'Unknown Resource Type';

/**
 * The kind of resource an interface belongs to, as the InterfaceType column reports it: always
 * one of the names above, never text taken from the description (which anyone can write).
 */
export function interfaceTypeOf(eni: NetworkInterface, service: string): string {
  const named =
    eni.InterfaceType === undefined ? undefined : BY_INTERFACE_TYPE.get(eni.InterfaceType);
  if (named !== undefined) return named;
  const attachment = eni.Attachment;
  if (attachment === undefined) {
    return eni.InterfaceType === 'interface' ? 'Unattached ENI' : UNKNOWN_RESOURCE_TYPE;
  }
  if (attachment.InstanceId !== undefined && attachment.InstanceId !== '') {
    return BY_SERVICE.get(service) ?? 'EC2 Instance';
  }
  // Load balancers own their interfaces' public addresses through the amazon-elb account.
  if (ownedByElb(eni)) {
    return (eni.Description ?? '').startsWith('ELB app/')
      ? 'Application Load Balancer'
      : 'Classic Load Balancer';
  }
  return BY_SERVICE.get(service) ?? UNKNOWN_RESOURCE_TYPE;
}
