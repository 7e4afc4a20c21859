// A baseline is trusted only once it passes the report schema; anything else is refused with a
// message saying what is wrong, which the audit turns into a warning and gates on all findings.
import { beforeAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../../__fixtures__/reportJson.js';
import { scopeDigest } from '../../../src/analyze/scope.js';
import { parseBaseline } from '../../../src/options/baselineFile.js';
import { fixture } from '../report/scanFixture.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let reportText: string;

beforeAll(async () => {
  reportText = await reportJson(fixture());
});

/** The writer's report, changed by `edit`, as text. */
function edited(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(reportText) as Doc;
  edit(doc);
  return JSON.stringify(doc);
}

const refusal = (text: string) => () => parseBaseline(text, 'base.json');

describe('parseBaseline', () => {
  it('reads the findings and total of a report the current writer wrote', () => {
    const doc = JSON.parse(reportText) as Doc;
    const baseline = parseBaseline(reportText, 'base.json');

    expect(baseline.source).toBe('base.json');
    expect(baseline.totalMonthlyUsd).toBe(doc.cost.totalMonthlyUsd);
    expect(baseline.totalMonthlyUsd).toBeGreaterThan(0);
    expect([...baseline.eniFindings]).toEqual(
      doc.findings.eniPublicIps.map((f: Doc) => [
        f.key,
        { suspicion: f.suspicion, address: f.address },
      ]),
    );
    expect(baseline.eniFindings.size).toBeGreaterThan(1);
    expect([...baseline.unassociatedEips]).toEqual(
      doc.findings.unassociatedEips.map((e: Doc) => e.key),
    );
    expect(baseline.unassociatedEips.size).toBeGreaterThan(0);
  });

  it('accepts fields a newer release of the same schemaVersion added', () => {
    const text = edited((doc) => {
      doc.addedLater = { anything: true };
      doc.findings.eniPublicIps[0].addedLater = 'x';
    });
    expect(parseBaseline(text, 'base.json').eniFindings.size).toBeGreaterThan(1);
  });

  it.each([
    ['null', 'null', 'the document must be object'],
    ['an array', '[]', 'the document must be object'],
    [
      'a document that is no report',
      '{"eniPublicIps":5}',
      "the document must have required property 'schemaVersion'",
    ],
  ])('refuses %s', (_what, text, problem) => {
    expect(refusal(text)).toThrow(`not a valid aws-ipv4-audit report.json: ${problem}`);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('{"schemaVersion": 1,')).toThrow(/^not JSON \(/);
  });

  it('refuses another schemaVersion', () => {
    const text = edited((doc) => {
      doc.schemaVersion = 2;
    });
    expect(refusal(text)).toThrow(
      new Error('not a valid aws-ipv4-audit report.json: /schemaVersion must be 1'),
    );
  });

  it('refuses a total that is a string, even one that reads as a number', () => {
    const text = edited((doc) => {
      doc.cost.totalMonthlyUsd = '1e308';
    });
    expect(refusal(text)).toThrow(
      new Error('not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be number'),
    );
  });

  it('refuses a total that JSON.parse turns into Infinity', () => {
    const text = reportText.replace(/"totalMonthlyUsd": [\d.]+/, '"totalMonthlyUsd": 1e999');
    expect(text).not.toBe(reportText);
    expect(refusal(text)).toThrow(
      new Error('not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be number'),
    );
  });

  it.each<[string, (doc: Doc) => void, string]>([
    [
      'a schema-valid-looking money value of 1e307 (its cents would be Infinity)',
      (doc) => {
        doc.cost.totalMonthlyUsd = 1e307;
      },
      '/cost/totalMonthlyUsd must be <= 10000000000000',
    ],
    [
      'a negative cost',
      (doc) => {
        doc.cost.byAccount[0].monthlyUsd = -1;
      },
      '/cost/byAccount/0/monthlyUsd must be >= 0',
    ],
    [
      'a count above the 2^32 IPv4 addresses there are',
      (doc) => {
        doc.totals.publicIpv4Addresses = 2 ** 32 + 1;
      },
      '/totals/publicIpv4Addresses must be <= 4294967296',
    ],
    [
      'a price above 1 USD an address-hour',
      (doc) => {
        doc.cost.pricePerIpHour = 306;
      },
      '/cost/pricePerIpHour must be <= 1',
    ],
    [
      'a cost change beyond any real bill',
      (doc) => {
        doc.baseline = {
          source: 'x',
          newFindings: [],
          goneFindings: [],
          changedSuspicion: [],
          unchanged: 0,
          newUnassociatedEips: [],
          monthlyCostDeltaUsd: -1e307,
        };
      },
      '/baseline must be null; /baseline/monthlyCostDeltaUsd must be >= -10000000000000; /baseline must match a schema in anyOf',
    ],
    [
      'a scan duration of a century',
      (doc) => {
        doc.scan.durationSeconds = 3.2e9;
      },
      '/scan/durationSeconds must be <= 31622400',
    ],
    [
      'a start in month 13',
      (doc) => {
        doc.scan.startedAt = '2026-13-01T00:00:00.000Z';
      },
      '/scan/startedAt must be a UTC time like 2026-11-23T06:00:00.000Z',
    ],
    [
      'a start on a day that does not exist (Date would move it to March)',
      (doc) => {
        doc.scan.startedAt = '2026-02-30T06:00:00.000Z';
      },
      "/scan/startedAt is not a real time ('2026-02-30T06:00:00.000Z')",
    ],
  ])('refuses %s, saying where', (_what, edit, problem) => {
    expect(refusal(edited(edit))).toThrow(
      new Error(`not a valid aws-ipv4-audit report.json: ${problem}`),
    );
  });

  it('refuses a finding without its key', () => {
    const text = edited((doc) => {
      delete doc.findings.eniPublicIps[1].key;
    });
    expect(refusal(text)).toThrow(
      new Error(
        "not a valid aws-ipv4-audit report.json: /findings/eniPublicIps/1 must have required property 'key'",
      ),
    );
  });

  it('refuses an unknown suspicion, naming the ones allowed', () => {
    const text = edited((doc) => {
      doc.findings.eniPublicIps[0].suspicion = 'NONE';
    });
    expect(refusal(text)).toThrow(
      new Error(
        'not a valid aws-ipv4-audit report.json: /findings/eniPublicIps/0/suspicion must be one of "LOW", "MODERATE", "HIGH", "UNKNOWN"',
      ),
    );
  });
});

describe('parseBaseline: the history a baseline carries', () => {
  const entry = (startedAt: string, monthlyCostUsd: number) => ({
    startedAt,
    monthlyCostUsd,
    potentialSavingsUsd: 0,
    publicIpv4Addresses: Math.round(monthlyCostUsd / 3.65),
    bySuspicion: { LOW: 1, MODERATE: 0, HIGH: 0, UNKNOWN: 0 },
    unassociatedEips: 0,
    accountRegionsPlanned: 2,
    accountRegionsComplete: 2,
  });

  it("reads the writer's history, which ends with the report's own run", () => {
    const doc = JSON.parse(reportText) as Doc;
    const baseline = parseBaseline(reportText, 'base.json');
    expect(doc.history).toHaveLength(1);
    expect(baseline.history).toEqual(doc.history);
    expect(baseline.run).toEqual(doc.history[0]);
    expect(baseline.run).toMatchObject({
      startedAt: doc.scan.startedAt,
      monthlyCostUsd: doc.cost.totalMonthlyUsd,
      potentialSavingsUsd: doc.cost.potentialSavingsUsd,
      publicIpv4Addresses: doc.totals.publicIpv4Addresses,
      bySuspicion: doc.totals.bySuspicion,
      unassociatedEips: doc.totals.unassociatedEips,
      accountRegionsPlanned: doc.coverage.planned,
      accountRegionsComplete: doc.coverage.complete,
    });
    expect(baseline.historyProblem).toBeUndefined();
  });

  it('keeps a longer history in order, without fields a newer release added', () => {
    const text = edited((doc) => {
      doc.history = [
        { ...entry('2026-11-16T06:00:00.000Z', 7.3), addedLater: true },
        entry('2026-11-23T06:00:00.000Z', 3.65),
        ...doc.history,
      ];
    });
    const baseline = parseBaseline(text, 'base.json');
    expect(baseline.history?.map((e) => e.startedAt)).toEqual([
      '2026-11-16T06:00:00.000Z',
      '2026-11-23T06:00:00.000Z',
      baseline.run.startedAt,
    ]);
    expect(baseline.history?.[0]).toEqual(entry('2026-11-16T06:00:00.000Z', 7.3));
  });

  it('an older report without a history: its totals stand in, coverage counted from its targets', () => {
    const text = edited((doc) => {
      delete doc.history;
      delete doc.coverage.planned;
      delete doc.coverage.complete;
      delete doc.coverage.reached;
      delete doc.coverage.gaps;
      const error = { api: 'ec2:DescribeSubnets', errorCode: 'Throttling', message: 'slow down' };
      doc.coverage.targets = [
        { accountId: '111111111111', region: 'us-east-1' },
        { accountId: '111111111111', region: 'eu-west-1' },
        { accountId: '222222222222', region: 'us-east-1' },
      ];
      doc.totals.accountRegionsScanned = 3;
      // Two failures in one target, one outside every target.
      doc.coverage.scanErrors = [
        { accountId: '111111111111', region: 'eu-west-1', ...error },
        { accountId: '111111111111', region: 'eu-west-1', ...error, api: 'ec2:DescribeAddresses' },
        { accountId: '222222222222', region: 'global', ...error },
      ];
    });
    const doc = JSON.parse(text) as Doc;
    const baseline = parseBaseline(text, 'base.json');
    expect(baseline.history).toBeUndefined();
    expect(baseline.historyProblem).toBeUndefined();
    expect(baseline.run).toEqual({
      startedAt: doc.scan.startedAt,
      monthlyCostUsd: doc.cost.totalMonthlyUsd,
      potentialSavingsUsd: doc.cost.potentialSavingsUsd,
      publicIpv4Addresses: doc.totals.publicIpv4Addresses,
      bySuspicion: doc.totals.bySuspicion,
      unassociatedEips: doc.totals.unassociatedEips,
      accountRegionsPlanned: 3,
      accountRegionsComplete: 2,
      // Read from its targets and failed calls: both accounts scanned, 222222222222's
      // accelerator listing failed.
      scope: scopeDigest(
        new Set(['111111111111/us-east-1', '222222222222/us-east-1', '111111111111/global']),
      ),
    });
    expect([...baseline.scope.complete].sort()).toEqual([
      '111111111111/global',
      '111111111111/us-east-1',
      '222222222222/us-east-1',
    ]);
  });

  it.each<[string, (doc: Doc) => void, string]>([
    [
      'a cost that is a string',
      (doc) => {
        doc.history[0].monthlyCostUsd = '87.60';
      },
      '/history/0/monthlyCostUsd must be number',
    ],
    [
      'an entry without its time',
      (doc) => {
        delete doc.history[0].startedAt;
      },
      "/history/0 must have required property 'startedAt'",
    ],
    [
      'a time that is not UTC ISO',
      (doc) => {
        doc.history[0].startedAt = 'last Monday';
      },
      '/history/0/startedAt must be a UTC time like 2026-11-23T06:00:00.000Z',
    ],
    [
      'a cost of 1e307',
      (doc) => {
        doc.history[0].monthlyCostUsd = 1e307;
      },
      '/history/0/monthlyCostUsd must be <= 10000000000000',
    ],
    [
      'a day that does not exist',
      (doc) => {
        doc.history[0].startedAt = '2026-04-31T06:00:00.000Z';
      },
      "/history/0/startedAt is not a real time ('2026-04-31T06:00:00.000Z')",
    ],
    [
      'an object instead of a list',
      (doc) => {
        doc.history = { runs: [] };
      },
      '/history must be array',
    ],
    [
      'null',
      (doc) => {
        doc.history = null;
      },
      '/history must be array',
    ],
  ])('drops a history with %s, saying why, and keeps the findings', (_what, edit, problem) => {
    const baseline = parseBaseline(edited(edit), 'base.json');
    expect(baseline.historyProblem).toBe(problem);
    expect(baseline.history).toBeUndefined();
    expect(baseline.eniFindings.size).toBeGreaterThan(1);
    expect(baseline.run.monthlyCostUsd).toBe(baseline.totalMonthlyUsd);
  });

  it('still refuses a baseline whose other parts are wrong, whatever its history', () => {
    const text = edited((doc) => {
      doc.history = 'garbage';
      doc.cost.totalMonthlyUsd = 'x';
    });
    expect(refusal(text)).toThrow(
      new Error('not a valid aws-ipv4-audit report.json: /cost/totalMonthlyUsd must be number'),
    );
  });
});
