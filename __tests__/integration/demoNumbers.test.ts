// Every headline pair on the demo organisation (the sample organisation plus a member whose role
// cannot be assumed) is a count with the cost of exactly those addresses, the BYOIP one said, and
// the savings by action reconciled with the potential savings: the action's outputs, its job
// summary, the HTML page's cards and its log's last progress line, all from one run.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { demoOrg } from '../../test-support/aws/demoOrg.js';
import { fakeCore, type Seen } from './fakeCore.js';
import { standInSuite } from './standInSuite.js';

const suite = standInSuite(demoOrg, 'demo-numbers');
const saved = { ...process.env };
let seen: Seen;
let html: string;

beforeAll(async () => {
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, suite.aws.env);
  const outputPath = path.join(suite.scratch, 'reports');
  const started = fakeCore({ 'output-path': outputPath, 'upload-artifact': 'false' });
  await run(started.core);
  seen = started.seen;
  const page = (await readdir(outputPath)).find((name) => name.endsWith('_report.html'));
  html = await readFile(path.join(outputPath, page ?? 'missing'), 'utf8');
});
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** The lines a reader sees before opening the fold: those outside `<details>`. */
function visibleLines(markdown: string): string[] {
  return markdown
    .replace(/<details>[\s\S]*?<\/details>/g, '<details>')
    .trimEnd()
    .split('\n');
}

/** Each headline card of the HTML page as `label: value (sub)`. */
function cards(page: string): string[] {
  const card =
    /<div class="label">([^<]*)<\/div><div class="value" data-metric="[^"]*">([^<]*)<\/div>(?:<div class="sub">([^<]*)<\/div>)?/g;
  return [...page.matchAll(card)].map(([, label, value, sub]) => `${label}: ${value} (${sub})`);
}

describe('the demo organisation', () => {
  it('gives the count of the addresses monthly-cost-usd prices, BYOIP said, as outputs', () => {
    expect(seen.outputs).toMatchObject({
      'address-count': '34',
      'byoip-address-count': '1',
      'monthly-cost-usd': '120.45',
      'public-ip-count': '21',
      'potential-savings-usd': '29.20',
      'scan-error-count': '1',
      coverage: '6/7',
    });
  });

  it('says the count, the cost and the BYOIP address together in the job summary', () => {
    const lines = seen.summary.split('\n');
    expect(lines).toContain(
      '**34** public IPv4 addresses cost **$120.45** a month (1 BYOIP, free); releasing the unnecessary ones would save up to **$29.20**. Gate: **passed**.',
    );
    expect(lines).toContain('| Total (34 addresses; 1 BYOIP, free) | **$120.45** |');
    expect(lines).toContain(
      'Total $32.85, $3.65 more than the potential savings ($29.20): those count every HIGH-suspicion address and unassociated Elastic IP; the actions also cover MODERATE addresses open only to SSH, and none is given for a suppressed finding.',
    );
  });

  it('pairs the cards of the HTML page the same way', () => {
    expect(cards(html)).toEqual(
      expect.arrayContaining([
        'Public IPv4 addresses: 34 (1 BYOIP (free))',
        'Monthly cost: $120.45 (34 addresses; 1 BYOIP, free)',
        'Potential savings: $29.20 (a month: HIGH + unassociated)',
      ]),
    );
    expect(html).toContain(
      '<p class="note" data-savings-total>Total $32.85, $3.65 more than the potential savings ($29.20): ',
    );
  });

  it("ends the scan's progress counting account-regions as the summary does", () => {
    expect(seen.log).toContainEqual(
      expect.stringMatching(
        /^Scan finished in [\d.]+ s: 6 of 7 account-regions read completely, \d+ AWS calls, 1 error$/,
      ),
    );
    expect(seen.summary).toContain('6 of 7 account-regions were read completely');
  });

  it('leads the job summary with the verdict, and folds the tables so one screen shows the rest', () => {
    const visible = visibleLines(seen.summary);
    expect(visible[0]).toBe('## AWS public IPv4 audit: ✅ gate passed');
    expect(visible.length).toBeLessThanOrEqual(40);
    // The long tables are in the fold, each still there.
    const folded = seen.summary.slice(seen.summary.indexOf('<details>'));
    for (const heading of ['### Totals', '### Cost', '### Savings by action', '### Accounts'])
      expect(folded).toContain(`\n${heading}\n`);
    expect(visible).toContain('### Top actions by monthly saving');
  });
});
