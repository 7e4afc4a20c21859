import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describedOwner, INTERFACE_TYPES, Service, type Owner } from './owningService.js';

// Interfaces AWS creates for a service without saying so in InterfaceType, named by the owning
// service (owningService.ts reads the evidence AWS vouches for).
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

const UNKNOWN_RESOURCE_TYPE = 'Unknown Resource Type';

/**
 * The kind of resource an interface belongs to, as the InterfaceType column reports it: always
 * one of the names here or in INTERFACE_TYPES, never text taken from the description, and
 * decided by the same vouched evidence as `owner` (a description an account wrote on its own
 * interface names nothing).
 */
export function interfaceTypeOf(eni: NetworkInterface, owner: Owner): string {
  const named =
    eni.InterfaceType === undefined ? undefined : INTERFACE_TYPES.get(eni.InterfaceType)?.label;
  if (named !== undefined) return named;
  const attachment = eni.Attachment;
  if (attachment === undefined) {
    return eni.InterfaceType === 'interface' ? 'Unattached ENI' : UNKNOWN_RESOURCE_TYPE;
  }
  // A managed instance (EKS Auto Mode...) is still an EC2 instance; ManagedBy says whose.
  if (owner.managedBy !== undefined && owner.resourceId !== undefined) return 'EC2 Instance';
  if (owner.service === Service.LoadBalancer) {
    // The load balancer is vouched for (amazon-elb, its address's flag): its description is AWS's.
    return describedOwner(eni.Description)?.resourceId?.startsWith('app/') === true
      ? 'Application Load Balancer'
      : 'Classic Load Balancer';
  }
  if (owner.service === Service.Ec2) return 'EC2 Instance';
  return BY_SERVICE.get(owner.service) ?? UNKNOWN_RESOURCE_TYPE;
}
