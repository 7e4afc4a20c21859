import type { NetworkInterface } from '@aws-sdk/client-ec2';

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
]);

export const UNKNOWN_RESOURCE_TYPE = 'Unknown Resource Type';

// arn:partition:service:region:account:resource
const ARN_SERVICE = /^arn:[^:\s]+:([^:\s]+):[^:\s]*:[^:\s]*:\S/;

/**
 * A best guess at what owns an interface whose InterfaceType says nothing specific: an ARN's
 * service name (the Python script split it into letters), else the first two words.
 */
export function resourceTypeFromDescription(description: string): string {
  const service = ARN_SERVICE.exec(description)?.[1];
  if (service !== undefined) return service;
  const words = description.split(/\s+/).filter((word) => word !== '');
  return words.length > 1 ? words.slice(0, 2).join(' ') : UNKNOWN_RESOURCE_TYPE;
}

/** The kind of resource an interface belongs to, as the InterfaceType column reports it. */
export function interfaceTypeOf(eni: NetworkInterface): string {
  const named =
    eni.InterfaceType === undefined ? undefined : BY_INTERFACE_TYPE.get(eni.InterfaceType);
  if (named !== undefined) return named;
  const attachment = eni.Attachment;
  if (attachment === undefined) {
    return eni.InterfaceType === 'interface' ? 'Unattached ENI' : UNKNOWN_RESOURCE_TYPE;
  }
  if (attachment.InstanceId !== undefined && attachment.InstanceId !== '') return 'EC2 Instance';
  const description = eni.Description ?? '';
  // Load balancers own their interfaces' public addresses through the amazon-elb account.
  if (eni.Association?.IpOwnerId === 'amazon-elb') {
    return description.startsWith('ELB app/')
      ? 'Application Load Balancer'
      : 'Classic Load Balancer';
  }
  return description === '' ? UNKNOWN_RESOURCE_TYPE : resourceTypeFromDescription(description);
}
