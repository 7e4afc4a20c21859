import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import type { EniPublicIp } from '../../../src/model/findings.js';
import type { GateCheck, GateResult } from '../../../src/gate/evaluateGate.js';
import type { SummaryInput } from '../../../src/report/summaryInput.js';
import { MAX_SUMMARY_BYTES, summaryMarkdown } from '../../../src/report/summaryMarkdown.js';
import type { ScanResult } from '../../../src/model/scanResult.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import { run } from '../../../__fixtures__/historyEntries.js';
import { SCAN_TIMES, fixture } from './scanFixture.js';
import { inspectMarkdown, pingsAndReferences } from '../../../__fixtures__/markdownInspection.js';

/** Two runs that read the same account-regions (the scope part of a baseline diff). */
const SAME_SCOPE = {
  same: true,
  common: 4,
  onlyBaseline: 0,
  onlyThisRun: 0,
  baseline: { addresses: 3, monthlyUsd: 10.95 },
  thisRun: { addresses: 4, monthlyUsd: 14.6 },
};

const GOLDEN = fileURLToPath(new URL('./golden/summary.md', import.meta.url));
const MIB = 1024 * 1024;

// Built by hand, so the golden file does not follow changes to the gate's wording.
const FAILED: GateResult = {
  passed: false,
  counts: {
    highSuspicion: 1,
    unassociatedEips: 2,
    scanErrors: 2,
    suppressed: 0,
    scope: 'all',
    highExamples: [],
    unassociatedExamples: [],
    coverage: { planned: 3, complete: 1, reached: 3, read: 2, policyDenied: 0, gaps: [] },
    policyDenied: 0,
    policyDeniedExamples: [],
    ipamMissed: 0,
    ipamMissedExamples: [],
  },
  checks: [
    check('coverage', 3, 1, true, 'bound:min'),
    check(
      'max-high-suspicion',
      1,
      0,
      false,
      '1 HIGH-suspicion public IPs exceed max-high-suspicion (0) by 1',
    ),
    check('max-unassociated-eips', 2, 5, true, 'within'),
  ],
  violations: [],
};
FAILED.violations = FAILED.checks.filter((c) => !c.passed);

function check(
  input: string,
  count: number,
  limit: number,
  passed: boolean,
  message: string,
): GateCheck {
  const bound = message === 'bound:min' ? 'min' : 'max';
  return { input, count, limit, bound, passed, message };
}

/** A passed gate with only the checks given (coverage always on). */
function passedGate(...checks: GateCheck[]): GateResult {
  const all = [check('coverage', 1, 1, true, 'bound:min'), ...checks];
  return { passed: true, counts: FAILED.counts, checks: all, violations: [] };
}

/** The report fixture, with user text trying markdown and HTML injection where the summary shows it. */
function hostileScan(): ScanResult {
  const scan = fixture();
  scan.eniPublicIps[1]!.interfaceType = '<script>alert(1)</script> | [x](javascript:alert(1))';
  scan.scanErrors[1]!.errorCode = 'Access*Denied*\n| injected | row |';
  return scan;
}

function input(scan: ScanResult, overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    ...auditOutcome(scan, { gate: FAILED }),
    artifact: {
      name: 'ipv4-audit-reports',
      url: 'https://github.com/o/r/actions/runs/1/artifacts/2',
    },
    ...overrides,
  };
}

