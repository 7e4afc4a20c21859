export const id = 671;
export const ids = [671];
export const modules = {

/***/ 20671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeHtmlReport: () => (/* binding */ writeHtmlReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/reportFileName.ts
var reportFileName = __webpack_require__(56303);
// EXTERNAL MODULE: ./src/analyze/cost.ts
var analyze_cost = __webpack_require__(60167);
// EXTERNAL MODULE: ./src/model/recommendedAction.ts
var recommendedAction = __webpack_require__(48160);
// EXTERNAL MODULE: ./src/analyze/coverage.ts
var analyze_coverage = __webpack_require__(34136);
// EXTERNAL MODULE: ./src/common/version.ts + 1 modules
var version = __webpack_require__(91176);
// EXTERNAL MODULE: ./src/format/formatUsd.ts
var formatUsd = __webpack_require__(52858);
// EXTERNAL MODULE: ./src/report/html/contentSecurityPolicy.ts
var contentSecurityPolicy = __webpack_require__(67847);
// EXTERNAL MODULE: ./src/report/html/escapeHtml.ts
var escapeHtml = __webpack_require__(76682);
// EXTERNAL MODULE: ./src/kinds/findingKinds.ts + 6 modules
var findingKinds = __webpack_require__(19494);
// EXTERNAL MODULE: ./src/format/htmlTable.ts + 1 modules
var htmlTable = __webpack_require__(92689);
;// CONCATENATED MODULE: ./src/report/html/actionsTable.ts
// The recommended actions as one table, biggest monthly saving first: what remediation.sh holds,
// readable and filterable in the page, so a reader of the artifact sees what to do and the command
// that does it next to the address.


const RECOMMENDED_ACTIONS_TABLE = (0,htmlTable/* defineTable */.a)({
    id: 'actions',
    title: 'Recommended actions, biggest saving first',
    noun: 'recommended actions',
    columns: [
        { label: 'Account', kind: 'text', value: (r) => r.accountId },
        { label: 'Region', kind: 'text', value: (r) => r.region },
        { label: 'Address', kind: 'address', value: (r) => r.address },
        { label: 'Resource', kind: 'text', value: (r) => r.subject, wrap: true },
        { label: 'Action', kind: 'text', value: (r) => recommendedAction/* ACTION_LABELS */.H[r.action.kind], wrap: true },
        { label: 'Advice', kind: 'text', value: (r) => r.action.advice, wrap: true },
        // Two commands run in order, as in the CSV: one line a shell runs as written.
        {
            label: 'Command',
            kind: 'text',
            value: (r) => r.action.commands.join(' && '),
            wrap: true,
            code: true,
        },
        { label: 'Saves a month', kind: 'usd', value: (r) => (0,htmlTable/* cents */.w)(r.monthlySavingUsd) },
    ],
    selects: [{ label: 'Action', values: Object.values(recommendedAction/* ACTION_LABELS */.H) }],
}, (o) => o.recommendations);

;// CONCATENATED MODULE: ./src/report/html/reportTables.ts

const SCAN_ERRORS_TABLE = (0,htmlTable/* defineTable */.a)({
    id: 'scan-errors',
    title: 'Scan errors',
    noun: 'scan errors',
    columns: [
        { label: 'Account', kind: 'text', value: (e) => e.accountId },
        { label: 'Region', kind: 'text', value: (e) => e.region },
        { label: 'API', kind: 'text', value: (e) => e.api },
        { label: 'Error code', kind: 'text', value: (e) => e.errorCode },
        { label: 'Message', kind: 'text', value: (e) => e.message, wrap: true },
    ],
}, (o) => o.result.scanErrors);
const POLICY_DENIED_TABLE = (0,htmlTable/* defineTable */.a)({
    id: 'policy-denied',
    title: 'Account-regions denied by an organisation policy',
    noun: 'account-regions denied by policy',
    columns: [
        { label: 'Account', kind: 'text', value: (d) => d.accountId },
        { label: 'Region', kind: 'text', value: (d) => d.region },
        { label: 'Policy', kind: 'text', value: (d) => d.policy },
        { label: 'Example call', kind: 'text', value: (d) => d.exampleCall },
        { label: 'Message', kind: 'text', value: (d) => d.message, wrap: true },
    ],
}, (o) => o.result.policyDenied);
const UNCHECKED_ACCOUNTS_TABLE = (0,htmlTable/* defineTable */.a)({
    id: 'unchecked-accounts',
    title: 'Accounts not scanned (not ACTIVE, or excluded)',
    noun: 'accounts not scanned',
    columns: [
        { label: 'Account', kind: 'text', value: (a) => a.accountId },
        { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
        { label: 'Status', kind: 'text', value: (a) => a.status },
    ],
}, (o) => o.result.uncheckedAccounts);

;// CONCATENATED MODULE: ./src/report/html/pageTables.ts



const RECOMMENDED_ACTIONS_ORDER = 0;
/** A kind's table, reading its rows from the audit's scan result. */
const ofOutcome = (table) => ({
    ...table,
    encode: (outcome, price) => table.encode(outcome.result, price),
});
const PAGE_TABLES = [
    ...[
        ...findingKinds/* FINDING_KINDS */.m.map(({ html }) => ({ order: html.order, table: ofOutcome(html.table) })),
        { order: RECOMMENDED_ACTIONS_ORDER, table: RECOMMENDED_ACTIONS_TABLE },
    ]
        .sort((a, b) => a.order - b.order)
        .map(({ table }) => table),
    SCAN_ERRORS_TABLE,
    POLICY_DENIED_TABLE,
    UNCHECKED_ACCOUNTS_TABLE,
];

;// CONCATENATED MODULE: ./src/report/html/contentsNav.ts


/** The sections of the page in its order, those this outcome draws. */
function entries(outcome) {
    return [
        ...(outcome.plan ? [{ id: 'plan', label: 'This pull request' }] : []),
        { id: 'chart-title', label: 'Monthly cost by account' },
        ...(outcome.history.length >= 2 ? [{ id: 'history', label: 'History' }] : []),
        { id: 'breakdown-title', label: 'Breakdown' },
        ...(outcome.reconciliation ? [{ id: 'reconciliation', label: "Against AWS's records" }] : []),
        // A title up to its first comma or bracket: "Recommended actions", "Accounts not scanned".
        ...PAGE_TABLES.map((t) => ({
            id: t.id,
            label: t.title.split(/, | \(/)[0] ?? t.title,
            table: true,
        })),
    ];
}
function contentsNav(outcome) {
    const items = entries(outcome)
        .map((e) => `<li><a href="#${(0,escapeHtml/* escapeHtml */.Z)(e.id)}">${(0,escapeHtml/* escapeHtml */.Z)(e.label)}${e.table === true ? '<span data-nav-count></span>' : ''}</a></li>`)
        .join('');
    return (`<nav class="contents" data-contents aria-labelledby="contents-title">` +
        `<h2 id="contents-title">On this page</h2><ol>${items}</ol></nav>`);
}

;// CONCATENATED MODULE: ./src/report/html/svg.ts
/** A coordinate for SVG markup: one decimal at most, so the page stays small and diffs stay calm. */
const px = (n) => String(Math.round(n * 10) / 10);

// EXTERNAL MODULE: ./src/common/formatCount.ts
var formatCount = __webpack_require__(99631);
;// CONCATENATED MODULE: ./src/report/html/costBarChart.ts




/** Accounts drawn one bar each; the rest share one "others" bar so the chart stays readable. */
const CHART_ACCOUNTS = 20;
/** The bars to draw: `byAccount` arrives most expensive first, so the head is the top N. */
function chartBars(byAccount, limit = CHART_ACCOUNTS) {
    const bars = byAccount.slice(0, limit).map((a) => ({
        label: a.accountId,
        accountId: a.accountId,
        addresses: a.addresses,
        monthlyUsd: a.monthlyUsd,
        potentialSavingsUsd: a.potentialSavingsUsd,
    }));
    const rest = byAccount.slice(limit);
    if (rest.length > 0) {
        bars.push({
            label: `Others (${(0,formatCount/* formatCount */.B)(rest.length)} accounts)`,
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
function costBarChart(byAccount, limit = CHART_ACCOUNTS) {
    const bars = chartBars(byAccount, limit);
    if (bars.length === 0)
        return '<p class="empty">No public IPv4 addresses were found.</p>';
    const max = Math.max(...bars.map((b) => b.monthlyUsd));
    const percent = (usd) => {
        if (max <= 0 || usd <= 0)
            return 0;
        // A charged account never vanishes, however small next to the largest.
        return Math.max(0.5, (usd / max) * 100);
    };
    const rows = bars.map((bar, i) => {
        const top = i * ROW;
        const cost = percent(bar.monthlyUsd);
        const savings = Math.min(cost, percent(bar.potentialSavingsUsd));
        const value = `${(0,formatUsd/* formatUsdForPeople */.sI)(bar.monthlyUsd)} · ${(0,formatCount/* plural */.L)(bar.addresses, 'address', 'addresses')}`;
        const title = `${bar.label}: ${(0,formatUsd/* formatUsdForPeople */.sI)(bar.monthlyUsd)} a month, ` +
            `${(0,formatCount/* plural */.L)(bar.addresses, 'address', 'addresses')}, ` +
            `${(0,formatUsd/* formatUsdForPeople */.sI)(bar.potentialSavingsUsd)} potential savings`;
        const account = bar.accountId === undefined ? '' : ` data-account="${(0,escapeHtml/* escapeHtml */.Z)(bar.accountId)}"`;
        const textY = top + TEXT_BASELINE;
        const barY = top + BAR_TOP;
        const rect = (kind, width) => `<rect class="${kind}" x="0" y="${barY}" width="${width}" height="${BAR_HEIGHT}" rx="3"/>`;
        return (`<g class="bar${bar.accountId === undefined ? ' others' : ''}"${account}>` +
            `<title>${(0,escapeHtml/* escapeHtml */.Z)(title)}</title>` +
            `<text class="label" x="0" y="${textY}">${(0,escapeHtml/* escapeHtml */.Z)(bar.label)}</text>` +
            `<text class="value" x="100%" y="${textY}" text-anchor="end">${(0,escapeHtml/* escapeHtml */.Z)(value)}</text>` +
            rect('track', '100%') +
            rect('cost', `${px(cost)}%`) +
            (savings > 0 ? rect('savings', `${px(savings)}%`) : '') +
            `</g>`);
    });
    return (`<svg class="chart" width="100%" height="${bars.length * ROW}" role="img" aria-labelledby="chart-title">` +
        rows.join('') +
        `</svg>`);
}

// EXTERNAL MODULE: ./src/report/costWords.ts
var costWords = __webpack_require__(14792);
// EXTERNAL MODULE: ./src/analyze/history.ts
var analyze_history = __webpack_require__(64240);
// EXTERNAL MODULE: ./src/model/findings.ts
var findings = __webpack_require__(33843);
// EXTERNAL MODULE: ./src/report/trendLine.ts
var trendLine = __webpack_require__(8371);
;// CONCATENATED MODULE: ./src/report/html/scopeRelation.ts
/** How a run's account-regions relate to this run's, as the table and the chart say it. */
function scopeRelation(entry, current) {
    if (entry === current)
        return 'this run';
    if (entry.scope === undefined || current.scope === undefined)
        return 'not recorded';
    return entry.scope === current.scope ? 'same as this run' : 'other account-regions';
}

;// CONCATENATED MODULE: ./src/report/html/trendChart.ts






const WIDTH = 960;
/** Room for the value labels left of the plot. */
const PLOT_LEFT = 110;
const PLOT_RIGHT = WIDTH - 24;
const TITLE_HEIGHT = 26;
const PLOT_HEIGHT = 100;
/** Below the plot: the first and last run's dates. */
const FOOT_HEIGHT = 30;
const PANEL_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT + FOOT_HEIGHT;
const TREND_SERIES = [
    {
        id: 'monthly-cost',
        title: 'Monthly cost',
        value: (e) => e.monthlyCostUsd,
        axis: (v) => (0,formatUsd/* formatUsdForPeople */.sI)(v),
        show: (v) => `${(0,formatUsd/* formatUsdForPeople */.sI)(v)} a month`,
        raw: (v) => v.toFixed(2),
    },
    {
        id: 'addresses',
        title: 'Public IPv4 addresses',
        value: (e) => e.publicIpv4Addresses,
        axis: (v) => (0,formatCount/* formatCount */.B)(v),
        show: (v) => (0,formatCount/* plural */.L)(v, 'address', 'addresses'),
        raw: (v) => String(v),
    },
];
/** The y of each value: highest at the top, lowest at the bottom; a flat series in the middle. */
function scaleY(values, top) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (hi === lo)
        return () => top + PLOT_HEIGHT / 2;
    return (v) => top + PLOT_HEIGHT - ((v - lo) / (hi - lo)) * PLOT_HEIGHT;
}
function gridLines(values, series, y) {
    const marks = [...new Set([Math.max(...values), Math.min(...values)])];
    return marks
        .map((v) => {
        const at = px(y(v));
        return (`<line class="grid" x1="${PLOT_LEFT}" y1="${at}" x2="${PLOT_RIGHT}" y2="${at}"/>` +
            `<text class="axis" x="${PLOT_LEFT - 8}" y="${at}" text-anchor="end" dominant-baseline="central">${(0,escapeHtml/* escapeHtml */.Z)(series.axis(v))}</text>`);
    })
        .join('');
}
/**
 * A run's date under the plot, its time in a span a phone leaves out (trendStyle.ts): two full
 * dates do not fit side by side at that width. Each point's tooltip keeps the time.
 */
function footDate(entry) {
    const [date = '', ...time] = (0,trendLine/* runTime */.Ft)(entry).split(' ');
    return `${(0,escapeHtml/* escapeHtml */.Z)(date)}<tspan class="time"> ${(0,escapeHtml/* escapeHtml */.Z)(time.join(' '))}</tspan>`;
}
function panel(history, series, index) {
    const top = index * PANEL_HEIGHT + TITLE_HEIGHT;
    const values = history.map(series.value);
    const y = scaleY(values, top);
    const step = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, history.length - 1);
    const x = (i) => PLOT_LEFT + i * step;
    const points = values.map((v, i) => `${px(x(i))},${px(y(v))}`).join(' ');
    const latest = history.at(-1);
    const dots = history
        .map((entry, i) => {
        const v = values[i];
        // A run that read other account-regions than the last: its total does not compare.
        const other = scopeRelation(entry, latest) === 'other account-regions';
        const note = other ? ' (other account-regions than the last run)' : '';
        return (`<circle class="point${other ? ' other-scope' : ''}" cx="${px(x(i))}" cy="${px(y(v))}" r="3.5" data-value="${(0,escapeHtml/* escapeHtml */.Z)(series.raw(v))}">` +
            `<title>${(0,escapeHtml/* escapeHtml */.Z)(`${(0,trendLine/* runTime */.Ft)(entry)}: ${series.show(v)}${note}`)}</title></circle>`);
    })
        .join('');
    // trendChart draws two runs or more: the first and last exist.
    const [first, last] = [history[0], history.at(-1)];
    const footY = px(top + PLOT_HEIGHT + 18);
    const dates = `<text class="axis" x="${PLOT_LEFT}" y="${footY}">${footDate(first)}</text>` +
        `<text class="axis" x="${PLOT_RIGHT}" y="${footY}" text-anchor="end">${footDate(last)}</text>`;
    return (`<g class="series ${series.id}" data-series="${series.id}">` +
        `<text class="title" x="${PLOT_LEFT}" y="${px(top - 10)}">${(0,escapeHtml/* escapeHtml */.Z)(series.title)}</text>` +
        gridLines(values, series, y) +
        `<polyline class="line" points="${points}"/>` +
        dots +
        dates +
        `</g>`);
}
/** The chart, or nothing for fewer than two runs (one run is no trend). */
function trendChart(history) {
    if (history.length < 2)
        return '';
    const height = TREND_SERIES.length * PANEL_HEIGHT;
    const label = `Monthly cost and public IPv4 addresses over ${(0,formatCount/* formatCount */.B)(history.length)} runs, ` +
        `${(0,trendLine/* runTime */.Ft)(history[0])} to ${(0,trendLine/* runTime */.Ft)(history.at(-1))}`;
    return (`<svg class="chart trend" data-trend data-plot="${PLOT_LEFT} ${PLOT_RIGHT} ${WIDTH}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${(0,escapeHtml/* escapeHtml */.Z)(label)}">` +
        TREND_SERIES.map((series, i) => panel(history, series, i)).join('') +
        `</svg>`);
}

;// CONCATENATED MODULE: ./src/report/html/historySection.ts
// The report's "History" section: the trend chart and, for those who read tables, the same
// numbers run by run. Nothing when the history is this run alone: one run is no trend.








const HEADERS = [
    'Run (scan start)',
    'Public IPv4 addresses',
    'Monthly cost',
    'Potential savings',
    ...findings/* SUSPICION_ORDER */.$,
    'Unassociated EIPs',
    'Account-regions read',
    'Scope',
];
/** A cell named by its column: on a phone each row is a card of "column: value" lines. */
const cell = (column, text, attributes = '') => `<td data-label="${(0,escapeHtml/* escapeHtml */.Z)(HEADERS[column] ?? '')}"${attributes}>${(0,escapeHtml/* escapeHtml */.Z)(text)}</td>`;
function row(entry, latest) {
    const current = entry === latest;
    const numbers = [
        (0,formatCount/* formatCount */.B)(entry.publicIpv4Addresses),
        (0,formatUsd/* formatUsdForPeople */.sI)(entry.monthlyCostUsd),
        (0,formatUsd/* formatUsdForPeople */.sI)(entry.potentialSavingsUsd),
        ...findings/* SUSPICION_ORDER */.$.map((s) => (0,formatCount/* formatCount */.B)(entry.bySuspicion[s])),
        (0,formatCount/* formatCount */.B)(entry.unassociatedEips),
        `${(0,formatCount/* formatCount */.B)(entry.accountRegionsComplete)} of ${(0,formatCount/* formatCount */.B)(entry.accountRegionsPlanned)}`,
    ];
    return (`<tr${current ? ' data-current' : ''}>` +
        cell(0, `${(0,trendLine/* runTime */.Ft)(entry)}${current ? ' (this run)' : ''}`) +
        numbers.map((n, i) => cell(i + 1, n, ' class="num"')).join('') +
        cell(HEADERS.length - 1, scopeRelation(entry, latest), ' data-scope') +
        `</tr>`);
}
function historyTable(history) {
    const head = HEADERS.map((label, i) => `<th scope="col"${i === 0 || i === HEADERS.length - 1 ? '' : ' class="num"'}>${(0,escapeHtml/* escapeHtml */.Z)(label)}</th>`).join('');
    const latest = history.at(-1);
    const body = history.map((entry) => row(entry, latest)).join('');
    return (`<div class="scroll"><table class="summary" data-history>` +
        `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`);
}
function historySection(history) {
    if (history.length < 2)
        return '';
    const latest = history.at(-1);
    const others = history.filter((e) => scopeRelation(e, latest) === 'other account-regions');
    const unrecorded = history.filter((e) => scopeRelation(e, latest) === 'not recorded');
    const scopeNote = (others.length === 0
        ? ''
        : ` ${(0,formatCount/* formatCount */.B)(others.length)} of these runs read other account-regions than this run (filled grey points): their totals do not compare with this run's.`) +
        (unrecorded.length === 0
            ? ''
            : ` ${(0,formatCount/* formatCount */.B)(unrecorded.length)} did not record which account-regions they read.`);
    return (`<section id="history" aria-labelledby="history-title"><h2 id="history-title">History</h2>` +
        `<p class="note">One point per run, oldest first: the runs this report's baseline carried, ` +
        `then this one (the last ${analyze_history/* HISTORY_LIMIT */.Dc} are kept). Each chart runs from its lowest value to its highest.${(0,escapeHtml/* escapeHtml */.Z)(scopeNote)}</p>` +
        trendChart(history) +
        historyTable(history) +
        `</section>`);
}

// EXTERNAL MODULE: ./src/report/reconciliationText.ts
var reconciliationText = __webpack_require__(11078);
;// CONCATENATED MODULE: ./src/report/html/reconciliationSection.ts




/** Rows per table; the CSV files hold the rest. */
const RECONCILIATION_HTML_ROWS = 500;
const figure = (n) => String(Math.round(n * 10) / 10);
function part(text) {
    const items = [...text.items, ...(text.more > 0 ? [`\u2026and ${(0,formatCount/* formatCount */.B)(text.more)} more`] : [])];
    return (`<p><strong>${(0,escapeHtml/* escapeHtml */.Z)(text.headline)}.</strong></p>` +
        (items.length > 0 ? `<ul>${items.map((i) => `<li>${(0,escapeHtml/* escapeHtml */.Z)(i)}</li>`).join('')}</ul>` : '') +
        text.details.map((d) => `<p class="note">${(0,escapeHtml/* escapeHtml */.Z)(d)}</p>`).join(''));
}
function table(caption, headers, rows, numeric) {
    const shown = rows.slice(0, RECONCILIATION_HTML_ROWS);
    const more = rows.length - shown.length;
    // Named by its column: on a phone each row is a card of "column: value" lines.
    const cell = (value, i) => `<td data-label="${(0,escapeHtml/* escapeHtml */.Z)(headers[i] ?? '')}"${numeric.includes(i) ? ' class="num"' : ''}>${(0,escapeHtml/* escapeHtml */.Z)(value)}</td>`;
    return (`<div class="scroll"><table><caption>${(0,escapeHtml/* escapeHtml */.Z)(caption)}</caption>` +
        `<thead><tr>${headers.map((x) => `<th scope="col">${(0,escapeHtml/* escapeHtml */.Z)(x)}</th>`).join('')}</tr></thead>` +
        `<tbody>${shown.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div>` +
        (more > 0 ? `<p class="note">\u2026and ${(0,escapeHtml/* escapeHtml */.Z)((0,formatCount/* formatCount */.B)(more))} more rows in the CSV file.</p>` : ''));
}
function reconciliationSection(reconciliation) {
    if (!reconciliation)
        return '';
    const texts = (0,reconciliationText/* reconciliationTexts */.E)(reconciliation, (text) => text);
    const ipam = reconciliation.ipam;
    const bill = reconciliation.billing?.reconciliation;
    return (`<section id="reconciliation" aria-labelledby="reconciliation-title">` +
        `<h2 id="reconciliation-title">Against AWS's records</h2>` +
        texts.map(part).join('') +
        (ipam
            ? table(`VPC IPAM (${ipam.resourceDiscoveryId}, account ${ipam.accountId}) by account-region`, ['Account', 'Region', 'Status', 'Scanned', 'IPAM', 'Missed', 'Stale', 'Not yet in IPAM'], ipam.rows.map((r) => [
                r.accountId,
                r.region,
                r.reason ? `not compared: ${r.reason}` : r.status,
                (0,formatCount/* formatCount */.B)(r.scanned),
                (0,formatCount/* formatCount */.B)(r.ipam),
                (0,formatCount/* formatCount */.B)(r.missed.length),
                (0,formatCount/* formatCount */.B)(r.stale.length),
                (0,formatCount/* formatCount */.B)(r.notYetInIpam.length),
            ]), [3, 4, 5, 6, 7])
            : '') +
        (bill
            ? table(`The bill (Cost Explorer) by account`, [
                'Account',
                'Name',
                'Status',
                'Last month',
                'Billed average this month',
                'Scanned (charged)',
                'Unexplained hours',
                'Flagged',
            ], bill.accounts.map((a) => [
                a.accountId,
                a.accountName ?? '',
                a.reason ? `not compared: ${a.reason}` : a.status,
                a.lastMonth ? (0,formatUsd/* formatUsdForPeople */.sI)(a.lastMonth.costUsd) : '',
                a.monthToDate ? figure(a.monthToDate.billedAverage) : '',
                (0,formatCount/* formatCount */.B)(a.scannedCharged),
                (0,formatCount/* formatCount */.B)(Math.round(a.unexplainedHours)),
                a.flagged ? 'yes' : '',
            ]), [3, 4, 5, 6])
            : '') +
        `</section>`);
}

;// CONCATENATED MODULE: ./src/report/html/pageScript.generated.ts
// Generated by `npm run page-script` (scripts/pageScript.ts): do not edit. The report page's
// script, bundled from:
//   src/analyze/compareAddress.ts
//   src/analyze/ipv4Cidr.ts
//   src/common/formatCount.ts
//   src/format/formatUsd.ts
//   src/report/html/page/fitTrendChart.ts
//   src/report/html/page/formatCents.ts
//   src/report/html/page/main.ts
//   src/report/html/page/rankColumn.ts
//   src/report/html/page/readTable.ts
//   src/report/html/page/renderRows.ts
//   src/report/html/page/rowMatcher.ts
//   src/report/html/page/setUpTable.ts
//   src/report/html/page/tableData.ts
//   src/report/html/page/watchOverflow.ts
const REPORT_SCRIPT = [
    '"use strict";',
    '(() => {',
    '  // src/common/formatCount.ts',
    '  function formatCount(n) {',
    '    return String(n).replace(/\\B(?=(\\d{3})+$)/g, ",");',
    '  }',
    '',
    '  // src/report/html/page/fitTrendChart.ts',
    '  var X_ATTRIBUTES = ["x", "cx", "x1", "x2"];',
    '  var round = (n) => String(Math.round(n * 10) / 10);',
    '  function fitTrendChart(svg) {',
    '    const [left = 0, right = 0, width = 0] = (svg.dataset.plot ?? "").split(" ").map(Number);',
    '    if (!(left < right && right <= width)) return;',
    '    const height = svg.viewBox.baseVal.height;',
    '    const drawn = [];',
    '    for (const element of svg.querySelectorAll("*")) {',
    '      for (const attribute of [...X_ATTRIBUTES, "points"]) {',
    '        const value = element.getAttribute(attribute);',
    '        if (value !== null) drawn.push({ element, attribute, value });',
    '      }',
    '    }',
    '    let shown = 0;',
    '    const fit = () => {',
    '      const now = Math.round(svg.getBoundingClientRect().width);',
    '      if (now <= 0 || now === shown) return;',
    '      shown = now;',
    '      const scale = (now - (width - right) - left) / (right - left);',
    '      const x = (value) => value <= left ? value : left + (value - left) * scale;',
    '      for (const { element, attribute, value } of drawn) {',
    '        const next = attribute === "points" ? value.split(" ").map((pair) => {',
    '          const [px = 0, py = 0] = pair.split(",").map(Number);',
    '          return `${round(x(px))},${round(py)}`;',
    '        }).join(" ") : round(x(Number(value)));',
    '        element.setAttribute(attribute, next);',
    '      }',
    '      svg.setAttribute("viewBox", `0 0 ${now} ${height}`);',
    '    };',
    '    fit();',
    '    new ResizeObserver(fit).observe(svg);',
    '  }',
    '',
    '  // src/analyze/ipv4Cidr.ts',
    '  var OCTET = "(0|[1-9][0-9]{0,2})";',
    '  var CIDR_PATTERN = new RegExp(`^${OCTET}\\\\.${OCTET}\\\\.${OCTET}\\\\.${OCTET}(?:/(0|[1-9][0-9]?))?$`);',
    '  function maskOf(prefix) {',
    '    return prefix === 0 ? 0 : 4294967295 << 32 - prefix >>> 0;',
    '  }',
    '  function ipv4ToNumber(text) {',
    '    const cidr = parseIpv4Cidr(text);',
    '    return cidr !== void 0 && !text.includes("/") ? cidr.network : void 0;',
    '  }',
    '  function parseIpv4Cidr(text) {',
    '    const match = CIDR_PATTERN.exec(text);',
    '    if (match === null) return void 0;',
    '    let address = 0;',
    '    for (let i = 1; i <= 4; i++) {',
    '      const octet = Number(match[i]);',
    '      if (octet > 255) return void 0;',
    '      address = address * 256 + octet;',
    '    }',
    '    const prefix = match[5] === void 0 ? 32 : Number(match[5]);',
    '    if (prefix > 32) return void 0;',
    '    return { network: (address & maskOf(prefix)) >>> 0, prefix };',
    '  }',
    '',
    '  // src/analyze/compareAddress.ts',
    '  function compareText(a, b) {',
    '    return a < b ? -1 : a > b ? 1 : 0;',
    '  }',
    '  function addressComparator(numberOf = ipv4ToNumber, compareOther = compareText) {',
    '    return (a, b) => {',
    '      const x = numberOf(a);',
    '      const y = numberOf(b);',
    '      if (x !== void 0 && y !== void 0) return x - y;',
    '      if (x !== void 0) return -1;',
    '      if (y !== void 0) return 1;',
    '      return compareOther(a, b);',
    '    };',
    '  }',
    '',
    '  // src/report/html/page/tableData.ts',
    '  function cellOf(data, row, column) {',
    '    return data.cells[row * data.width + column] ?? 0;',
    '  }',
    '  function textOf(data, index) {',
    '    return data.strings[index] ?? "";',
    '  }',
    '',
    '  // src/report/html/page/rankColumn.ts',
    '  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });',
    '  function distinctValues(data, column) {',
    '    const used = new Uint8Array(data.strings.length);',
    '    const values = [];',
    '    for (let r = 0; r < data.total; r++) {',
    '      const s = cellOf(data, r, column);',
    '      if (!used[s]) {',
    '        used[s] = 1;',
    '        values.push(s);',
    '      }',
    '    }',
    '    return values;',
    '  }',
    '  function byAddress(data, values) {',
    '    const numbers = new Map(values.map((s) => [textOf(data, s), ipv4ToNumber(textOf(data, s))]));',
    '    const compare = addressComparator((text) => numbers.get(text), collator.compare);',
    '    return (a, b) => compare(textOf(data, a), textOf(data, b));',
    '  }',
    '  function byOrder(data, declared) {',
    '    const place = (s) => {',
    '      const i = declared.indexOf(textOf(data, s));',
    '      return i < 0 ? declared.length : i;',
    '    };',
    '    return (a, b) => place(a) - place(b) || collator.compare(textOf(data, a), textOf(data, b));',
    '  }',
    '  function rankColumn(data, column, info) {',
    '    const key = new Float64Array(data.total);',
    '    if (info.kind === "usd") {',
    '      for (let r = 0; r < data.total; r++) key[r] = cellOf(data, r, column);',
    '      return key;',
    '    }',
    '    const values = distinctValues(data, column);',
    '    values.sort(info.kind === "address" ? byAddress(data, values) : byOrder(data, info.order));',
    '    const rank = new Int32Array(data.strings.length);',
    '    values.forEach((s, i) => {',
    '      rank[s] = i;',
    '    });',
    '    for (let r = 0; r < data.total; r++) key[r] = rank[cellOf(data, r, column)] ?? 0;',
    '    return key;',
    '  }',
    '',
    '  // src/report/html/page/readTable.ts',
    '  function required(element, what) {',
    '    if (element === null || element === void 0) throw new Error(`report table without ${what}`);',
    '    return element;',
    '  }',
    '  function readColumn(header) {',
    '    return {',
    '      header,',
    '      kind: header.dataset.kind ?? "text",',
    '      order: (header.dataset.order || "").split(" ").filter(Boolean),',
    '      label: (header.textContent ?? "").trim(),',
    '      badge: header.hasAttribute("data-badge"),',
    '      className: ["wrap", "words", "code"].filter((name) => header.hasAttribute(`data-${name}`)).join(" ")',
    '    };',
    '  }',
    '  function tableData(section, width) {',
    '    const block = required(section.querySelector(\'script[type="application/json"]\'), "its data");',
    '    const { cells, strings } = JSON.parse(block.textContent ?? "");',
    '    return { cells, strings, width, total: cells.length / width };',
    '  }',
    '  function readTable(section) {',
    '    const table = required(section.querySelector("table"), "a table");',
    '    const headers = Array.from(required(table.tHead?.rows[0], "a header row").cells);',
    '    const more = required(section.querySelector("[data-more]"), "a more line");',
    '    return {',
    '      data: tableData(section, headers.length),',
    '      columns: headers.map(readColumn),',
    '      tbody: required(table.tBodies[0], "a body"),',
    '      filter: required(section.querySelector("[data-filter]"), "a filter"),',
    '      selects: Array.from(section.querySelectorAll("select[data-column]")),',
    '      counter: required(section.querySelector("[data-count]"), "a count"),',
    '      sum: section.querySelector("[data-sum]"),',
    '      more,',
    '      moreText: required(more.querySelector("[data-more-text]"), "a more text"),',
    '      moreButton: required(more.querySelector("button"), "a more button")',
    '    };',
    '  }',
    '',
    '  // src/format/formatUsd.ts',
    '  function toCents(amount) {',
    '    return Math.round(Number((amount * 100).toPrecision(12)));',
    '  }',
    '  function formatUsd(amount) {',
    '    return (toCents(amount) / 100).toFixed(2);',
    '  }',
    '  function formatUsdForPeople(amount) {',
    '    const [whole = "0", cents = "00"] = formatUsd(amount).split(".");',
    '    return `$${whole.replace(/\\B(?=(\\d{3})+$)/g, ",")}.${cents}`;',
    '  }',
    '',
    '  // src/report/html/page/formatCents.ts',
    '  function formatCents(cents) {',
    '    return formatUsdForPeople(cents / 100);',
    '  }',
    '',
    '  // src/report/html/page/renderRows.ts',
    '  function cell(data, column, v) {',
    '    const td = document.createElement("td");',
    '    td.dataset.label = column.label;',
    '    if (column.kind === "usd") {',
    '      td.className = "num";',
    '      td.textContent = formatCents(v);',
    '    } else if (column.badge) {',
    '      const badge = document.createElement("span");',
    '      badge.className = "badge";',
    '      badge.dataset.value = textOf(data, v);',
    '      badge.textContent = textOf(data, v);',
    '      td.appendChild(badge);',
    '    } else {',
    '      if (column.className !== "") td.className = column.className;',
    '      td.textContent = textOf(data, v);',
    '    }',
    '    return td;',
    '  }',
    '  function noRows(total, width) {',
    '    const tr = document.createElement("tr");',
    '    const td = document.createElement("td");',
    '    td.colSpan = width;',
    '    td.className = "none";',
    '    td.textContent = total === 0 ? "None." : "No rows match.";',
    '    tr.appendChild(td);',
    '    return tr;',
    '  }',
    '  function footer(table, rows, n, page) {',
    '    const { data, columns } = table;',
    '    table.counter.textContent = `${formatCount(rows.length)} of ${formatCount(data.total)} rows`;',
    '    const usdColumn = columns.findIndex((c) => c.kind === "usd");',
    '    if (table.sum && usdColumn >= 0) {',
    '      let cents = 0;',
    '      for (const r of rows) cents += cellOf(data, r, usdColumn);',
    '      table.sum.textContent = `${formatCents(cents)} a month`;',
    '    }',
    '    table.more.hidden = n >= rows.length;',
    '    if (!table.more.hidden) {',
    '      table.moreText.textContent = `Showing the first ${formatCount(n)} of ${formatCount(rows.length)} matching rows: filter or sort to bring others to the top, or `;',
    '      table.moreButton.textContent = `show ${formatCount(Math.min(page, rows.length - n))} more`;',
    '    }',
    '  }',
    '  function renderRows(table, rows, shown, page) {',
    '    const { data, columns } = table;',
    '    const n = Math.min(rows.length, shown);',
    '    const fragment = document.createDocumentFragment();',
    '    for (let i = 0; i < n; i++) {',
    '      const row = rows[i] ?? 0;',
    '      const tr = document.createElement("tr");',
    '      columns.forEach((column, c) => tr.appendChild(cell(data, column, cellOf(data, row, c))));',
    '      fragment.appendChild(tr);',
    '    }',
    '    if (rows.length === 0) fragment.appendChild(noRows(data.total, data.width));',
    '    table.tbody.replaceChildren(fragment);',
    '    footer(table, rows, n, page);',
    '  }',
    '',
    '  // src/report/html/page/rowMatcher.ts',
    '  function hitsOf(word, lower) {',
    '    const hit = new Uint8Array(lower.length);',
    '    for (let i = 0; i < lower.length; i++) if (lower[i]?.includes(word)) hit[i] = 1;',
    '    return { word, hit, money: /* @__PURE__ */ new Map() };',
    '  }',
    '  function rowHas(data, kinds, h, row) {',
    '    for (let c = 0; c < data.width; c++) {',
    '      const v = cellOf(data, row, c);',
    '      if (kinds[c] !== "usd") {',
    '        if (h.hit[v] === 1) return true;',
    '        continue;',
    '      }',
    '      let m = h.money.get(v);',
    '      if (m === void 0) h.money.set(v, m = formatCents(v).includes(h.word));',
    '      if (m) return true;',
    '    }',
    '    return false;',
    '  }',
    '  function rowMatcher(data, kinds) {',
    '    let lower = null;',
    '    return (query, selected) => {',
    '      const words = query.trim().toLowerCase().split(/\\s+/).filter(Boolean);',
    '      const equal = selected.map((s) => [s.column, data.strings.indexOf(s.value)]);',
    '      if (words.length > 0 && lower === null) lower = data.strings.map((s) => s.toLowerCase());',
    '      const hits = words.map((word) => hitsOf(word, lower ?? []));',
    '      const out = [];',
    '      next: for (let r = 0; r < data.total; r++) {',
    '        for (const [c, v] of equal) if (cellOf(data, r, c) !== v) continue next;',
    '        for (const h of hits) if (!rowHas(data, kinds, h, r)) continue next;',
    '        out.push(r);',
    '      }',
    '      return out;',
    '    };',
    '  }',
    '',
    '  // src/report/html/page/setUpTable.ts',
    '  var PAGE = 500;',
    '  function setUpTable(section) {',
    '    const table = readTable(section);',
    '    const { data, columns, filter, selects } = table;',
    '    const kinds = columns.map((c) => c.kind);',
    '    const matching = rowMatcher(data, kinds);',
    '    const keys = [];',
    '    let sortColumn = -1;',
    '    let sortKey = null;',
    '    let direction = 1;',
    '    let shown = PAGE;',
    '    let rows = [];',
    '    let timer = 0;',
    '    function update() {',
    '      const selected = selects.filter((s) => s.value !== "").map((s) => ({ column: Number(s.dataset.column), value: s.value }));',
    '      rows = matching(filter.value, selected);',
    '      const key = sortKey;',
    '      if (key !== null) rows.sort((a, b) => ((key[a] ?? 0) - (key[b] ?? 0)) * direction || a - b);',
    '      shown = PAGE;',
    '      renderRows(table, rows, shown, PAGE);',
    '    }',
    '    columns.forEach((info, column) => {',
    '      const { header } = info;',
    '      header.querySelector("button")?.addEventListener("click", () => {',
    '        direction = sortColumn === column ? -direction : 1;',
    '        sortColumn = column;',
    '        sortKey = keys[column] ?? (keys[column] = rankColumn(data, column, info));',
    '        for (const c of columns) c.header.removeAttribute("aria-sort");',
    '        header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");',
    '        update();',
    '      });',
    '    });',
    '    filter.addEventListener("input", () => {',
    '      clearTimeout(timer);',
    '      timer = setTimeout(update, data.total > 5e3 ? 200 : 0);',
    '    });',
    '    for (const s of selects) s.addEventListener("change", update);',
    '    table.moreButton.addEventListener("click", () => {',
    '      shown += PAGE;',
    '      renderRows(table, rows, shown, PAGE);',
    '    });',
    '    update();',
    '    return data.total;',
    '  }',
    '',
    '  // src/report/html/page/watchOverflow.ts',
    '  function hiddenColumns(box, cells) {',
    '    const left = box.getBoundingClientRect().left + box.clientLeft;',
    '    const right = left + box.clientWidth;',
    '    return cells.filter((cell2) => {',
    '      const edges = cell2.getBoundingClientRect();',
    '      return edges.left < left - 1 || edges.right > right + 1;',
    '    }).length;',
    '  }',
    '  function watchOverflow(box) {',
    '    const table = box.querySelector("table");',
    '    if (table === null) return;',
    '    const note = document.createElement("p");',
    '    note.className = "hidden-columns";',
    '    note.dataset.hiddenColumns = "";',
    '    note.setAttribute("aria-live", "polite");',
    '    note.hidden = true;',
    '    box.before(note);',
    '    const update = () => {',
    '      const cells = Array.from(table.tHead?.rows[0]?.cells ?? table.tBodies[0]?.rows[0]?.cells ?? []);',
    '      const overflows = box.scrollWidth > box.clientWidth + 1;',
    '      box.toggleAttribute("data-fits", !overflows);',
    '      const hidden = overflows ? hiddenColumns(box, cells) : 0;',
    '      note.hidden = hidden === 0;',
    '      note.textContent = hidden === 0 ? "" : `${formatCount(hidden)} of ${formatCount(cells.length)} columns hidden: scroll the table sideways to see them.`;',
    '    };',
    '    update();',
    '    const observer = new ResizeObserver(update);',
    '    observer.observe(box);',
    '    observer.observe(table);',
    '    box.addEventListener("scroll", update, { passive: true });',
    '  }',
    '',
    '  // src/report/html/page/main.ts',
    '  for (const section of document.querySelectorAll("section[data-table]")) {',
    '    const rows = setUpTable(section);',
    '    const count = document.querySelector(`[data-contents] a[href="#${section.id}"] [data-nav-count]`);',
    '    if (count !== null) count.textContent = ` \\xB7 ${formatCount(rows)}`;',
    '  }',
    '  for (const svg of document.querySelectorAll("svg.trend")) fitTrendChart(svg);',
    '  for (const box of document.querySelectorAll(".scroll, .split > div")) {',
    '    watchOverflow(box);',
    '  }',
    '  document.documentElement.dataset.ready = "true";',
    '})();',
].join('\n');

// EXTERNAL MODULE: ./src/report/html/reportStyle.ts + 1 modules
var reportStyle = __webpack_require__(4717);
// EXTERNAL MODULE: ./src/report/planChangesHtml.ts
var planChangesHtml = __webpack_require__(50571);
;// CONCATENATED MODULE: ./src/report/htmlReport.ts
// `{epoch}_report.html`: one self-contained page for people who download the artifact. It loads
// nothing (its policy forbids every source but its own inline style and script), so it works
// from file:// and cannot leak anything about the organisation. Headline numbers, the chart and
// the breakdowns are written here; the long tables travel as compact JSON and are drawn by the
// inline script, which keeps 50,000 findings fast and the file a few megabytes.


















// The policy names the exact bytes of the style and script, so both are fixed strings.
const POLICY = (0,contentSecurityPolicy/* contentSecurityPolicy */.A)({ script: REPORT_SCRIPT, style: reportStyle/* REPORT_STYLE */.r });
const h = escapeHtml/* escapeHtml */.Z;
/** `2026-01-01 00:05:00 UTC`: the same on every machine. */
function utc(date) {
    return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    const minutes = Math.floor(seconds / 60);
    return minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds % 60} s`;
}
function cards(list) {
    const items = list.map((c) => `<div class="card${c.tone === undefined ? '' : ` ${c.tone}`}">` +
        `<div class="label">${h(c.label)}</div>` +
        `<div class="value" data-metric="${h(c.metric)}">${h(c.value)}</div>` +
        (c.sub === undefined ? '' : `<div class="sub">${h(c.sub)}</div>`) +
        `</div>`);
    return `<div class="cards">${items.join('')}</div>`;
}
function headline(result, totals, cost, gate) {
    const regions = new Set(result.targets.map((t) => t.region)).size;
    const suspicionCards = findings/* SUSPICION_ORDER */.$.map((s) => ({
        metric: s.toLowerCase(),
        label: `${s} suspicion`,
        value: (0,formatCount/* formatCount */.B)(totals.bySuspicion[s]),
        sub: 'interface addresses',
        tone: s.toLowerCase(),
    }));
    return cards([
        {
            metric: 'public-ips',
            label: 'Public IPv4 addresses',
            value: (0,formatCount/* formatCount */.B)(totals.publicIpv4Addresses),
            sub: `${(0,formatCount/* formatCount */.B)(totals.byoipAddresses)} BYOIP (free)`,
        },
        ...suspicionCards,
        {
            metric: 'unassociated-eips',
            label: 'Unassociated EIPs',
            value: (0,formatCount/* formatCount */.B)(totals.unassociatedEips),
            sub: `${(0,formatCount/* formatCount */.B)(totals.unassociatedEipsCharged)} charged`,
            tone: totals.unassociatedEipsCharged > 0 ? 'high' : undefined,
        },
        {
            metric: 'monthly-cost',
            label: 'Monthly cost',
            value: (0,formatUsd/* formatUsdForPeople */.sI)(cost.totalMonthlyUsd),
            // The count it prices, as the card beside it gives it.
            sub: [(0,formatCount/* plural */.L)(cost.addressCount, 'address', 'addresses'), (0,costWords/* byoipWords */.Z)(cost)]
                .filter(Boolean)
                .join('; '),
        },
        {
            metric: 'potential-savings',
            label: 'Potential savings',
            value: (0,formatUsd/* formatUsdForPeople */.sI)(cost.potentialSavingsUsd),
            sub: 'a month: HIGH + unassociated',
        },
        {
            metric: 'accounts',
            label: 'Accounts scanned',
            value: (0,formatCount/* formatCount */.B)(totals.accountsScanned),
            sub: `${(0,formatCount/* formatCount */.B)(totals.uncheckedAccounts)} not scanned`,
        },
        {
            metric: 'regions',
            label: 'Regions scanned',
            value: (0,formatCount/* formatCount */.B)(regions),
            sub: (0,formatCount/* plural */.L)(totals.accountRegionsScanned, 'account-region', 'account-regions'),
        },
        {
            metric: 'scan-errors',
            label: 'Scan errors',
            value: (0,formatCount/* formatCount */.B)(totals.scanErrors),
            sub: (totals.scanErrors === 0
                ? 'complete coverage'
                : `${(0,formatCount/* formatCount */.B)(result.coverage.complete)} of ${(0,formatCount/* formatCount */.B)(result.coverage.planned)} account-regions read completely`) +
                (totals.policyDenied === 0
                    ? ''
                    : `; ${(0,formatCount/* plural */.L)(totals.policyDenied, 'account-region', 'account-regions')} denied by policy`),
            tone: totals.scanErrors > 0 ? 'fail' : undefined,
        },
        {
            metric: 'gate',
            label: 'Gate',
            value: gate.passed ? 'Passed' : 'Failed',
            sub: gate.passed
                ? 'no threshold exceeded'
                : (0,formatCount/* plural */.L)(gate.violations.length, 'violation', 'violations'),
            tone: gate.passed ? 'pass' : 'fail',
        },
    ]);
}
/**
 * At the top of a partial scan, as the terminal and the job summary say it: what was not read is
 * not in the numbers below, and a gate that passed did not check it.
 */
function partialScanWarning(coverage) {
    if (coverage.gaps.length === 0)
        return '';
    const shown = coverage.gaps.slice(0, 5).map(analyze_coverage/* describeGap */.e4);
    const more = coverage.gaps.length - shown.length;
    return (`<div class="verdict partial" role="alert" data-coverage="partial"><strong>Partial scan.</strong> ` +
        `${h(`${(0,formatCount/* formatCount */.B)(coverage.complete)} of ${(0,formatCount/* formatCount */.B)(coverage.planned)} account-regions were read completely. ` + `Not read completely: ${shown.join('; ')}${more > 0 ? `; and ${(0,formatCount/* formatCount */.B)(more)} more` : ''}. `)}` +
        `What was not read is not in these numbers, and the gate did not check it.</div>`);
}
function verdict(gate, coverage) {
    if (gate.passed && coverage.gaps.length > 0) {
        return '<div class="verdict partial" data-gate="passed"><strong>Gate passed on a partial scan.</strong> No threshold was exceeded in what was read.</div>';
    }
    if (gate.passed) {
        return '<div class="verdict pass" data-gate="passed"><strong>Gate passed.</strong> No threshold was exceeded.</div>';
    }
    const items = gate.violations.map((v) => `<li>${h(v.message)}</li>`).join('');
    return `<div class="verdict fail" data-gate="failed"><strong>Gate failed.</strong><ul>${items}</ul></div>`;
}
function summaryTable(caption, noun, rows, counted = 'Addresses', money = 'Monthly cost') {
    const body = rows
        .map((r) => `<tr><td>${r.badge === true ? `<span class="badge" data-value="${h(r.label)}">${h(r.label)}</span>` : h(r.label)}</td>` +
        `<td class="num">${(0,formatCount/* formatCount */.B)(r.addresses)}</td>` +
        `<td class="num">${h((0,formatUsd/* formatUsdForPeople */.sI)(r.monthlyUsd))}</td></tr>`)
        .join('');
    const addresses = rows.reduce((n, r) => n + r.addresses, 0);
    const usd = rows.reduce((n, r) => n + r.monthlyUsd, 0);
    return (`<div><h3>${h(caption)}</h3><table class="summary">` +
        `<thead><tr><th scope="col">${h(noun)}</th><th scope="col" class="num">${h(counted)}</th><th scope="col" class="num">${h(money)}</th></tr></thead>` +
        `<tbody>${body === '' ? '<tr><td colspan="3" class="none">None.</td></tr>' : body}</tbody>` +
        `<tfoot><tr><td>Total</td><td class="num">${(0,formatCount/* formatCount */.B)(addresses)}</td><td class="num">${h((0,formatUsd/* formatUsdForPeople */.sI)(usd))}</td></tr></tfoot>` +
        `</table></div>`);
}
/** Interface addresses and their cost by suspicion: rows, like the findings table they filter. */
function bySuspicion(ips, price) {
    const tally = {};
    for (const s of findings/* SUSPICION_ORDER */.$)
        tally[s] = { addresses: 0, charged: 0 };
    for (const ip of ips) {
        tally[ip.suspicion].addresses += 1;
        if (!ip.byoip)
            tally[ip.suspicion].charged += 1;
    }
    // Counts times the unit price, as the cost summary does: no drift from repeated additions.
    return findings/* SUSPICION_ORDER */.$.map((s) => ({
        label: s,
        addresses: tally[s].addresses,
        monthlyUsd: tally[s].charged * (0,analyze_cost/* monthlyCostUsd */.D5)(price, false),
        badge: true,
    }));
}
function breakdowns(result, cost, price) {
    const byService = cost.byService.map((s) => ({
        label: s.service,
        addresses: s.addresses,
        monthlyUsd: s.monthlyUsd,
    }));
    const byAction = cost.savingsByAction.map((a) => ({
        label: recommendedAction/* ACTION_LABELS */.H[a.kind],
        addresses: a.findings,
        monthlyUsd: a.monthlyUsd,
    }));
    return (`<section aria-labelledby="breakdown-title"><h2 id="breakdown-title">Breakdown</h2><div class="split">` +
        `<div data-breakdown="service">${summaryTable('Cost by service (every distinct address)', 'Service', byService)}</div>` +
        summaryTable('By suspicion (addresses on network interfaces)', 'Suspicion', bySuspicion(result.eniPublicIps, price)) +
        `<div data-breakdown="actions">${summaryTable('Savings by recommended action', 'Action', byAction, 'Findings', 'Saves a month')}` +
        (byAction.length === 0
            ? ''
            : `<p class="note" data-savings-total>${h((0,costWords/* savingsByActionTotalWords */.o)(cost))}</p>`) +
        `</div>` +
        `</div></section>`);
}
function chart(cost) {
    return (`<section aria-labelledby="chart-title"><h2 id="chart-title">Monthly cost by account</h2>` +
        costBarChart(cost.byAccount) +
        `<div class="legend"><span>monthly cost</span><span class="savings">of which potential savings</span></div>` +
        `</section>`);
}
/** A sortable column header; its data attributes tell the page's script how to treat the column. */
function headerCell(column) {
    const attributes = [
        `scope="col"`,
        `data-kind="${column.kind}"`,
        column.kind === 'usd' ? 'class="num"' : '',
        column.badge === true ? 'data-badge' : '',
        column.wrap === true ? 'data-wrap' : '',
        column.words === true ? 'data-words' : '',
        column.code === true ? 'data-code' : '',
        column.order === undefined ? '' : `data-order="${h(column.order.join(' '))}"`,
    ].filter((a) => a !== '');
    return (`<th ${attributes.join(' ')}>` +
        `<button type="button">${h(column.label)}<span class="arrow" aria-hidden="true"></span></button></th>`);
}
function* tableSection(table, outcome) {
    const id = h(table.id);
    const headers = table.columns.map(headerCell).join('');
    const selects = table.selects
        .map((s) => `<select data-column="${s.column}" aria-label="${h(s.label)}">` +
        `<option value="">Any ${h(s.label.toLowerCase())}</option>` +
        s.values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('') +
        `</select>`)
        .join('');
    const hasCost = table.columns.some((c) => c.kind === 'usd');
    yield (`<section id="${id}" data-table="${id}" aria-labelledby="${id}-title">` +
        `<h2 id="${id}-title">${h(table.title)}</h2>` +
        `<div class="toolbar">` +
        `<input type="search" data-filter placeholder="Filter: words in any column" aria-label="Filter ${h(table.noun)}">` +
        selects +
        `<span class="count"><span data-count aria-live="polite"></span>` +
        (hasCost ? ` · <span data-sum></span>` : '') +
        `</span></div>` +
        `<div class="scroll"><table><thead><tr>${headers}</tr></thead><tbody></tbody></table></div>` +
        `<p class="more" data-more hidden><span data-more-text></span><button type="button"></button></p>` +
        `<script type="application/json">`);
    yield* table.encode(outcome, outcome.options.pricePerIpHour);
    yield `</script></section>`;
}
/** The page in pieces, in order; join them or stream them to a file. */
function* htmlReportChunks(outcome) {
    const { result, cost, totals, gate } = outcome;
    const price = outcome.options.pricePerIpHour;
    const scanned = result.finishedAt.getTime() - result.startedAt.getTime();
    yield (`<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="${h(POLICY)}">` +
        `<meta name="referrer" content="no-referrer">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Public IPv4 audit, ${h(utc(result.startedAt))}</title>` +
        `<style>${reportStyle/* REPORT_STYLE */.r}</style></head><body>` +
        `<header><h1>Public IPv4 audit</h1>` +
        `<p class="meta">Scanned ${h(utc(result.startedAt))} to ${h(utc(result.finishedAt))} (${h(duration(scanned))}).</p></header>` +
        partialScanWarning(result.coverage) +
        verdict(gate, result.coverage) +
        contentsNav(outcome) +
        (outcome.plan ? (0,planChangesHtml/* planChangesHtml */.K)(outcome.plan) : '') +
        `<section aria-label="Totals">${headline(result, totals, cost, gate)}</section>` +
        chart(cost) +
        historySection(outcome.history) +
        breakdowns(result, cost, price) +
        reconciliationSection(outcome.reconciliation) +
        `<noscript><p class="note">The tables below are drawn by the page's script, which is turned off. The CSV and JSON files next to this report hold the same rows.</p></noscript>`);
    for (const table of PAGE_TABLES)
        yield* tableSection(table, outcome);
    yield (`<footer>${h(version/* TOOL_NAME */.l)} ${h(version/* VERSION */.x)}. Every public IPv4 address costs ${h(`$${price}`)} per hour ` +
        `(${h((0,formatUsd/* formatUsdForPeople */.sI)((0,analyze_cost/* monthlyCostUsd */.D5)(price, false)))} a month of ${cost.hoursPerMonth} hours), ` +
        `in use or idle; BYOIP addresses are free. Potential savings count HIGH-suspicion interface addresses and unassociated Elastic IPs.</footer>` +
        `<script>${REPORT_SCRIPT}</script></body></html>\n`);
}
/** The whole page as one string (tests, small scans); writeHtmlReport streams the chunks. */
function htmlReport(outcome) {
    return [...htmlReportChunks(outcome)].join('');
}

// EXTERNAL MODULE: ./src/report/writeChunks.ts
var writeChunks = __webpack_require__(17375);
;// CONCATENATED MODULE: ./src/report/writeHtmlReport.ts




/** Writes `{epoch}_report.html` in `dir` and returns its path. */
async function writeHtmlReport(outcome, dir, epoch) {
    return (0,writeChunks.writeChunks)((0,external_node_path_.join)(dir, (0,reportFileName/* htmlReportFileName */.vW)(epoch)), htmlReportChunks(outcome));
}


/***/ })

};
