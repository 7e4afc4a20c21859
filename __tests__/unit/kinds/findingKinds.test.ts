// Every kind of finding is described once (src/kinds/): these check that the list covers every
// list of findings, that the reports keep their contract order, and that the address-cost rule
// does not depend on the order the kinds are gone through.
import { describe, expect, it } from 'vitest';
import { eipRow, eniRow, emptyScan } from '../../../__fixtures__/findings.js';
import { summarizeCost } from '../../../src/analyze/cost.js';
import { FINDING_KINDS } from '../../../src/kinds/findingKinds.js';
import { PAGE_TABLES } from '../../../src/report/html/pageTables.js';
import { REPORT_NAMES } from '../../../src/report/reportColumns.js';
import schema from '../../../schema/report.schema.json' with { type: 'json' };

describe('FINDING_KINDS', () => {
  it("has one kind for each list of report.json's findings, and each of the scan's lists", () => {
    const members = FINDING_KINDS.map((kind) => kind.member);
    expect([...members].sort()).toEqual(Object.keys(schema.properties.findings.properties).sort());
    expect([...members].sort()).toEqual(
      Object.keys(emptyScan())
        .filter((key) => (members as readonly string[]).includes(key))
        .sort(),
    );
  });

  it("writes the Python script's six CSV files first, in its order, then the coverage reports", () => {
    expect(REPORT_NAMES).toEqual([
      'associated_eips',
      'unassociated_eips',
      'eni_public_ips',
      'private_subnets_with_auto_assign',
      'vpn_connections',
      'global_accelerators',
      'unchecked_accounts',
      'scan_errors',
      'policy_denied',
    ]);
  });

  it('places the HTML tables: what to do, the findings, the other kinds, then coverage', () => {
    expect(PAGE_TABLES.map((table) => table.id)).toEqual([
      'actions',
      'findings',
      'unassociated-eips',
      'associated-eips',
      'auto-assign-subnets',
      'vpn-connections',
      'global-accelerators',
      'scan-errors',
      'policy-denied',
      'unchecked-accounts',
    ]);
  });
});

describe('the cost of an address two kinds hold', () => {
  // An Elastic IP on an interface is a row of both lists: counted once, as the interface's
  // address (its type and suspicion), BYOIP if either row says so, whichever comes first.
  const scan = emptyScan({
    eniPublicIps: [
      eniRow({ address: '3.0.0.1', interfaceType: 'EC2 Instance', suspicion: 'HIGH' }),
    ],
    associatedEips: [eipRow({ publicIp: '3.0.0.1', byoip: true, pool: 'ipv4pool-ec2-1' })],
  });
  const addresses = FINDING_KINDS.flatMap((kind) => [...kind.addresses(scan)]);

  it.each([
    ['Elastic IP row first', addresses],
    ['interface row first', [...addresses].reverse()],
  ])('is counted once as the interface address (%s)', (_, order) => {
    const cost = summarizeCost(order, [], 0.005);
    expect(cost.addressCount).toBe(1);
    expect(cost.byoipAddressCount).toBe(1);
    expect(cost.byInterfaceType).toEqual([
      { interfaceType: 'EC2 Instance', addresses: 1, monthlyUsd: 0 },
    ]);
    expect(cost.bySuspicion).toEqual({ LOW: 0, MODERATE: 0, HIGH: 1, UNKNOWN: 0 });
  });
});