function highScan(findings: number, accounts: number): ScanResult {
  const scan = emptyScan(SCAN_TIMES);
  const base: EniPublicIp = fixture().eniPublicIps[1]!;
  scan.eniPublicIps = Array.from({ length: findings }, (_, i) => ({
    ...base,
    ownerAccountId: String(100000000000 + (i % accounts)),
    interfaceId: `eni-${String(i).padStart(17, '0')}`,
    address: `54.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    // The longest a description-derived type may be, all of it escaped.
    interfaceType: '<b>|</b>'.repeat(40),
  }));
  scan.accountsScanned = Array.from({ length: accounts }, (_, i) => String(100000000000 + i));
  return scan;
}

/** The only HTML the summary writes: its own fold around the long tables. */
const OWN_HTML = [
  '<details><summary>Totals, cost, savings by action, HIGH-suspicion addresses, accounts, scan errors</summary>\n',
  '</details>\n',
];

describe('summaryMarkdown', () => {
  it('matches golden/summary.md for the report fixture', async () => {
    const markdown = summaryMarkdown(input(hostileScan()));
    // UPDATE_GOLDEN=1 rewrites the file after a deliberate change; review its diff.
    if (process.env.UPDATE_GOLDEN) await writeFile(GOLDEN, markdown);

    expect(markdown).toBe(await readFile(GOLDEN, 'utf8'));
  });

  it('keeps hostile text inert', () => {
    const markdown = summaryMarkdown(
      input(hostileScan(), {
        artifact: { name: '[a](javascript:x)', error: '<img src=x onerror=alert(1)>\nsecond line' },
      }),
    );
    const read = inspectMarkdown(markdown);

    expect(read.html).toEqual(OWN_HTML);
    expect(read.links).toEqual([]);
    // Every table keeps its shape: no cell text added a cell.
    for (const table of read.tables) expect(new Set(table).size).toBe(1);
    expect(read.code).toContain('Access*Denied* ¦ injected ¦ row ¦');
    expect(read.code).toContain('<img src=x onerror=alert(1)> second line');
  });

  // What GitHub would act on: mentions (&#64; is decoded before mentions are found), issue
  // references, bare URLs and www. addresses, backticks that would end a code span early.
  const PAYLOADS = [
    '@org/team please look',
    '&#64;team',
    'see #1',
    'https://evil.example/login',
    'www.evil.example',
    'mail admin@evil.example',
    '`x` ``y`` end`',
    '<!-- hidden --> <b>bold</b>',
    '[click](https://evil.example) ![i](https://evil.example/i.png)',
  ];

  it.each(PAYLOADS)('shows %j as text: no mention, reference, link or markup', (payload) => {
    const scan = fixture();
    scan.eniPublicIps[1]!.interfaceType = payload;
    scan.scanErrors[1]!.errorCode = payload;
    const markdown = summaryMarkdown(
      input(scan, {
        artifact: { name: 'reports', error: payload },
        baselineDiff: {
          source: payload,
          newFindings: [{ key: payload, address: payload, suspicion: 'HIGH' }],
          goneFindings: [],
          changedSuspicion: [],
          unchanged: 0,
          newUnassociatedEips: [],
          monthlyCostDeltaUsd: 0,
          notCompared: 0,
          scope: SAME_SCOPE,
        },
      }),
    );
    const read = inspectMarkdown(markdown);

    expect(read.links).toEqual([]);
    expect(read.html).toEqual(OWN_HTML);
    expect(pingsAndReferences(read)).toEqual([]);
    for (const table of read.tables) expect(new Set(table).size).toBe(1);
    // The text itself is all there, each time inside one code span.
    const shown = payload.replace(/\|/g, '¦');
    expect(read.code.filter((c) => c.trim() === shown.trim()).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps ids inert as a hostile endpoint might answer them: account, region, address', () => {
    const payload = '1 | @octocat [x](https://evil.example) <b>hi</b> GH-12 www.evil.example';
    const scan = fixture();
    const [first] = scan.eniPublicIps;
    const [eip] = scan.unassociatedEips;
    if (first === undefined || eip === undefined) throw new Error('fixture');
    Object.assign(first, { ownerAccountId: payload, region: payload, address: payload });
    first.suspicion = 'HIGH';
    eip.accountId = payload;
    eip.region = payload;
    const read = inspectMarkdown(summaryMarkdown(input(scan)));

    // The one link is the artifact's own.
    expect(read.links).toEqual(['https://github.com/o/r/actions/runs/1/artifacts/2']);
    expect(read.html).toEqual(OWN_HTML);
    expect(pingsAndReferences(read)).toEqual([]);
    for (const table of read.tables) expect(new Set(table).size).toBe(1);
  });

  it('with detail counts, shows counts and cost but no address, account id or resource id', () => {
    const scan = hostileScan();
    const markdown = summaryMarkdown(
      input(scan, {
        detail: 'counts',
        baselineDiff: {
          source: 'artifact of run 5001',
          newFindings: [{ key: '111111111111/us-east-1/eni-0a1/3.80.0.1', address: '3.80.0.1' }],
          goneFindings: [],
          changedSuspicion: [],
          unchanged: 3,
          newUnassociatedEips: [],
          monthlyCostDeltaUsd: 3.65,
          notCompared: 0,
          scope: SAME_SCOPE,
        },
      }),
    );

    expect(markdown).not.toMatch(/\b\d{12}\b/);
    expect(markdown).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
    expect(markdown).not.toMatch(/eni-|eipalloc-|subnet-|vpc-|i-0|aws ec2/);
    expect(markdown).toContain('**12** public IPv4 addresses cost **$40.15** a month');
    expect(markdown).toContain(
      '### HIGH-suspicion public IPs (1)\n\nAddresses and ids are left out',
    );
    expect(markdown).toContain('**1** new, **0** gone');
    expect(markdown).toContain('- `max-high-suspicion`: 1 (limit 0)');
    expect(markdown).toContain(
      '> **Partial scan**: 1 of 3 account-regions were read completely. What was',
    );
  });

  it('says what was not compared and the scope the cost change covers, when the runs read different account-regions', () => {
    const markdown = summaryMarkdown(
      input(fixture(), {
        baselineDiff: {
          source: 'org.json',
          newFindings: [],
          goneFindings: [],
          changedSuspicion: [],
          unchanged: 2,
          newUnassociatedEips: [],
          monthlyCostDeltaUsd: -3.65,
          notCompared: 8,
          scope: { ...SAME_SCOPE, same: false, common: 2, onlyBaseline: 14 },
        },
      }),
    );
    expect(markdown).toContain(
      '**0** new, **0** gone, **8** not compared (in account-regions this run or the baseline did not read completely), 0 changed suspicion, 2 unchanged; 0 new unassociated Elastic IPs. Monthly cost −$3.65 over the 2 account-regions both read completely (the baseline read 16, this run 2).',
    );
  });

  it.each([
    [
      'an upload error',
      { name: 'reports', error: 'quota exceeded' },
      '⚠️ The reports could not be uploaded as `reports`: `quota exceeded`',
    ],
    [
      'no url',
      { name: 'reports' },
      'The reports are in the workflow artifact `reports` — CSV, JSON and an HTML report',
    ],
    [
      'a javascript: url',
      { name: 'reports', url: 'javascript:alert(1)' },
      'The reports are in the workflow artifact `reports`',
    ],
    [
      'a url with parentheses',
      { name: 'reports', url: 'https://example.com/a(b)c d' },
      'Download the reports: [`reports`](https://example.com/a%28b%29c%20d) — CSV, JSON and an HTML report',
    ],
  ])('describes the artifact with %s', (_what, artifact, expected) => {
    const markdown = summaryMarkdown(input(fixture(), { artifact }));

    expect(markdown).toContain(`### Reports\n\n${expected}`);
    expect(markdown).not.toContain('javascript:');
  });

  it('leaves the reports out when there is no artifact', () => {
    const withoutArtifact = input(fixture());
    delete withoutArtifact.artifact;

    expect(summaryMarkdown(withoutArtifact)).not.toContain('### Reports');
  });

  it('says when no threshold is set', () => {
    const markdown = summaryMarkdown(input(fixture(), { gate: passedGate() }));

    expect(markdown).toMatch(
      /^## AWS public IPv4 audit: ✅ gate passed\n\nNo thresholds set: the gate fails only when nothing could be scanned\.\n/,
    );
    expect(markdown).toContain('Gate: **passed**.');
  });

  it('shows a passed gate with each threshold, its count and limit', () => {
    const markdown = summaryMarkdown(
      input(fixture(), {
        gate: {
          ...passedGate(
            check('max-high-suspicion', 1, 5, true, 'within'),
            check('fail-on-scan-errors', 2, 0, false, 'The scan is incomplete'),
          ),
          passed: false,
          violations: [check('fail-on-scan-errors', 2, 0, false, 'The scan is incomplete')],
        },
      }),
    );

    // The verdict, then why: what failed, then every check.
    expect(markdown).toMatch(
      new RegExp(
        `^${[
          '## AWS public IPv4 audit: ❌ gate failed',
          '',
          '- The scan is incomplete',
          '',
          '| Check | Count | Limit | Result |',
          '| --- | ---: | ---: | --- |',
          '| `max-high-suspicion` | 1 | 5 | ✅ within |',
          '| `fail-on-scan-errors` | 2 | 0 | ❌ over by 2 |',
          '',
        ]
          .join('\n')
          .replace(/[|*?.()]/g, '\\$&')}`,
      ),
    );
  });

  it('says so when nothing was found', () => {
    const markdown = summaryMarkdown(input(emptyScan(SCAN_TIMES), { gate: passedGate() }));

    expect(markdown).toContain('### HIGH-suspicion public IPs (0)\n\nNone.');
    expect(markdown).toContain('### Accounts\n\nNo public IPv4 address found.');
    expect(markdown).toContain('### Scan errors (0)\n\nNone: every call succeeded.');
  });

  it('caps each table and points to the artifact for the rest', () => {
    const markdown = summaryMarkdown(input(highScan(5, 4), { maxHighRows: 2, maxAccountRows: 3 }));

    expect(markdown.match(/^\| 1000000000\d\d \| us-east-1 \| eni-/gm)).toHaveLength(2);
    expect(markdown).toContain('\n\n…and 3 more HIGH-suspicion public IPs in the artifact.\n');
    expect(markdown).toContain('\n\n…and 1 more accounts in the artifact.\n');
  });

  it('stays under 1 MiB for 50,000 HIGH findings across 1,000 accounts', () => {
    const scan = highScan(50_000, 1_000);
    scan.scanErrors = Array.from({ length: 5_000 }, (_, i) => ({
      accountId: String(100000000000 + i),
      region: 'us-east-1',
      api: 'ec2:DescribeNetworkInterfaces',
      errorCode: 'x'.repeat(1_000),
      message: 'm',
    }));

    const markdown = summaryMarkdown(input(scan));

    expect(Buffer.byteLength(markdown)).toBeLessThan(MIB);
    expect(markdown).toContain('…and 49,950 more HIGH-suspicion public IPs in the artifact.');
    expect(markdown).toContain('…and 900 more accounts in the artifact.');
    expect(markdown).toContain('…and 4,990 more scan errors in the artifact.');
  });

  it('cuts at the byte cap, at a line end, with a note, whatever the caps', () => {
    const markdown = summaryMarkdown(
      input(highScan(50_000, 1_000), { maxHighRows: Infinity, maxAccountRows: Infinity }),
    );

    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(MAX_SUMMARY_BYTES - 2_000);
    expect(
      markdown.endsWith(
        '\n\n> [!WARNING]\n> This summary was cut at 900 KiB; the artifact holds every finding.\n',
      ),
    ).toBe(true);
    const lastRow =
      markdown
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .at(-1) ?? '';
    expect(lastRow.endsWith(' |')).toBe(true);
  });

  it('honours a smaller byte cap', () => {
    const markdown = summaryMarkdown(
      input(highScan(1_000, 10), { maxHighRows: 1_000, maxBytes: 20_000 }),
    );

    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown).toContain('This summary was cut at 19 KiB');
  });

  it('says the trend in one line after the headline, when there is one', () => {
    const history = [run('2026-11-02', 12), run('2026-11-23', 10), run('2026-11-30', 11)];
    const markdown = summaryMarkdown(input(fixture(), { history }));
    const trend =
      'Trend: +1 address (+$3.65/month) since the last run (2026-11-23); -1 address (-$3.65/month) since 2026-11-02.';
    expect(markdown.split('\n').filter((line) => line.startsWith('Trend:'))).toEqual([trend]);
    // After the headline and the partial-scan warning, before the totals.
    expect(markdown.indexOf(trend)).toBeGreaterThan(markdown.indexOf('> **Partial scan**'));
    expect(markdown.indexOf(trend)).toBeLessThan(markdown.indexOf('### Totals'));
  });

  it('claims no trend for this run alone', () => {
    const markdown = summaryMarkdown(input(fixture()));
    expect(markdown).not.toContain('Trend');
  });
});
