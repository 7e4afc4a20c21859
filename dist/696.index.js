export const id = 696;
export const ids = [696];
export const modules = {

/***/ 67847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ contentSecurityPolicy),
/* harmony export */   h: () => (/* binding */ cspHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The report is opened from a downloaded artifact and must never load or send anything: the
// policy allows no source at all except the report's own inline style and script, named by
// hash. Hashes rather than a nonce keep the file byte-for-byte reproducible. The JSON data
// blocks need no entry: a non-JavaScript `<script type>` is never executed.

function cspHash(source) {
    return `'sha256-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(source, 'utf8').digest('base64')}'`;
}
function contentSecurityPolicy(inline) {
    return [
        "default-src 'none'",
        `script-src ${cspHash(inline.script)}`,
        `style-src ${cspHash(inline.style)}`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}


/***/ }),

/***/ 76682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
// Every value the report did not write itself goes through here before it reaches the markup:
// ENI descriptions, Name tags, account names and error messages are set by whoever controls the
// resource, and interface types can be guessed from a description.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text safe inside an element or a quoted attribute value. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}


/***/ }),

/***/ 4717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ REPORT_STYLE)
});

;// CONCATENATED MODULE: ./src/report/html/trendStyle.ts
// The trend chart's rules, part of the page's one stylesheet (reportStyle.ts): the policy's hash
// covers them with the rest.
const TREND_STYLE = `
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

;// CONCATENATED MODULE: ./src/report/html/reportStyle.ts
// The page's only stylesheet. System fonts only: the page may load nothing. Colours follow the
// reader's light or dark preference; suspicion and gate colours are always paired with text.

const REPORT_STYLE = `
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


/***/ }),

/***/ 90752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planChangesRecords: () => (/* binding */ planChangesRecords),
/* harmony export */   writePlanChangesCsv: () => (/* binding */ writePlanChangesCsv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var csv_stringify__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68225);
/* harmony import */ var _plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8481);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52858);
/* harmony import */ var _format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49116);
/* harmony import */ var _reportFileName_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56303);
// `{epoch}_plan_changes.csv`: one row per resource change of the Terraform plans that has a
// public IPv4 rule, as judged (src/plan/). Resource addresses, keys and the texts that quote them
// come from the plan, which the pull request's author writes: every cell is formula-neutralised.









const PLAN_CHANGES_HEADERS = [
    'PlanFile',
    'Address',
    'Type',
    'Actions',
    'Added',
    'Removed',
    'ChargedChange',
    'MonthlyChangeUsd',
    'DependsOn',
    'Flags',
];
/** A number this tool computed (`-1`, `-3.65`): a spreadsheet reads it as a number, never a formula. */
const computed = (n, text) => (Number.isFinite(n) ? text : (0,_format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeFormula */ .y)(text));
function cells(file, change) {
    const text = [file, change.address, change.type, change.actions.join('+')].map(_format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeFormula */ .y);
    return [
        ...text,
        computed(change.added, String(change.added)),
        computed(change.removed, String(change.removed)),
        // Negative when the bill goes down: left a number, so the column still adds up.
        computed(change.chargedChange, String(change.chargedChange)),
        computed(change.monthlyChangeUsd, (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUsd */ .UK)(change.monthlyChangeUsd)),
        (0,_format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeFormula */ .y)(change.dependsOn.map(_plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_7__/* .dependencyText */ .t).join('; ')),
        (0,_format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeFormula */ .y)(change.flags.map((f) => f.text).join('; ')),
    ];
}
/** The rows, header first, every file's changes in the order the plans list them. */
function* planChangesRecords(report) {
    yield [...PLAN_CHANGES_HEADERS];
    for (const file of report.files) {
        for (const change of file.changes)
            yield cells(file.file, change);
    }
}
/** Writes `{epoch}_plan_changes.csv` in `dir` (quoting as the scan's CSV files) and returns its path. */
async function writePlanChangesCsv(report, dir, epoch) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_reportFileName_js__WEBPACK_IMPORTED_MODULE_8__/* .planChangesFileName */ .oy)(epoch));
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(planChangesRecords(report)), (0,csv_stringify__WEBPACK_IMPORTED_MODULE_4__/* .stringify */ .As)({ record_delimiter: 'unix', quoted_match: /[;\t]/ }), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path));
    return path;
}


/***/ }),

/***/ 50571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ planChangesHtml),
/* harmony export */   h: () => (/* binding */ planReportHtml)
/* harmony export */ });
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91176);
/* harmony import */ var _plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8481);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52858);
/* harmony import */ var _html_contentSecurityPolicy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67847);
/* harmony import */ var _html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76682);
/* harmony import */ var _html_reportStyle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4717);
/* harmony import */ var _planSummary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9015);







