// Opens the written HTML report in a real Chromium from file:// and checks what a reader sees:
// headline numbers, the chart, sorting and filtering, that hostile text stays text, and that the
// page makes no request, logs no error and opens no dialog.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addressComparator } from '../../src/analyze/compareAddress.js';
import { monthlyCostUsd } from '../../src/analyze/cost.js';
import type { EniPublicIp, Suspicion } from '../../src/model/findings.js';
import { formatCount } from '../../src/common/formatCount.js';
import { formatUsdForPeople } from '../../src/format/formatUsd.js';
import { auditOutcome } from '../../__fixtures__/auditOutcome.js';
import { run } from '../../__fixtures__/historyEntries.js';
import { reconciledOutcome } from '../../__fixtures__/reconciledOutcome.js';
import { writeHtmlReport } from '../../src/report/writeHtmlReport.js';
import type { ScanResult } from '../../src/model/scanResult.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SKIP = process.env.SKIP_BROWSER_TESTS === '1';
const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/', import.meta.url));
const PRICE = 0.005;

const A = '111111111111';
const B = '222222222222';
const C = '333333333333';
const IMG_XSS = '<img src=x onerror=alert(1)>';
const SCRIPT_XSS = '</script><script>alert(1)</script>';

function eni(
  account: string,
  region: string,
  id: string,
  address: string,
  suspicion: Suspicion,
  extra: Partial<EniPublicIp> = {},
): EniPublicIp {
  return {
    ownerAccountId: account,
    region,
    interfaceId: id,
    address,
    vpcId: 'vpc-01',
    subnetId: 'subnet-01',
    interfaceType: 'EC2 Instance',
    addressType: 'Public IP',
    suspicion,
    service: 'ec2',
    reasons: suspicion === 'HIGH' ? ['Subnet has no route to an internet gateway.'] : [],
    scannedAccountId: account,
    privateIp: '10.0.0.1',
    isPrimary: true,
    byoip: false,
    description: 'Primary network interface',
    ...extra,
  };
}

// 12 findings over 3 accounts: 3 HIGH, 3 MODERATE, 4 LOW, 2 UNKNOWN; one BYOIP (free).
// By text, `100.24.0.1` sorts first; by number, `3.5.0.9` does.
function scan(): ScanResult {
  return {
    startedAt: new Date('2026-03-01T06:00:00Z'),
    finishedAt: new Date('2026-03-01T06:04:30Z'),
    accountsScanned: [A, B, C],
    targets: [
      { accountId: A, region: 'us-east-1' },
      { accountId: A, region: 'eu-west-1' },
      { accountId: B, region: 'us-east-1' },
      { accountId: B, region: 'eu-west-1' },
      { accountId: C, region: 'ap-south-1' },
      { accountId: C, region: 'us-west-2' },
    ],
    eniPublicIps: [
      eni(A, 'us-east-1', 'eni-a01', '3.80.0.1', 'LOW', {
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-a01',
      }),
      eni(A, 'us-east-1', 'eni-a02', '54.1.0.2', 'HIGH'),
      eni(A, 'us-east-1', 'eni-a03', '198.51.100.7', 'MODERATE', {
        interfaceType: 'NAT Gateway',
        addressType: 'Elastic IP',
        allocationId: 'eipalloc-a03',
        byoip: true,
        reasons: ['NAT gateway without a route to an internet gateway.'],
      }),
      eni(A, 'eu-west-1', 'eni-a04', '18.200.0.3', 'UNKNOWN', {
        interfaceType: 'Network Load Balancer',
      }),
      eni(B, 'us-east-1', 'eni-b01', '34.200.0.5', 'HIGH', { description: IMG_XSS }),
      eni(B, 'us-east-1', 'eni-b02', '100.24.0.1', 'LOW'),
      eni(B, 'eu-west-1', 'eni-b03', '52.16.0.3', 'MODERATE', { description: SCRIPT_XSS }),
      eni(B, 'eu-west-1', 'eni-b04', '52.16.0.4', 'LOW'),
      eni(C, 'ap-south-1', 'eni-c01', '13.232.0.1', 'HIGH'),
      eni(C, 'ap-south-1', 'eni-c02', '3.5.0.9', 'LOW'),
      eni(C, 'ap-south-1', 'eni-c03', '13.232.0.3', 'UNKNOWN'),
      eni(C, 'us-west-2', 'eni-c04', '44.224.0.4', 'MODERATE', {
        interfaceType: 'Application Load Balancer',
      }),
    ],
    associatedEips: [
      {
        accountId: A,
        region: 'us-east-1',
        publicIp: '3.80.0.1',
        allocationId: 'eipalloc-a01',
        pool: 'amazon',
        byoip: false,
      },
      {
        accountId: A,
        region: 'us-east-1',
        publicIp: '198.51.100.7',
        allocationId: 'eipalloc-a03',
        pool: 'ipv4pool-ec2-0123456789abcdef0',
        byoip: true,
      },
    ],
    unassociatedEips: [
      {
        accountId: A,
        region: 'us-east-1',
        publicIp: '52.0.0.9',
        allocationId: 'eipalloc-u1',
        pool: 'amazon',
        byoip: false,
        name: '"><svg onload=alert(1)>',
      },
      {
        accountId: B,
        region: 'eu-west-1',
        publicIp: '52.16.0.99',
        allocationId: 'eipalloc-u2',
        pool: 'amazon',
        byoip: false,
      },
      {
        accountId: C,
        region: 'ap-south-1',
        publicIp: '198.51.100.9',
        allocationId: 'eipalloc-u3',
        pool: 'ipv4pool-ec2-0123456789abcdef0',
        byoip: true,
      },
    ],
    autoAssignSubnets: [],
    vpnConnections: [],
    globalAccelerators: [],
    uncheckedAccounts: [{ accountId: '444444444444', name: SCRIPT_XSS, status: 'SUSPENDED' }],
    policyDenied: [],
    scanErrors: [
      {
        accountId: C,
        region: 'us-west-2',
        api: 'ec2:DescribeRouteTables',
        errorCode: 'UnauthorizedOperation',
        message: '<b>denied</b> & "quoted"',
      },
    ],
    coverage: {
      planned: 6,
      complete: 5,
      reached: 6,
      read: 4,
      policyDenied: 0,
      gaps: [
        {
          accountId: C,
          region: 'us-west-2',
          reached: true,
          failures: ['ec2:DescribeRouteTables: UnauthorizedOperation'],
        },
      ],
    },
  };
}

