// The cost-by-account chart, drawn here as inline SVG: it needs no script, prints, and needs no
// `style` attribute (the page's policy refuses those); geometry lives in SVG attributes.
import type { AccountCost } from '../../analyze/cost.js';
import { formatUsdForPeople } from '../formatUsd.js';
import { escapeHtml } from './escapeHtml.js';
import { formatCount, plural } from './formatCount.js';

/** Accounts drawn one bar each; the rest share one "others" bar so the chart stays readable. */
export const CHART_ACCOUNTS = 20;

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

const WIDTH = 960;
const VALUE_START = 750;
const LABEL_END = 170;
const BAR_START = 180;
const BAR_SPACE = 560;
const ROW = 26;
const BAR_HEIGHT = 18;

// One decimal is finer than a pixel and keeps the markup short and stable.
const px = (n: number) => String(Math.round(n * 10) / 10);

export function costBarChart(byAccount: readonly AccountCost[], limit = CHART_ACCOUNTS): string {
  const bars = chartBars(byAccount, limit);
  if (bars.length === 0) return '<p class="empty">No public IPv4 addresses were found.</p>';
  const max = Math.max(...bars.map((b) => b.monthlyUsd));
  const scale = (usd: number) => {
    if (max <= 0 || usd <= 0) return 0;
    // A charged account never vanishes, however small next to the largest.
    return Math.max(1, (usd / max) * BAR_SPACE);
  };
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 4;
    const cost = scale(bar.monthlyUsd);
    const savings = Math.min(cost, scale(bar.potentialSavingsUsd));
    const value = `${formatUsdForPeople(bar.monthlyUsd)} · ${plural(bar.addresses, 'address', 'addresses')}`;
    const title =
      `${bar.label}: ${formatUsdForPeople(bar.monthlyUsd)} a month, ` +
      `${plural(bar.addresses, 'address', 'addresses')}, ` +
      `${formatUsdForPeople(bar.potentialSavingsUsd)} potential savings`;
    const account =
      bar.accountId === undefined ? '' : ` data-account="${escapeHtml(bar.accountId)}"`;
    const textY = px(y + BAR_HEIGHT / 2);
    return (
      `<g class="bar${bar.accountId === undefined ? ' others' : ''}"${account}>` +
      `<title>${escapeHtml(title)}</title>` +
      `<text class="label" x="${LABEL_END}" y="${textY}" text-anchor="end" dominant-baseline="central">${escapeHtml(bar.label)}</text>` +
      `<rect class="track" x="${BAR_START}" y="${y}" width="${BAR_SPACE}" height="${BAR_HEIGHT}" rx="3"/>` +
      `<rect class="cost" x="${BAR_START}" y="${y}" width="${px(cost)}" height="${BAR_HEIGHT}" rx="3"/>` +
      (savings > 0
        ? `<rect class="savings" x="${BAR_START}" y="${y}" width="${px(savings)}" height="${BAR_HEIGHT}" rx="3"/>`
        : '') +
      `<text class="value" x="${VALUE_START}" y="${textY}" dominant-baseline="central">${escapeHtml(value)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title">` +
    rows.join('') +
    `</svg>`
  );
}
