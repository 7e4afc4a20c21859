// Session policies: whatever the roles allow, the scan's sessions can only make the read calls
// it needs. Member-account sessions (AssumeRole) carry the read calls; the caller's web-identity
// session (GitHub OIDC) also scans its own account, and in multi-account mode lists the
// organisation's accounts (all, or those under organizational units) and assumes the member
// role, so it carries those calls more and nothing else; with a reconciliation on, its calls
// too (IPAM's, which the caller makes when it owns the IPAM; Cost Explorer's).
import { SOURCE_ACTIONS } from '../kinds/regionSources.js';

export const READ_ACTIONS: readonly string[] = [
  'ec2:DescribeRegions',
  'ec2:DescribeAddresses',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DescribeRouteTables',
  'ec2:DescribeSecurityGroupRules',
  // The kinds read by calls of their own (Site-to-Site VPN connections).
  ...SOURCE_ACTIONS,
  'ec2:GetManagedPrefixListEntries',
  'globalaccelerator:ListAccelerators',
  'globalaccelerator:ListCustomRoutingAccelerators',
];

/** What the caller reads of the organisation: its accounts, or those under OUs (`organizational-units`). */
export const ORGANIZATION_ACTIONS = [
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListChildren',
] as const;

const readStatement = {
  Sid: 'Ipv4AuditReadOnly',
  Effect: 'Allow',
  Action: READ_ACTIONS,
  Resource: '*',
};

/** The session policy of every member-account session. */
export const SESSION_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [readStatement] });

/** The IPAM cross-check's call, in the IPAM account ('ipam-resource-discovery-id'). */
export const IPAM_ACTIONS = ['ec2:GetIpamDiscoveredPublicAddresses'] as const;

/** The billing reconciliation's calls, from the caller's account ('reconcile-billing'). */
export const BILLING_ACTIONS = ['ce:GetDimensionValues', 'ce:GetCostAndUsage'] as const;

/** The session policy of the member-role session in the IPAM account: the IPAM call alone. */
export const IPAM_SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Ipv4AuditIpam', Effect: 'Allow', Action: IPAM_ACTIONS, Resource: '*' }],
});

/** What the caller's session needs beyond the scan: each reconciliation's calls, when it is on. */
export interface ReconcileCalls {
  /** IPAM may be in the caller's account (the default 'ipam-account'). */
  ipam?: boolean;
  billing?: boolean;
}

/**
 * The session policy of the caller's web-identity session: the read calls, and in multi-account
 * mode the organisation's account listings (ORGANIZATION_ACTIONS) and sts:AssumeRole on the
 * member role only (any account, any partition).
 */
export function callerSessionPolicy(
  multiAccount: boolean,
  memberRoleName: string,
  reconcile: ReconcileCalls = {},
): string {
  const organisation = [
    {
      Sid: 'Ipv4AuditListAccounts',
      Effect: 'Allow',
      Action: ORGANIZATION_ACTIONS,
      Resource: '*',
    },
    {
      Sid: 'Ipv4AuditAssumeMemberRole',
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: `arn:*:iam::*:role/${memberRoleName}`,
    },
  ];
  const records = [
    ...(reconcile.ipam
      ? [{ Sid: 'Ipv4AuditIpam', Effect: 'Allow', Action: IPAM_ACTIONS, Resource: '*' }]
      : []),
    ...(reconcile.billing
      ? [{ Sid: 'Ipv4AuditBilling', Effect: 'Allow', Action: BILLING_ACTIONS, Resource: '*' }]
      : []),
  ];
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [readStatement, ...(multiAccount ? organisation : []), ...records],
  });
}
