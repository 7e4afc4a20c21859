import { describe, expect, it } from 'vitest';
import { acceleratorIps } from '../../../src/analyze/accelerators.js';
import type { AcceleratorRecord } from '../../../src/collect/inventory.js';
import { ACCOUNT, OTHER_ACCOUNT } from './builders.js';

function accelerator(overrides: Partial<AcceleratorRecord> = {}): AcceleratorRecord {
  return {
    arn: `arn:aws:globalaccelerator::${OTHER_ACCOUNT}:accelerator/1234abcd`,
    name: 'edge',
    kind: 'STANDARD',
    status: 'DEPLOYED',
    ipv4Addresses: ['75.2.0.1', '99.83.0.1'],
    ...overrides,
  };
}

describe('acceleratorIps', () => {
  it('every IPv4 address of every accelerator (the Python script kept only pairs)', () => {
    const records = [
      accelerator(),
      accelerator({
        arn: `arn:aws:globalaccelerator::${OTHER_ACCOUNT}:accelerator/custom`,
        name: undefined,
        kind: 'CUSTOM_ROUTING',
        ipv4Addresses: ['75.2.0.2', '99.83.0.2', '75.2.0.3', '99.83.0.3'],
      }),
      accelerator({
        arn: 'arn:aws:globalaccelerator:::accelerator/one',
        ipv4Addresses: ['75.2.0.4'],
      }),
      accelerator({ arn: 'not-an-arn', ipv4Addresses: [] }),
    ];
    expect(acceleratorIps(ACCOUNT, records)).toEqual([
      {
        ownerAccountId: OTHER_ACCOUNT,
        arn: `arn:aws:globalaccelerator::${OTHER_ACCOUNT}:accelerator/1234abcd`,
        address1: '75.2.0.1',
        address2: '99.83.0.1',
        allAddresses: ['75.2.0.1', '99.83.0.1'],
        name: 'edge',
        kind: 'STANDARD',
      },
      {
        ownerAccountId: OTHER_ACCOUNT,
        arn: `arn:aws:globalaccelerator::${OTHER_ACCOUNT}:accelerator/custom`,
        address1: '75.2.0.2',
        address2: '99.83.0.2',
        allAddresses: ['75.2.0.2', '99.83.0.2', '75.2.0.3', '99.83.0.3'],
        kind: 'CUSTOM_ROUTING',
      },
      {
        ownerAccountId: ACCOUNT,
        arn: 'arn:aws:globalaccelerator:::accelerator/one',
        address1: '75.2.0.4',
        address2: '',
        allAddresses: ['75.2.0.4'],
        name: 'edge',
        kind: 'STANDARD',
      },
    ]);
  });
});
