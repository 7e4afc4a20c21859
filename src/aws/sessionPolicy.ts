// Session policies: whatever the roles allow, the scan's sessions can only make the read calls
// it needs. Member-account sessions (AssumeRole) carry the read calls; the caller's web-identity
// session (GitHub OIDC) also scans its own account, and in multi-account mode lists the
// organisation and assumes the member role, so it carries those two more and nothing else.
export const READ_ACTIONS = [
  'ec2:DescribeRegions',
  'ec2:DescribeAddresses',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DescribeRouteTables',
  'ec2:DescribeSecurityGroupRules',
  'ec2:DescribeVpnConnections',
  'ec2:GetManagedPrefixListEntries',
  'globalaccelerator:ListAccelerators',
  'globalaccelerator:ListCustomRoutingAccelerators',
] as const;

const readStatement = {
  Sid: 'Ipv4AuditReadOnly',
  Effect: 'Allow',
  Action: READ_ACTIONS,
  Resource: '*',
};

/** The session policy of every member-account session. */
export const SESSION_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [readStatement] });

/**
 * The session policy of the caller's web-identity session: the read calls, and in multi-account
 * mode organizations:ListAccounts and sts:AssumeRole on the member role only (any account,
 * any partition).
 */
export function callerSessionPolicy(multiAccount: boolean, memberRoleName: string): string {
  const organisation = [
    {
      Sid: 'Ipv4AuditListAccounts',
      Effect: 'Allow',
      Action: 'organizations:ListAccounts',
      Resource: '*',
    },
    {
      Sid: 'Ipv4AuditAssumeMemberRole',
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: `arn:*:iam::*:role/${memberRoleName}`,
    },
  ];
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [readStatement, ...(multiAccount ? organisation : [])],
  });
}
