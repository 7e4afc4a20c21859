// A description for each service the analysis recognises by description, as anyone who can edit
// their own interface could write it. Shared with the integration test of the same attack.
export const CRAFTED_DESCRIPTIONS: readonly [string, string][] = [
  ['RDS', 'RDSNetworkInterface'],
  ['Redshift', 'RedshiftNetworkInterface'],
  ['DMS', 'DMSNetworkInterface'],
  ['ECS', 'arn:aws:ecs:eu-west-1:222222222222:attachment/0f0e0d0c-1111-2222-3333-444455556666'],
  ['NAT gateway', 'Interface for NAT Gateway nat-0c0ffee0c0ffee0c0'],
  ['VPC endpoint', 'VPC Endpoint Interface vpce-0c0ffee0c0ffee0c0'],
  [
    'transit gateway',
    'Network Interface for Transit Gateway Attachment tgw-attach-0c0ffee0c0ffee0c0',
  ],
  ['WorkSpaces', 'Created By Amazon Workspaces for AWS Account ID 222222222222'],
  ['EKS', 'Amazon EKS crafted-cluster'],
  ['Lambda', 'AWS Lambda VPC ENI-crafted'],
  ['ALB', 'ELB app/crafted-alb/0c0ffee0c0ffee0c'],
  ['NLB', 'ELB net/crafted-nlb/0c0ffee0c0ffee0c'],
  ['Classic ELB', 'ELB crafted-classic'],
];
