import { describe, expect, it } from 'vitest';
import { combineVerdicts, notAssessed, PASSED, raised } from '../../../src/analyze/suspicion.js';
import { type CheckVerdict } from '../../../src/model/checkVerdict.js';
import type { Suspicion } from '../../../src/model/findings.js';

const sgHigh = raised('HIGH', 'sg high');
const sgModerate = raised('MODERATE', 'sg moderate');
const routesHigh = raised('HIGH', 'routes high');
const unattached = raised('HIGH', 'unattached');
const sgUnknown = notAssessed(['sg unknown']);
const routesUnknown = notAssessed(['routes unknown']);

describe('combineVerdicts', () => {
  it.each<[string, CheckVerdict[], Suspicion, string[]]>([
    ['nothing raised', [PASSED, PASSED, PASSED], 'LOW', []],
    ['no checks', [], 'LOW', []],
    ['one moderate', [sgModerate, PASSED, PASSED], 'MODERATE', ['sg moderate']],
    [
      'highest wins, reasons accumulate in check order',
      [sgModerate, routesHigh, unattached],
      'HIGH',
      ['sg moderate', 'routes high', 'unattached'],
    ],
    ['HIGH then moderate stays HIGH', [sgHigh, PASSED, PASSED], 'HIGH', ['sg high']],
    [
      'not assessed, rest LOW: UNKNOWN',
      [PASSED, routesUnknown, PASSED],
      'UNKNOWN',
      ['routes unknown'],
    ],
    [
      'not assessed, rest MODERATE: UNKNOWN with both reasons',
      [sgModerate, routesUnknown, PASSED],
      'UNKNOWN',
      ['sg moderate', 'routes unknown'],
    ],
    [
      'not assessed but HIGH established: HIGH',
      [sgUnknown, routesHigh, PASSED],
      'HIGH',
      ['sg unknown', 'routes high'],
    ],
    [
      'HIGH established, a later check not assessed: HIGH',
      [sgHigh, routesUnknown, PASSED],
      'HIGH',
      ['sg high', 'routes unknown'],
    ],
    [
      'two not assessed',
      [sgUnknown, routesUnknown, PASSED],
      'UNKNOWN',
      ['sg unknown', 'routes unknown'],
    ],
    [
      'two not assessed and unattached',
      [sgUnknown, routesUnknown, unattached],
      'HIGH',
      ['sg unknown', 'routes unknown', 'unattached'],
    ],
  ])('%s', (_case, verdicts, suspicion, reasons) => {
    expect(combineVerdicts(verdicts)).toEqual({ suspicion, reasons });
  });
});
