export const id = 630;
export const ids = [630,909];
export const modules = {

/***/ 7847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ contentSecurityPolicy),
/* harmony export */   h: () => (/* binding */ cspHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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

/***/ 6682:
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

/***/ 6909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planChangesRecords: () => (/* binding */ planChangesRecords),
  writePlanChangesCsv: () => (/* binding */ writePlanChangesCsv)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/api/CsvError.js
var CsvError = __webpack_require__(4346);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/utils/is_object.js
var is_object = __webpack_require__(8453);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/api/index.js + 1 modules
var api = __webpack_require__(4812);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/api/normalize_options.js + 1 modules
var normalize_options = __webpack_require__(7747);
;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/index.js
/*
CSV Stringify

Please look at the [project documentation](https://csv.js.org/stringify/) for
additional information.
*/







class Stringifier extends external_stream_.Transform {
  constructor(opts = {}) {
    super({ ...{ writableObjectMode: true }, ...opts });
    const [err, options] = (0,normalize_options/* normalize_options */.f)(opts);
    if (err !== undefined) throw err;
    // Expose options
    this.options = options;
    // Internal state
    this.state = {
      stop: false,
    };
    // Information
    this.info = {
      records: 0,
    };
    this.api = (0,api/* stringifier */.J)(this.options, this.state, this.info);
    this.api.options.on_record = (...args) => {
      this.emit("record", ...args);
    };
  }
  _transform(chunk, encoding, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.__transform(chunk, this.push.bind(this));
    if (err !== undefined) {
      this.state.stop = true;
    }
    callback(err);
  }
  _flush(callback) {
    if (this.state.stop === true) {
      // Note, Node.js 12 call flush even after an error, we must prevent
      // `callback` from being called in flush without any error.
      return;
    }
    if (this.info.records === 0) {
      this.api.bom(this.push.bind(this));
      const err = this.api.headers(this.push.bind(this));
      if (err) callback(err);
    }
    callback();
  }
}

const stringify = function () {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === undefined && Array.isArray(argument)) {
      data = argument;
    } else if (options === undefined && (0,is_object/* is_object */.v)(argument)) {
      options = argument;
    } else if (callback === undefined && type === "function") {
      callback = argument;
    } else {
      throw new CsvError/* CsvError */.J("CSV_INVALID_ARGUMENT", [
        "Invalid argument:",
        `got ${JSON.stringify(argument)} at index ${i}`,
      ]);
    }
  }
  const stringifier = new Stringifier(options);
  if (callback) {
    const chunks = [];
    stringifier.on("readable", function () {
      let chunk;
      while ((chunk = this.read()) !== null) {
        chunks.push(chunk);
      }
    });
    stringifier.on("error", function (err) {
      callback(err);
    });
    stringifier.on("end", function () {
      try {
        callback(undefined, chunks.join(""));
      } catch (err) {
        // This can happen if the `chunks` is extremely long; it may throw
        // "Cannot create a string longer than 0x1fffffe8 characters"
        // See [#386](https://github.com/adaltas/node-csv/pull/386)
        callback(err);
        return;
      }
    });
  }
  if (data !== undefined) {
    const writer = function () {
      for (const record of data) {
        stringifier.write(record);
      }
      stringifier.end();
    };
    // Support Deno, Rollup doesn't provide a shim for setImmediate
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return stringifier;
};



