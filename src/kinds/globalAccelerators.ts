// Global Accelerators (global_accelerators.csv): static anycast addresses, charged, in no region.
import { compareText } from '../analyze/compareAddress.js';
import { Service } from '../analyze/owningService.js';
import { col } from '../format/csvColumns.js';
import type { AcceleratorIps } from '../model/findings.js';
import { GLOBAL_REGION } from '../model/coverage.js';
import { orNull } from '../format/orNull.js';
import { defineKind } from './findingKind.js';
import { monthlyCostCents, monthlyCostColumn, monthlyCostJson } from './findingCells.js';

export const GLOBAL_ACCELERATORS = defineKind({
  member: 'globalAccelerators',
  key: (accelerator) => accelerator.arn,
  compare: (a: AcceleratorIps, b: AcceleratorIps) =>
    compareText(a.ownerAccountId, b.ownerAccountId) || compareText(a.arn, b.arn),
  addresses: (accelerator) =>
    accelerator.allAddresses.map((address) => ({
      region: GLOBAL_REGION,
      address,
      accountId: accelerator.ownerAccountId,
      interfaceType: 'Global Accelerator',
      service: Service.GlobalAccelerator,
      byoip: false,
      removable: false,
    })),
  totals: (rows) => ({
    globalAccelerators: rows.length,
    globalAcceleratorIps: rows.reduce((n, a) => n + a.allAddresses.length, 0),
  }),
  csv: {
    name: 'global_accelerators',
    columns: [
      col<AcceleratorIps>('OwnerAccountId', (a) => a.ownerAccountId),
      col<AcceleratorIps>('Arn', (a) => a.arn),
      col<AcceleratorIps>('Address1', (a) => a.address1),
      col<AcceleratorIps>('Address2', (a) => a.address2),
      col<AcceleratorIps>('Name', (a) => a.name),
      col<AcceleratorIps>('Type', (a) => a.kind),
      col<AcceleratorIps>('AllAddresses', (a) => a.allAddresses.join(' ')),
      monthlyCostColumn<AcceleratorIps>((a) => a.allAddresses.length),
    ],
  },
  json: (accelerator, price) => ({
    ownerAccountId: accelerator.ownerAccountId,
    arn: accelerator.arn,
    name: orNull(accelerator.name),
    kind: accelerator.kind,
    addresses: accelerator.allAddresses,
    monthlyCostUsd: monthlyCostJson(accelerator.allAddresses.length, price),
  }),
  html: {
    order: 7,
    table: {
      id: 'global-accelerators',
      title: 'Global Accelerators',
      noun: 'accelerators',
      columns: [
        { label: 'Account', kind: 'text', value: (a) => a.ownerAccountId },
        { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
        { label: 'Type', kind: 'text', value: (a) => a.kind },
        { label: 'Addresses', kind: 'text', value: (a) => a.allAddresses.join(' '), wrap: true },
        { label: 'ARN', kind: 'text', value: (a) => a.arn, wrap: true },
        {
          label: 'Monthly cost',
          kind: 'usd',
          value: (a, price) => monthlyCostCents(a.allAddresses.length, price),
        },
      ],
    },
  },
});
