// A baseline is trusted only once it passes the report schema; anything else is refused with a
// message saying what is wrong, which the audit turns into a warning and gates on all findings.
import { beforeAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../../__fixtures__/reportJson.js';
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