// The plan-only page has no script: its policy allows its own style and nothing else.
const PLAN_POLICY = [
    "default-src 'none'",
    `style-src ${(0,_html_contentSecurityPolicy_js__WEBPACK_IMPORTED_MODULE_1__/* .cspHash */ .h)(_html_reportStyle_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_STYLE */ .r)}`,
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
function row(file, c, headers) {
    const cells = [
        ...(file === undefined ? [] : [(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(file)]),
        `<code>${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(c.address)}</code>`,
        (0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(c.actions.join('+')),
        `<span class="num">${c.added}</span>`,
        `<span class="num">${c.removed}</span>`,
        `<span class="num">${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUsd */ .UK)(c.monthlyChangeUsd))}</span>`,
        (0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(c.dependsOn.map(_plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_6__/* .dependencyText */ .t).join('; ')),
        (0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(c.flags.map((f) => f.text).join('; ')),
    ];
    // Named by its column: on a phone each row is a card of "column: value" lines.
    return `<tr>${cells.map((cell, i) => `<td data-label="${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(headers[i] ?? '')}">${cell}</td>`).join('')}</tr>`;
}
/** `<section id="plan">`: the headline and every judged change of every plan. */
function planChangesHtml({ report }) {
    const several = report.files.length > 1;
    const headers = [
        ...(several ? ['Plan file'] : []),
        'Resource',
        'Actions',
        'Added',
        'Removed',
        'Monthly change (USD)',
        'Depends on',
        'Flags',
    ];
    const rows = report.files.flatMap((file) => file.changes.map((c) => row(several ? file.file : undefined, c, headers)));
    const files = report.files.map((f) => `<code>${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.file)}</code>`).join(', ');
    return (`<section id="plan" aria-labelledby="plan-title"><h2 id="plan-title">This pull request</h2>` +
        `<p data-plan-headline>${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_planSummary_js__WEBPACK_IMPORTED_MODULE_3__/* .planHeadline */ .MM)(report))}</p>` +
        `<p class="note">Judged from ${files}: every resource change with a public IPv4 rule.</p>` +
        (rows.length === 0
            ? ''
            : `<div class="scroll"><table><thead><tr>${headers.map((x) => `<th scope="col">${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(x)}</th>`).join('')}</tr></thead>` +
                `<tbody>${rows.join('')}</tbody></table></div>`) +
        `</section>`);
}
function verdict(gate) {
    if (gate.checks.length === 0) {
        return '<div class="verdict pass" data-gate="passed"><strong>No plan threshold set.</strong> The plans are reported, not gated.</div>';
    }
    if (gate.passed) {
        return '<div class="verdict pass" data-gate="passed"><strong>Gate passed.</strong> No threshold was exceeded.</div>';
    }
    const items = gate.violations.map((v) => `<li>${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(v.message)}</li>`).join('');
    return `<div class="verdict fail" data-gate="failed"><strong>Gate failed.</strong><ul>${items}</ul></div>`;
}
/** The `{epoch}_report.html` of a run that judged Terraform plans only. */
function planReportHtml(outcome) {
    const { report } = outcome.plan;
    return (`<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(PLAN_POLICY)}">` +
        `<meta name="referrer" content="no-referrer">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Public IPv4 audit of a pull request</title>` +
        `<style>${_html_reportStyle_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_STYLE */ .r}</style></head><body>` +
        `<header><h1>Public IPv4 audit</h1><p class="meta">Terraform plans judged ${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(outcome.startedAt.toISOString().slice(0, 19).replace('T', ' '))} UTC; no scan.</p></header>` +
        verdict(outcome.gate) +
        planChangesHtml(outcome.plan) +
        `<footer>${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(_common_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l)} ${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(_common_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x)}. Every public IPv4 address costs ${(0,_html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(`$${report.pricePerIpHour}`)} per hour ` +
        `(${report.hoursPerMonth} hours a month), in use or idle; BYOIP addresses are free.</footer>` +
        `</body></html>\n`);
}


/***/ }),

/***/ 95681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReconciliationCsv: () => (/* binding */ writeReconciliationCsv),
/* harmony export */   writesReconciliation: () => (/* binding */ writesReconciliation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52858);
/* harmony import */ var _format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49116);
/* harmony import */ var _reportFileName_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56303);




const IPAM_RECONCILIATION_HEADERS = [
    'AccountId',
    'Region',
    'Row',
    'Status',
    'Reason',
    'Scanned',
    'Ipam',
    'Missed',
    'Stale',
    'NotYetInIpam',
    'OutsideScan',
    'Address',
    'Finding',
    'AddressType',
    'Service',
    'ServiceResource',
    'NetworkInterfaceId',
    'SampleTime',
    'AgeHours',
];
const BILLING_RECONCILIATION_HEADERS = [
    'AccountId',
    'AccountName',
    'Status',
    'Reason',
    'BillScope',
    'LastMonthStart',
    'LastMonthAddressHours',
    'LastMonthIdleHours',
    'LastMonthCostUsd',
    'LastMonthBilledAverage',
    'MonthToDateStart',
    'MonthToDateEnd',
    'MonthToDateAddressHours',
    'MonthToDateIdleHours',
    'MonthToDateCostUsd',
    'MonthToDateBilledAverage',
    'ScannedCharged',
    'ScannedIdle',
    'UnexplainedHours',
    'Flagged',
    'Estimated',
];
/** Hours and averages: at most two decimals, no float noise. */
const figure = (n) => String(Math.round(n * 100) / 100);
function cells(values) {
    return values.map((v) => (0,_format_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeFormula */ .y)(v === undefined ? '' : String(v)));
}
function addressRow(finding, a) {
    return cells([
        a.accountId,
        a.region,
        'address',
        ...Array(8).fill(undefined),
        a.address,
        finding,
        a.addressType,
        a.service,
        a.serviceResource,
        a.networkInterfaceId,
        a.sampleTime?.toISOString(),
        a.ageHours === undefined ? undefined : figure(a.ageHours),
    ]);
}
function* ipamReconciliationRecords(ipam) {
    for (const row of ipam.rows) {
        const compared = row.status === 'compared';
        yield cells([
            row.accountId,
            row.region,
            'account-region',
            row.status,
            row.reason,
            row.scanned,
            row.ipam,
            compared ? row.missed.length : undefined,
            compared ? row.stale.length : undefined,
            compared ? row.notYetInIpam.length : undefined,
            row.outsideScan.length,
        ]).concat(Array(8).fill(''));
        for (const a of row.missed)
            yield addressRow('missed', a);
        for (const a of row.stale)
            yield addressRow('stale', a);
        for (const a of row.outsideScan)
            yield addressRow('outside-scan', a);
        for (const address of row.notYetInIpam) {
            yield addressRow('not-yet-in-ipam', {
                accountId: row.accountId,
                region: row.region,
                address,
            });
        }
    }
}
function periodCells(p, withEnd) {
    if (!p)
        return withEnd ? Array(6).fill(undefined) : Array(5).fill(undefined);
    return [
        p.start,
        ...(withEnd ? [p.end] : []),
        figure(p.addressHours),
        figure(p.idleHours),
        (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(p.costUsd),
        figure(p.billedAverage),
    ];
}
function accountRecord(billing, a) {
    return cells([
        a.accountId,
        a.accountName,
        a.status,
        a.reason,
        billing.reconciliation?.scope,
        ...periodCells(a.lastMonth, false),
        ...periodCells(a.monthToDate, true),
        a.scannedCharged,
        a.scannedIdle,
        a.status === 'compared' ? figure(a.unexplainedHours) : undefined,
        a.flagged,
        a.lastMonth || a.monthToDate
            ? Boolean(a.lastMonth?.estimated) || Boolean(a.monthToDate?.estimated)
            : undefined,
    ]);
}
function* billingReconciliationRecords(billing, accountsScanned) {
    const reconciliation = billing.reconciliation;
    if (reconciliation) {
        for (const a of reconciliation.accounts)
            yield accountRecord(billing, a);
        return;
    }
    // Cost Explorer could not be read: nothing is compared, and each account says so.
    for (const accountId of accountsScanned) {
        yield cells([
            accountId,
            undefined,
            'not-compared',
            'Cost Explorer unavailable',
            ...Array(BILLING_RECONCILIATION_HEADERS.length - 4).fill(undefined),
        ]);
    }
}
/** The rows of a reconciliation report; none when its option is off. */
function reconciliationRecords(outcome, name) {
    const r = outcome.reconciliation;
    if (name === 'ipam_reconciliation') {
        return r?.ipam
            ? { headers: IPAM_RECONCILIATION_HEADERS, records: ipamReconciliationRecords(r.ipam) }
            : undefined;
    }
    return r?.billing
        ? {
            headers: BILLING_RECONCILIATION_HEADERS,
            records: billingReconciliationRecords(r.billing, outcome.result.accountsScanned),
        }
        : undefined;
}
/** Whether the run writes the report `name`: its option is on. */
function writesReconciliation(outcome, name) {
    return reconciliationRecords(outcome, name) !== undefined;
}
/** Writes `{epoch}_NAME.csv` in `dir` and returns its path. */
async function writeReconciliationCsv(outcome, name, dir, epoch) {
    const report = reconciliationRecords(outcome, name);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, (0,_reportFileName_js__WEBPACK_IMPORTED_MODULE_3__/* .reportFileName */ .cq)(epoch, name));
    // Loaded when it runs, as every writer (reportFiles.ts).
    const { writeCsvRows } = await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 87559));
    await writeCsvRows(report?.headers ?? [], report?.records ?? [], path);
    return path;
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ REPORT_NAMES),
/* harmony export */   Sk: () => (/* binding */ REPORTS)
/* harmony export */ });
/* unused harmony export REPORT_COLUMNS */
/* harmony import */ var _format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72296);
/* harmony import */ var _kinds_findingKinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19494);