// EXTERNAL MODULE: ./src/plan/dependencyText.ts
var dependencyText = __webpack_require__(8481);
// EXTERNAL MODULE: ./src/format/formatUsd.ts
var formatUsd = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/format/neutralizeFormula.ts
var neutralizeFormula = __webpack_require__(9116);
// EXTERNAL MODULE: ./src/report/reportFileName.ts
var reportFileName = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/report/planChangesCsv.ts
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
const computed = (n, text) => (Number.isFinite(n) ? text : (0,neutralizeFormula/* neutralizeFormula */.y)(text));
function cells(file, change) {
    const text = [file, change.address, change.type, change.actions.join('+')].map(neutralizeFormula/* neutralizeFormula */.y);
    return [
        ...text,
        computed(change.added, String(change.added)),
        computed(change.removed, String(change.removed)),
        // Negative when the bill goes down: left a number, so the column still adds up.
        computed(change.chargedChange, String(change.chargedChange)),
        computed(change.monthlyChangeUsd, (0,formatUsd/* formatUsd */.UK)(change.monthlyChangeUsd)),
        (0,neutralizeFormula/* neutralizeFormula */.y)(change.dependsOn.map(dependencyText/* dependencyText */.t).join('; ')),
        (0,neutralizeFormula/* neutralizeFormula */.y)(change.flags.map((f) => f.text).join('; ')),
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
    const path = (0,external_node_path_.join)(dir, (0,reportFileName/* planChangesFileName */.oy)(epoch));
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(planChangesRecords(report)), stringify({ record_delimiter: 'unix', quoted_match: /[;\t]/ }), (0,external_node_fs_.createWriteStream)(path));
    return path;
}


/***/ }),

/***/ 571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ planChangesHtml),
/* harmony export */   h: () => (/* binding */ planReportHtml)
/* harmony export */ });
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1176);
/* harmony import */ var _plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8481);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2858);
/* harmony import */ var _html_contentSecurityPolicy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7847);
/* harmony import */ var _html_escapeHtml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6682);
/* harmony import */ var _html_reportStyle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4717);
/* harmony import */ var _planSummary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);







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

/***/ 9630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writePlanReports: () => (/* binding */ writePlanReports),
/* harmony export */   writeReports: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errorMessage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4936);
/* harmony import */ var _reportFiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5582);
/* harmony import */ var _planChangesHtml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(571);
/* harmony import */ var _planChangesCsv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6909);
/* harmony import */ var _reportFileName_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6303);
/* harmony import */ var _writeChunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7375);
/* harmony import */ var _writeJsonReport_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6536);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(from, to);
        return;
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST')
            throw taken(to);
        if (!NO_HARD_LINKS.has(codeOf(error) ?? ''))
            throw error;
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_EXCL);
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST')
            throw taken(to);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(to, { force: true });
        throw error;
    }
}
function taken(file) {
    return new Error(`'${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}' is already there (a run that started in the same second?): ` +
        `no file was replaced, and none of this run's reports was left in place`);
}
/** Places every staged file in `dir`, all or none: a failure takes back what was placed. */
async function placeAll(staged, dir) {
    const placed = [];
    try {
        for (const file of staged) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file));
            await placeExclusive(file, target);
            placed.push(target);
        }
        return placed;
    }
    catch (error) {
        // Only files this run placed: a name that was taken is never in the list.
        await Promise.all(placed.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true })));
        throw error;
    }
}
async function writeReports(outcome, outputDir) {
    const epoch = Math.floor(outcome.result.startedAt.getTime() / 1000);
    return writeReportSet(outputDir, async (staging) => {
        const written = [];
        for (const file of _reportFiles_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FILES */ .J) {
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
        await (0,_planChangesCsv_js__WEBPACK_IMPORTED_MODULE_5__.writePlanChangesCsv)(outcome.plan.report, staging, epoch),
        await (0,_writeJsonReport_js__WEBPACK_IMPORTED_MODULE_7__.writePlanJsonReport)(outcome, staging, epoch),
        await (0,_writeChunks_js__WEBPACK_IMPORTED_MODULE_6__.writeChunks)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, (0,_reportFileName_js__WEBPACK_IMPORTED_MODULE_8__/* .htmlReportFileName */ .vW)(epoch)), [(0,_planChangesHtml_js__WEBPACK_IMPORTED_MODULE_4__/* .planReportHtml */ .h)(outcome)]),
    ]);
}
/** Writes a set of files into a staging folder in `outputDir`, then places them all or none. */
async function writeReportSet(outputDir, write) {
    let staging;
    try {
        staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outputDir, '.aws-ipv4-audit-'));
        const written = await write(staging);
        return { files: await placeAll(written, outputDir) };
    }
    catch (error) {
        return {
            files: [],
            error: `the reports could not be written to '${outputDir}': ${(0,_common_errorMessage_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error)}`,
        };
    }
    finally {
        // The staged copies: the placed files are links of their own, the rest must not stay.
        if (staging !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}


/***/ })

};
