export const id = 536;
export const ids = [536,375];
export const modules = {

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeChunks: () => (/* binding */ writeChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
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

/***/ 6536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeJsonReport: () => (/* binding */ writeJsonReport),
  writePlanJsonReport: () => (/* binding */ writePlanJsonReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/common/version.ts + 1 modules
var version = __webpack_require__(1176);
// EXTERNAL MODULE: ./src/gate/thresholds.ts
var gate_thresholds = __webpack_require__(9695);
// EXTERNAL MODULE: ./src/format/formatUsd.ts
var formatUsd = __webpack_require__(2858);
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
var reportFileName = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/report/writeChunks.ts
var writeChunks = __webpack_require__(7375);
// EXTERNAL MODULE: ./src/kinds/findingKinds.ts + 7 modules
var findingKinds = __webpack_require__(535);
// EXTERNAL MODULE: ./src/format/orNull.ts
var format_orNull = __webpack_require__(7635);
// EXTERNAL MODULE: ./schema/report.schema.json
var report_schema = __webpack_require__(6153);
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


/***/ })

};
