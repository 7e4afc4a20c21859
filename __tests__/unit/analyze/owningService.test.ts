import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { owningService, type Owner } from '../../../src/analyze/owningService.js';

// Interfaces as AWS describes them (AWS CLI documentation examples and public
// describe-network-interfaces output), reduced to the fields that decide.
const CASES: [string, NetworkInterface, Owner][] = [
  [
    'an instance',
    {
      InterfaceType: 'interface',
      Attachment: { InstanceId: 'i-0a1', InstanceOwnerId: '111111111111' },
    },
    { service: 'ec2', resourceId: 'i-0a1' },
  ],
  [
    'attached to nothing',
    { InterfaceType: 'interface', Description: 'spare' },
    { service: 'unattached' },
  ],
  [
    'RDS: RDSNetworkInterface, amazon-rds',
    {
      InterfaceType: 'interface',
      Description: 'RDSNetworkInterface',
      RequesterId: 'amazon-rds',
      RequesterManaged: true,
      Attachment: { InstanceOwnerId: 'amazon-rds' },
      Association: { IpOwnerId: 'amazon-rds', PublicIp: '3.0.0.1' },
    },
    { service: 'relational-database-service' },
  ],
  [
    'RDS known by its requester alone',
    {
      InterfaceType: 'interface',
      RequesterId: 'amazon-rds',
      Attachment: { InstanceOwnerId: 'amazon-rds' },
    },
    { service: 'relational-database-service' },
  ],
  [
    'ECS on Fargate: an attachment ARN, AWS-owned requester and instance owner',
    {
      InterfaceType: 'interface',
      Description:
        'arn:aws:ecs:eu-west-1:123456789012:attachment/1b2c3d4e-aaaa-bbbb-cccc-123456789012',
      RequesterId: '578734482556',
      RequesterManaged: true,
      Attachment: { InstanceOwnerId: '578734482556' },
    },
    { service: 'elastic-container-service' },
  ],
  [
    'Redshift',
    { Description: 'RedshiftNetworkInterface', Attachment: {} },
    { service: 'redshift' },
  ],
  [
    'DMS',
    { Description: 'DMSNetworkInterface', Attachment: {} },
    { service: 'database-migration-service' },
  ],
  [
    'ALB: ELB app/NAME/ID, amazon-elb',
    {
      InterfaceType: 'interface',
      Description: 'ELB app/my-alb/1234567890abcdef',
      RequesterId: 'amazon-elb',
      Attachment: { InstanceOwnerId: 'amazon-elb' },
      Association: { IpOwnerId: 'amazon-elb', PublicIp: '34.0.0.1' },
    },
    { service: 'load-balancer', resourceId: 'app/my-alb/1234567890abcdef' },
  ],
  [
    'NLB: network_load_balancer, ELB net/NAME/ID',
    { InterfaceType: 'network_load_balancer', Description: 'ELB net/my-nlb/0123456789abcdef' },
    { service: 'load-balancer', resourceId: 'net/my-nlb/0123456789abcdef' },
  ],
  [
    'Classic ELB: ELB NAME, amazon-elb',
    { Description: 'ELB my-classic', RequesterId: 'amazon-elb', Attachment: {} },
    { service: 'load-balancer', resourceId: 'my-classic' },
  ],
  [
    'someone else\'s "ELB x" description is not a load balancer',
    { InterfaceType: 'interface', Description: 'ELB lookalike', Attachment: { InstanceId: 'i-1' } },
    { service: 'ec2', resourceId: 'i-1' },
  ],
  [
    'NAT gateway: nat_gateway on the wire',
    {
      InterfaceType: 'nat_gateway' as NetworkInterface['InterfaceType'],
      Description: 'Interface for NAT Gateway nat-0a1b2c3d4e5f60001',
    },
    { service: 'nat-gateway', resourceId: 'nat-0a1b2c3d4e5f60001' },
  ],
  [
    'NAT gateway: natGateway in the SDK enum',
    { InterfaceType: 'natGateway', Description: 'Interface for NAT Gateway nat-0ff' },
    { service: 'nat-gateway', resourceId: 'nat-0ff' },
  ],
  [
    'WorkSpaces',
    { Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012', Attachment: {} },
    { service: 'workspaces' },
  ],
  [
    'an interface endpoint (a Transfer Family server with Elastic IPs)',
    { InterfaceType: 'vpc_endpoint', Description: 'VPC Endpoint Interface vpce-0a1b2c3d4e5f60001' },
    { service: 'vpc-endpoint', resourceId: 'vpce-0a1b2c3d4e5f60001' },
  ],
  [
    'the EKS control plane',
    {
      InterfaceType: 'interface',
      Description: 'Amazon EKS my-cluster',
      RequesterManaged: false,
      Attachment: {},
    },
    { service: 'elastic-kubernetes-service' },
  ],
  [
    'a transit gateway attachment',
    {
      InterfaceType: 'transit_gateway',
      Description: 'Network Interface for Transit Gateway Attachment tgw-attach-0a1',
    },
    { service: 'transit-gateway', resourceId: 'tgw-attach-0a1' },
  ],
  [
    'an EC2 Instance Connect Endpoint (a type the SDK enum lacks)',
    { InterfaceType: 'ec2_instance_connect_endpoint' as NetworkInterface['InterfaceType'] },
    { service: 'ec2-instance-connect-endpoint' },
  ],
  [
    'attached, but nothing says to what',
    { InterfaceType: 'interface', Attachment: { AttachmentId: 'a' } },
    { service: 'other' },
  ],
];

describe('owningService', () => {
  it.each(CASES)('%s', (_case, eni, owner) => {
    expect(owningService(eni)).toEqual(owner);
  });
});
