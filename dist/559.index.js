export const id = 559;
export const ids = [559];
export const modules = {

/***/ 87559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeCsvReport: () => (/* binding */ writeCsvReport),
  writeCsvReports: () => (/* binding */ writeCsvReports),
  writeCsvRows: () => (/* binding */ writeCsvRows)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/api/index.js + 1 modules
var lib_api = __webpack_require__(14812);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/api/normalize_options.js + 1 modules
var normalize_options = __webpack_require__(97747);
;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/sync.js
/*
CSV Stringify

Please look at the [Sync API](https://csv.js.org/stringify/api/sync/) for
additional information.
*/




const stringify = function (records, opts = {}) {
  const data = [];
  const [err, options] = (0,normalize_options/* normalize_options */.f)(opts);
  if (err !== undefined) throw err;
  const state = {
    stop: false,
  };
  // Information
  const info = {
    records: 0,
  };
  const api = (0,lib_api/* stringifier */.J)(options, state, info);
  for (const record of records) {
    const err = api.__transform(record, function (record) {
      data.push(record);
    });
    if (err !== undefined) throw err;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err = api.headers((headers) => {
      data.push(headers);
    });
    if (err !== undefined) throw err;
  }
  return data.join("");
};



// EXTERNAL MODULE: ./src/report/reportColumns.ts
var reportColumns = __webpack_require__(2831);
// EXTERNAL MODULE: ./src/report/reportFileName.ts
var reportFileName = __webpack_require__(56303);
// EXTERNAL MODULE: ./src/report/writeChunks.ts
var writeChunks = __webpack_require__(17375);
;// CONCATENATED MODULE: ./src/report/writeCsvReports.ts





/**
 * Writes every report as `{epoch}_NAME.csv` in `dir` and returns the paths written, in
 * `REPORT_NAMES` order. Every file gets its header row, even when empty. Lines end in LF; cells
 * are UTF-8 without a BOM and quoted only when they need it: a separator, a quote or a line
 * break, and also a semicolon or a tab, which a spreadsheet in a semicolon locale (or a tab
 * importer) takes for a separator, so that text after one could start a cell of its own.
 */
async function writeCsvReports(outcome, dir, epoch) {
    const paths = [];
    for (const name of reportColumns/* REPORT_NAMES */.Ky)
        paths.push(await writeCsvReport(outcome, name, dir, epoch));
    return paths;
}
/** Writes the report `name` as `{epoch}_NAME.csv` in `dir` and returns its path. */
async function writeCsvReport(outcome, name, dir, epoch) {
    const path = (0,external_node_path_.join)(dir, (0,reportFileName/* reportFileName */.cq)(epoch, name));
    await writeReport(reportColumns/* REPORTS */.Sk[name], outcome.result, { pricePerIpHour: outcome.options.pricePerIpHour }, path);
    return path;
}
// Streams row by row: an organisation can yield tens of thousands of rows per report.
async function writeReport(report, result, context, path) {
    await writeCsvRows(report.headers, report.records(result, context), path);
}
/** A header and rows as CSV at `path`, as every report file is written (see writeCsvReports). */
async function writeCsvRows(headers, records, path) {
    await (0,writeChunks.writeChunks)(path, csvText(headers, records));
}
const CSV_OPTIONS = { record_delimiter: 'unix', quoted_match: /[;\t]/ };
/** Rows per piece: each piece is one call of csv-stringify's synchronous API, a bounded string. */
const RECORDS_PER_PIECE = 500;
// The same text csv-stringify's stream writes (every record ends in its delimiter), made a few
// hundred rows at a time: a stream step per row costs more than the row's own CSV.
function* csvText(headers, records) {
    let piece = [[...headers]];
    for (const record of records) {
        piece.push(record);
        if (piece.length === RECORDS_PER_PIECE) {
            yield stringify(piece, CSV_OPTIONS);
            piece = [];
        }
    }
    if (piece.length > 0)
        yield stringify(piece, CSV_OPTIONS);
}


/***/ })

};
