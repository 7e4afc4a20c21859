// Which AWS service owns a public address, and which resource, from what the interface itself
// says: InterfaceType, the requester and owner ids, the attachment, and the descriptions AWS
// gives the interfaces it creates. No extra API call. The names follow VPC IPAM's public IP
// insights (IpamPublicAddressAwsService) where it has one, so the two reports can be set side by
// side; the rest use the same kebab-case style.
import type { NetworkInterface } from '@aws-sdk/client-ec2';

export interface Owner {
  service: string;
  /** The owning resource where the interface names it (instance, NAT gateway, load balancer...). */
  resourceId?: string;
}

/** IPAM's names, and ours in its style. */
export const Service = {
  Ec2: 'ec2',
  Unattached: 'unattached',
  LoadBalancer: 'load-balancer',
  NatGateway: 'nat-gateway',
  Rds: 'relational-database-service',
  Redshift: 'redshift',
  Dms: 'database-migration-service',
  Ecs: 'elastic-container-service',
  SiteToSiteVpn: 'site-to-site-vpn',
  GlobalAccelerator: 'global-accelerator',
  /** An Elastic IP seen only in DescribeAddresses (unassociated, or its interface unseen). */
  ElasticIp: 'elastic-ip',
  VpcEndpoint: 'vpc-endpoint',
  Workspaces: 'workspaces',
  TransitGateway: 'transit-gateway',
  Eks: 'elastic-kubernetes-service',
  Lambda: 'lambda',
  ApiGateway: 'api-gateway',
  Other: 'other',
} as const;

/**
 * The InterfaceType values AWS sets on service-managed interfaces: the name the InterfaceType
 * column reports, and the owning service where the type alone says it. Compared as plain
 * strings: EC2 answers values the SDK's enum lacks (`nat_gateway` beside `natGateway`, `efs`).
 */
export const INTERFACE_TYPES: ReadonlyMap<string, { label: string; service?: string }> = new Map([
  ['network_load_balancer', { label: 'Network Load Balancer', service: Service.LoadBalancer }],
  ['nat_gateway', { label: 'NAT Gateway', service: Service.NatGateway }],
  ['natGateway', { label: 'NAT Gateway', service: Service.NatGateway }],
  ['efa', { label: 'Elastic Fabric Adapter' }],
  ['trunk', { label: 'Trunk ENI' }],
  ['load_balancer', { label: 'Application Load Balancer', service: Service.LoadBalancer }],
  ['vpc_endpoint', { label: 'PrivateLink Endpoint', service: Service.VpcEndpoint }],
  ['branch', { label: 'Branch ENI' }],
  ['transit_gateway', { label: 'Transit Gateway Attachment ENI', service: Service.TransitGateway }],
  ['lambda', { label: 'Lambda Function Interface', service: Service.Lambda }],
  ['quicksight', { label: 'Quicksight Interface', service: 'quicksight' }],
  [
    'global_accelerator_managed',
    { label: 'Global Accelerator Private Access Interface', service: Service.GlobalAccelerator },
  ],
  ['api_gateway_managed', { label: 'API Gateway', service: Service.ApiGateway }],
  ['gateway_load_balancer', { label: 'Gateway Load Balancer', service: Service.LoadBalancer }],
  [
    'gateway_load_balancer_endpoint',
    { label: 'Gateway Load Balancer Endpoint', service: Service.VpcEndpoint },
  ],
  ['iot_rules_managed', { label: 'IoT', service: 'iot' }],
  ['aws_codestar_connections_managed', { label: 'CodeStar', service: 'codestar-connections' }],
  [
    'ec2_instance_connect_endpoint',
    { label: 'EC2 Instance Connect Endpoint', service: 'ec2-instance-connect-endpoint' },
  ],
  ['efs', { label: 'EFS Mount Target', service: 'elastic-file-system' }],
]);

interface DescriptionPattern {
  pattern: RegExp;
  service: string;
  /** Only for interfaces a load balancer owns: "ELB name" is too plain to trust alone. */
  elbOnly?: boolean;
}

// What AWS writes in the descriptions of the interfaces it creates; `id` names the resource.
const BY_DESCRIPTION: readonly DescriptionPattern[] = [
  { pattern: /^RDSNetworkInterface$/, service: Service.Rds },
  { pattern: /^RedshiftNetworkInterface$/, service: Service.Redshift },
  { pattern: /^DMSNetworkInterface$/, service: Service.Dms },
  { pattern: /^arn:aws[\w-]*:ecs:[\w-]+:\d{12}:attachment\//, service: Service.Ecs },
  { pattern: /^Interface for NAT Gateway (?<id>nat-[0-9a-f]+)$/, service: Service.NatGateway },
  { pattern: /^VPC Endpoint Interface (?<id>vpce-[0-9a-f]+)$/, service: Service.VpcEndpoint },
  {
    pattern: /^Network Interface for Transit Gateway Attachment (?<id>tgw-attach-[0-9a-f]+)$/,
    service: Service.TransitGateway,
  },
  { pattern: /^Created By Amazon Workspaces for AWS Account ID \d+$/, service: Service.Workspaces },
  { pattern: /^Amazon EKS \S+/, service: Service.Eks },
  { pattern: /^AWS Lambda VPC ENI/, service: Service.Lambda },
  {
    pattern: /^ELB (?<id>(?:app|net|gwy)\/[^/\s]+\/[0-9a-f]+)$/,
    service: Service.LoadBalancer,
    elbOnly: true,
  },
  { pattern: /^ELB (?<id>[\w-]+)$/, service: Service.LoadBalancer, elbOnly: true },
];

const ELB = 'amazon-elb';
const RDS = 'amazon-rds';

/** A load balancer's interface: its requester or its address's owner is amazon-elb. */
export function ownedByElb(eni: NetworkInterface): boolean {
  return eni.RequesterId === ELB || eni.Association?.IpOwnerId === ELB;
}

/** `byType`: what InterfaceType says, which vouches for an "ELB ..." description too. */
function fromDescription(eni: NetworkInterface, byType: string | undefined): Owner | undefined {
  const description = eni.Description ?? '';
  const elb = ownedByElb(eni) || byType === Service.LoadBalancer;
  for (const { pattern, service, elbOnly } of BY_DESCRIPTION) {
    if (elbOnly === true && !elb) continue;
    const match = pattern.exec(description);
    if (match === null) continue;
    const id = match.groups?.['id'];
    return id === undefined ? { service } : { service, resourceId: id };
  }
  return undefined;
}

/** The service, and the resource where the interface names it, that holds an interface's address. */
export function owningService(eni: NetworkInterface): Owner {
  const byType =
    eni.InterfaceType === undefined ? undefined : INTERFACE_TYPES.get(eni.InterfaceType)?.service;
  const described = fromDescription(eni, byType);
  if (byType !== undefined) {
    return described?.service === byType ? described : { service: byType };
  }
  if (described !== undefined) return described;
  if (eni.RequesterId === RDS || eni.Attachment?.InstanceOwnerId === RDS)
    return { service: Service.Rds };
  if (ownedByElb(eni)) return { service: Service.LoadBalancer };
  const instanceId = eni.Attachment?.InstanceId;
  if (instanceId !== undefined && instanceId !== '')
    return { service: Service.Ec2, resourceId: instanceId };
  if (eni.Attachment === undefined) return { service: Service.Unattached };
  return { service: Service.Other };
}
