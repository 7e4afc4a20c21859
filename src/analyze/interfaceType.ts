import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { INTERFACE_TYPES, ownedByElb, Service } from './owningService.js';

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
 * one of the names here or in INTERFACE_TYPES, never text taken from the description (which anyone can write).
 */
export function interfaceTypeOf(eni: NetworkInterface, service: string): string {
  const named =
    eni.InterfaceType === undefined ? undefined : INTERFACE_TYPES.get(eni.InterfaceType)?.label;
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