/** What the scan could not see: the reports after the findings'. */
const COVERAGE_REPORT_NAMES = ['unchecked_accounts', 'scan_errors', 'policy_denied'];
/** The findings' reports (the Python script's six first, in its order), then the coverage reports. */
const REPORT_NAMES = [
    ..._kinds_findingKinds_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_KINDS */ .m.map((kind) => kind.csv.name),
    ...COVERAGE_REPORT_NAMES,
];
// Erases the row type so reports of different rows sit in one table.
function defineReport(rowsOf, columns) {
    return {
        headers: columns.map((c) => c.header),
        records: (result, context) => (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .csvRecords */ .X)(rowsOf(result), columns, context),
    };
}
const COVERAGE_REPORTS = {
    unchecked_accounts: defineReport((r) => r.uncheckedAccounts, [
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('AccountId', (a) => a.accountId),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Name', (a) => a.name),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Status', (a) => a.status),
    ]),
    scan_errors: defineReport((r) => r.scanErrors, [
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('AccountId', (e) => e.accountId),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Region', (e) => e.region),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Api', (e) => e.api),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('ErrorCode', (e) => e.errorCode),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Message', (e) => e.message),
    ]),
    policy_denied: defineReport((r) => r.policyDenied, [
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('AccountId', (d) => d.accountId),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Region', (d) => d.region),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Policy', (d) => d.policy),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('ExampleCall', (d) => d.exampleCall),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .col */ .n)('Message', (d) => d.message),
    ]),
};
const REPORTS = {
    ...Object.fromEntries(_kinds_findingKinds_js__WEBPACK_IMPORTED_MODULE_0__/* .FINDING_KINDS */ .m.map((kind) => [kind.csv.name, kind.csv])),
    ...COVERAGE_REPORTS,
};
/** The header row of each report, in order. */
const REPORT_COLUMNS = Object.fromEntries(REPORT_NAMES.map((name) => [name, REPORTS[name].headers]));


/***/ }),