/**
 * The page's cost-by-service table for the scan above: 12 interface addresses, one BYOIP (11 x
 * $3.65), and 3 unassociated Elastic IPs, one BYOIP (2 x $3.65).
 */
const SERVICE_ROWS = [
  ['ec2', '12', '$40.15'],
  ['elastic-ip', '3', '$7.30'],
];

/**
 * The browser globals the page-side functions below use: the project compiles without the DOM
 * library, so they are reached through globalThis with these types (written out in each
 * function: the functions run in the page, where nothing of this file exists).
 */
interface PageGlobals {
  document: { documentElement: { scrollWidth: number } };
  innerWidth: number;
  getComputedStyle(
    element: unknown,
    pseudo?: string,
  ): {
    fontSize: string;
    fontFamily: string;
    lineHeight: string;
    display: string;
    content: string;
    borderLeftColor: string;
    textAlign: string;
  };
}

const LONG_DESCRIPTION =
  'Primary network interface of the reporting batch host, kept for the quarterly export ' +
  'job that finance runs; owner platform-team, ticket OPS-1234, review before 2027 ' +
  'arn:aws:ec2:us-east-1:111111111111:network-interface/eni-a0200000000000000000000000000';

/** The scan above with a row in every report, and one long description. */
function fullScan(): ScanResult {
  const base = scan();
  const [first, second, ...rest] = base.eniPublicIps;
  if (first === undefined || second === undefined) throw new Error('fixture');
  return {
    ...base,
    eniPublicIps: [first, { ...second, description: LONG_DESCRIPTION }, ...rest],
    autoAssignSubnets: [
      {
        ownerAccountId: A,
        region: 'us-east-1',
        vpcId: 'vpc-01',
        subnetId: 'subnet-0auto000000000001',
        scannedAccountId: A,
        cidrBlock: '10.0.2.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    vpnConnections: [
      {
        accountId: B,
        region: 'eu-west-1',
        connectionId: 'vpn-0b0000000000000001',
        address1: '52.16.200.1',
        address2: '52.16.200.2',
        state: 'available',
      },
    ],
    globalAccelerators: [
      {
        ownerAccountId: C,
        arn: `arn:aws:globalaccelerator::${C}:accelerator/0c000000-0000-0000-0000-000000000001`,
        address1: '75.2.0.1',
        address2: '99.83.0.1',
        allAddresses: ['75.2.0.1', '99.83.0.1'],
        name: 'edge',
        kind: 'STANDARD',
      },
    ],
  };
}

/** Everything the page did that a self-contained report must not do. */
interface Watch {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

function watch(page: Page): Watch {
  const seen: Watch = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function open(page: Page, path: string, seen: Watch): Promise<string> {
  const url = pathToFileURL(path).href;
  await page.goto(url);
  // Locators, not waitForFunction: the page's policy forbids the eval that one relies on.
  try {
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 15_000 });
  } catch (error) {
    // A blocked or broken script says why on the console.
    throw new Error(
      `the report's script never finished: ${seen.errors.join(' | ') || 'no console output'}`,
      {
        cause: error,
      },
    );
  }
  return url;
}

/** An element's computed paint, without the DOM typings this project does not load. */
type Styled = {
  ownerDocument: {
    defaultView: { getComputedStyle(element: unknown): { fill: string; stroke: string } };
  };
};

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const findings = '#findings';
const countOf = (page: Page, table: string) => text(page, `${table} [data-count]`);
const firstRow = (page: Page) =>
  page.locator(`${findings} tbody tr`).first().locator('td').allInnerTexts();

async function waitForCount(page: Page, table: string, expected: string) {
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const exact = new RegExp(`^${escaped}$`);
  await page.locator(`${table} [data-count]`).filter({ hasText: exact }).waitFor();
}

/** The History table's row of this run, cell by cell, as the layout fixtures give it. */
const THIS_RUN_HISTORY_ROW = [
  '2026-03-01 06:00 UTC (this run)',
  '13',
  '$47.45',
  '$0.00',
  '0',
  '0',
  '13',
  '0',
  '0',
  '5 of 6',
  'this run',
];

describe.skipIf(SKIP)('HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium), ` +
          `point CHROMIUM_PATH at it, or set SKIP_BROWSER_TESTS=1 to skip the browser tests.`,
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'html-report-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function newPage(width = 1360) {
    // A fresh context is a fresh profile: nothing cached, nothing remembered.
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    return { context, page, seen: watch(page) };
  }

  it('shows the scan, sorts, filters and keeps hostile text as text', async () => {
    const outcome = auditOutcome(scan(), {
      options: {
        pricePerIpHour: PRICE,
        thresholds: { maxHighSuspicion: 0, failOnScanErrors: false },
      },
    });
    const path = await writeHtmlReport(outcome, dir, 1772344800);
    expect(path).toBe(join(dir, '1772344800_report.html'));

    const { context, page, seen } = await newPage();
    const url = await open(page, path, seen);

    // Headline: 12 interface addresses + 3 unassociated EIPs, 2 of the 15 BYOIP (free);
    // savings are the 3 HIGH plus the 2 charged unassociated EIPs.
    const metric = (name: string) => text(page, `[data-metric="${name}"]`);
    expect(await metric('public-ips')).toBe('15');
    expect(await metric('high')).toBe('3');
    expect(await metric('moderate')).toBe('3');
    expect(await metric('low')).toBe('4');
    expect(await metric('unknown')).toBe('2');
    expect(await metric('unassociated-eips')).toBe('3');
    expect(await metric('monthly-cost')).toBe('$47.45');
    expect(await metric('potential-savings')).toBe('$18.25');
    expect(await metric('accounts')).toBe('3');
    expect(await metric('regions')).toBe('4');
    expect(await metric('scan-errors')).toBe('1');
    expect(await metric('gate')).toBe('Failed');
    expect(await text(page, '.verdict.partial')).toMatch(/^Partial scan\. 5 of 6 account-regions/);
    expect(await text(page, '.verdict.fail')).toContain("exceed 'max-high-suspicion' (0)");

    // One bar per account, most expensive first: B holds 5 charged addresses, A and C 4 each
    // (a BYOIP address apiece is free), so they follow by account id.
    const bars = page.locator('svg.chart g.bar');
    expect(await bars.count()).toBe(3);
    expect(await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-account')))).toEqual([
      B,
      A,
      C,
    ]);

    // Cost by service: each distinct address once, most expensive first.
    const serviceRows = await page
      .locator('[data-breakdown="service"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => (row as { innerText: string }).innerText.split('\t')),
      );
    expect(serviceRows).toEqual(SERVICE_ROWS);

    // Every finding is drawn; the first row is the scan's first.
    expect(await page.locator(`${findings} tbody tr`).count()).toBe(12);
    expect(await countOf(page, findings)).toBe('12 of 12 rows');
    expect((await firstRow(page))[2]).toBe('eni-a01');

    // Cost ascending puts the free BYOIP address first; descending a charged one.
    const costHeader = page.locator(`${findings} th`, { hasText: 'Monthly cost' });
    await costHeader.locator('button').click();
    expect(await costHeader.getAttribute('aria-sort')).toBe('ascending');
    expect((await firstRow(page)).slice(2, 4)).toEqual(['eni-a03', '198.51.100.7']);
    expect((await firstRow(page))[9]).toBe('$0.00');
    await costHeader.locator('button').click();
    expect(await costHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await firstRow(page))[9]).toBe('$3.65');

    // Address sorts by number (3.5.0.9 before 100.24.0.1), and hands aria-sort over.
    const addressHeader = page.locator(`${findings} th`, { hasText: 'Address' }).first();
    await addressHeader.locator('button').click();
    expect(await addressHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await costHeader.getAttribute('aria-sort')).toBeNull();
    expect((await firstRow(page))[3]).toBe('3.5.0.9');
    await addressHeader.locator('button').click();
    expect((await firstRow(page))[3]).toBe('198.51.100.7');

    // Suspicion sorts by severity, not the alphabet: HIGH first, UNKNOWN last.
    const suspicionButton = page
      .locator(`${findings} th`, { hasText: 'Suspicion' })
      .locator('button');
    await suspicionButton.click();
    expect((await firstRow(page)).slice(2, 8)).toEqual([
      'eni-a02',
      '54.1.0.2',
      'EC2 Instance',
      'ec2',
      'Public IP',
      'HIGH',
    ]);
    expect(await page.locator(`${findings} tbody tr td:nth-child(8)`).allInnerTexts()).toEqual(
      [...'HHHMMMLLLLUU'].map((c) => ({ H: 'HIGH', M: 'MODERATE', L: 'LOW', U: 'UNKNOWN' })[c]),
    );
    await suspicionButton.click();
    expect((await firstRow(page))[7]).toBe('UNKNOWN');

    // Filters: text (every word, any column), the suspicion select, and both together.
    const filter = page.locator(`${findings} [data-filter]`);
    await filter.fill('eu-west-1');
    await waitForCount(page, findings, '3 of 12 rows');
    expect(await page.locator(`${findings} tbody tr`).count()).toBe(3);
    await filter.fill('');
    await page.locator(`${findings} select`).selectOption('HIGH');
    await waitForCount(page, findings, '3 of 12 rows');
    expect(await text(page, `${findings} [data-sum]`)).toBe('$10.95 a month');
    await filter.fill(B);
    await waitForCount(page, findings, '1 of 12 rows');
    await page.locator(`${findings} select`).selectOption('');
    await waitForCount(page, findings, '4 of 12 rows');
    await filter.fill('nothing-matches-this');
    await waitForCount(page, findings, '0 of 12 rows');
    expect(await text(page, `${findings} tbody`)).toBe('No rows match.');
    await filter.fill('');
    await waitForCount(page, findings, '12 of 12 rows');

    // Hostile text is shown, as text, wherever it lands.
    const cell = (value: string) => page.locator('td').filter({ hasText: value });
    expect(await cell(IMG_XSS).count()).toBe(1);
    expect(await cell(SCRIPT_XSS).count()).toBe(2); // a description and an account name
    expect(await cell('"><svg onload=alert(1)>').count()).toBe(1);
    expect(await cell('<b>denied</b> & "quoted"').count()).toBe(1);
    expect(await page.locator('img, b, body > script:not([type])').count()).toBe(1);
    expect(await page.locator('svg').count()).toBe(1);

    expect(await countOf(page, '#unassociated-eips')).toBe('3 of 3 rows');
    expect(await countOf(page, '#scan-errors')).toBe('1 of 1 rows');

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'report.png'), fullPage: true });

    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([url]);
    await context.close();
  });

  it('draws the trend across runs as SVG, with a table of the same numbers', async () => {
    const history = [
      run('2026-02-15', 14),
      run('2026-02-22', 15, { scope: 'sha256:00000000000000ff' }),
      run('2026-03-01', 13, {
        monthlyCostUsd: 47.45,
        accountRegionsPlanned: 6,
        accountRegionsComplete: 5,
      }),
    ];
    const outcome = auditOutcome(scan(), { options: { pricePerIpHour: PRICE }, history });
    const path = await writeHtmlReport(outcome, dir, 1772344800);

    const { context, page, seen } = await newPage();
    await open(page, path, seen);

    const section = page.locator('section#history');
    expect(await section.locator('h2').innerText()).toBe('History');
    const chart = section.locator('svg[data-trend]');
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())?.height).toBeGreaterThan(100);
    expect(await chart.getAttribute('aria-label')).toBe(
      'Monthly cost and public IPv4 addresses over 3 runs, 2026-02-15 06:00 UTC to 2026-03-01 06:00 UTC',
    );
    const values = (series: string) =>
      chart
        .locator(`[data-series="${series}"] circle`)
        .evaluateAll((points) => points.map((p) => p.getAttribute('data-value')));
    expect(await values('monthly-cost')).toEqual(['51.10', '54.75', '47.45']);
    expect(await values('addresses')).toEqual(['14', '15', '13']);
    // The lines are drawn by the page's own stylesheet: stroked, not filled.
    const line = chart.locator('[data-series="monthly-cost"] polyline');
    const paint = await line.evaluate((l) => {
      const style = (l as unknown as Styled).ownerDocument.defaultView.getComputedStyle(l);
      return { fill: style.fill, stroke: style.stroke };
    });
    expect(paint.fill).toBe('none');
    expect(paint.stroke).toMatch(/^rgb\(/);

    const table = section.locator('table[data-history]');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tbody tr').last().locator('td').allInnerTexts()).toEqual(
      THIS_RUN_HISTORY_ROW,
    );
    expect(await table.locator('tbody tr td[data-scope]').allInnerTexts()).toEqual([
      'same as this run',
      'other account-regions',
      'this run',
    ]);
    // The run that read other account-regions is drawn filled, unlike the others.
    const fills = await chart
      .locator('[data-series="monthly-cost"] circle')
      .evaluateAll((points) =>
        points.map(
          (p) => (p as unknown as Styled).ownerDocument.defaultView.getComputedStyle(p).fill,
        ),
      );
    expect(fills[1]).not.toBe(fills[0]);
    expect(fills[2]).toBe(fills[0]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'history.png') });

    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await context.close();
  });

  // Every report as a table with its rows and a working filter: [table, rows, a word only one row holds].
  const TABLES: [string, number, string][] = [
    ['#findings', 12, 'eni-c03'],
    ['#actions', 7, 'subnet-0auto'],
    ['#unassociated-eips', 3, 'eipalloc-u2'],
    ['#associated-eips', 2, 'eipalloc-a03'],
    ['#auto-assign-subnets', 1, 'subnet-0auto'],
    ['#vpn-connections', 1, 'vpn-0b0000000000000001'],
    ['#global-accelerators', 1, 'edge'],
    ['#scan-errors', 1, 'DescribeRouteTables'],
    ['#unchecked-accounts', 1, '444444444444'],
  ];

  it.each([420, 1400])(
    'at %i px: every report is a filterable table, nothing scrolls the page sideways, labels stay legible',
    async (width) => {
      const path = await writeHtmlReport(
        auditOutcome(fullScan(), { options: { pricePerIpHour: PRICE } }),
        dir,
        1772344800,
      );
      const { context, page, seen } = await newPage(width);
      await open(page, path, seen);

      const layout = await page.evaluate(() => {
        const w = globalThis as unknown as PageGlobals;
        return { scrollWidth: w.document.documentElement.scrollWidth, innerWidth: w.innerWidth };
      });
      expect(layout.scrollWidth, `page scroll width at ${width} px`).toBeLessThanOrEqual(
        layout.innerWidth,
      );

      // The chart's text is drawn at its own size, never scaled below 10 px.
      const labels = await page.locator('svg.chart text').evaluateAll((texts) =>
        texts.map((t) => ({
          fontSize: parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(t).fontSize),
          height: t.getBoundingClientRect().height,
          right: t.getBoundingClientRect().right,
        })),
      );
      expect(labels.length).toBe(6);
      for (const label of labels) {
        expect(label.fontSize).toBeGreaterThanOrEqual(10);
        expect(label.height).toBeGreaterThanOrEqual(10);
        expect(label.right).toBeLessThanOrEqual(width);
      }

      // Every table fits its box, or scrolls inside it: never past the page.
      const boxes = await page
        .locator('.scroll, .split > div')
        .evaluateAll((els) =>
          els.map((el) => ({ right: el.getBoundingClientRect().right, width: el.clientWidth })),
        );
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(width);

      // The long description wraps within bounds instead of stretching its table.
      const description = page.locator('#findings td', { hasText: 'quarterly export' });
      const cell = await description.evaluate((td) => {
        const box = td.getBoundingClientRect();
        const scroller = td.closest('.scroll');
        return {
          width: box.width,
          height: box.height,
          right: box.right,
          lineHeight: parseFloat(
            (globalThis as unknown as PageGlobals).getComputedStyle(td).lineHeight,
          ),
          scrollerRight: scroller.getBoundingClientRect().right,
          tableFits: scroller.scrollWidth <= scroller.clientWidth,
        };
      });
      expect(cell.height).toBeGreaterThan(2 * cell.lineHeight); // it wraps
      expect(cell.right).toBeLessThanOrEqual(cell.scrollerRight); // and is in view, not behind a scrollbar
      expect(cell.tableFits).toBe(true);
      if (width === 1400) expect(cell.width).toBeLessThanOrEqual(28 * 13 + 16); // 28em, plus padding
      // The recommended actions' commands wrap too: the whole table is in view at desktop width.
      if (width === 1400) {
        const actions = await page
          .locator('#actions .scroll')
          .evaluate((el) => el.scrollWidth <= el.clientWidth);
        expect(actions, 'the actions table fits at 1400 px').toBe(true);
        // Commands are set in monospace, to read and copy; the advice is prose.
        const fonts = await page
          .locator('#actions tbody tr')
          .first()
          .locator('td')
          .evaluateAll((tds) =>
            tds.map((td) => (globalThis as unknown as PageGlobals).getComputedStyle(td).fontFamily),
          );
        expect(fonts[6]).toMatch(/monospace/);
        expect(fonts[5]).not.toMatch(/monospace/);
      }

      for (const [table, rows, word] of TABLES) {
        expect(await countOf(page, table), table).toBe(`${rows} of ${rows} rows`);
        expect(await page.locator(`${table} tbody tr`).count(), table).toBe(rows);
        await page.locator(`${table} [data-filter]`).fill(word);
        await waitForCount(page, table, `1 of ${rows} rows`);
        expect(await text(page, `${table} tbody`), table).toContain(word);
      }

      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `report-${width}.png`), fullPage: true });
      expect(seen.errors).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      await context.close();
    },
  );

  it('at 420 px, shows each row as a card with every column named, and still sorts', async () => {
    const path = await writeHtmlReport(
      auditOutcome(fullScan(), { options: { pricePerIpHour: PRICE } }),
      dir,
      1772344800,
    );
    const { context, page, seen } = await newPage(420);
    await open(page, path, seen);
    const card = page.locator(`${findings} tbody tr`).first();
    // What a reader sees of each cell: its column's name (drawn before it), then its value.
    const shown = () =>
      card.locator('td').evaluateAll((tds) =>
        tds
          .filter(
            (td) => (globalThis as unknown as PageGlobals).getComputedStyle(td).display !== 'none',
          )
          .map((td) => {
            const w = globalThis as unknown as PageGlobals;
            const before = w.getComputedStyle(td, '::before').content;
            return `${before === 'none' ? '' : `${td.dataset.label}: `}${td.innerText}`;
          }),
      );
    expect(await shown()).toEqual([
      `Account: ${A}`,
      'Region: us-east-1',
      'Interface: eni-a01',
      'Address: 3.80.0.1',
      'Type: EC2 Instance',
      'Service: ec2',
      'Address type: Elastic IP',
      'Suspicion: LOW',
      // The empty Reason cell is left out.
      'Monthly cost: $3.65',
      'Description: Primary network interface',
    ]);
    const box = await card.evaluate((tr) => tr.getBoundingClientRect().right);
    expect(box).toBeLessThanOrEqual(420);
    await page.locator(`${findings} th`, { hasText: 'Address' }).first().locator('button').click();
    expect((await shown())[3]).toBe('Address: 3.5.0.9');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it.each([420, 1400])(
    'at %i px, a partial scan opens with its warning, and a passed gate never stands alone in green',
    async (width) => {
      const gap = {
        accountId: '444444444444',
        region: '*',
        reached: false,
        failures: ['sts:AssumeRole: AccessDenied'],
      };
      const partial = {
        ...fullScan(),
        coverage: { planned: 7, complete: 6, reached: 6, read: 6, policyDenied: 0, gaps: [gap] },
      };
      const path = await writeHtmlReport(
        auditOutcome(partial, { options: { pricePerIpHour: PRICE } }),
        dir,
        1772344800,
      );
      const { context, page, seen } = await newPage(width);
      await open(page, path, seen);
      const first = page.locator('.verdict').first();
      expect(await first.innerText()).toBe(
        'Partial scan. 6 of 7 account-regions were read completely. Not read completely: ' +
          '444444444444 all regions (sts:AssumeRole: AccessDenied). What was not read is not in ' +
          'these numbers, and the gate did not check it.',
      );
      // In the first screen, before any number.
      const top = await first.evaluate((div) => div.getBoundingClientRect().bottom);
      expect(top).toBeLessThan(900);
      expect(await page.locator('.verdict.pass').count()).toBe(0);
      const gate = page.locator('[data-gate="passed"]');
      expect(await gate.innerText()).toBe(
        'Gate passed on a partial scan. No threshold was exceeded in what was read.',
      );
      const border = await gate.evaluate(
        (div) => (globalThis as unknown as PageGlobals).getComputedStyle(div).borderLeftColor,
      );
      // The moderate (amber) colour, not the passing green.
      expect(border).toBe('rgb(154, 103, 0)');
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  // Issue 23, the page at a phone's and a desktop's width: readable chart labels, History as
  // cards, the actions one link from the first screen, and no table hiding rows or columns.
  const LAYOUT_HISTORY = [
    run('2026-02-15', 14),
    run('2026-02-22', 15, { scope: 'sha256:00000000000000ff' }),
    run('2026-03-01', 13, {
      monthlyCostUsd: 47.45,
      accountRegionsPlanned: 6,
      accountRegionsComplete: 5,
    }),
  ];

  /**
   * The full scan with the widest words a findings row holds (an interface type and a service
   * name the demo organisation has), and 40 more rows: more than a window's height of rows.
   */
  function layoutScan(): ScanResult {
    const base = fullScan();
    const more = Array.from({ length: 40 }, (_, i) =>
      eni(A, 'eu-west-1', `eni-0l${String(i).padStart(15, '0')}`, `52.17.0.${i + 1}`, 'LOW', {
        interfaceType: i % 2 === 0 ? 'Application Load Balancer' : 'Network Load Balancer',
        service: i % 2 === 0 ? 'relational-database-service' : 'elastic-container-service',
        description: i % 2 === 0 ? 'RDSNetworkInterface' : 'ELB net/my-nlb/0123456789abcdef',
      }),
    );
    return { ...base, eniPublicIps: [...base.eniPublicIps, ...more] };
  }

  /** What the tests below read of a node in the page (the project compiles without the DOM library). */
  interface PageNode {
    nodeType: number;
    textContent: string | null;
    innerText: string;
    dataset: Record<string, string | undefined>;
    childNodes: ArrayLike<PageNode>;
    querySelectorAll(selector: string): ArrayLike<PageNode>;
    getBoundingClientRect(): { left: number; right: number; width: number; height: number };
    getScreenCTM(): { a: number };
  }

  async function layoutPage(width: number) {
    const path = await writeHtmlReport(
      auditOutcome(layoutScan(), {
        options: { pricePerIpHour: PRICE },
        history: LAYOUT_HISTORY,
      }),
      dir,
      1772344800,
    );
    const opened = await newPage(width);
    await open(opened.page, path, opened.seen);
    return opened;
  }

  it.each([420, 1400])(
    'at %i px, the trend chart takes the width and draws its labels at 11 px or more',
    async (width) => {
      const { context, page, seen } = await layoutPage(width);
      const chart = page.locator('svg[data-trend]');
      const drawn = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const parent = (svg.parentElement as unknown as { clientWidth: number }).clientWidth;
        const nodes = (selector: string) =>
          Array.from((svg as unknown as PageNode).querySelectorAll(selector));
        const texts = nodes('text').map((t) => {
          const edges = t.getBoundingClientRect();
          const w = globalThis as unknown as PageGlobals;
          return {
            // What is drawn: a date's time is left out on a phone.
            text: Array.from(t.childNodes)
              .filter((n) => n.nodeType === 3 || w.getComputedStyle(n).display !== 'none')
              .map((n) => n.textContent)
              .join(''),
            // What the reader sees: the font size times the chart's scale on the screen.
            rendered: parseFloat(w.getComputedStyle(t).fontSize) * t.getScreenCTM().a,
            left: edges.left,
            right: edges.right,
          };
        });
        const points = nodes('[data-series="monthly-cost"] circle').map((c) =>
          c.getBoundingClientRect(),
        );
        return {
          left: box.left,
          right: box.right,
          width: box.width,
          parent,
          texts,
          first: points[0]?.left ?? 0,
          last: points.at(-1)?.right ?? 0,
        };
      });
      // Up to 960 px wide, the chart is as wide as its section.
      expect(drawn.width).toBeCloseTo(Math.min(960, drawn.parent), 0);
      expect(drawn.texts.length).toBe(10); // per series: title, 2 values, 2 dates
      for (const label of drawn.texts) {
        expect(label.rendered, `"${label.text}" at ${width} px`).toBeGreaterThanOrEqual(11);
        expect(label.left, `"${label.text}"`).toBeGreaterThanOrEqual(drawn.left - 1);
        expect(label.right, `"${label.text}"`).toBeLessThanOrEqual(drawn.right + 1);
      }
      // The first and last run's dates, under each series, side by side without touching.
      const dates = drawn.texts.filter((t) => /^2026-/.test(t.text ?? ''));
      const [first, last] =
        width === 420
          ? ['2026-02-15', '2026-03-01']
          : ['2026-02-15 06:00 UTC', '2026-03-01 06:00 UTC'];
      expect(dates.map((d) => d.text)).toEqual([first, last, first, last]);
      expect(dates[0]!.right).toBeLessThan(dates[1]!.left);
      expect(dates[2]!.right).toBeLessThan(dates[3]!.left);
      // The line runs from the value labels to the right edge: its shape follows the width.
      expect(drawn.last).toBeGreaterThan(drawn.right - 30);
      expect(drawn.first).toBeLessThan(drawn.left + 120);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page
        .locator('section#history')
        .screenshot({ path: join(SCREENSHOT_DIR, `history-${width}.png`) });
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it.each([420, 1400])(
    'at %i px, History rows are cards with every value named on a phone, rows of a table on a desktop',
    async (width) => {
      const { context, page, seen } = await layoutPage(width);
      const table = page.locator('table[data-history]');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(3);
      const shown = await rows.last().evaluate((tr) => {
        const w = globalThis as unknown as PageGlobals;
        return {
          display: w.getComputedStyle(tr).display,
          right: tr.getBoundingClientRect().right,
          cells: Array.from((tr as unknown as PageNode).querySelectorAll('td')).map((td) => {
            const before = w.getComputedStyle(td, '::before').content;
            const label = before === 'none' ? '' : `${td.dataset.label}: `;
            return `${label}${td.innerText}`;
          }),
        };
      });
      const head = await table
        .locator('thead')
        .evaluate(
          (thead) => (globalThis as unknown as PageGlobals).getComputedStyle(thead).display,
        );
      const values = THIS_RUN_HISTORY_ROW;
      if (width === 420) {
        expect(shown.display).toBe('block');
        expect(head).toBe('none'); // no "Sort by" row for a table that does not sort
        expect(shown.cells).toEqual(
          [
            'Run (scan start)',
            'Public IPv4 addresses',
            'Monthly cost',
            'Potential savings',
            'HIGH',
            'MODERATE',
            'LOW',
            'UNKNOWN',
            'Unassociated EIPs',
            'Account-regions read',
            'Scope',
          ].map((label, i) => `${label}: ${values[i]}`),
        );
        expect(shown.right).toBeLessThanOrEqual(width);
      } else {
        expect(shown.display).toBe('table-row');
        expect(head).toBe('table-header-group');
        expect(shown.cells).toEqual(values);
      }
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it.each([420, 1400])(
    "at %i px, AWS's records' tables keep their captions as wide as their rows, at the left",
    async (width) => {
      const path = await writeHtmlReport(reconciledOutcome(), dir, 1741608000);
      const { context, page, seen } = await newPage(width);
      await open(page, path, seen);
      const captions = await page.locator('section#reconciliation caption').evaluateAll((nodes) =>
        nodes.map((caption) => {
          const w = globalThis as unknown as PageGlobals;
          const row = caption.parentElement?.querySelector('tbody tr') ?? caption;
          return {
            text: caption.textContent,
            align: w.getComputedStyle(caption).textAlign,
            left: Math.round(caption.getBoundingClientRect().left),
            width: Math.round(caption.getBoundingClientRect().width),
            rowLeft: Math.round(row.getBoundingClientRect().left),
            rowWidth: Math.round(row.getBoundingClientRect().width),
          };
        }),
      );
      expect(captions.length).toBe(2);
      for (const caption of captions) {
        expect(caption.align, caption.text ?? '').toBe('left');
        expect(caption.left, caption.text ?? '').toBe(caption.rowLeft);
        expect(caption.width, caption.text ?? '').toBeGreaterThanOrEqual(caption.rowWidth - 2);
      }
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it.each([420, 1400])(
    'at %i px, the recommended actions are one link from the first screen and come before the addresses',
    async (width) => {
      const { context, page, seen } = await layoutPage(width);
      const contents = page.locator('nav[data-contents]');
      expect(await contents.locator('a').allInnerTexts()).toEqual([
        'Monthly cost by account',
        'History',
        'Breakdown',
        'Recommended actions · 7',
        'Public IPv4 addresses on network interfaces · 52',
        'Unassociated Elastic IPs · 3',
        'Associated Elastic IPs · 2',
        'Subnets that auto-assign public IPs without a route to an internet gateway · 1',
        'Site-to-Site VPN connections · 1',
        'Global Accelerators · 1',
        'Scan errors · 1',
        'Account-regions denied by an organisation policy · 0',
        'Accounts not scanned · 1',
      ]);
      // Every link leads somewhere on the page.
      const targets = await contents
        .locator('a')
        .evaluateAll((links) =>
          links.map(
            (a) => a.ownerDocument.getElementById(a.getAttribute('href')!.slice(1)) !== null,
          ),
        );
      expect(targets.every(Boolean)).toBe(true);
      // The link to the actions is in the first screen, without scrolling.
      const link = contents.locator('a[href="#actions"]');
      const linkBox = await link.boundingBox();
      expect(linkBox!.y + linkBox!.height).toBeLessThanOrEqual(900);
      expect(
        await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY),
      ).toBe(0);
      // One click brings the actions' heading to the top of the window.
      await link.click();
      const heading = await page.locator('#actions h2').boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(-1);
      expect(heading!.y).toBeLessThan(100);
      // And scrolling down, the actions come before the addresses they are about.
      const actionsTop = (await page.locator('#actions').boundingBox())!.y;
      const findingsTop = (await page.locator('#findings').boundingBox())!.y;
      expect(actionsTop).toBeLessThan(findingsTop);
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it.each([420, 800, 1400])(
    'at %i px, no table hides rows or columns in a box of its own without saying how many',
    async (width) => {
      const { context, page, seen } = await layoutPage(width);
      const measure = () =>
        page.locator('.scroll, .split > div').evaluateAll((boxes) =>
          boxes.map((box) => {
            const edges = box.getBoundingClientRect();
            const left = edges.left + box.clientLeft;
            const right = left + box.clientWidth;
            const table = box.querySelector('table');
            const cells = Array.from(
              (table as unknown as PageNode | null)?.querySelectorAll('thead th') ?? [],
            );
            const hidden = cells.filter((cell) => {
              const c = cell.getBoundingClientRect();
              return c.left < left - 1 || c.right > right + 1;
            }).length;
            const note = box.previousElementSibling;
            const w = globalThis as unknown as PageGlobals;
            return {
              table: box.closest('section')?.id ?? '',
              scrollWidth: box.scrollWidth,
              clientWidth: box.clientWidth,
              scrollHeight: box.scrollHeight,
              clientHeight: box.clientHeight,
              columns: cells.length,
              hidden,
              note:
                note !== null &&
                note.hasAttribute('data-hidden-columns') &&
                w.getComputedStyle(note).display !== 'none'
                  ? (note as unknown as { innerText: string }).innerText
                  : '',
            };
          }),
        );
      const boxes = await measure();
      // Three breakdowns, History, and the ten tables.
      expect(boxes.length).toBe(14);
      for (const box of boxes) {
        // Every row drawn is in the page, not behind a scroll box's lower edge.
        expect(box.scrollHeight, `${box.table} rows`).toBeLessThanOrEqual(box.clientHeight + 1);
        // A table wider than its box says how many columns are out of view, and none else does.
        const overflows = box.scrollWidth > box.clientWidth + 1;
        expect(box.note, `${box.table} at ${width} px`).toBe(
          overflows
            ? `${box.hidden} of ${box.columns} columns hidden: scroll the table sideways to see them.`
            : '',
        );
        if (overflows) expect(box.hidden).toBeGreaterThan(0);
      }
      const findingsBox = boxes.find((b) => b.table === 'findings')!;
      expect(findingsBox.columns).toBe(11);
      if (width === 1400) {
        // On a desktop every table fits: the addresses' columns all in view, wrapped where long.
        for (const box of boxes) {
          expect(box.scrollWidth, box.table).toBeLessThanOrEqual(box.clientWidth);
        }
      }
      if (width === 800) {
        // A narrow desktop window: the addresses do not fit, and the note says so, and follows
        // the reader scrolling the table sideways.
        expect(findingsBox.scrollWidth).toBeGreaterThan(findingsBox.clientWidth);
        const scroller = page.locator('#findings .scroll');
        await scroller.evaluate((box) => {
          box.scrollLeft = box.scrollWidth;
        });
        const note = page.locator('#findings [data-hidden-columns]');
        const atEnd = (await measure()).find((b) => b.table === 'findings')!;
        await note
          .filter({ hasText: `${atEnd.hidden} of 11 columns hidden` })
          .waitFor({ timeout: 5000 });
        expect(atEnd.hidden).toBeGreaterThan(0);
      }
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `layout-${width}.png`), fullPage: true });
      expect(seen.errors).toEqual([]);
      await context.close();
    },
  );

  it('draws the first 500 of 50,000 findings and shows more on request', async () => {
    const suspicions: Suspicion[] = ['HIGH', 'MODERATE', 'LOW', 'UNKNOWN'];
    const many = Array.from({ length: 50_000 }, (_, i) =>
      eni(
        `1000000000${String(i % 40).padStart(2, '0')}`,
        ['us-east-1', 'eu-west-1', 'ap-south-1'][i % 3] ?? 'us-east-1',
        `eni-${i.toString(16).padStart(17, '0')}`,
        `${3 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}.${(i * 7) & 255}`,
        suspicions[i % 4] ?? 'LOW',
        { description: `Interface ${i} <b>` },
      ),
    );
    const result: ScanResult = { ...scan(), eniPublicIps: many };
    const path = await writeHtmlReport(
      auditOutcome(result, { options: { pricePerIpHour: PRICE } }),
      dir,
      1772344800,
    );
    expect((await stat(path)).size).toBeLessThan(20 * 1024 * 1024);

    const { context, page, seen } = await newPage();
    await open(page, path, seen);
    expect(await countOf(page, findings)).toBe('50,000 of 50,000 rows');
    expect(await page.locator(`${findings} tbody tr`).count()).toBe(500);
    expect(await text(page, `${findings} [data-more]`)).toBe(
      'Showing the first 500 of 50,000 matching rows: filter or sort to bring others to the top, or show 500 more',
    );
    await page.locator(`${findings} [data-more] button`).click();
    expect(await page.locator(`${findings} tbody tr`).count()).toBe(1000);

    await page.locator(`${findings} th`, { hasText: 'Address' }).first().locator('button').click();
    expect((await firstRow(page))[3]).toBe('3.0.0.0');
    await page.locator(`${findings} select`).selectOption('HIGH');
    await waitForCount(page, findings, '12,500 of 50,000 rows');
    // A new filter starts again from one page.
    expect(await page.locator(`${findings} tbody tr`).count()).toBe(500);

    expect(seen.errors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await context.close();
  });

  // The page's script bundles the reports' own formatters and address order: what it draws is
  // what those functions give, on inputs where a hand-written copy would drift.
  it("writes money and counts, and orders addresses, with the reports' own functions", async () => {
    const price = 2.5; // $1,825.00 a month per address: every figure needs grouping
    // Text that is not an IPv4 address (empty, IPv6, a range, an octet with a leading zero,
    // which the project's parser refuses) sorts after every address.
    const tricky = ['255.255.255.255', '0.0.0.0', '9.0.0.10', '9.0.0.2', '10.0.0.1', '', '1::2'];
    tricky.push('1.2.3.4/32', '010.0.0.1', 'none');
    const rows = Array.from({ length: 1234 }, (_, i) =>
      eni(
        A,
        'us-east-1',
        `eni-${String(i).padStart(5, '0')}`,
        tricky[i] ?? `${(i * 37) % 256}.${(i * 11) % 256}.${i % 7}.${i % 256}`,
        'LOW',
        { byoip: i % 5 === 0 },
      ),
    );
    const path = await writeHtmlReport(
      auditOutcome({ ...scan(), eniPublicIps: rows }, { options: { pricePerIpHour: price } }),
      dir,
      1772344800,
    );
    const { context, page, seen } = await newPage();
    await open(page, path, seen);
    const column = (n: number) =>
      page.locator(`${findings} tbody tr td:nth-child(${n})`).allInnerTexts();

    const charged = rows.filter((r) => !r.byoip).length;
    expect(await countOf(page, findings)).toBe(`${formatCount(1234)} of ${formatCount(1234)} rows`);
    expect(await text(page, `${findings} [data-sum]`)).toBe(
      `${formatUsdForPeople(charged * monthlyCostUsd(price, false))} a month`,
    );
    expect(await column(10)).toEqual(
      rows.slice(0, 500).map((r) => formatUsdForPeople(monthlyCostUsd(price, r.byoip))),
    );
    expect(await text(page, `${findings} [data-more]`)).toBe(
      `Showing the first 500 of ${formatCount(1234)} matching rows: filter or sort to bring ` +
        'others to the top, or show 500 more',
    );

    // The reports' address order; text that is not an address is ordered after the addresses as
    // people read it, the collation of the page's other text columns.
    const people = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const compareAddress = addressComparator(undefined, people.compare);
    const addresses = rows.map((r) => r.address);
    const address = page
      .locator(`${findings} th`, { hasText: 'Address' })
      .first()
      .locator('button');
    await address.click();
    expect(await column(4)).toEqual([...addresses].sort(compareAddress).slice(0, 500));
    await address.click();
    expect(await column(4)).toEqual(
      [...addresses].sort((a, b) => compareAddress(b, a)).slice(0, 500),
    );

    // The filter finds money as it is shown, grouping included.
    await page
      .locator(`${findings} [data-filter]`)
      .fill(formatUsdForPeople(monthlyCostUsd(price, false)));
    await waitForCount(page, findings, `${formatCount(charged)} of ${formatCount(1234)} rows`);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
