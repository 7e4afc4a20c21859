// The session policy attached to every member-account session: whatever the member role allows,
// the scan's credentials can only make the read calls it needs.
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

export const SESSION_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Ipv4AuditReadOnly', Effect: 'Allow', Action: READ_ACTIONS, Resource: '*' }],
});
