// The trend chart's rules, part of the page's one stylesheet (reportStyle.ts): the policy's hash
// covers them with the rest.
export const TREND_STYLE = `
.trend .title { font-weight: 600; }
.trend .axis { fill: var(--muted); font-variant-numeric: tabular-nums; }
.trend .grid { stroke: var(--border); stroke-width: 1; }
.trend .line { fill: none; stroke-width: 2; stroke-linejoin: round; }
.trend .point { fill: var(--bg); stroke-width: 2; }
.trend .monthly-cost .line, .trend .monthly-cost .point { stroke: var(--accent); }
.trend .addresses .line, .trend .addresses .point { stroke: var(--moderate); }
.trend .point.other-scope { fill: var(--muted); }
.trend + .scroll { margin-top: 12px; }
@media (max-width: 640px) { .trend .time { display: none; } }
`;