/***/ 56303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ remediationScriptFileName),
/* harmony export */   cq: () => (/* binding */ reportFileName),
/* harmony export */   mw: () => (/* binding */ jsonReportFileName),
/* harmony export */   oy: () => (/* binding */ planChangesFileName),
/* harmony export */   vW: () => (/* binding */ htmlReportFileName)
/* harmony export */ });
// A fraction or exponent would give names the Python script never produced.
function checkEpoch(epoch) {
    if (!Number.isSafeInteger(epoch) || epoch < 0) {
        throw new RangeError(`report epoch must be a non-negative integer of seconds, got ${epoch}`);
    }
}
/** `{epoch}_{name}.csv`, the Python script's naming, e.g. `1695071739_vpn_connections.csv`. */
function reportFileName(epoch, name) {
    checkEpoch(epoch);
    return `${epoch}_${name}.csv`;
}
/** `{epoch}_report.json`, next to the CSV files of the same scan. */
function jsonReportFileName(epoch) {
    checkEpoch(epoch);
    return `${epoch}_report.json`;
}
/** `{epoch}_report.html`, next to the CSV and JSON files of the same scan. */
function htmlReportFileName(epoch) {
    checkEpoch(epoch);
    return `${epoch}_report.html`;
}
/** `{epoch}_remediation.sh`: the recommended commands, every one commented out. */
function remediationScriptFileName(epoch) {
    checkEpoch(epoch);
    return `${epoch}_remediation.sh`;
}
/** `{epoch}_plan_changes.csv`: what the pull request's Terraform plans change. */
function planChangesFileName(epoch) {
    checkEpoch(epoch);
    return `${epoch}_plan_changes.csv`;
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeChunks: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
// Every streamed report file is written the same way: its text as chunks, joined into larger
// pieces, piped to the file. A report of 50,000 findings never sits in memory whole.



/** Joins small chunks into pieces of about `size` characters: fewer, larger stream writes. */
function* batched(chunks, size = 64 * 1024) {
    let pending = '';
    for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= size) {
            yield pending;
            pending = '';
        }
    }
    if (pending !== '')
        yield pending;
}
/** Writes `chunks` to `file` (created or replaced) and returns the path. */
async function writeChunks(file, chunks) {
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(batched(chunks)), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
    return file;
}


/***/ }),

