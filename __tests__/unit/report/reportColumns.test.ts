import { describe, expect, it } from 'vitest';
import { REPORT_COLUMNS, REPORT_NAMES } from '../../../src/report/reportColumns.js';
import { reportFileName } from '../../../src/report/reportFileName.js';

describe('REPORT_COLUMNS', () => {
  // The reference tool's columns lead each of its reports, in its order: scripts rely on them.
  it.each([
    ['associated_eips', ['AccountId', 'Region', 'EIP']],
    ['unassociated_eips', ['AccountId', 'Region', 'EIP']],
    [
      'eni_public_ips',
      [
        'OwnerAccountId',
        'Region',
        'InterfaceId',
        'Address',
        'VpcId',
        'SubnetId',
        'InterfaceType',
        'AddressType',
        'SuspectUnnecessary',
        'Reason',
      ],
    ],
    ['private_subnets_with_auto_assign', ['OwnerAccountId', 'Region', 'VpcId', 'SubnetId']],
    ['vpn_connections', ['AccountId', 'Region', 'ConnectionId', 'Address1', 'Address2']],
    ['global_accelerators', ['OwnerAccountId', 'Arn', 'Address1', 'Address2']],
  ] as const)('%s starts with the reference columns', (name, leading) => {
    expect(REPORT_COLUMNS[name].slice(0, leading.length)).toEqual(leading);
  });

  it.each(['vpn_connections', 'global_accelerators'] as const)(
    '%s ends with MonthlyCostUsd',
    (name) => {
      expect(REPORT_COLUMNS[name].at(-1)).toBe('MonthlyCostUsd');
    },
  );

  it.each(['associated_eips', 'unassociated_eips', 'eni_public_ips'] as const)(
    '%s ends with MonthlyCostUsd, Suppressed, SuppressionReason',
    (name) => {
      expect(REPORT_COLUMNS[name].slice(-3)).toEqual([
        'MonthlyCostUsd',
        'Suppressed',
        'SuppressionReason',
      ]);
    },
  );

  it.each(['private_subnets_with_auto_assign', 'unchecked_accounts', 'scan_errors'] as const)(
    '%s holds no address and so no cost',
    (name) => {
      expect(REPORT_COLUMNS[name]).not.toContain('MonthlyCostUsd');
    },
  );

  it('has clean, unique headers for every report', () => {
    expect(Object.keys(REPORT_COLUMNS)).toEqual([...REPORT_NAMES]);
    for (const name of REPORT_NAMES) {
      const headers = REPORT_COLUMNS[name];
      expect(new Set(headers).size).toBe(headers.length);
      for (const header of headers) expect(header).toMatch(/^[A-Za-z0-9]+$/);
    }
  });
});

describe('reportFileName', () => {
  it('prefixes the name with the epoch, as the reference', () => {
    expect(reportFileName(1695071739, 'vpn_connections')).toBe('1695071739_vpn_connections.csv');
  });

  it.each([1.5, -1, Number.NaN, 1e30])('rejects epoch %s', (epoch) => {
    expect(() => reportFileName(epoch, 'scan_errors')).toThrow(RangeError);
  });
});
