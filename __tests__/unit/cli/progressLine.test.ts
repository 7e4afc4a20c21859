// The terminal's live progress line: redrawn in place, cut to the width, log lines above it,
// and replaced at the end by a line that stays. Streams and ticks are the test's own.
import { describe, expect, it } from 'vitest';
import { consoleLogger } from '../../../src/cli/consoleLogger.js';
import { liveProgress, REDRAW_INTERVAL_MS } from '../../../src/cli/progressLine.js';
import { CLEAR_LINE, StatusLine } from '../../../src/cli/statusLine.js';
import type { ProgressSnapshot } from '../../../src/scan/scanProgress.js';
import { sink } from '../../integration/cliRunner.js';
import { manualTicker } from '../scan/manualTicker.js';

const snapshot = (elapsedMs: number, done: number): ProgressSnapshot => ({
  elapsedMs,
  accounts: { done: 0, total: 2 },
  targets: { done, total: 6 },
  targetsGrowing: false,
  requests: 10 + done,
  errors: 0,
  waitingOn: { accountId: '222222222222', region: 'us-east-1', api: 'ec2:X', forMs: 1_500 },
});

describe('StatusLine', () => {
  it('redraws one line in place, only when it changed, cut to the width', () => {
    const out = sink({ columns: 30 });
    const status = new StatusLine(out.stream);
    status.show('short');
    status.show('short');
    status.show('a line much longer than thirty columns');
    expect(out.text()).toBe(`${CLEAR_LINE}short${CLEAR_LINE}a line much longer than thir…`);
  });

  it('takes a terminal of unknown width (0) to be 80 wide', () => {
    const out = sink({ columns: 0 });
    new StatusLine(out.stream).show('x'.repeat(100));
    expect(out.text()).toBe(`${CLEAR_LINE}${'x'.repeat(78)}…`);
  });

  it('prints other lines above the status, then draws it again', () => {
    const out = sink({ columns: 80 });
    const status = new StatusLine(out.stream);
    const logger = consoleLogger(out.stream, {}, status);
    logger.info('before any status');
    status.show('[0:01] progress');
    logger.warning('something failed');
    status.clear();
    logger.info('after');
    expect(out.text()).toBe(
      'before any status\n' +
        `${CLEAR_LINE}[0:01] progress` +
        `${CLEAR_LINE}warning: something failed\n[0:01] progress` +
        `${CLEAR_LINE}after\n`,
    );
  });
});

describe('consoleLogger', () => {
  it('drops info lines with --quiet, keeps warnings, and shows debug lines only with --verbose', () => {
    const out = sink();
    const quiet = consoleLogger(out.stream, { quiet: true });
    quiet.info('progress');
    quiet.warning('kept');
    quiet.debug('dropped');
    consoleLogger(out.stream, { verbose: true }).debug('shown');
    expect(out.text()).toBe('warning: kept\ndebug: shown\n');
  });
});

describe('liveProgress', () => {
  it('draws at once, on each tick, and ends with the last line on a line of its own', () => {
    const out = sink({ columns: 200 });
    const ticker = manualTicker();
    const reporter = liveProgress(new StatusLine(out.stream), ticker.every);
    let now = snapshot(0, 0);
    reporter.start(() => now);
    expect(ticker.intervals).toEqual([REDRAW_INTERVAL_MS]);
    now = snapshot(2_000, 3);
    ticker.tick();
    reporter.finish(snapshot(4_200, 6));
    expect(ticker.stopped).toBe(true);
    expect(out.text().split(CLEAR_LINE)).toEqual([
      '',
      '[0:00] 0/6 account-regions, 0/2 accounts, 10 AWS calls, 0 errors; waiting longest on 222222222222 us-east-1 ec2:X (1.5 s)',
      '[0:02] 3/6 account-regions, 0/2 accounts, 13 AWS calls, 0 errors; waiting longest on 222222222222 us-east-1 ec2:X (1.5 s)',
      'Scan finished in 4.2 s: 6/6 account-regions, 0/2 accounts, 16 AWS calls, 0 errors\n',
    ]);
  });
});
