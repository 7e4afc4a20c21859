import { describe, expect, it } from 'vitest';
import { REPORT_COLUMNS, REPORT_NAMES, REPORTS } from '../../../src/report/reportColumns.js';
import { fixture, vpnRows } from './scanFixture.js';
import { reportFileName } from '../../../src/report/reportFileName.js';

describe('REPORT_COLUMNS', () => {
  // The Python script's columns lead each of its reports, in its order: scripts rely on them.
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
  ] as const)("%s starts with the Python script's columns", (name, leading) => {
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
  it('prefixes the name with the epoch, as the Python script does', () => {
    expect(reportFileName(1695071739, 'vpn_connections')).toBe('1695071739_vpn_connections.csv');
  });

  it.each([1.5, -1, Number.NaN, 1e30])('rejects epoch %s', (epoch) => {
    expect(() => reportFileName(epoch, 'scan_errors')).toThrow(RangeError);
  });
});

describe('every cell is neutralised', () => {
  /** A copy of `value` in which every string, wherever it sits, starts with a formula. */
  function poisoned<T>(value: T): T {
    if (typeof value === 'string') return `=${value}` as T;
    if (Array.isArray(value)) return value.map(poisoned) as T;
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, poisoned(v)])) as T;
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v)])) as T;
    }
    return value;
  }

  // Columns that hold only numbers or booleans the tool computes: nothing a user writes.
  const COMPUTED = new Set(['MonthlyCostUsd', 'Byoip', 'IsPrimary', 'Suppressed']);

  it.each(REPORT_NAMES)('%s: no cell a spreadsheet would run, in any column', (name) => {
    const scan = poisoned(fixture());
    scan.vpnConnections = poisoned(vpnRows());
    for (const row of [...scan.eniPublicIps, ...scan.associatedEips, ...scan.unassociatedEips]) {
      row.suppressionReason = '=cmd|calc';
    }
    const report = REPORTS[name];
    const rows = [...report.records(scan, { pricePerIpHour: 0.005 })];
    expect(rows.length, name).toBeGreaterThan(0);
    for (const [i, header] of report.headers.entries()) {
      const cells = rows.map((cells) => cells[i] ?? '');
      for (const cell of cells) expect(cell, `${name}.${header}`).not.toMatch(/^[=+\-@\t\r]/);
      if (!COMPUTED.has(header)) {
        // Every text the row carried held a formula: each shows as text.
        for (const cell of cells.filter((c) => c !== '')) {
          expect(cell, `${name}.${header}`).toMatch(/^'=/);
        }
      }
    }
  });
});