/***/ 16536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeJsonReport: () => (/* binding */ writeJsonReport),
  writePlanJsonReport: () => (/* binding */ writePlanJsonReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/common/version.ts + 1 modules
var version = __webpack_require__(91176);
// EXTERNAL MODULE: ./src/gate/thresholds.ts
var gate_thresholds = __webpack_require__(89695);
// EXTERNAL MODULE: ./src/format/formatUsd.ts
var formatUsd = __webpack_require__(52858);
;// CONCATENATED MODULE: ./src/report/historyJson.ts

function historyJson(history) {
    return history.map((entry) => ({
        startedAt: entry.startedAt,
        monthlyCostUsd: (0,formatUsd/* roundCents */.Ei)(entry.monthlyCostUsd),
        potentialSavingsUsd: (0,formatUsd/* roundCents */.Ei)(entry.potentialSavingsUsd),
        publicIpv4Addresses: entry.publicIpv4Addresses,
        bySuspicion: { ...entry.bySuspicion },
        unassociatedEips: entry.unassociatedEips,
        accountRegionsPlanned: entry.accountRegionsPlanned,
        accountRegionsComplete: entry.accountRegionsComplete,
        ...(entry.scope === undefined ? {} : { scope: entry.scope }),
    }));
}

;// CONCATENATED MODULE: ./src/report/reconciliationJson.ts

const orNull = (value) => value ?? null;
const figure = (n) => Math.round(n * 100) / 100;
function unmatched(a) {
    return {
        address: a.address,
        addressType: orNull(a.addressType),
        service: orNull(a.service),
        serviceResource: orNull(a.serviceResource),
        networkInterfaceId: orNull(a.networkInterfaceId),
        sampleTime: orNull(a.sampleTime?.toISOString()),
        ageHours: a.ageHours === undefined ? null : figure(a.ageHours),
    };
}
function ipamJson(ipam) {
    return {
        resourceDiscoveryId: ipam.resourceDiscoveryId,
        accountId: ipam.accountId,
        homeRegion: ipam.homeRegion,
        sampleWindowHours: ipam.sampleWindowHours,
        missedCount: ipam.missedCount,
        notComparedCount: ipam.notComparedCount,
        unavailableRegions: ipam.unavailableRegions,
        rows: ipam.rows.map((r) => ({
            accountId: r.accountId,
            region: r.region,
            status: r.status,
            reason: orNull(r.reason),
            scanned: r.scanned,
            ipam: r.ipam,
            missed: r.missed.map(unmatched),
            stale: r.stale.map(unmatched),
            outsideScan: r.outsideScan.map(unmatched),
            notYetInIpam: r.notYetInIpam,
        })),
    };
}
const period = (p) => ({ start: p.start, end: p.end, hours: p.hours });
function billed(p) {
    if (!p)
        return null;
    return {
        ...period(p),
        inUseHours: figure(p.inUseHours),
        idleHours: figure(p.idleHours),
        addressHours: figure(p.addressHours),
        contiguousBlockHours: figure(p.contiguousBlockHours),
        costUsd: (0,formatUsd/* roundCents */.Ei)(p.costUsd),
        billedAverage: figure(p.billedAverage),
        estimated: p.estimated,
    };
}
function account(a) {
    return {
        accountId: a.accountId,
        accountName: orNull(a.accountName),
        status: a.status,
        reason: orNull(a.reason),
        lastMonth: billed(a.lastMonth),
        monthToDate: billed(a.monthToDate),
        byRegion: a.byRegion.map((r) => ({
            region: r.region,
            lastMonthHours: figure(r.lastMonthHours),
            lastMonthCostUsd: (0,formatUsd/* roundCents */.Ei)(r.lastMonthCostUsd),
            monthToDateHours: figure(r.monthToDateHours),
            monthToDateCostUsd: (0,formatUsd/* roundCents */.Ei)(r.monthToDateCostUsd),
        })),
        scannedCharged: a.scannedCharged,
        scannedIdle: a.scannedIdle,
        unexplainedHours: figure(a.unexplainedHours),
        excessAverage: figure(a.excessAverage),
        flagged: a.flagged,
    };
}
function billingJson(billing) {
    const r = billing.reconciliation;
    return {
        callerAccountId: billing.callerAccountId,
        periods: {
            lastMonth: period(billing.periods.lastMonth),
            monthToDate: billing.periods.monthToDate ? period(billing.periods.monthToDate) : null,
        },
        available: r !== undefined,
        scope: orNull(r?.scope),
        scopeEvidence: orNull(r?.scopeEvidence),
        margin: r ? { addresses: r.margin.addresses, fraction: r.margin.fraction } : null,
        flaggedCount: r?.flaggedCount ?? 0,
        unexplainedHours: figure(r?.unexplainedHours ?? 0),
        billedLastMonthUsd: r ? (0,formatUsd/* roundCents */.Ei)(r.billedLastMonthUsd) : null,
        accounts: (r?.accounts ?? []).map(account),
    };
}
function reconciliationJson(reconciliation) {
    return {
        ipam: reconciliation.ipam ? ipamJson(reconciliation.ipam) : null,
        billing: reconciliation.billing ? billingJson(reconciliation.billing) : null,
    };
}

;// CONCATENATED MODULE: ./src/report/jsonChunks.ts
// Serialises a JSON document piece by piece, so a report with tens of thousands of findings is
// never held as one string. Objects and arrays are laid out one member per line; each array item
// is written compactly on its own line (one finding per line reads well and diffs well).
/** An array whose items are produced while writing (e.g. findings mapped row by row). */
class LazyArray {
    items;
    constructor(items) {
        this.items = items;
    }
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function* arrayChunks(items, indent) {
    let first = true;
    for (const item of items) {
        yield `${first ? '[' : ','}\n${indent}  ${leaf(item)}`;
        first = false;
    }
    yield first ? '[]' : `\n${indent}]`;
}
// JSON.stringify would write `undefined` as nothing (invalid here) and NaN as null: refuse both,
// so a bug shows up as an error rather than as a document that lies. Checked by a walk of the
// value before it is written, not by a replacer: a replacer takes JSON.stringify off its fast
// path for every member of 50,000 findings.
function refuseUnwritable(value) {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
        throw new TypeError(`report.json cannot hold ${String(value)}`);
    }
    if (typeof value !== 'object' || value === null)
        return;
    if (Array.isArray(value)) {
        for (const item of value)
            refuseUnwritable(item);
        return;
    }
    for (const key in value) {
        if (Object.hasOwn(value, key))
            refuseUnwritable(value[key]);
    }
}
function leaf(value) {
    refuseUnwritable(value);
    return JSON.stringify(value);
}
/** The chunks of `value` as JSON; members appear in insertion order, so output is deterministic. */
function* jsonChunks(value, indent = '') {
    if (value instanceof LazyArray) {
        yield* arrayChunks(value.items, indent);
    }
    else if (Array.isArray(value)) {
        yield* arrayChunks(value, indent);
    }
    else if (isPlainObject(value)) {
        const entries = Object.entries(value);
        if (entries.length === 0) {
            yield '{}';
            return;
        }
        for (const [i, [key, member]] of entries.entries()) {
            yield `${i === 0 ? '{' : ','}\n${indent}  ${JSON.stringify(key)}: `;
            yield* jsonChunks(member, `${indent}  `);
        }
        yield `\n${indent}}`;
    }
    else {
        yield leaf(value);
    }
}

;// CONCATENATED MODULE: ./src/report/planChangesJson.ts

function totalsJson(totals) {
    return {
        changes: totals.changes,
        added: totals.added,
        removed: totals.removed,
        net: totals.net,
        chargedChange: totals.chargedChange,
        monthlyChangeUsd: (0,formatUsd/* roundCents */.Ei)(totals.monthlyChangeUsd),
        unknowns: totals.unknowns,
        flags: { ...totals.flags },
    };
}
function changeJson(change) {
    return {
        address: change.address,
        moduleAddress: change.moduleAddress,
        type: change.type,
        name: change.name,
        index: change.index ?? null,
        deposed: change.deposed ?? null,
        actions: change.actions,
        added: change.added,
        removed: change.removed,
        chargedChange: change.chargedChange,
        monthlyChangeUsd: (0,formatUsd/* roundCents */.Ei)(change.monthlyChangeUsd),
        dependsOn: change.dependsOn.map((d) => ({
            resource: d.resource,
            attribute: d.attribute,
            reason: d.reason,
        })),
        flags: change.flags.map((f) => ({ code: f.code, text: f.text })),
    };
}
function fileJson(file) {
    return {
        file: file.file,
        formatVersion: file.formatVersion,
        terraformVersion: file.terraformVersion ?? null,
        totals: totalsJson(file.totals),
        changes: file.changes.map(changeJson),
    };
}
function checkJson(check) {
    return {
        input: check.input,
        count: check.count,
        limit: check.limit,
        bound: check.bound,
        passed: check.passed,
        message: check.message,
    };
}
function planJson({ report, checks }) {
    return {
        pricePerIpHour: report.pricePerIpHour,
        // Always 730 (analyze/cost.ts): the schema says so.
        hoursPerMonth: 730,
        totals: totalsJson(report.totals),
        files: report.files.map(fileJson),
        checks: checks.map(checkJson),
    };
}

// EXTERNAL MODULE: ./src/report/reportFileName.ts
var reportFileName = __webpack_require__(56303);
// EXTERNAL MODULE: ./src/report/writeChunks.ts
var writeChunks = __webpack_require__(17375);
// EXTERNAL MODULE: ./src/kinds/findingKinds.ts + 6 modules
var findingKinds = __webpack_require__(19494);
// EXTERNAL MODULE: ./src/format/orNull.ts
var format_orNull = __webpack_require__(87635);
// EXTERNAL MODULE: ./schema/report.schema.json
var report_schema = __webpack_require__(56153);
;// CONCATENATED MODULE: ./src/report/writeJsonReport.ts
// `{epoch}_report.json`: everything a scan found, for tools. Its shape is schema/report.schema.json,
// whose generated types (model/reportJson.generated.ts) every section here is checked against:
// change the schema first, and bump REPORT_SCHEMA_VERSION when a change is not additive.













const REPORT_SCHEMA_VERSION = 1;
function scanSection(result, options) {
    const ms = result.finishedAt.getTime() - result.startedAt.getTime();
    return {
        startedAt: result.startedAt.toISOString(),
        finishedAt: result.finishedAt.toISOString(),
        durationSeconds: ms / 1000,
        options: {
            mode: options.mode,
            awsRegion: options.awsRegion,
            regions: (0,format_orNull/* orNull */.X)(options.regions),
            accounts: (0,format_orNull/* orNull */.X)(options.accounts),
            organizationalUnits: (0,format_orNull/* orNull */.X)(options.organizationalUnits),
            excludeAccounts: (0,format_orNull/* orNull */.X)(options.excludeAccounts),
            excludeRegions: (0,format_orNull/* orNull */.X)(options.excludeRegions),
            memberRoleName: options.memberRoleName,
            externalIdSet: options.externalId !== undefined,
            // The kind only: keys, profile names and role ARNs stay out of an artifact anyone can read.
            credentials: { kind: options.credentials.kind },
            concurrency: options.concurrency,
            requestTimeoutSeconds: options.requestTimeoutSeconds,
            pricePerIpHour: options.pricePerIpHour,
            thresholds: thresholdsSection(options.thresholds),
            ...(options.ipam
                ? {
                    ipam: {
                        resourceDiscoveryId: options.ipam.resourceDiscoveryId,
                        accountId: (0,format_orNull/* orNull */.X)(options.ipam.accountId),
                    },
                }
                : {}),
            ...(options.reconcileBilling ? { reconcileBilling: true } : {}),
        },
    };
}
/**
 * Every threshold of the table that judges the scan, in its order: a limit not set is null, a
 * switch on or off (the plans' checks are in `plan`).
 */
function thresholdsSection(thresholds) {
    const reported = gate_thresholds/* THRESHOLD_ENTRIES */.TI.flatMap(([key, entry]) => entry.judges === 'scan'
        ? [[key, entry.rule === 'limit' ? (0,format_orNull/* orNull */.X)(thresholds[key]) : thresholds[key] === true]]
        : []);
    return Object.fromEntries(reported);
}
function costSection(cost) {
    return {
        pricePerIpHour: cost.pricePerIpHour,
        hoursPerMonth: cost.hoursPerMonth,
        addressCount: cost.addressCount,
        byoipAddressCount: cost.byoipAddressCount,
        totalMonthlyUsd: (0,formatUsd/* roundCents */.Ei)(cost.totalMonthlyUsd),
        potentialSavingsUsd: (0,formatUsd/* roundCents */.Ei)(cost.potentialSavingsUsd),
        byAccount: new LazyArray(cost.byAccount.map((a) => ({
            accountId: a.accountId,
            addresses: a.addresses,
            monthlyUsd: (0,formatUsd/* roundCents */.Ei)(a.monthlyUsd),
            potentialSavingsUsd: (0,formatUsd/* roundCents */.Ei)(a.potentialSavingsUsd),
        }))),
        byInterfaceType: cost.byInterfaceType.map((t) => ({
            interfaceType: t.interfaceType,
            addresses: t.addresses,
            monthlyUsd: (0,formatUsd/* roundCents */.Ei)(t.monthlyUsd),
        })),
        byService: cost.byService.map((s) => ({
            service: s.service,
            addresses: s.addresses,
            monthlyUsd: (0,formatUsd/* roundCents */.Ei)(s.monthlyUsd),
        })),
        savingsByAction: cost.savingsByAction.map((a) => ({
            kind: a.kind,
            findings: a.findings,
            monthlyUsd: (0,formatUsd/* roundCents */.Ei)(a.monthlyUsd),
        })),
        bySuspicion: { ...cost.bySuspicion },
    };
}
function gateSection(gate) {
    return {
        passed: gate.passed,
        counts: {
            ...(0,gate_thresholds/* limitCounts */.qu)(gate.counts),
            scanErrors: gate.counts.scanErrors,
            policyDenied: gate.counts.policyDenied,
        },
        ...gateChecksJson(gate),
    };
}
/** The verdict's checks (a plan-only run's gate is only these). */
function gateChecksJson(gate) {
    return {
        violations: gate.violations.map((v) => ({
            input: v.input,
            count: v.count,
            limit: v.limit,
            message: v.message,
        })),
        checks: gate.checks.map(checkJson),
    };
}
function suppressionSection(outcome) {
    const entry = (s) => ({
        source: s.source,
        reason: s.reason,
        expires: (0,format_orNull/* orNull */.X)(s.expires),
    });
    return {
        suppressed: outcome.suppressed,
        expired: outcome.expired.map(entry),
        unused: outcome.unused.map(entry),
    };
}
function baselineSection(diff) {
    const change = (c) => ({
        key: c.key,
        address: c.address,
        suspicion: (0,format_orNull/* orNull */.X)(c.suspicion),
        previousSuspicion: (0,format_orNull/* orNull */.X)(c.previousSuspicion),
    });
    return {
        source: diff.source,
        newFindings: diff.newFindings.map(change),
        goneFindings: diff.goneFindings.map(change),
        changedSuspicion: diff.changedSuspicion.map(change),
        unchanged: diff.unchanged,
        newUnassociatedEips: diff.newUnassociatedEips,
        monthlyCostDeltaUsd: (0,formatUsd/* roundCents */.Ei)(diff.monthlyCostDeltaUsd),
        notCompared: diff.notCompared,
        scope: {
            ...diff.scope,
            baseline: figures(diff.scope.baseline),
            thisRun: figures(diff.scope.thisRun),
        },
    };
}
const figures = (f) => ({
    addresses: f.addresses,
    monthlyUsd: (0,formatUsd/* roundCents */.Ei)(f.monthlyUsd),
});
function* mapped(rows, map) {
    for (const row of rows)
        yield map(row);
}
function coverageSection(result) {
    return {
        accountsScanned: new LazyArray(result.accountsScanned),
        targets: new LazyArray(mapped(result.targets, (t) => ({ accountId: t.accountId, region: t.region }))),
        uncheckedAccounts: new LazyArray(mapped(result.uncheckedAccounts, (a) => ({
            accountId: a.accountId,
            name: (0,format_orNull/* orNull */.X)(a.name),
            status: a.status,
        }))),
        scanErrors: new LazyArray(mapped(result.scanErrors, (e) => ({
            accountId: e.accountId,
            region: e.region,
            api: e.api,
            errorCode: e.errorCode,
            message: e.message,
        }))),
        policyDenied: new LazyArray(mapped(result.policyDenied, (d) => ({
            accountId: d.accountId,
            region: d.region,
            policy: d.policy,
            exampleCall: d.exampleCall,
            message: d.message,
        }))),
        planned: result.coverage.planned,
        complete: result.coverage.complete,
        reached: result.coverage.reached,
        read: result.coverage.read,
        policyDeniedCount: result.coverage.policyDenied,
        gaps: result.coverage.gaps.map((g) => ({
            accountId: g.accountId,
            region: g.region,
            reached: g.reached,
            failures: g.failures,
        })),
    };
}
/** `object`'s members in the order the schema lists `properties` (kinds add theirs in any order). */
function inSchemaOrder(properties, object) {
    const order = Object.keys(properties);
    const rank = (key) => (order.includes(key) ? order.indexOf(key) : order.length);
    return Object.fromEntries(Object.entries(object).sort(([a], [b]) => rank(a) - rank(b)));
}
function findingsSection(result, price) {
    const members = findingKinds/* FINDING_KINDS */.m.map((kind) => [
        kind.member,
        new LazyArray(kind.json(result, price)),
    ]);
    return inSchemaOrder(report_schema.properties.findings.properties, Object.fromEntries(members));
}
/** The whole document. Its arrays of rows are lazy, mapped while it is written: write it once. */
function jsonReportDocument(outcome) {
    const { result, options } = outcome;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
        ...(outcome.plan ? { plan: planJson(outcome.plan) } : {}),
        scan: scanSection(result, options),
        coverage: coverageSection(result),
        totals: inSchemaOrder(report_schema.properties.totals.properties, outcome.totals),
        cost: costSection(outcome.cost),
        gate: gateSection(outcome.gate),
        suppressions: suppressionSection(outcome.suppressions),
        baseline: outcome.baselineDiff ? baselineSection(outcome.baselineDiff) : null,
        history: historyJson(outcome.history),
        // Only when a reconciliation is on: a run without one writes what it wrote before.
        ...(outcome.reconciliation
            ? { reconciliation: reconciliationJson(outcome.reconciliation) }
            : {}),
        findings: findingsSection(result, options.pricePerIpHour),
    };
}
/**
 * Writes `{epoch}_report.json` in `dir` and returns its path. UTF-8, LF line ends, a final
 * newline; the same outcome always gives the same bytes.
 */
