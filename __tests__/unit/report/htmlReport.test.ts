import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountCost } from '../../../src/analyze/cost.js';
import { recommendActions } from '../../../src/analyze/recommendedAction.js';
import type { ScanResult } from '../../../src/model/scanResult.js';
import { chartBars, costBarChart } from '../../../src/report/html/costBarChart.js';
import { escapeHtml } from '../../../src/report/html/escapeHtml.js';
import { htmlReportFileName } from '../../../src/report/reportFileName.js';
import { jsonForScript } from '../../../src/format/jsonForScript.js';
import { htmlReport } from '../../../src/report/htmlReport.js';
import { writeHtmlReport } from '../../../src/report/writeHtmlReport.js';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import { SCAN_TIMES, fixture, vpnRows } from './scanFixture.js';

const PRICE = 0.005;
const IMG_XSS = '<img src=x onerror=alert(1)>';
const SCRIPT_XSS = '</script><script>alert(1)</script>';
const COMMENT_XSS = '<!--<script>alert(1)//';

/** The CSV fixture with markup in every kind of user-controlled text the page shows. */
function hostileScan(): ScanResult {
  const scan = fixture();
  const [first, second, third] = scan.eniPublicIps;
  if (first === undefined || second === undefined || third === undefined)
    throw new Error('fixture');
  first.description = IMG_XSS;
  second.description = SCRIPT_XSS;
  // Types and services are the tool's own names, but the page escapes whatever it writes.
  third.interfaceType = '<i>guessed</i> & "typed"';
  third.service = '<i>guessed</i> & "typed"';
  third.description = `${COMMENT_XSS}\u2028\u2029`;
  const eip = scan.unassociatedEips[0];
  if (eip !== undefined) eip.name = '"><svg onload=alert(1)>';
  const unchecked = scan.uncheckedAccounts[0];
  if (unchecked !== undefined) unchecked.name = SCRIPT_XSS;
  const error = scan.scanErrors[0];
  if (error !== undefined) error.message = `${IMG_XSS} & more`;
  return scan;
}

function render(scan: ScanResult): string {
  return htmlReport(
    auditOutcome(scan, {
      options: {
        pricePerIpHour: PRICE,
        thresholds: { maxHighSuspicion: 0, failOnScanErrors: true },
      },
    }),
  );
}

