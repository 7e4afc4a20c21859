// Which AWS service owns a public address, and which resource, from what AWS itself vouches for
// on the interface: InterfaceType, RequesterManaged, RequesterId, the attachment's instance and
// its owner, Operator, the address's owner (IpOwnerId) and its ServiceManaged flag. No extra API
// call. A description is anyone's text: the account can write any description on an interface
// it manages itself, so one counts only where AWS wrote it, on a requester-managed interface
// (AWS lets no one change its properties but tags) or where a vouched field already names the
// same service. The names follow VPC IPAM's public IP insights (IpamPublicAddressAwsService)
// where it has one, so the two reports can be set side by side; the rest use the same style.
import type { NetworkInterface } from '@aws-sdk/client-ec2';

export interface Owner {
  service: string;
  /** The owning resource where a vouched field names it (instance, NAT gateway, load balancer...). */
  resourceId?: string;
  /** Operator.Principal of a managed interface (`eks.amazonaws.com`): who can change it. */
  managedBy?: string;
  /** AWS manages the interface for a service (RequesterManaged): no one can modify it directly. */
  requesterManaged?: boolean;
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

/**
 * The aliases AWS puts in RequesterId, Attachment.InstanceOwnerId and Association.IpOwnerId for
 * its own services. No account can give its interface or address one of these.
 */
const SERVICE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['amazon-elb', Service.LoadBalancer],
  ['amazon-rds', Service.Rds],
  ['amazon-redshift', Service.Redshift],
]);

/** Address.ServiceManaged: AWS manages that Elastic IP for the service. */
const SERVICE_MANAGED_ADDRESSES: ReadonlyMap<string, string> = new Map([
  ['alb', Service.LoadBalancer],
  ['nlb', Service.LoadBalancer],
  ['rds', Service.Rds],
  ['rnat', Service.NatGateway],
]);

/**
 * Operator.Principal of managed resources, in the service vocabulary above: EKS Auto Mode's
 * instances and interfaces (`eks.amazonaws.com`), Lambda Managed Instances
 * (`scaler.lambda.amazonaws.com`, the principal AWSLambdaManagedEC2ResourceOperator names).
 */
const PRINCIPALS: ReadonlyMap<string, string> = new Map([
  ['eks.amazonaws.com', Service.Eks],
  ['scaler.lambda.amazonaws.com', Service.Lambda],
]);

/** A principal the table does not know, as a kebab-case name: `foo.bar.amazonaws.com` -> `foo-bar`. */
export function serviceOfPrincipal(principal: string): string {
  const known = PRINCIPALS.get(principal.toLowerCase());
  if (known !== undefined) return known;
  const name = principal
    .toLowerCase()
    .replace(/\.amazonaws\.com(?:\.cn)?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name === '' ? Service.Other : name;
}

interface DescriptionPattern {
  pattern: RegExp;
  service: string;
}

// What AWS writes in the descriptions of the interfaces it creates; `id` names the resource.
const BY_DESCRIPTION: readonly DescriptionPattern[] = [
  { pattern: /^RDSNetworkInterface$/, service: Service.Rds },
  { pattern: /^RedshiftNetworkInterface$/, service: Service.Redshift },
  { pattern: /^DMSNetworkInterface$/, service: Service.Dms },
  { pattern: /^arn:aws[\w-]*:ecs:[\w-]+:\d{12}:attachment\//, service: Service.Ecs },
  { pattern: /^Interface for NAT Gateway (?<id>nat-[0-9a-f]+)$/, service: Service.NatGateway },
  { pattern: /^VPC Endpoint Interface:? (?<id>vpce-[0-9a-f]+)$/, service: Service.VpcEndpoint },
  {
    pattern: /^Network Interface for Transit Gateway Attachment (?<id>tgw-attach-[0-9a-f]+)$/,
    service: Service.TransitGateway,
  },
  { pattern: /^Created By Amazon Workspaces for AWS Account ID \d+$/, service: Service.Workspaces },
  { pattern: /^Amazon EKS \S+/, service: Service.Eks },
  { pattern: /^AWS Lambda VPC ENI/, service: Service.Lambda },
  { pattern: /^ELB (?<id>(?:app|net|gwy)\/[^/\s]+\/[0-9a-f]+)$/, service: Service.LoadBalancer },
  { pattern: /^ELB (?<id>[\w-]+)$/, service: Service.LoadBalancer },
];

/** What a description claims, AWS-written or not: the caller decides whether it counts. */
export function describedOwner(description: string | undefined): Owner | undefined {
  for (const { pattern, service } of BY_DESCRIPTION) {
    const match = pattern.exec(description ?? '');
    if (match === null) continue;
    const id = match.groups?.['id'];
    return id === undefined ? { service } : { service, resourceId: id };
  }
  return undefined;
}

/** The service AWS's own aliases name on the interface or its address, if any. */
function aliasService(eni: NetworkInterface): string | undefined {
  for (const id of [eni.RequesterId, eni.Attachment?.InstanceOwnerId, eni.Association?.IpOwnerId]) {
    const service = id === undefined ? undefined : SERVICE_ALIASES.get(id);
    if (service !== undefined) return service;
  }
  return undefined;
}

/** The service vouched for by a field AWS sets, before any description is read. */
function vouchedService(
  eni: NetworkInterface,
  serviceManaged: readonly string[],
): string | undefined {
  const byType =
    eni.InterfaceType === undefined ? undefined : INTERFACE_TYPES.get(eni.InterfaceType)?.service;
  if (byType !== undefined) return byType;
  const byAlias = aliasService(eni);
  if (byAlias !== undefined) return byAlias;
  for (const flag of serviceManaged) {
    const service = SERVICE_MANAGED_ADDRESSES.get(flag);
    if (service !== undefined) return service;
  }
  return undefined;
}

const instanceOf = (eni: NetworkInterface): string | undefined => {
  const id = eni.Attachment?.InstanceId;
  return id === undefined || id === '' ? undefined : id;
};

/**
 * The service, and the resource where a vouched field names it, that holds an interface's
 * address. `serviceManaged`: the ServiceManaged flags of the Elastic IPs on the interface.
 */
export function owningService(
  eni: NetworkInterface,
  serviceManaged: readonly string[] = [],
): Owner {
  const requesterManaged = eni.RequesterManaged === true;
  const flags: Pick<Owner, 'requesterManaged'> = requesterManaged ? { requesterManaged } : {};
  const operator = eni.Operator;
  if (operator?.Managed === true) {
    const principal = operator.Principal ?? '';
    const instanceId = instanceOf(eni);
    return {
      service: serviceOfPrincipal(principal),
      ...(instanceId === undefined ? {} : { resourceId: instanceId }),
      ...(principal === '' ? {} : { managedBy: principal }),
      ...flags,
    };
  }
  const described = describedOwner(eni.Description);
  const vouched = vouchedService(eni, serviceManaged);
  if (vouched !== undefined) {
    // The description names the resource only when it claims the service the fields vouch for.
    return described?.service === vouched
      ? { ...described, ...flags }
      : { service: vouched, ...flags };
  }
  // AWS wrote the description of a requester-managed interface: no account can change it.
  if (requesterManaged && described !== undefined) return { ...described, ...flags };
  const instanceId = instanceOf(eni);
  if (instanceId !== undefined) return { service: Service.Ec2, resourceId: instanceId, ...flags };
  if (eni.Attachment === undefined) return { service: Service.Unattached, ...flags };
  return { service: Service.Other, ...flags };
}