async function writeJsonReport(outcome, dir, epoch) {
    const document = jsonReportDocument(outcome);
    function* chunks() {
        yield* jsonChunks(document);
        yield '\n';
    }
    return (0,writeChunks.writeChunks)((0,external_node_path_.join)(dir, (0,reportFileName/* jsonReportFileName */.mw)(epoch)), chunks());
}
/**
 * Writes the `{epoch}_report.json` of a run that judged Terraform plans only: `schemaVersion`,
 * `tool`, `plan` and `gate`, no scan member (a baseline reader refuses it).
 */
async function writePlanJsonReport(outcome, dir, epoch) {
    const document = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x },
        plan: planJson(outcome.plan),
        gate: { passed: outcome.gate.passed, ...gateChecksJson(outcome.gate) },
    };
    function* chunks() {
        yield* jsonChunks(document);
        yield '\n';
    }
    return (0,writeChunks.writeChunks)((0,external_node_path_.join)(dir, (0,reportFileName/* jsonReportFileName */.mw)(epoch)), chunks());
}


/***/ }),

/***/ 82696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writePlanReports: () => (/* binding */ writePlanReports),
  writeReports: () => (/* binding */ writeReports)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __webpack_require__(94936);
// EXTERNAL MODULE: ./src/report/reconciliationCsv.ts
var reconciliationCsv = __webpack_require__(95681);
;// CONCATENATED MODULE: ./src/report/reconciliationReportNames.ts
// The reconciliation's CSV files (reconciliationCsv.ts), written when their option is on.
const RECONCILIATION_REPORT_NAMES = [
    'ipam_reconciliation',
    'billing_reconciliation',
];

