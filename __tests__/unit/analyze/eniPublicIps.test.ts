import type { Address } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { elasticIpsByPublicIp } from '../../../src/analyze/elasticIps.js';
import {
  eniPublicIpRows,
  publicAddressesOf,
  type EniContext,
} from '../../../src/analyze/eniPublicIps.js';
import { ACCOUNT, eip, eni, LOW_ROW, OTHER_ACCOUNT, REGION, without } from './builders.js';

function context(addresses: Address[] = []): EniContext {
  return {
    accountId: ACCOUNT,
    region: REGION,
    interfaceType: 'EC2 Instance',
    owner: { service: 'ec2', resourceId: 'i-1' },
    suspicion: 'LOW',
    reasons: [],
    eipsByPublicIp: elasticIpsByPublicIp(addresses),
  };
}

describe('publicAddressesOf', () => {
  it('each secondary private IP counts with its OWN association (the Python script lost them)', () => {
    const iface = eni({
      Association: { PublicIp: '54.0.0.10', IpOwnerId: 'amazon' },
      PrivateIpAddresses: [
        {
          Primary: true,
          PrivateIpAddress: '10.0.0.10',
          Association: { PublicIp: '54.0.0.10', IpOwnerId: 'amazon' },
        },
        {
          Primary: false,
          PrivateIpAddress: '10.0.0.11',
          Association: { PublicIp: '52.0.0.11', AllocationId: 'eipalloc-11', IpOwnerId: ACCOUNT },
        },
        { Primary: false, PrivateIpAddress: '10.0.0.12' },
        {
          Primary: false,
          PrivateIpAddress: '10.0.0.13',
          Association: { PublicIp: '52.0.0.13', AllocationId: 'eipalloc-13', IpOwnerId: ACCOUNT },
        },
      ],
    });
    expect(publicAddressesOf(iface)).toEqual([
      { address: '54.0.0.10', privateIp: '10.0.0.10', isPrimary: true, ipOwnerId: 'amazon' },
      {
        address: '52.0.0.11',
        privateIp: '10.0.0.11',
        isPrimary: false,
        allocationId: 'eipalloc-11',
        ipOwnerId: ACCOUNT,
      },
      {
        address: '52.0.0.13',
        privateIp: '10.0.0.13',
        isPrimary: false,
        allocationId: 'eipalloc-13',
        ipOwnerId: ACCOUNT,
      },
    ]);
  });

  it('the primary reported once though it appears as Association and in PrivateIpAddresses', () => {
    expect(publicAddressesOf(eni())).toEqual([
      { address: '54.0.0.10', privateIp: '10.0.0.10', isPrimary: true, ipOwnerId: 'amazon' },
    ]);
  });

  it('the top-level association alone still counts', () => {
    const iface = eni({ PrivateIpAddresses: undefined, PrivateIpAddress: '10.0.0.9' });
    expect(publicAddressesOf(iface)).toEqual([
      { address: '54.0.0.10', privateIp: '10.0.0.9', isPrimary: true, ipOwnerId: 'amazon' },
    ]);
  });

  it('fills what the primary entry lacks from the top-level copy', () => {
    const iface = eni({
      Association: { PublicIp: '52.0.0.1', AllocationId: 'eipalloc-1', IpOwnerId: ACCOUNT },
      PrivateIpAddresses: [
        { Primary: true, PrivateIpAddress: '10.0.0.10', Association: { PublicIp: '52.0.0.1' } },
      ],
    });
    expect(publicAddressesOf(iface)).toEqual([
      {
        address: '52.0.0.1',
        privateIp: '10.0.0.10',
        isPrimary: true,
        allocationId: 'eipalloc-1',
        ipOwnerId: ACCOUNT,
      },
    ]);
  });

  it('an interface without public addresses has none', () => {
    const iface = eni({
      Association: undefined,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.0.0.10' }],
    });
    expect(publicAddressesOf(iface)).toEqual([]);
  });
});

describe('eniPublicIpRows', () => {
  it('an auto-assigned address is a Public IP', () => {
    const iface = eni();
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context())).toEqual([LOW_ROW]);
  });

  it('a service-managed address (amazon-elb) is a Public IP', () => {
    const iface = eni({
      Attachment: { AttachmentId: 'ela-attach-1' },
      Association: { PublicIp: '34.0.0.1', IpOwnerId: 'amazon-elb' },
      PrivateIpAddresses: [
        {
          Primary: true,
          PrivateIpAddress: '10.0.0.10',
          Association: { PublicIp: '34.0.0.1', IpOwnerId: 'amazon-elb' },
        },
      ],
      Description: 'ELB app/a/1',
    });
    const rest = without(LOW_ROW, 'instanceId');
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context())).toEqual([
      { ...rest, address: '34.0.0.1', ipOwnerId: 'amazon-elb', description: 'ELB app/a/1' },
    ]);
  });

  it('an association with an AllocationId is an Elastic IP', () => {
    const association = { PublicIp: '52.0.0.1', AllocationId: 'eipalloc-1', IpOwnerId: ACCOUNT };
    const iface = eni({
      Association: association,
      PrivateIpAddresses: [
        { Primary: true, PrivateIpAddress: '10.0.0.10', Association: association },
      ],
    });
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context())).toEqual([
      {
        ...LOW_ROW,
        address: '52.0.0.1',
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-1',
        ipOwnerId: ACCOUNT,
      },
    ]);
  });

  it('an address listed among the region EIPs is an Elastic IP; BYOIP by its PublicIpv4Pool', () => {
    const association = { PublicIp: '198.100.0.5', IpOwnerId: ACCOUNT };
    const iface = eni({
      Association: association,
      PrivateIpAddresses: [
        { Primary: true, PrivateIpAddress: '10.0.0.10', Association: association },
      ],
    });
    const byoip = eip({
      PublicIp: '198.100.0.5',
      AllocationId: 'eipalloc-b',
      PublicIpv4Pool: 'ipv4pool-ec2-0abc',
    });
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context([byoip]))).toEqual([
      {
        ...LOW_ROW,
        address: '198.100.0.5',
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-b',
        ipOwnerId: ACCOUNT,
        byoip: true,
      },
    ]);
    const amazonPool = eip({
      PublicIp: '198.100.0.5',
      AllocationId: 'eipalloc-b',
      PublicIpv4Pool: undefined,
    });
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context([amazonPool]))[0]?.byoip).toBe(
      false,
    );
  });

  it('owner falls back to the scanned account; missing ids become empty strings', () => {
    const iface = eni({
      OwnerId: undefined,
      VpcId: undefined,
      SubnetId: undefined,
      NetworkInterfaceId: undefined,
      Description: undefined,
      Attachment: undefined,
    });
    const rest = without(LOW_ROW, 'instanceId', 'description');
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context())).toEqual([
      { ...rest, interfaceId: '', vpcId: '', subnetId: '' },
    ]);
  });

  it('a shared-subnet interface keeps its owner and records the scanning account', () => {
    const iface = eni({ OwnerId: OTHER_ACCOUNT });
    expect(eniPublicIpRows(iface, publicAddressesOf(iface), context())).toEqual([
      { ...LOW_ROW, ownerAccountId: OTHER_ACCOUNT, scannedAccountId: ACCOUNT },
    ]);
  });
});
