// The cost-by-account chart, drawn here as inline SVG: it needs no script, prints, and needs no
// `style` attribute (the page's policy refuses those); geometry lives in SVG attributes. It has
// no viewBox, so it is never scaled: its text keeps its size at any width (a phone's as a
// desktop's), and the bars, in percentages of the width, stretch instead. Each account is two
// lines: its id and its figures, then its bar across the whole width.
import type { AccountCost } from '../../analyze/cost.js';
import { formatUsdForPeople } from '../../format/formatUsd.js';
import { escapeHtml } from './escapeHtml.js';
import { px } from './svg.js';
import { formatCount, plural } from '../../common/formatCount.js';

/** Accounts drawn one bar each; the rest share one "others" bar so the chart stays readable. */
const CHART_ACCOUNTS = 20;

export interface ChartBar {
  label: string;
  /** Set for a single account's bar, absent for the "others" bar. */
  accountId?: string;
  addresses: number;
  monthlyUsd: number;
  potentialSavingsUsd: number;
}

/** The bars to draw: `byAccount` arrives most expensive first, so the head is the top N. */
export function chartBars(byAccount: readonly AccountCost[], limit = CHART_ACCOUNTS): ChartBar[] {
  const bars: ChartBar[] = byAccount.slice(0, limit).map((a) => ({
    label: a.accountId,
    accountId: a.accountId,
    addresses: a.addresses,
    monthlyUsd: a.monthlyUsd,
    potentialSavingsUsd: a.potentialSavingsUsd,
  }));
  const rest = byAccount.slice(limit);
  if (rest.length > 0) {
    bars.push({
      label: `Others (${formatCount(rest.length)} accounts)`,
      addresses: rest.reduce((n, a) => n + a.addresses, 0),
      monthlyUsd: rest.reduce((n, a) => n + a.monthlyUsd, 0),
      potentialSavingsUsd: rest.reduce((n, a) => n + a.potentialSavingsUsd, 0),
    });
  }
  return bars;
}

/** Pixels per account: a line of text, then the bar. */
const ROW = 40;
const TEXT_BASELINE = 14;
const BAR_TOP = 20;
const BAR_HEIGHT = 12;

// One decimal of a percent is finer than a pixel and keeps the markup short and stable.

export function costBarChart(byAccount: readonly AccountCost[], limit = CHART_ACCOUNTS): string {
  const bars = chartBars(byAccount, limit);
  if (bars.length === 0) return '<p class="empty">No public IPv4 addresses were found.</p>';
  const max = Math.max(...bars.map((b) => b.monthlyUsd));
  const percent = (usd: number) => {
    if (max <= 0 || usd <= 0) return 0;
    // A charged account never vanishes, however small next to the largest.
    return Math.max(0.5, (usd / max) * 100);
  };
  const rows = bars.map((bar, i) => {
    const top = i * ROW;
    const cost = percent(bar.monthlyUsd);
    const savings = Math.min(cost, percent(bar.potentialSavingsUsd));
    const value = `${formatUsdForPeople(bar.monthlyUsd)} · ${plural(bar.addresses, 'address', 'addresses')}`;
    const title =
      `${bar.label}: ${formatUsdForPeople(bar.monthlyUsd)} a month, ` +
      `${plural(bar.addresses, 'address', 'addresses')}, ` +
      `${formatUsdForPeople(bar.potentialSavingsUsd)} potential savings`;
    const account =
      bar.accountId === undefined ? '' : ` data-account="${escapeHtml(bar.accountId)}"`;
    const textY = top + TEXT_BASELINE;
    const barY = top + BAR_TOP;
    const rect = (kind: string, width: string) =>
      `<rect class="${kind}" x="0" y="${barY}" width="${width}" height="${BAR_HEIGHT}" rx="3"/>`;
    return (
      `<g class="bar${bar.accountId === undefined ? ' others' : ''}"${account}>` +
      `<title>${escapeHtml(title)}</title>` +
      `<text class="label" x="0" y="${textY}">${escapeHtml(bar.label)}</text>` +
      `<text class="value" x="100%" y="${textY}" text-anchor="end">${escapeHtml(value)}</text>` +
      rect('track', '100%') +
      rect('cost', `${px(cost)}%`) +
      (savings > 0 ? rect('savings', `${px(savings)}%`) : '') +
      `</g>`
    );
  });
  return (
    `<svg class="chart" width="100%" height="${bars.length * ROW}" role="img" aria-labelledby="chart-title">` +
    rows.join('') +
    `</svg>`
  );
}
