// The page's only stylesheet. System fonts only: the page may load nothing. Colours follow the
// reader's light or dark preference; suspicion and gate colours are always paired with text.
import { TREND_STYLE } from './trendStyle.js';

export const REPORT_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
  --accent: #0969da; --high: #cf222e; --moderate: #9a6700; --low: #1a7f37; --unknown: #6e7781;
  --pass: #1a7f37; --fail: #cf222e; --track: #eaeef2;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
    --accent: #4493f8; --high: #f85149; --moderate: #d29922; --low: #3fb950; --unknown: #9198a1;
    --pass: #3fb950; --fail: #f85149; --track: #21262d;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; padding: 24px; max-width: 1440px; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word;
}
@media (max-width: 600px) { body { padding: 12px; } }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 0 0 8px; }
section { margin: 0 0 32px; }
.meta, .note { color: var(--muted); margin: 0 0 16px; }
.verdict {
  border: 1px solid var(--border); border-left: 6px solid var(--pass); border-radius: 6px;
  padding: 10px 14px; margin: 0 0 20px; background: var(--panel);
}
.verdict.fail { border-left-color: var(--fail); }
.verdict.partial { border-left-color: var(--moderate); }
.verdict strong { font-size: 16px; }
.verdict ul { margin: 6px 0 0; padding-left: 20px; }
/* Every section one link away from the first screen, whatever the organisation's size. */
.contents { margin: 0 0 20px; }
.contents h2 { font-size: 14px; margin: 0 0 4px; color: var(--muted); font-weight: 600; }
.contents ol { columns: 15em; column-gap: 24px; margin: 0; padding: 0; list-style: none; }
.contents li { break-inside: avoid; padding: 2px 0; }
.contents a { color: var(--accent); }
.contents [data-nav-count] { color: var(--muted); font-variant-numeric: tabular-nums; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px; background: var(--panel); }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .sub { color: var(--muted); font-size: 12px; }
.card.high .value { color: var(--high); }
.card.moderate .value { color: var(--moderate); }
.card.low .value { color: var(--low); }
.card.unknown .value { color: var(--unknown); }
.card.fail .value { color: var(--fail); }
.card.pass .value { color: var(--pass); }
.chart { display: block; width: 100%; max-width: 960px; overflow: visible; }
.chart text { font-size: 12px; fill: var(--fg); }
.chart .label { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.chart .track { fill: var(--track); }
.chart .cost { fill: var(--accent); }
.chart .savings { fill: var(--high); }
.chart .others .cost { fill: var(--muted); }
.legend { display: flex; gap: 16px; color: var(--muted); font-size: 12px; margin-top: 6px; }
.legend span::before {
  content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px;
  border-radius: 2px; vertical-align: -1px; background: var(--accent);
}
.legend .savings::before { background: var(--high); }
${TREND_STYLE}
.split { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(380px, 100%), 1fr)); gap: 24px; }
.split > div { min-width: 0; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
caption { padding: 6px 8px; font-weight: 600; text-align: left; }
/* Ids hold hyphens, where a browser would break them: cells stay on one line. Prose (reasons,
   descriptions, names, messages) wraps within bounds instead of widening the table. */
td { white-space: nowrap; }
/* Words (an interface type, a service name) wrap between words; headers too. */
td.words, th { white-space: normal; }
td.wrap { white-space: normal; min-width: 10em; max-width: 28em; overflow-wrap: anywhere; }
td.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.scroll table { font-size: 13px; }
th { background: var(--panel); font-weight: 600; }
.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; }
.summary { width: auto; min-width: 100%; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 8px; }
.toolbar input, .toolbar select {
  font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--border);
  border-radius: 6px; padding: 5px 8px;
}
.toolbar input { min-width: min(260px, 100%); }
.toolbar .count { color: var(--muted); margin-left: auto; font-variant-numeric: tabular-nums; }
/* A table's box never hides rows (the page scrolls, and a long table says how many rows it has
   not drawn). It scrolls sideways only when the table cannot fit, and the page's script then says
   how many columns are out of view; a table that fits (data-fits) lets its header stick to the
   top of the window. */
.scroll { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; }
.scroll[data-fits], .split > div[data-fits] { overflow: visible; }
.hidden-columns { color: var(--moderate); font-weight: 600; margin: 0 0 6px; }
.scroll table th { position: sticky; top: 0; z-index: 1; }
.scroll table tr:last-child td { border-bottom: 0; }
th button {
  font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer;
  display: inline-flex; gap: 4px; align-items: center;
}
th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th .arrow { color: var(--muted); width: 1em; }
th[aria-sort="ascending"] .arrow::after { content: "\\25B2"; }
th[aria-sort="descending"] .arrow::after { content: "\\25BC"; }
tbody tr:hover td { background: var(--panel); }
td.none { color: var(--muted); text-align: center; white-space: normal; }
.badge {
  display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600;
  border: 1px solid currentColor;
}
.badge[data-value="HIGH"] { color: var(--high); }
.badge[data-value="MODERATE"] { color: var(--moderate); }
.badge[data-value="LOW"] { color: var(--low); }
.badge[data-value="UNKNOWN"] { color: var(--unknown); }
.more { color: var(--muted); }
.more button {
  font: inherit; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline;
}
.empty { color: var(--muted); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--border); padding-top: 12px; }
/* The breakdowns' labels may wrap: they are words, not ids. */
.summary td:first-child { white-space: normal; }
/* A phone: each row of a drawn table becomes a card of "column: value" lines, so every column
   is in view without scrolling sideways; the header stays as a row of sort buttons. */
@media (max-width: 640px) {
  .scroll { overflow: visible; border: 0; border-radius: 0; }
  .scroll table, .scroll thead, .scroll tbody, .scroll tr, .scroll td { display: block; }
  .scroll caption { display: block; padding: 0 0 6px; }
  .scroll thead tr {
    display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; padding: 6px 10px;
    margin-bottom: 8px; background: var(--panel); border: 1px solid var(--border); border-radius: 6px;
  }
  [data-table] .scroll thead tr::before { content: "Sort by"; color: var(--muted); }
  /* A table the script does not sort (History, AWS's records): its cards name every value. */
  .scroll thead { display: none; }
  [data-table] .scroll thead { display: block; }
  .scroll table th { position: static; padding: 0; border: 0; background: none; }
  .scroll tbody tr { border: 1px solid var(--border); border-radius: 6px; margin-bottom: 8px; padding: 4px 0; }
  .scroll table td {
    border: 0; padding: 1px 10px; white-space: normal; overflow-wrap: anywhere;
    min-width: 0; max-width: none; text-align: left;
  }
  .scroll td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
  .scroll td[data-label]:empty { display: none; }
  tbody tr:hover td { background: none; }
}
@media print {
  .toolbar, .more { display: none; }
  .scroll { overflow: visible; border: 0; }
}
`;
