import { describe, expect, it } from 'vitest';
import { eipRow, eniRow } from '../../../__fixtures__/findings.js';
import { applySuppressions, matches, type Suppression } from '../../../src/analyze/suppressions.js';
import type { ElasticIp, EniPublicIp } from '../../../src/model/findings.js';

const finding = {
  address: '54.0.0.1',
  interfaceId: 'eni-1',
  allocationId: 'eipalloc-1',
  account: '111111111111',
  region: 'us-east-1',
  interfaceType: 'EC2 Instance',
  service: 'ec2',
  tags: new Map([
    ['Name', 'bastion'],
    ['team', 'net'],
  ]),
};

describe('matches', () => {
  it.each([
    [{ address: '54.0.0.1' }, true],
    [{ address: '54.0.0.2' }, false],
    [{ interfaceId: 'eni-1' }, true],
    [{ allocationId: 'eipalloc-2' }, false],
    [{ account: '111111111111' }, true],
    [{ region: 'eu-west-1' }, false],
    [{ interfaceType: 'EC2 Instance' }, true],
    [{ service: 'ec2' }, true],
    [{ service: 'nat-gateway' }, false],
    [{ tag: { key: 'Name' } }, true],
    [{ tag: { key: 'Name', value: 'bastion' } }, true],
    [{ tag: { key: 'Name', value: 'web' } }, false],
    [{ tag: { key: 'owner' } }, false],
    // Names every plain object has: only a tag of that name may match.
    [{ tag: { key: 'constructor' } }, false],
    [{ tag: { key: 'toString' } }, false],
    [{ tag: { key: '__proto__' } }, false],
    [{ tag: { key: 'hasOwnProperty' } }, false],
    [{ account: '111111111111', region: 'us-east-1', interfaceType: 'NAT Gateway' }, false],
    [{ account: '111111111111', region: 'us-east-1', interfaceType: 'EC2 Instance' }, true],
  ])('%j -> %s', (match, expected) => {
    expect(matches(match, finding)).toBe(expected);
  });

  it('never matches a field the finding lacks', () => {
    expect(matches({ allocationId: 'eipalloc-1' }, { address: '54.0.0.1' })).toBe(false);
  });
});

describe('applySuppressions', () => {
  const eni = (address: string): EniPublicIp => eniRow({ address, suspicion: 'HIGH' });
  const eip: ElasticIp = eipRow({ publicIp: '3.0.0.1' });
  const entry = (match: Suppression['match'], reason: string, expires?: string): Suppression => ({
    match,
    reason,
    source: `s.yml:${reason.length}`,
    ...(expires ? { expires } : {}),
  });

  it('marks matches with the first entry in force, reports expired and unused entries', () => {
    const rows = {
      eniPublicIps: [eni('54.0.0.1'), eni('54.0.0.2')],
      associatedEips: [],
      unassociatedEips: [{ ...eip }],
    };
    const expired = entry({ address: '54.0.0.2' }, 'old exception', '2026-11-25');
    const lastDay = entry({ address: '54.0.0.1' }, 'until today', '2026-11-26');
    const idle = entry({ interfaceType: 'Unassociated Elastic IP' }, 'DR spares');
    const unused = entry({ region: 'ap-east-1' }, 'nothing there');
    const outcome = applySuppressions(rows, [expired, lastDay, idle, unused], '2026-11-26');
    expect(outcome).toEqual({ expired: [expired], unused: [unused], suppressed: 2 });
    expect(rows.eniPublicIps.map((r) => r.suppressionReason)).toEqual(['until today', undefined]);
    expect(rows.unassociatedEips[0]?.suppressionReason).toBe('DR spares');
  });
});
