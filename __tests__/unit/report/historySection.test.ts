// The report's History section: the trend as inline SVG (two series, one point per run) and a
// table of the same numbers; nothing when the history is this run alone.
import { describe, expect, it } from 'vitest';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { run } from '../../../__fixtures__/historyEntries.js';
import type { HistoryEntry } from '../../../src/analyze/history.js';
import { historySection } from '../../../src/report/html/historySection.js';
import { trendChart } from '../../../src/report/html/trendChart.js';
import { htmlReport } from '../../../src/report/htmlReport.js';
import { fixture } from './scanFixture.js';

const HISTORY: HistoryEntry[] = [
  run('2026-11-16', 24),
  run('2026-11-23', 25, { potentialSavingsUsd: 7.3, unassociatedEips: 2 }),
  run('2026-11-30', 24, { accountRegionsComplete: 3 }),
];

/** The `data-value`s and `cy`s of one series' points, in order. */
function points(svg: string, series: string) {
  const group = new RegExp(`<g class="series ${series}" data-series="${series}">(.*?)</g>`).exec(
    svg,
  )?.[1];
  return [
    ...(group ?? '').matchAll(
      /<circle class="point" cx="[^"]+" cy="([^"]+)"[^>]*data-value="([^"]+)"/g,
    ),
  ].map((m) => ({ y: Number(m[1]), value: m[2] }));
}

/** The text of each cell of each body row of the history table. */
function rows(html: string): string[][] {
  const body = /<table class="summary" data-history>.*?<tbody>(.*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1] ?? ''),
  );
}

describe('historySection', () => {
  it('is nothing for this run alone: one run is no trend', () => {
    expect(historySection([run('2026-11-30', 24)])).toBe('');
    expect(trendChart([run('2026-11-30', 24)])).toBe('');
    expect(historySection([])).toBe('');
  });

  it('draws monthly cost and addresses, one point per run, oldest first, higher drawn higher', () => {
    const svg = trendChart(HISTORY);
    expect(svg).toMatch(
      /^<svg class="chart trend" data-trend [^>]*role="img" aria-label="Monthly cost and public IPv4 addresses over 3 runs, 2026-11-16 06:00 UTC to 2026-11-30 06:00 UTC">/,
    );
    const cost = points(svg, 'monthly-cost');
    expect(cost.map((p) => p.value)).toEqual(['87.60', '91.25', '87.60']);
    const addresses = points(svg, 'addresses');
    expect(addresses.map((p) => p.value)).toEqual(['24', '25', '24']);
    for (const series of [cost, addresses]) {
      expect(series[1]!.y).toBeLessThan(series[0]!.y);
      expect(series[2]!.y).toBe(series[0]!.y);
    }
    expect(svg).toContain('<title>2026-11-23 06:00 UTC: $91.25 a month</title>');
    expect(svg).toContain('<title>2026-11-23 06:00 UTC: 25 addresses</title>');
    // The axis is labelled with the lowest and highest values drawn.
    expect(svg).toContain('>$91.25</text>');
    expect(svg).toContain('>$87.60</text>');
  });

  it('draws a flat series as a line in the middle, labelled once', () => {
    const flat = [run('2026-11-23', 24), run('2026-11-30', 24)];
    const cost = points(trendChart(flat), 'monthly-cost');
    expect(cost[0]!.y).toBe(cost[1]!.y);
    expect(trendChart(flat).match(/>\$87\.60<\/text>/g)).toHaveLength(1);
  });

  it('lists the same numbers in a table, this run last', () => {
    const html = historySection(HISTORY);
    expect(html).toMatch(
      /^<section id="history" aria-labelledby="history-title"><h2 id="history-title">History<\/h2>/,
    );
    expect(rows(html)).toEqual([
      [
        '2026-11-16 06:00 UTC',
        '24',
        '$87.60',
        '$0.00',
        '0',
        '0',
        '24',
        '0',
        '0',
        '4 of 4',
        'same as this run',
      ],
      [
        '2026-11-23 06:00 UTC',
        '25',
        '$91.25',
        '$7.30',
        '0',
        '0',
        '25',
        '0',
        '2',
        '4 of 4',
        'same as this run',
      ],
      [
        '2026-11-30 06:00 UTC (this run)',
        '24',
        '$87.60',
        '$0.00',
        '0',
        '0',
        '24',
        '0',
        '0',
        '3 of 4',
        'this run',
      ],
    ]);
  });

  it('says which runs read other account-regions, or did not record them, in the table and the chart', () => {
    const mixed = [
      run('2026-11-09', 30, { scope: undefined }),
      run('2026-11-16', 40, { scope: 'sha256:ffffffffffffffff' }),
      run('2026-11-23', 25),
      run('2026-11-30', 24),
    ];
    const html = historySection(mixed);
    expect(rows(html).map((r) => r.at(-1))).toEqual([
      'not recorded',
      'other account-regions',
      'same as this run',
      'this run',
    ]);
    expect(html).toContain(
      '1 of these runs read other account-regions than this run (filled grey points): their totals do not compare with this run&#39;s. 1 did not record which account-regions they read.',
    );
    const svg = trendChart(mixed);
    // The run of another scope is marked in both series, and says so in its tooltip.
    expect(svg.match(/<circle class="point other-scope"/g)).toHaveLength(2);
    expect(svg).toContain(
      '<title>2026-11-16 06:00 UTC: $146.00 a month (other account-regions than the last run)</title>',
    );
  });

  it('escapes what it writes', () => {
    // A baseline's times are schema-checked, but nothing reaches the markup unescaped.
    const hostile = [run('2026-11-23', 1, { startedAt: '<b>x</b>' }), run('2026-11-30', 2)];
    const html = historySection(hostile);
    expect(html).not.toContain('<b>');
    expect(html).toContain('<td data-label="Run (scan start)">&lt;b&gt;x&lt;/b&gt; UTC</td>');
    expect(html).toContain(
      'aria-label="Monthly cost and public IPv4 addresses over 2 runs, &lt;b&gt;x&lt;/b&gt; UTC to',
    );
  });
});

describe('the report page with a history', () => {
  it('holds the History section after the cost chart, under the same strict policy', () => {
    const html = htmlReport(auditOutcome(fixture(), { history: HISTORY }));
    expect(html.indexOf('<section id="history"')).toBeGreaterThan(html.indexOf('id="chart-title"'));
    expect(html.indexOf('<section id="history"')).toBeLessThan(
      html.indexOf('id="breakdown-title"'),
    );
    expect(html.match(/<svg class="chart trend"/g)).toHaveLength(1);
    const markup = html.replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });

  it('has no History section without a baseline', () => {
    const html = htmlReport(auditOutcome(fixture()));
    expect(html).not.toContain('id="history"');
    expect(html).not.toContain('data-trend');
  });
});