// EXTERNAL MODULE: ./src/report/reportColumns.ts
var reportColumns = __webpack_require__(2831);
// EXTERNAL MODULE: ./src/report/reportFileName.ts
var reportFileName = __webpack_require__(56303);
;// CONCATENATED MODULE: ./src/report/reportFiles.ts
// Every file a run writes, `{epoch}_NAME` in the output directory: the one list the writers
// (writeReports), the CLI's help and the terminal summary read. A new report format is one entry.





/** The input that turns each reconciliation on. */
const RECONCILIATION_OPTIONS = {
    ipam_reconciliation: 'ipam-resource-discovery-id',
    billing_reconciliation: 'reconcile-billing',
};
/**
 * The CSV files first (the Python script's order), then report.json, the page and the script;
 * last, with `terraform-plan`, what the pull request's plans change.
 */
const REPORT_FILES = [
    ...reportColumns/* REPORT_NAMES */.Ky.map((name) => ({
        name: `${name}.csv`,
        write: async (outcome, dir, epoch) => (await __webpack_require__.e(/* import() */ 559).then(__webpack_require__.bind(__webpack_require__, 87559))).writeCsvReport(outcome, name, dir, epoch),
    })),
    // The reconciliation's, when its option is on (reconciliationCsv.ts).
    ...RECONCILIATION_REPORT_NAMES.map((name) => ({
        name: `${name}.csv`,
        write: async (outcome, dir, epoch) => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 95681))).writeReconciliationCsv(outcome, name, dir, epoch),
        writes: (outcome) => (0,reconciliationCsv.writesReconciliation)(outcome, name),
        option: RECONCILIATION_OPTIONS[name],
    })),
    // Each writer is loaded when it runs: none is part of start-up (chunks of their own in dist/).
    {
        name: 'report.json',
        write: async (...args) => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16536))).writeJsonReport(...args),
    },
    {
        name: 'report.html',
        write: async (...args) => (await __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 20671))).writeHtmlReport(...args),
    },
    {
        name: 'remediation.sh',
        write: async (outcome, dir, epoch) => {
            const [{ writeChunks }, { remediationScriptLines }] = await Promise.all([
                Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17375)),
                __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 53644)),
            ]);
            return writeChunks((0,external_node_path_.join)(dir, (0,reportFileName/* remediationScriptFileName */.Sk)(epoch)), remediationScriptLines(outcome));
        },
    },
    {
        name: 'plan_changes.csv',
        write: async (outcome, dir, epoch) => {
            if (outcome.plan === undefined)
                throw new Error('plan_changes.csv: no Terraform plan');
            const { report } = outcome.plan;
            return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 90752))).writePlanChangesCsv(report, dir, epoch);
        },
        writes: (outcome) => outcome.plan !== undefined,
        option: 'terraform-plan',
    },
];
/** The written file `{epoch}_NAME` among `files`, as the user can open it. */
function writtenReport(files, name) {
    return files.find((file) => file.endsWith(`_${name}`));
}