const DATA_BLOCK = /<script type="application\/json">([\s\S]*?)<\/script>/g;
const TABLE =
  /<section id="([\w-]+)" data-table[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/g;

interface DataBlock {
  cells: number[];
  strings: string[];
}

/** Each drawn table's data, by the table's id, in page order. */
function dataBlocks(html: string): Map<string, DataBlock> {
  return new Map(
    [...html.matchAll(TABLE)].map((m) => [m[1] ?? '', JSON.parse(m[2] ?? '') as DataBlock]),
  );
}

/** The columns of a drawn table, from its header row. */
function columnCount(html: string, id: string): number {
  const section = new RegExp(`<section id="${id}"[\\s\\S]*?</thead>`).exec(html)?.[0] ?? '';
  return section.match(/<th /g)?.length ?? 0;
}

/** The markup a browser parses as markup: the page without its JSON data blocks. */
const markupOnly = (html: string) => html.replace(DATA_BLOCK, '');

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('jsonForScript', () => {
  it('leaves no character that could end or alter the script element, and round-trips', () => {
    const value = { text: `${SCRIPT_XSS}${COMMENT_XSS} a&b \u2028\u2029 ]]>` };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('htmlReport', () => {
  it('never lets user text out as markup', () => {
    const html = render(hostileScan());
    // Nine data blocks and the one script; nothing a description could have opened.
    expect(html.match(/<script/g)).toHaveLength(11);
    expect(html.match(/<\/script/gi)).toHaveLength(11);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<i>');
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    // Text the server writes as markup is entity-escaped.
    expect(html).toContain('&lt;i&gt;guessed&lt;/i&gt; &amp; &quot;typed&quot;');
  });

  it('ships table text that decodes to exactly what the scan held', () => {
    const scan = hostileScan();
    const blocks = dataBlocks(render(scan));
    const findings = blocks.get('findings');
    expect(findings?.strings).toEqual(expect.arrayContaining([IMG_XSS, SCRIPT_XSS]));
    expect(findings?.strings).toContain(`${COMMENT_XSS}\u2028\u2029`);
    expect(findings?.cells).toHaveLength(scan.eniPublicIps.length * 11);
    expect(blocks.get('unassociated-eips')?.strings).toContain('"><svg onload=alert(1)>');
    expect(blocks.get('scan-errors')?.strings).toContain(`${IMG_XSS} & more`);
    expect(blocks.get('unchecked-accounts')?.strings).toContain(SCRIPT_XSS);
  });

  it('allows only its own inline style and script, by hash, and refers to nothing outside', () => {
    const html = render(hostileScan());
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = (text: string) =>
      `&#39;sha256-${createHash('sha256').update(text).digest('base64')}&#39;`;
    expect(policy).toBe(
      `default-src &#39;none&#39;; script-src ${hash(script)}; style-src ${hash(style)}; ` +
        `base-uri &#39;none&#39;; form-action &#39;none&#39;`,
    );
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // The contents' links lead within the page, and nowhere else.
    const links = markupOnly(html).match(/\shref="[^"]*"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^ href="#[a-z][a-z-]*"$/);
    const markup = markupOnly(html).replace(/\shref="#[a-z][a-z-]*"/g, '');
    expect(markup).not.toMatch(/\s(src|href|action|srcset)=/i);
    expect(markup).not.toMatch(/url\(|@import|https?:\/\//i);
    expect(markup).not.toMatch(/\sstyle=/i);
  });

  it('writes the headline numbers, the gate and one bar per account', () => {
    const html = render(fixture());
    const metric = (name: string) =>
      new RegExp(`data-metric="${name}">([^<]*)<`).exec(html)?.[1] ?? 'missing';
    // 4 interface addresses (2 of them also associated EIPs) + 2 unassociated EIPs + 6
    // accelerator addresses = 12 distinct; 198.51.100.7 is BYOIP, so 11 are charged. Savings:
    // the 1 HIGH address and the 2 unassociated EIPs.
    expect(metric('public-ips')).toBe('12');
    expect(metric('high')).toBe('1');
    expect(metric('unassociated-eips')).toBe('2');
    expect(metric('monthly-cost')).toBe('$40.15');
    expect(metric('potential-savings')).toBe('$10.95');
    expect(metric('scan-errors')).toBe('2');
    expect(metric('gate')).toBe('Failed');
    expect(html).toContain('data-gate="failed"');
    expect(html.match(/<g class="bar"/g)).toHaveLength(2);
  });

  it('renders an empty scan', () => {
    const html = render(emptyScan(SCAN_TIMES));
    expect(html).toContain('No public IPv4 addresses were found.');
    const blocks = dataBlocks(html);
    expect(blocks.size).toBe(10);
    for (const [id, block] of blocks) expect(block, id).toEqual({ cells: [], strings: [] });
  });

  it('shows every report as a table, every row with its ids', () => {
    // The rows as the audit hands them to the writer: with their recommended actions.
    const scan = recommendActions({ ...fixture(), vpnConnections: vpnRows() });
    const html = render(scan);
    const blocks = dataBlocks(html);
    const acted = [...scan.eniPublicIps, ...scan.unassociatedEips, ...scan.autoAssignSubnets];
    const commands = acted
      .map((f) => f.action?.commands.join(' && ') ?? '')
      .filter((c) => c !== '');
    const tables: [string, number, string[]][] = [
      ['actions', acted.filter((f) => f.action !== undefined).length, commands],
      ['findings', scan.eniPublicIps.length, scan.eniPublicIps.map((e) => e.interfaceId)],
      [
        'unassociated-eips',
        scan.unassociatedEips.length,
        scan.unassociatedEips.map((e) => e.publicIp),
      ],
      [
        'associated-eips',
        scan.associatedEips.length,
        scan.associatedEips.flatMap((e) => [
          e.publicIp,
          e.allocationId ?? '',
          e.networkInterfaceId ?? '',
        ]),
      ],
      [
        'auto-assign-subnets',
        scan.autoAssignSubnets.length,
        scan.autoAssignSubnets.map((s) => s.subnetId),
      ],
      [
        'vpn-connections',
        scan.vpnConnections.length,
        scan.vpnConnections.map((v) => v.connectionId),
      ],
      [
        'global-accelerators',
        scan.globalAccelerators.length,
        scan.globalAccelerators.map((a) => a.arn),
      ],
      ['scan-errors', scan.scanErrors.length, scan.scanErrors.map((e) => e.api)],
      [
        'policy-denied',
        scan.policyDenied.length,
        scan.policyDenied.flatMap((d) => [d.accountId, d.region, d.policy, d.exampleCall]),
      ],
      [
        'unchecked-accounts',
        scan.uncheckedAccounts.length,
        scan.uncheckedAccounts.map((a) => a.accountId),
      ],
    ];
    expect([...blocks.keys()]).toEqual(tables.map(([id]) => id));
    for (const [id, rows, ids] of tables) {
      expect(rows, id).toBeGreaterThan(0);
      const block = blocks.get(id);
      expect(block?.cells.length, id).toBe(rows * columnCount(html, id));
      expect(block?.strings, id).toEqual(expect.arrayContaining(ids));
      // Each is filterable like the findings.
      expect(html).toMatch(
        new RegExp(`<section id="${id}"[^>]*>.*?<input type="search" data-filter`),
      );
    }
    // VPN and accelerator rows cost what their addresses cost (a VPN with one tunnel, one).
    const vpn = blocks.get('vpn-connections');
    const cost = columnCount(html, 'vpn-connections') - 1;
    expect([vpn?.cells[cost], vpn?.cells[cost + cost + 1]]).toEqual([730, 365]);
  });

  const [A, B] = ['111111111111', '222222222222'];
  it('lists every recommended action, biggest saving first, with its complete command', () => {
    const html = render(fixture());
    const block = dataBlocks(html).get('actions');
    const width = columnCount(html, 'actions');
    const rows: (string | number)[][] = [];
    const cells = block?.cells ?? [];
    for (let i = 0; i < cells.length; i += width)
      rows.push(
        cells
          .slice(i, i + width)
          .map((c, col) => (col === width - 1 ? c : (block?.strings[c] ?? ''))),
      );
    const subnetAdvice =
      'The subnet gives new instances public addresses that cannot reach an internet gateway: stop auto-assigning them. (Addresses already given are listed in eni_public_ips.)';
    const release = (id: string) =>
      `aws ec2 release-address --allocation-id ${id} --region eu-west-1`;
    const eipAdvice =
      'The Elastic IP is associated with nothing and is charged all the same: release it.';
    expect(rows).toEqual([
      [
        B,
        'eu-west-1',
        '52.16.0.9',
        'eipalloc-0c3',
        'Release unassociated Elastic IPs',
        eipAdvice,
        release('eipalloc-0c3'),
        365,
      ],
      [
        B,
        'eu-west-1',
        '52.16.0.10',
        'eipalloc-0c4',
        'Release unassociated Elastic IPs',
        eipAdvice,
        release('eipalloc-0c4'),
        365,
      ],
      [
        B,
        'us-east-1',
        '54.210.0.2',
        'eni-0b2 (EC2 Instance)',
        'Remove auto-assigned public IPs',
        'Remove the auto-assigned public IPv4 address from the interface.',
        'aws ec2 modify-network-interface-attribute --network-interface-id eni-0b2 --no-associate-public-ip-address --region us-east-1',
        365,
      ],
      [
        A,
        'eu-west-1',
        '',
        'subnet-06 (vpc-03)',
        'Stop subnets auto-assigning public IPs',
        subnetAdvice,
        'aws ec2 modify-subnet-attribute --subnet-id subnet-06 --no-map-public-ip-on-launch --region eu-west-1',
        0,
      ],
      [
        A,
        'us-east-1',
        '',
        'subnet-05 (vpc-01)',
        'Stop subnets auto-assigning public IPs',
        subnetAdvice,
        'aws ec2 modify-subnet-attribute --subnet-id subnet-05 --no-map-public-ip-on-launch --region us-east-1',
        0,
      ],
    ]);
    // Filterable by action, each kind named as the summaries name it.
    expect(html).toMatch(/<section id="actions"[^]*?<select data-column="4" aria-label="Action">/);
  });

  it('is the same bytes for the same scan', () => {
    expect(render(hostileScan())).toBe(render(hostileScan()));
  });
});

describe('cost chart', () => {
  const accounts: AccountCost[] = Array.from({ length: 25 }, (_, i) => ({
    accountId: String(100000000000 + i),
    addresses: 25 - i,
    monthlyUsd: (25 - i) * 3.65,
    potentialSavingsUsd: 3.65,
  }));

  it('draws the top 20 accounts and one bar for the others', () => {
    const bars = chartBars(accounts);
    expect(bars).toHaveLength(21);
    expect(bars[19]?.accountId).toBe('100000000019');
    expect(bars[20]).toMatchObject({ label: 'Others (5 accounts)', addresses: 15 });
    expect(bars[20]?.accountId).toBeUndefined();
    expect(bars[20]?.monthlyUsd).toBeCloseTo(15 * 3.65, 9);
    expect(bars[20]?.potentialSavingsUsd).toBeCloseTo(5 * 3.65, 9);
    const svg = costBarChart(accounts);
    expect(svg.match(/<g class="bar"/g)).toHaveLength(20);
    expect(svg.match(/<g class="bar others"/g)).toHaveLength(1);
  });

  it('is never scaled: no viewBox, so its text keeps its size; the bars stretch in percent', () => {
    const svg = costBarChart(accounts.slice(0, 2));
    expect(svg).not.toContain('viewBox');
    expect(svg).toMatch(/^<svg class="chart" width="100%" height="80" /);
    expect(svg.match(/<rect class="cost" x="0" y="\d+" width="([\d.]+)%"/g)).toEqual([
      '<rect class="cost" x="0" y="20" width="100%"',
      '<rect class="cost" x="0" y="60" width="96%"',
    ]);
  });

  it('escapes labels', () => {
    const svg = costBarChart([{ ...accounts[0]!, accountId: '<b>x</b>' }]);
    expect(svg).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
  });
});

describe('writeHtmlReport', () => {
  it('writes {epoch}_report.html with the same bytes htmlReport builds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'html-report-unit-'));
    try {
      const outcome = auditOutcome(hostileScan());
      const path = await writeHtmlReport(outcome, dir, 1695071739);
      expect(path).toBe(join(dir, '1695071739_report.html'));
      expect(await readFile(path, 'utf8')).toBe(htmlReport(outcome));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an epoch that is not whole seconds before touching the disk', () => {
    expect(() => htmlReportFileName(1.5)).toThrow(RangeError);
    expect(htmlReportFileName(0)).toBe('0_report.html');
  });
});
