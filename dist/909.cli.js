export const id = 909;
export const ids = [909];
export const modules = {

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


/***/ })

};
