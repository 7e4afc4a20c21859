// The sample organisation whose member runs an EKS Auto Mode node in eu-west-1: EC2 manages the
// node's instance and interface for EKS (Operator.Managed, Principal eks.amazonaws.com), and the
// interface holds an auto-assigned public IP. With the member's managed resource visibility
// `hidden`, EC2 leaves the interface out of DescribeNetworkInterfaces unless asked for managed
// resources; it is still there, and billed.
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import type { ManagedResourceVisibility, OrgFixture } from './fixture.js';
import { SAMPLE_MEMBER, sampleOrg } from './sampleOrg.js';

export const EKS_NODE_ENI = 'eni-0b000000000000e01';
export const EKS_NODE_IP = '52.30.40.1';
export const EKS_NODE_INSTANCE = 'i-0b000000000000e01';

/** `visibility` is the member's setting; the node's interface is hidden by default under `hidden`. */
export function eksAutoModeOrg(visibility: ManagedResourceVisibility): OrgFixture {
  const org = sampleOrg();
  const member = org.accounts.find((a) => a.id === SAMPLE_MEMBER);
  const eu = member?.regions['eu-west-1'];
  const template = eu?.networkInterfaces?.[0];
  if (!member || !eu?.networkInterfaces || !template) {
    throw new Error('sample organisation changed shape');
  }
  member.managedResourceVisibility = visibility;
  const association = {
    IpOwnerId: 'amazon',
    PublicDnsName: `ec2-${EKS_NODE_IP.replaceAll('.', '-')}.eu-west-1.compute.amazonaws.com`,
    PublicIp: EKS_NODE_IP,
  };
  const node: NetworkInterface = {
    ...structuredClone(template),
    Association: association,
    Attachment: {
      AttachTime: new Date('2025-06-01T08:00:00.000Z'),
      AttachmentId: 'eni-attach-0b000000000000e01',
      DeleteOnTermination: true,
      DeviceIndex: 0,
      NetworkCardIndex: 0,
      InstanceId: EKS_NODE_INSTANCE,
      InstanceOwnerId: SAMPLE_MEMBER,
      Status: 'attached',
    },
    Description: '',
    InterfaceType: 'interface',
    MacAddress: '06:0b:00:00:0e:01',
    NetworkInterfaceId: EKS_NODE_ENI,
    Operator: {
      Managed: true,
      Principal: 'eks.amazonaws.com',
      HiddenByDefault: visibility === 'hidden',
    },
    PrivateIpAddress: '10.2.1.201',
    PrivateIpAddresses: [
      {
        Association: association,
        Primary: true,
        PrivateDnsName: 'ip-10-2-1-201.eu-west-1.compute.internal',
        PrivateIpAddress: '10.2.1.201',
      },
    ],
    PrivateDnsName: 'ip-10-2-1-201.eu-west-1.compute.internal',
    RequesterManaged: false,
    TagSet: [{ Key: 'eks:cluster-name', Value: 'platform' }],
  };
  // EC2 itself made the node's interface for EKS, not a service's requester account.
  delete node.RequesterId;
  eu.networkInterfaces = [...eu.networkInterfaces, node];
  return org;
}
