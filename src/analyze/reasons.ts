// The Reason column of eni_public_ips.csv. These texts are part of the output contract:
// reports, gates and people's spreadsheets match on them, so change them only on purpose.

export const NO_PUBLIC_RULES =
  'No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface.';
export const NO_PUBLIC_INGRESS =
  'No public IPv4 range is allowed for ingress in the security groups on the interface.';
export const SSH_ONLY =
  'Only tcp port 22 is open to public IPv4 ranges; consider EC2 Instance Connect.';
export const NO_IGW_ROUTE =
  'The route table of the subnet has no active route to an internet gateway.';
export const UNATTACHED = 'The interface is not attached to any resource.';

export function sgNotAssessed(detail: string): string {
  return `Security groups not assessed: ${detail}.`;
}

export function routesNotAssessed(detail: string): string {
  return `Routes not assessed: ${detail}.`;
}

// Details for the not-assessed reasons.
export const SG_RULES_FAILED = 'DescribeSecurityGroupRules failed';
export const ROUTE_TABLES_FAILED = 'DescribeRouteTables failed';

export function prefixListUnreadable(prefixListId: string): string {
  return `prefix list ${prefixListId} could not be read`;
}

export function noRouteTableFor(subnetId: string): string {
  return `no route table found for subnet ${subnetId}`;
}

export function groupOfOtherAccount(groupId: string, accountId: string): string {
  return `${groupId} belongs to account ${accountId}`;
}
