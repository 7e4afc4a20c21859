// Progress as the scan counts it and as a log shows it, on a clock the test moves: no wall time.
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/common/logger.js';
import { CallQueue } from '../../../src/scan/callQueue.js';
import { ErrorLog } from '../../../src/scan/errorLog.js';
import { PLAIN_INTERVAL_MS, progressLog } from '../../../src/scan/progressLog.js';
import { clockTime, duration, finishedLine, progressLine } from '../../../src/scan/progressText.js';
import { ScanProgress, type ProgressSnapshot } from '../../../src/scan/scanProgress.js';
import { manualTicker } from './manualTicker.js';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: () => {},
  };
}

const SNAPSHOT: ProgressSnapshot = {
  elapsedMs: 42_300,
  accounts: { done: 12, total: 40 },
  targets: { done: 37, total: 120 },
  targetsGrowing: true,
  requests: 1412,
  errors: 1,
  waitingOn: {
    accountId: '222222222222',
    region: 'eu-west-1',
    api: 'ec2:DescribeNetworkInterfaces',
    forMs: 31_000,
  },
};

describe('progress text', () => {
  it('says what is done, what is slow, and how long it has been', () => {
    expect(progressLine(SNAPSHOT)).toBe(
      '[0:42] 37/120+ account-regions, 12/40 accounts, 1,412 AWS calls, 1 error; ' +
        'waiting longest on 222222222222 eu-west-1 ec2:DescribeNetworkInterfaces (31 s)',
    );
    const idle = { ...SNAPSHOT, waitingOn: undefined };
    expect(progressLine({ ...idle, targetsGrowing: false, errors: 0, requests: 1 })).toBe(
      '[0:42] 37/120 account-regions, 12/40 accounts, 1 AWS call, 0 errors',
    );
    expect(finishedLine({ ...idle, elapsedMs: 65_000, targetsGrowing: false })).toBe(
      'Scan finished in 1 min 05 s: 37/120 account-regions, 12/40 accounts, 1,412 AWS calls, 1 error',
    );
  });

  it("ends a scan that finished counting as the summary's coverage line does", () => {
    const gap = { accountId: '444444444444', region: '*', reached: false, failures: ['x'] };
    const coverage = { planned: 7, complete: 6, reached: 6, read: 6, policyDenied: 0, gaps: [gap] };
    const last = { ...SNAPSHOT, waitingOn: undefined, targets: { done: 7, total: 7 } };
    // The progress said 7/7 account-regions done; one of them failed, as stdout says.
    expect(finishedLine({ ...last, elapsedMs: 400, requests: 36, errors: 1, coverage })).toBe(
      'Scan finished in 0.4 s: 6 of 7 account-regions read completely, 36 AWS calls, 1 error',
    );
  });

  it('writes times a person reads at a glance', () => {
    expect([0, 999, 42_300, 605_000, 3_723_000].map(clockTime)).toEqual([
      '0:00',
      '0:00',
      '0:42',
      '10:05',
      '1:02:03',
    ]);
    expect([400, 9_960, 42_300, 65_000, 3_723_000].map(duration)).toEqual([
      '0.4 s',
      '9.9 s',
      '42 s',
      '1 min 05 s',
      '1 h 02 min',
    ]);
  });
});

describe('ScanProgress', () => {
  it('counts targets and accounts, and names the call running longest', async () => {
    let clock = 1_000;
    const now = () => clock;
    const errors = new ErrorLog(recordingLogger());
    const calls = new CallQueue(2, errors, now);
    const progress = new ScanProgress({
      accounts: 2,
      calls,
      errors,
      requests: () => 7,
      now,
      startedAt: 500,
    });
    progress.accountPlanned('111111111111');
    progress.targetAdded();
    progress.targetAdded();
    progress.targetsSettled(1); // a region that is not enabled
    const release: (() => void)[] = [];
    const hold = () => new Promise<void>((resolve) => release.push(resolve));
    const first = calls.run({ accountId: '111111111111', region: 'us-east-1' }, 'ec2:A', hold);
    clock = 3_000;
    const second = calls.run({ accountId: '222222222222', region: 'eu-west-1' }, 'ec2:B', hold);
    await Promise.resolve();
    clock = 10_000;
    expect(progress.snapshot()).toEqual({
      elapsedMs: 9_500,
      accounts: { done: 0, total: 2 },
      targets: { done: 1, total: 3 },
      targetsGrowing: true,
      requests: 7,
      errors: 0,
      waitingOn: { accountId: '111111111111', region: 'us-east-1', api: 'ec2:A', forMs: 9_000 },
    });

    release[0]?.();
    await first;
    progress.targetDone();
    progress.accountDone('111111111111');
    expect(progress.snapshot().waitingOn).toEqual({
      accountId: '222222222222',
      region: 'eu-west-1',
      api: 'ec2:B',
      forMs: 7_000,
    });
    release[1]?.();
    await second;
    progress.accountDone('222222222222');
    const last = progress.snapshot();
    expect(last).toMatchObject({ accounts: { done: 2, total: 2 }, targetsGrowing: false });
    expect(last.waitingOn).toBeUndefined();
  });
});

describe('progressLog', () => {
  it('logs a line each time its ticker fires, every 10 s, then the last line', () => {
    const logger = recordingLogger();
    const ticker = manualTicker();
    const reporter = progressLog(logger, ticker.every);
    let snapshot: ProgressSnapshot = { ...SNAPSHOT, elapsedMs: 0 };
    reporter.start(() => snapshot);
    expect(ticker.intervals).toEqual([PLAIN_INTERVAL_MS]);
    expect(logger.lines).toEqual([]); // nothing until the first interval has passed
    snapshot = { ...SNAPSHOT, elapsedMs: 10_000 };
    ticker.tick();
    expect(logger.lines).toEqual([progressLine(snapshot)]);
    reporter.finish({ ...SNAPSHOT, elapsedMs: 12_000 });
    expect(ticker.stopped).toBe(true);
    expect(logger.lines.at(-1)).toBe(
      'Scan finished in 12 s: 37/120+ account-regions, 12/40 accounts, 1,412 AWS calls, 1 error',
    );
  });
});
