import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import {
  owningService,
  serviceOfPrincipal,
  type Owner,
} from '../../../src/analyze/owningService.js';
import { CRAFTED_DESCRIPTIONS } from '../../../__fixtures__/craftedDescriptions.js';

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
    { service: 'relational-database-service', requesterManaged: true },
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
    { service: 'elastic-container-service', requesterManaged: true },
  ],
  [
    'Redshift: RedshiftNetworkInterface, amazon-redshift',
    {
      InterfaceType: 'interface',
      Description: 'RedshiftNetworkInterface',
      RequesterId: 'amazon-redshift',
      RequesterManaged: true,
      Attachment: {},
    },
    { service: 'redshift', requesterManaged: true },
  ],
  [
    'DMS, requester-managed',
    { Description: 'DMSNetworkInterface', RequesterManaged: true, Attachment: {} },
    { service: 'database-migration-service', requesterManaged: true },
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
    'WorkSpaces, requester-managed',
    {
      Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012',
      RequesterManaged: true,
      Attachment: {},
    },
    { service: 'workspaces', requesterManaged: true },
  ],
  [
    // WorkSpaces creates its interfaces through a role of the account (workspaces_DefaultRole),
    // and its guide has people change their security groups: not requester-managed, so its
    // description is the account's to write and names nothing.
    'a WorkSpace as AWS answers it: not requester-managed, attached to an AWS-owned instance',
    {
      InterfaceType: 'interface',
      Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012',
      RequesterId: 'AROAEXAMPLEWORKSPACES:WorkSpace-Creation',
      RequesterManaged: false,
      Attachment: { AttachmentId: 'eni-attach-1', InstanceOwnerId: '614066543011' },
    },
    { service: 'other' },
  ],
  [
    'an interface endpoint (a Transfer Family server with Elastic IPs)',
    { InterfaceType: 'vpc_endpoint', Description: 'VPC Endpoint Interface vpce-0a1b2c3d4e5f60001' },
    { service: 'vpc-endpoint', resourceId: 'vpce-0a1b2c3d4e5f60001' },
  ],
  [
    'the EKS control plane (RequesterManaged false): its description names nothing',
    {
      InterfaceType: 'interface',
      Description: 'Amazon EKS my-cluster',
      RequesterManaged: false,
      Attachment: {},
    },
    { service: 'other' },
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

describe('owningService on an interface the account manages itself', () => {
  it.each(CRAFTED_DESCRIPTIONS)(
    'a %s description on an EC2 instance interface names nothing: it stays the instance',
    (_service, description) => {
      const eni: NetworkInterface = {
        InterfaceType: 'interface',
        RequesterManaged: false,
        Description: description,
        OwnerId: '222222222222',
        Attachment: { InstanceId: 'i-0c0ffee0c0ffee0c0', InstanceOwnerId: '222222222222' },
        Association: { IpOwnerId: 'amazon', PublicIp: '52.30.90.1' },
      };
      expect(owningService(eni)).toEqual({ service: 'ec2', resourceId: 'i-0c0ffee0c0ffee0c0' });
    },
  );

  it.each(CRAFTED_DESCRIPTIONS)(
    'a %s description on an unattached interface names nothing either',
    (_service, description) => {
      expect(
        owningService({
          InterfaceType: 'interface',
          RequesterManaged: false,
          Description: description,
        }),
      ).toEqual({ service: 'unattached' });
    },
  );

  it('a description naming another service than InterfaceType gives no resource id', () => {
    expect(
      owningService({
        InterfaceType: 'nat_gateway' as NetworkInterface['InterfaceType'],
        RequesterManaged: true,
        Description: 'VPC Endpoint Interface vpce-0c0ffee0c0ffee0c0',
      }),
    ).toEqual({ service: 'nat-gateway', requesterManaged: true });
  });
});

describe('owningService from the fields AWS sets', () => {
  it.each<[string, NetworkInterface, string[], Owner]>([
    [
      'an EKS Auto Mode node: Operator.Managed, principal eks.amazonaws.com',
      {
        InterfaceType: 'interface',
        Attachment: { InstanceId: 'i-0e1', InstanceOwnerId: '222222222222' },
        Operator: { Managed: true, Principal: 'eks.amazonaws.com', HiddenByDefault: true },
      },
      [],
      {
        service: 'elastic-kubernetes-service',
        resourceId: 'i-0e1',
        managedBy: 'eks.amazonaws.com',
      },
    ],
    [
      'Lambda Managed Instances: scaler.lambda.amazonaws.com',
      {
        InterfaceType: 'interface',
        Attachment: { InstanceId: 'i-0e2' },
        Operator: { Managed: true, Principal: 'scaler.lambda.amazonaws.com' },
      },
      [],
      { service: 'lambda', resourceId: 'i-0e2', managedBy: 'scaler.lambda.amazonaws.com' },
    ],
    [
      'a principal the table does not know: kebab-case of its name',
      {
        InterfaceType: 'interface',
        Attachment: { InstanceId: 'i-0e3' },
        Operator: { Managed: true, Principal: 'new.Service.amazonaws.com' },
      },
      [],
      { service: 'new-service', resourceId: 'i-0e3', managedBy: 'new.Service.amazonaws.com' },
    ],
    [
      'Operator.Managed false is an ordinary instance',
      {
        InterfaceType: 'interface',
        Attachment: { InstanceId: 'i-0e4' },
        Operator: { Managed: false },
      },
      [],
      { service: 'ec2', resourceId: 'i-0e4' },
    ],
    [
      'an Elastic IP AWS manages for an ALB (ServiceManaged alb)',
      { InterfaceType: 'interface', Attachment: { AttachmentId: 'ela-attach-1' } },
      ['alb'],
      { service: 'load-balancer' },
    ],
    [
      'an Elastic IP AWS manages for a regional NAT gateway (ServiceManaged rnat)',
      { InterfaceType: 'interface', RequesterManaged: true, Attachment: {} },
      ['rnat'],
      { service: 'nat-gateway', requesterManaged: true },
    ],
    [
      'RDS by its address owner alone',
      { InterfaceType: 'interface', Association: { IpOwnerId: 'amazon-rds' }, Attachment: {} },
      [],
      { service: 'relational-database-service' },
    ],
  ])('%s', (_case, eni, serviceManaged, owner) => {
    expect(owningService(eni, serviceManaged)).toEqual(owner);
  });

  it.each([
    ['eks.amazonaws.com', 'elastic-kubernetes-service'],
    ['scaler.lambda.amazonaws.com', 'lambda'],
    ['foo.bar.amazonaws.com', 'foo-bar'],
    ['x.amazonaws.com.cn', 'x'],
    ['...', 'other'],
    ['', 'other'],
  ])('serviceOfPrincipal(%j) is %j', (principal, service) => {
    expect(serviceOfPrincipal(principal)).toBe(service);
  });
});
