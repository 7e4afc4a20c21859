// The trend across runs as inline SVG: two small line charts, monthly cost and public IPv4
// addresses, one point per run, oldest first. Like the cost chart it needs no script and no
// `style` attribute (the page's policy refuses those): geometry lives in SVG attributes. It is
// drawn for a WIDTH-wide viewBox, which a narrow screen would scale down, text and all; the page's
// script (page/fitTrendChart.ts) redraws it at the width it is shown, reading `data-plot`.
import type { HistoryEntry } from '../../analyze/history.js';
import { formatUsdForPeople } from '../../format/formatUsd.js';
import { runTime } from '../trendLine.js';
import { escapeHtml } from './escapeHtml.js';
import { px } from './svg.js';
import { scopeRelation } from './scopeRelation.js';
import { formatCount, plural } from '../../common/formatCount.js';

const WIDTH = 960;
/** Room for the value labels left of the plot. */
const PLOT_LEFT = 110;
const PLOT_RIGHT = WIDTH - 24;
const TITLE_HEIGHT = 26;
const PLOT_HEIGHT = 100;
/** Below the plot: the first and last run's dates. */
const FOOT_HEIGHT = 30;
const PANEL_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT + FOOT_HEIGHT;

interface Series {
  id: string;
  title: string;
  value: (entry: HistoryEntry) => number;
  /** The value as the axis labels show it. */
  axis: (value: number) => string;
  /** The value as a point's tooltip says it. */
  show: (value: number) => string;
  /** The value for `data-value`, as tests and scripts read it. */
  raw: (value: number) => string;
}

const TREND_SERIES: readonly Series[] = [
  {
    id: 'monthly-cost',
    title: 'Monthly cost',
    value: (e) => e.monthlyCostUsd,
    axis: (v) => formatUsdForPeople(v),
    show: (v) => `${formatUsdForPeople(v)} a month`,
    raw: (v) => v.toFixed(2),
  },
  {
    id: 'addresses',
    title: 'Public IPv4 addresses',
    value: (e) => e.publicIpv4Addresses,
    axis: (v) => formatCount(v),
    show: (v) => plural(v, 'address', 'addresses'),
    raw: (v) => String(v),
  },
];

/** The y of each value: highest at the top, lowest at the bottom; a flat series in the middle. */
function scaleY(values: readonly number[], top: number): (v: number) => number {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi === lo) return () => top + PLOT_HEIGHT / 2;
  return (v) => top + PLOT_HEIGHT - ((v - lo) / (hi - lo)) * PLOT_HEIGHT;
}

function gridLines(values: readonly number[], series: Series, y: (v: number) => number): string {
  const marks = [...new Set([Math.max(...values), Math.min(...values)])];
  return marks
    .map((v) => {
      const at = px(y(v));
      return (
        `<line class="grid" x1="${PLOT_LEFT}" y1="${at}" x2="${PLOT_RIGHT}" y2="${at}"/>` +
        `<text class="axis" x="${PLOT_LEFT - 8}" y="${at}" text-anchor="end" dominant-baseline="central">${escapeHtml(series.axis(v))}</text>`
      );
    })
    .join('');
}

/**
 * A run's date under the plot, its time in a span a phone leaves out (trendStyle.ts): two full
 * dates do not fit side by side at that width. Each point's tooltip keeps the time.
 */
function footDate(entry: HistoryEntry): string {
  const [date = '', ...time] = runTime(entry).split(' ');
  return `${escapeHtml(date)}<tspan class="time"> ${escapeHtml(time.join(' '))}</tspan>`;
}

function panel(history: readonly HistoryEntry[], series: Series, index: number): string {
  const top = index * PANEL_HEIGHT + TITLE_HEIGHT;
  const values = history.map(series.value);
  const y = scaleY(values, top);
  const step = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, history.length - 1);
  const x = (i: number) => PLOT_LEFT + i * step;
  const points = values.map((v, i) => `${px(x(i))},${px(y(v))}`).join(' ');
  const latest = history.at(-1) as HistoryEntry;
  const dots = history
    .map((entry, i) => {
      const v = values[i] as number;
      // A run that read other account-regions than the last: its total does not compare.
      const other = scopeRelation(entry, latest) === 'other account-regions';
      const note = other ? ' (other account-regions than the last run)' : '';
      return (
        `<circle class="point${other ? ' other-scope' : ''}" cx="${px(x(i))}" cy="${px(y(v))}" r="3.5" data-value="${escapeHtml(series.raw(v))}">` +
        `<title>${escapeHtml(`${runTime(entry)}: ${series.show(v)}${note}`)}</title></circle>`
      );
    })
    .join('');
  // trendChart draws two runs or more: the first and last exist.
  const [first, last] = [history[0], history.at(-1)] as [HistoryEntry, HistoryEntry];
  const footY = px(top + PLOT_HEIGHT + 18);
  const dates =
    `<text class="axis" x="${PLOT_LEFT}" y="${footY}">${footDate(first)}</text>` +
    `<text class="axis" x="${PLOT_RIGHT}" y="${footY}" text-anchor="end">${footDate(last)}</text>`;
  return (
    `<g class="series ${series.id}" data-series="${series.id}">` +
    `<text class="title" x="${PLOT_LEFT}" y="${px(top - 10)}">${escapeHtml(series.title)}</text>` +
    gridLines(values, series, y) +
    `<polyline class="line" points="${points}"/>` +
    dots +
    dates +
    `</g>`
  );
}

/** The chart, or nothing for fewer than two runs (one run is no trend). */
export function trendChart(history: readonly HistoryEntry[]): string {
  if (history.length < 2) return '';
  const height = TREND_SERIES.length * PANEL_HEIGHT;
  const label =
    `Monthly cost and public IPv4 addresses over ${formatCount(history.length)} runs, ` +
    `${runTime(history[0] as HistoryEntry)} to ${runTime(history.at(-1) as HistoryEntry)}`;
  return (
    `<svg class="chart trend" data-trend data-plot="${PLOT_LEFT} ${PLOT_RIGHT} ${WIDTH}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(label)}">` +
    TREND_SERIES.map((series, i) => panel(history, series, i)).join('') +
    `</svg>`
  );
}
