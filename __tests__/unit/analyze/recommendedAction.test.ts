import { describe, expect, it } from 'vitest';
import { eipRow, eniRow, subnetRow } from '../../../__fixtures__/findings.js';
import { SSH_ONLY, UNATTACHED } from '../../../src/analyze/reasons.js';
import {
  autoAssignSubnetAction,
  eniAction,
  unassociatedEipAction,
} from '../../../src/analyze/recommendedAction.js';
import type { EniPublicIp } from '../../../src/model/findings.js';

const high = (overrides: Partial<EniPublicIp>): EniPublicIp =>
  eniRow({
    interfaceId: 'eni-0a3',
    region: 'eu-west-1',
    suspicion: 'HIGH',
    reasons: ['No public IPv4 range is allowed.'],
    ...overrides,
  });

describe('eniAction', () => {
  it('removes the auto-assigned public IP of an instance interface with one command', () => {
    expect(eniAction(high({ service: 'ec2', resourceId: 'i-0a3' }))).toEqual({
      kind: 'remove-public-ip',
      advice: 'Remove the auto-assigned public IPv4 address from the interface.',
      commands: [
        'aws ec2 modify-network-interface-attribute --network-interface-id eni-0a3 --no-associate-public-ip-address --region eu-west-1',
      ],
      removesAddress: true,
    });
  });

  it('disassociates, then releases, an Elastic IP on an interface', () => {
    const row = high({
      addressType: 'Elastic IP',
      allocationId: 'eipalloc-0a1',
      associationId: 'eipassoc-0a1',
    });
    expect(eniAction(row)).toEqual({
      kind: 'release-elastic-ip',
      advice: 'Disassociate the Elastic IP from the interface, then release it.',
      commands: [
        'aws ec2 disassociate-address --association-id eipassoc-0a1 --region eu-west-1',
        'aws ec2 release-address --allocation-id eipalloc-0a1 --region eu-west-1',
      ],
      removesAddress: true,
    });
  });

  it('says a BYOIP Elastic IP returns to its pool', () => {
    const row = high({ addressType: 'Elastic IP', allocationId: 'eipalloc-9', byoip: true });
    expect(eniAction(row)?.advice).toBe(
      'Disassociate the Elastic IP from the interface, then release it. It returns to your BYOIP pool, where it costs nothing.',
    );
  });

  it('deletes an unattached interface holding an auto-assigned address', () => {
    const row = high({ service: 'unattached', reasons: [UNATTACHED] });
    expect(eniAction(row)?.commands).toEqual([
      'aws ec2 delete-network-interface --network-interface-id eni-0a3 --region eu-west-1',
    ]);
  });

  it('advises deleting a NAT gateway that reaches nothing, naming it, with no command: its id comes from a description', () => {
    const row = high({
      service: 'nat-gateway',
      resourceId: 'nat-0a1',
      addressType: 'Elastic IP',
      allocationId: 'eipalloc-0a2',
      associationId: 'eipassoc-0a2',
    });
    expect(eniAction(row)).toEqual({
      kind: 'delete-nat-gateway',
      advice:
        "Nothing reaches the internet through this NAT gateway: delete NAT gateway nat-0a1, then release its Elastic IP eipalloc-0a2. Only the interface's description names the gateway: check it in the VPC console before deleting.",
      commands: [],
      removesAddress: true,
    });
  });

  it('says who can change a managed interface, and gives no command', () => {
    const row = high({
      service: 'elastic-kubernetes-service',
      resourceId: 'i-0e1',
      managedBy: 'eks.amazonaws.com',
    });
    expect(eniAction(row)).toEqual({
      kind: 'turn-off-public-access',
      advice:
        "The interface is managed by eks.amazonaws.com (elastic-kubernetes-service): change or remove its public address through that service's own settings, not on the interface: modify-network-interface-attribute cannot change a managed interface.",
      commands: [],
      removesAddress: true,
    });
    // An Elastic IP on a managed interface: the same, no disassociate-address either.
    expect(
      eniAction({
        ...row,
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-1',
        associationId: 'eipassoc-1',
      })?.commands,
    ).toEqual([]);
  });

  it.each<[string, Partial<EniPublicIp>, RegExp]>([
    [
      'a requester-managed interface no vouched field names',
      { service: 'other', requesterManaged: true },
      /requester-managed/,
    ],
    [
      'a requester-managed instance interface',
      {
        service: 'ec2',
        requesterManaged: true,
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-1',
      },
      /requester-managed/,
    ],
    [
      "an interface attached to something not this account's instance",
      { service: 'other' },
      /attached to something other than one of this account's instances/,
    ],
  ])('gives advice, no command, for %s', (_case, fields, advice) => {
    const action = eniAction(high(fields));
    expect(action?.advice).toMatch(advice);
    expect(action?.commands).toEqual([]);
  });

  it.each([
    ['relational-database-service', /Publicly accessible setting \(aws rds modify-db-instance/],
    ['redshift', /aws redshift modify-cluster --no-publicly-accessible/],
    ['database-migration-service', /Recreate the replication instance/],
    ['elastic-container-service', /assignPublicIp to DISABLED/],
    ['load-balancer', /internal scheme/],
    ['vpc-endpoint', /belongs to vpc-endpoint/],
  ])('gives advice and no command for a %s address', (service, advice) => {
    const action = eniAction(high({ service, addressType: 'Elastic IP', allocationId: 'a' }));
    expect(action?.advice).toMatch(advice);
    expect(action?.commands).toEqual([]);
    expect(action?.removesAddress).toBe(true);
  });

  it('advises EC2 Instance Connect for an SSH-only MODERATE address', () => {
    expect(eniAction(eniRow({ suspicion: 'MODERATE', reasons: [SSH_ONLY] }))).toEqual({
      kind: 'use-instance-connect',
      advice:
        'Only SSH is open to the internet: reach the instance through an EC2 Instance Connect Endpoint, then remove the public address.',
      commands: [],
      removesAddress: true,
    });
  });

  it.each<[string, Partial<EniPublicIp>]>([
    ['LOW', { suspicion: 'LOW' }],
    ['UNKNOWN', { suspicion: 'UNKNOWN', reasons: ['Routes not assessed: x.'] }],
    ['MODERATE for another reason', { suspicion: 'MODERATE', reasons: ['No public ingress.'] }],
    ['a suppressed HIGH', { suspicion: 'HIGH', suppressionReason: 'accepted' }],
  ])('recommends nothing for %s', (_case, overrides) => {
    expect(eniAction(eniRow(overrides))).toBeUndefined();
  });

  it('quotes an id a shell would read as more than one word', () => {
    const row = high({ interfaceId: "eni-1; rm -rf / #'" });
    expect(eniAction(row)?.commands).toEqual([
      `aws ec2 modify-network-interface-attribute --network-interface-id 'eni-1; rm -rf / #'\\'''` +
        ' --no-associate-public-ip-address --region eu-west-1',
    ]);
  });
});

describe('unassociatedEipAction', () => {
  it('gives advice, not release-address, for an Elastic IP AWS manages (ServiceManaged)', () => {
    const action = unassociatedEipAction(
      eipRow({ allocationId: 'eipalloc-5', serviceManaged: 'rnat' }),
    );
    expect(action?.advice).toBe(
      "AWS manages this Elastic IP for a service (ServiceManaged rnat): it goes when that service's resource releases it, not with release-address.",
    );
    expect(action?.commands).toEqual([]);
  });

  it('releases an unassociated Elastic IP', () => {
    expect(
      unassociatedEipAction(eipRow({ allocationId: 'eipalloc-4', region: 'us-east-1' })),
    ).toEqual({
      kind: 'release-unassociated-elastic-ip',
      advice: 'The Elastic IP is associated with nothing and is charged all the same: release it.',
      commands: ['aws ec2 release-address --allocation-id eipalloc-4 --region us-east-1'],
      removesAddress: true,
    });
  });

  it('says a BYOIP address returns to the pool and saves nothing', () => {
    const action = unassociatedEipAction(eipRow({ allocationId: 'eipalloc-5', byoip: true }));
    expect(action?.advice).toBe(
      'The Elastic IP is associated with nothing: release it. It returns to your BYOIP pool, so it saves nothing.',
    );
  });

  it('releases by address when there is no allocation id', () => {
    expect(unassociatedEipAction(eipRow({ publicIp: '3.0.0.9' }))?.commands).toEqual([
      'aws ec2 release-address --public-ip 3.0.0.9 --region us-east-1',
    ]);
  });

  it('leaves an accepted address alone', () => {
    expect(unassociatedEipAction(eipRow({ suppressionReason: 'DR spare' }))).toBeUndefined();
  });
});

describe('autoAssignSubnetAction', () => {
  it('stops auto-assigning, saving nothing directly', () => {
    expect(autoAssignSubnetAction(subnetRow({ subnetId: 'subnet-0a2' }))).toMatchObject({
      kind: 'stop-auto-assign',
      commands: [
        'aws ec2 modify-subnet-attribute --subnet-id subnet-0a2 --no-map-public-ip-on-launch --region us-east-1',
      ],
      removesAddress: false,
    });
  });
});
