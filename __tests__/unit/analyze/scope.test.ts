// Diffs and trends compare like with like: what each run read completely, and both runs'
// figures over what both read.
import { describe, expect, it } from 'vitest';
import { eipRow, emptyScan, eniRow } from '../../../__fixtures__/findings.js';
import { run, SAME_SCOPE } from '../../../__fixtures__/historyEntries.js';
import { diffBaseline, type Baseline } from '../../../src/analyze/baselineDiff.js';
import { eniFindingKey } from '../../../src/analyze/findingKeys.js';
import { historyTrend } from '../../../src/analyze/history.js';
import { findingAddresses } from '../../../src/kinds/findingAddresses.js';
import {
  compareScopes,
  completeTargets,
  figuresByTarget,
  readScope,
  scopeDigest,
  type ReadScope,
} from '../../../src/analyze/scope.js';

const A = '111111111111';
const B = '222222222222';
const PRICE = 0.005;

describe('completeTargets', () => {
  it('keeps the scanned regions and the accelerator listings without a gap of their own or of the account', () => {
    expect(
      [
        ...completeTargets({
          accountsScanned: [A, B],
          targets: [
            { accountId: A, region: 'us-east-1' },
            { accountId: A, region: 'eu-west-1' },
            { accountId: B, region: 'us-east-1' },
          ],
          gaps: [
            { accountId: A, region: 'eu-west-1' },
            { accountId: B, region: 'global' },
          ],
        }),
      ].sort(),
    ).toEqual([`${A}/global`, `${A}/us-east-1`, `${B}/us-east-1`]);
  });

  it('leaves out every target of an account with a whole-account gap', () => {
    expect([
      ...completeTargets({
        accountsScanned: [A],
        targets: [{ accountId: A, region: 'us-east-1' }],
        gaps: [{ accountId: A, region: '*' }],
      }),
    ]).toEqual([]);
  });
});

describe('figuresByTarget', () => {
  it('counts each address once where it was first found, free when any record says BYOIP', () => {
    const scan = emptyScan({
      eniPublicIps: [
        eniRow({ address: '54.0.0.1' }),
        eniRow({ address: '54.0.0.2', region: 'eu-west-1' }),
      ],
      // The interface's account, not the Elastic IP's, holds the address: interfaces come first.
      associatedEips: [eipRow({ publicIp: '54.0.0.1', byoip: true, accountId: B })],
      unassociatedEips: [eipRow({ publicIp: '3.0.0.9', accountId: B })],
      globalAccelerators: [
        {
          ownerAccountId: A,
          arn: 'arn:aws:globalaccelerator::111111111111:accelerator/x',
          address1: '75.2.0.1',
          address2: '99.83.0.1',
          allAddresses: ['75.2.0.1', '99.83.0.1'],
          kind: 'STANDARD',
        },
      ],
    });
    expect(Object.fromEntries(figuresByTarget(findingAddresses(scan), PRICE))).toEqual({
      [`${A}/us-east-1`]: { addresses: 1, monthlyUsd: 0 },
      [`${A}/eu-west-1`]: { addresses: 1, monthlyUsd: 3.65 },
      [`${B}/us-east-1`]: { addresses: 1, monthlyUsd: 3.65 },
      [`${A}/global`]: { addresses: 2, monthlyUsd: 7.3 },
    });
  });
});

describe('scopeDigest', () => {
  it('is the same for the same targets in any order, and differs for others', () => {
    const one = scopeDigest(new Set([`${A}/us-east-1`, `${B}/us-east-1`]));
    expect(one).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(scopeDigest(new Set([`${B}/us-east-1`, `${A}/us-east-1`]))).toBe(one);
    expect(scopeDigest(new Set([`${A}/us-east-1`]))).not.toBe(one);
  });
});

/** A scope of complete targets, each holding `addresses` charged addresses. */
function scope(targets: Record<string, number>): ReadScope {
  return {
    complete: new Set(Object.keys(targets)),
    figures: new Map(
      Object.entries(targets).map(([t, n]) => [t, { addresses: n, monthlyUsd: n * 3.65 }]),
    ),
  };
}