// EXTERNAL MODULE: ./src/report/planChangesHtml.ts
var planChangesHtml = __webpack_require__(50571);
// EXTERNAL MODULE: ./src/report/planChangesCsv.ts
var planChangesCsv = __webpack_require__(90752);
// EXTERNAL MODULE: ./src/report/writeChunks.ts
var writeChunks = __webpack_require__(17375);
// EXTERNAL MODULE: ./src/report/writeJsonReport.ts + 4 modules
var writeJsonReport = __webpack_require__(16536);
;// CONCATENATED MODULE: ./src/report/writeReports.ts
// Every report file of a run, named `{epoch}_NAME` in the output directory (the epoch is the
// scan's start): REPORT_FILES, those an option adds among them. They are written
// into a hidden staging folder inside the output directory, then placed by hard links, each of
// which fails rather than replace a file of that name (another run's that started in the same
// second): the set appears complete or, when any placement fails, whatever was placed is taken
// back, so no partial set is left and no other run's report is replaced.










/** Link errors of file systems without hard links: there the file is copied, still exclusively. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);
const codeOf = (error) => error.code;
/**
 * Places `from` at `to` only if nothing is there: a hard link, else an exclusive copy. Never
 * replaces a file; a copy that fails half-way leaves nothing behind.
 */
async function placeExclusive(from, to) {
    try {
        await (0,promises_.link)(from, to);
        return;
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST')
            throw taken(to);
        if (!NO_HARD_LINKS.has(codeOf(error) ?? ''))
            throw error;
    }
    try {
        await (0,promises_.copyFile)(from, to, external_node_fs_.constants.COPYFILE_EXCL);
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST')
            throw taken(to);
        await (0,promises_.rm)(to, { force: true });
        throw error;
    }
}
function taken(file) {
    return new Error(`'${external_node_path_default().basename(file)}' is already there (a run that started in the same second?): ` +
        `no file was replaced, and none of this run's reports was left in place`);
}
/** Places every staged file in `dir`, all or none: a failure takes back what was placed. */
async function placeAll(staged, dir) {
    const placed = [];
    try {
        for (const file of staged) {
            const target = external_node_path_default().join(dir, external_node_path_default().basename(file));
            await placeExclusive(file, target);
            placed.push(target);
        }
        return placed;
    }
    catch (error) {
        // Only files this run placed: a name that was taken is never in the list.
        await Promise.all(placed.map((file) => (0,promises_.rm)(file, { force: true })));
        throw error;
    }
}
async function writeReports(outcome, outputDir) {
    const epoch = Math.floor(outcome.result.startedAt.getTime() / 1000);
    return writeReportSet(outputDir, async (staging) => {
        const written = [];
        for (const file of REPORT_FILES) {
            if (file.writes?.(outcome) !== false)
                written.push(await file.write(outcome, staging, epoch));
        }
        return written;
    });
}
/**
 * The reports of a run that judged Terraform plans only: `{epoch}_plan_changes.csv`, a
 * report.json of the plans and a report.html of them, `{epoch}` being the run's start.
 */
async function writePlanReports(outcome, outputDir) {
    const epoch = Math.floor(outcome.startedAt.getTime() / 1000);
    return writeReportSet(outputDir, async (staging) => [
        await (0,planChangesCsv.writePlanChangesCsv)(outcome.plan.report, staging, epoch),
        await (0,writeJsonReport.writePlanJsonReport)(outcome, staging, epoch),
        await (0,writeChunks.writeChunks)(external_node_path_default().join(staging, (0,reportFileName/* htmlReportFileName */.vW)(epoch)), [(0,planChangesHtml/* planReportHtml */.h)(outcome)]),
    ]);
}
/** Writes a set of files into a staging folder in `outputDir`, then places them all or none. */
async function writeReportSet(outputDir, write) {
    let staging;
    try {
        staging = await (0,promises_.mkdtemp)(external_node_path_default().join(outputDir, '.aws-ipv4-audit-'));
        const written = await write(staging);
        return { files: await placeAll(written, outputDir) };
    }
    catch (error) {
        return {
            files: [],
            error: `the reports could not be written to '${outputDir}': ${(0,errorMessage/* errorMessage */.g)(error)}`,
        };
    }
    finally {
        // The staged copies: the placed files are links of their own, the rest must not stay.
        if (staging !== undefined)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}


/***/ })

};