describe('compareScopes', () => {
  it('sums each run over the targets both read', () => {
    const comparison = compareScopes(
      scope({ [`${A}/us-east-1`]: 3 }),
      scope({ [`${A}/us-east-1`]: 4, [`${B}/us-east-1`]: 10, [`${B}/global`]: 8 }),
    );
    expect(comparison).toEqual({
      same: false,
      common: 1,
      onlyBaseline: 2,
      onlyThisRun: 0,
      baseline: { addresses: 4, monthlyUsd: 14.6 },
      thisRun: { addresses: 3, monthlyUsd: 10.95 },
    });
  });
});

describe('diffBaseline over what both runs read', () => {
  const kept = eniRow({ address: '54.0.0.1', suspicion: 'HIGH' });
  const goneHere = eniRow({ address: '54.0.0.2' });
  const elsewhere = eniRow({ address: '52.0.0.3', ownerAccountId: B, region: 'eu-west-1' });
  const partlyRead = eniRow({ address: '52.0.0.4', ownerAccountId: B, region: 'us-east-1' });
  const baseline: Baseline = {
    source: 'base.json',
    eniFindings: new Map(
      [kept, goneHere, elsewhere, partlyRead].map((f) => [
        eniFindingKey(f),
        { suspicion: f.suspicion, address: f.address },
      ]),
    ),
    unassociatedEips: new Set(),
    totalMonthlyUsd: 4 * 3.65,
    scope: scope({ [`${A}/us-east-1`]: 2, [`${B}/eu-west-1`]: 1, [`${B}/us-east-1`]: 1 }),
    run: run('2026-11-23', 4),
  };

  it('calls gone only what vanished from a target both read; the rest is not compared', () => {
    // This run read A's us-east-1 and, partly, B's us-east-1 (a failed call): not B's eu-west-1.
    const current = readScope(
      findingAddresses(emptyScan({ eniPublicIps: [kept] })),
      {
        accountsScanned: [A, B],
        targets: [
          { accountId: A, region: 'us-east-1' },
          { accountId: B, region: 'us-east-1' },
        ],
        gaps: [{ accountId: B, region: 'us-east-1' }],
      },
      PRICE,
    );
    const diff = diffBaseline(
      { eniPublicIps: [kept], unassociatedEips: [], scope: current },
      baseline,
    );
    expect(diff.goneFindings.map((g) => g.address)).toEqual(['54.0.0.2']);
    expect(diff.notCompared).toBe(2);
    expect(diff.unchanged).toBe(1);
    // Over A's us-east-1 alone: 1 address now, 2 then.
    expect(diff.monthlyCostDeltaUsd).toBeCloseTo(-3.65, 10);
    expect(diff.scope).toMatchObject({ same: false, common: 1, onlyBaseline: 2 });
  });
});

describe('historyTrend across scopes', () => {
  const other = 'sha256:fedcba9876543210';

  it('compares the last run over what both read when the scopes differ', () => {
    const history = [run('2026-11-23', 40, { scope: other }), run('2026-11-30', 3)];
    const trend = historyTrend(history, {
      same: false,
      common: 2,
      onlyBaseline: 14,
      onlyThisRun: 0,
      baseline: { addresses: 4, monthlyUsd: 14.6 },
      thisRun: { addresses: 3, monthlyUsd: 10.95 },
    });
    expect(trend?.sinceLast).toEqual({
      since: history[0],
      scope: 'common',
      addresses: -1,
      monthlyUsd: 10.95 - 14.6,
      both: 2,
      then: 16,
      now: 2,
    });
  });

  it('does not compare an older run of another scope, and says when a run recorded none', () => {
    const history = [
      run('2026-11-09', 40, { scope: other }),
      run('2026-11-23', 5),
      run('2026-11-30', 3),
    ];
    expect(historyTrend(history)?.sinceWindowStart).toEqual({
      since: history[0],
      scope: 'different',
    });
    const unrecorded = [run('2026-11-09', 40, { scope: undefined }), ...history.slice(1)];
    expect(historyTrend(unrecorded)?.sinceWindowStart).toMatchObject({
      scope: 'unrecorded',
      addresses: -37,
    });
    expect(historyTrend(history)?.sinceLast).toMatchObject({ scope: 'same', addresses: -2 });
    expect(history[1]?.scope).toBe(SAME_SCOPE);
  });
});
