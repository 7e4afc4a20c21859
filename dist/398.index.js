export const id = 398;
export const ids = [398];
export const modules = {

/***/ 37398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var lib_core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __webpack_require__(94936);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/analyze/scope.ts
var analyze_scope = __webpack_require__(66268);
// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./schema/report.schema.json
var report_schema = __webpack_require__(56153);
;// CONCATENATED MODULE: ./src/options/reportSchema.ts
// Checks a parsed report.json against schema/report.schema.json before anything in it is trusted
// (a baseline). The schema is bundled with the code and compiled once, on first use.
//
// Compatibility rule: a report written by an older release must still pass. A field added to
// report.json later goes into the schema as optional (never into `required`, never narrowing
// what an existing field allows) while schemaVersion stays 1; a change an older report could
// not satisfy bumps REPORT_SCHEMA_VERSION instead. For the same reason unknown properties are
// dropped, not refused: a newer release of the same schemaVersion only adds fields.
// The bounds on money, counts and times narrowed nothing a real run ever wrote, save a
// price-per-ip-hour above 1 USD, which the input now refuses too: such a baseline is refused
// like any invalid one (a warning with `baseline: artifact`), which is the point of the bounds.


/** Enough to say what is wrong without burying it (alternatives fail together). */
const MAX_ERRORS = 3;
let compiled;
function validators() {
    if (compiled === undefined) {
        const ajv = new _2020.Ajv2020({ strict: true, removeAdditional: true });
        const report = ajv.compile(report_schema);
        // `{ history }` against the schema's `history` alone, so errors read `/history/...`.
        const history = ajv.compile({
            type: 'object',
            properties: { history: { $ref: `${report_schema.$id}#/properties/history` } },
        });
        compiled = { report, history };
    }
    return compiled;
}
const TIMESTAMP_PATTERN = report_schema.$defs.timestamp.pattern;
function describe(error) {
    const where = error.instancePath === '' ? 'the document' : error.instancePath;
    const params = error.params;
    if (error.keyword === 'pattern' && params.pattern === TIMESTAMP_PATTERN) {
        return `${where} must be a UTC time like 2026-11-23T06:00:00.000Z`;
    }
    if (error.keyword === 'const')
        return `${where} must be ${JSON.stringify(params.allowedValue)}`;
    if (error.keyword === 'enum') {
        return `${where} must be one of ${(params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return `${where} ${error.message ?? 'is invalid'}`;
}
/** What makes `doc` not a report.json, as `/json/pointer must ...`; empty when it is one. */
function reportSchemaErrors(doc) {
    const validate = validators().report;
    if (validate(doc))
        return [];
    return (validate.errors ?? []).slice(0, MAX_ERRORS).map(describe);
}
/**
 * The times of a schema-valid report or history that name no instant (a day such as 02-30,
 * which a pattern cannot refuse and Date would silently move), as `/json/pointer` messages.
 */
function unrealTimes(times) {
    return times
        .filter(([, time]) => {
        const at = Date.parse(time);
        return !Number.isFinite(at) || new Date(at).toISOString() !== time;
    })
        .slice(0, MAX_ERRORS)
        .map(([pointer, time]) => `${pointer} is not a real time ('${time}')`);
}
/**
 * What makes `history` not a report's `history` (a baseline's history is checked apart from the
 * rest, so that a malformed one is dropped without refusing the baseline); empty when it is one.
 */
function historySchemaErrors(history) {
    const validate = validators().history;
    if (validate({ history }))
        return [];
    return (validate.errors ?? []).slice(0, MAX_ERRORS).map(describe);
}

;// CONCATENATED MODULE: ./src/options/baselineHistory.ts



/** What the report's run read completely. Reports older than coverage.gaps tell it by their failed calls. */
function reportComplete({ coverage }) {
    return (0,analyze_scope/* completeTargets */.q4)({
        accountsScanned: coverage.accountsScanned,
        targets: coverage.targets,
        // Account-regions an organisation policy denied were not read either.
        gaps: [...(coverage.gaps ?? coverage.scanErrors), ...(coverage.policyDenied ?? [])],
    });
}
function* reportAddresses({ findings }) {
    for (const f of findings.eniPublicIps) {
        yield { accountId: f.ownerAccountId, region: f.region, address: f.address, byoip: f.byoip };
    }
    for (const e of [...findings.associatedEips, ...findings.unassociatedEips]) {
        yield { accountId: e.accountId, region: e.region, address: e.publicIp, byoip: e.byoip };
    }
    for (const v of findings.vpnConnections) {
        for (const address of v.addresses) {
            yield { accountId: v.accountId, region: v.region, address, byoip: false };
        }
    }
    for (const a of findings.globalAccelerators) {
        for (const address of a.addresses) {
            yield { accountId: a.ownerAccountId, region: coverage/* GLOBAL_REGION */.j, address, byoip: false };
        }
    }
}
/** What a report's run read completely, and its addresses and their cost there. */
function reportScope(report) {
    return {
        complete: reportComplete(report),
        figures: (0,analyze_scope/* figuresByTarget */.wK)(reportAddresses(report), report.cost.pricePerIpHour),
    };
}
/** Account-regions scanned without a failed call, for reports older than coverage.complete. */
function completeRegions({ targets, scanErrors }) {
    const failed = new Set(scanErrors.map((e) => `${e.accountId}/${e.region}`));
    return targets.filter((t) => !failed.has(`${t.accountId}/${t.region}`)).length;
}
/**
 * The report's own run. Reports older than the coverage counts give the account-regions
 * scanned as planned, and those of them without a failed call as complete.
 */
function reportRun({ scan, cost, totals, coverage }) {
    return {
        startedAt: scan.startedAt,
        monthlyCostUsd: cost.totalMonthlyUsd,
        potentialSavingsUsd: cost.potentialSavingsUsd,
        publicIpv4Addresses: totals.publicIpv4Addresses,
        bySuspicion: { ...totals.bySuspicion },
        unassociatedEips: totals.unassociatedEips,
        accountRegionsPlanned: coverage.planned ?? totals.accountRegionsScanned,
        accountRegionsComplete: coverage.complete ?? completeRegions(coverage),
        scope: (0,analyze_scope/* scopeDigest */.h$)(reportComplete({ scan, cost, totals, coverage })),
    };
}
/** `history` is the report's `history` member as found (undefined when it has none). */
function readHistory(history, run) {
    if (history === undefined)
        return { run };
    const errors = historySchemaErrors(history);
    if (errors.length === 0) {
        const runs = history;
        errors.push(...unrealTimes(runs.map((r, i) => [`/history/${i}/startedAt`, r.startedAt])));
    }
    if (errors.length > 0)
        return { run, historyProblem: errors.join('; ') };
    // The check dropped any member a HistoryEntry does not have (the schema's entries are closed).
    const runs = history;
    // A report of an older release recorded no scope in its history; its own run's is known.
    const last = runs.at(-1);
    if (last !== undefined && last.scope === undefined && last.startedAt === run.startedAt) {
        return { run, history: [...runs.slice(0, -1), { ...last, scope: run.scope }] };
    }
    return { run, history: runs };
}

;// CONCATENATED MODULE: ./src/options/baselineFile.ts
// Reads a baseline from an earlier report.json. The document must pass the report schema
// first: a file that is not a report of ours is refused with what is wrong (the caller warns
// and gates on all findings), never half-read. Only what matching and the trend need is kept.
// This is where numbers from outside enter: the schema bounds every one of them (and the times
// are checked to be real), so no later arithmetic on a baseline can reach Infinity or NaN.
// Its `history` is checked on its own (baselineHistory.ts): a malformed one is dropped, not fatal.




/** The document without its `history`, and the history as found. */
function splitHistory(doc) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('history' in doc)) {
        return { rest: doc, history: undefined };
    }
    const { history, ...rest } = doc;
    return { rest, history };
}
function parseBaseline(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${(0,errorMessage/* errorMessage */.g)(error)})`);
    }
    const { rest: doc, history } = splitHistory(parsed);
    const errors = reportSchemaErrors(doc);
    // A valid report of a run that judged Terraform plans only: no scan, nothing to compare with.
    if (errors.length === 0 && !('scan' in doc)) {
        throw new Error("a report.json of Terraform plans only (no scan): a baseline is a scan's report.json");
    }
    if (errors.length === 0) {
        const { scan } = doc;
        errors.push(...unrealTimes([
            ['/scan/startedAt', scan.startedAt],
            ['/scan/finishedAt', scan.finishedAt],
        ]));
    }
    if (errors.length > 0) {
        throw new Error(`not a valid aws-ipv4-audit report.json: ${errors.join('; ')}`);
    }
    // Schema-valid: what tsc knows of a report.json is now true of this one.
    const report = doc;
    const { findings } = report;
    return {
        source,
        eniFindings: new Map(findings.eniPublicIps.map((f) => [f.key, { suspicion: f.suspicion, address: f.address }])),
        unassociatedEips: new Set(findings.unassociatedEips.map((e) => e.key)),
        totalMonthlyUsd: report.cost.totalMonthlyUsd,
        scope: reportScope(report),
        ...readHistory(history, reportRun(report)),
    };
}
async function readBaselineFile(file) {
    return parseBaseline(await (0,promises_.readFile)(file, 'utf8'), file);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./src/common/yamlBoolean.ts
var yamlBoolean = __webpack_require__(34400);
// EXTERNAL MODULE: ./src/gate/thresholds.ts
var gate_thresholds = __webpack_require__(89695);
;// CONCATENATED MODULE: ./src/options/inputError.ts
// The error of a bad input, apart from options.ts so that the modules validate() calls can throw
// it without importing the validator back.
/** A user error: names the input and quotes the bad value. */
class InputError extends Error {
    input;
    problem;
    constructor(input, problem) {
        super(`'${input}': ${problem}`);
        this.input = input;
        this.problem = problem;
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/options/planInputs.ts
// The inputs of the pull-request check on Terraform plans: which plan files, and whether the live
// organisation is scanned too. Checked with the other inputs (validate() calls this), before any
// file is read or AWS call made; the plans' limits are read with every threshold, from their table
// (gate/thresholds.ts). A check that could never run is refused, not skipped: a threshold on the
// plans without a plan, a threshold on the scan without a scan, and a run that would check nothing.



/** The inputs' names (options.ts's Inputs holds them too). */
const PLAN_INPUTS = { terraformPlan: 'terraform-plan', scan: 'scan' };
const given = (raw, name) => (raw[name] ?? '').trim();
/** The plan files of `terraform-plan` (newline or comma separated), each once. */
function parsePlanFiles(value) {
    const files = value
        .split(/[,\n]/)
        .map((file) => file.trim())
        .filter((file) => file !== '');
    if (files.length === 0) {
        throw new InputError(PLAN_INPUTS.terraformPlan, `no file in '${value}'`);
    }
    return [...new Set(files)];
}
/** The inputs of the thresholds that judge `judges`, each as given and whether it asks for a check. */
function thresholdInputs(raw, judges) {
    return gate_thresholds/* THRESHOLD_ENTRIES */.TI.filter(([, entry]) => entry.judges === judges).map(([, entry]) => {
        const text = given(raw, entry.input);
        // A switch given as false asks for nothing (the action's default for 'fail-on-policy-denied').
        const off = entry.rule === 'switch' && (0,yamlBoolean/* yamlBoolean */.q)(text) === false;
        return { input: entry.input, isGiven: text !== '' && !off };
    });
}
/**
 * The plan inputs of `raw`. `scanOnly` names the inputs besides the gate's thresholds that only
 * the scan reads (the baseline, the suppressions): with `scan: false` they are refused.
 */
function planInputs(raw, scanOnly) {
    const plans = given(raw, PLAN_INPUTS.terraformPlan);
    const scanValue = given(raw, PLAN_INPUTS.scan);
    const scan = scanValue === '' ? true : (0,yamlBoolean/* yamlBoolean */.q)(scanValue);
    if (scan === undefined) {
        throw new InputError(PLAN_INPUTS.scan, `'${scanValue}' is not true or false`);
    }
    const terraformPlans = plans === '' ? undefined : parsePlanFiles(plans);
    if (terraformPlans === undefined) {
        for (const { input, isGiven } of thresholdInputs(raw, 'plan')) {
            if (isGiven) {
                throw new InputError(input, `counts what the '${PLAN_INPUTS.terraformPlan}' files change, and none is given`);
            }
        }
        if (!scan) {
            throw new InputError(PLAN_INPUTS.scan, `'false' judges only the '${PLAN_INPUTS.terraformPlan}' files, and none is given: nothing would be checked`);
        }
    }
    if (!scan)
        refuseScanChecks(raw, scanOnly);
    return { ...(terraformPlans === undefined ? {} : { terraformPlans }), scan };
}
/** Inputs that only the scan reads: with `scan: false` they would check nothing. */
function refuseScanChecks(raw, scanOnly) {
    const checks = [
        ...thresholdInputs(raw, 'scan'),
        ...scanOnly.map((input) => ({ input, isGiven: given(raw, input) !== '' })),
    ];
    for (const { input, isGiven } of checks) {
        if (isGiven) {
            throw new InputError(input, `checks the scan, and '${PLAN_INPUTS.scan}' is false: leave it out, or scan`);
        }
    }
}

;// CONCATENATED MODULE: ./src/options/options.ts
// The one place where user input becomes Options. Action inputs and CLI flags both arrive as
// raw strings keyed by the canonical (action input) names below, and leave validated, so a bad
// value fails before any AWS call with a message that names the input and the value. The gate's
// thresholds are named, read and defaulted by their table (gate/thresholds.ts).





const Inputs = {
    Mode: 'mode',
    RoleToAssume: 'role-to-assume',
    AwsRegion: 'aws-region',
    Audience: 'audience',
    RoleSessionName: 'role-session-name',
    Profile: 'profile',
    AccessKeyId: 'access-key-id',
    SecretAccessKey: 'secret-key',
    SessionToken: 'session-token',
    Accounts: 'accounts',
    OrganizationalUnits: 'organizational-units',
    ExcludeAccounts: 'exclude-accounts',
    MemberRoleName: 'member-role-name',
    ExternalId: 'external-id',
    Regions: 'regions',
    ExcludeRegions: 'exclude-regions',
    OutputPath: 'output-path',
    Concurrency: 'concurrency',
    RequestTimeout: 'request-timeout',
    PricePerIpHour: 'price-per-ip-hour',
    Suppressions: 'suppressions',
    Baseline: 'baseline',
    GateOn: 'gate-on',
    TerraformPlan: PLAN_INPUTS.terraformPlan,
    Scan: PLAN_INPUTS.scan,
    IpamResourceDiscoveryId: 'ipam-resource-discovery-id',
    IpamAccount: 'ipam-account',
    ReconcileBilling: 'reconcile-billing',
};
/** Every input validate() reads: those above and each threshold's. */
const INPUT_NAMES = [
    ...Object.values(Inputs),
    ...gate_thresholds/* THRESHOLD_ENTRIES */.TI.map(([, entry]) => entry.input),
];

const DEFAULTS = {
    mode: 'multi-account',
    awsRegion: 'us-east-1',
    audience: 'sts.amazonaws.com',
    roleSessionName: 'aws-ipv4-audit',
    memberRoleName: 'OrganizationAccountAccessRole',
    // A folder of its own, as the action's artifact: runs never spill into the working directory.
    outputDir: 'ipv4-audit-reports',
    concurrency: 32,
    // An EC2 Describe page answers within seconds. A call that times out is tried 3 times
    // (clients.ts), so a silent endpoint fails its account-region in about 90 s, not hours.
    requestTimeoutSeconds: 30,
    pricePerIpHour: 0.005,
};
const ACCOUNT_ID = /^\d{12}$/;
/** Whether `value` is an AWS account id: twelve digits. */
const isAccountId = (value) => ACCOUNT_ID.test(value);
// IAM role names may carry a path prefix; characters per IAM's documented set.
const ROLE_NAME = /^[\w+=,.@/-]{1,64}$/;
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function present(value) {
    const trimmed = value?.trim();
    return trimmed === '' ? undefined : trimmed;
}
/** Splits a comma (or newline) separated list; empty items are dropped. */
function parseList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** A region name the SDK's partition data knows (e.g. us-east-1, eu-central-2, us-gov-west-1). */
function isKnownRegion(name) {
    return 'description' in (0,client.partition)(name);
}
/** One scan reads one partition, the one of its home region: a region of another fails late. */
function samePartition(regions, home, input = Inputs.Regions) {
    const expected = (0,client.partition)(home).name;
    const other = regions.find((region) => (0,client.partition)(region).name !== expected);
    if (other !== undefined) {
        throw new InputError(input, `'${other}' is in partition ${(0,client.partition)(other).name}, and the scan's '${Inputs.AwsRegion}' ` +
            `'${home}' in ${expected}: one scan reads one partition`);
    }
    return regions;
}
function parseRegions(input, value) {
    const regions = parseList(value);
    if (regions.length === 0)
        throw new InputError(input, `no region in '${value}'`);
    for (const region of regions) {
        if (!isKnownRegion(region))
            throw new InputError(input, `unknown region '${region}'`);
    }
    return [...new Set(regions)];
}
// Organizations' ids: a root `r-` and 4-32 characters; an OU `ou-`, its root's part, `-`, 8-32 more.
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const OU_ID = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
/** A list in which every item is checked by `check` (its problem, or undefined) and given once. */
function distinctList(input, value, noun, check) {
    const items = parseList(value);
    if (items.length === 0)
        throw new InputError(input, `no ${noun} in '${value}'`);
    const seen = new Set();
    for (const item of items) {
        const problem = check(item);
        if (problem !== undefined)
            throw new InputError(input, problem);
        if (seen.has(item))
            throw new InputError(input, `'${item}' is given twice`);
        seen.add(item);
    }
    return items;
}
function parseOrganizationalUnits(input, value) {
    return distinctList(input, value, 'organizational unit', (id) => OU_ID.test(id) || ROOT_ID.test(id)
        ? undefined
        : `'${id}' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)`);
}
function parseExcludedAccounts(input, value) {
    return distinctList(input, value, 'account', (id) => isAccountId(id) ? undefined : `'${id}' is not a 12-digit AWS account id`);
}
function parseExcludedRegions(input, value, home) {
    const regions = distinctList(input, value, 'region', (region) => isKnownRegion(region) ? undefined : `unknown region '${region}'`);
    samePartition(regions, home, input);
    return regions;
}
function parseAccounts(input, value) {
    const accounts = parseList(value);
    if (accounts.length === 0)
        throw new InputError(input, `no account in '${value}'`);
    for (const account of accounts) {
        if (!isAccountId(account)) {
            throw new InputError(input, `'${account}' is not a 12-digit AWS account id`);
        }
    }
    return [...new Set(accounts)];
}
function parseInteger(input, value, min, max) {
    const n = Number(value);
    if (max === undefined && /^\d+$/.test(value) && n > Number.MAX_SAFE_INTEGER) {
        throw new InputError(input, `'${value}' is too large`);
    }
    if (!/^\d+$/.test(value) || n < min || n > (max ?? Number.MAX_SAFE_INTEGER)) {
        const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
        throw new InputError(input, `'${value}' is not a whole number ${range}`);
    }
    return n;
}
/** The price a report may hold: 200 times AWS's USD 0.005 leaves room for any real price. */
const MAX_PRICE_PER_IP_HOUR = 1;
function parsePrice(input, value) {
    const price = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || !Number.isFinite(price) || price > MAX_PRICE_PER_IP_HOUR) {
        throw new InputError(input, `'${value}' is not a price from 0 to ${MAX_PRICE_PER_IP_HOUR} USD per address-hour`);
    }
    return price;
}
function parseBoolean(input, value) {
    const parsed = (0,yamlBoolean/* yamlBoolean */.q)(value);
    if (parsed === undefined)
        throw new InputError(input, `'${value}' is not true or false`);
    return parsed;
}
// EC2 ids: the prefix, then hexadecimal (8 digits in older ids, 17 now).
const DISCOVERY_ID = /^ipam-res-disco-[0-9a-f]{8,32}$/;
/**
 * The IPAM cross-check's inputs. The IPAM account of another than the caller is reached through
 * the member role, which only multi-account mode assumes; 'ipam-account' means nothing without a
 * resource discovery to ask ('max-ipam-missed' without one fails the gate closed).
 */
function parseIpam(raw, mode) {
    const resourceDiscoveryId = optional(raw, Inputs.IpamResourceDiscoveryId, (v) => {
        if (!DISCOVERY_ID.test(v)) {
            throw new InputError(Inputs.IpamResourceDiscoveryId, `'${v}' is not an IPAM resource discovery id (ipam-res-disco- and 8 to 32 hexadecimal digits)`);
        }
        return v;
    });
    const accountId = optional(raw, Inputs.IpamAccount, (v) => {
        if (!isAccountId(v)) {
            throw new InputError(Inputs.IpamAccount, `'${v}' is not a 12-digit AWS account id`);
        }
        return v;
    });
    for (const input of [Inputs.IpamAccount]) {
        if (resourceDiscoveryId === undefined && present(raw[input]) !== undefined) {
            throw new InputError(input, `needs '${Inputs.IpamResourceDiscoveryId}': without it IPAM is not asked`);
        }
    }
    if (accountId !== undefined && mode === 'single-account') {
        throw new InputError(Inputs.IpamAccount, `applies to multi-account mode only (mode is 'single-account'): another account is ` +
            `reached through the member role; leave it out to ask the caller's account`);
    }
    if (resourceDiscoveryId === undefined)
        return undefined;
    return { resourceDiscoveryId, ...(accountId !== undefined ? { accountId } : {}) };
}
function parseGateOn(value) {
    if (value === 'all' || value === 'new')
        return value;
    throw new InputError(Inputs.GateOn, `'${value}' is not all or new`);
}
function parseMode(value) {
    if (value === 'single-account' || value === 'multi-account')
        return value;
    throw new InputError(Inputs.Mode, `'${value}' is not single-account or multi-account`);
}
function parseCredentials(raw) {
    const roleArn = present(raw[Inputs.RoleToAssume]);
    const profile = present(raw[Inputs.Profile]);
    const accessKeyId = present(raw[Inputs.AccessKeyId]);
    const secretAccessKey = present(raw[Inputs.SecretAccessKey]);
    const sessionToken = present(raw[Inputs.SessionToken]);
    if (accessKeyId !== undefined && secretAccessKey === undefined) {
        throw new InputError(Inputs.SecretAccessKey, `must be given with '${Inputs.AccessKeyId}'`);
    }
    if (secretAccessKey !== undefined && accessKeyId === undefined) {
        throw new InputError(Inputs.AccessKeyId, `must be given with '${Inputs.SecretAccessKey}'`);
    }
    if (sessionToken !== undefined && accessKeyId === undefined) {
        throw new InputError(Inputs.SessionToken, `needs '${Inputs.AccessKeyId}' and '${Inputs.SecretAccessKey}'`);
    }
    // Two sources of credentials: one would be ignored without a word.
    if (profile !== undefined && accessKeyId !== undefined) {
        throw new InputError(Inputs.Profile, `'${profile}' and '${Inputs.AccessKeyId}' are two sources of credentials: give one`);
    }
    if (roleArn !== undefined) {
        if (!ROLE_ARN.test(roleArn)) {
            throw new InputError(Inputs.RoleToAssume, `'${roleArn}' is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)`);
        }
        const roleSessionName = present(raw[Inputs.RoleSessionName]) ?? DEFAULTS.roleSessionName;
        if (!SESSION_NAME.test(roleSessionName)) {
            throw new InputError(Inputs.RoleSessionName, `'${roleSessionName}' must be 2-64 characters of letters, digits and +=,.@_-`);
        }
        return {
            kind: 'web-identity',
            roleArn,
            audience: present(raw[Inputs.Audience]) ?? DEFAULTS.audience,
            roleSessionName,
        };
    }
    if (accessKeyId !== undefined && secretAccessKey !== undefined) {
        return {
            kind: 'static',
            accessKeyId,
            secretAccessKey,
            ...(sessionToken ? { sessionToken } : {}),
        };
    }
    if (profile !== undefined)
        return { kind: 'profile', profile };
    return { kind: 'ambient' };
}
function optional(raw, name, parse) {
    const value = present(raw[name]);
    return value === undefined ? undefined : parse(value);
}
/**
 * Which accounts and regions the scan covers: named, or the organisation's (or its OUs'), less
 * the excluded ones. What only multi-account mode reads is refused elsewhere rather than
 * silently ignored, as are inputs that contradict each other.
 */
function scope(raw, mode, home) {
    for (const input of [
        Inputs.Accounts,
        Inputs.ExternalId,
        Inputs.OrganizationalUnits,
        Inputs.ExcludeAccounts,
    ]) {
        if (mode === 'single-account' && present(raw[input]) !== undefined) {
            throw new InputError(input, `applies to multi-account mode only (mode is 'single-account')`);
        }
    }
    refuseTogether(raw);
    return {
        ...withDefined('accounts', optional(raw, Inputs.Accounts, (v) => parseAccounts(Inputs.Accounts, v))),
        ...withDefined('organizationalUnits', optional(raw, Inputs.OrganizationalUnits, (v) => parseOrganizationalUnits(Inputs.OrganizationalUnits, v))),
        ...withDefined('excludeAccounts', optional(raw, Inputs.ExcludeAccounts, (v) => parseExcludedAccounts(Inputs.ExcludeAccounts, v))),
        ...withDefined('regions', optional(raw, Inputs.Regions, (v) => samePartition(parseRegions(Inputs.Regions, v), home))),
        ...withDefined('excludeRegions', optional(raw, Inputs.ExcludeRegions, (v) => parseExcludedRegions(Inputs.ExcludeRegions, v, home))),
    };
}
/** Validates raw inputs into Options, or throws the first InputError. Makes no AWS call. */
function validate(raw) {
    const mode = optional(raw, Inputs.Mode, parseMode) ?? DEFAULTS.mode;
    const awsRegion = optional(raw, Inputs.AwsRegion, (v) => {
        if (!isKnownRegion(v))
            throw new InputError(Inputs.AwsRegion, `unknown region '${v}'`);
        return v;
    });
    const memberRoleName = optional(raw, Inputs.MemberRoleName, (v) => {
        if (!ROLE_NAME.test(v))
            throw new InputError(Inputs.MemberRoleName, `'${v}' is not a valid IAM role name`);
        return v;
    });
    const externalId = optional(raw, Inputs.ExternalId, (v) => {
        if (!/^[\w+=,.@:/-]{2,1224}$/.test(v)) {
            throw new InputError(Inputs.ExternalId, 'must be 2-1224 characters of letters, digits and +=,.@:/-');
        }
        return v;
    });
    const thresholds = (0,gate_thresholds/* readThresholds */.rZ)((input) => present(raw[input]), (input, problem) => {
        throw new InputError(input, problem);
    });
    const plan = planInputs(raw, [Inputs.Baseline, Inputs.Suppressions]);
    const ipam = parseIpam(raw, mode);
    return {
        mode,
        awsRegion: awsRegion ?? DEFAULTS.awsRegion,
        credentials: parseCredentials(raw),
        ...scope(raw, mode, awsRegion ?? DEFAULTS.awsRegion),
        memberRoleName: memberRoleName ?? DEFAULTS.memberRoleName,
        ...(externalId ? { externalId } : {}),
        outputDir: present(raw[Inputs.OutputPath]) ?? DEFAULTS.outputDir,
        concurrency: optional(raw, Inputs.Concurrency, (v) => parseInteger(Inputs.Concurrency, v, 1, 256)) ??
            DEFAULTS.concurrency,
        requestTimeoutSeconds: optional(raw, Inputs.RequestTimeout, (v) => parseInteger(Inputs.RequestTimeout, v, 1, 600)) ??
            DEFAULTS.requestTimeoutSeconds,
        pricePerIpHour: optional(raw, Inputs.PricePerIpHour, (v) => parsePrice(Inputs.PricePerIpHour, v)) ??
            DEFAULTS.pricePerIpHour,
        ...withDefined('suppressionsFile', present(raw[Inputs.Suppressions])),
        ...withDefined('baseline', present(raw[Inputs.Baseline])),
        gateOn: parseGateOnWith(raw),
        ...withDefined('ipam', ipam),
        ...(optional(raw, Inputs.ReconcileBilling, (v) => parseBoolean(Inputs.ReconcileBilling, v))
            ? { reconcileBilling: true }
            : {}),
        thresholds,
        ...withDefined('terraformPlans', plan.terraformPlans),
        scan: plan.scan,
    };
}
/**
 * Inputs that contradict each other: one would be ignored, or the other make no sense. Named
 * accounts and OUs both say which accounts to scan; an exclusion narrows the organisation's
 * accounts (or every enabled region), not a list the user gave.
 */
function refuseTogether(raw) {
    const pairs = [
        [
            Inputs.OrganizationalUnits,
            Inputs.Accounts,
            `and '${Inputs.Accounts}' both say which accounts to scan: give one`,
        ],
        [
            Inputs.ExcludeAccounts,
            Inputs.Accounts,
            `excludes from the organisation's accounts, and '${Inputs.Accounts}' names the accounts ` +
                `to scan: leave the excluded ones out of '${Inputs.Accounts}' instead`,
        ],
        [
            Inputs.ExcludeRegions,
            Inputs.Regions,
            `excludes from every enabled region, and '${Inputs.Regions}' names the regions to scan: ` +
                `leave the excluded ones out of '${Inputs.Regions}' instead`,
        ],
    ];
    for (const [input, other, problem] of pairs) {
        if (present(raw[input]) !== undefined && present(raw[other]) !== undefined) {
            throw new InputError(input, problem);
        }
    }
}
/** `new` compares with a baseline: without one, every finding would count, silently. */
function parseGateOnWith(raw) {
    const gateOn = optional(raw, Inputs.GateOn, parseGateOn) ?? 'all';
    if (gateOn === 'new' && present(raw[Inputs.Baseline]) === undefined) {
        throw new InputError(Inputs.GateOn, `'new' counts the findings absent from a baseline, and no '${Inputs.Baseline}' is set`);
    }
    return gateOn;
}
function withDefined(key, value) {
    return value === undefined ? {} : { [key]: value };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/options/outputDir.ts
// The report directory is made, and proven writable, before the first AWS call: an
// organisation's scan must not be thrown away at its end for a mistyped path. Directories are
// made one level at a time: Node's recursive mkdir never returns on some paths (/proc/...).
// What it made is removed again when the run stops before writing the reports, so a refused run
// leaves no empty folder behind; a folder that was there before, or holds anything, stays.




const codeOf = (error) => error.code ?? String(error);
/**
 * Creates `dir` (and missing parents) and checks a file can be written in it; else InputError,
 * having removed what it created. Returns the folders it created, outermost first.
 */
async function prepareOutputDir(input, dir) {
    const target = external_node_path_default().resolve(dir);
    const missing = [];
    for (let current = target;; current = external_node_path_default().dirname(current)) {
        const found = await (0,promises_.stat)(current).catch((error) => codeOf(error));
        if (typeof found !== 'string') {
            if (!found.isDirectory()) {
                throw new InputError(input, current === target
                    ? `'${dir}' is a file, not a directory`
                    : `'${dir}' is below a file ('${current}')`);
            }
            break;
        }
        // ENOTDIR: a parent is a file; the walk up finds it and says so.
        if (found !== 'ENOENT' && found !== 'ENOTDIR') {
            throw new InputError(input, `cannot use '${dir}': ${found} on '${current}'`);
        }
        missing.unshift(current);
        if (external_node_path_default().dirname(current) === current)
            break;
    }
    const created = [];
    try {
        for (const folder of missing) {
            const made = await (0,promises_.mkdir)(folder).then(() => true, (error) => {
                if (codeOf(error) === 'EEXIST')
                    return false;
                throw new InputError(input, `cannot create '${folder}' for '${dir}': ${codeOf(error)}`);
            });
            if (made)
                created.push(folder);
        }
        const probe = external_node_path_default().join(target, `.aws-ipv4-audit-write-test-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.writeFile)(probe, '', { flag: 'wx' });
        }
        catch (error) {
            throw new InputError(input, `cannot write in '${dir}': ${codeOf(error)}`);
        }
        await (0,promises_.unlink)(probe);
    }
    catch (error) {
        await removeCreatedDirs(created);
        throw error;
    }
    return created;
}
/**
 * Removes the folders `prepareOutputDir` created, innermost first, each only while it is empty
 * (rmdir refuses a folder that holds anything): never one that existed before, never a file.
 */
async function removeCreatedDirs(created) {
    for (const folder of [...created].reverse()) {
        const removed = await (0,promises_.rmdir)(folder).then(() => true, () => false);
        // A folder that stays (something was put in it) keeps its parents too.
        if (!removed)
            return;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/options/suppressionFile.ts
// Reads a suppressions YAML file into Suppression entries, or fails with the file, the line and
// the problem \u2014 before any AWS call. The format:
//
//   suppressions:
//     - address: 54.210.10.4
//       reason: Bastion host, reviewed by the network team
//       expires: 2027-03-31
//     - account: '222222222222'
//       interface-type: NAT Gateway
//       reason: NAT gateways need their Elastic IPs
//     - tag: { key: ipv4-audit, value: accepted }
//       reason: Accepted in the 2026 review




const MATCH_KEYS = {
    address: 'address',
    'interface-id': 'interfaceId',
    'allocation-id': 'allocationId',
    account: 'account',
    region: 'region',
    'interface-type': 'interfaceType',
    service: 'service',
};
const ALL_KEYS = [...Object.keys(MATCH_KEYS), 'tag', 'reason', 'expires'];
async function loadSuppressions(input, file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new InputError(input, `cannot read '${file}': ${error.code ?? (0,errorMessage/* errorMessage */.g)(error)}`);
    }
    return parseSuppressions(input, file, text);
}
function parseSuppressions(input, file, text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const fail = (node, problem) => {
        const line = node?.range ? lines.linePos(node.range[0]).line : 1;
        throw new InputError(input, `${file}:${line}: ${problem}`);
    };
    const first = doc.errors[0];
    if (first) {
        throw new InputError(input, `${file}:${lines.linePos(first.pos[0]).line}: ${first.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return [];
    let list = root;
    if ((0,dist/* isMap */.jh)(root)) {
        const keys = root.items.map((pair) => String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key));
        const unknown = keys.find((k) => k !== 'suppressions');
        if (unknown !== undefined)
            fail(root, `unknown key '${unknown}' (the file holds 'suppressions:')`);
        list = root.get('suppressions', true);
    }
    if (list === undefined || list === null || ((0,dist/* isScalar */.jn)(list) && list.value === null))
        return [];
    if (!(0,dist/* isSeq */.oP)(list))
        return fail(list, "'suppressions' must be a list of entries");
    return list.items.map((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            return fail(item, 'each entry must be a mapping with a reason');
        return entry(item, file, lines, fail);
    });
}
function entry(item, file, lines, fail) {
    const match = {};
    let reason;
    let expires;
    for (const pair of item.items) {
        const keyNode = pair.key;
        const key = String((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode);
        const valueNode = pair.value;
        const scalar = () => scalarText(valueNode, keyNode, `'${key}'`, fail);
        if (!ALL_KEYS.includes(key)) {
            fail(keyNode, `unknown key '${key}' (allowed: ${ALL_KEYS.join(', ')})`);
        }
        else if (key === 'reason') {
            reason = scalar();
        }
        else if (key === 'expires') {
            // YAML may hand over a date as a string or a Date: keep the written text.
            const text = (0,dist/* isScalar */.jn)(valueNode) ? String(valueNode.source ?? valueNode.value) : '';
            if (!isCalendarDate(text)) {
                fail(valueNode ?? keyNode, `'expires' must be a date like 2027-01-31, not '${text}'`);
            }
            expires = text;
        }
        else if (key === 'tag') {
            if (!(0,dist/* isMap */.jh)(valueNode))
                return fail(valueNode ?? keyNode, "'tag' must be a mapping with 'key' and optional 'value'");
            const keyOf = (name) => valueNode.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === name);
            const tagKeyPair = keyOf('key');
            const tagValuePair = keyOf('value');
            const extra = valueNode.items
                .map((p) => String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key))
                .find((k) => k !== 'key' && k !== 'value');
            if (extra !== undefined)
                fail(valueNode, `unknown key '${extra}' in 'tag' (allowed: key, value)`);
            if (tagKeyPair === undefined)
                fail(valueNode, "'tag' needs a 'key'");
            const tagKey = scalarText(tagKeyPair?.value, valueNode, "the tag's 'key'", fail);
            const tagValue = tagValuePair === undefined ||
                ((0,dist/* isScalar */.jn)(tagValuePair.value) && tagValuePair.value.value === null)
                ? undefined
                : scalarText(tagValuePair.value, valueNode, "the tag's 'value'", fail);
            match.tag = { key: tagKey, ...(tagValue !== undefined ? { value: tagValue } : {}) };
        }
        else {
            const value = scalar();
            if (key === 'account' && !isAccountId(value))
                fail(valueNode ?? keyNode, `'account' must be a 12-digit account id, not '${value}'`);
            match[MATCH_KEYS[key]] = value;
        }
    }
    const source = `${file}:${item.range ? lines.linePos(item.range[0]).line : 1}`;
    if (reason === undefined || reason === '')
        fail(item, "entry has no 'reason': say why the finding is accepted");
    if (Object.keys(match).length === 0)
        fail(item, `entry matches nothing: give at least one of ${[...Object.keys(MATCH_KEYS), 'tag'].join(', ')}`);
    return { match, reason: reason, ...(expires !== undefined ? { expires } : {}), source };
}
/**
 * The written text of a scalar, not YAML's reading of it (012345678901 must not become a
 * number); a mapping, a list or nothing is refused with the file and line.
 */
function scalarText(node, near, what, fail) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || typeof node.value === 'object') {
        return fail(node ?? near, `${what} must be a single value (text), not a mapping or a list`);
    }
    return (node.source ?? String(node.value)).trim();
}
/** `YYYY-MM-DD` naming a day that exists: 2027-02-30 does not. */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m === null)
        return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day);
}

;// CONCATENATED MODULE: ./src/audit/preflight.ts





/** The `baseline` value that asks the action for its last artifact rather than a file. */
const ARTIFACT_BASELINE = 'artifact';
/** The suppressions and the baseline file, once the output directory is known to be writable. */
async function preflight(options) {
    const suppressions = options.suppressionsFile === undefined
        ? []
        : await loadSuppressions(Inputs.Suppressions, options.suppressionsFile);
    const baselineFile = options.baseline === undefined || options.baseline === ARTIFACT_BASELINE
        ? undefined
        : await baselineInput(options.baseline);
    const createdDirs = await prepareOutputDir(Inputs.OutputPath, options.outputDir);
    return { suppressions, ...(baselineFile ? { baselineFile } : {}), createdDirs };
}
/** A baseline file the user named: a typo or a wrong file is their input's error. */
async function baselineInput(file) {
    try {
        return await readBaselineFile(file);
    }
    catch (error) {
        throw new InputError(Inputs.Baseline, `'${file}' cannot be the baseline: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/analyze/baselineDiff.ts
var analyze_baselineDiff = __webpack_require__(87334);
// EXTERNAL MODULE: ./src/analyze/cost.ts
var cost = __webpack_require__(60167);
// EXTERNAL MODULE: ./src/kinds/findingKinds.ts + 6 modules
var findingKinds = __webpack_require__(19494);
// EXTERNAL MODULE: ./src/analyze/compareAddress.ts
var compareAddress = __webpack_require__(10791);
;// CONCATENATED MODULE: ./src/kinds/recommendations.ts
// Every recommended action of a run as one list, biggest monthly saving first: what the summary's
// "top actions", the terminal and remediation.sh show. Computed once per run (runAudit).



/**
 * Every kind's findings that have an action, read once per run: their subjects and reasons are
 * strings built per row, and the cost summary and the recommendations both need them.
 */
function actionableFindings(findings) {
    return findingKinds/* FINDING_KINDS */.m.flatMap((kind) => [...kind.actionable(findings)]);
}
/** Biggest saving first; then by account, region, address and subject, whatever the scan order. */
function recommendations(actionable, pricePerIpHour) {
    // A literal, not `{ ...finding, monthlySavingUsd }`: on Node 20's V8 every spread copy with
    // a property added got a hidden class of its own (~0.5 KB each, 36 MB at 50,000 findings).
    return actionable
        .map((finding) => ({
        accountId: finding.accountId,
        region: finding.region,
        address: finding.address,
        subject: finding.subject,
        why: finding.why,
        action: finding.action,
        monthlySavingUsd: (0,cost/* actionSavingUsd */.zg)(finding.action, pricePerIpHour, finding.byoip),
    }))
        .sort((a, b) => b.monthlySavingUsd - a.monthlySavingUsd ||
        (0,compareAddress/* compareText */.n6)(a.accountId, b.accountId) ||
        (0,compareAddress/* compareText */.n6)(a.region, b.region) ||
        (0,compareAddress/* compareAddress */.A7)(a.address, b.address) ||
        (0,compareAddress/* compareText */.n6)(a.subject, b.subject));
}

;// CONCATENATED MODULE: ./src/kinds/costSummary.ts
// What the scanned public IPv4 addresses cost: every kind of finding gives the addresses it holds
// and the recommended actions it has; cost.ts counts and prices them.



function costSummary(findings, pricePerIpHour, 
/** The findings' actions when the caller has them already (runAudit reads them once). */
actionable = actionableFindings(findings)) {
    return (0,cost/* summarizeCost */.Z1)(findingKinds/* FINDING_KINDS */.m.flatMap((kind) => [...kind.addresses(findings)]), actionable, pricePerIpHour);
}

// EXTERNAL MODULE: ./src/kinds/findingAddresses.ts
var findingAddresses = __webpack_require__(84656);
// EXTERNAL MODULE: ./src/model/recommendedAction.ts
var recommendedAction = __webpack_require__(48160);
;// CONCATENATED MODULE: ./src/analyze/reasons.ts
// The Reason column of eni_public_ips.csv. These texts are part of the output contract:
// reports, gates and people's spreadsheets match on them, so change them only on purpose.
const NO_PUBLIC_RULES = 'No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface.';
const NO_PUBLIC_INGRESS = 'No public IPv4 range is allowed for ingress in the security groups on the interface.';
const SSH_ONLY = 'Only tcp port 22 is open to public IPv4 ranges; consider EC2 Instance Connect.';
const NO_IGW_ROUTE = 'The route table of the subnet has no active route to an internet gateway.';
const UNATTACHED = 'The interface is not attached to any resource.';
function sgNotAssessed(detail) {
    return `Security groups not assessed: ${detail}.`;
}
function routesNotAssessed(detail) {
    return `Routes not assessed: ${detail}.`;
}
// Details for the not-assessed reasons.
const SG_RULES_FAILED = 'DescribeSecurityGroupRules failed';
const ROUTE_TABLES_FAILED = 'DescribeRouteTables failed';
function prefixListUnreadable(prefixListId) {
    return `prefix list ${prefixListId} could not be read`;
}
function noRouteTableFor(subnetId) {
    return `no route table found for subnet ${subnetId}`;
}
function groupOfOtherAccount(groupId, accountId) {
    return `${groupId} belongs to account ${accountId}`;
}

// EXTERNAL MODULE: ./src/analyze/owningService.ts
var owningService = __webpack_require__(14867);
;// CONCATENATED MODULE: ./src/analyze/recommendedAction.ts
// What to do about a finding, when something should be done: the advice, and where one AWS CLI
// command (or two, in order) does it, those commands complete and runnable. The tool only
// recommends: it never runs them (remediation.sh lists them all commented out).



/** AWS CLI arguments that need no quoting; anything else is single-quoted for the shell. */
const PLAIN = /^[\w./:@=+-]+$/;
const quote = (value) => (PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
function awsCli(args) {
    return ['aws', ...args].map(quote).join(' ');
}
/** The setting that keeps a service's interface off the internet, where the interface does not
 * name the resource (so no command can be filled in). */
const PUBLIC_ACCESS_SETTINGS = new Map([
    [
        owningService/* Service */.kl.Rds,
        "Turn off the DB instance's Publicly accessible setting (aws rds modify-db-instance --no-publicly-accessible); the interface does not name the instance.",
    ],
    [
        owningService/* Service */.kl.Redshift,
        "Turn off the cluster's Publicly accessible setting (aws redshift modify-cluster --no-publicly-accessible); the interface does not name the cluster.",
    ],
    [
        owningService/* Service */.kl.Dms,
        'Recreate the replication instance without Publicly accessible (it cannot be changed in place); the interface does not name it.',
    ],
    [
        owningService/* Service */.kl.Ecs,
        "Set assignPublicIp to DISABLED in the service's awsvpcConfiguration and reach the internet through a NAT gateway or VPC endpoints instead.",
    ],
    [
        owningService/* Service */.kl.Workspaces,
        "Turn off the directory's Internet access setting for new WorkSpaces (aws workspaces modify-workspace-creation-properties), then rebuild the WorkSpace.",
    ],
]);
/** Releases an Elastic IP by allocation id, or by address for one without (EC2-Classic's). */
function releaseCommand(allocationId, publicIp, region) {
    return allocationId
        ? awsCli(['ec2', 'release-address', '--allocation-id', allocationId, '--region', region])
        : awsCli(['ec2', 'release-address', '--public-ip', publicIp, '--region', region]);
}
function elasticIpCommands(row) {
    return [
        ...(row.associationId
            ? [
                awsCli([
                    'ec2',
                    'disassociate-address',
                    '--association-id',
                    row.associationId,
                    '--region',
                    row.region,
                ]),
            ]
            : []),
        releaseCommand(row.allocationId, row.address, row.region),
    ];
}
function elasticIpAction(row) {
    const pool = row.byoip ? ' It returns to your BYOIP pool, where it costs nothing.' : '';
    return {
        kind: recommendedAction/* ActionKind */.L.ReleaseElasticIp,
        advice: `Disassociate the Elastic IP from the interface, then release it.${pool}`,
        commands: elasticIpCommands(row),
        removesAddress: true,
    };
}
/** Advice only: no command can change the address on this interface. */
function advice(kind, text) {
    return { kind, advice: text, commands: [], removesAddress: true };
}
/**
 * An interface a service manages (Operator.Managed): only that service changes it, so the action
 * says who; modify-network-interface-attribute would be refused or undone.
 */
function managedAction(row) {
    return advice(recommendedAction/* ActionKind */.L.TurnOffPublicAccess, `The interface is managed by ${row.managedBy} (${row.service}): change or remove its public address through that service's own settings, not on the interface: modify-network-interface-attribute cannot change a managed interface.`);
}
function natGatewayAction(row) {
    // The NAT gateway's id comes from its interface's description, which AWS wrote: it may name
    // the gateway in the advice, never in a command (no id read from a description is run).
    const gateway = row.resourceId === undefined ? 'the NAT gateway' : `NAT gateway ${row.resourceId}`;
    const eip = row.allocationId === undefined ? 'its Elastic IP' : `its Elastic IP ${row.allocationId}`;
    return advice(recommendedAction/* ActionKind */.L.DeleteNatGateway, `Nothing reaches the internet through this NAT gateway: delete ${gateway}, then release ${eip}. Only the interface's description names the gateway: check it in the VPC console before deleting.`);
}
/** An EC2 instance's, an unattached or an otherwise attached interface (no service vouched for). */
function ownInterfaceAction(row) {
    const region = ['--region', row.region];
    if (row.requesterManaged === true && row.service !== owningService/* Service */.kl.Unattached) {
        return advice(recommendedAction/* ActionKind */.L.TurnOffPublicAccess, 'AWS manages this interface for a service (it is requester-managed): no one can modify it or its addresses directly; remove the public address through the service that created it.');
    }
    if (row.addressType === 'Elastic IP')
        return elasticIpAction(row);
    if (row.service === owningService/* Service */.kl.Unattached) {
        return {
            kind: recommendedAction/* ActionKind */.L.DeleteInterface,
            advice: 'The interface is attached to nothing: delete it, and its public address with it.',
            commands: [
                awsCli([
                    'ec2',
                    'delete-network-interface',
                    '--network-interface-id',
                    row.interfaceId,
                    ...region,
                ]),
            ],
            removesAddress: true,
        };
    }
    if (row.service === owningService/* Service */.kl.Other) {
        return advice(recommendedAction/* ActionKind */.L.TurnOffPublicAccess, "The interface is attached to something other than one of this account's instances (a service's resource, or another account's instance): remove the public address through whatever it is attached to.");
    }
    return {
        kind: recommendedAction/* ActionKind */.L.RemovePublicIp,
        advice: 'Remove the auto-assigned public IPv4 address from the interface.',
        commands: [
            awsCli([
                'ec2',
                'modify-network-interface-attribute',
                '--network-interface-id',
                row.interfaceId,
                '--no-associate-public-ip-address',
                ...region,
            ]),
        ],
        removesAddress: true,
    };
}
/**
 * The action for a HIGH-suspicion address: the address looks unnecessary. Every id in a command
 * comes from a field AWS sets (the interface, association and allocation ids), never from a
 * description; where the owning resource is not named by one, the action is advice.
 */
function removeAddress(row) {
    if (row.managedBy !== undefined)
        return managedAction({ ...row, managedBy: row.managedBy });
    const setting = PUBLIC_ACCESS_SETTINGS.get(row.service);
    if (setting !== undefined)
        return advice(recommendedAction/* ActionKind */.L.TurnOffPublicAccess, setting);
    switch (row.service) {
        case owningService/* Service */.kl.NatGateway:
            return natGatewayAction(row);
        case owningService/* Service */.kl.LoadBalancer:
            return advice(recommendedAction/* ActionKind */.L.MakeLoadBalancerInternal, 'Recreate the load balancer with the internal scheme (a scheme cannot be changed in place), or delete it if nothing uses it.');
        case owningService/* Service */.kl.Ec2:
        case owningService/* Service */.kl.Unattached:
        case owningService/* Service */.kl.Other:
            return ownInterfaceAction(row);
        default:
            return advice(recommendedAction/* ActionKind */.L.TurnOffPublicAccess, `The address belongs to ${row.service}: turn off its public access in that service's settings.`);
    }
}
/** The action for an address on an interface; none for LOW, UNKNOWN and accepted findings. */
function eniAction(row) {
    if (row.suppressionReason !== undefined)
        return undefined;
    if (row.suspicion === 'HIGH')
        return removeAddress(row);
    if (row.suspicion === 'MODERATE' && row.reasons.includes(SSH_ONLY)) {
        return {
            kind: recommendedAction/* ActionKind */.L.UseInstanceConnect,
            advice: 'Only SSH is open to the internet: reach the instance through an EC2 Instance Connect Endpoint, then remove the public address.',
            commands: [],
            removesAddress: true,
        };
    }
    return undefined;
}
function unassociatedEipAction(eip) {
    if (eip.suppressionReason !== undefined)
        return undefined;
    if (eip.serviceManaged !== undefined) {
        // AWS releases it with the resource it holds it for: release-address would be refused.
        return advice(recommendedAction/* ActionKind */.L.ReleaseUnassociatedElasticIp, `AWS manages this Elastic IP for a service (ServiceManaged ${eip.serviceManaged}): it goes when that service's resource releases it, not with release-address.`);
    }
    return {
        kind: recommendedAction/* ActionKind */.L.ReleaseUnassociatedElasticIp,
        advice: eip.byoip
            ? 'The Elastic IP is associated with nothing: release it. It returns to your BYOIP pool, so it saves nothing.'
            : 'The Elastic IP is associated with nothing and is charged all the same: release it.',
        commands: [releaseCommand(eip.allocationId, eip.publicIp, eip.region)],
        removesAddress: true,
    };
}
function autoAssignSubnetAction(subnet) {
    return {
        kind: recommendedAction/* ActionKind */.L.StopAutoAssign,
        advice: 'The subnet gives new instances public addresses that cannot reach an internet gateway: stop auto-assigning them. (Addresses already given are listed in eni_public_ips.)',
        commands: [
            awsCli([
                'ec2',
                'modify-subnet-attribute',
                '--subnet-id',
                subnet.subnetId,
                '--no-map-public-ip-on-launch',
                '--region',
                subnet.region,
            ]),
        ],
        removesAddress: false,
    };
}
/**
 * Every finding that should be acted on, with its action, in new rows: the input is left as it
 * was. Give it suppressed rows (applySuppressions' result): an accepted finding gets none.
 */
function recommendActions(findings) {
    return {
        ...findings,
        eniPublicIps: findings.eniPublicIps.map((row) => withAction(row, eniAction(row))),
        unassociatedEips: findings.unassociatedEips.map((eip) => withAction(eip, unassociatedEipAction(eip))),
        autoAssignSubnets: findings.autoAssignSubnets.map((subnet) => withAction(subnet, autoAssignSubnetAction(subnet))),
    };
}
// The action first, then the row: copies share one hidden class per shape on Node 20 and 24.
// `{ ...row, action }` gave every copy a class of its own on Node 20's V8 (~0.5 KB a row), and
// Object.assign made rows of 25 fields into dictionaries.
function withAction(row, action) {
    if (row.action === undefined)
        return action === undefined ? row : { action, ...row };
    const { action: replaced, ...rest } = row;
    return (action === undefined ? rest : { action, ...rest });
}

// EXTERNAL MODULE: ./src/analyze/history.ts
var analyze_history = __webpack_require__(64240);
;// CONCATENATED MODULE: ./src/analyze/suppressions.ts
// Suppressions: findings a team has accepted, each with a reason and maybe an expiry date.
// Pure matching; loading and validating the YAML file is src/suppressionFile.ts.

/** Every condition of the entry must hold (an entry with several conditions narrows). */
function matches(match, finding) {
    const same = (want, have) => want === undefined || want === have;
    if (!same(match.address, finding.address))
        return false;
    if (!same(match.interfaceId, finding.interfaceId))
        return false;
    if (!same(match.allocationId, finding.allocationId))
        return false;
    if (!same(match.account, finding.account))
        return false;
    if (!same(match.region, finding.region))
        return false;
    if (!same(match.interfaceType, finding.interfaceType))
        return false;
    if (!same(match.service, finding.service))
        return false;
    if (match.tag !== undefined) {
        const value = finding.tags?.get(match.tag.key);
        if (value === undefined)
            return false;
        if (match.tag.value !== undefined && match.tag.value !== value)
            return false;
    }
    return true;
}
function isExpired(suppression, today) {
    return suppression.expires !== undefined && suppression.expires < today;
}
function eniMatchable(row) {
    return {
        address: row.address,
        interfaceId: row.interfaceId,
        ...(row.allocationId !== undefined ? { allocationId: row.allocationId } : {}),
        account: row.ownerAccountId,
        region: row.region,
        interfaceType: row.interfaceType,
        service: row.service,
        ...(row.tags !== undefined ? { tags: row.tags } : {}),
    };
}
function eipMatchable(row) {
    return {
        address: row.publicIp,
        ...(row.networkInterfaceId !== undefined ? { interfaceId: row.networkInterfaceId } : {}),
        ...(row.allocationId !== undefined ? { allocationId: row.allocationId } : {}),
        account: row.accountId,
        region: row.region,
        interfaceType: row.associationId === undefined ? 'Unassociated Elastic IP' : 'Elastic IP',
        service: owningService/* Service */.kl.ElasticIp,
        ...(row.tags !== undefined ? { tags: row.tags } : {}),
    };
}
/**
 * Every finding an entry in force matches, marked with that entry's reason (the first matching
 * entry wins), in new rows: the input is left as it was. Marked rows stay in every report, out
 * of the gate counts.
 */
function applySuppressions(rows, suppressions, today) {
    const active = suppressions.filter((s) => !isExpired(s, today));
    const used = new Set();
    let suppressed = 0;
    const mark = (row, finding) => {
        const entry = active.find((s) => matches(s.match, finding));
        if (entry === undefined)
            return row;
        used.add(entry);
        suppressed++;
        // The new field first, then the row: one hidden class per shape (withAction says why).
        const { suppressionReason: replaced, ...rest } = row;
        return { suppressionReason: entry.reason, ...rest };
    };
    const marked = {
        ...rows,
        eniPublicIps: rows.eniPublicIps.map((row) => mark(row, eniMatchable(row))),
        associatedEips: rows.associatedEips.map((row) => mark(row, eipMatchable(row))),
        unassociatedEips: rows.unassociatedEips.map((row) => mark(row, eipMatchable(row))),
    };
    return {
        rows: marked,
        outcome: {
            expired: suppressions.filter((s) => isExpired(s, today)),
            unused: active.filter((s) => !used.has(s)),
            suppressed,
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cost-explorer/dist-es/CostExplorerClient.js + 8 modules
var CostExplorerClient = __webpack_require__(11693);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js + 8 modules
var EC2Client = __webpack_require__(64601);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-global-accelerator/dist-es/GlobalAcceleratorClient.js + 8 modules
var GlobalAcceleratorClient = __webpack_require__(56977);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/OrganizationsClient.js + 8 modules
var OrganizationsClient = __webpack_require__(5306);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/STSClient.js + 8 modules
var STSClient = __webpack_require__(34928);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(97523);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var config = __webpack_require__(47291);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
var node_http_handler = __webpack_require__(93291);
// EXTERNAL MODULE: ./src/common/version.ts + 1 modules
var version = __webpack_require__(91176);
;// CONCATENATED MODULE: ./src/aws/answerDeadline.ts
/** An answer that was still arriving at the deadline. */
class AnswerDeadlineError extends Error {
    name = 'TimeoutError';
}
class AnswerDeadlineHandler {
    inner;
    deadlineMs;
    metadata;
    constructor(inner, deadlineMs) {
        this.inner = inner;
        this.deadlineMs = deadlineMs;
        this.metadata = inner.metadata;
    }
    async handle(request, options) {
        const started = Date.now();
        const answer = await this.inner.handle(request, options);
        const body = answer.response.body;
        if (typeof body?.destroy !== 'function' || typeof body.once !== 'function')
            return answer;
        const timer = setTimeout(() => body.destroy?.(new AnswerDeadlineError(`the answer was still arriving after ${this.deadlineMs} ms`)), Math.max(0, this.deadlineMs - (Date.now() - started)));
        body.once('close', () => clearTimeout(timer));
        return answer;
    }
    updateHttpClientConfig(...args) {
        this.inner.updateHttpClientConfig(...args);
    }
    httpHandlerConfigs() {
        return this.inner.httpHandlerConfigs();
    }
    destroy() {
        this.inner.destroy();
    }
}

;// CONCATENATED MODULE: ./src/aws/requestCounter.ts
class RequestCounter {
    count = 0;
    /** A middleware in the deserialize step, inside the retries: it runs once per attempt. */
    plugin() {
        return {
            applyToStack: (stack) => stack.add((next) => (args) => {
                this.count++;
                return next(args);
            }, { step: 'deserialize', name: 'requestCounterMiddleware' }),
        };
    }
    get sent() {
        return this.count;
    }
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(23609);
;// CONCATENATED MODULE: ./src/aws/timeoutRetryStrategy.ts
// The SDK's adaptive retries, with few attempts for time-outs. Throttling and 5xx answers come
// back fast, so the full budget (maxAttempts) is cheap and rides out a shared EC2 rate limit; a
// time-out costs the whole request time-out per attempt, so ten of them would hold one call for
// ten times that. A call may time out `timeoutAttempts` times in all, whatever else it met.

/**
 * NodeHttpHandler names its own time-outs (connecting, the answer, an idle socket) TimeoutError,
 * and also connections dropped or refused under it (ECONNRESET, ECONNREFUSED, EPIPE, ETIMEDOUT).
 */
function isTimeoutError(error) {
    return error instanceof Error && error.name === 'TimeoutError';
}
class TimeoutRetryStrategy extends retry.AdaptiveRetryStrategy {
    timeoutAttempts;
    /** How often the call a token belongs to has timed out so far. */
    timeouts = new WeakMap();
    constructor(maxAttempts, timeoutAttempts) {
        super(maxAttempts);
        this.timeoutAttempts = timeoutAttempts;
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const timeouts = (this.timeouts.get(token) ?? 0) + (isTimeoutError(errorInfo.error) ? 1 : 0);
        // Refused as the SDK refuses a retry: the retry middleware then throws the call's error.
        if (timeouts >= this.timeoutAttempts)
            throw new Error('No retry token available');
        const next = await super.refreshRetryTokenForRetry(token, errorInfo);
        this.timeouts.set(next, timeouts);
        return next;
    }
}

;// CONCATENATED MODULE: ./src/aws/timeoutMessage.ts


/** The user's words for a time-out of the handler; undefined for any other error. */
function timeoutMessage(error, limits) {
    const trickled = error instanceof AnswerDeadlineError;
    // Dropped and refused connections are TimeoutErrors too, but their own messages say it all.
    if (!isTimeoutError(error) ||
        (!trickled && !error.message.startsWith('@smithy/node-http-handler'))) {
        return undefined;
    }
    const { attempts = 1 } = error.$metadata ?? {};
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    if (trickled)
        return `Timed out after ${limits.wholeAnswerSeconds} s: the answer was still arriving (${tries})`;
    return error.message.includes('establish a connection')
        ? `Timed out after ${limits.connectSeconds} s connecting (${tries})`
        : `Timed out after ${limits.answerSeconds} s waiting for an answer (${tries})`;
}
/** Rewrites time-out messages once the call's retries are over. */
function timeoutMessagePlugin(limits) {
    return {
        applyToStack: (stack) => stack.add((next) => async (args) => {
            try {
                return await next(args);
            }
            catch (error) {
                const message = timeoutMessage(error, limits);
                if (message !== undefined)
                    error.message = message;
                throw error;
            }
        }, 
        // The first step, outside the retries: $metadata.attempts is final.
        { step: 'initialize', name: 'timeoutMessageMiddleware' }),
    };
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
// One factory for every AWS client of a scan: a shared keep-alive HTTP handler (so hundreds of
// account-region clients reuse sockets instead of opening their own pools), time-outs that fail
// a call, retries tuned for a shared EC2 rate limit, and the tool's user agent. Endpoints come
// from the SDK's own resolution, including AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE>.
// What does not depend on the account is resolved once per scan, not once per client: the
// SDK's environment and config-file settings, and one EC2 client per account and region.
















/** Global Accelerator's API lives in us-west-2 (aws partition). */
const GLOBAL_ACCELERATOR_REGION = 'us-west-2';
/** Cost Explorer's API lives in us-east-1 (aws partition): ce.us-east-1.amazonaws.com. */
const COST_EXPLORER_REGION = 'us-east-1';
/** A TCP connection to an AWS endpoint takes milliseconds; one that takes 10 s is not coming. */
const CONNECT_TIMEOUT_SECONDS = 10;
/** An answer must be complete within this many request time-outs of the attempt's start. */
const ANSWER_DEADLINE_FACTOR = 2;
class ClientFactory {
    handler;
    limits;
    maxAttempts;
    timeoutAttempts;
    requests = new RequestCounter();
    /**
     * The settings each SDK client would otherwise read from the environment and the shared config
     * files itself (the same loaders, the same answer for every account), read once.
     */
    settings = {
        useFipsEndpoint: (0,config.memoize)((0,config.loadConfig)(config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS)),
        useDualstackEndpoint: (0,config.memoize)((0,config.loadConfig)(config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS)),
        userAgentAppId: (0,config.memoize)((0,config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS)),
        authSchemePreference: (0,config.memoize)((0,config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS)),
    };
    /** By the account's credentials: its DescribeRegions client is also its home region's. */
    ec2Clients = new WeakMap();
    constructor(options) {
        const agentOptions = { keepAlive: true, maxSockets: options.maxSockets };
        const answerSeconds = options.requestTimeoutSeconds;
        this.limits = {
            connectSeconds: Math.min(CONNECT_TIMEOUT_SECONDS, answerSeconds),
            answerSeconds,
            wholeAnswerSeconds: answerSeconds * ANSWER_DEADLINE_FACTOR,
        };
        const http11 = new node_http_handler/* NodeHttpHandler */.$({
            httpAgent: new (external_node_http_default()).Agent(agentOptions),
            httpsAgent: new (external_node_https_default()).Agent(agentOptions),
            connectionTimeout: this.limits.connectSeconds * 1000,
            // Counts from the start of the attempt until the answer's headers; without
            // throwOnRequestTimeout the handler only logs a warning and waits on forever.
            requestTimeout: answerSeconds * 1000,
            throwOnRequestTimeout: true,
            // An answer that stalls after its headers: the socket's idle time-out.
            socketTimeout: answerSeconds * 1000,
        });
        // And one that trickles in: the whole answer has a deadline.
        this.handler = new AnswerDeadlineHandler(http11, this.limits.wholeAnswerSeconds * 1000);
        this.maxAttempts = options.maxAttempts ?? 10;
        this.timeoutAttempts = options.timeoutAttempts ?? 3;
    }
    common(region, credentials) {
        return {
            ...this.settings,
            region,
            ...(credentials ? { credentials } : {}),
            requestHandler: this.handler,
            // The strategy decides; maxAttempts still fills the amz-sdk-request header.
            maxAttempts: this.maxAttempts,
            // One per client, as the SDK's own: adaptive mode keeps a rate limiter per instance.
            retryStrategy: new TimeoutRetryStrategy(this.maxAttempts, this.timeoutAttempts),
            customUserAgent: [[version/* TOOL_NAME */.l, version/* VERSION */.x]],
            // The middleware chain resolved once per command type and client, not on every send
            // (pages, prefix lists); the clients' stacks are complete before their first call.
            cacheMiddleware: true,
        };
    }
    /** The EC2 client of an account (its credentials) in a region; one per pair. */
    ec2(region, credentials) {
        let byRegion = this.ec2Clients.get(credentials);
        if (!byRegion)
            this.ec2Clients.set(credentials, (byRegion = new Map()));
        let client = byRegion.get(region);
        if (!client) {
            client = this.instrumented(new EC2Client/* EC2Client */.g(this.common(region, credentials)));
            byRegion.set(region, client);
        }
        return client;
    }
    sts(region, credentials) {
        return this.instrumented(new STSClient/* STSClient */.i(this.common(region, credentials)));
    }
    organizations(region, credentials) {
        return this.instrumented(new OrganizationsClient/* OrganizationsClient */.g(this.common(region, credentials)));
    }
    globalAccelerator(credentials) {
        return this.instrumented(new GlobalAcceleratorClient/* GlobalAcceleratorClient */.M(this.common(GLOBAL_ACCELERATOR_REGION, credentials)));
    }
    /** Every request costs USD 0.01: the callers keep to a handful per run. */
    costExplorer(credentials) {
        return this.instrumented(new CostExplorerClient/* CostExplorerClient */.m(this.common(COST_EXPLORER_REGION, credentials)));
    }
    /** Every client: time-outs named in its errors, and its requests counted. */
    instrumented(client) {
        client.middlewareStack.use(timeoutMessagePlugin(this.limits));
        client.middlewareStack.use(this.requests.plugin());
        return client;
    }
    /** HTTP requests sent by every client of this factory so far, retries included. */
    get requestsSent() {
        return this.requests.sent;
    }
    /** Closes the shared sockets; clients must not be used afterwards. */
    destroy() {
        this.handler.destroy();
    }
}

// EXTERNAL MODULE: ./src/gate/evaluateGate.ts + 1 modules
var evaluateGate = __webpack_require__(9711);
// EXTERNAL MODULE: ./src/format/formatUsd.ts
var formatUsd = __webpack_require__(52858);
// EXTERNAL MODULE: ./src/plan/dependencyText.ts
var dependencyText = __webpack_require__(8481);
// EXTERNAL MODULE: ./src/gate/gateCheck.ts
var gateCheck = __webpack_require__(62821);
;// CONCATENATED MODULE: ./src/gate/planChecks.ts
// The gate on what the pull request's Terraform plans change: the limits of the thresholds table
// that judge the plans (`max-plan-added`, `max-plan-monthly-increase-usd`). Fail closed: a count
// that waits for a value the plan cannot know ("depends on") is a lower bound, so a threshold in
// force does not pass on it. A plan that could not be read never gets here: it fails the run
// before anything else.




/** The first few changes that add addresses, as `aws_eip.a (+1)`. */
function adders(report) {
    const all = report.files.flatMap((f) => f.changes).filter((c) => c.added > 0);
    return {
        shown: all.slice(0, gateCheck/* EXAMPLES */.kS).map((c) => `${c.address} (+${c.added})`),
        count: all.length,
    };
}
/** What the counts wait for, as one clause; empty when the plans tell it all. */
function waitingFor(report) {
    const waiting = report.files.flatMap((f) => f.changes).filter((c) => c.dependsOn.length > 0);
    if (waiting.length === 0)
        return '';
    const shown = waiting
        .slice(0, gateCheck/* EXAMPLES */.kS)
        .map((c) => `${c.address}: ${c.dependsOn.map(dependencyText/* dependencyText */.t).join('; ')}`);
    const more = waiting.length > shown.length ? `; and ${waiting.length - shown.length} more` : '';
    return (`${waiting.length} changes depend on what the plan cannot know yet, so the counts are lower ` +
        `bounds and the gate cannot pass on them (${shown.join('; ')}${more})`);
}
/** A plan limit's check: its figure against the limit, failing closed on what the plans cannot know. */
function planCheck(entry, report, limit, said) {
    const { input } = entry;
    const count = entry.measure(report.totals);
    const what = entry.said(count);
    const name = said.name(input);
    const { format } = entry.value;
    const within = count <= limit;
    const unknown = entry.failClosed === 'unknown-values' ? said.unknown : '';
    const passed = within && unknown === '';
    let message;
    if (!within)
        message = `${what} exceed ${name} (${format(limit)}) by ${(0,formatUsd/* roundCents */.Ei)(count - limit)}: ${said.over}`;
    else if (!passed)
        message = `${what}, within ${name} (${format(limit)}) as far as the plan tells: ${unknown}`;
    else
        message = `${what}, within ${name} (${format(limit)})`;
    if (!within && unknown !== '')
        message += `; ${unknown}`;
    return { input, count, limit, bound: 'max', passed, message };
}
/** The plan's checks in force, in the table's order; none without a plan threshold. */
function planChecks(report, thresholds, name = gateCheck/* quoted */.TL) {
    const examples = adders(report);
    const over = examples.shown.join(', ') +
        (examples.count > examples.shown.length
            ? `, and ${examples.count - examples.shown.length} more`
            : '');
    const said = { over, unknown: waitingFor(report), name };
    return gate_thresholds/* THRESHOLD_ENTRIES */.TI.flatMap(([key, entry]) => {
        const limit = thresholds[key];
        return entry.judges === 'plan' && typeof limit === 'number'
            ? [planCheck(entry, report, limit, said)]
            : [];
    });
}
/** A verdict with the plan's checks after the scan's: the run passes only when all pass. */
function withPlanChecks(gate, checks) {
    const all = [...gate.checks, ...checks];
    const violations = all.filter((check) => !check.passed);
    return { ...gate, checks: all, violations, passed: violations.length === 0 };
}
function planGate(checks) {
    const violations = checks.filter((check) => !check.passed);
    return { passed: violations.length === 0, checks: [...checks], violations };
}

// EXTERNAL MODULE: ./src/analyze/coverage.ts
var analyze_coverage = __webpack_require__(34136);
;// CONCATENATED MODULE: ./src/kinds/mergeFindings.ts

function mergeFindings(findings, accelerators) {
    // Accelerators are global: one more part, beside the account-regions'.
    const parts = [
        ...findings,
        { globalAccelerators: [...accelerators] },
    ];
    const joined = (kind) => {
        const all = parts.flatMap((part) => (part[kind.member] ?? []));
        return kind.arranged({ [kind.member]: all });
    };
    return Object.fromEntries(findingKinds/* FINDING_KINDS */.m.map((kind) => [kind.member, joined(kind)]));
}

// EXTERNAL MODULE: ./src/analyze/policyDenials.ts
var policyDenials = __webpack_require__(59726);
// EXTERNAL MODULE: ./src/analyze/sortOrder.ts
var sortOrder = __webpack_require__(40584);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleWithWebIdentityCommand.js
var AssumeRoleWithWebIdentityCommand = __webpack_require__(64107);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleCommand.js
var AssumeRoleCommand = __webpack_require__(17265);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js
var GetCallerIdentityCommand = __webpack_require__(33546);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-es/fromIni.js
var fromIni = __webpack_require__(34149);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-es/fromNodeProviderChain.js
var fromNodeProviderChain = __webpack_require__(92861);
;// CONCATENATED MODULE: ./src/kinds/regionSources.ts

const REGION_SOURCES = findingKinds/* FINDING_KINDS */.m.flatMap((kind) => (kind.source ? [{ ...kind.source, member: kind.member }] : []));
/** The IAM actions of the kinds' calls, in FINDING_KINDS' order. */
const SOURCE_ACTIONS = REGION_SOURCES.map((source) => source.action);
/** Reads every source through `chain` (the call queue, which names each call by its action). */
async function readSources(ec2, chain) {
    const answers = await Promise.all(REGION_SOURCES.map((source) => chain(source.action, () => source.read(ec2))));
    return new Map(REGION_SOURCES.flatMap((source, i) => answers[i] === undefined ? [] : [[source.action, answers[i]]]));
}
/** Each source's rows from its answer (none where the call failed: an error row says so). */
function sourcedFindings(accountId, region, answers) {
    return Object.fromEntries(REGION_SOURCES.map((source) => [
        source.member,
        source.rows(accountId, region, answers.get(source.action)),
    ]));
}

;// CONCATENATED MODULE: ./src/aws/sessionPolicy.ts
// Session policies: whatever the roles allow, the scan's sessions can only make the read calls
// it needs. Member-account sessions (AssumeRole) carry the read calls; the caller's web-identity
// session (GitHub OIDC) also scans its own account, and in multi-account mode lists the
// organisation's accounts (all, or those under organizational units) and assumes the member
// role, so it carries those calls more and nothing else; with a reconciliation on, its calls
// too (IPAM's, which the caller makes when it owns the IPAM; Cost Explorer's).

const READ_ACTIONS = [
    'ec2:DescribeRegions',
    'ec2:DescribeAddresses',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeSubnets',
    'ec2:DescribeRouteTables',
    'ec2:DescribeSecurityGroupRules',
    // The kinds read by calls of their own (Site-to-Site VPN connections).
    ...SOURCE_ACTIONS,
    'ec2:GetManagedPrefixListEntries',
    'globalaccelerator:ListAccelerators',
    'globalaccelerator:ListCustomRoutingAccelerators',
];
/** What the caller reads of the organisation: its accounts, or those under OUs (`organizational-units`). */
const ORGANIZATION_ACTIONS = [
    'organizations:ListAccounts',
    'organizations:ListAccountsForParent',
    'organizations:ListChildren',
];
const readStatement = {
    Sid: 'Ipv4AuditReadOnly',
    Effect: 'Allow',
    Action: READ_ACTIONS,
    Resource: '*',
};
/** The session policy of every member-account session. */
const SESSION_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [readStatement] });
/** The IPAM cross-check's call, in the IPAM account ('ipam-resource-discovery-id'). */
const IPAM_ACTIONS = ['ec2:GetIpamDiscoveredPublicAddresses'];
/** The billing reconciliation's calls, from the caller's account ('reconcile-billing'). */
const BILLING_ACTIONS = ['ce:GetDimensionValues', 'ce:GetCostAndUsage'];
/** The session policy of the member-role session in the IPAM account: the IPAM call alone. */
const IPAM_SESSION_POLICY = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Ipv4AuditIpam', Effect: 'Allow', Action: IPAM_ACTIONS, Resource: '*' }],
});
/**
 * The session policy of the caller's web-identity session: the read calls, and in multi-account
 * mode the organisation's account listings (ORGANIZATION_ACTIONS) and sts:AssumeRole on the
 * member role only (any account, any partition).
 */
function callerSessionPolicy(multiAccount, memberRoleName, reconcile = {}) {
    const organisation = [
        {
            Sid: 'Ipv4AuditListAccounts',
            Effect: 'Allow',
            Action: ORGANIZATION_ACTIONS,
            Resource: '*',
        },
        {
            Sid: 'Ipv4AuditAssumeMemberRole',
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: `arn:*:iam::*:role/${memberRoleName}`,
        },
    ];
    const records = [
        ...(reconcile.ipam
            ? [{ Sid: 'Ipv4AuditIpam', Effect: 'Allow', Action: IPAM_ACTIONS, Resource: '*' }]
            : []),
        ...(reconcile.billing
            ? [{ Sid: 'Ipv4AuditBilling', Effect: 'Allow', Action: BILLING_ACTIONS, Resource: '*' }]
            : []),
    ];
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [readStatement, ...(multiAccount ? organisation : []), ...records],
    });
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
// Every way the scan gets credentials: the caller's own (ambient chain, profile, static keys,
// or GitHub OIDC web identity) and member-account sessions via AssumeRole. Each credential is
// handed to `mask` as soon as it arrives, before anything could echo it.




/** Refresh a session this long before it expires, so no call signs with a dying key. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const SESSION_SECONDS = 3600;
function maskIdentity(identity, mask) {
    mask(identity.accessKeyId);
    mask(identity.secretAccessKey);
    if (identity.sessionToken)
        mask(identity.sessionToken);
    return identity;
}
function fromStsCredentials(credentials) {
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
        throw new Error('STS returned no credentials');
    }
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
        ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
    };
}
/** Memoizes a provider, refreshing it shortly before its credentials expire. */
function refreshing(provider) {
    return (0,config.memoize)(provider, (c) => c.expiration !== undefined && c.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS, (c) => c.expiration !== undefined);
}
/** The caller's own credentials. */
function baseCredentials(source, deps) {
    const { mask } = deps;
    switch (source.kind) {
        case 'static': {
            const identity = maskIdentity({
                accessKeyId: source.accessKeyId,
                secretAccessKey: source.secretAccessKey,
                ...(source.sessionToken ? { sessionToken: source.sessionToken } : {}),
            }, mask);
            return () => Promise.resolve(identity);
        }
        case 'profile': {
            const provider = (0,fromIni/* fromIni */.n)({ profile: source.profile });
            return refreshing(async () => maskIdentity(await provider(), mask));
        }
        case 'ambient': {
            const provider = (0,fromNodeProviderChain/* fromNodeProviderChain */.b)();
            return refreshing(async () => maskIdentity(await provider(), mask));
        }
        case 'web-identity': {
            const { getIdToken } = deps;
            if (!getIdToken)
                throw new Error("'role-to-assume' needs a GitHub OIDC token provider");
            // A fresh OIDC token per session: GitHub's tokens live minutes, a long scan outlives them.
            return refreshing(async () => {
                const token = await getIdToken(source.audience);
                mask(token);
                const response = await deps.sts.send(new AssumeRoleWithWebIdentityCommand/* AssumeRoleWithWebIdentityCommand */.W({
                    RoleArn: source.roleArn,
                    RoleSessionName: source.roleSessionName,
                    WebIdentityToken: token,
                    ...(deps.webIdentityPolicy ? { Policy: deps.webIdentityPolicy } : {}),
                    DurationSeconds: SESSION_SECONDS,
                }));
                return maskIdentity(fromStsCredentials(response.Credentials), mask);
            });
        }
    }
}
/** A member account's session, assumed with the caller's credentials and the read-only policy. */
function memberCredentials(role, deps, policy = SESSION_POLICY) {
    return refreshing(async () => {
        const response = await deps.sts.send(new AssumeRoleCommand/* AssumeRoleCommand */.Q({
            RoleArn: role.roleArn,
            RoleSessionName: role.sessionName,
            ...(role.externalId ? { ExternalId: role.externalId } : {}),
            Policy: policy,
            DurationSeconds: SESSION_SECONDS,
        }));
        return maskIdentity(fromStsCredentials(response.Credentials), deps.mask);
    });
}
async function callerIdentity(sts) {
    const response = await sts.send(new GetCallerIdentityCommand/* GetCallerIdentityCommand */.z({}));
    const arn = response.Arn ?? '';
    const accountId = response.Account ?? '';
    return { accountId, arn, partition: arn.split(':')[1] || 'aws' };
}
function memberRoleArn(partition, accountId, roleName) {
    return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

;// CONCATENATED MODULE: ./src/aws/errorDetails.ts
/** Whatever an endpoint answered, on one line: codes and messages end up in logs and CSV rows. */
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
/**
 * What the SDK names an answer it could not read (a proxy's page, a load balancer's 502), and
 * what that body was not: such a row names the HTTP status instead.
 */
const UNREADABLE = {
    Unknown: 'an AWS error',
    UnknownError: 'an AWS error',
    // A JSON service's answer that is not JSON at all.
    SyntaxError: 'JSON',
};
function errorDetails(error) {
    if (error instanceof Error) {
        const status = error.$metadata
            ?.httpStatusCode;
        const notA = Object.hasOwn(UNREADABLE, error.name) ? UNREADABLE[error.name] : undefined;
        if (notA !== undefined && typeof status === 'number') {
            return {
                code: `HTTP ${status}`,
                message: `the endpoint answered HTTP ${status} with a body that is not ${notA}`,
            };
        }
        // SDK service exceptions carry the AWS error code as their name; socket errors a `code`.
        const withCode = error;
        const code = error.name && error.name !== 'Error'
            ? error.name
            : typeof withCode.code === 'string'
                ? withCode.code
                : 'Error';
        return { code: oneLine(code), message: oneLine(error.message) };
    }
    return { code: 'Error', message: oneLine(String(error)) };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/pagination/ListAccountsPaginator.js + 1 modules
var ListAccountsPaginator = __webpack_require__(90656);
// EXTERNAL MODULE: ./src/collect/answers.ts
var answers = __webpack_require__(73265);
;// CONCATENATED MODULE: ./src/collect/listAccounts.ts


function listAccounts(organizations) {
    return (0,answers/* pageItems */.Gj)((0,ListAccountsPaginator/* paginateListAccounts */.A)({ client: organizations, pageSize: 20 }, {}), (page) => page.Accounts, { fromAws: true });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/pagination/ListAccountsForParentPaginator.js + 1 modules
var ListAccountsForParentPaginator = __webpack_require__(22793);
;// CONCATENATED MODULE: ./src/collect/listAccountsForParent.ts


/** The accounts directly in one root or OU (not those of the OUs under it), all pages. */
function listAccountsForParent(organizations, parentId) {
    return (0,answers/* pageItems */.Gj)((0,ListAccountsForParentPaginator/* paginateListAccountsForParent */.H)({ client: organizations, pageSize: 20 }, { ParentId: parentId }), (page) => page.Accounts, { fromAws: true });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-es/pagination/ListChildrenPaginator.js + 1 modules
var ListChildrenPaginator = __webpack_require__(10625);
;// CONCATENATED MODULE: ./src/collect/listChildOrganizationalUnits.ts


/** The ids of the OUs directly in one root or OU (ListChildren, ORGANIZATIONAL_UNIT), all pages. */
async function listChildOrganizationalUnits(organizations, parentId) {
    const children = await (0,answers/* pageItems */.Gj)((0,ListChildrenPaginator/* paginateListChildren */.X)({ client: organizations, pageSize: 20 }, { ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT' }), (page) => page.Children, { fromAws: true });
    return children.flatMap((child) => (child.Id ? [child.Id] : []));
}

;// CONCATENATED MODULE: ./src/scan/accountSession.ts


/** `policy`: the member session's session policy (default the scan's read calls). */
function accountSession(accountId, source, policy) {
    const { caller, options } = source;
    if (accountId === caller.accountId) {
        return { accountId, credentials: source.callerCredentials, assumed: false };
    }
    const credentials = memberCredentials({
        roleArn: memberRoleArn(caller.partition, accountId, options.memberRoleName),
        sessionName: version/* TOOL_NAME */.l,
        ...(options.externalId ? { externalId: options.externalId } : {}),
    }, { sts: source.callerSts, mask: source.mask }, ...(policy !== undefined ? [policy] : []));
    return { accountId, credentials, assumed: true };
}

// EXTERNAL MODULE: ./node_modules/p-queue/dist/index.js + 4 modules
var p_queue_dist = __webpack_require__(19052);
;// CONCATENATED MODULE: ./src/scan/callQueue.ts
// One bounded pool for every AWS call chain of the scan, across all accounts and regions, with
// priorities: discover targets first, finish started targets before starting new ones. A chain
// that fails is recorded in the error log and yields undefined: the scan goes on without it.
// It knows which chains are running and since when, so progress can name what it waits on.

const Priority = { account: 2, followUp: 1, chain: 0 };
class CallQueue {
    errors;
    now;
    queue;
    nextId = 0;
    /** Running chains in the order they started: the first is the one running longest. */
    running = new Map();
    constructor(concurrency, errors, now = () => performance.now()) {
        this.errors = errors;
        this.now = now;
        this.queue = new p_queue_dist/* default */.Ay({ concurrency });
    }
    /** Runs one call chain for `target`, labelled `api` (e.g. `ec2:DescribeSubnets`) if it fails. */
    async run(target, api, chain, priority = Priority.chain) {
        const tracked = async () => {
            const id = this.nextId++;
            this.running.set(id, {
                accountId: target.accountId,
                region: target.region,
                api,
                since: this.now(),
            });
            try {
                return await chain();
            }
            finally {
                this.running.delete(id);
            }
        };
        try {
            return await this.queue.add(tracked, { priority });
        }
        catch (error) {
            this.errors.record(target.accountId, target.region, api, error);
            return undefined;
        }
    }
    /** The chain running longest, if any runs. */
    oldestRunning() {
        return this.running.values().next().value;
    }
}

;// CONCATENATED MODULE: ./src/scan/errorLog.ts
// Every call that failed after its retries. The scan never stops for one: it records the
// failure here and goes on without that data. A workflow shows only a few annotations per step,
// so the first failures are warnings, the rest info lines, and one closing warning says how many
// there were; the CSV lists every one. A call an organisation policy denied is judged only once
// the scan is done: a region that policy denies wholly is not a scan error (and is no warning
// at all, or a Control Tower organisation would warn every day), a denied call in a region
// whose other calls answered is.



/** Failures beyond this many are logged as info lines and counted in one closing warning. */
const WARNED = 10;
const lineOf = (row) => `${row.accountId} ${row.region} ${row.api}: ${row.errorCode}: ${row.message}`;
class ErrorLog {
    logger;
    redact;
    rows = [];
    warned = 0;
    undecided = 0;
    constructor(logger, 
    /** Replaces masked values: an error message may quote a credential. */
    redact = (text) => text) {
        this.logger = logger;
        this.redact = redact;
    }
    record(accountId, region, api, error) {
        const details = errorDetails(error);
        const row = {
            accountId,
            region,
            api,
            errorCode: this.redact(details.code),
            message: this.redact(details.message),
        };
        this.rows.push(row);
        if ((0,policyDenials/* organisationPolicyOf */.aE)(row) === undefined)
            this.warn(lineOf(row));
        else {
            // Judged in close(); a Control Tower organisation denies hundreds of calls every run.
            this.undecided += 1;
            this.logger.debug(lineOf(row));
        }
        if (error instanceof Error && error.stack)
            this.logger.debug(this.redact(error.stack));
    }
    warn(line) {
        if (this.warned < WARNED) {
            this.warned += 1;
            this.logger.warning(line);
        }
        else
            this.logger.info(line);
    }
    /** Calls failed so far, but those an organisation policy denied (judged at the end). */
    get count() {
        return this.rows.length - this.undecided;
    }
    /** Every failure recorded, in report order. */
    all() {
        return [...this.rows].sort(sortOrder/* compareScanErrors */.I);
    }
    /**
     * Once the scan's `scanErrors` are known (all() but the account-regions denied by policy):
     * warns those an organisation policy denied, which are scan errors after all, then the closing
     * warning when some were not warned.
     */
    close(scanErrors) {
        for (const row of scanErrors)
            if ((0,policyDenials/* organisationPolicyOf */.aE)(row) !== undefined)
                this.warn(lineOf(row));
        if (scanErrors.length > this.warned) {
            this.logger.warning(`${scanErrors.length - this.warned} more AWS calls failed (${scanErrors.length} in all); every failure is listed in scan_errors.csv`);
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/accountsUnder.ts

/** A call about one root or OU that failed: which one, and which call. */
class OrganizationTreeError extends Error {
    parentId;
    operation;
    constructor(parentId, operation, cause) {
        super(`Organizations ${operation} failed for ${parentId}`, { cause });
        this.parentId = parentId;
        this.operation = operation;
        this.name = 'OrganizationTreeError';
    }
}
/** Organizations allows few requests a second: a few at once; the SDK retries what it throttles. */
const AT_ONCE = 4;
async function accountsUnder(parents, tree) {
    const queue = new p_queue_dist/* default */.Ay({ concurrency: AT_ONCE });
    const visited = new Set();
    const accounts = new Map();
    // After the first failure no call starts, and the run waits for those in flight: nothing
    // reaches AWS once the scan has given up.
    let failure;
    const call = async (parentId, operation, run) => {
        if (failure)
            throw failure;
        return queue.add(async () => {
            if (failure)
                throw failure;
            try {
                return await run();
            }
            catch (error) {
                failure ??= new OrganizationTreeError(parentId, operation, error);
                throw failure;
            }
        });
    };
    const visit = async (parentId) => {
        if (visited.has(parentId))
            return;
        visited.add(parentId);
        const [listed, children] = await Promise.all([
            call(parentId, 'ListAccountsForParent', () => tree.accountsIn(parentId)),
            call(parentId, 'ListChildren', () => tree.childOus(parentId)),
        ]);
        for (const account of listed)
            if (account.Id)
                accounts.set(account.Id, account);
        await Promise.all(children.map(visit));
    };
    try {
        await Promise.all(parents.map(visit));
    }
    catch (error) {
        queue.clear();
        await queue.onIdle();
        throw failure ?? error;
    }
    return [...accounts.values()];
}

;// CONCATENATED MODULE: ./src/scan/planAccounts.ts




const ACCESS_CODES = new Set([
    'AccessDeniedException',
    'AWSOrganizationsNotInUseException',
    'AccessDenied',
]);
/** Without the account list there is nothing to scan: this one failure is fatal. */
class OrganizationAccessError extends Error {
    code;
    constructor(code, detail, operation = 'ListAccounts') {
        super(`Organizations ${operation} failed: ${code}: ${detail}` +
            (ACCESS_CODES.has(code)
                ? ' Run from the management account or a delegated administrator account, ' +
                    "or name the accounts to scan with 'accounts' (--accounts)."
                : ''));
        this.code = code;
        this.name = 'OrganizationAccessError';
    }
}
function planAccounts(accounts) {
    const plan = { scan: [], unchecked: [] };
    for (const account of accounts) {
        if (!account.Id)
            continue;
        // `State` replaced the deprecated `Status`; older answers carry only the latter.
        const state = String(account.State ?? account.Status ?? 'UNKNOWN');
        if (state === 'ACTIVE') {
            plan.scan.push({ accountId: account.Id, ...(account.Name ? { name: account.Name } : {}) });
        }
        else {
            plan.unchecked.push({
                accountId: account.Id,
                ...(account.Name ? { name: account.Name } : {}),
                status: state,
            });
        }
    }
    plan.scan.sort((a, b) => (0,sortOrder/* compareText */.n6)(a.accountId, b.accountId));
    plan.unchecked.sort(sortOrder/* compareUncheckedAccounts */.K0);
    return plan;
}
/** The status of an account left out on purpose, in unchecked_accounts.csv. */
const EXCLUDED = 'excluded';
/**
 * `plan` without the `excluded` accounts, which join the unchecked ones with the status
 * `excluded` (whatever their state: the user left them out); one that names no account of
 * `plan` is a warning, as it excludes nothing.
 */
function excludeAccounts(plan, excluded, logger) {
    const out = new Set(excluded);
    const known = new Map([...plan.scan, ...plan.unchecked].map((a) => [a.accountId, a.name]));
    for (const id of excluded) {
        if (!known.has(id)) {
            logger.warning(`${Inputs.ExcludeAccounts}: ${id} is not one of the accounts to scan; it excludes nothing`);
        }
    }
    const left = excluded.flatMap((accountId) => {
        if (!known.has(accountId))
            return [];
        const name = known.get(accountId);
        return [{ accountId, ...(name === undefined ? {} : { name }), status: EXCLUDED }];
    });
    return {
        scan: plan.scan.filter((a) => !out.has(a.accountId)),
        unchecked: [...plan.unchecked.filter((a) => !out.has(a.accountId)), ...left].sort(sortOrder/* compareUncheckedAccounts */.K0),
    };
}
/** The accounts under the named roots and OUs; one not in the organisation is an input error. */
async function accountsOfUnits(units, organization) {
    try {
        return await accountsUnder(units, organization);
    }
    catch (error) {
        if (!(error instanceof OrganizationTreeError))
            throw error;
        const { code, message } = errorDetails(error.cause);
        if (code === 'ParentNotFoundException' && units.includes(error.parentId)) {
            throw new InputError(Inputs.OrganizationalUnits, `'${error.parentId}' is not a root or organizational unit of the organisation (${code}: ${message})`);
        }
        throw new OrganizationAccessError(code, `${error.parentId}: ${message}`, error.operation);
    }
}
/**
 * The accounts of this run: the caller's own (single-account), the named ones, or the ACTIVE
 * accounts of the organisation (or of the named OUs, nested ones included) as Organizations
 * lists them with the caller's credentials, less the excluded ones.
 */
async function accountsToScan(options, callerAccountId, organization, logger) {
    if (options.mode === 'single-account')
        return { scan: [callerAccountId], unchecked: [] };
    if (options.accounts)
        return { scan: options.accounts, unchecked: [] };
    const units = options.organizationalUnits;
    let accounts;
    if (units)
        accounts = await accountsOfUnits(units, organization);
    else {
        try {
            accounts = await organization.listAccounts();
        }
        catch (error) {
            const { code, message } = errorDetails(error);
            throw new OrganizationAccessError(code, message);
        }
    }
    const plan = excludeAccounts(planAccounts(accounts), options.excludeAccounts ?? [], logger);
    const excluded = plan.unchecked.filter((a) => a.status === EXCLUDED).length;
    logger.info(`${units ? `Organizational units ${units.join(', ')}` : 'Organization'}: ` +
        `${plan.scan.length} active account(s), ${plan.unchecked.length - excluded} not active` +
        (excluded > 0 ? `, ${excluded} excluded` : ''));
    return { scan: plan.scan.map((a) => a.accountId), unchecked: plan.unchecked };
}

;// CONCATENATED MODULE: ./src/analyze/accelerators.ts
/** The account in an ARN's fifth field (arn:aws:globalaccelerator::ACCOUNT:accelerator/...). */
function arnAccountId(arn) {
    const account = arn.split(':')[4];
    return account === undefined || account === '' ? undefined : account;
}
/**
 * Every IPv4 address of every accelerator, standard or custom-routing (the Python script kept only
 * accelerators with exactly two). Accelerators with no IPv4 address hold nothing to report.
 */
function acceleratorIps(ownerFallbackAccountId, records) {
    const rows = [];
    for (const record of records) {
        if (record.ipv4Addresses.length === 0)
            continue;
        const row = {
            ownerAccountId: arnAccountId(record.arn) ?? ownerFallbackAccountId,
            arn: record.arn,
            address1: record.ipv4Addresses[0] ?? '',
            address2: record.ipv4Addresses[1] ?? '',
            allAddresses: [...record.ipv4Addresses],
            kind: record.kind,
        };
        if (record.name !== undefined)
            row.name = record.name;
        rows.push(row);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/analyze/autoAssignSubnets.ts
/**
 * Subnets that hand every new instance a public IPv4 address but cannot route to an internet
 * gateway: the addresses cost money and reach nothing. Subnets whose routes could not be
 * assessed are left out, as are all of them when DescribeSubnets failed.
 */
function autoAssignSubnets(accountId, region, subnets, routeVerdicts) {
    const rows = [];
    for (const subnet of subnets ?? []) {
        if (subnet.MapPublicIpOnLaunch !== true || subnet.SubnetId === undefined)
            continue;
        if (routeVerdicts.get(subnet.SubnetId)?.kind !== 'noIgwRoute')
            continue;
        const row = {
            ownerAccountId: subnet.OwnerId ?? accountId,
            region,
            vpcId: subnet.VpcId ?? '',
            subnetId: subnet.SubnetId,
            scannedAccountId: accountId,
        };
        if (subnet.CidrBlock !== undefined)
            row.cidrBlock = subnet.CidrBlock;
        if (subnet.AvailabilityZone !== undefined)
            row.availabilityZone = subnet.AvailabilityZone;
        rows.push(row);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/analyze/tags.ts
/**
 * EC2's tag list as a Map; undefined when there are none, so rows stay small. A Map, not a plain
 * object: a lookup of `constructor` or `__proto__` must find only a tag of that name.
 */
function tagMap(tags) {
    if (!tags || tags.length === 0)
        return undefined;
    const map = new Map();
    for (const tag of tags)
        if (tag.Key !== undefined)
            map.set(tag.Key, tag.Value ?? '');
    return map;
}

;// CONCATENATED MODULE: ./src/analyze/elasticIps.ts

/** Outposts customer-owned (CoIP) addresses come from the customer's network: not public AWS IPv4. */
function isCustomerOwned(address) {
    return address.CustomerOwnedIp !== undefined || address.CustomerOwnedIpv4Pool !== undefined;
}
/** `amazon` for Amazon-owned addresses, else the BYOIP pool id. */
function poolOf(address) {
    return address.PublicIpv4Pool ?? 'amazon';
}
/** The region's public AWS Elastic IPs by address, for telling EIPs from auto-assigned ones. */
function elasticIpsByPublicIp(addresses) {
    const byIp = new Map();
    for (const address of addresses ?? []) {
        if (address.PublicIp !== undefined && !isCustomerOwned(address)) {
            byIp.set(address.PublicIp, address);
        }
    }
    return byIp;
}
function elasticIpRow(accountId, region, address) {
    const pool = poolOf(address);
    const row = {
        accountId,
        region,
        publicIp: address.PublicIp ?? '',
        pool,
        byoip: pool !== 'amazon',
    };
    const name = address.Tags?.find((tag) => tag.Key === 'Name')?.Value;
    if (address.AllocationId !== undefined)
        row.allocationId = address.AllocationId;
    if (address.AssociationId !== undefined)
        row.associationId = address.AssociationId;
    if (address.NetworkInterfaceId !== undefined)
        row.networkInterfaceId = address.NetworkInterfaceId;
    if (address.InstanceId !== undefined)
        row.instanceId = address.InstanceId;
    if (address.PrivateIpAddress !== undefined)
        row.privateIp = address.PrivateIpAddress;
    if (address.NetworkBorderGroup !== undefined)
        row.networkBorderGroup = address.NetworkBorderGroup;
    if (name !== undefined)
        row.name = name;
    if (address.ServiceManaged !== undefined)
        row.serviceManaged = address.ServiceManaged;
    const tags = tagMap(address.Tags);
    if (tags !== undefined)
        row.tags = tags;
    return row;
}
/**
 * The region's Elastic IPs split by association. `addresses` undefined (the call failed) gives
 * no rows; the failure is reported as a scan error.
 */
function elasticIps(accountId, region, addresses) {
    const associated = [];
    const unassociated = [];
    for (const address of addresses ?? []) {
        if (address.PublicIp === undefined || isCustomerOwned(address))
            continue;
        const row = elasticIpRow(accountId, region, address);
        (address.AssociationId === undefined ? unassociated : associated).push(row);
    }
    return { associated, unassociated };
}

;// CONCATENATED MODULE: ./src/analyze/eniPublicIps.ts


/**
 * Every distinct public IPv4 address on an interface: each private address's OWN association
 * (the Python script read the primary's for all of them), and the top-level association, which
 * repeats the primary's and only adds a row when PrivateIpAddresses does not carry it.
 */
function publicAddressesOf(eni) {
    const found = new Map();
    const top = eni.Association;
    for (const entry of eni.PrivateIpAddresses ?? []) {
        const own = entry.Association;
        const publicIp = own?.PublicIp;
        if (own === undefined || publicIp === undefined || publicIp === '' || found.has(publicIp)) {
            continue;
        }
        // The top-level copy of the primary's association may carry what the entry lacks.
        const copy = top?.PublicIp === publicIp ? top : undefined;
        found.set(publicIp, withKnown({
            address: publicIp,
            privateIp: entry.PrivateIpAddress ?? '',
            isPrimary: entry.Primary === true,
        }, {
            allocationId: own.AllocationId ?? copy?.AllocationId,
            associationId: own.AssociationId ?? copy?.AssociationId,
            ipOwnerId: own.IpOwnerId ?? copy?.IpOwnerId,
        }));
    }
    if (top?.PublicIp !== undefined && top.PublicIp !== '' && !found.has(top.PublicIp)) {
        found.set(top.PublicIp, withKnown({ address: top.PublicIp, privateIp: eni.PrivateIpAddress ?? '', isPrimary: true }, {
            allocationId: top.AllocationId,
            associationId: top.AssociationId,
            ipOwnerId: top.IpOwnerId,
        }));
    }
    return [...found.values()];
}
// Leaves unknown fields out rather than present-but-undefined, so rows compare and serialise cleanly.
function withKnown(base, ids) {
    if (ids.allocationId !== undefined)
        base.allocationId = ids.allocationId;
    if (ids.associationId !== undefined)
        base.associationId = ids.associationId;
    if (ids.ipOwnerId !== undefined)
        base.ipOwnerId = ids.ipOwnerId;
    return base;
}
/** An allocated EIP when its association names an allocation or the region lists it as an EIP. */
function addressTypeOf(allocationId, eip) {
    return allocationId !== undefined || eip !== undefined ? 'Elastic IP' : 'Public IP';
}
/** One row per public address of an interface, each carrying the interface's verdict. */
function eniPublicIpRows(eni, addresses, context) {
    return addresses.map((found) => {
        const eip = context.eipsByPublicIp.get(found.address);
        const allocationId = found.allocationId ?? eip?.AllocationId;
        const associationId = found.associationId ?? eip?.AssociationId;
        const row = {
            ownerAccountId: eni.OwnerId ?? context.accountId,
            region: context.region,
            interfaceId: eni.NetworkInterfaceId ?? '',
            address: found.address,
            vpcId: eni.VpcId ?? '',
            subnetId: eni.SubnetId ?? '',
            interfaceType: context.interfaceType,
            addressType: addressTypeOf(allocationId, eip),
            suspicion: context.suspicion,
            reasons: [...context.reasons],
            service: context.owner.service,
            scannedAccountId: context.accountId,
            privateIp: found.privateIp,
            isPrimary: found.isPrimary,
            byoip: eip !== undefined && poolOf(eip) !== 'amazon',
        };
        if (context.owner.resourceId !== undefined)
            row.resourceId = context.owner.resourceId;
        if (context.owner.managedBy !== undefined)
            row.managedBy = context.owner.managedBy;
        if (context.owner.requesterManaged === true)
            row.requesterManaged = true;
        if (allocationId !== undefined)
            row.allocationId = allocationId;
        if (associationId !== undefined)
            row.associationId = associationId;
        if (found.ipOwnerId !== undefined)
            row.ipOwnerId = found.ipOwnerId;
        if (eni.Attachment?.InstanceId !== undefined)
            row.instanceId = eni.Attachment.InstanceId;
        if (eni.Description !== undefined)
            row.description = eni.Description;
        if (context.checks !== undefined)
            row.checks = context.checks;
        const tags = tagMap(eni.TagSet);
        if (tags !== undefined)
            row.tags = tags;
        return row;
    });
}

;// CONCATENATED MODULE: ./src/analyze/interfaceType.ts

// Interfaces AWS creates for a service without saying so in InterfaceType, named by the owning
// service (owningService.ts reads the evidence AWS vouches for).
const BY_SERVICE = new Map([
    [owningService/* Service */.kl.Rds, 'RDS DB Instance'],
    [owningService/* Service */.kl.Redshift, 'Redshift Cluster'],
    [owningService/* Service */.kl.Dms, 'DMS Replication Instance'],
    [owningService/* Service */.kl.Ecs, 'ECS Task'],
    [owningService/* Service */.kl.Workspaces, 'WorkSpaces'],
    [owningService/* Service */.kl.Eks, 'EKS Control Plane'],
    [owningService/* Service */.kl.NatGateway, 'NAT Gateway'],
    [owningService/* Service */.kl.VpcEndpoint, 'PrivateLink Endpoint'],
    [owningService/* Service */.kl.TransitGateway, 'Transit Gateway Attachment ENI'],
    [owningService/* Service */.kl.Lambda, 'Lambda Function Interface'],
]);
const UNKNOWN_RESOURCE_TYPE = 'Unknown Resource Type';
/**
 * The kind of resource an interface belongs to, as the InterfaceType column reports it: always
 * one of the names here or in INTERFACE_TYPES, never text taken from the description, and
 * decided by the same vouched evidence as `owner` (a description an account wrote on its own
 * interface names nothing).
 */
function interfaceTypeOf(eni, owner) {
    const named = eni.InterfaceType === undefined ? undefined : owningService/* INTERFACE_TYPES */.eZ.get(eni.InterfaceType)?.label;
    if (named !== undefined)
        return named;
    const attachment = eni.Attachment;
    if (attachment === undefined) {
        return eni.InterfaceType === 'interface' ? 'Unattached ENI' : UNKNOWN_RESOURCE_TYPE;
    }
    // A managed instance (EKS Auto Mode...) is still an EC2 instance; ManagedBy says whose.
    if (owner.managedBy !== undefined && owner.resourceId !== undefined)
        return 'EC2 Instance';
    if (owner.service === owningService/* Service */.kl.LoadBalancer) {
        // The load balancer is vouched for (amazon-elb, its address's flag): its description is AWS's.
        return (0,owningService/* describedOwner */.DI)(eni.Description)?.resourceId?.startsWith('app/') === true
            ? 'Application Load Balancer'
            : 'Classic Load Balancer';
    }
    if (owner.service === owningService/* Service */.kl.Ec2)
        return 'EC2 Instance';
    return BY_SERVICE.get(owner.service) ?? UNKNOWN_RESOURCE_TYPE;
}

// EXTERNAL MODULE: ./src/analyze/bogons.ts
var bogons = __webpack_require__(15712);
;// CONCATENATED MODULE: ./src/analyze/prefixLists.ts

/**
 * Whether each readable prefix list holds a public IPv4 range, computed once per region so
 * that rules and routes sharing a list do not rescan its entries. An id absent from the
 * result could not be read.
 */
function publicPrefixLists(prefixLists) {
    const result = new Map();
    for (const [id, cidrs] of prefixLists)
        result.set(id, (0,bogons/* anyPublicCidr */.qz)(cidrs));
    return result;
}

// EXTERNAL MODULE: ./src/analyze/suspicion.ts
var analyze_suspicion = __webpack_require__(84815);
;// CONCATENATED MODULE: ./src/analyze/routeReachability.ts




function indexRouteTables(tables) {
    const bySubnet = new Map();
    const mainByVpc = new Map();
    for (const table of tables) {
        for (const association of table.Associations ?? []) {
            if (association.Main === true && table.VpcId !== undefined) {
                mainByVpc.set(table.VpcId, table);
            }
            else if (association.SubnetId !== undefined) {
                bySubnet.set(association.SubnetId, table);
            }
            // Edge associations (GatewayId, no SubnetId) route inbound traffic: not a subnet's table.
        }
    }
    return { bySubnet, mainByVpc };
}
/** The explicit association wins; a subnet without one uses its VPC's main table. */
function routeTableFor(index, subnet) {
    return index.bySubnet.get(subnet.subnetId) ?? index.mainByVpc.get(subnet.vpcId);
}
/**
 * Whether a route sends a public IPv4 destination to an internet gateway: 'unknown' when the
 * route is such a candidate but its destination prefix list could not be read.
 */
function routeToInternet(route, publicPrefixLists) {
    const active = route.State === undefined || route.State === 'active';
    if (!active || route.GatewayId?.startsWith('igw-') !== true)
        return 'no';
    if (route.DestinationCidrBlock !== undefined && (0,bogons/* isPublicCidr */.CZ)(route.DestinationCidrBlock)) {
        return 'yes';
    }
    if (route.DestinationPrefixListId === undefined)
        return 'no';
    const listIsPublic = publicPrefixLists.get(route.DestinationPrefixListId);
    if (listIsPublic === undefined)
        return 'unknown';
    return listIsPublic ? 'yes' : 'no';
}
/** One table's verdict: any certain internet route settles it; else an unreadable list leaves it open. */
function tableRouteVerdict(table, publicPrefixLists) {
    let unreadable;
    for (const route of table.Routes ?? []) {
        const answer = routeToInternet(route, publicPrefixLists);
        if (answer === 'yes')
            return { kind: 'internet' };
        if (answer === 'unknown')
            unreadable ??= route.DestinationPrefixListId;
    }
    return unreadable === undefined
        ? { kind: 'noIgwRoute' }
        : { kind: 'notAssessed', detail: prefixListUnreadable(unreadable) };
}
/**
 * Route verdicts for each subnet, keyed by subnet id; each table is judged once however many
 * subnets share it. `routeTables` undefined means DescribeRouteTables failed.
 */
function subnetRouteVerdicts(routeTables, publicPrefixLists, subnets) {
    const verdicts = new Map();
    const index = routeTables === undefined ? undefined : indexRouteTables(routeTables);
    const byTable = new Map();
    for (const subnet of subnets) {
        if (verdicts.has(subnet.subnetId))
            continue;
        if (index === undefined) {
            verdicts.set(subnet.subnetId, { kind: 'notAssessed', detail: ROUTE_TABLES_FAILED });
            continue;
        }
        const table = routeTableFor(index, subnet);
        if (table === undefined) {
            verdicts.set(subnet.subnetId, {
                kind: 'notAssessed',
                detail: noRouteTableFor(subnet.subnetId),
            });
            continue;
        }
        let verdict = byTable.get(table);
        if (verdict === undefined) {
            verdict = tableRouteVerdict(table, publicPrefixLists);
            byTable.set(table, verdict);
        }
        verdicts.set(subnet.subnetId, verdict);
    }
    return verdicts;
}
/** The route check's contribution to an interface's suspicion. */
function routeCheck(verdict) {
    switch (verdict.kind) {
        case 'internet':
            return analyze_suspicion/* PASSED */.f5;
        case 'noIgwRoute':
            return (0,analyze_suspicion/* raised */.P5)('HIGH', NO_IGW_ROUTE);
        case 'notAssessed':
            return (0,analyze_suspicion/* notAssessed */.FK)([routesNotAssessed(verdict.detail)]);
    }
}

;// CONCATENATED MODULE: ./src/analyze/securityGroupExposure.ts




function isSshRule(rule) {
    return rule.IpProtocol === 'tcp' && rule.FromPort === 22 && rule.ToPort === 22;
}
/**
 * Whether a rule allows a public IPv4 range: its own CIDR, or the IPv4 entries of its prefix
 * list. Group references and IPv6 ranges add nothing. Undefined when its prefix list is unreadable.
 */
function ruleAllowsPublic(rule, publicPrefixLists) {
    if (rule.CidrIpv4 !== undefined && (0,bogons/* isPublicCidr */.CZ)(rule.CidrIpv4))
        return true;
    if (rule.PrefixListId === undefined)
        return false;
    return publicPrefixLists.get(rule.PrefixListId);
}
/** One pass over a region's rules, grouped by security group, so each interface only ORs its groups. */
function groupExposures(rules, publicPrefixLists) {
    const byGroup = new Map();
    for (const rule of rules) {
        if (rule.GroupId === undefined)
            continue;
        let exposure = byGroup.get(rule.GroupId);
        if (exposure === undefined) {
            exposure = {
                publicIngress: false,
                publicNonSshIngress: false,
                publicEgress: false,
                unreadablePrefixLists: [],
            };
            byGroup.set(rule.GroupId, exposure);
        }
        const allowsPublic = ruleAllowsPublic(rule, publicPrefixLists);
        if (allowsPublic === undefined && rule.PrefixListId !== undefined) {
            if (!exposure.unreadablePrefixLists.includes(rule.PrefixListId)) {
                exposure.unreadablePrefixLists.push(rule.PrefixListId);
            }
        }
        else if (allowsPublic === true && rule.IsEgress === true) {
            exposure.publicEgress = true;
        }
        else if (allowsPublic === true) {
            exposure.publicIngress = true;
            if (!isSshRule(rule))
                exposure.publicNonSshIngress = true;
        }
    }
    return byGroup;
}
/**
 * The security-group check for one interface over the union of its groups' rules.
 * `exposures` undefined means the rules could not be read. An interface with no groups
 * (NAT gateways) is not checked. A group absent from `exposures` has no rules \u2014 unless the
 * interface belongs to another account (`foreignOwner`, a shared subnet seen by the VPC owner):
 * then its groups are that account's and their rules are not visible from here.
 */
function securityGroupVerdict(groupIds, exposures, foreignOwner) {
    if (groupIds.length === 0)
        return analyze_suspicion/* PASSED */.f5;
    if (exposures === undefined)
        return (0,analyze_suspicion/* notAssessed */.FK)([sgNotAssessed(SG_RULES_FAILED)]);
    const invisible = foreignOwner === undefined ? [] : groupIds.filter((id) => !exposures.has(id));
    if (invisible.length > 0) {
        return (0,analyze_suspicion/* notAssessed */.FK)(invisible.map((id) => sgNotAssessed(groupOfOtherAccount(id, foreignOwner ?? ''))));
    }
    let publicIngress = false;
    let publicNonSshIngress = false;
    let publicEgress = false;
    const unreadable = new Set();
    for (const groupId of groupIds) {
        const exposure = exposures.get(groupId);
        if (exposure === undefined)
            continue;
        publicIngress ||= exposure.publicIngress;
        publicNonSshIngress ||= exposure.publicNonSshIngress;
        publicEgress ||= exposure.publicEgress;
        for (const id of exposure.unreadablePrefixLists)
            unreadable.add(id);
    }
    // Any unreadable list could hold the range that changes the answer, so none is given.
    if (unreadable.size > 0) {
        return (0,analyze_suspicion/* notAssessed */.FK)([...unreadable].map((id) => sgNotAssessed(prefixListUnreadable(id))));
    }
    if (!publicIngress && !publicEgress)
        return (0,analyze_suspicion/* raised */.P5)('HIGH', NO_PUBLIC_RULES);
    if (!publicIngress)
        return (0,analyze_suspicion/* raised */.P5)('MODERATE', NO_PUBLIC_INGRESS);
    if (!publicNonSshIngress)
        return (0,analyze_suspicion/* raised */.P5)('MODERATE', SSH_ONLY);
    return analyze_suspicion/* PASSED */.f5;
}

;// CONCATENATED MODULE: ./src/analyze/analyzeRegion.ts











function attachmentVerdict(eni) {
    return eni.Attachment === undefined ? (0,analyze_suspicion/* raised */.P5)('HIGH', UNATTACHED) : analyze_suspicion/* PASSED */.f5;
}
/**
 * What one account-region's interfaces, Elastic IPs and subnets yield (the kinds read by calls
 * of their own make their rows themselves: kinds/regionSources.ts). Per-group and per-subnet verdicts are computed once
 * and then looked up per interface, so the work grows linearly with interfaces, rules and routes.
 */
function analyzeRegion(inv) {
    const { accountId, region } = inv;
    const publicLists = publicPrefixLists(inv.prefixLists);
    const exposures = inv.securityGroupRules === undefined
        ? undefined
        : groupExposures(inv.securityGroupRules, publicLists);
    const eipsByPublicIp = elasticIpsByPublicIp(inv.addresses);
    // Only interfaces that hold a public address are judged.
    const withAddresses = [];
    for (const eni of inv.networkInterfaces ?? []) {
        const addresses = publicAddressesOf(eni);
        if (addresses.length > 0)
            withAddresses.push({ eni, addresses });
    }
    const subnetRefs = [
        ...withAddresses.map(({ eni }) => ({ subnetId: eni.SubnetId ?? '', vpcId: eni.VpcId ?? '' })),
        ...(inv.subnets ?? [])
            .filter((subnet) => subnet.MapPublicIpOnLaunch === true && subnet.SubnetId !== undefined)
            .map((subnet) => ({ subnetId: subnet.SubnetId ?? '', vpcId: subnet.VpcId ?? '' })),
    ];
    const routeVerdicts = subnetRouteVerdicts(inv.routeTables, publicLists, subnetRefs);
    const eniPublicIps = [];
    for (const { eni, addresses } of withAddresses) {
        const groupIds = (eni.Groups ?? []).flatMap((group) => group.GroupId === undefined ? [] : [group.GroupId]);
        const routeVerdict = routeVerdicts.get(eni.SubnetId ?? '');
        const checks = {
            securityGroups: securityGroupVerdict(groupIds, exposures, eni.OwnerId !== undefined && eni.OwnerId !== accountId ? eni.OwnerId : undefined),
            routes: routeVerdict === undefined ? analyze_suspicion/* PASSED */.f5 : routeCheck(routeVerdict),
            attachment: attachmentVerdict(eni),
        };
        const { suspicion, reasons } = (0,analyze_suspicion/* combineChecks */.L6)(checks);
        const serviceManaged = addresses.flatMap(({ address }) => {
            const flag = eipsByPublicIp.get(address)?.ServiceManaged;
            return flag === undefined ? [] : [flag];
        });
        const owner = (0,owningService/* owningService */.CI)(eni, serviceManaged);
        eniPublicIps.push(...eniPublicIpRows(eni, addresses, {
            accountId,
            region,
            interfaceType: interfaceTypeOf(eni, owner),
            owner,
            suspicion,
            reasons,
            eipsByPublicIp,
            checks,
        }));
    }
    const eips = elasticIps(accountId, region, inv.addresses);
    return {
        eniPublicIps,
        associatedEips: eips.associated,
        unassociatedEips: eips.unassociated,
        autoAssignSubnets: autoAssignSubnets(accountId, region, inv.subnets, routeVerdicts),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeRegionsCommand.js
var DescribeRegionsCommand = __webpack_require__(86157);
;// CONCATENATED MODULE: ./src/collect/describeRegions.ts


/** Regions enabled in the account: opt-in-not-required and opted-in (no pagination in this API). */
async function describeRegions(ec2) {
    const response = await ec2.send(new DescribeRegionsCommand/* DescribeRegionsCommand */.c({ AllRegions: false }));
    const regions = (0,answers/* requiredList */.GS)(response.Regions, 'regionInfo')
        .filter((r) => r.OptInStatus !== 'not-opted-in' && r.RegionName)
        .map((r) => r.RegionName)
        .sort();
    // Every account has regions enabled; none means the answer cannot be trusted.
    if (regions.length === 0)
        throw new answers/* UnexpectedAnswerError */.qx('no enabled region in the answer');
    return regions;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-global-accelerator/dist-es/pagination/ListAcceleratorsPaginator.js + 1 modules
var ListAcceleratorsPaginator = __webpack_require__(19792);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-global-accelerator/dist-es/pagination/ListCustomRoutingAcceleratorsPaginator.js + 1 modules
var ListCustomRoutingAcceleratorsPaginator = __webpack_require__(62869);
;// CONCATENATED MODULE: ./src/collect/listAccelerators.ts


function ipv4Of(ipSets) {
    return (ipSets ?? [])
        .filter((set) => (set.IpAddressFamily ?? set.IpFamily) === 'IPv4')
        .flatMap((set) => set.IpAddresses ?? []);
}
function record(a, kind) {
    return {
        arn: a.AcceleratorArn ?? '',
        ...(a.Name ? { name: a.Name } : {}),
        kind,
        ...(a.Status ? { status: a.Status } : {}),
        ipv4Addresses: ipv4Of(a.IpSets),
    };
}
/** The standard accelerators of the account, all pages. */
async function listStandardAccelerators(ga) {
    const listed = await (0,answers/* pageItems */.Gj)((0,ListAcceleratorsPaginator/* paginateListAccelerators */.Y)({ client: ga, pageSize: 100 }, {}), (page) => page.Accelerators, { fromAws: true });
    return listed.map((a) => record(a, 'STANDARD'));
}
/** The custom-routing accelerators of the account, all pages. */
async function listCustomRoutingAccelerators(ga) {
    const listed = await (0,answers/* pageItems */.Gj)((0,ListCustomRoutingAcceleratorsPaginator/* paginateListCustomRoutingAccelerators */.v)({ client: ga, pageSize: 100 }, {}), (page) => page.Accelerators, { fromAws: true });
    return listed.map((a) => record(a, 'CUSTOM_ROUTING'));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeAddressesCommand.js
var DescribeAddressesCommand = __webpack_require__(42182);
;// CONCATENATED MODULE: ./src/collect/describeAddresses.ts


/** Every Elastic IP of the account-region (DescribeAddresses answers all at once: no pages). */
async function describeAddresses(ec2) {
    const response = await ec2.send(new DescribeAddressesCommand/* DescribeAddressesCommand */.R({}));
    return (0,answers/* requiredList */.GS)(response.Addresses, 'addressesSet');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeNetworkInterfacesPaginator.js + 1 modules
var DescribeNetworkInterfacesPaginator = __webpack_require__(83214);
;// CONCATENATED MODULE: ./src/collect/describeNetworkInterfaces.ts


/**
 * Every interface of the account-region, managed ones included: where the account's managed
 * resource visibility is `hidden` (ModifyManagedResourceVisibility), EC2 leaves the interfaces
 * it manages for a service (EKS Auto Mode's nodes, say) out of the answer unless asked, and
 * their public addresses are billed all the same. Asking costs no extra call.
 */
function describeNetworkInterfaces(ec2) {
    return (0,answers/* pageItems */.Gj)((0,DescribeNetworkInterfacesPaginator/* paginateDescribeNetworkInterfaces */.p)({ client: ec2, pageSize: 1000 }, { IncludeManagedResources: true }), (page) => page.NetworkInterfaces, { element: 'networkInterfaceSet' });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeRouteTablesPaginator.js + 1 modules
var DescribeRouteTablesPaginator = __webpack_require__(87134);
;// CONCATENATED MODULE: ./src/collect/describeRouteTables.ts


function describeRouteTables(ec2) {
    return (0,answers/* pageItems */.Gj)(
    // 100 is DescribeRouteTables' largest page.
    (0,DescribeRouteTablesPaginator/* paginateDescribeRouteTables */.B)({ client: ec2, pageSize: 100 }, {}), (page) => page.RouteTables, { element: 'routeTableSet' });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSecurityGroupRulesPaginator.js + 1 modules
var DescribeSecurityGroupRulesPaginator = __webpack_require__(83179);
;// CONCATENATED MODULE: ./src/collect/describeSecurityGroupRules.ts


/** Every rule of every group in the region: one chain, not one call per interface. */
function describeSecurityGroupRules(ec2) {
    return (0,answers/* pageItems */.Gj)((0,DescribeSecurityGroupRulesPaginator/* paginateDescribeSecurityGroupRules */.D)({ client: ec2, pageSize: 1000 }, {}), (page) => page.SecurityGroupRules, { element: 'securityGroupRuleSet' });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSubnetsPaginator.js + 1 modules
var DescribeSubnetsPaginator = __webpack_require__(33886);
;// CONCATENATED MODULE: ./src/collect/describeSubnets.ts


function describeSubnets(ec2) {
    return (0,answers/* pageItems */.Gj)((0,DescribeSubnetsPaginator/* paginateDescribeSubnets */.v)({ client: ec2, pageSize: 1000 }, {}), (page) => page.Subnets, { element: 'subnetSet' });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/pagination/GetManagedPrefixListEntriesPaginator.js + 1 modules
var GetManagedPrefixListEntriesPaginator = __webpack_require__(30726);
;// CONCATENATED MODULE: ./src/collect/getManagedPrefixListEntries.ts


/**
 * The CIDRs of one prefix list. GetManagedPrefixListEntries reads customer-managed lists (own or
 * shared) and AWS-managed ones alike; DescribePrefixLists knows only AWS-managed lists and fails
 * with InvalidPrefixListID.NotFound on the rest.
 */
async function getManagedPrefixListEntries(ec2, prefixListId) {
    const entries = await (0,answers/* pageItems */.Gj)((0,GetManagedPrefixListEntriesPaginator/* paginateGetManagedPrefixListEntries */.J)({ client: ec2, pageSize: 100 }, { PrefixListId: prefixListId }), (page) => page.Entries, { element: 'entrySet' });
    return entries.flatMap((entry) => (entry.Cidr ? [entry.Cidr] : []));
}

;// CONCATENATED MODULE: ./src/collect/referencedPrefixListIds.ts
/** The prefix lists the analysis needs: those named by a security-group rule or a route. */
function referencedPrefixListIds(rules, routeTables) {
    const ids = new Set();
    for (const rule of rules ?? [])
        if (rule.PrefixListId)
            ids.add(rule.PrefixListId);
    for (const table of routeTables ?? []) {
        for (const route of table.Routes ?? []) {
            if (route.DestinationPrefixListId)
                ids.add(route.DestinationPrefixListId);
        }
    }
    return [...ids].sort();
}

;// CONCATENATED MODULE: ./src/scan/collectRegion.ts









async function collectRegion(ec2, target, calls) {
    const chain = (api, run) => calls.run(target, api, run);
    const [[addresses, networkInterfaces, subnets, routeTables, securityGroupRules], sources] = await Promise.all([
        Promise.all([
            chain('ec2:DescribeAddresses', () => describeAddresses(ec2)),
            chain('ec2:DescribeNetworkInterfaces', () => describeNetworkInterfaces(ec2)),
            chain('ec2:DescribeSubnets', () => describeSubnets(ec2)),
            chain('ec2:DescribeRouteTables', () => describeRouteTables(ec2)),
            chain('ec2:DescribeSecurityGroupRules', () => describeSecurityGroupRules(ec2)),
        ]),
        readSources(ec2, chain),
    ]);
    const answers = { addresses, networkInterfaces, subnets, routeTables, securityGroupRules };
    const prefixLists = await readPrefixLists(ec2, referencedPrefixListIds(securityGroupRules, routeTables), target, calls);
    return {
        inventory: {
            accountId: target.accountId,
            region: target.region,
            prefixLists,
            ...defined(answers),
        },
        sources,
        reached: Object.values(answers).some((answer) => answer !== undefined) || sources.size > 0,
        read: networkInterfaces !== undefined || addresses !== undefined,
    };
}
/** The CIDRs of each referenced prefix list; a list that could not be read is left out. */
async function readPrefixLists(ec2, ids, target, calls) {
    const lists = new Map();
    await Promise.all(ids.map(async (id) => {
        const read = () => getManagedPrefixListEntries(ec2, id).catch((error) => {
            // Name the list in the error row: one region can reference several.
            if (error instanceof Error)
                error.message = `${id}: ${error.message}`;
            throw error;
        });
        const cidrs = await calls.run(target, 'ec2:GetManagedPrefixListEntries', read, Priority.followUp);
        if (cidrs)
            lists.set(id, cidrs);
    }));
    return lists;
}
function defined(values) {
    return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/scan/selectRegions.ts
/**
 * Requested regions split into enabled and not; no request means every enabled region but the
 * `excluded` ones, which are also returned as far as the account has them enabled.
 */
function selectRegions(requested, enabled, excluded = []) {
    if (!requested) {
        const all = enabled ?? [];
        const out = all.filter((r) => excluded.includes(r));
        return {
            scan: all.filter((r) => !excluded.includes(r)),
            notEnabled: [],
            ...(out.length > 0 ? { excluded: out } : {}),
        };
    }
    if (!enabled)
        return { scan: [...requested], notEnabled: [] };
    const on = new Set(enabled);
    return {
        scan: requested.filter((r) => on.has(r)),
        notEnabled: requested.filter((r) => !on.has(r)),
    };
}
/** EC2's own error for a named region the account has not opted in to, for its error row. */
function regionNotEnabled(accountId, region) {
    const error = new Error(`Region ${region} is not enabled for account ${accountId}.`);
    error.name = 'OptInRequired';
    return error;
}

;// CONCATENATED MODULE: ./src/scan/scanAccount.ts
// Scans one account: enters it (AssumeRole once, up front, so a refused role is one error row,
// not one per API), lists its enabled regions, collects and analyses each region, and lists its
// Global Accelerators. Returns what it found and what it planned; failures go to the error log.










/** An account that could not be entered is one planned target, as coverage counts it. */
function notEntered(accountId, ctx) {
    ctx.progress.targetsSettled(1);
    return {
        entered: false,
        planned: [{ accountId, region: coverage/* WHOLE_ACCOUNT */.e, reached: false }],
        targets: [],
        findings: [],
        accelerators: [],
        excludedRegions: [],
    };
}
async function scanAccount(session, ctx) {
    const { accountId } = session;
    if (session.assumed) {
        const target = { accountId, region: coverage/* GLOBAL_REGION */.j };
        const assume = async () => (await session.credentials(), true);
        const ok = await ctx.calls.run(target, 'sts:AssumeRole', assume, Priority.account);
        if (!ok)
            return notEntered(accountId, ctx);
    }
    const regions = await regionsOf(session, ctx);
    if (regions === undefined)
        return notEntered(accountId, ctx);
    ctx.progress.accountPlanned(accountId);
    ctx.progress.targetsSettled(regions.notEnabled.length);
    for (const region of regions.notEnabled) {
        ctx.errors.record(accountId, region, 'ec2:DescribeRegions', regionNotEnabled(accountId, region));
    }
    const [scanned, accelerators] = await Promise.all([
        Promise.all(regions.scan.map((region) => scanRegion(session, region, ctx))),
        ctx.globalAccelerator ? scanAccelerators(session, ctx) : undefined,
    ]);
    return {
        entered: true,
        planned: [
            ...regions.notEnabled.map((region) => ({ accountId, region, reached: false })),
            ...scanned.map((r) => r.planned),
            ...(accelerators ? [accelerators.planned] : []),
        ],
        targets: scanned.map((r) => r.target),
        findings: scanned.map((r) => r.findings),
        accelerators: accelerators?.accelerators ?? [],
        excludedRegions: regions.excluded ?? [],
    };
}
/** How EC2 refuses a call in a region: denied there, or the region not enabled for the account. */
const REFUSED = new Set(['UnauthorizedOperation', 'AuthFailure', 'OptInRequired']);
/**
 * The account's enabled regions, asked in the home region (`aws-region`). Where the home region
 * refuses (an SCP that denies every region but the organisation's, as in an EU-only landing
 * zone), they are asked in the scanned regions, in order, before giving up: the home region's
 * refusal is then the one error row.
 */
async function enabledRegions(session, ctx) {
    const { accountId, credentials } = session;
    const { awsRegion, regions = [] } = ctx.options;
    try {
        return await describeRegions(ctx.clients.ec2(awsRegion, credentials));
    }
    catch (refusal) {
        if (!REFUSED.has(errorDetails(refusal).code))
            throw refusal;
        for (const region of regions.filter((r) => r !== awsRegion)) {
            try {
                const listed = await describeRegions(ctx.clients.ec2(region, credentials));
                ctx.logger.info(`${accountId}: DescribeRegions was refused in ${awsRegion} (${errorDetails(refusal).code}); listed the regions in ${region} instead`);
                return listed;
            }
            catch (error) {
                // Its code only: the home region's refusal is the error the scan reports.
                ctx.logger.debug(`${accountId} ${region} ec2:DescribeRegions: ${errorDetails(error).code}`);
            }
        }
        throw refusal;
    }
}
/** The regions to scan; undefined when they cannot be known (no list, none named). */
async function regionsOf(session, ctx) {
    const { awsRegion, regions, excludeRegions } = ctx.options;
    const enabled = await ctx.calls.run({ accountId: session.accountId, region: awsRegion }, 'ec2:DescribeRegions', () => enabledRegions(session, ctx), Priority.account);
    return !enabled && !regions ? undefined : selectRegions(regions, enabled, excludeRegions);
}
async function scanRegion(session, region, ctx) {
    const { accountId } = session;
    const target = { accountId, region };
    ctx.progress.targetAdded();
    const ec2 = ctx.clients.ec2(region, session.credentials);
    const { inventory, sources, reached, read } = await collectRegion(ec2, target, ctx.calls);
    const findings = { ...analyzeRegion(inventory), ...sourcedFindings(accountId, region, sources) };
    ctx.progress.targetDone();
    return { target, findings, planned: { ...target, reached, read } };
}
async function scanAccelerators(session, ctx) {
    const { accountId, credentials } = session;
    ctx.progress.targetAdded();
    const target = { accountId, region: coverage/* GLOBAL_REGION */.j };
    const ga = ctx.clients.globalAccelerator(credentials);
    // Two calls, each named in its own error row.
    const standard = await ctx.calls.run(target, 'globalaccelerator:ListAccelerators', () => listStandardAccelerators(ga));
    const custom = await ctx.calls.run(target, 'globalaccelerator:ListCustomRoutingAccelerators', () => listCustomRoutingAccelerators(ga));
    ctx.progress.targetDone();
    const records = [...(standard ?? []), ...(custom ?? [])];
    return {
        planned: { ...target, reached: standard !== undefined || custom !== undefined },
        accelerators: acceleratorIps(accountId, records),
    };
}

// EXTERNAL MODULE: ./src/common/formatCount.ts
var formatCount = __webpack_require__(99631);
;// CONCATENATED MODULE: ./src/scan/progressText.ts
// The words of a progress snapshot, the same on a terminal, in CI logs and in the action's log.

/** `0:42`, `12:05`, `1:02:03`: a clock that reads at a glance. */
function clockTime(ms) {
    const total = Math.max(0, Math.floor(ms / 1000));
    const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
    const pad = (n) => String(n).padStart(2, '0');
    return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
/** `0.4 s`, `42 s`, `3 min 05 s`, `1 h 02 min`. */
function duration(ms) {
    const seconds = Math.max(0, ms / 1000);
    // Floored, as a clock is: 9.96 s has not yet been 10 s.
    if (seconds < 10)
        return `${(Math.floor(seconds * 10) / 10).toFixed(1)} s`;
    if (seconds < 60)
        return `${Math.floor(seconds)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${String(Math.floor(seconds % 60)).padStart(2, '0')} s`;
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
/** The facts, most telling first, so a line cut to a terminal's width keeps what matters. */
function facts(s) {
    const growing = s.targetsGrowing ? '+' : '';
    return (`${(0,formatCount/* formatCount */.B)(s.targets.done)}/${(0,formatCount/* formatCount */.B)(s.targets.total)}${growing} account-regions, ` +
        `${(0,formatCount/* formatCount */.B)(s.accounts.done)}/${(0,formatCount/* formatCount */.B)(s.accounts.total)} accounts, ` +
        `${(0,formatCount/* plural */.L)(s.requests, 'AWS call', 'AWS calls')}, ${(0,formatCount/* plural */.L)(s.errors, 'error', 'errors')}`);
}
/**
 * `[0:42] 37/120+ account-regions, 12/40 accounts, 1,412 AWS calls, 1 error; waiting longest on
 * 222222222222 eu-west-1 ec2:DescribeNetworkInterfaces (31 s)`. `+`: some accounts have not
 * listed their regions yet, so there are more account-regions to come.
 */
function progressLine(s) {
    const waiting = s.waitingOn
        ? `; waiting longest on ${s.waitingOn.accountId} ${s.waitingOn.region} ${s.waitingOn.api} (${duration(s.waitingOn.forMs)})`
        : '';
    return `[${clockTime(s.elapsedMs)}] ${facts(s)}${waiting}`;
}
/**
 * The last line: how long the scan took, and what it did. With the scan's coverage, the
 * account-regions are counted as the summary's coverage line counts them: read completely.
 */
function finishedLine(s) {
    if (s.coverage === undefined)
        return `Scan finished in ${duration(s.elapsedMs)}: ${facts(s)}`;
    return (`Scan finished in ${duration(s.elapsedMs)}: ` +
        `${(0,formatCount/* formatCount */.B)(s.coverage.complete)} of ${(0,formatCount/* formatCount */.B)(s.coverage.planned)} account-regions read completely, ` +
        `${(0,formatCount/* plural */.L)(s.requests, 'AWS call', 'AWS calls')}, ${(0,formatCount/* plural */.L)(s.errors, 'error', 'errors')}`);
}

;// CONCATENATED MODULE: ./src/scan/scanProgress.ts
/** setInterval that never keeps the process alive on its own. */
const intervalTicker = (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
};
const SILENT_PROGRESS = { start: () => { }, finish: () => { } };
class ScanProgress {
    sources;
    accountsDone = new Set();
    accountsPlanned = new Set();
    targetsTotal = 0;
    targetsDone = 0;
    constructor(sources) {
        this.sources = sources;
    }
    /** The account's regions are known (its targets have been or are being added). */
    accountPlanned(accountId) {
        this.accountsPlanned.add(accountId);
    }
    accountDone(accountId) {
        this.accountsPlanned.add(accountId);
        this.accountsDone.add(accountId);
    }
    targetAdded() {
        this.targetsTotal++;
    }
    targetDone() {
        this.targetsDone++;
    }
    /** Targets planned and finished at once: regions not enabled, accounts not entered. */
    targetsSettled(n) {
        this.targetsTotal += n;
        this.targetsDone += n;
    }
    snapshot() {
        const { accounts, calls, errors, requests, now } = this.sources;
        const at = now();
        const oldest = calls.oldestRunning();
        return {
            elapsedMs: at - this.sources.startedAt,
            accounts: { done: this.accountsDone.size, total: accounts },
            targets: { done: this.targetsDone, total: this.targetsTotal },
            targetsGrowing: this.accountsPlanned.size < accounts,
            requests: requests(),
            errors: errors.count,
            ...(oldest
                ? {
                    waitingOn: {
                        accountId: oldest.accountId,
                        region: oldest.region,
                        api: oldest.api,
                        forMs: at - oldest.since,
                    },
                }
                : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/scan/progressLog.ts


/** Often enough to show a long scan is alive, rarely enough not to bury the log. */
const PLAIN_INTERVAL_MS = 10_000;
function progressLog(logger, every = intervalTicker) {
    let stop = () => { };
    return {
        start(read) {
            stop = every(PLAIN_INTERVAL_MS, () => logger.info(progressLine(read())));
        },
        finish(last) {
            stop();
            logger.info(finishedLine(last));
        },
    };
}

;// CONCATENATED MODULE: ./src/analyze/billingPeriods.ts
const DAY_MS = 86_400_000;
const day = (time) => new Date(time).toISOString().slice(0, 10);
function period(from, to) {
    return { start: day(from), end: day(to), hours: (to - from) / 3_600_000 };
}
function billingPeriods(now) {
    const year = now.getUTCFullYear();
    const month = now.getUTCMonth();
    const monthStart = Date.UTC(year, month, 1);
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const lastMonth = period(Date.UTC(year, month - 1, 1), monthStart);
    if (today === monthStart) {
        return { lastMonth, query: { Start: lastMonth.start, End: lastMonth.end } };
    }
    const monthToDate = period(monthStart, today);
    return { lastMonth, monthToDate, query: { Start: lastMonth.start, End: monthToDate.end } };
}

// EXTERNAL MODULE: ./src/analyze/publicIpv4UsageType.ts
var publicIpv4UsageType = __webpack_require__(39437);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cost-explorer/dist-es/commands/GetCostAndUsageCommand.js
var GetCostAndUsageCommand = __webpack_require__(72637);
;// CONCATENATED MODULE: ./src/collect/getCostAndUsage.ts


/**
 * Hours (UsageQuantity) and UnblendedCost of the given usage types over a period (Start
 * inclusive, End exclusive, `YYYY-MM-DD`), per calendar month, grouped by linked account and usage
 * type, all pages. Cost Explorer matches usage types exactly, so they come from
 * getDimensionValues; with none there is nothing to ask, and no request is made (each costs USD
 * 0.01). From the payer account the answer spans every linked account; from another account
 * only its own.
 */
async function getCostAndUsage(ce, period, usageTypes) {
    const answer = { resultsByTime: [], dimensionValueAttributes: [] };
    if (usageTypes.length === 0)
        return answer;
    const pages = (0,answers/* tokenPages */.y7)((NextPageToken) => ce.send(new GetCostAndUsageCommand/* GetCostAndUsageCommand */.l({
        TimePeriod: period,
        Granularity: 'MONTHLY',
        Metrics: ['UsageQuantity', 'UnblendedCost'],
        GroupBy: [
            { Type: 'DIMENSION', Key: 'LINKED_ACCOUNT' },
            { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
        ],
        Filter: { Dimensions: { Key: 'USAGE_TYPE', Values: [...usageTypes] } },
        ...(NextPageToken ? { NextPageToken } : {}),
    })), (page) => page.NextPageToken);
    for await (const page of (0,answers/* checkedPages */.EG)(pages, { fromAws: true })) {
        answer.resultsByTime.push(...(page.ResultsByTime ?? []));
        answer.dimensionValueAttributes.push(...(page.DimensionValueAttributes ?? []));
    }
    return answer;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cost-explorer/dist-es/commands/GetDimensionValuesCommand.js
var GetDimensionValuesCommand = __webpack_require__(15820);
;// CONCATENATED MODULE: ./src/collect/getDimensionValues.ts


/**
 * The values of a Cost Explorer dimension in a period (Start inclusive, End exclusive,
 * `YYYY-MM-DD`), those holding `searchString` when given, all pages: USAGE_TYPE values carry
 * their unit, LINKED_ACCOUNT values the account's name (`description`). From the payer account
 * they span every linked account; from another account only its own. One request per page, at
 * USD 0.01 each.
 */
function getDimensionValues(ce, dimension, period, searchString) {
    const pages = (0,answers/* tokenPages */.y7)((NextPageToken) => ce.send(new GetDimensionValuesCommand/* GetDimensionValuesCommand */.k({
        TimePeriod: period,
        Dimension: dimension,
        ...(searchString !== undefined ? { SearchString: searchString } : {}),
        ...(NextPageToken ? { NextPageToken } : {}),
    })), (page) => page.NextPageToken);
    return (0,answers/* pageItems */.Gj)(pages, (page) => page.DimensionValues, { fromAws: true });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/GetIpamDiscoveredPublicAddressesCommand.js
var GetIpamDiscoveredPublicAddressesCommand = __webpack_require__(9393);
;// CONCATENATED MODULE: ./src/collect/getIpamDiscoveredPublicAddresses.ts


/**
 * Every public address a VPC IPAM resource discovery has sampled in `region`, all pages. `ec2`
 * must act in the IPAM account, in the discovery's home region: elsewhere the discovery does not
 * exist (InvalidIpamResourceDiscoveryId.NotFound), an error passed on unchanged.
 */
async function getIpamDiscoveredPublicAddresses(ec2, discoveryId, region) {
    const pages = (0,answers/* tokenPages */.y7)((NextToken) => ec2.send(new GetIpamDiscoveredPublicAddressesCommand/* GetIpamDiscoveredPublicAddressesCommand */.w({
        IpamResourceDiscoveryId: discoveryId,
        AddressRegion: region,
        MaxResults: 1000,
        ...(NextToken ? { NextToken } : {}),
    })), (page) => page.NextToken);
    const addresses = [];
    let oldest;
    for await (const page of (0,answers/* checkedPages */.EG)(pages)) {
        addresses.push(...(0,answers/* requiredList */.GS)(page.IpamDiscoveredPublicAddresses, 'ipamDiscoveredPublicAddressSet'));
        const time = page.OldestSampleTime;
        if (time && (!oldest || time < oldest))
            oldest = time;
    }
    return { addresses, ...(oldest ? { oldestSampleTime: oldest } : {}) };
}

;// CONCATENATED MODULE: ./src/scan/readAwsRecords.ts
// AWS's own records of the addresses, read once the inventory is: VPC IPAM's discovered public
// addresses (every scanned region, in the IPAM account) and the bill (Cost Explorer, from the
// caller). A failed call is a scan error of its own kind (its API names it) and leaves what it
// would have answered "not compared" (analyze/ipamReconciliation.ts), never "nothing missed".
//
// Where IPAM is asked: a resource discovery answers only in its home region (elsewhere it does
// not exist), so every region's request is sent there: the scan's 'aws-region'. In the IPAM
// account: the caller's own credentials when it is the caller's, else a session of the member
// role whose policy allows ec2:GetIpamDiscoveredPublicAddresses alone.









/** The API names of the records' failed calls in scan_errors.csv. */
const RECORD_APIS = {
    ipam: 'ec2:GetIpamDiscoveredPublicAddresses',
    dimensionValues: 'ce:GetDimensionValues',
    costAndUsage: 'ce:GetCostAndUsage',
};
/** The region of a Cost Explorer error row: its calls are not about one region. */
const GLOBAL = 'global';
async function readAwsRecords(ctx) {
    const { options } = ctx;
    if (options.ipam === undefined && options.reconcileBilling !== true)
        return undefined;
    const errors = new ErrorLog(ctx.logger, ctx.redact);
    const [ipam, billing] = await Promise.all([
        options.ipam ? readIpam(ctx, errors) : undefined,
        options.reconcileBilling ? readBill(ctx, errors) : undefined,
    ]);
    const failed = errors.all();
    errors.close(failed);
    return {
        records: { ...(ipam ? { ipam } : {}), ...(billing ? { billing } : {}) },
        errors: failed,
    };
}
async function readIpam(ctx, errors) {
    const ipam = ctx.options.ipam;
    if (!ipam)
        return undefined;
    const { source } = ctx;
    const accountId = ipam.accountId ?? source.caller.accountId;
    const homeRegion = ctx.options.awsRegion;
    const credentials = accountSession(accountId, source, IPAM_SESSION_POLICY).credentials;
    const ec2 = ctx.clients.ec2(homeRegion, credentials);
    const regions = [...new Set(ctx.regions)].sort(sortOrder/* compareText */.n6);
    ctx.logger.info(`IPAM: asking resource discovery ${ipam.resourceDiscoveryId} in ${accountId} ` +
        `(${homeRegion}) for ${regions.length} region(s)`);
    const answers = await Promise.all(regions.map(async (region) => {
        try {
            return {
                region,
                answer: await getIpamDiscoveredPublicAddresses(ec2, ipam.resourceDiscoveryId, region),
            };
        }
        catch (error) {
            errors.record(accountId, region, RECORD_APIS.ipam, error);
            return { region };
        }
    }));
    return { resourceDiscoveryId: ipam.resourceDiscoveryId, accountId, homeRegion, answers };
}
/**
 * Two requests (USD 0.01 each) unless an answer runs to more pages: the public IPv4 usage types
 * billed in the periods, then their hours and cost by account.
 */
async function readBill(ctx, errors) {
    const callerAccountId = ctx.source.caller.accountId;
    const periods = billingPeriods(ctx.startedAt);
    const ce = ctx.clients.costExplorer(ctx.source.callerCredentials);
    let api = RECORD_APIS.dimensionValues;
    try {
        const types = await getDimensionValues(ce, 'USAGE_TYPE', periods.query, 'PublicIPv4');
        api = RECORD_APIS.costAndUsage;
        const costAndUsage = await getCostAndUsage(ce, periods.query, (0,publicIpv4UsageType/* publicIpv4UsageTypes */.T)(types));
        return { callerAccountId, periods, costAndUsage };
    }
    catch (error) {
        errors.record(callerAccountId, GLOBAL, api, error);
        return { callerAccountId, periods };
    }
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
// The scan: who the caller is, which accounts and regions to read, one bounded pool of AWS call
// chains over all of them, and the findings merged. Nothing here aborts the scan but a failure to
// learn who the caller is or (for an organisation) which accounts it has: every other failure is
// recorded as a scan error and the scan goes on with what it has.



















/** Global Accelerator exists in the commercial partition only. */
const GLOBAL_ACCELERATOR_PARTITIONS = new Set(['aws']);
async function scan(options, deps) {
    const startedAt = new Date();
    const now = deps.now ?? (() => performance.now());
    const started = now();
    const { clients, logger } = deps;
    const source = await identifyCaller(options, deps);
    const { caller } = source;
    // One client for every Organizations call: one adaptive rate limiter for its low quota.
    let client;
    const organizations = () => (client ??= clients.organizations(options.awsRegion, source.callerCredentials));
    const accounts = await accountsToScan(options, caller.accountId, {
        listAccounts: () => listAccounts(organizations()),
        accountsIn: (parent) => listAccountsForParent(organizations(), parent),
        childOus: (parent) => listChildOrganizationalUnits(organizations(), parent),
    }, logger);
    logger.info(`Scanning ${accounts.scan.length} account(s)` +
        (options.regions ? ` in ${options.regions.join(', ')}` : ' in every enabled region') +
        (options.excludeRegions ? ` but ${options.excludeRegions.join(', ')}` : '') +
        ` with concurrency ${options.concurrency}`);
    const errors = new ErrorLog(logger, deps.redact);
    const calls = new CallQueue(options.concurrency, errors, now);
    const progress = new ScanProgress({
        accounts: accounts.scan.length,
        calls,
        errors,
        requests: () => clients.requestsSent,
        now,
        startedAt: started,
    });
    const context = {
        options,
        clients,
        logger,
        calls,
        errors,
        progress,
        globalAccelerator: GLOBAL_ACCELERATOR_PARTITIONS.has(caller.partition),
    };
    const reporter = deps.progress ?? progressLog(logger);
    reporter.start(() => progress.snapshot());
    const scans = await scanAccounts(accounts.scan, source, context, reporter);
    const planned = scans.flatMap((s) => s.planned);
    const { policyDenied, scanErrors } = (0,policyDenials/* separatePolicyDenials */._7)(planned, errors.all());
    const coverage = (0,analyze_coverage/* coverageOf */._5)(planned, scanErrors, policyDenied);
    reporter.finish({ ...progress.snapshot(), errors: scanErrors.length, coverage });
    warnUnmatchedRegions(options.excludeRegions, scans, logger);
    errors.close(scanErrors);
    logPolicyDenied(policyDenied.length, logger);
    const assembled = assemble(accounts.scan, scans);
    const read = await readRecords(options, source, deps, assembled.targets, startedAt);
    return {
        startedAt,
        finishedAt: new Date(),
        ...assembled,
        uncheckedAccounts: accounts.unchecked,
        // The records' failed calls are scan errors too, of their own APIs; the inventory's coverage
        // is what it read, which they do not change.
        scanErrors: read ? [...scanErrors, ...read.errors] : scanErrors,
        policyDenied,
        coverage,
        ...(read ? { records: read.records } : {}),
    };
}
/** IPAM's and the bill's records, when a reconciliation is on (readAwsRecords.ts). */
function readRecords(options, source, deps, targets, startedAt) {
    return readAwsRecords({
        options,
        source,
        clients: deps.clients,
        logger: deps.logger,
        ...(deps.redact ? { redact: deps.redact } : {}),
        regions: targets.map((t) => t.region),
        startedAt,
    });
}
function logPolicyDenied(count, logger) {
    if (count === 0)
        return;
    logger.info(`${count} account-region(s) denied by an organisation policy (not scan errors): ` +
        'they are listed in policy_denied.csv');
}
/**
 * Every account, in the one pool of calls. On a failure the progress is finished here, so a
 * terminal's line is not left half drawn; else the caller finishes it with the coverage.
 */
async function scanAccounts(ids, source, context, reporter) {
    try {
        return await Promise.all(ids.map(async (id) => {
            const scanned = await scanAccount(accountSession(id, source), context);
            context.progress.accountDone(id);
            return scanned;
        }));
    }
    catch (error) {
        reporter.finish(context.progress.snapshot());
        throw error;
    }
}
/** The caller's credentials and identity; without them nothing can be scanned. */
async function identifyCaller(options, deps) {
    const { clients, mask } = deps;
    const callerCredentials = baseCredentials(options.credentials, {
        sts: clients.sts(options.awsRegion),
        mask,
        webIdentityPolicy: callerSessionPolicy(options.mode === 'multi-account', options.memberRoleName, {
            ipam: options.ipam !== undefined,
            billing: options.reconcileBilling === true,
        }),
        ...(deps.getIdToken ? { getIdToken: deps.getIdToken } : {}),
    });
    const callerSts = clients.sts(options.awsRegion, callerCredentials);
    let caller;
    try {
        caller = await callerIdentity(callerSts);
    }
    catch (error) {
        const { code, message } = errorDetails(error);
        throw new Error(`Could not get the caller's identity (sts:GetCallerIdentity): ${code}: ${message}`, { cause: error });
    }
    deps.logger.info(`Caller: ${caller.arn} (partition ${caller.partition})`);
    return { caller, callerCredentials, callerSts, mask, options };
}
/** An excluded region that no account has enabled excluded nothing: perhaps a typo. */
function warnUnmatchedRegions(excluded, scans, logger) {
    if (!excluded || !scans.some((s) => s.entered))
        return;
    const matched = new Set(scans.flatMap((s) => s.excludedRegions));
    for (const region of excluded.filter((r) => !matched.has(r))) {
        logger.warning(`${Inputs.ExcludeRegions}: ${region} is not enabled in any scanned account; it excludes nothing`);
    }
}
/** Every account's part of the result, in one order whatever order the scans finished in. */
function assemble(accountIds, scans) {
    return {
        accountsScanned: accountIds.filter((_, i) => scans[i]?.entered).sort(sortOrder/* compareText */.n6),
        targets: scans.flatMap((s) => s.targets).sort(sortOrder/* compareTargets */.wu),
        ...mergeFindings(scans.flatMap((s) => s.findings), scans.flatMap((s) => s.accelerators)),
    };
}

;// CONCATENATED MODULE: ./src/audit/historyEntry.ts

/** What the run read, as the scope is reckoned from it (and from a report.json's coverage). */
function scopeInput(result) {
    return {
        accountsScanned: result.accountsScanned,
        targets: result.targets,
        // An account-region an organisation policy denied was not read: never "complete".
        gaps: [...result.coverage.gaps, ...result.policyDenied],
    };
}
function historyEntry(result, cost, totals, scope) {
    return {
        startedAt: result.startedAt.toISOString(),
        monthlyCostUsd: cost.totalMonthlyUsd,
        potentialSavingsUsd: cost.potentialSavingsUsd,
        publicIpv4Addresses: totals.publicIpv4Addresses,
        bySuspicion: { ...totals.bySuspicion },
        unassociatedEips: totals.unassociatedEips,
        accountRegionsPlanned: result.coverage.planned,
        accountRegionsComplete: result.coverage.complete,
        scope: (0,analyze_scope/* scopeDigest */.h$)(scope.complete),
    };
}

// EXTERNAL MODULE: ./src/analyze/reconciliation.ts + 4 modules
var analyze_reconciliation = __webpack_require__(2737);
;// CONCATENATED MODULE: ./src/audit/reportTotals.ts

/** Each kind of finding counts its own rows (its `totals`); the rest is the scan's coverage. */
function reportTotals(result, cost) {
    const kinds = findingKinds/* FINDING_KINDS */.m.map((kind) => kind.totals(result));
    // In report.json the members are in the schema's order (writeJsonReport), whatever this one.
    return Object.assign({
        publicIpv4Addresses: cost.addressCount,
        byoipAddresses: cost.byoipAddressCount,
        accountsScanned: result.accountsScanned.length,
        accountRegionsScanned: result.targets.length,
        uncheckedAccounts: result.uncheckedAccounts.length,
        scanErrors: result.scanErrors.length,
        policyDenied: result.policyDenied.length,
    }, ...kinds);
}

;// CONCATENATED MODULE: ./src/audit/runAudit.ts
// The flow both entries share once the inputs are checked: scan, mark what is suppressed,
// recommend actions, compare with a baseline, price, count, and decide the gate. Each step
// returns new values made from the previous one's (none edits the scan in place), so the order
// of the steps is what their inputs say. Writing and publishing are the entries' part: this
// computes, once, everything they show.
















async function runAudit(options, suppressionEntries, deps, 
/** The pull request's plans, judged before the scan: their checks join the verdict. */
plan) {
    const scanned = await scanWithClients(options, deps);
    const { rows: suppressed, outcome: suppressions } = suppress(scanned, suppressionEntries, deps);
    // From the suppressed rows: an accepted finding needs no action.
    const result = recommendActions(suppressed);
    const baseline = await readBaseline(options, deps);
    const actionable = actionableFindings(result);
    const cost = costSummary(result, options.pricePerIpHour, actionable);
    const scope = (0,analyze_scope/* readScope */.hx)((0,findingAddresses/* findingAddresses */.u)(result), scopeInput(result), options.pricePerIpHour);
    const baselineDiff = baseline && (0,analyze_baselineDiff/* diffBaseline */.V)({ ...result, scope }, baseline);
    const reconciliation = (0,analyze_reconciliation/* reconcile */.L)(result, result.records, (0,findingAddresses/* findingAddresses */.u)(result));
    const scanGate = (0,evaluateGate/* evaluateGate */.DR)((0,evaluateGate/* gateCounts */.Od)(result, options.gateOn === 'new' ? baseline : undefined), options.thresholds, deps.inputName);
    const gate = plan ? withPlanChecks(scanGate, plan.checks) : scanGate;
    const totals = reportTotals(result, cost);
    return {
        result,
        cost,
        totals,
        recommendations: recommendations(actionable, options.pricePerIpHour),
        gate,
        suppressions,
        ...(baselineDiff ? { baselineDiff } : {}),
        history: (0,analyze_history/* carryHistory */.Sk)(baseline, historyEntry(result, cost, totals, scope)),
        ...(reconciliation ? { reconciliation } : {}),
        options,
        ...(plan ? { plan } : {}),
    };
}
/** The scan, with one set of AWS clients (one socket per pool slot) closed afterwards. */
async function scanWithClients(options, deps) {
    const clients = new ClientFactory({
        maxSockets: options.concurrency,
        requestTimeoutSeconds: options.requestTimeoutSeconds,
    });
    try {
        return await scan(options, { ...deps, clients });
    }
    finally {
        clients.destroy();
    }
}
function suppress(result, entries, deps) {
    const today = deps.today?.() ?? new Date().toISOString().slice(0, 10);
    const applied = applySuppressions(result, entries, today);
    const { outcome } = applied;
    for (const s of outcome.expired) {
        deps.logger.warning(`Suppression at ${s.source} expired on ${s.expires} and no longer suppresses (${s.reason})`);
    }
    if (entries.length > 0) {
        deps.logger.info(`Suppressions: ${outcome.suppressed} finding(s) accepted`);
    }
    return applied;
}
/** The baseline, or undefined with a warning: a bad baseline never stops the run. */
async function readBaseline(options, deps) {
    if (options.baseline === undefined)
        return undefined;
    try {
        const baseline = await deps.loadBaseline();
        deps.logger.info(`Baseline: ${baseline.source}`);
        if (baseline.historyProblem !== undefined) {
            deps.logger.warning(`The history in the baseline '${options.baseline}' is malformed and was dropped ` +
                `(${baseline.historyProblem}); the baseline's own totals stand in for it`);
        }
        return baseline;
    }
    catch (error) {
        deps.logger.warning(`The baseline '${options.baseline}' could not be read (${(0,errorMessage/* errorMessage */.g)(error)})` +
            (options.gateOn === 'new' ? ': the gate counts all findings instead of new ones' : ''));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/common/secretRedactor.ts
// Values masked in the log (credentials, tokens) must not reach the report files either: an AWS
// error message or an endpoint's answer may quote them. The log has GitHub's masking; files get
// this one, applied where outside text enters the reports.
const REDACTED = '***';
/** Masks shorter than this would shred ordinary words; no credential is this short. */
const SHORTEST = 8;
class SecretRedactor {
    secrets = new Set();
    /** The secrets longest first, kept sorted as they are added: redact runs per scan error. */
    ordered = [];
    /**
     * Also masks the forms a secret takes in a URL or a log: without its padding, percent-encoded
     * (either case of hex digits), or both.
     */
    add(secret) {
        const unpadded = secret.replace(/=+$/, '');
        const encoded = [secret, unpadded].map(encodeURIComponent);
        const lowerHex = encoded.map((e) => e.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
        const forms = [secret, unpadded, ...encoded, ...lowerHex];
        const fresh = forms.filter((form) => form.length >= SHORTEST && !this.secrets.has(form));
        if (fresh.length === 0)
            return;
        for (const form of fresh)
            this.secrets.add(form);
        this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    }
    /** `text` with every secret replaced by `***`, longest first (a secret may contain another). */
    redact(text) {
        let result = text;
        for (const secret of this.ordered) {
            result = result.split(secret).join(REDACTED);
        }
        return result;
    }
}

;// CONCATENATED MODULE: ./src/plan/attributes.ts
/** A JSON object (not null, not a list). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function child(node, step) {
    if (typeof step === 'number')
        return Array.isArray(node) ? node[step] : undefined;
    return isObject(node) ? node[step] : undefined;
}
/** The value at a path: known (null when absent), or unknown until apply. */
function attribute(view, ...path) {
    let value = view.values;
    let unknown = view.unknown;
    for (const step of path) {
        if (unknown === true)
            return { known: false };
        unknown = child(unknown, step);
        value = child(value, step);
    }
    if (unknown === true)
        return { known: false };
    return { known: true, value: value ?? null };
}
/** A known boolean; the launch template's nullable booleans are the strings "true" / "false". */
function asBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return undefined;
}
function asString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
/** The expression the configuration gives an argument (nested blocks by index), if any. */
function expressionAt(expressions, ...path) {
    let node = expressions;
    for (const step of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[String(step)];
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    const expression = node;
    if (!('constant_value' in expression) && !('references' in expression))
        return undefined;
    if (expression.constant_value === null && expression.references === undefined)
        return undefined;
    return expression;
}

;// CONCATENATED MODULE: ./src/plan/traversal.ts
// Terraform writes addresses and references as traversals: `module.net["a"].aws_eip.nat[0]`,
// `aws_subnet.public[0].id`, `var.subnet_id`. This splits one into its steps.
/** The steps of a traversal; undefined when the text is not one. */
function parseTraversal(text) {
    const steps = [];
    let i = 0;
    while (i < text.length) {
        if (steps.length > 0 && text[i] === '.')
            i += 1;
        if (text[i] === '[') {
            const end = indexEnd(text, i + 1);
            if (end === undefined)
                return undefined;
            steps.push({ key: end.key });
            i = end.next;
            continue;
        }
        const name = /^[A-Za-z_][\w-]*/.exec(text.slice(i, i + 256))?.[0];
        if (name === undefined)
            return undefined;
        steps.push({ name });
        i += name.length;
        if (i < text.length && text[i] !== '.' && text[i] !== '[')
            return undefined;
    }
    return steps.length > 0 ? steps : undefined;
}
/** The key of an index starting at `from` (after `[`), and where the text goes on after `]`. */
function indexEnd(text, from) {
    if (text[from] === '"') {
        let i = from + 1;
        while (i < text.length && text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        if (text[i + 1] !== ']')
            return undefined;
        const quoted = text.slice(from, i + 1);
        return { key: unquote(quoted), next: i + 2 };
    }
    const close = text.indexOf(']', from);
    const digits = text.slice(from, close);
    if (close === -1 || !/^\d+$/.test(digits))
        return undefined;
    return { key: Number(digits), next: close + 1 };
}
/** A Go-quoted string's value (JSON's escapes are a subset); its inside as is when JSON cannot read it. */
function unquote(quoted) {
    try {
        return JSON.parse(quoted);
    }
    catch {
        return quoted.slice(1, -1);
    }
}
/** The steps written back, e.g. `module.net["a"]`. */
function formatTraversal(steps) {
    return steps
        .map((step, i) => {
        if ('key' in step) {
            return typeof step.key === 'number' ? `[${step.key}]` : `[${JSON.stringify(step.key)}]`;
        }
        return i === 0 ? step.name : `.${step.name}`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/plan/moduleAddress.ts
// Module instance addresses, e.g. `module.net["a"].module.subnets[0]` ('' for the root module):
// the calls that lead to a module instance, each with its count index or for_each key.

/** The calls of a module instance address; undefined when the text is not one. */
function parseModuleAddress(address) {
    if (address === '')
        return [];
    const steps = parseTraversal(address);
    if (steps === undefined)
        return undefined;
    const calls = [];
    for (let i = 0; i < steps.length;) {
        const word = steps[i];
        const call = steps[i + 1];
        if (word === undefined || !('name' in word) || word.name !== 'module')
            return undefined;
        if (call === undefined || !('name' in call))
            return undefined;
        const key = steps[i + 2];
        if (key !== undefined && 'key' in key) {
            calls.push({ call: call.name, key: key.key });
            i += 3;
        }
        else {
            calls.push({ call: call.name });
            i += 2;
        }
    }
    return calls;
}
function formatModuleAddress(calls) {
    const steps = calls.flatMap(({ call, key }) => [
        { name: 'module' },
        { name: call },
        ...(key === undefined ? [] : [{ key }]),
    ]);
    return formatTraversal(steps);
}
/** The module's place in the configuration: its call names, without keys, joined by dots. */
function configPath(calls) {
    return calls.map((c) => c.call).join('.');
}

;// CONCATENATED MODULE: ./src/plan/planIndex.ts
// Everything the rules look up in a plan, indexed once: each resource instance (its change, its
// prior state), the instances of each configured resource in each module instance, the modules a
// call expanded to, the configuration of each resource, and instances by their AWS ids. Building
// it is one pass over the plan; every look-up is a map access, so judging a plan stays linear.


/** Attributes whose values find an instance by the ids other resources give (`subnet-\u2026`, `eipalloc-\u2026`, names). */
const ID_ATTRIBUTES = ['id', 'allocation_id', 'name', 'public_ip'];
const SEP = '\u0000';
function configAddressOf(mode, type, name) {
    return mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
}
/** Whether the change leaves an object behind (create, update, no-op, read, or a replace's create). */
function hasAfter(change) {
    return (change === undefined || !change.actions.includes('delete') || change.actions.includes('create'));
}
class PlanIndex {
    instances = new Map();
    byConfig = new Map();
    children = new Map();
    configModules = new Map();
    configResources = new Map();
    byId = new Map();
    /** Parsed module addresses: every instance of a module instance shares one. */
    modules = new Map();
    constructor(plan) {
        for (const change of plan.resource_changes ?? []) {
            if (change.deposed === undefined)
                this.addChange(change);
        }
        const root = plan.prior_state?.values?.root_module;
        if (isObject(root))
            this.addState(root);
        const config = plan.configuration?.root_module;
        if (isObject(config))
            this.addConfig(config, '');
        for (const instance of this.instances.values())
            this.indexInstance(instance);
    }
    /** Every instance: in the plan's changes or in its prior state. */
    all() {
        return this.instances.values();
    }
    instance(address) {
        return this.instances.get(address);
    }
    /** The instances of a configured resource (`aws_subnet.public`) in one module instance. */
    instancesOf(moduleAddress, configAddress) {
        return this.byConfig.get(`${moduleAddress}${SEP}${configAddress}`) ?? [];
    }
    /** The module instances a call in a module instance expanded to (one per count index or key). */
    childModules(moduleAddress, call) {
        const seen = this.children.get(`${moduleAddress}${SEP}${call}`);
        if (seen !== undefined)
            return [...seen];
        // A module with no resources of its own leaves no address behind; without count or for_each
        // it has exactly one instance.
        const callConfig = this.configModule(moduleAddress)?.module_calls?.[call];
        if (callConfig && !callConfig.count_expression && !callConfig.for_each_expression) {
            const parent = parseModuleAddress(moduleAddress) ?? [];
            return [formatModuleAddress([...parent, { call }])];
        }
        return [];
    }
    /** The configuration of the module a module instance is an instance of. */
    configModule(moduleAddress) {
        const calls = this.moduleCalls(moduleAddress);
        return calls === undefined ? undefined : this.configModules.get(configPath(calls));
    }
    configResource(instance) {
        const calls = this.moduleCalls(instance.moduleAddress);
        if (calls === undefined)
            return undefined;
        return this.configResources.get(`${configPath(calls)}${SEP}${instance.configAddress}`);
    }
    /** The calls of a module instance address (parsed once). */
    moduleCalls(moduleAddress) {
        if (!this.modules.has(moduleAddress)) {
            this.modules.set(moduleAddress, parseModuleAddress(moduleAddress));
        }
        return this.modules.get(moduleAddress);
    }
    /** Instances of a type whose id, allocation id, name or public IP is `value`. */
    findById(type, value) {
        return this.byId.get(`${type}${SEP}${value}`) ?? [];
    }
    /**
     * The instance after this plan is applied: the planned values, or its state when the plan
     * does not change it. Undefined when the plan deletes it.
     */
    after(instance) {
        const { change, state } = instance;
        if (change === undefined)
            return state ? { values: state } : undefined;
        if (!hasAfter(change))
            return undefined;
        const values = isObject(change.after) ? change.after : {};
        return { values, unknown: change.after_unknown ?? {} };
    }
    /** The instance before this plan: its prior values (all known), if it existed. */
    before(instance) {
        const before = instance.change?.before;
        if (isObject(before))
            return { values: before };
        return instance.state ? { values: instance.state } : undefined;
    }
    addChange(change) {
        const moduleAddress = change.module_address ?? '';
        this.instances.set(change.address, {
            address: change.address,
            moduleAddress,
            mode: change.mode,
            type: change.type,
            name: change.name,
            ...(change.index === undefined ? {} : { key: change.index }),
            configAddress: configAddressOf(change.mode, change.type, change.name),
            change: change.change,
        });
    }
    addState(module) {
        const moduleAddress = typeof module.address === 'string' ? module.address : '';
        for (const resource of Array.isArray(module.resources) ? module.resources : []) {
            if (!isObject(resource) || typeof resource.address !== 'string')
                continue;
            const values = isObject(resource.values) ? resource.values : {};
            const known = this.instances.get(resource.address);
            if (known !== undefined) {
                known.state = values;
                continue;
            }
            this.instances.set(resource.address, {
                address: resource.address,
                moduleAddress,
                mode: resource.mode,
                type: resource.type,
                name: resource.name,
                ...(resource.index === undefined ? {} : { key: resource.index }),
                configAddress: configAddressOf(resource.mode, resource.type, resource.name),
                state: values,
            });
        }
        for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
            if (isObject(child))
                this.addState(child);
        }
    }
    addConfig(module, path) {
        this.configModules.set(path, module);
        for (const resource of Array.isArray(module.resources) ? module.resources : []) {
            if (isObject(resource) && typeof resource.address === 'string') {
                this.configResources.set(`${path}${SEP}${resource.address}`, resource);
            }
        }
        for (const [call, spec] of Object.entries(module.module_calls ?? {})) {
            if (isObject(spec?.module)) {
                this.addConfig(spec.module, path === '' ? call : `${path}.${call}`);
            }
        }
    }
    indexInstance(instance) {
        push(this.byConfig, `${instance.moduleAddress}${SEP}${instance.configAddress}`, instance);
        if (!this.modules.has(instance.moduleAddress)) {
            this.indexModule(this.moduleCalls(instance.moduleAddress) ?? []);
        }
        const sides = [instance.state, instance.change?.before, instance.change?.after];
        const ids = new Set();
        for (const side of sides) {
            if (!isObject(side))
                continue;
            for (const attribute of ID_ATTRIBUTES) {
                const value = side[attribute];
                if (typeof value === 'string' && value !== '')
                    ids.add(value);
            }
        }
        for (const id of ids)
            push(this.byId, `${instance.type}${SEP}${id}`, instance);
    }
    /** Records each module instance on the way to this one under its parent and call. */
    indexModule(calls) {
        for (let depth = 1; depth <= calls.length; depth += 1) {
            const parent = formatModuleAddress(calls.slice(0, depth - 1));
            const step = calls[depth - 1];
            const key = `${parent}${SEP}${step.call}`;
            let set = this.children.get(key);
            if (set === undefined)
                this.children.set(key, (set = new Set()));
            set.add(formatModuleAddress(calls.slice(0, depth)));
        }
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}

;// CONCATENATED MODULE: ./src/plan/resolveReferences.ts
// Which resource instances an expression's value can come from, by its references: how a value
// the plan knows only after apply (an instance's subnet_id when the subnet is created in the same
// plan) is traced to the resource that will supply it. References are followed through module
// outputs and input variables; they are not evaluated, so the answer is every instance the value
// can come from. `complete` is false when some reference leads where the plan does not show (a
// local value, each.value, a resource with no instance), and then the caller must not conclude.



/** Deeper than any real module tree: a guard against a configuration that loops. */
const MAX_DEPTH = 32;
/** References that select or name, never carry a resource's value. */
const INERT_ROOTS = new Set(['count', 'path', 'terraform', 'self']);
/** Resolutions already made, per plan: every instance of a configured resource asks the same. */
const resolved = new WeakMap();
/** The instances an expression's value can come from. The answer is shared: do not change it. */
function resolveReferences(index, moduleAddress, references) {
    let cache = resolved.get(index);
    if (cache === undefined)
        resolved.set(index, (cache = new Map()));
    const key = `${moduleAddress}\u0000${references.join('\u0000')}`;
    const known = cache.get(key);
    if (known !== undefined)
        return known;
    const found = new Map();
    const complete = follow(index, moduleAddress, references, found, 0);
    const resolution = { instances: [...found.values()], complete };
    cache.set(key, resolution);
    return resolution;
}
function follow(index, moduleAddress, references, found, depth) {
    if (depth > MAX_DEPTH)
        return false;
    let complete = true;
    references.forEach((reference, i) => {
        // Terraform lists each reference and then each shorter prefix of it; a prefix names the same
        // object or, without its key, every instance: only the longest form says which.
        const previous = references[i - 1];
        if (previous?.startsWith(`${reference}.`) || previous?.startsWith(`${reference}[`))
            return;
        const steps = parseTraversal(reference);
        if (steps === undefined)
            complete = false;
        else
            complete = followOne(index, moduleAddress, steps, found, depth) && complete;
    });
    return complete;
}
function followOne(index, moduleAddress, steps, found, depth) {
    const [root, second, third] = steps.map((s) => ('name' in s ? s.name : undefined));
    if (root === undefined)
        return false;
    if (INERT_ROOTS.has(root))
        return true;
    if (root === 'each')
        return second === 'key';
    if (root === 'local')
        return false;
    if (root === 'var')
        return second !== undefined && followVariable(index, moduleAddress, second, found, depth);
    if (root === 'module')
        return followOutput(index, moduleAddress, steps, found, depth);
    if (root === 'data') {
        if (second === undefined || third === undefined)
            return false;
        return addResource(index, moduleAddress, configAddressOf('data', second, third), steps[3], found);
    }
    if (second === undefined)
        return false;
    return addResource(index, moduleAddress, configAddressOf('managed', root, second), steps[2], found);
}
function addResource(index, moduleAddress, configAddress, keyStep, found) {
    const key = keyStep !== undefined && 'key' in keyStep ? keyStep.key : undefined;
    const instances = index
        .instancesOf(moduleAddress, configAddress)
        .filter((instance) => key === undefined || instance.key === key)
        .filter((instance) => hasAfter(instance.change));
    for (const instance of instances)
        found.set(instance.address, instance);
    return instances.length > 0;
}
/** A module's input variable: what its call passes, in the calling module. */
function followVariable(index, moduleAddress, name, found, depth) {
    // A root module variable is a value given to the plan, never a resource's attribute.
    if (moduleAddress === '')
        return true;
    const calls = index.moduleCalls(moduleAddress);
    const last = calls?.at(-1);
    if (calls === undefined || last === undefined)
        return false;
    const parent = formatModuleAddress(calls.slice(0, -1));
    const call = index.configModule(parent)?.module_calls?.[last.call];
    if (call === undefined)
        return false;
    const expression = call.expressions?.[name];
    // Not passed: the variable's default, a constant.
    if (expression === undefined)
        return true;
    return follow(index, parent, expression.references ?? [], found, depth + 1);
}
/** `module.NAME.OUTPUT` or `module.NAME[KEY].OUTPUT`: the output's expression, in each module instance. */
function followOutput(index, moduleAddress, steps, found, depth) {
    const call = steps[1];
    if (call === undefined || !('name' in call))
        return false;
    const keyStep = steps[2];
    const key = keyStep !== undefined && 'key' in keyStep ? keyStep.key : undefined;
    const outputStep = steps[key === undefined ? 2 : 3];
    if (outputStep === undefined || !('name' in outputStep))
        return false;
    const callConfig = index.configModule(moduleAddress)?.module_calls?.[call.name];
    const expression = callConfig?.module?.outputs?.[outputStep.name]?.expression;
    if (expression === undefined)
        return false;
    const children = index
        .childModules(moduleAddress, call.name)
        .filter((child) => key === undefined || index.moduleCalls(child)?.at(-1)?.key === key);
    if (children.length === 0)
        return false;
    let complete = true;
    for (const child of children) {
        complete = follow(index, child, expression.references ?? [], found, depth + 1) && complete;
    }
    return complete;
}

;// CONCATENATED MODULE: ./src/plan/linkedInstances.ts
// The instances one resource names in some of its arguments: the Elastic IPs a NAT gateway uses
// (`allocation_id`), the launch template of an Auto Scaling group, the subnets of a load balancer.
// A known id is looked up among the plan's instances (not found: it exists outside the plan); an
// id known only after apply is traced through the configuration's references.


function linkedInstances(source, paths, types) {
    const found = new Map();
    const outside = [];
    let complete = true;
    for (const path of paths) {
        for (const id of stringsAt(source.view.values, path)) {
            const matches = types.flatMap((type) => source.index.findById(type, id));
            if (matches.length === 0)
                outside.push(id);
            for (const match of matches)
                found.set(match.address, match);
        }
        if (!anyUnknownAt(source.view.unknown, path))
            continue;
        const configured = nodesAt(source.expressions, path);
        if (configured.length === 0) {
            // Not set in the configuration: a value the provider computes, which names nothing new.
            // Without the configuration, there is no telling.
            if (source.expressions === undefined)
                complete = false;
            continue;
        }
        const references = configured.flatMap(collectReferences);
        const resolved = resolveReferences(source.index, source.instance.moduleAddress, references);
        const wanted = resolved.instances.filter((i) => types.includes(i.type));
        if (!resolved.complete || wanted.length === 0)
            complete = false;
        for (const match of wanted)
            found.set(match.address, match);
    }
    return { instances: [...found.values()], outside: [...new Set(outside)], complete };
}
function step(node, name) {
    if (name === '*')
        return Array.isArray(node) ? node : [];
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return [];
    const next = node[name];
    return next === undefined ? [] : [next];
}
function nodesAt(root, path) {
    return path.reduce((nodes, name) => nodes.flatMap((n) => step(n, name)), [root]);
}
/** The non-empty strings at a path (an argument may be a string or a list of them). */
function stringsAt(values, path) {
    return nodesAt(values, path)
        .flatMap((n) => (Array.isArray(n) ? n : [n]))
        .filter((n) => typeof n === 'string' && n !== '');
}
/** Whether anything at or under the path is known only after apply. */
function anyUnknownAt(unknown, path) {
    let nodes = [unknown];
    for (const name of path) {
        if (nodes.some((n) => n === true))
            return true;
        nodes = nodes.flatMap((n) => step(n, name));
    }
    return nodes.some(containsTrue);
}
function containsTrue(node) {
    if (node === true)
        return true;
    if (Array.isArray(node))
        return node.some(containsTrue);
    return isObject(node) && Object.values(node).some(containsTrue);
}
function collectReferences(node) {
    if (Array.isArray(node))
        return node.flatMap(collectReferences);
    if (node === null || typeof node !== 'object')
        return [];
    const record = node;
    const own = Array.isArray(record.references)
        ? record.references.filter((r) => typeof r === 'string')
        : [];
    const nested = Object.entries(record)
        .filter(([key]) => key !== 'references' && key !== 'constant_value')
        .flatMap(([, value]) => collectReferences(value));
    return [...own, ...nested];
}

;// CONCATENATED MODULE: ./src/plan/routeLinks.ts
// Which route table each subnet uses, and which route tables aws_route resources give a route to
// an internet gateway: what it takes to say, soundly, that a subnet has no route to the internet.
// Only explicit associations are known (a subnet without one uses its VPC's main route table,
// which the plan may not show), and only while every association's subnet and table can be named.

const ROUTE_TABLE_TYPES = ['aws_route_table', 'aws_default_route_table'];
function emptyRouteLinks() {
    return {
        subnetTables: new Map(),
        associationsComplete: true,
        gatewayRoutes: new Map(),
        routesComplete: true,
    };
}
/**
 * Whether a route (or any of a table's routes: `route.*.gateway_id`) goes to an internet gateway:
 * an `igw-` id, or a reference to an aws_internet_gateway. Undefined when it cannot be told.
 */
function toInternetGateway(source, path) {
    const linked = linkedInstances(source, [path], ['aws_internet_gateway']);
    if (linked.instances.length > 0 || linked.outside.some((id) => id.startsWith('igw-'))) {
        return true;
    }
    return linked.complete ? false : undefined;
}
function addRouteLinks(links, source) {
    const { instance } = source;
    if (instance.type === 'aws_route_table_association') {
        const subnets = linkedInstances(source, [['subnet_id']], ['aws_subnet']);
        const tables = linkedInstances(source, [['route_table_id']], ROUTE_TABLE_TYPES);
        if (!subnets.complete || !tables.complete)
            links.associationsComplete = false;
        for (const subnet of subnets.instances) {
            const list = links.subnetTables.get(subnet.address) ?? [];
            list.push(...tables.instances.map((t) => t.address), ...tables.outside);
            links.subnetTables.set(subnet.address, list);
        }
    }
    if (instance.type === 'aws_route') {
        const tables = linkedInstances(source, [['route_table_id']], ROUTE_TABLE_TYPES);
        if (!tables.complete)
            links.routesComplete = false;
        const igw = toInternetGateway(source, ['gateway_id']);
        for (const table of tables.instances) {
            const seen = links.gatewayRoutes.has(table.address)
                ? links.gatewayRoutes.get(table.address)
                : false;
            const any = seen === true || igw === true;
            links.gatewayRoutes.set(table.address, any ? true : seen === undefined || igw === undefined ? undefined : false);
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/planLinks.ts
// Facts that join two resources, computed once per plan for the rules: which Elastic IPs
// something in the plan uses (so a NAT gateway's address is counted once, with its aws_eip, and an
// idle one is flagged), which instances get an Elastic IP (which replaces their automatic address),
// which launch templates an Auto Scaling group or an instance launches from, and which route table
// a subnet uses (routeLinks.ts).



/** Where each type names the Elastic IPs it uses, by allocation id or address. */
const EIP_USERS = {
    aws_eip_association: [['allocation_id'], ['public_ip']],
    aws_nat_gateway: [
        ['allocation_id'],
        ['secondary_allocation_ids'],
        ['availability_zone_address', '*', 'allocation_ids'],
    ],
    aws_lb: [['subnet_mapping', '*', 'allocation_id']],
    aws_alb: [['subnet_mapping', '*', 'allocation_id']],
    aws_globalaccelerator_endpoint_group: [['endpoint_configuration', '*', 'endpoint_id']],
};
/** A mixed instances policy's launch template specifications: the policy's own, each override's. */
const MIXED_SPECIFICATIONS = [
    ['mixed_instances_policy', '*', 'launch_template', '*'],
    ['mixed_instances_policy', '*', 'launch_template', '*', 'override', '*'],
].map((at) => [...at, 'launch_template_specification', '*']);
/** Where an Auto Scaling group or an instance names its launch template or configuration. */
const TEMPLATE_PATHS = [
    ['launch_template', '*', 'id'],
    ['launch_template', '*', 'name'],
    ...MIXED_SPECIFICATIONS.flatMap((specification) => [
        [...specification, 'launch_template_id'],
        [...specification, 'launch_template_name'],
    ]),
    ['launch_configuration'],
];
const TEMPLATE_TYPES = ['aws_launch_template', 'aws_launch_configuration'];
/** Every instance that exists after the plan, with its view and configuration. */
function linkSources(index, instances) {
    return [...instances].flatMap((instance) => {
        const view = index.after(instance);
        if (view === undefined || instance.mode !== 'managed')
            return [];
        const expressions = index.configResource(instance)?.expressions;
        return [{ index, instance, view, expressions }];
    });
}
function add(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else if (!list.includes(value))
        list.push(value);
}
function planLinks(index, instances) {
    const links = {
        eipUsers: new Map(),
        eipUsersComplete: true,
        instanceEips: new Map(),
        eipInstances: new Map(),
        templateUsers: new Map(),
        routes: emptyRouteLinks(),
    };
    for (const source of linkSources(index, instances)) {
        const { instance } = source;
        const eipPaths = EIP_USERS[instance.type];
        if (eipPaths !== undefined) {
            const used = linkedInstances(source, eipPaths, ['aws_eip']);
            if (!used.complete)
                links.eipUsersComplete = false;
            for (const eip of used.instances)
                add(links.eipUsers, eip.address, instance.address);
        }
        if (instance.type === 'aws_eip' || instance.type === 'aws_eip_association') {
            linkInstanceEips(source, links);
        }
        addRouteLinks(links.routes, source);
        if (launchesFromTemplate(source)) {
            const templates = linkedInstances(source, TEMPLATE_PATHS, TEMPLATE_TYPES);
            for (const t of templates.instances)
                add(links.templateUsers, t.address, instance.address);
        }
    }
    return links;
}
/** An Auto Scaling group, or an instance that names a launch template. */
function launchesFromTemplate(source) {
    if (source.instance.type === 'aws_autoscaling_group')
        return true;
    if (source.instance.type !== 'aws_instance')
        return false;
    const template = attribute(source.view, 'launch_template');
    const named = !template.known || (Array.isArray(template.value) && template.value.length > 0);
    const configured = source.expressions
        ?.launch_template;
    return named || configured !== undefined;
}
/**
 * An Elastic IP associated with an instance's primary private address replaces the address the
 * instance got at launch (AWS releases it). One associated with another private address does not.
 */
function linkInstanceEips(source, links) {
    const { view, instance } = source;
    const privateIp = attribute(view, 'associate_with_private_ip');
    const privateIpSet = (privateIp.known && asString(privateIp.value) !== undefined) ||
        (!privateIp.known && source.expressions?.associate_with_private_ip !== undefined);
    if (privateIpSet)
        return;
    const instancePath = instance.type === 'aws_eip' ? 'instance' : 'instance_id';
    const targets = linkedInstances(source, [[instancePath]], ['aws_instance']);
    let eips = [instance.address];
    if (instance.type === 'aws_eip_association') {
        // An Elastic IP allocated outside the plan is named by its id.
        const used = linkedInstances(source, EIP_USERS.aws_eip_association ?? [], ['aws_eip']);
        eips = [...used.instances.map((e) => e.address), ...used.outside];
    }
    for (const target of targets.instances) {
        for (const eip of eips) {
            add(links.instanceEips, target.address, eip);
            add(links.eipInstances, eip, target.address);
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/rules/addressRule.ts
// The shape every resource type's rule has: given one side of a change (the object before, or
// after), how many public IPv4 addresses that object holds, how many of them are free (BYOIP),
// what the count waits for and what a reviewer should notice.

function addresses(count, more = {}) {
    return { count, free: 0, dependsOn: [], flags: [], ...more };
}
const NONE = Object.freeze(addresses(0));
function flag(code, text) {
    return { code, text };
}
const KNOWN_AFTER_APPLY = 'known after apply';
const NOT_IN_PLAN = 'not in this plan';
function dependency(resource, attribute, reason) {
    return { resource, attribute, reason };
}
/** This object's attribute, known only after apply. */
function unknownHere(input, ...path) {
    return dependency(input.instance.address, pathText(path), KNOWN_AFTER_APPLY);
}
/** `subnet_mapping[0].allocation_id`. */
function pathText(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
/**
 * Whether the configuration sets an argument. An unknown Optional+Computed argument that is not
 * set takes AWS's default; one that is set waits for its value. Without the configuration, an
 * argument counts as set: the rule then waits rather than assume the default.
 */
function isConfigured(input, ...path) {
    if (!input.hasConfig)
        return true;
    return configuredExpression(input, ...path) !== undefined;
}
function configuredExpression(input, ...path) {
    return expressionAt(input.expressions, ...path);
}
/** The view of another instance on the same side as the change being judged. */
function sideOf(input, instance) {
    return input.side === 'after' ? input.index.after(instance) : input.index.before(instance);
}
/** Whether the configuration has a nested block (or blocks) of this name. */
function isBlockConfigured(input, name) {
    if (!input.hasConfig)
        return true;
    const block = input.expressions?.[name];
    if (Array.isArray(block))
        return block.length > 0;
    return block !== undefined && block !== null && typeof block === 'object';
}

;// CONCATENATED MODULE: ./src/plan/rules/launchTemplate.ts
// Launch templates and launch configurations hold no address themselves: each instance launched
// from one gets a public IPv4 address when its primary network interface asks for one
// (`associate_public_ip_address`; the template's is a nullable boolean, "true"/"false"/unset), and
// otherwise as its subnet decides. The instances are counted where the plan says how many: on the
// Auto Scaling group or the instance launched from it; a template nothing in the plan launches is
// reported "per instance".


function templateDecision(template, view) {
    if (template.type === 'aws_launch_configuration') {
        const associate = attribute(view, 'associate_public_ip_address');
        if (!associate.known)
            return dependency(template.address, 'associate_public_ip_address', KNOWN_AFTER_APPLY);
        return fromBoolean(asBoolean(associate.value));
    }
    const interfaces = attribute(view, 'network_interfaces');
    if (!interfaces.known)
        return dependency(template.address, 'network_interfaces', KNOWN_AFTER_APPLY);
    const list = asList(interfaces.value);
    // AWS assigns the address to the primary interface (device index 0) only.
    const primary = list.findIndex((ni) => {
        const index = isObject(ni) ? ni.device_index : undefined;
        return index === undefined || index === null || index === 0 || index === '0';
    });
    if (primary === -1)
        return 'subnet-decides';
    const associate = attribute(view, 'network_interfaces', primary, 'associate_public_ip_address');
    if (!associate.known) {
        return dependency(template.address, `network_interfaces[${primary}].associate_public_ip_address`, KNOWN_AFTER_APPLY);
    }
    return fromBoolean(asBoolean(associate.value));
}
function fromBoolean(value) {
    if (value === true)
        return 'assigns';
    if (value === false)
        return 'does-not-assign';
    return 'subnet-decides';
}
/** The rule for aws_launch_template and aws_launch_configuration rows: 0, and who counts. */
const launchTemplate = (input) => {
    if (input.side !== 'after')
        return NONE;
    const decision = templateDecision(input.instance, input.view);
    if (decision !== 'assigns')
        return NONE;
    const users = input.links.templateUsers.get(input.instance.address) ?? [];
    if (users.length > 0) {
        return {
            ...NONE,
            flags: [
                flag('counted-elsewhere', `each instance launched from it gets a public IPv4 address: counted on ${users.join(', ')}`),
            ],
        };
    }
    return {
        ...NONE,
        dependsOn: [perInstance(input)],
    };
};
function perInstance(input) {
    return dependency(input.instance.address, 'instances launched from it', 'per instance: one public IPv4 address each, and nothing in this plan says how many');
}

;// CONCATENATED MODULE: ./src/plan/rules/subnetAutoAssign.ts
// Whether a new instance gets a public IPv4 address from its subnet: `map_public_ip_on_launch`
// of the subnet it launches in ("Indicates whether instances launched in this subnet receive a
// public IPv4 address"). The subnet is found by its id (in the plan's changes or its prior state,
// data sources included) or, when the id is known only after apply because the subnet is created
// in the same plan, through the configuration's references. No subnet at all means a default
// subnet, which assigns one ("If launching into a default subnet, the default value is true").



const DEFAULT_SUBNET = flag('default-subnet', 'no subnet given: it launches in a default subnet, which assigns a public IPv4 address');
/** The decision of the subnets at `path` (one id, or a list of them: an Auto Scaling group's). */
function subnetAutoAssign(input, path) {
    const ids = attribute(input.view, ...path);
    const configured = isConfigured(input, ...path);
    const empty = ids.known && (ids.value === null || (Array.isArray(ids.value) && ids.value.length === 0));
    if ((ids.known && empty) || (!ids.known && !configured)) {
        return { assigns: true, flags: [DEFAULT_SUBNET] };
    }
    const linked = linkedInstances(input, [path.map(String)], ['aws_subnet']);
    if (!linked.complete) {
        return { dependsOn: dependency(input.instance.address, pathText(path), KNOWN_AFTER_APPLY) };
    }
    const outside = linked.outside[0];
    if (outside !== undefined) {
        return { dependsOn: dependency(outside, 'map_public_ip_on_launch', NOT_IN_PLAN) };
    }
    const decisions = linked.instances.map((subnet) => subnetDecision(input, subnet));
    const waiting = decisions.find((d) => 'dependsOn' in d);
    if (waiting !== undefined)
        return waiting;
    const assigns = new Set(decisions.map((d) => 'assigns' in d && d.assigns));
    if (assigns.size > 1) {
        return {
            dependsOn: dependency(input.instance.address, pathText(path), 'its subnets differ in map_public_ip_on_launch'),
        };
    }
    return { assigns: assigns.has(true), flags: [] };
}
function subnetDecision(input, subnet) {
    const view = sideOf(input, subnet);
    if (view === undefined) {
        return { dependsOn: dependency(subnet.address, 'map_public_ip_on_launch', NOT_IN_PLAN) };
    }
    const map = attribute(view, 'map_public_ip_on_launch');
    if (!map.known) {
        return { dependsOn: dependency(subnet.address, 'map_public_ip_on_launch', KNOWN_AFTER_APPLY) };
    }
    return { assigns: asBoolean(map.value) === true, flags: [] };
}

;// CONCATENATED MODULE: ./src/plan/rules/autoScalingGroup.ts
// aws_autoscaling_group: one public IPv4 address per instance when its launch template (or launch
// configuration) gives instances one, or leaves it to subnets (`vpc_zone_identifier`) that do.
// How many instances: `desired_capacity` when the plan says it, else `min_size` (AWS starts a group
// at its minimum when no desired capacity is given), a lower bound flagged with `max_size`.






const autoScalingGroup = (input) => {
    const decision = instancesAssign(input);
    const capacity = groupCapacity(input);
    if ('dependsOn' in decision) {
        return addresses(0, { dependsOn: [decision.dependsOn], flags: capacity.flags });
    }
    if (!decision.assigns)
        return addresses(0);
    const max = numberAt(input.view, 'max_size');
    const flags = [...decision.flags, ...capacity.flags];
    if (max !== undefined && max > capacity.count) {
        flags.push(flag('scales', `scaling can launch up to max_size ${max} instances, each with an address`));
    }
    return addresses(capacity.count, { flags, dependsOn: capacity.dependsOn });
};
function instancesAssign(input) {
    const templates = linkedInstances(input, TEMPLATE_PATHS, TEMPLATE_TYPES);
    const outside = templates.outside[0];
    if (outside !== undefined) {
        return { dependsOn: dependency(outside, 'associate_public_ip_address', NOT_IN_PLAN) };
    }
    if (!templates.complete || templates.instances.length === 0) {
        return { dependsOn: dependency(input.instance.address, 'launch_template', KNOWN_AFTER_APPLY) };
    }
    const decisions = [];
    for (const template of templates.instances) {
        const view = sideOf(input, template);
        if (view === undefined)
            continue;
        const decision = templateDecision(template, view);
        if (typeof decision !== 'string')
            return { dependsOn: decision };
        if (decision === 'subnet-decides')
            decisions.push(autoScalingGroup_subnetDecision(input));
        else
            decisions.push({ assigns: decision === 'assigns', flags: [] });
    }
    const waiting = decisions.find((d) => 'dependsOn' in d);
    if (waiting !== undefined)
        return waiting;
    const assigns = new Set(decisions.map((d) => 'assigns' in d && d.assigns));
    if (assigns.size > 1) {
        return {
            dependsOn: dependency(input.instance.address, 'launch_template', 'its launch templates differ in associate_public_ip_address'),
        };
    }
    return {
        assigns: assigns.has(true),
        flags: decisions.flatMap((d) => ('flags' in d ? d.flags : [])),
    };
}
function autoScalingGroup_subnetDecision(input) {
    return subnetAutoAssign(input, ['vpc_zone_identifier']);
}
function numberAt(view, name) {
    const value = attribute(view, name);
    return value.known && typeof value.value === 'number' ? value.value : undefined;
}
function groupCapacity(input) {
    const desired = attribute(input.view, 'desired_capacity');
    if (desired.known && typeof desired.value === 'number') {
        return { count: desired.value, flags: [], dependsOn: [] };
    }
    const min = numberAt(input.view, 'min_size') ?? 0;
    if (!desired.known && isConfigured(input, 'desired_capacity')) {
        return { count: min, flags: [], dependsOn: [unknownHere(input, 'desired_capacity')] };
    }
    return {
        count: min,
        flags: [flag('scales', `desired_capacity not set: counted at min_size ${min}`)],
        dependsOn: [],
    };
}

;// CONCATENATED MODULE: ./src/plan/rules/database.ts
// aws_db_instance / aws_rds_cluster_instance with `publicly_accessible`: one public IPv4 address
// on the instance's network interface. aws_db_instance defaults to false. A cluster instance that
// does not set it takes RDS's default, which depends on whether its subnets route to an internet
// gateway: the plan cannot say, so it waits for that.


const database = (input) => {
    const accessible = attribute(input.view, 'publicly_accessible');
    if (accessible.known)
        return asBoolean(accessible.value) === true ? addresses(1) : NONE;
    if (isConfigured(input, 'publicly_accessible')) {
        return addresses(0, { dependsOn: [unknownHere(input, 'publicly_accessible')] });
    }
    return addresses(0, {
        dependsOn: [
            dependency(input.instance.address, 'publicly_accessible', 'not set: RDS makes it public when its subnets route to an internet gateway'),
        ],
    });
};

;// CONCATENATED MODULE: ./src/plan/rules/elasticIp.ts
// aws_eip: one public IPv4 address per instance of the resource (count and for_each instances
// are the plan's own rows). Not charged when allocated from a BYOIP pool (`public_ipv4_pool` set
// and not `amazon`); an Outposts customer-owned address is not a public AWS IPv4 address at all.
// One that takes the place of an instance's automatic address adds none (replacedAutomatic).



const elasticIp = (input) => {
    const replaces = replacedAutomatic(input);
    if (replaces !== undefined) {
        return {
            ...NONE,
            flags: [
                flag('counted-elsewhere', `replaces the automatic public IPv4 address of ${replaces}, counted there: no change in number`),
            ],
        };
    }
    return charged(input);
};
function charged(input) {
    const { view } = input;
    const coip = attribute(view, 'customer_owned_ipv4_pool');
    if (coip.known && asString(coip.value) !== undefined) {
        return {
            ...NONE,
            flags: [flag('customer-owned', 'a customer-owned (Outposts) address: not public AWS IPv4')],
        };
    }
    const pool = attribute(view, 'public_ipv4_pool');
    const flags = idleFlags(input);
    if (!pool.known) {
        // Unset, AWS allocates from its own pool; set to a value not known yet, the cost waits for it.
        if (!isConfigured(input, 'public_ipv4_pool'))
            return addresses(1, { flags });
        return addresses(1, { flags, dependsOn: [unknownHere(input, 'public_ipv4_pool')] });
    }
    const name = asString(pool.value);
    if (name === undefined || name === 'amazon')
        return addresses(1, { flags });
    return addresses(1, {
        free: 1,
        flags: [...flags, flag('byoip', `BYOIP pool ${name}: not charged`)],
    });
}
/**
 * An Elastic IP associated with an instance's primary private address replaces the instance's
 * automatic public address, and a new automatic one comes back when it is disassociated: the pair
 * holds one address. It is counted on the instance when the plan neither creates nor deletes the
 * instance (so adding or removing the Elastic IP changes nothing), and on the Elastic IP otherwise.
 */
function replacedAutomatic(input) {
    const { index, links, instance, view, side } = input;
    const privateIp = attribute(view, 'associate_with_private_ip');
    if (!privateIp.known || asString(privateIp.value) !== undefined)
        return undefined;
    const targets = linkedInstances(input, [['instance']], ['aws_instance']).instances;
    const linked = side === 'after' ? (links.eipInstances.get(instance.address) ?? []) : [];
    for (const target of [...targets, ...linked.map((a) => index.instance(a))]) {
        if (target === undefined || target.type !== 'aws_instance')
            continue;
        const actions = target.change?.actions ?? [];
        if (actions.includes('create') || actions.includes('delete'))
            continue;
        const targetView = sideOf(input, target);
        const automatic = targetView && attribute(targetView, 'associate_public_ip_address');
        if (automatic?.known && asBoolean(automatic.value) === true)
            return target.address;
    }
    return undefined;
}
/** An Elastic IP created with nothing in the plan to associate it is billed while idle. */
function idleFlags(input) {
    const { links, instance, view, side } = input;
    if (side !== 'after' || !instance.change?.actions.includes('create'))
        return [];
    const associated = ['instance', 'network_interface'].some((name) => {
        const value = attribute(view, name);
        return !value.known || asString(value.value) !== undefined;
    });
    if (associated || !links.eipUsersComplete || links.eipUsers.has(instance.address))
        return [];
    return [
        flag('unassociated-eip', 'created with nothing in this plan associating it: an idle Elastic IP is billed all the same'),
    ];
}

;// CONCATENATED MODULE: ./src/plan/rules/globalAccelerator.ts
// aws_globalaccelerator_accelerator and aws_globalaccelerator_custom_routing_accelerator: two
// static IPv4 addresses, for IPV4 and for DUAL_STACK alike (dual-stack adds two IPv6 addresses,
// "a total of four addresses: two static IPv4 addresses and two static IPv6 addresses"). Addresses
// given in `ip_addresses` come from the account's own (BYOIP) pool: not charged.


const STATIC_IPV4 = 2;
const globalAccelerator = (input) => {
    const own = attribute(input.view, 'ip_addresses');
    const byoip = own.known ? Math.min(asList(own.value).length, STATIC_IPV4) : 0;
    if (byoip === 0)
        return addresses(STATIC_IPV4);
    return addresses(STATIC_IPV4, {
        free: byoip,
        flags: [flag('byoip', `${byoip} of its addresses from a BYOIP pool: not charged`)],
    });
};

;// CONCATENATED MODULE: ./src/plan/rules/internetRoute.ts
// "In a subnet with no route to an internet gateway": an address there cannot be reached from the
// internet, which is the scan's HIGH suspicion, seen before the address exists. Said only when it
// is sure: the subnet has exactly one route table, explicitly associated in the plan or its state,
// and every route of that table is known (inline routes, which own the table's routes, or the
// routes the state read from AWS), plus the aws_route resources the plan adds to it.




/** The subnets an object names in `subnet_id`, when the plan can name them all. */
function subnetsOf(input) {
    const linked = linkedInstances(input, [['subnet_id']], ['aws_subnet']);
    return linked.complete && linked.outside.length === 0 ? linked.instances : [];
}
function noInternetRoute(input, subnets) {
    const { routes } = input.links;
    if (input.side !== 'after' || subnets.length === 0)
        return [];
    if (!routes.associationsComplete || !routes.routesComplete)
        return [];
    const isolated = subnets.flatMap((subnet) => {
        const tables = routes.subnetTables.get(subnet.address) ?? [];
        const table = tables.length === 1 ? input.index.instance(tables[0] ?? '') : undefined;
        return table && reachesInternet(input, table) === false ? [[subnet, table]] : [];
    });
    // Several subnets (an Auto Scaling group's): only when none of them reaches the internet.
    if (isolated.length === 0 || isolated.length !== subnets.length)
        return [];
    return [flag('no-internet-route', isolatedText(input, isolated))];
}
function isolatedText(input, isolated) {
    const [subnet, table] = isolated[0] ?? [];
    const unreachable = 'no route to an internet gateway';
    if (isolated.length > 1) {
        return `in subnets whose route tables have ${unreachable}: the addresses cannot be reached from the internet`;
    }
    if (subnet === input.instance) {
        return `its route table ${table?.address} has ${unreachable}: the addresses it assigns cannot be reached from the internet`;
    }
    return `in ${subnet?.address}, whose route table ${table?.address} has ${unreachable}: the address cannot be reached from the internet`;
}
/** Whether a route table routes to an internet gateway; undefined when the plan cannot tell. */
function reachesInternet(input, table) {
    const view = sideOf(input, table);
    const added = input.links.routes.gatewayRoutes;
    if (view === undefined)
        return undefined;
    if (added.get(table.address) === true)
        return true;
    if (!attribute(view, 'route').known)
        return undefined;
    const expressions = input.index.configResource(table)?.expressions;
    const source = { index: input.index, instance: table, view, expressions };
    const inline = toInternetGateway(source, ['route', '*', 'gateway_id']);
    if (inline !== false)
        return inline;
    // No inline route to the internet; an aws_route the plan cannot place leaves it open.
    return added.has(table.address) ? added.get(table.address) : false;
}

;// CONCATENATED MODULE: ./src/plan/rules/instance.ts
// aws_instance: one public IPv4 address when its primary network interface gets one at launch:
// `associate_public_ip_address` when set, else what its launch template says, else its subnet's
// `map_public_ip_on_launch` (a default subnet when it names none). An instance that launches with
// an existing network interface as its primary gets none ("can only be assigned to a new network
// interface"). An Elastic IP the plan associates with it replaces that address (counted with the
// aws_eip). Before the change, its state's `public_ip` says whether it had one.








const instance = (input) => {
    if (input.side === 'before')
        return before(input);
    const launched = atLaunch(input);
    if (launched.count === 0)
        return launched;
    const eips = input.links.instanceEips.get(input.instance.address) ?? [];
    if (eips.length === 0) {
        return { ...launched, flags: [...launched.flags, ...noInternetRoute(input, subnetsOf(input))] };
    }
    return {
        ...launched,
        count: 0,
        flags: [
            ...launched.flags,
            flag('counted-elsewhere', `its automatic public IPv4 address gives way to ${eips.join(', ')}, counted there`),
        ],
    };
};
function atLaunch(input) {
    for (const name of ['network_interface', 'primary_network_interface']) {
        const attached = attribute(input.view, name);
        const known = attached.known && Array.isArray(attached.value) && attached.value.length > 0;
        if (known || (!attached.known && isBlockConfigured(input, name)))
            return NONE;
    }
    const associate = attribute(input.view, 'associate_public_ip_address');
    if (associate.known && asBoolean(associate.value) !== undefined) {
        return addresses(asBoolean(associate.value) ? 1 : 0);
    }
    if (!associate.known && isConfigured(input, 'associate_public_ip_address')) {
        return addresses(0, { dependsOn: [unknownHere(input, 'associate_public_ip_address')] });
    }
    if (isBlockConfigured(input, 'launch_template') && input.hasConfig) {
        const fromTemplate = templateAddresses(input);
        if (fromTemplate !== undefined)
            return fromTemplate;
    }
    return fromSubnet(input);
}
function fromSubnet(input) {
    const subnet = subnetAutoAssign(input, ['subnet_id']);
    if ('dependsOn' in subnet)
        return addresses(0, { dependsOn: [subnet.dependsOn] });
    return addresses(subnet.assigns ? 1 : 0, { flags: subnet.flags });
}
/** What the launch template decides; undefined when it leaves it to the subnet. */
function templateAddresses(input) {
    const linked = linkedInstances(input, TEMPLATE_PATHS, TEMPLATE_TYPES);
    const template = linked.instances[0];
    const view = template && sideOf(input, template);
    if (!linked.complete || linked.instances.length !== 1 || !template || !view) {
        const reason = linked.outside.length > 0 ? 'not in this plan' : KNOWN_AFTER_APPLY;
        return addresses(0, {
            dependsOn: [
                dependency(linked.outside[0] ?? input.instance.address, 'launch_template', reason),
            ],
        });
    }
    const decision = templateDecision(template, view);
    if (decision === 'subnet-decides')
        return undefined;
    if (typeof decision !== 'string')
        return addresses(0, { dependsOn: [decision] });
    return addresses(decision === 'assigns' ? 1 : 0);
}
/**
 * Before: the address it has now, unless that address is an Elastic IP (counted with the Elastic
 * IP, which outlives the instance unless the plan releases it too).
 */
function before(input) {
    const publicIp = attribute(input.view, 'public_ip');
    const address = publicIp.known ? asString(publicIp.value) : undefined;
    if (address === undefined) {
        // A state without public_ip: what it asked for at launch.
        const associate = attribute(input.view, 'associate_public_ip_address');
        const asked = associate.known && asBoolean(associate.value) === true;
        return addresses(publicIp.known && publicIp.value === null && asked ? 1 : 0);
    }
    const eips = input.index.findById('aws_eip', address);
    if (eips.length === 0)
        return addresses(1);
    const kept = eips.filter((eip) => hasAfter(eip.change)).map((eip) => eip.address);
    if (kept.length === 0)
        return NONE;
    return {
        ...NONE,
        flags: [
            flag('eip-stays', `its Elastic IP ${kept.join(', ')} stays allocated, and billed, unless released`),
        ],
    };
}

;// CONCATENATED MODULE: ./src/plan/rules/loadBalancer.ts
// aws_lb / aws_alb: an internet-facing Application or Network Load Balancer has a public IPv4
// address in each subnet (zone) it is in, at least: an Application Load Balancer adds more as it
// scales. A Network Load Balancer's subnet given an Elastic IP (`subnet_mapping.allocation_id`)
// uses that address, counted with the Elastic IP. Internal load balancers, Gateway Load Balancers
// and `dualstack-without-public-ipv4` have none. `internal` unset means internet-facing, AWS's
// default. aws_elb (Classic): internet-facing, one per subnet or zone, at least.


const SCALES = flag('scales', 'at least: a load balancer adds addresses as it scales');
const EIP_MAPPINGS = flag('counted-elsewhere', 'its subnets with an Elastic IP (subnet_mapping.allocation_id) use that address, counted with it');
const loadBalancer = (input) => {
    const { view } = input;
    const facing = internetFacing(input);
    if (facing !== true)
        return facing === false ? NONE : addresses(0, { dependsOn: [facing] });
    const type = input.instance.type === 'aws_elb' ? 'classic' : lbType(view);
    if (type === 'gateway')
        return NONE;
    const ipType = attribute(view, 'ip_address_type');
    if (ipType.known && ipType.value === 'dualstack-without-public-ipv4')
        return NONE;
    const scales = type === 'network' ? [] : [SCALES];
    const zones = zoneCount(input, type === 'network');
    if ('dependsOn' in zones) {
        // What is known so far: an ALB needs two zones, the others one.
        const least = type === 'application' ? 2 : 1;
        return addresses(least, { dependsOn: [zones.dependsOn], flags: scales });
    }
    return addresses(zones.count, { flags: [...zones.flags, ...scales] });
};
function lbType(view) {
    const type = attribute(view, 'load_balancer_type');
    return type.known && typeof type.value === 'string' ? type.value : 'application';
}
function internetFacing(input) {
    const internal = attribute(input.view, 'internal');
    if (internal.known)
        return asBoolean(internal.value) !== true;
    if (!isConfigured(input, 'internal'))
        return true;
    return unknownHere(input, 'internal');
}
const ZONE_ARGUMENTS = ['subnet_mapping', 'subnets', 'availability_zones'];
/** Subnets (zones) in which the load balancer holds an address of its own. */
function zoneCount(input, network) {
    const { view } = input;
    for (const name of ZONE_ARGUMENTS) {
        const value = attribute(view, name);
        const list = value.known ? asList(value.value) : [];
        if (list.length === 0)
            continue;
        if (name !== 'subnet_mapping' || !network)
            return { count: list.length, flags: [] };
        const own = list.filter((_, i) => !usesElasticIp(input, i)).length;
        return { count: own, flags: own < list.length ? [EIP_MAPPINGS] : [] };
    }
    // None known: wait for the one the configuration sets (subnets are computed from mappings and
    // the other way round, so the one not set is unknown too).
    const waiting = ZONE_ARGUMENTS.find((name) => !attribute(view, name).known && configuredZones(input, name)) ??
        ZONE_ARGUMENTS.find((name) => !attribute(view, name).known);
    if (waiting !== undefined)
        return { dependsOn: unknownHere(input, waiting) };
    return { count: 0, flags: [] };
}
function configuredZones(input, name) {
    return name === 'subnet_mapping' ? isBlockConfigured(input, name) : isConfigured(input, name);
}
/** Whether a Network Load Balancer's subnet mapping gives it an Elastic IP. */
function usesElasticIp(input, i) {
    const eip = attribute(input.view, 'subnet_mapping', i, 'allocation_id');
    if (eip.known)
        return typeof eip.value === 'string' && eip.value !== '';
    const blocks = input.expressions?.subnet_mapping;
    if (!input.hasConfig || !Array.isArray(blocks))
        return true;
    return blocks.some((block) => block.allocation_id !== undefined);
}

;// CONCATENATED MODULE: ./src/plan/rules/natGateway.ts
// aws_nat_gateway: a public NAT gateway's public IPv4 addresses are the Elastic IPs it is given
// (`allocation_id`, `secondary_allocation_ids`, a regional gateway's `availability_zone_address`).
// Each is counted once, with its aws_eip when the plan has it; one allocated outside the plan is
// billed already, so the gateway adds nothing. A regional gateway in automatic mode (no
// availability_zone_address) has AWS allocate an address in each zone it expands to: the plan
// cannot say how many. A private NAT gateway has none. Deleting a gateway leaves its Elastic IPs
// allocated (and billed) unless the plan releases them too.




const EIP_PATHS = [
    ['allocation_id'],
    ['secondary_allocation_ids'],
    ['availability_zone_address', '*', 'allocation_ids'],
];
const natGateway = (input) => {
    const { view } = input;
    const connectivity = attribute(view, 'connectivity_type');
    if (connectivity.known && connectivity.value === 'private')
        return NONE;
    const mode = attribute(view, 'availability_mode');
    if (mode.known && mode.value === 'regional' && automatic(input)) {
        return addresses(0, {
            dependsOn: [
                dependency(input.instance.address, 'availability_zone_address', 'automatic mode: AWS allocates an Elastic IP in each zone the gateway expands to'),
            ],
        });
    }
    const eips = linkedInstances(input, EIP_PATHS, ['aws_eip']);
    // Deleted, what matters is what happens to its Elastic IPs.
    if (input.side === 'before')
        return { ...NONE, flags: staying(input, eips.instances, eips.outside) };
    const flags = [];
    const inPlan = eips.instances.map((e) => e.address);
    if (inPlan.length > 0) {
        flags.push(flag('counted-elsewhere', `uses Elastic IPs from ${inPlan.join(', ')}, counted there`));
    }
    if (eips.outside.length > 0) {
        flags.push(flag('existing-eip', `uses an Elastic IP allocated outside this plan (${eips.outside.join(', ')}): billed already`));
    }
    return { ...NONE, flags };
};
/** A regional gateway without addresses per zone lets AWS choose them. */
function automatic(input) {
    const zones = attribute(input.view, 'availability_zone_address');
    if (zones.known)
        return asList(zones.value).length === 0;
    return !isBlockConfigured(input, 'availability_zone_address');
}
/** Deleted, the gateway gives its Elastic IPs back to the account, not to AWS. */
function staying(input, inPlan, outside) {
    if (input.instance.change?.actions.includes('create'))
        return [];
    const kept = [
        ...inPlan.filter((eip) => hasAfter(eip.change)).map((eip) => eip.address),
        ...outside,
    ];
    if (kept.length === 0)
        return [];
    return [
        flag('eip-stays', `its Elastic IP ${kept.join(', ')} stays allocated, and billed, unless released`),
    ];
}

;// CONCATENATED MODULE: ./src/plan/rules/networkInterface.ts
// aws_network_interface with `associate_public_ip_address`: one public IPv4 address, which AWS
// gives "only to the primary network interface (eth0)". One attached at a higher device index gets
// none; one the plan does not attach is counted as a primary interface would be (flagged). A new
// interface does not take its subnet's map_public_ip_on_launch: that applies to interfaces created
// when an instance launches.



const networkInterface = (input) => {
    const associate = attribute(input.view, 'associate_public_ip_address');
    if (!associate.known) {
        if (!isConfigured(input, 'associate_public_ip_address'))
            return NONE;
        return addresses(0, { dependsOn: [unknownHere(input, 'associate_public_ip_address')] });
    }
    if (asBoolean(associate.value) !== true)
        return NONE;
    const attachment = attribute(input.view, 'attachment');
    const first = attachment.known ? asList(attachment.value)[0] : undefined;
    const deviceIndex = isObject(first) ? first.device_index : undefined;
    if (typeof deviceIndex === 'number' && deviceIndex > 0) {
        return {
            ...NONE,
            flags: [
                flag('primary-only', `attached at device index ${deviceIndex}: AWS gives the address to a primary interface only`),
            ],
        };
    }
    const isolated = noInternetRoute(input, subnetsOf(input));
    if (deviceIndex === 0)
        return addresses(1, { flags: isolated });
    return addresses(1, {
        flags: [
            ...isolated,
            flag('primary-only', "counted as a primary interface: the address exists while it is an instance's primary interface (device index 0)"),
        ],
    });
};

;// CONCATENATED MODULE: ./src/plan/rules/subnet.ts
// aws_subnet holds no address, but `map_public_ip_on_launch` decides whether every instance
// launched in it from now on gets one: turning it on or off is flagged, not counted. Instances
// already running keep the addresses they have.



const subnet = (input) => {
    if (input.side !== 'after')
        return NONE;
    const now = attribute(input.view, 'map_public_ip_on_launch');
    if (!now.known)
        return NONE;
    const beforeView = input.index.before(input.instance);
    const then = beforeView ? attribute(beforeView, 'map_public_ip_on_launch') : undefined;
    const was = then?.known === true && asBoolean(then.value) === true;
    const is = asBoolean(now.value) === true;
    if (is && !was) {
        return {
            ...NONE,
            flags: [
                flag('auto-assign-on', 'map_public_ip_on_launch on: every instance launched in it from now on gets a public IPv4 address'),
                ...noInternetRoute(input, [input.instance]),
            ],
        };
    }
    if (was && !is) {
        return {
            ...NONE,
            flags: [
                flag('auto-assign-off', 'map_public_ip_on_launch off: new instances get no public IPv4 address (running ones keep theirs)'),
            ],
        };
    }
    return NONE;
};

;// CONCATENATED MODULE: ./src/plan/rules/vpnConnection.ts
// aws_vpn_connection: two tunnels, each with a public outside IPv4 address, unless
// `outside_ip_address_type` is PrivateIpv4 (a VPN over Direct Connect). Unset means PublicIpv4.


const vpnConnection = (input) => {
    const type = attribute(input.view, 'outside_ip_address_type');
    if (type.known)
        return type.value === 'PrivateIpv4' ? NONE : addresses(2);
    if (!isConfigured(input, 'outside_ip_address_type'))
        return addresses(2);
    return addresses(0, { dependsOn: [unknownHere(input, 'outside_ip_address_type')] });
};

;// CONCATENATED MODULE: ./src/plan/addressRules.ts











const ADDRESS_RULES = {
    aws_eip: elasticIp,
    aws_instance: instance,
    aws_network_interface: networkInterface,
    aws_launch_template: launchTemplate,
    aws_launch_configuration: launchTemplate,
    aws_autoscaling_group: autoScalingGroup,
    aws_nat_gateway: natGateway,
    aws_lb: loadBalancer,
    aws_alb: loadBalancer,
    aws_elb: loadBalancer,
    aws_db_instance: database,
    aws_rds_cluster_instance: database,
    aws_vpn_connection: vpnConnection,
    aws_globalaccelerator_accelerator: globalAccelerator,
    aws_globalaccelerator_custom_routing_accelerator: globalAccelerator,
    aws_subnet: subnet,
};
function addressRule(type) {
    return Object.hasOwn(ADDRESS_RULES, type) ? ADDRESS_RULES[type] : undefined;
}

;// CONCATENATED MODULE: ./src/plan/planTotals.ts
// Totals over resource changes, and over several plans. Money is the change in charged
// addresses times the price of one, so a total carries no drift from adding up amounts.

function planTotals(changes, pricePerIpHour) {
    const totals = emptyTotals();
    for (const change of changes) {
        totals.changes += 1;
        totals.added += change.added;
        totals.removed += change.removed;
        totals.chargedChange += change.chargedChange;
        if (change.dependsOn.length > 0)
            totals.unknowns += 1;
        for (const code of new Set(change.flags.map((f) => f.code)))
            countFlag(totals, code, 1);
    }
    return finish(totals, pricePerIpHour);
}
/** The totals of several plans. */
function mergePlanTotals(all, pricePerIpHour) {
    const totals = emptyTotals();
    for (const one of all) {
        totals.changes += one.changes;
        totals.added += one.added;
        totals.removed += one.removed;
        totals.chargedChange += one.chargedChange;
        totals.unknowns += one.unknowns;
        for (const [code, n] of Object.entries(one.flags))
            countFlag(totals, code, n);
    }
    return finish(totals, pricePerIpHour);
}
function emptyTotals() {
    return {
        changes: 0,
        added: 0,
        removed: 0,
        net: 0,
        chargedChange: 0,
        monthlyChangeUsd: 0,
        unknowns: 0,
        flags: {},
    };
}
function countFlag(totals, code, n) {
    totals.flags[code] = (totals.flags[code] ?? 0) + n;
}
function finish(totals, pricePerIpHour) {
    totals.net = totals.added - totals.removed;
    totals.monthlyChangeUsd = totals.chargedChange * (0,cost/* monthlyCostUsd */.D5)(pricePerIpHour, false);
    return totals;
}

;// CONCATENATED MODULE: ./src/plan/planAddressChanges.ts
// Judges one plan: for each change to a resource of a type with a rule (addressRules.ts), the
// public IPv4 addresses the object holds before and after, and from those what the change adds
// and removes. A create counts the object after, a delete the object before; an update or a
// replacement counts the difference, so replacing an Elastic IP adds none and removes none (it is
// flagged: the address changes). No-op and read changes are not judged; `forget` removes nothing
// (the object stays, unmanaged). Changes Terraform deferred to a later plan wait for it.







function planAddressChanges(plan, pricing) {
    const index = new PlanIndex(plan);
    const judge = {
        index,
        links: planLinks(index, index.all()),
        perAddress: (0,cost/* monthlyCostUsd */.D5)(pricing.pricePerIpHour, false),
    };
    const changes = [];
    for (const change of plan.resource_changes ?? []) {
        const rule = change.mode === 'managed' ? addressRule(change.type) : undefined;
        if (rule === undefined || !judged(change.change.actions))
            continue;
        changes.push(judgeChange(judge, change, rule));
    }
    for (const deferred of plan.deferred_changes ?? []) {
        const change = deferred.resource_change;
        if (change.mode !== 'managed' || addressRule(change.type) === undefined)
            continue;
        changes.push(deferredChange(change, deferred.reason));
    }
    return { changes, totals: planTotals(changes, pricing.pricePerIpHour) };
}
function judged(actions) {
    return ['create', 'delete', 'update', 'forget'].some((a) => actions.includes(a));
}
function instanceOf(judge, change) {
    const known = change.deposed === undefined ? judge.index.instance(change.address) : undefined;
    return (known ?? {
        address: change.address,
        moduleAddress: change.module_address ?? '',
        mode: change.mode,
        type: change.type,
        name: change.name,
        ...(change.index === undefined ? {} : { key: change.index }),
        configAddress: configAddressOf(change.mode, change.type, change.name),
        change: change.change,
    });
}
function judgeChange(judge, change, rule) {
    const { actions, before, after, after_unknown } = change.change;
    const instance = instanceOf(judge, change);
    const run = (side, view) => {
        const config = side === 'after' ? judge.index.configResource(instance) : undefined;
        return rule({
            index: judge.index,
            links: judge.links,
            instance,
            side,
            view,
            expressions: config?.expressions,
            hasConfig: config !== undefined,
        });
    };
    const creates = actions.includes('create');
    const deletes = actions.includes('delete');
    const updates = actions.includes('update');
    const old = (deletes || updates || actions.includes('forget')) && isObject(before)
        ? run('before', { values: before })
        : undefined;
    const fresh = creates || updates
        ? run('after', { values: isObject(after) ? after : {}, unknown: after_unknown ?? {} })
        : undefined;
    const gone = deletes || updates ? old : undefined;
    return row(judge, change, fresh, gone, rowFlags(actions, fresh, old));
}
function rowFlags(actions, fresh, old) {
    const flags = fresh ? [...fresh.flags] : [...(old?.flags ?? [])];
    const replaced = actions.includes('create') && actions.includes('delete');
    if (replaced && (fresh?.count ?? 0) > 0 && (old?.count ?? 0) > 0) {
        flags.push(flag('replaced', 'replaced: its public IPv4 addresses change'));
    }
    if (actions.includes('forget') && (old?.count ?? 0) > 0) {
        flags.push(flag('forgotten', 'Terraform forgets it without destroying it: its public IPv4 addresses stay, and stay billed'));
    }
    return flags;
}
function row(judge, change, fresh, gone, flags) {
    const after = fresh?.count ?? 0;
    const before = gone?.count ?? 0;
    const chargedChange = after - (fresh?.free ?? 0) - (before - (gone?.free ?? 0));
    return {
        ...identity(change),
        added: Math.max(0, after - before),
        removed: Math.max(0, before - after),
        chargedChange,
        monthlyChangeUsd: chargedChange * judge.perAddress,
        dependsOn: distinct([...(fresh?.dependsOn ?? []), ...(gone?.dependsOn ?? [])]),
        flags,
    };
}
function identity(change) {
    return {
        address: change.address,
        moduleAddress: change.module_address ?? '',
        type: change.type,
        name: change.name,
        ...(change.index === undefined ? {} : { index: change.index }),
        ...(change.deposed === undefined ? {} : { deposed: change.deposed }),
        actions: [...change.change.actions],
    };
}
function deferredChange(change, reason) {
    return {
        ...identity(change),
        added: 0,
        removed: 0,
        chargedChange: 0,
        monthlyChangeUsd: 0,
        dependsOn: [
            {
                resource: change.address,
                attribute: 'the whole change',
                reason: `deferred by Terraform to a later plan: ${reason}`,
            },
        ],
        flags: [],
    };
}
function distinct(dependencies) {
    const seen = new Set();
    return dependencies.filter((d) => {
        const key = `${d.resource}\u0000${d.attribute}\u0000${d.reason}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/plan/jsonSyntaxError.ts
// What is wrong with a text JSON.parse refused, in one line a person can act on. V8's messages
// quote a snippet of the text (which may hold newlines or anything else the file holds) and, from
// Node 22, a line and column; this keeps the kind of error, drops the snippet, and computes the
// line and column itself so the message is the same on every Node version.
/** `unexpected character 'x'`, `expected ':' after property name at line 3, column 7`, ... */
function jsonSyntaxError(error, text) {
    const message = error instanceof Error ? error.message : String(error);
    const token = /^Unexpected token '([\s\S]+?)', (?:\.\.\.)?"/.exec(message);
    if (token)
        return `unexpected character '${printable(token[1] ?? '')}'`;
    const at = /^([\s\S]*?) (in|after) JSON at position (\d+)/.exec(message);
    if (at) {
        const { line, column } = lineAndColumn(text, Number(at[3]));
        const after = at[2] === 'after' ? ' after the JSON value' : '';
        return `${lowerFirst(at[1] ?? '')}${after} at line ${line}, column ${column}`;
    }
    if (/^Unexpected end of JSON input/.test(message))
        return 'it ends in the middle of a value';
    return lowerFirst(printable(message.split('\n')[0] ?? ''));
}
/** 1-based line and column of a character offset. */
function lineAndColumn(text, position) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return { line, column: position - lineStart + 1 };
}
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
/** Control and non-ASCII characters as `\uXXXX`, so the message stays one plain line. */
function printable(text) {
    return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/plan/planFileError.ts
// A plan file that cannot be judged: unreadable, not JSON, not a plan, or a format this version
// does not read. Its message is one line naming the file and the problem; the CLI prints it as is
// and exits 2, the action fails the step with it, before anything else happens.
class PlanFileError extends Error {
    file;
    problem;
    name = 'PlanFileError';
    constructor(
    /** The path as the user gave it. */
    file, 
    /** What is wrong, e.g. `not JSON (unexpected character 'x')`. */
    problem) {
        super(`${planFileError_oneLine(file)}: ${problem}`);
        this.file = file;
        this.problem = problem;
    }
}
/** A path with its control characters escaped, so the message stays on one line. */
function planFileError_oneLine(text) {
    return Array.from(text, (c) => {
        const code = c.charCodeAt(0);
        return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    }).join('');
}

;// CONCATENATED MODULE: ./src/plan/readTerraformPlan.ts
// Reads what `terraform show -json PLAN` (or `tofu show -json PLAN`) wrote, and refuses, with a
// PlanFileError naming the file, anything that is not such a plan. What makes a plan (decided from
// the format's documentation and Terraform's own outputs, internal/command/jsonplan and
// internal/command/testdata/show-json*/):
// - a JSON object with `format_version` "MAJOR.MINOR". Major 1 is the documented format; major 0
//   ("0.1", "0.2") is what Terraform 0.12 to 1.0 wrote, the same shape before the compatibility
//   promise, so it is read too. Any other major is refused, as the format asks.
// - `planned_values`, an object: Terraform always writes it, even for a plan with no changes.
//   `resource_changes` is omitted when nothing changes (then there are no changes), so its absence
//   proves nothing; when present it must be a list of changes with their actions. A state file
//   (`terraform show -json` without a plan) has `values` instead, and is named as such.
// - not `errored`: a plan Terraform saved after an error lists only part of the changes, and a
//   gate must not pass what it could not see.
// Reading is one JSON.parse and one pass over the changes: linear in the file's size.







/** The plan format majors this version reads. */
const SUPPORTED_MAJORS = new Set([0, 1]);
/** A zip archive: the binary plan file `terraform plan -out` writes. */
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
async function readTerraformPlan(file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        const code = error.code;
        throw new PlanFileError(file, `cannot read it (${code ?? (0,errorMessage/* errorMessage */.g)(error)})`);
    }
    return parseTerraformPlan(decodePlanBytes(bytes, file), file);
}
/**
 * The file's text. UTF-8, with or without a byte-order mark; UTF-16 with its mark too, which is
 * what Windows PowerShell 5's `>` writes.
 */
function decodePlanBytes(bytes, file) {
    if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
        const name = external_node_path_default().basename(file);
        throw new PlanFileError(file, `a binary plan file, not its JSON: pass what 'terraform show -json ${name}' prints`);
    }
    let encoding = 'utf8';
    let start = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        start = 3;
    else if (bytes[0] === 0xff && bytes[1] === 0xfe)
        [encoding, start] = ['utf16le', 2];
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        // UTF-16 big-endian: swap to little-endian, which Node decodes.
        const swapped = Buffer.from(bytes.subarray(2));
        swapped.swap16();
        return decodeText(swapped, 'utf16le', file);
    }
    return decodeText(bytes.subarray(start), encoding, file);
}
function decodeText(bytes, encoding, file) {
    const chars = encoding === 'utf8' ? bytes.length : bytes.length / 2;
    if (chars > external_node_buffer_.constants.MAX_STRING_LENGTH) {
        const mb = Math.round(bytes.length / 2 ** 20);
        throw new PlanFileError(file, `too large to read (${mb} MiB in one JSON document)`);
    }
    return bytes.toString(encoding);
}
function parseTerraformPlan(text, file) {
    const fail = (problem) => {
        throw new PlanFileError(file, problem);
    };
    if (text.trim() === '')
        fail('not JSON (the file is empty)');
    if (/^\s*\{\s*"@level"/.test(text)) {
        fail("the log 'terraform plan -json' prints, not a plan: save the plan with -out and pass what 'terraform show -json PLANFILE' prints");
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        return fail(`not JSON (${jsonSyntaxError(error, text)})`);
    }
    if (!isObject(doc))
        return fail(`not a Terraform plan (the JSON is ${kindOf(doc)}, not an object)`);
    checkFormatVersion(doc, fail);
    if (!isObject(doc.planned_values)) {
        if (isObject(doc.values)) {
            fail("a Terraform state, not a plan (it has values, no planned_values): pass what 'terraform show -json PLANFILE' prints for a saved plan");
        }
        fail('not a Terraform plan (no planned_values)');
    }
    if (doc.errored === true) {
        fail('an incomplete plan: Terraform stopped on an error while planning (errored: true)');
    }
    checkChanges(doc.resource_changes, 'resource_changes', fail);
    checkDeferred(doc.deferred_changes, fail);
    return doc;
}
function checkFormatVersion(doc, fail) {
    const version = doc.format_version;
    if (version === undefined)
        fail('not a Terraform plan (no format_version)');
    const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
    if (match === null) {
        fail(`not a Terraform plan (format_version ${JSON.stringify(version)} is not "major.minor")`);
    }
    if (!SUPPORTED_MAJORS.has(Number(match[1]))) {
        fail(`format_version ${String(version)} is not supported (this version reads 0.x and 1.x)`);
    }
}
function checkChanges(value, where, fail) {
    if (value === undefined)
        return;
    if (!Array.isArray(value))
        return fail(`not a Terraform plan (${where} is not a list)`);
    value.forEach((entry, i) => {
        const problem = changeProblem(entry);
        if (problem !== undefined)
            fail(`not a Terraform plan (${where}[${i}] ${problem})`);
    });
}
function checkDeferred(value, fail) {
    if (value === undefined)
        return;
    if (!Array.isArray(value))
        return fail('not a Terraform plan (deferred_changes is not a list)');
    value.forEach((entry, i) => {
        const where = `deferred_changes[${i}]`;
        if (!isObject(entry))
            return fail(`not a Terraform plan (${where} is not an object)`);
        const problem = changeProblem(entry.resource_change);
        if (problem !== undefined)
            fail(`not a Terraform plan (${where}.resource_change ${problem})`);
    });
}
/** What is missing from one entry of resource_changes; undefined when it is a change. */
function changeProblem(entry) {
    if (!isObject(entry))
        return 'is not an object';
    for (const key of ['address', 'type', 'name']) {
        if (typeof entry[key] !== 'string')
            return `has no ${key}`;
    }
    if (entry.mode !== 'managed' && entry.mode !== 'data')
        return 'has no mode "managed" or "data"';
    const { change, index } = entry;
    if (index !== undefined && typeof index !== 'number' && typeof index !== 'string') {
        return 'has an index that is neither a number nor a string';
    }
    const actions = isObject(change) ? change.actions : undefined;
    if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) {
        return 'has no change.actions';
    }
    return undefined;
}
function kindOf(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/plan/analyzePlanFiles.ts
// src/plan/: the pull-request check on a Terraform plan. What a pull request does to public IPv4
// is in its plan, not in the live account (which shows the state before it is applied): this reads
// the plans `terraform show -json PLAN` wrote and counts, per resource change, the public IPv4
// addresses it adds and removes, and prices them as the scan does (price per address-hour x 730 h).
//
//   readTerraformPlan.ts     the file -> a plan, or a PlanFileError naming the file (exit 2)
//   planAddressChanges.ts    one plan -> a PlanAddressChange per judged change, and totals
//   addressRules.ts, rules/  one rule per resource type, by documented AWS behaviour
//   planIndex.ts, planLinks.ts, routeLinks.ts, resolveReferences.ts, linkedInstances.ts
//                            look-ups across the plan: ids, prior state, configuration references
//   analyzePlanFiles.ts      several files -> a PlanChangesReport, per file and merged
//
// Pure but for reading the files: no AWS SDK, no @actions/*, no credentials. What reports it:
// - `*_plan_changes.csv`: one row per PlanAddressChange of each file: file, address, type,
//   actions (joined with +), added, removed, monthlyChangeUsd, dependsOn (dependencyText, joined
//   with "; "), flags (their text, joined with "; ").
// - report.json: the PlanChangesReport as is.
// - outputs: plan-added-count = totals.added, plan-removed-count = totals.removed,
//   plan-monthly-change-usd = totals.monthlyChangeUsd.
// - gate: max-plan-added compares totals.net; max-plan-monthly-increase-usd compares
//   totals.monthlyChangeUsd. totals.unknowns counts changes whose addresses depend on what the plan
//   cannot know (their counts are lower bounds), never counted as zero: a gate reports them.
// - the summary line: "this change adds {added} public IPv4 addresses (+{monthlyChangeUsd} a
//   month)", then the flags by totals.flags, e.g. "one of them in a subnet with no route to an
//   internet gateway" (flags['no-internet-route']) or "2 of them idle Elastic IPs"
//   (flags['unassociated-eip']); totals.unknowns says how many changes it could not count.





/**
 * Reads every file first (the first one that is not a plan throws its PlanFileError before any
 * is judged), then judges each. A file named twice is judged once.
 */
async function analyzePlanFiles(files, pricing) {
    const seen = new Set();
    const unique = files.filter((file) => {
        const key = external_node_path_default().resolve(file);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const plans = [];
    for (const file of unique)
        plans.push({ file, plan: await readTerraformPlan(file) });
    const results = plans.map(({ file, plan }) => ({
        file,
        formatVersion: plan.format_version,
        ...(typeof plan.terraform_version === 'string'
            ? { terraformVersion: plan.terraform_version }
            : {}),
        ...planAddressChanges(plan, pricing),
    }));
    return {
        pricePerIpHour: pricing.pricePerIpHour,
        hoursPerMonth: cost/* HOURS_PER_MONTH */.x4,
        files: results,
        totals: mergePlanTotals(results.map((r) => r.totals), pricing.pricePerIpHour),
    };
}

;// CONCATENATED MODULE: ./src/audit/checkPlans.ts
// The pull-request check on Terraform plans, as both entries run it: every plan file read and
// judged, priced as the scan prices, and the plan's gate checks. It runs before anything else; a
// file that is not a plan throws its PlanFileError (naming the file), which fails the run.


/** The plans' outcome, or undefined when no `terraform-plan` is given. */
async function checkPlans(options, inputName) {
    if (options.terraformPlans === undefined)
        return undefined;
    const report = await analyzePlanFiles(options.terraformPlans, {
        pricePerIpHour: options.pricePerIpHour,
    });
    return { report, checks: planChecks(report, options.thresholds, inputName) };
}
function planRunOutcome(plan, startedAt) {
    return { startedAt, plan, gate: planGate(plan.checks) };
}

// EXTERNAL MODULE: ./src/report/planSummary.ts
var planSummary = __webpack_require__(9015);
;// CONCATENATED MODULE: ./src/action/github/boundedFetch.ts
// Every request the action makes to GitHub goes through here: an explicit time-out for the answer
// to start, twice that for it to arrive whole, and a bounded number of tries, so that an API
// that accepts the connection and never answers costs seconds, not the HTTP client's default
// 300 s per call (or forever), and a failure names the call it was. Requests that create
// something (POST) are tried once: a retry after a lost answer could create it twice.
/** As the action uses them: the `request-timeout` input, three tries, as for AWS calls. */
function callBounds(requestTimeoutSeconds) {
    return { timeoutMs: requestTimeoutSeconds * 1000, attempts: 3 };
}
/** Statuses worth another try: the server may answer next time. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Methods whose repetition does no harm. */
const REPEATABLE = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Statuses that may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
/** `GET /repos/o/r/actions/runs`: the call, without its query (a signed URL's secrets). */
function callName(method, url) {
    const parsed = new URL(url);
    return `GitHub ${method} ${parsed.pathname}`;
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
const tries = (n) => (n === 1 ? '1 attempt' : `${n} attempts`);
/** The last try's failure, with the call it names; `timedOut` when that try got no (whole) answer. */
class GitHubCallError extends Error {
    call;
    timedOut;
    name = 'GitHubCallError';
    constructor(call, failure, attempts, timedOut) {
        super(`${call}: ${failure} (${tries(attempts)})`);
        this.call = call;
        this.timedOut = timedOut;
    }
}
class Stalled extends Error {
    what;
    constructor(what) {
        super(what);
        this.what = what;
    }
}
/**
 * One try: the answer must start within `timeoutMs` and be read whole within twice that; the
 * body is read here, so that a stall in it is caught, and handed on as a Response of its own.
 */
async function attempt(inner, url, init, timeoutMs) {
    const controller = new AbortController();
    const outer = init.signal;
    const onOuterAbort = () => controller.abort(outer?.reason);
    if (outer?.aborted === true)
        controller.abort(outer.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let stalled;
    const stall = (what, ms) => setTimeout(() => {
        stalled = new Stalled(what);
        controller.abort(stalled);
    }, ms);
    let timer = stall(`no answer in ${seconds(timeoutMs)}`, timeoutMs);
    try {
        const response = await inner(url, { ...init, signal: controller.signal });
        clearTimeout(timer);
        timer = stall(`the answer was still arriving after ${seconds(2 * timeoutMs)}`, 2 * timeoutMs);
        const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
        const whole = new Response(body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(whole, 'url', { value: response.url });
        return whole;
    }
    catch (error) {
        throw stalled ?? error;
    }
    finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onOuterAbort);
    }
}
/**
 * `inner` (the proxy-aware fetch of @actions/github, or the global one) bounded: each try has
 * its time-out; a time-out, a network error or a 429/5xx answer is tried again, up to
 * `attempts` tries for repeatable methods. The last failure is a GitHubCallError naming the
 * call, by `name` (default: method and path).
 */
function boundedFetch(inner, bounds, name = callName) {
    const sleep = bounds.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    return async (input, init = {}) => {
        const url = input instanceof Request ? input.url : String(input);
        const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const attempts = REPEATABLE.has(method) ? Math.max(1, bounds.attempts) : 1;
        let failure = '';
        let timedOut = false;
        for (let n = 1; n <= attempts; n++) {
            if (n > 1)
                await sleep(Math.min(1000 * 2 ** (n - 2), 5000));
            try {
                const response = await attempt(inner, url, init, bounds.timeoutMs);
                if (!RETRIED_STATUSES.has(response.status))
                    return response;
                failure = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
                timedOut = false;
            }
            catch (error) {
                // The caller's own abort ends it at once; anything else is worth another try.
                if (init.signal?.aborted === true)
                    throw error;
                timedOut = error instanceof Stalled;
                failure =
                    error instanceof Stalled
                        ? error.what
                        : error instanceof Error
                            ? (error.cause?.message ?? error.message)
                            : String(error);
            }
        }
        throw new GitHubCallError(name(method, url), failure, attempts, timedOut);
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
;// CONCATENATED MODULE: ./src/action/github/githubClient.ts
// The one way the action talks to GitHub's REST API: @actions/github's client, keeping its
// proxy-aware fetch, with every request bounded in time and tries (boundedFetch.ts).



/** The fetch @actions/github would use (through the runner's proxy, if any), unbounded. */
function proxyFetch() {
    return utils/* defaults */.NT.request?.fetch ?? fetch;
}
function githubClient(token, bounds) {
    // Octokit merges `request` shallowly: keep the defaults' agent beside the bounded fetch.
    const octokit = github/* getOctokit */.Q(token, {
        request: { ...utils/* defaults */.NT.request, fetch: boundedFetch(proxyFetch(), bounds) },
    });
    // Every failure names its call, as the bounded ones already do (`GitHub GET /repos/...`).
    octokit.hook.error('request', (error) => {
        const message = error instanceof Error ? error.message : String(error);
        // RequestError carries the request as sent: its method and the URL, parameters filled in.
        const { status, request } = error;
        if (message.startsWith('GitHub ') || request?.url === undefined)
            throw error;
        const call = callName(request.method ?? 'GET', request.url);
        throw new Error(`${call}: ${status === undefined ? '' : `HTTP ${status} `}${message}`, {
            cause: error,
        });
    });
    return octokit;
}

;// CONCATENATED MODULE: ./src/action/github/workflowPath.ts
// The running workflow's file, from GITHUB_WORKFLOW_REF
// (`owner/repo/.github/workflows/FILE@ref`; for a reusable workflow, the caller's).
/** `.github/workflows/FILE`, or undefined when the runner did not say. */
function workflowPath(env = process.env) {
    // The ref is the text after the last '@'; the two segments before the path are the repository.
    return /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
}

;// CONCATENATED MODULE: ./src/action/github/downloadBaseline.ts
// `baseline: artifact`: the report.json of the newest successful run of this workflow on the
// repository's own default branch, taken from its artifact (the scheduled audit's upload).
//
// The runs API's `branch` filter matches a run's head branch, and a pull request from a fork
// can name its branch `main`, edit the workflow and upload a crafted report.json that would
// then excuse every finding. So each listed run is checked on its own fields (ownRun) and only
// this repository's schedule, workflow_dispatch and push runs can give the baseline.
//
// Every call (the runs, the run's artifacts, the download and its blob) is bounded in time and
// tries (boundedFetch.ts): a GitHub that accepts connections and never answers costs a warning
// naming the call, never the step.







/** Events only someone who can write to the repository starts, on its own code. */
const OWN_EVENTS = ['schedule', 'workflow_dispatch', 'push'];
const PER_PAGE = 100;
/** Up to 1,000 runs: a burst of fork runs cannot hide every own run, and the look-up stays
 * within 10 list calls. */
const MAX_PAGES = 10;
/** Own runs whose artifact is looked for (one call each) before giving up. */
const RUNS_TO_TRY = 10;
/** An artifact larger than this is not read: its report.json alone would be absurd. */
const MAX_ARTIFACT_BYTES = 1024 ** 3;
/** A successful default-branch run of this repository's own code, started by its own people. */
function ownRun(run, repository, defaultBranch) {
    return (run.conclusion === 'success' &&
        OWN_EVENTS.includes(run.event) &&
        run.head_branch === defaultBranch &&
        // GitHub names are case-insensitive; a deleted fork's head repository is null.
        run.head_repository?.full_name.toLowerCase() === repository.toLowerCase());
}
async function downloadBaseline(artifactName, token, logger, bounds, context = github/* context */._, env = process.env) {
    if (!token)
        throw new Error("'github-token' is empty");
    const { owner, repo } = context.repo;
    const repository = `${owner}/${repo}`;
    const branch = context.payload.repository?.default_branch ?? 'main';
    const octokit = githubClient(token, bounds);
    // Narrowed by GitHub's own filters first; ownRun decides.
    const query = { owner, repo, branch, status: 'success', per_page: PER_PAGE };
    const workflowFile = workflowPath(env)?.split('/').at(-1);
    const pages = workflowFile
        ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
            ...query,
            workflow_id: workflowFile,
        })
        : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, query);
    const sameWorkflow = (run) => workflowFile !== undefined || run.name === context.workflow;
    let pageCount = 0;
    let tried = 0;
    let passedOver = 0;
    let limit = '';
    search: for await (const { data: runs } of pages) {
        for (const run of runs) {
            if (run.id === context.runId || !sameWorkflow(run))
                continue;
            if (!ownRun(run, repository, branch)) {
                passedOver++;
                continue;
            }
            const baseline = await baselineOfRun(octokit, bounds, run, artifactName, context, logger);
            if (baseline)
                return baseline;
            if (++tried === RUNS_TO_TRY) {
                limit = ` among the newest ${RUNS_TO_TRY}`;
                break search;
            }
        }
        if (++pageCount === MAX_PAGES) {
            limit = ` among the newest ${MAX_PAGES * PER_PAGE} runs listed`;
            break;
        }
    }
    const others = passedOver === 0
        ? ''
        : `; ${passedOver === 1 ? '1 run' : `${passedOver} runs`} from pull requests, forks or ` +
            `other events ${passedOver === 1 ? 'was' : 'were'} not considered`;
    throw new Error(`no successful schedule, workflow_dispatch or push run of this workflow on ${repository}'s ` +
        `'${branch}'${limit} has an artifact named '${artifactName}'${others}`);
}
/** The run's baseline, or undefined when it uploaded no such artifact (or it expired). */
async function baselineOfRun(octokit, bounds, run, artifactName, context, logger) {
    const { owner, repo } = context.repo;
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: artifactName,
    });
    // The newest of that name, as @actions/artifact picks it; an expired one has no archive.
    const artifact = data.artifacts
        .filter((a) => a.name === artifactName && !a.expired)
        .sort((a, b) => b.id - a.id)[0];
    if (artifact === undefined)
        return undefined;
    const where = `artifact '${artifactName}' of run ${run.id}`;
    if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
        throw new Error(`${where} is ${artifact.size_in_bytes} bytes, more than a report holds`);
    }
    const zip = await downloadZip(octokit, bounds, owner, repo, artifact.id);
    const report = reportOf(zip, where);
    logger.info(`Baseline: ${report.name} from ${run.event} run ${run.id} on ${run.head_branch}`);
    try {
        return parseBaseline(report.text, `${where} (${run.head_branch})`);
    }
    catch (error) {
        throw new Error(`${report.name} in ${where}: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
}
/** The archive, from the short-lived URL GitHub redirects to (bounded like every call). */
async function downloadZip(octokit, bounds, owner, repo, artifactId) {
    const { status, headers } = await octokit.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    const location = headers.location;
    if (status !== 302 || location === undefined) {
        throw new Error(`GitHub answered ${status} without a download URL for artifact ${artifactId}`);
    }
    // The blob store, not the API: no token goes there; the signed URL is the credential.
    const response = await boundedFetch(proxyFetch(), bounds)(location);
    if (!response.ok) {
        throw new Error(`the artifact's download answered HTTP ${response.status}`);
    }
    return new Uint8Array(await response.arrayBuffer());
}
/** The newest `*_report.json` of the archive (an artifact holds one run's reports). */
function reportOf(zip, where) {
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(zip, {
            filter: (file) => file.name.endsWith('_report.json') && file.originalSize <= MAX_ARTIFACT_BYTES,
        });
    }
    catch (error) {
        throw new Error(`${where} is not a readable zip archive (${(0,errorMessage/* errorMessage */.g)(error)})`);
    }
    const base = (name) => name.split('/').at(-1) ?? name;
    const name = Object.keys(files)
        .sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0))
        .at(-1);
    if (name === undefined)
        throw new Error(`${where} holds no report.json`);
    return {
        name: base(name),
        text: new TextDecoder().decode(files[name]),
    };
}

// EXTERNAL MODULE: ./src/kinds/eniPublicIps.ts
var eniPublicIps = __webpack_require__(83500);
// EXTERNAL MODULE: ./src/report/escapeMarkdown.ts
var escapeMarkdown = __webpack_require__(76314);
// EXTERNAL MODULE: ./src/report/costWords.ts
var costWords = __webpack_require__(14792);
// EXTERNAL MODULE: ./src/report/markdownBlocks.ts
var markdownBlocks = __webpack_require__(79803);
// EXTERNAL MODULE: ./src/report/reconciliationText.ts
var reconciliationText = __webpack_require__(11078);
;// CONCATENATED MODULE: ./src/report/summaryActions.ts
// The summary's answer to "what do we do about it": what each kind of recommended action would
// save, and the individual actions worth the most, each with its command.






/** Rows of the top-actions table: a short list, the artifact's remediation.sh has them all. */
const TOP_ACTIONS = 10;
function savingsSection({ cost }) {
    if (cost.savingsByAction.length === 0)
        return [];
    return [
        '### Savings by action',
        '',
        'What each kind of recommended action would save a month if every one were taken.',
        '',
        ...(0,markdownBlocks/* table */.tp)(['Action', 'Findings', 'USD a month'], ['l', 'r', 'r'], cost.savingsByAction.map((a) => [
            recommendedAction/* ACTION_LABELS */.H[a.kind],
            (0,formatCount/* formatCount */.B)(a.findings),
            (0,formatUsd/* formatUsdForPeople */.sI)(a.monthlyUsd),
        ])),
        '',
        (0,costWords/* savingsByActionTotalWords */.o)(cost),
    ];
}
/** The actions worth the most, each with its command; none when only counts may be shown. */
function topActionsSection({ recommendations }, countsOnly = false) {
    if (countsOnly)
        return [];
    const worth = recommendations.filter((r) => r.monthlySavingUsd > 0);
    if (worth.length === 0)
        return [];
    const { shown, moreLine } = (0,markdownBlocks/* capped */.uo)(worth, TOP_ACTIONS, 'actions (remediation.sh)');
    return [
        '### Top actions by monthly saving',
        '',
        ...(0,markdownBlocks/* table */.tp)(['USD a month', 'Account', 'Region', 'Address', 'Action', 'Command'], ['r', 'l', 'l', 'l', 'l', 'l'], shown.map((r) => [
            (0,formatUsd/* formatUsdForPeople */.sI)(r.monthlySavingUsd),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(r.accountId),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(r.region),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(`${r.address} on ${r.subject}`),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(r.action.advice),
            r.action.commands.length === 0 ? '\u2014' : r.action.commands.map(markdownBlocks/* text */.Qq).join(' then '),
        ])),
        ...moreLine,
    ];
}

// EXTERNAL MODULE: ./src/report/summaryInput.ts
var summaryInput = __webpack_require__(29800);
// EXTERNAL MODULE: ./src/report/summaryStatus.ts
var summaryStatus = __webpack_require__(6508);
// EXTERNAL MODULE: ./src/report/trendLine.ts
var trendLine = __webpack_require__(8371);
;// CONCATENATED MODULE: ./src/report/summaryMarkdown.ts
// The job summary and PR comment: what a person reads first. GitHub refuses a step summary over
// 1 MiB, and an organisation can hold tens of thousands of findings, so every list is capped and
// the whole text has a hard byte cap; the artifact holds the rest. Text from AWS resources, from
// endpoints and in messages is escaped; ids of the findings and our own labels are written as is.












const DEFAULT_MAX_HIGH_ROWS = 50;
const DEFAULT_MAX_ACCOUNT_ROWS = 100;
const MAX_SUMMARY_BYTES = 900 * 1024;
const MAX_SERVICE_ROWS = 25;
const MAX_SCAN_ERROR_ROWS = 10;
const DETAILS_OPEN = '<details><summary>Totals, cost, savings by action, HIGH-suspicion addresses, accounts, scan errors</summary>';
const DETAILS_CLOSE = '</details>';
function totalsSection(input) {
    const t = input.totals;
    const byoipUnassociated = t.unassociatedEips - t.unassociatedEipsCharged;
    const rows = [
        ['Public IPv4 addresses (each counted once)', (0,formatCount/* formatCount */.B)(t.publicIpv4Addresses)],
        ['On network interfaces: Elastic IP', (0,formatCount/* formatCount */.B)(t.byAddressType.elasticIp)],
        [
            'On network interfaces: Public IP (auto-assigned or service-managed)',
            (0,formatCount/* formatCount */.B)(t.byAddressType.publicIp),
        ],
        ['Suspicion HIGH', (0,formatCount/* formatCount */.B)(t.bySuspicion.HIGH)],
        ['Suspicion MODERATE', (0,formatCount/* formatCount */.B)(t.bySuspicion.MODERATE)],
        ['Suspicion LOW', (0,formatCount/* formatCount */.B)(t.bySuspicion.LOW)],
        ['Suspicion UNKNOWN (not assessed)', (0,formatCount/* formatCount */.B)(t.bySuspicion.UNKNOWN)],
        ['Associated Elastic IPs', (0,formatCount/* formatCount */.B)(t.associatedEips)],
        [
            'Unassociated Elastic IPs',
            (0,formatCount/* formatCount */.B)(t.unassociatedEips) +
                (byoipUnassociated > 0 ? ` (${(0,formatCount/* formatCount */.B)(byoipUnassociated)} BYOIP)` : ''),
        ],
        ['Site-to-Site VPN tunnel addresses', (0,formatCount/* formatCount */.B)(t.vpnPublicIps)],
        ['Global Accelerator addresses', (0,formatCount/* formatCount */.B)(t.globalAcceleratorIps)],
        ['BYOIP addresses (not charged)', (0,formatCount/* formatCount */.B)(t.byoipAddresses)],
        [
            'Subnets auto-assigning public IPs without an internet gateway route',
            (0,formatCount/* formatCount */.B)(t.autoAssignSubnets),
        ],
        ['Accounts scanned', (0,formatCount/* formatCount */.B)(t.accountsScanned)],
        ['Account-regions scanned', (0,formatCount/* formatCount */.B)(t.accountRegionsScanned)],
        [
            'Account-regions read completely',
            `${(0,formatCount/* formatCount */.B)(input.result.coverage.complete)} of ${(0,formatCount/* formatCount */.B)(input.result.coverage.planned)}`,
        ],
        [
            'Accounts not checked (not ACTIVE, or excluded: see unchecked_accounts.csv)',
            (0,formatCount/* formatCount */.B)(t.uncheckedAccounts),
        ],
        ['Scan errors', (0,formatCount/* formatCount */.B)(t.scanErrors)],
        ...(t.policyDenied === 0
            ? []
            : [
                ['Account-regions denied by an organisation policy', (0,formatCount/* formatCount */.B)(t.policyDenied)],
            ]),
    ];
    return ['### Totals', '', ...(0,markdownBlocks/* table */.tp)(['', 'Count'], ['l', 'r'], rows)];
}
function costSection({ cost }) {
    const services = (0,markdownBlocks/* capped */.uo)(cost.byService, MAX_SERVICE_ROWS, 'services');
    return [
        '### Cost',
        '',
        `At $${cost.pricePerIpHour} per address-hour, ${cost.hoursPerMonth} hours a month; BYOIP addresses are free.`,
        '',
        ...(0,markdownBlocks/* table */.tp)(['', 'USD a month'], ['l', 'r'], [
            [
                `Total (${[(0,formatCount/* plural */.L)(cost.addressCount, 'address', 'addresses'), (0,costWords/* byoipWords */.Z)(cost)].filter(Boolean).join('; ')})`,
                `**${(0,formatUsd/* formatUsdForPeople */.sI)(cost.totalMonthlyUsd)}**`,
            ],
            [
                'Potential savings (HIGH-suspicion addresses and unassociated Elastic IPs)',
                `**${(0,formatUsd/* formatUsdForPeople */.sI)(cost.potentialSavingsUsd)}**`,
            ],
        ]),
        ...(services.shown.length === 0
            ? []
            : [
                '',
                ...(0,markdownBlocks/* table */.tp)(['Service', 'Addresses', 'USD a month'], ['l', 'r', 'r'], services.shown.map((t) => [
                    `\`${t.service}\``,
                    (0,formatCount/* formatCount */.B)(t.addresses),
                    (0,formatUsd/* formatUsdForPeople */.sI)(t.monthlyUsd),
                ])),
                ...services.moreLine,
            ]),
    ];
}
function highSection(input) {
    const high = input.result.eniPublicIps.filter((ip) => ip.suspicion === 'HIGH');
    const heading = `### HIGH-suspicion public IPs (${(0,formatCount/* formatCount */.B)(high.length)})`;
    if (high.length === 0)
        return [heading, '', 'None.'];
    if ((0,summaryInput/* countsOnly */.F)(input))
        return [heading, '', summaryInput/* LEFT_OUT */.P];
    const { shown, moreLine } = (0,markdownBlocks/* capped */.uo)(high, input.maxHighRows ?? DEFAULT_MAX_HIGH_ROWS, 'HIGH-suspicion public IPs');
    return [
        heading,
        '',
        ...(0,markdownBlocks/* table */.tp)(['Account', 'Region', 'Resource', 'Service', 'Address', 'Reason'], ['l', 'l', 'l', 'l', 'l', 'l'], 
        // Ids and addresses are as AWS answered them: escaped like any other outside text.
        shown.map((ip) => [
            (0,escapeMarkdown/* escapeMarkdown */.FV)(ip.ownerAccountId),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(ip.region),
            (0,escapeMarkdown/* escapeMarkdown */.FV)((0,eniPublicIps/* interfaceSubject */.U)(ip)),
            `\`${ip.service}\``,
            (0,escapeMarkdown/* escapeMarkdown */.FV)(ip.address),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(ip.reasons.join(' ')),
        ])),
        ...moreLine,
    ];
}
function accountsSection(input) {
    const { result, cost } = input;
    if ((0,summaryInput/* countsOnly */.F)(input))
        return [];
    if (cost.byAccount.length === 0)
        return ['### Accounts', '', 'No public IPv4 address found.'];
    const high = new Map();
    for (const ip of result.eniPublicIps) {
        if (ip.suspicion === 'HIGH')
            high.set(ip.ownerAccountId, (high.get(ip.ownerAccountId) ?? 0) + 1);
    }
    const unassociated = new Map();
    for (const eip of result.unassociatedEips) {
        unassociated.set(eip.accountId, (unassociated.get(eip.accountId) ?? 0) + 1);
    }
    const { shown, moreLine } = (0,markdownBlocks/* capped */.uo)(cost.byAccount, input.maxAccountRows ?? DEFAULT_MAX_ACCOUNT_ROWS, 'accounts');
    return [
        '### Accounts',
        '',
        'Most expensive first; accounts without a public IPv4 address are left out.',
        '',
        ...(0,markdownBlocks/* table */.tp)(['Account', 'Public IPs', 'HIGH', 'Unassociated EIPs', 'USD a month'], ['l', 'r', 'r', 'r', 'r'], shown.map((a) => [
            (0,escapeMarkdown/* escapeMarkdown */.FV)(a.accountId),
            (0,formatCount/* formatCount */.B)(a.addresses),
            (0,formatCount/* formatCount */.B)(high.get(a.accountId) ?? 0),
            (0,formatCount/* formatCount */.B)(unassociated.get(a.accountId) ?? 0),
            (0,formatUsd/* formatUsdForPeople */.sI)(a.monthlyUsd),
        ])),
        ...moreLine,
    ];
}
/** The scan against AWS's records, when a reconciliation is on (reconciliationText.ts). */
function reconciliationSection(input) {
    const parts = (0,reconciliationText/* reconciliationTexts */.E)(input.reconciliation, markdownBlocks/* text */.Qq, !(0,summaryInput/* countsOnly */.F)(input));
    if (parts.length === 0)
        return [];
    return [
        "### Against AWS's records",
        ...parts.flatMap((part) => [
            '',
            `**${part.headline}.**`,
            ...(part.items.length > 0 ? ['', ...part.items.map((item) => `- ${item}`)] : []),
            ...(part.more > 0 ? [`- \u2026and ${(0,formatCount/* formatCount */.B)(part.more)} more in the artifact.`] : []),
            ...(part.details.length > 0 ? ['', ...part.details] : []),
        ]),
    ];
}
function scanErrorsSection(input) {
    const errors = input.result.scanErrors;
    const heading = `### Scan errors (${(0,formatCount/* formatCount */.B)(errors.length)})`;
    if (errors.length === 0)
        return [heading, '', 'None: every call succeeded.'];
    if ((0,summaryInput/* countsOnly */.F)(input))
        return [heading, '', summaryInput/* LEFT_OUT */.P];
    const { shown, moreLine } = (0,markdownBlocks/* capped */.uo)(errors, MAX_SCAN_ERROR_ROWS, 'scan errors');
    return [
        heading,
        '',
        'The scan went on without the data of these calls; the reports miss what they would have found.',
        '',
        ...(0,markdownBlocks/* table */.tp)(['Account', 'Region', 'API', 'Error'], ['l', 'l', 'l', 'l'], 
        // The code is whatever the endpoint answered: user text. The rest is ours.
        shown.map((e) => [
            (0,escapeMarkdown/* escapeMarkdown */.FV)(e.accountId),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(e.region),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(e.api),
            (0,markdownBlocks/* text */.Qq)(e.errorCode),
        ])),
        ...moreLine,
    ];
}
function policyDeniedSection(input) {
    const denied = input.result.policyDenied;
    if (denied.length === 0)
        return [];
    const heading = `### Denied by an organisation policy (${(0,formatCount/* formatCount */.B)(denied.length)})`;
    if ((0,summaryInput/* countsOnly */.F)(input))
        return [heading, '', summaryInput/* LEFT_OUT */.P];
    const { shown, moreLine } = (0,markdownBlocks/* capped */.uo)(denied, MAX_SCAN_ERROR_ROWS, 'account-regions');
    return [
        heading,
        '',
        'Every call of these account-regions was refused by an explicit deny in an organisation policy; policy_denied.csv lists them all.',
        '',
        ...(0,markdownBlocks/* table */.tp)(['Account', 'Region', 'Policy', 'Example call'], ['l', 'l', 'l', 'l'], shown.map((d) => [
            (0,escapeMarkdown/* escapeMarkdown */.FV)(d.accountId),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(d.region),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(d.policy),
            (0,escapeMarkdown/* escapeMarkdown */.FV)(d.exampleCall),
        ])),
        ...moreLine,
    ];
}
/** Cuts at a line boundary so no table row or character reference is left half written. */
function capBytes(markdown, maxBytes) {
    if (Buffer.byteLength(markdown) <= maxBytes)
        return markdown;
    const note = `\n> [!WARNING]\n> This summary was cut at ${(0,formatCount/* formatCount */.B)(Math.floor(maxBytes / 1024))} KiB; the artifact holds every finding.\n`;
    const budget = maxBytes - Buffer.byteLength(note) - 1;
    const kept = [];
    let used = 0;
    for (const line of markdown.split('\n')) {
        const size = Buffer.byteLength(line) + 1;
        if (used + size > budget)
            break;
        kept.push(line);
        used += size;
    }
    // A cut inside the folded part closes it, so the note is not folded away with it.
    const open = kept.includes(DETAILS_OPEN) && !kept.includes(DETAILS_CLOSE);
    return `${kept.join('\n')}\n${open ? `\n${DETAILS_CLOSE}\n` : ''}${note}`;
}
function summaryMarkdown(input) {
    const { cost, gate } = input;
    const byoip = (0,costWords/* byoipWords */.Z)(cost);
    const changes = (0,summaryStatus/* changesSection */.Hv)(input);
    // The verdict and why, what changed, and the top actions are what a PR comment's reader sees;
    // the long tables are folded, so the visible part stays one screen whatever the organisation.
    // With a plan, what the pull request changes comes right after the verdict; the live
    // organisation after it.
    const plan = input.plan
        ? (0,planSummary/* planSection */.lA)(input.plan, {
            ...(input.detail ? { detail: input.detail } : {}),
            ...(input.maxPlanRows === undefined ? {} : { maxRows: input.maxPlanRows }),
        })
        : [];
    const visible = [
        [(0,summaryStatus/* verdictHeading */.G8)(input), '', ...(0,summaryStatus/* gateSection */.Tx)(input)],
        plan,
        [
            ...(input.plan ? ['### The live organisation', ''] : []),
            `**${(0,formatCount/* formatCount */.B)(cost.addressCount)}** public IPv4 addresses cost **${(0,formatUsd/* formatUsdForPeople */.sI)(cost.totalMonthlyUsd)}** a month` +
                `${byoip === undefined ? '' : ` (${byoip})`}; ` +
                `releasing the unnecessary ones would save up to **${(0,formatUsd/* formatUsdForPeople */.sI)(cost.potentialSavingsUsd)}**. ` +
                `Gate: **${gate.passed ? 'passed' : 'failed'}**.`,
        ],
        (0,summaryStatus/* coverageWarning */.vt)(input),
        (0,summaryStatus/* policyDeniedNote */.qy)(input),
        (0,trendLine/* trendLines */.jm)(input.history, input.baselineDiff?.scope),
        // The heading and its sentence; the lists of addresses are folded with the tables.
        changes.slice(0, 3),
        topActionsSection(input, (0,summaryInput/* countsOnly */.F)(input)),
    ];
    const folded = [
        totalsSection(input),
        costSection(input),
        savingsSection(input),
        highSection(input),
        accountsSection(input),
        reconciliationSection(input),
        scanErrorsSection(input),
        policyDeniedSection(input),
        changes.length > 3 ? ['### Changes in detail', ...changes.slice(3)] : [],
    ].filter((section) => section.length > 0);
    const sections = [
        ...visible,
        [DETAILS_OPEN, '', folded.map((lines) => lines.join('\n')).join('\n\n'), '', DETAILS_CLOSE],
        (0,summaryStatus/* writeErrorSection */.Zk)(input),
        (0,summaryStatus/* artifactSection */.y3)(input),
    ].filter((section) => section.length > 0);
    const markdown = `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
    return capBytes(markdown, input.maxBytes ?? MAX_SUMMARY_BYTES);
}

;// CONCATENATED MODULE: ./src/action/github/prComment.ts
// One pull-request comment per workflow, found again by a hidden marker naming the workflow and
// updated in place instead of adding a new comment on every run. Two workflows that both run
// the audit (say a PR gate and a nightly) each keep their own comment.



/**
 * `<!-- aws-ipv4-audit workflow: .github/workflows/ipv4.yml -->`. Whatever names the workflow
 * is kept to the characters of a workflow path; anything else, and a `-` after a `-`, is
 * percent-encoded, so no `--`, `<`, `>`, `!` or line break can end or break the comment.
 */
function commentMarker(workflow) {
    const safe = workflow.replace(/[^A-Za-z0-9 ._/-]|(?<=-)-/gu, (c) => [...Buffer.from(c, 'utf8')]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''));
    return `<!-- aws-ipv4-audit workflow: ${safe} -->`;
}
async function upsertPrComment(token, body, logger, bounds, context = github/* context */._, env = process.env) {
    const pr = context.payload.pull_request?.number;
    if (!pr) {
        logger.info(`comment-on-pr: not a pull request event (${context.eventName}); no comment written`);
        return 'skipped';
    }
    const { owner, repo } = context.repo;
    // Bounded: a GitHub that never answers costs a warning naming the call, not the step.
    const octokit = githubClient(token, bounds);
    // The workflow's file is unique in the repository; its name (the fallback) may not be.
    const marker = commentMarker(workflowPath(env) ?? context.workflow);
    const marked = `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: pr,
        per_page: 100,
    });
    // A person could quote the marker; only a bot's comment (the token's) is ours to update.
    // The marker ends in `-->`, which no other marker holds earlier: a prefix match is exact.
    const mine = comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
    if (mine) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: marked });
        logger.info(`Updated the audit comment on pull request #${pr}`);
        return 'updated';
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body: marked });
    logger.info(`Commented on pull request #${pr}`);
    return 'created';
}

;// CONCATENATED MODULE: ./src/action/github/jobSummary.ts





const PR_COMMENT_LIMIT = 60_000;
async function publishSummary(core, logger, { outcome, options, artifact, writeError, redact }) {
    const input = {
        ...outcome,
        detail: options.summaryDetail,
        ...(artifact ? { artifact } : {}),
        ...(writeError ? { writeError } : {}),
    };
    await publish(core, logger, options, redact, {
        summary: () => summaryMarkdown(input),
        comment: () => summaryMarkdown({
            ...input,
            maxHighRows: 20,
            maxAccountRows: 20,
            maxPlanRows: 20,
            maxBytes: PR_COMMENT_LIMIT,
        }),
    });
}
/** The summary and PR comment of a run that judged Terraform plans only. */
async function publishPlanSummary(core, logger, { outcome, options, artifact, writeError, redact }) {
    const input = {
        ...outcome,
        detail: options.summaryDetail,
        ...(artifact ? { artifact } : {}),
        ...(writeError ? { writeError } : {}),
    };
    await publish(core, logger, options, redact, {
        summary: () => (0,planSummary/* planSummaryMarkdown */.Xq)(input),
        comment: () => (0,planSummary/* planSummaryMarkdown */.Xq)({ ...input, maxRows: 20 }),
    });
}
async function publish(core, logger, options, redact, markdown) {
    try {
        await core.summary.addRaw(redact(markdown.summary())).write();
    }
    catch (error) {
        logger.warning(`The job summary was not written: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
    if (!options.commentOnPr)
        return;
    if (!options.githubToken) {
        logger.warning("comment-on-pr is true but 'github-token' is empty: no comment written");
        return;
    }
    try {
        await upsertPrComment(options.githubToken, redact(markdown.comment()), logger, callBounds(options.requestTimeoutSeconds));
    }
    catch (error) {
        logger.warning(`The pull request comment was not written: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/action/github/proxyFetchFor.ts
// A fetch that reaches one destination the way the Actions toolkit would: through the runner's
// proxy (HTTPS_PROXY, HTTP_PROXY) unless NO_PROXY exempts that host, decided by
// @actions/http-client as @actions/core decides it for the OIDC token request.


function proxyFetchFor(destination) {
    const dispatcher = new lib/* HttpClient */.Qq().getAgentDispatcher(destination);
    if (dispatcher === undefined)
        return fetch;
    return ((input, init = {}) => (0,undici.fetch)(input, {
        ...init,
        dispatcher,
    }));
}

;// CONCATENATED MODULE: ./src/action/github/oidcToken.ts
// GitHub's OIDC token for AssumeRoleWithWebIdentity, asked for as GitHub documents it: GET
// ACTIONS_ID_TOKEN_REQUEST_URL with `&audience=`, the request token as bearer, `{ value }` back.
// Not through core.getIDToken: its HTTP client takes no abort signal and no time-out (a socket
// idle for 3 minutes ends one try), so a token endpoint that accepts and never answers held
// the step for minutes, and a body that trickles in, for ever. Here the request goes through
// boundedFetch like every other GitHub call: `request-timeout`, 3 tries, a failure naming it.
// Without `permissions: id-token: write` the runner has no token to give: say which
// permission the job needs rather than the raw error.



/** How the token request is named in messages: its URL is the runner's, long and opaque. */
const OIDC_CALL = 'GitHub OIDC token request (ACTIONS_ID_TOKEN_REQUEST_URL)';
const NEEDS = "'role-to-assume' needs a GitHub OIDC token";
/** Named, so that where a caller prefixes the error's name it says what failed. */
class OidcTokenError extends Error {
    name = 'OidcTokenError';
}
async function oidcToken(audience, bounds, env = process.env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken) {
        const unset = !url ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
        throw new OidcTokenError(`${NEEDS}, and the runner offers none: give the job \`permissions: id-token: write\` ` +
            `(${unset} is not set)`);
    }
    // As @actions/core asks: the runner's URL already has its query (`?api-version=`).
    const tokenUrl = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url;
    const request = boundedFetch(proxyFetchFor(url), bounds, () => OIDC_CALL);
    let response;
    try {
        response = await request(tokenUrl, {
            headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        });
    }
    catch (error) {
        if (error instanceof GitHubCallError && error.timedOut) {
            throw new OidcTokenError(`${NEEDS}, and the token request timed out: ${error.message}`, {
                cause: error,
            });
        }
        throw new OidcTokenError(`${NEEDS}, and the token request failed: ${(0,errorMessage/* errorMessage */.g)(error)}`, {
            cause: error,
        });
    }
    const text = await response.text();
    if (!response.ok) {
        throw new OidcTokenError(`${NEEDS}, and the token request failed: ${OIDC_CALL}: HTTP ${response.status}` +
            `${response.statusText ? ` ${response.statusText}` : ''}${detail(text)}`);
    }
    const value = tokenOf(text);
    if (value === undefined) {
        throw new OidcTokenError(`${NEEDS}, and the token request's answer held none: ${OIDC_CALL}: no \`value\` in the answer`);
    }
    return value;
}
function tokenOf(text) {
    try {
        const body = JSON.parse(text);
        return typeof body.value === 'string' && body.value !== '' ? body.value : undefined;
    }
    catch {
        return undefined;
    }
}
/** GitHub's JSON error message, if the answer has one (at most a line of it). */
function detail(text) {
    try {
        const { message } = JSON.parse(text);
        return typeof message === 'string' && message !== '' ? ` (${message.slice(0, 200)})` : '';
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./src/action/actionThread.ts
var actionThread = __webpack_require__(89070);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/action/github/workerWithDeadline.ts
// Runs a job in a worker thread with a deadline, for work that offers no abort of its own
// (@actions/artifact's upload). At the deadline the worker is terminated, which ends every
// request it has open: nothing is left in flight to hold the step once its work is done.


function workerWithDeadline(script, workerData, { deadlineMs, graceMs = 2000, env = process.env, resourceLimits }) {
    return new Promise((resolve) => {
        const worker = new external_node_worker_threads_.Worker(script, {
            workerData,
            env,
            ...(resourceLimits && { resourceLimits }),
        });
        let result;
        let timer;
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(outcome);
            void worker.terminate();
        };
        const done = () => (result ? { kind: 'done', value: result.value } : undefined);
        worker.on('message', (message) => {
            if (message.type === 'started' && timer === undefined) {
                timer = setTimeout(() => finish(done() ?? { kind: 'timed-out' }), deadlineMs);
            }
            else if (message.type === 'result' && result === undefined) {
                result = { value: message.value };
                // The result is in: the worker should end by itself; if something of it lingers, it
                // is stopped shortly rather than at the deadline.
                clearTimeout(timer);
                timer = setTimeout(() => finish({ kind: 'done', value: message.value }), graceMs);
            }
        });
        worker.on('error', (error) => finish(done() ?? { kind: 'failed', error: (0,errorMessage/* errorMessage */.g)(error) }));
        worker.on('exit', (code) => finish(done() ?? {
            kind: 'failed',
            error: `the worker ended without a result (exit code ${code})`,
        }));
    });
}

;// CONCATENATED MODULE: ./src/action/github/uploadReports.ts
// Uploads the report directory as one workflow artifact, with @actions/artifact, in a worker
// thread that is stopped at a deadline. The library bounds its blob upload (a chunk timer,
// ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS, that aborts it) but not its Twirp calls to the results
// service (CreateArtifact, FinalizeArtifact): their HTTP client has no abort and no time-out but
// a 3-minute idle socket, tried 5 times, so a service that accepts and never answers held the
// step for about 15 minutes per call. Racing the upload in this thread would leave those
// sockets open and the process alive; a worker can be terminated, which closes them.




/** The upload as a whole (its calls and its tries) has this many request time-outs. */
const UPLOAD_TIMEOUTS = 4;
const CALL = 'GitHub artifact upload';
/** The library's message when its chunk timer gave up on the blob upload. */
const STALLED = 'Upload progress stalled.';
async function uploadReports(files, rootDir, name, retentionDays, { requestTimeoutSeconds, script, env = process.env }) {
    const job = {
        job: 'upload-artifact',
        name,
        files: files.map((f) => external_node_path_default().resolve(f)),
        rootDir: external_node_path_default().resolve(rootDir),
        ...(retentionDays === undefined ? {} : { retentionDays }),
    };
    // A blob upload that makes no progress for the request time-out is given up by the library
    // itself, within twice that, unless the workflow chose its own limit.
    const chunkMs = env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS || String(requestTimeoutSeconds * 1000);
    const deadlineSeconds = UPLOAD_TIMEOUTS * requestTimeoutSeconds;
    let outcome;
    try {
        outcome = await workerWithDeadline(script, job, {
            deadlineMs: deadlineSeconds * 1000,
            env: { ...env, ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: chunkMs },
            // As the action's own thread: a worker's default young generation is 192 MB on Node 24.
            resourceLimits: actionThread/* ACTION_THREAD_LIMITS */.D,
        });
    }
    catch (error) {
        return { name, error: `${CALL}: ${(0,errorMessage/* errorMessage */.g)(error)}` };
    }
    // The reports stay on disk and the gate still runs: the upload is a convenience.
    if (outcome.kind === 'timed-out') {
        return {
            name,
            error: `${CALL} (CreateArtifact, the blob upload, FinalizeArtifact): not done in ` +
                `${deadlineSeconds} s (${UPLOAD_TIMEOUTS} × request-timeout), stopped`,
        };
    }
    if (outcome.kind === 'failed')
        return { name, error: `${CALL}: ${outcome.error}` };
    const result = outcome.value;
    if ('error' in result) {
        const error = result.error === STALLED
            ? `the blob upload made no progress in ${Number(chunkMs) / 1000} s, stopped`
            : result.error;
        return { name, error: `${CALL}: ${error}` };
    }
    const { id } = result;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url = id !== undefined && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
        : undefined;
    return { name, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Reads the action's inputs (INPUT_* through @actions/core's getInput) and validates them with
// the same validate() the CLI uses, plus the inputs only the action has.

const ActionInputs = {
    UploadArtifact: 'upload-artifact',
    ArtifactName: 'artifact-name',
    RetentionDays: 'retention-days',
    CommentOnPr: 'comment-on-pr',
    GithubToken: 'github-token',
    SummaryDetail: 'summary-detail',
};
/** Inputs the engine knows but a workflow must not set: credentials come from OIDC or the environment. */
const CLI_ONLY = new Set([
    Inputs.Profile,
    Inputs.AccessKeyId,
    Inputs.SecretAccessKey,
    Inputs.SessionToken,
]);
/**
 * The member role of the action: the one iam/member-role.yml creates and iam/github-role.yml
 * may assume (its MemberRoleName). The CLI keeps the Python script's OrganizationAccountAccessRole.
 */
const ACTION_MEMBER_ROLE_NAME = 'ipv4-audit-member';
// GitHub artifact names may not contain these characters.
const BAD_ARTIFACT_NAME = /["':<>|*?\\/\r\n]/;
function readActionOptions(getInput) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        if (!CLI_ONLY.has(name))
            raw[name] = getInput(name);
    }
    if ((raw[Inputs.MemberRoleName] ?? '').trim() === '') {
        raw[Inputs.MemberRoleName] = ACTION_MEMBER_ROLE_NAME;
    }
    const options = validate(raw);
    const artifactName = getInput(ActionInputs.ArtifactName).trim() || 'ipv4-audit-reports';
    if (BAD_ARTIFACT_NAME.test(artifactName)) {
        throw new InputError(ActionInputs.ArtifactName, `'${artifactName}' contains a character artifact names may not hold ("':<>|*?\\/)`);
    }
    const retention = getInput(ActionInputs.RetentionDays).trim();
    const retentionDays = retention === '' ? undefined : parseInteger(ActionInputs.RetentionDays, retention, 1, 90);
    const bool = (name, fallback) => {
        const value = getInput(name).trim();
        return value === '' ? fallback : parseBoolean(name, value);
    };
    const token = getInput(ActionInputs.GithubToken).trim();
    return {
        ...options,
        uploadArtifact: bool(ActionInputs.UploadArtifact, true),
        artifactName,
        ...(retentionDays !== undefined ? { retentionDays } : {}),
        commentOnPr: bool(ActionInputs.CommentOnPr, false),
        ...(token ? { githubToken: token } : {}),
        summaryDetail: parseSummaryDetail(getInput(ActionInputs.SummaryDetail).trim()),
    };
}
function parseSummaryDetail(value) {
    if (value === '' || value === 'full')
        return 'full';
    if (value === 'counts')
        return 'counts';
    throw new InputError(ActionInputs.SummaryDetail, `'${value}' is not full or counts`);
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// The step outputs, named as in action.yml, all taken from the one AuditOutcome of the run.

const Outputs = {
    ReportDir: 'report-dir',
    ArtifactId: 'artifact-id',
    ArtifactUrl: 'artifact-url',
    AddressCount: 'address-count',
    ByoipAddressCount: 'byoip-address-count',
    PublicIpCount: 'public-ip-count',
    HighSuspicionCount: 'high-suspicion-count',
    ModerateSuspicionCount: 'moderate-suspicion-count',
    UnassociatedEipCount: 'unassociated-eip-count',
    ScanErrorCount: 'scan-error-count',
    Coverage: 'coverage',
    PolicyDeniedCount: 'policy-denied-count',
    MonthlyCostUsd: 'monthly-cost-usd',
    PotentialSavingsUsd: 'potential-savings-usd',
    Gate: 'gate',
    IpamMissedCount: 'ipam-missed-count',
    BilledMonthlyUsd: 'billed-monthly-usd',
};
function setOutputs(core, { result, totals, cost, gate, reconciliation }, artifact) {
    core.setOutput(Outputs.ArtifactId, artifact?.id?.toString() ?? '');
    core.setOutput(Outputs.ArtifactUrl, artifact?.url ?? '');
    // The addresses monthly-cost-usd prices, each once: a count and a cost of the same addresses.
    core.setOutput(Outputs.AddressCount, cost.addressCount);
    core.setOutput(Outputs.ByoipAddressCount, cost.byoipAddressCount);
    core.setOutput(Outputs.PublicIpCount, totals.eniPublicIps);
    core.setOutput(Outputs.HighSuspicionCount, totals.bySuspicion.HIGH);
    core.setOutput(Outputs.ModerateSuspicionCount, totals.bySuspicion.MODERATE);
    core.setOutput(Outputs.UnassociatedEipCount, totals.unassociatedEips);
    core.setOutput(Outputs.ScanErrorCount, totals.scanErrors);
    core.setOutput(Outputs.Coverage, (0,analyze_coverage/* coverageText */._)(result.coverage));
    core.setOutput(Outputs.PolicyDeniedCount, result.policyDenied.length);
    core.setOutput(Outputs.MonthlyCostUsd, cost.totalMonthlyUsd.toFixed(2));
    core.setOutput(Outputs.PotentialSavingsUsd, cost.potentialSavingsUsd.toFixed(2));
    core.setOutput(Outputs.Gate, gate.passed ? 'passed' : 'failed');
    // Empty when their option is off (or, for the bill, when Cost Explorer could not be read).
    const ipam = reconciliation?.ipam;
    core.setOutput(Outputs.IpamMissedCount, ipam ? String(ipam.missedCount) : '');
    const bill = reconciliation?.billing?.reconciliation;
    core.setOutput(Outputs.BilledMonthlyUsd, bill ? bill.billedLastMonthUsd.toFixed(2) : '');
}

;// CONCATENATED MODULE: ./src/action/planOutputs.ts
const PlanOutputs = {
    PlanAddedCount: 'plan-added-count',
    PlanRemovedCount: 'plan-removed-count',
    PlanMonthlyChangeUsd: 'plan-monthly-change-usd',
};
/** Cents, as text: `10.95`, `-3.65`, `0.00` (never `-0.00`). */
function usd(amount) {
    const cents = Math.round(Number((amount * 100).toPrecision(12)));
    return (cents === 0 ? 0 : cents / 100).toFixed(2);
}
function setPlanOutputs(core, plan) {
    const totals = plan?.report.totals;
    core.setOutput(PlanOutputs.PlanAddedCount, totals === undefined ? '' : totals.added);
    core.setOutput(PlanOutputs.PlanRemovedCount, totals === undefined ? '' : totals.removed);
    core.setOutput(PlanOutputs.PlanMonthlyChangeUsd, totals === undefined ? '' : usd(totals.monthlyChangeUsd));
}

;// CONCATENATED MODULE: ./src/common/printable.ts
// Text from AWS resources (descriptions, names, guessed interface types) and from endpoints
// (error messages) reaches the terminal: a control character in it could move the cursor, set
// the window title or hide lines, and a bidirectional override could reorder what is read. It is
// shown as text instead.
// C0 and C1 controls, DEL, and the Unicode bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** One line of text, safe to print: whitespace controls become spaces, other controls `?`. */
function printable_printable(text) {
    return text.replace(/[\t\n\r]+/g, ' ').replace(UNSAFE, '?');
}
/** Each line of `text` made printable, the line breaks kept (stack traces read as lines). */
function printableLines(text) {
    return text.split(/\r?\n/).map(printable_printable).join('\n');
}

;// CONCATENATED MODULE: ./src/action/workflowLogger.ts

/**
 * The log of the workflow. An info line is written as is, and GitHub runs any line of it that
 * starts with `::` as a workflow command (masks, annotations, outputs): messages quote AWS answers,
 * so an info message is kept to one printable line. Warnings and debug lines are commands whose
 * data the toolkit escapes.
 */
function workflowLogger(core) {
    return {
        info: (message) => core.info(printable_printable(message)),
        warning: (message) => core.warning(printableLines(message)),
        debug: (message) => core.debug(printableLines(message)),
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The action: inputs -> checks before any AWS call -> scan and verdict -> reports -> artifact,
// outputs, summary, PR comment -> the step's result. Only wiring; every step lives in its module.



















/**
 * `uploadScript`: what the artifact upload's worker thread runs, the bundle itself (index.ts
 * hands a worker its job): the script node was started with.
 */
async function run(core = lib_core, uploadScript = process.argv[1] ?? '') {
    const logger = workflowLogger(core);
    // Every value masked in the log is also kept out of the report files and the summary.
    const secrets = new SecretRedactor();
    const mask = (secret) => {
        secrets.add(secret);
        core.setSecret(secret);
    };
    const redact = (text) => secrets.redact(text);
    try {
        const options = readActionOptions(core.getInput);
        if (options.githubToken)
            mask(options.githubToken);
        // The plans first: a file that is not a plan fails the step before anything else happens.
        const plan = await checkPlans(options);
        if (plan !== undefined && !options.scan) {
            await judgePlansOnly(core, { logger, redact, uploadScript }, options, plan);
            return;
        }
        const prepared = await preflight(options);
        core.setOutput(Outputs.ReportDir, external_node_path_default().resolve(options.outputDir));
        const outcome = await core.group('Scan', () => audit(options, prepared, { logger, mask, redact }, plan));
        const { writeReports } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 82696));
        const written = await writeReports(outcome, options.outputDir);
        const artifact = await deliver(logger, options, written, uploadScript);
        setOutputs(core, outcome, artifact);
        setPlanOutputs(core, outcome.plan);
        await publishSummary(core, logger, {
            outcome,
            options,
            redact,
            ...(artifact ? { artifact } : {}),
            ...(written.error ? { writeError: written.error } : {}),
        });
        failIfNeeded(core, outcome, written, options.summaryDetail === 'counts');
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            logger.debug(redact(error.stack));
        core.setFailed(failureMessage(error, redact));
    }
}
function failureMessage(error, redact) {
    if (error instanceof InputError)
        return `Invalid input ${error.message}`;
    // One line naming the file: fail closed, a plan that cannot be read is never judged clean.
    if (error instanceof PlanFileError)
        return `Invalid input '${Inputs.TerraformPlan}': ${error.message}`;
    return redact((0,errorMessage/* errorMessage */.g)(error));
}
/**
 * `scan: false`: the plans alone, with no AWS call and no credentials (a pull request from a
 * fork can run it). Reports, artifact, outputs, summary and verdict as a scan's, of the plans.
 */
async function judgePlansOnly(core, { logger, redact, uploadScript, }, options, plan) {
    const outcome = planRunOutcome(plan, new Date());
    await preflight(options);
    core.setOutput(Outputs.ReportDir, external_node_path_default().resolve(options.outputDir));
    logger.info(`Terraform plans judged: ${(0,planSummary/* planHeadline */.MM)(plan.report)}`);
    const { writePlanReports } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 82696));
    const written = await writePlanReports(outcome, options.outputDir);
    const artifact = await deliver(logger, options, written, uploadScript);
    core.setOutput(Outputs.ArtifactId, artifact?.id?.toString() ?? '');
    core.setOutput(Outputs.ArtifactUrl, artifact?.url ?? '');
    setPlanOutputs(core, plan);
    core.setOutput(Outputs.Gate, outcome.gate.passed ? 'passed' : 'failed');
    await publishPlanSummary(core, logger, {
        outcome,
        options,
        redact,
        ...(artifact ? { artifact } : {}),
        ...(written.error ? { writeError: written.error } : {}),
    });
    failIfNeeded(core, outcome, written, options.summaryDetail === 'counts');
}
/** What both runs do with their written reports: say where they are, upload them, say if not. */
async function deliver(logger, options, written, uploadScript) {
    if (written.error === undefined) {
        logger.info(`Wrote ${written.files.length} reports to ${external_node_path_default().resolve(options.outputDir)}`);
    }
    const artifact = await upload(options, written, uploadScript);
    if (artifact?.error)
        logger.warning(`The report artifact was not uploaded: ${artifact.error}`);
    return artifact;
}
async function upload(options, written, script) {
    return options.uploadArtifact && written.files.length > 0
        ? uploadReports(written.files, options.outputDir, options.artifactName, options.retentionDays, {
            requestTimeoutSeconds: options.requestTimeoutSeconds,
            script,
        })
        : undefined;
}
/** The scan and its verdict. */
function audit(options, { suppressions, baselineFile }, { logger, mask, redact }, plan) {
    return runAudit(options, suppressions, {
        logger,
        mask,
        redact,
        getIdToken: (audience) => oidcToken(audience, callBounds(options.requestTimeoutSeconds)),
        // A file was read before the scan; the artifact is looked for now (none on a first run).
        loadBaseline: async () => baselineFile ??
            downloadBaseline(options.artifactName, options.githubToken, logger, callBounds(options.requestTimeoutSeconds)),
    }, plan);
}
/**
 * The step fails when the reports could not be written or the gate failed; both are said. With
 * counts only, the failure (an annotation anyone can read) names checks and counts, no ids.
 */
function failIfNeeded(core, { gate }, written, countsOnly) {
    const said = (v) => countsOnly ? `'${v.input}': ${v.count} (limit ${v.limit})` : v.message;
    const failures = [
        ...(written.error === undefined ? [] : [`aws-ipv4-audit: ${written.error}`]),
        ...(gate.passed ? [] : [`aws-ipv4-audit gate failed: ${gate.violations.map(said).join('; ')}`]),
    ];
    if (failures.length > 0)
        core.setFailed(failures.join('\n'));
}


/***/ }),

/***/ 87334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ diffBaseline),
/* harmony export */   i: () => (/* binding */ isNewSinceBaseline)
/* harmony export */ });
/* harmony import */ var _findingKeys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73097);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66268);
// What changed since a baseline (an earlier report.json): findings matched by stable keys, and
// compared only where both runs looked. A finding the baseline had in an account-region this run
// (or the baseline) did not read completely is "not compared", never "gone"; the cost change is
// taken over the account-regions both read completely.


/** `111111111111/us-east-1` of a finding key `111111111111/us-east-1/eni-.../1.2.3.4`. */
function targetOfKey(key) {
    const [accountId = '', region = ''] = key.split('/');
    return (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .targetKey */ .hD)(accountId, region);
}
function diffBaseline(current, baseline) {
    const scope = (0,_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .compareScopes */ .Jm)(current.scope, baseline.scope);
    const diff = {
        source: baseline.source,
        newFindings: [],
        goneFindings: [],
        changedSuspicion: [],
        unchanged: 0,
        newUnassociatedEips: [],
        monthlyCostDeltaUsd: scope.thisRun.monthlyUsd - scope.baseline.monthlyUsd,
        notCompared: 0,
        scope,
    };
    const seen = new Set();
    for (const ip of current.eniPublicIps) {
        const key = (0,_findingKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .eniFindingKey */ .N)(ip);
        seen.add(key);
        const before = baseline.eniFindings.get(key);
        if (before === undefined) {
            diff.newFindings.push({ key, address: ip.address, suspicion: ip.suspicion });
        }
        else if (before.suspicion !== ip.suspicion) {
            diff.changedSuspicion.push({
                key,
                address: ip.address,
                suspicion: ip.suspicion,
                previousSuspicion: before.suspicion,
            });
        }
        else {
            diff.unchanged++;
        }
    }
    for (const [key, before] of baseline.eniFindings) {
        if (seen.has(key))
            continue;
        const target = targetOfKey(key);
        if (current.scope.complete.has(target) && baseline.scope.complete.has(target)) {
            diff.goneFindings.push({ key, address: before.address, previousSuspicion: before.suspicion });
        }
        else {
            diff.notCompared++;
        }
    }
    for (const eip of current.unassociatedEips) {
        const key = (0,_findingKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .eipFindingKey */ .t)(eip);
        if (!baseline.unassociatedEips.has(key))
            diff.newUnassociatedEips.push(key);
    }
    return diff;
}
/** A finding that gates in `gate-on: new` mode: absent from the baseline, or newly HIGH. */
function isNewSinceBaseline(ip, baseline) {
    const before = baseline.eniFindings.get((0,_findingKeys_js__WEBPACK_IMPORTED_MODULE_1__/* .eniFindingKey */ .N)(ip));
    return before === undefined || (ip.suspicion === 'HIGH' && before.suspicion !== 'HIGH');
}


/***/ }),

/***/ 15712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ isPublicCidr),
/* harmony export */   qz: () => (/* binding */ anyPublicCidr)
/* harmony export */ });
/* unused harmony export BOGON_CIDRS */
/* harmony import */ var _ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82879);
// Which IPv4 ranges count as "public": anything not equal to or inside a bogon range.

// The parsing moved to ipv4Cidr.ts (the HTML page bundles it without the bogon list).

const BOGON_CIDRS = [
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '100.64.0.0/10',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '192.0.0.0/24',
    '192.0.2.0/24',
    '192.88.99.0/24',
    '198.18.0.0/15',
    '198.51.100.0/24',
    '203.0.113.0/24',
    '224.0.0.0/4',
    '240.0.0.0/4',
];
const BOGONS = BOGON_CIDRS.map((text) => {
    const cidr = (0,_ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv4Cidr */ .Bu)(text);
    if (cidr === undefined)
        throw new Error(`bad bogon ${text}`);
    return cidr;
});
/**
 * True when the IPv4 range is not equal to or inside a bogon range. A range wider than a bogon
 * (0.0.0.0/0, 10.0.0.0/7) is public: it reaches beyond private space. IPv6 and junk are not.
 */
function isPublicCidr(text) {
    const cidr = (0,_ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv4Cidr */ .Bu)(text);
    if (cidr === undefined)
        return false;
    return !BOGONS.some((bogon) => cidr.prefix >= bogon.prefix && (cidr.network & (0,_ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .maskOf */ ._4)(bogon.prefix)) >>> 0 === bogon.network);
}
/** True when any of the ranges is a public IPv4 range (IPv6 entries are ignored). */
function anyPublicCidr(cidrs) {
    return cidrs.some(isPublicCidr);
}


/***/ }),

/***/ 10791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ compareAddress),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* unused harmony export addressComparator */
/* harmony import */ var _ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82879);
// The order of addresses, shared by every report: the CSV and JSON rows (sortOrder.ts) and the
// HTML page's Address columns, whose script bundles this module (src/report/html/page/).
// Code-unit text comparison, not localeCompare: the order must not depend on the machine's locale.

function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * IPv4 addresses by number (9.x before 10.x), then anything else by `compareOther`. The page
 * passes a parse that looks up each distinct value parsed once, and its people-facing collation.
 */
function addressComparator(numberOf = _ipv4Cidr_js__WEBPACK_IMPORTED_MODULE_0__/* .ipv4ToNumber */ .Cx, compareOther = compareText) {
    return (a, b) => {
        const x = numberOf(a);
        const y = numberOf(b);
        if (x !== undefined && y !== undefined)
            return x - y;
        if (x !== undefined)
            return -1;
        if (y !== undefined)
            return 1;
        return compareOther(a, b);
    };
}
/** Numeric order for IPv4 addresses (9.x before 10.x), text order for anything else. */
const compareAddress = /* @__PURE__ */ addressComparator();


/***/ }),

/***/ 60167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ monthlyCostUsd),
/* harmony export */   Z1: () => (/* binding */ summarizeCost),
/* harmony export */   hs: () => (/* binding */ vpnAddresses),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH),
/* harmony export */   zg: () => (/* binding */ actionSavingUsd)
/* harmony export */ });
/* harmony import */ var _sortOrder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40584);

/** The month AWS's pricing examples use (365 days x 24 hours / 12). */
const HOURS_PER_MONTH = 730;
/** The monthly cost of one address: BYOIP addresses are not charged. */
function monthlyCostUsd(pricePerIpHour, byoip) {
    return byoip ? 0 : HOURS_PER_MONTH * pricePerIpHour;
}
/** A connection's public tunnel addresses (a connection may have only one). */
function vpnAddresses(vpn) {
    return [vpn.address1, vpn.address2].filter((address) => address !== '');
}
/**
 * One record per distinct (region, address). An address on a network interface says the most
 * (interface type, suspicion), so its record is kept; an Elastic IP seen there too only adds
 * whether it is BYOIP. Which record is kept does not depend on the order they come in.
 */
function distinctAddresses(addresses) {
    const records = new Map();
    for (const record of addresses) {
        if (record.address === '')
            continue;
        const key = `${record.region}\u0000${record.address}`;
        const seen = records.get(key);
        if (seen === undefined)
            records.set(key, { ...record });
        else if (seen.suspicion === undefined && record.suspicion !== undefined) {
            records.set(key, { ...record, byoip: record.byoip || seen.byoip });
        }
        else
            seen.byoip ||= record.byoip;
    }
    return records;
}
const emptyTally = () => ({ addresses: 0, charged: 0, removableCharged: 0 });
function count(entry, record) {
    entry.addresses += 1;
    if (!record.byoip) {
        entry.charged += 1;
        if (record.removable)
            entry.removableCharged += 1;
    }
}
function tally(map, key, record) {
    let entry = map.get(key);
    if (entry === undefined) {
        entry = emptyTally();
        map.set(key, entry);
    }
    count(entry, record);
}
function byCostThenName(name, cost) {
    return (a, b) => cost(b) - cost(a) || (0,_sortOrder_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(name(a), name(b));
}
function tallyAddresses(records) {
    const tallies = {
        total: emptyTally(),
        accounts: new Map(),
        types: new Map(),
        services: new Map(),
    };
    for (const record of records) {
        count(tallies.total, record);
        tally(tallies.accounts, record.accountId, record);
        tally(tallies.types, record.interfaceType, record);
        tally(tallies.services, record.service, record);
    }
    return tallies;
}
/** Groups as `{ name, addresses, monthlyUsd }`, most expensive first, then by name. */
function groupCosts(groups, perAddress) {
    return [...groups]
        .map(([name, t]) => ({ name, addresses: t.addresses, monthlyUsd: t.charged * perAddress }))
        .sort(byCostThenName((g) => g.name, (g) => g.monthlyUsd));
}
/** Addresses on network interfaces by suspicion, each (region, address) once. */
function suspicionCounts(records) {
    const counts = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
    for (const { suspicion } of records)
        if (suspicion !== undefined)
            counts[suspicion] += 1;
    return counts;
}
/** The monthly saving of one recommended action: the address's cost when it goes away. */
function actionSavingUsd(action, pricePerIpHour, byoip) {
    return savesCharge(action, byoip) ? monthlyCostUsd(pricePerIpHour, byoip) : 0;
}
/** Whether an action removes a charged address (a BYOIP address costs nothing to keep). */
function savesCharge(action, byoip) {
    return action.removesAddress && !byoip;
}
function actionSavings(actions, pricePerIpHour) {
    const kinds = new Map();
    for (const row of actions) {
        const counts = kinds.get(row.action.kind) ?? { findings: 0, charged: 0 };
        counts.findings += 1;
        // Counted, then priced once, as the totals are.
        if (savesCharge(row.action, row.byoip))
            counts.charged += 1;
        kinds.set(row.action.kind, counts);
    }
    const perAddress = monthlyCostUsd(pricePerIpHour, false);
    return [...kinds]
        .map(([kind, c]) => ({ kind, findings: c.findings, monthlyUsd: c.charged * perAddress }))
        .sort(byCostThenName((a) => a.kind, (a) => a.monthlyUsd));
}
/** The cost of the addresses every kind of finding holds (kinds/costSummary.ts gathers them). */
function summarizeCost(addresses, actions, pricePerIpHour) {
    const perAddress = monthlyCostUsd(pricePerIpHour, false);
    const distinct = [...distinctAddresses(addresses).values()];
    const { total, accounts, types, services } = tallyAddresses(distinct);
    // Counts times the unit price, so a total does not carry the drift of thousands of additions.
    return {
        pricePerIpHour,
        hoursPerMonth: HOURS_PER_MONTH,
        addressCount: total.addresses,
        // Every address not charged is a BYOIP one.
        byoipAddressCount: total.addresses - total.charged,
        totalMonthlyUsd: total.charged * perAddress,
        potentialSavingsUsd: total.removableCharged * perAddress,
        byAccount: [...accounts]
            .map(([accountId, t]) => ({
            accountId,
            addresses: t.addresses,
            monthlyUsd: t.charged * perAddress,
            potentialSavingsUsd: t.removableCharged * perAddress,
        }))
            .sort(byCostThenName((a) => a.accountId, (a) => a.monthlyUsd)),
        byInterfaceType: groupCosts(types, perAddress).map(({ name, ...cost }) => ({
            interfaceType: name,
            ...cost,
        })),
        byService: groupCosts(services, perAddress).map(({ name, ...cost }) => ({
            service: name,
            ...cost,
        })),
        bySuspicion: suspicionCounts(distinct),
        savingsByAction: actionSavings(actions, pricePerIpHour),
    };
}


/***/ }),

/***/ 34136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Du: () => (/* binding */ indexTargets),
/* harmony export */   _: () => (/* binding */ coverageText),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   e4: () => (/* binding */ describeGap)
/* harmony export */ });
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56963);
/* harmony import */ var _sortOrder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40584);
// How much of what the scan set out to read it did read. A gate must never pass on an
// account-region it could not check, so every failed call is tied back to what it left unread.


const key = (accountId, region) => `${accountId}\u0000${region}`;
function indexTargets(planned) {
    return new Map(planned.map((t) => [key(t.accountId, t.region), t]));
}
/**
 * The target a failed call left unread: the target of the same account and region, else the
 * account's whole-account target. A failure that belongs to no planned target (an account-level
 * call of an account scanned in named regions, such as DescribeRegions in the home region) is a
 * target of its own, incomplete and never read: it makes the scan incomplete, and never counts
 * as something read.
 */
function targetOf(targets, error) {
    return (targets.get(key(error.accountId, error.region)) ??
        targets.get(key(error.accountId, _model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .WHOLE_ACCOUNT */ .e)) ?? {
        accountId: error.accountId,
        region: error.region,
        reached: false,
    });
}
/**
 * Ties each failed call to the target it left unread (targetOf). Targets an organisation policy
 * denies (`denied`, whose failures are not among `errors`) are counted apart, not as planned.
 */
function coverageOf(planned, errors, denied = []) {
    const deniedKeys = new Set(denied.map((d) => key(d.accountId, d.region)));
    const kept = planned.filter((t) => !deniedKeys.has(key(t.accountId, t.region)));
    const targets = indexTargets(kept);
    const gaps = new Map();
    for (const error of errors) {
        const target = targetOf(targets, error);
        const id = key(target.accountId, target.region);
        let gap = gaps.get(id);
        if (gap === undefined) {
            gap = {
                accountId: target.accountId,
                region: target.region,
                reached: target.reached,
                failures: [],
            };
            gaps.set(id, gap);
        }
        gap.failures.push(`${error.api}: ${error.errorCode}`);
    }
    const extra = [...gaps.keys()].filter((id) => !targets.has(id)).length;
    return {
        planned: kept.length + extra,
        complete: kept.length + extra - gaps.size,
        reached: kept.filter((target) => target.reached).length,
        read: kept.filter((target) => target.read === true).length,
        policyDenied: deniedKeys.size,
        gaps: [...gaps.values()].sort(_sortOrder_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTargets */ .wu),
    };
}
/** `222222222222 all regions (sts:AssumeRole: AccessDenied)`: for messages. */
function describeGap(gap) {
    const where = gap.region === _model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .WHOLE_ACCOUNT */ .e ? 'all regions' : gap.region;
    return `${gap.accountId} ${where} (${[...new Set(gap.failures)].join(', ')})`;
}
/**
 * The `coverage` output: account-regions read completely of those planned, `14/16`; with
 * denials, `118/118 read, 34 denied by policy`.
 */
function coverageText(coverage) {
    const fraction = `${coverage.complete}/${coverage.planned}`;
    return coverage.policyDenied === 0
        ? fraction
        : `${fraction} read, ${coverage.policyDenied} denied by policy`;
}


/***/ }),

/***/ 39225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ dedupeEniPublicIps),
/* harmony export */   O: () => (/* binding */ dedupeSubnets)
/* harmony export */ });
/* harmony import */ var _suspicion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84815);


// An assessed view beats a not-assessed one (a shared-subnet participant cannot read the VPC
// owner's route tables, the owner can); then the owner's own scan; between equals the lowest
// scanned account wins, so the choice never depends on which scan finished first.
function preferred(kept, candidate) {
    const keptKnown = kept.suspicion !== 'UNKNOWN';
    const candidateKnown = candidate.suspicion !== 'UNKNOWN';
    if (keptKnown !== candidateKnown)
        return candidateKnown ? candidate : kept;
    const keptIsOwner = kept.scannedAccountId === kept.ownerAccountId;
    const candidateIsOwner = candidate.scannedAccountId === candidate.ownerAccountId;
    if (keptIsOwner !== candidateIsOwner)
        return candidateIsOwner ? candidate : kept;
    return candidate.scannedAccountId < kept.scannedAccountId ? candidate : kept;
}
function dedupeBy(rows, keyOf, merge = (kept) => kept) {
    const kept = new Map();
    for (const row of rows) {
        const key = keyOf(row);
        const previous = kept.get(key);
        if (previous === undefined) {
            kept.set(key, row);
        }
        else {
            const winner = preferred(previous, row);
            kept.set(key, merge(winner, winner === row ? previous : row));
        }
    }
    return [...kept.values()];
}
const pick = (a, b) => (!a.assessed && b.assessed ? b : a);
/**
 * Two views of one shared-subnet interface each see half: the interface's owner reads its
 * security groups but not the VPC owner's route tables, the VPC owner the reverse. Each check
 * comes from a view that could assess it, and the verdict is recomputed from them.
 */
function mergeViews(kept, other) {
    if (kept.checks === undefined || other.checks === undefined)
        return kept;
    const checks = {
        securityGroups: pick(kept.checks.securityGroups, other.checks.securityGroups),
        routes: pick(kept.checks.routes, other.checks.routes),
        attachment: pick(kept.checks.attachment, other.checks.attachment),
    };
    const { suspicion, reasons } = (0,_suspicion_js__WEBPACK_IMPORTED_MODULE_0__/* .combineChecks */ .L6)(checks);
    return { ...kept, checks, suspicion, reasons };
}
/**
 * One row per (region, interface, address): an interface in a shared subnet is seen by the
 * subnet owner's scan and by the participant's. Keeps first-seen key order.
 */
function dedupeEniPublicIps(rows) {
    return dedupeBy(rows, (row) => `${row.region}\u0000${row.interfaceId}\u0000${row.address}`, mergeViews);
}
/** One row per (region, subnet): a shared subnet is seen from every account it is shared with. */
function dedupeSubnets(rows) {
    return dedupeBy(rows, (row) => `${row.region}\u0000${row.subnetId}`);
}


/***/ }),

/***/ 73097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ eniFindingKey),
/* harmony export */   t: () => (/* binding */ eipFindingKey)
/* harmony export */ });
function eniFindingKey(ip) {
    return `${ip.ownerAccountId}/${ip.region}/${ip.interfaceId}/${ip.address}`;
}
function eipFindingKey(eip) {
    return `${eip.accountId}/${eip.region}/${eip.allocationId ?? eip.publicIp}`;
}


/***/ }),

/***/ 64240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ HISTORY_LIMIT),
/* harmony export */   Gp: () => (/* binding */ historyTrend),
/* harmony export */   Sk: () => (/* binding */ carryHistory)
/* harmony export */ });
/** Entries a history keeps, newest last: two years of weekly runs. */
const HISTORY_LIMIT = 104;
/** The trend line compares with the oldest run on or after the day this many days back. */
const TREND_WINDOW_DAYS = 28;
/** The runs before this one (the baseline's history, else its own run), then this run. */
function carryHistory(baseline, current, limit = HISTORY_LIMIT) {
    const before = baseline === undefined ? [] : runsBefore(baseline);
    return [...before, current].slice(-Math.max(1, limit));
}
function runsBefore({ run, history }) {
    if (history === undefined || history.length === 0)
        return [run];
    // A history always ends with its report's own run; one that does not gets it added.
    return history.at(-1)?.startedAt === run.startedAt ? history : [...history, run];
}
const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (entry) => Math.floor(Date.parse(entry.startedAt) / DAY_MS);
/** The totals of two runs side by side: they read the same account-regions, or nobody knows. */
function change(since, current) {
    if (since.scope === undefined || current.scope === undefined) {
        return { since, scope: 'unrecorded', ...totalsChange(since, current) };
    }
    if (since.scope !== current.scope)
        return { since, scope: 'different' };
    return { since, scope: 'same', ...totalsChange(since, current) };
}
function totalsChange(since, current) {
    return {
        addresses: current.publicIpv4Addresses - since.publicIpv4Addresses,
        monthlyUsd: current.monthlyCostUsd - since.monthlyCostUsd,
    };
}
/** The last run compared with this one over what both read, from the baseline's own findings
 * (called when their scopes differ). */
function lastChange(since, scope) {
    return {
        since,
        scope: 'common',
        addresses: scope.thisRun.addresses - scope.baseline.addresses,
        monthlyUsd: scope.thisRun.monthlyUsd - scope.baseline.monthlyUsd,
        both: scope.common,
        then: scope.common + scope.onlyBaseline,
        now: scope.common + scope.onlyThisRun,
    };
}
/**
 * The trend of the history's last entry (this run): since the run before it, and since the
 * oldest run on or after the (UTC) day TREND_WINDOW_DAYS days before it. Undefined with one entry.
 * `lastScope`: this run and the last compared over what both read (the baseline diff's), which
 * the history's digests alone cannot give.
 */
function historyTrend(history, lastScope) {
    const current = history.at(-1);
    const last = history.at(-2);
    if (current === undefined || last === undefined)
        return undefined;
    const firstDay = dayOf(current) - TREND_WINDOW_DAYS;
    const oldest = history.slice(0, -1).find((entry) => dayOf(entry) >= firstDay);
    const compared = [current, last, ...(oldest === undefined ? [] : [oldest])];
    const sinceLast = lastScope === undefined || lastScope.same ? change(last, current) : lastChange(last, lastScope);
    return {
        sinceLast,
        ...(oldest === undefined || oldest === last
            ? {}
            : { sinceWindowStart: change(oldest, current) }),
        partial: compared.some((e) => e.accountRegionsComplete < e.accountRegionsPlanned),
    };
}


/***/ }),

/***/ 82879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseIpv4Cidr),
/* harmony export */   Cx: () => (/* binding */ ipv4ToNumber),
/* harmony export */   _4: () => (/* binding */ maskOf)
/* harmony export */ });
// IPv4 text to integers: dotted addresses and CIDR ranges, with integer math so no address
// library is needed and nothing is guessed. Pure and free of Node: the HTML page's script
// bundles it to sort addresses as the reports do.
// Decimal octets without leading zeros: '010' is octal to some parsers, so it is refused.
const OCTET = '(0|[1-9][0-9]{0,2})';
const CIDR_PATTERN = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?:/(0|[1-9][0-9]?))?$`);
function maskOf(prefix) {
    // A shift by 32 is a shift by 0 in JavaScript, so /0 needs its own case.
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
/** The unsigned integer of a dotted IPv4 address, or undefined when it is not one. */
function ipv4ToNumber(text) {
    const cidr = parseIpv4Cidr(text);
    return cidr !== undefined && !text.includes('/') ? cidr.network : undefined;
}
/** Parses `a.b.c.d/n` or a bare `a.b.c.d` (as /32); undefined for IPv6 and malformed text. */
function parseIpv4Cidr(text) {
    const match = CIDR_PATTERN.exec(text);
    if (match === null)
        return undefined;
    let address = 0;
    for (let i = 1; i <= 4; i++) {
        const octet = Number(match[i]);
        if (octet > 255)
            return undefined;
        address = address * 256 + octet;
    }
    const prefix = match[5] === undefined ? 32 : Number(match[5]);
    if (prefix > 32)
        return undefined;
    return { network: (address & maskOf(prefix)) >>> 0, prefix };
}


/***/ }),

/***/ 14867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ owningService),
/* harmony export */   DI: () => (/* binding */ describedOwner),
/* harmony export */   eZ: () => (/* binding */ INTERFACE_TYPES),
/* harmony export */   kl: () => (/* binding */ Service)
/* harmony export */ });
/* unused harmony export serviceOfPrincipal */
/** IPAM's names, and ours in its style. */
const Service = {
    Ec2: 'ec2',
    Unattached: 'unattached',
    LoadBalancer: 'load-balancer',
    NatGateway: 'nat-gateway',
    Rds: 'relational-database-service',
    Redshift: 'redshift',
    Dms: 'database-migration-service',
    Ecs: 'elastic-container-service',
    SiteToSiteVpn: 'site-to-site-vpn',
    GlobalAccelerator: 'global-accelerator',
    /** An Elastic IP seen only in DescribeAddresses (unassociated, or its interface unseen). */
    ElasticIp: 'elastic-ip',
    VpcEndpoint: 'vpc-endpoint',
    Workspaces: 'workspaces',
    TransitGateway: 'transit-gateway',
    Eks: 'elastic-kubernetes-service',
    Lambda: 'lambda',
    ApiGateway: 'api-gateway',
    Other: 'other',
};
/**
 * The InterfaceType values AWS sets on service-managed interfaces: the name the InterfaceType
 * column reports, and the owning service where the type alone says it. Compared as plain
 * strings: EC2 answers values the SDK's enum lacks (`nat_gateway` beside `natGateway`, `efs`).
 */
const INTERFACE_TYPES = new Map([
    ['network_load_balancer', { label: 'Network Load Balancer', service: Service.LoadBalancer }],
    ['nat_gateway', { label: 'NAT Gateway', service: Service.NatGateway }],
    ['natGateway', { label: 'NAT Gateway', service: Service.NatGateway }],
    ['efa', { label: 'Elastic Fabric Adapter' }],
    ['trunk', { label: 'Trunk ENI' }],
    ['load_balancer', { label: 'Application Load Balancer', service: Service.LoadBalancer }],
    ['vpc_endpoint', { label: 'PrivateLink Endpoint', service: Service.VpcEndpoint }],
    ['branch', { label: 'Branch ENI' }],
    ['transit_gateway', { label: 'Transit Gateway Attachment ENI', service: Service.TransitGateway }],
    ['lambda', { label: 'Lambda Function Interface', service: Service.Lambda }],
    ['quicksight', { label: 'Quicksight Interface', service: 'quicksight' }],
    [
        'global_accelerator_managed',
        { label: 'Global Accelerator Private Access Interface', service: Service.GlobalAccelerator },
    ],
    ['api_gateway_managed', { label: 'API Gateway', service: Service.ApiGateway }],
    ['gateway_load_balancer', { label: 'Gateway Load Balancer', service: Service.LoadBalancer }],
    [
        'gateway_load_balancer_endpoint',
        { label: 'Gateway Load Balancer Endpoint', service: Service.VpcEndpoint },
    ],
    ['iot_rules_managed', { label: 'IoT', service: 'iot' }],
    ['aws_codestar_connections_managed', { label: 'CodeStar', service: 'codestar-connections' }],
    [
        'ec2_instance_connect_endpoint',
        { label: 'EC2 Instance Connect Endpoint', service: 'ec2-instance-connect-endpoint' },
    ],
    ['efs', { label: 'EFS Mount Target', service: 'elastic-file-system' }],
]);
/**
 * The aliases AWS puts in RequesterId, Attachment.InstanceOwnerId and Association.IpOwnerId for
 * its own services. No account can give its interface or address one of these.
 */
const SERVICE_ALIASES = new Map([
    ['amazon-elb', Service.LoadBalancer],
    ['amazon-rds', Service.Rds],
    ['amazon-redshift', Service.Redshift],
]);
/** Address.ServiceManaged: AWS manages that Elastic IP for the service. */
const SERVICE_MANAGED_ADDRESSES = new Map([
    ['alb', Service.LoadBalancer],
    ['nlb', Service.LoadBalancer],
    ['rds', Service.Rds],
    ['rnat', Service.NatGateway],
]);
/**
 * Operator.Principal of managed resources, in the service vocabulary above: EKS Auto Mode's
 * instances and interfaces (`eks.amazonaws.com`), Lambda Managed Instances
 * (`scaler.lambda.amazonaws.com`, the principal AWSLambdaManagedEC2ResourceOperator names).
 */
const PRINCIPALS = new Map([
    ['eks.amazonaws.com', Service.Eks],
    ['scaler.lambda.amazonaws.com', Service.Lambda],
]);
/** A principal the table does not know, as a kebab-case name: `foo.bar.amazonaws.com` -> `foo-bar`. */
function serviceOfPrincipal(principal) {
    const known = PRINCIPALS.get(principal.toLowerCase());
    if (known !== undefined)
        return known;
    const name = principal
        .toLowerCase()
        .replace(/\.amazonaws\.com(?:\.cn)?$/, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return name === '' ? Service.Other : name;
}
// What AWS writes in the descriptions of the interfaces it creates; `id` names the resource.
const BY_DESCRIPTION = [
    { pattern: /^RDSNetworkInterface$/, service: Service.Rds },
    { pattern: /^RedshiftNetworkInterface$/, service: Service.Redshift },
    { pattern: /^DMSNetworkInterface$/, service: Service.Dms },
    { pattern: /^arn:aws[\w-]*:ecs:[\w-]+:\d{12}:attachment\//, service: Service.Ecs },
    { pattern: /^Interface for NAT Gateway (?<id>nat-[0-9a-f]+)$/, service: Service.NatGateway },
    { pattern: /^VPC Endpoint Interface:? (?<id>vpce-[0-9a-f]+)$/, service: Service.VpcEndpoint },
    {
        pattern: /^Network Interface for Transit Gateway Attachment (?<id>tgw-attach-[0-9a-f]+)$/,
        service: Service.TransitGateway,
    },
    { pattern: /^Created By Amazon Workspaces for AWS Account ID \d+$/, service: Service.Workspaces },
    { pattern: /^Amazon EKS \S+/, service: Service.Eks },
    { pattern: /^AWS Lambda VPC ENI/, service: Service.Lambda },
    { pattern: /^ELB (?<id>(?:app|net|gwy)\/[^/\s]+\/[0-9a-f]+)$/, service: Service.LoadBalancer },
    { pattern: /^ELB (?<id>[\w-]+)$/, service: Service.LoadBalancer },
];
/** What a description claims, AWS-written or not: the caller decides whether it counts. */
function describedOwner(description) {
    for (const { pattern, service } of BY_DESCRIPTION) {
        const match = pattern.exec(description ?? '');
        if (match === null)
            continue;
        const id = match.groups?.['id'];
        return id === undefined ? { service } : { service, resourceId: id };
    }
    return undefined;
}
/** The service AWS's own aliases name on the interface or its address, if any. */
function aliasService(eni) {
    for (const id of [eni.RequesterId, eni.Attachment?.InstanceOwnerId, eni.Association?.IpOwnerId]) {
        const service = id === undefined ? undefined : SERVICE_ALIASES.get(id);
        if (service !== undefined)
            return service;
    }
    return undefined;
}
/** The service vouched for by a field AWS sets, before any description is read. */
function vouchedService(eni, serviceManaged) {
    const byType = eni.InterfaceType === undefined ? undefined : INTERFACE_TYPES.get(eni.InterfaceType)?.service;
    if (byType !== undefined)
        return byType;
    const byAlias = aliasService(eni);
    if (byAlias !== undefined)
        return byAlias;
    for (const flag of serviceManaged) {
        const service = SERVICE_MANAGED_ADDRESSES.get(flag);
        if (service !== undefined)
            return service;
    }
    return undefined;
}
const instanceOf = (eni) => {
    const id = eni.Attachment?.InstanceId;
    return id === undefined || id === '' ? undefined : id;
};
/**
 * The service, and the resource where a vouched field names it, that holds an interface's
 * address. `serviceManaged`: the ServiceManaged flags of the Elastic IPs on the interface.
 */
function owningService(eni, serviceManaged = []) {
    const requesterManaged = eni.RequesterManaged === true;
    const flags = requesterManaged ? { requesterManaged } : {};
    const operator = eni.Operator;
    if (operator?.Managed === true) {
        const principal = operator.Principal ?? '';
        const instanceId = instanceOf(eni);
        return {
            service: serviceOfPrincipal(principal),
            ...(instanceId === undefined ? {} : { resourceId: instanceId }),
            ...(principal === '' ? {} : { managedBy: principal }),
            ...flags,
        };
    }
    const described = describedOwner(eni.Description);
    const vouched = vouchedService(eni, serviceManaged);
    if (vouched !== undefined) {
        // The description names the resource only when it claims the service the fields vouch for.
        return described?.service === vouched
            ? { ...described, ...flags }
            : { service: vouched, ...flags };
    }
    // AWS wrote the description of a requester-managed interface: no account can change it.
    if (requesterManaged && described !== undefined)
        return { ...described, ...flags };
    const instanceId = instanceOf(eni);
    if (instanceId !== undefined)
        return { service: Service.Ec2, resourceId: instanceId, ...flags };
    if (eni.Attachment === undefined)
        return { service: Service.Unattached, ...flags };
    return { service: Service.Other, ...flags };
}


/***/ }),

/***/ 59726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ separatePolicyDenials),
/* harmony export */   aE: () => (/* binding */ organisationPolicyOf),
/* harmony export */   tQ: () => (/* binding */ describePolicyDenial)
/* harmony export */ });
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56963);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34136);
/* harmony import */ var _sortOrder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40584);
// Account-regions an organisation policy forbids. Control Tower's Region deny control, and SCPs
// like it, deny every regional call outside the governed regions: such an account-region is not
// a scan error but a state of its own, reported apart and gated only on request. Only a region
// whose every call failed with an explicit deny that names an organisation policy counts: a deny
// that names no policy, an identity-based policy or a permissions boundary, or a policy deny of
// some calls of a region whose other calls answered (a blind spot inside a region), stays a scan
// error and fails closed.



/** How each protocol answers an explicit deny: EC2, the query services, the JSON services. */
const DENIED_CODES = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** AWS's words, e.g. `... ec2:DescribeSubnets with an explicit deny in a service control policy`. */
const ORGANISATION_DENY = /\bwith an explicit deny in an? (service control policy|resource control policy)\b/;
/** The organisation policy a failed call names as its explicit deny, if it names one. */
function organisationPolicyOf(error) {
    if (!DENIED_CODES.has(error.errorCode))
        return undefined;
    return ORGANISATION_DENY.exec(error.message)?.[1];
}
/** The call that says most about a denied region: interfaces are where public IPs are. */
const PREFERRED_EXAMPLE = 'ec2:DescribeNetworkInterfaces';
/**
 * The failures of account-regions an organisation policy denied, taken out of `errors` as
 * denials (one per account-region, in account and region order), and the errors that stay.
 */
function separatePolicyDenials(planned, errors) {
    const targets = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .indexTargets */ .Du)(planned);
    const known = new Set(planned);
    const byTarget = new Map();
    // Failures of no planned target: one target of their own per account and region.
    const extras = new Map();
    for (const error of errors) {
        let target = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(targets, error);
        if (!known.has(target)) {
            const own = `${target.accountId}\u0000${target.region}`;
            target = extras.get(own) ?? target;
            extras.set(own, target);
        }
        byTarget.set(target, [...(byTarget.get(target) ?? []), error]);
    }
    const policyDenied = [];
    const deniedErrors = new Set();
    for (const [target, failures] of byTarget) {
        const regional = target.region !== _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .WHOLE_ACCOUNT */ .e && target.region !== _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_REGION */ .j;
        if (!regional || target.reached || !failures.every((e) => organisationPolicyOf(e)))
            continue;
        const example = failures.find((e) => e.api === PREFERRED_EXAMPLE) ?? failures[0];
        policyDenied.push({
            accountId: target.accountId,
            region: target.region,
            policy: organisationPolicyOf(example),
            exampleCall: example.api,
            message: example.message,
        });
        for (const e of failures)
            deniedErrors.add(e);
    }
    return {
        policyDenied: policyDenied.sort(_sortOrder_js__WEBPACK_IMPORTED_MODULE_1__/* .compareTargets */ .wu),
        scanErrors: errors.filter((e) => !deniedErrors.has(e)),
    };
}
/** `222222222222 us-east-1 (service control policy)`: for messages. */
function describePolicyDenial(denial) {
    return `${denial.accountId} ${denial.region} (${denial.policy})`;
}


/***/ }),

/***/ 39437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parsePublicIpv4UsageType),
/* harmony export */   T: () => (/* binding */ publicIpv4UsageTypes)
/* harmony export */ });
/** AWS Region billing codes (global-infrastructure/latest/regions/aws-region-billing-codes). */
const BILLING_CODES = new Map([
    ['USE1', 'us-east-1'],
    ['USE2', 'us-east-2'],
    ['USW1', 'us-west-1'],
    ['USW2', 'us-west-2'],
    ['CAN1', 'ca-central-1'],
    ['CAN2', 'ca-west-1'],
    ['MXC1', 'mx-central-1'],
    ['AFS1', 'af-south-1'],
    ['APE1', 'ap-east-1'],
    ['APE2', 'ap-east-2'],
    ['APN1', 'ap-northeast-1'],
    ['APN2', 'ap-northeast-2'],
    ['APN3', 'ap-northeast-3'],
    ['APS1', 'ap-southeast-1'],
    ['APS2', 'ap-southeast-2'],
    ['APS3', 'ap-south-1'],
    ['APS4', 'ap-southeast-3'],
    ['APS5', 'ap-south-2'],
    ['APS6', 'ap-southeast-4'],
    ['APS7', 'ap-southeast-5'],
    ['APS8', 'ap-southeast-6'],
    ['APS9', 'ap-southeast-7'],
    ['EU', 'eu-west-1'],
    ['EUC1', 'eu-central-1'],
    ['EUC2', 'eu-central-2'],
    ['EUN1', 'eu-north-1'],
    ['EUS1', 'eu-south-1'],
    ['EUS2', 'eu-south-2'],
    ['EUW2', 'eu-west-2'],
    ['EUW3', 'eu-west-3'],
    ['ILC1', 'il-central-1'],
    ['MEC1', 'me-central-1'],
    ['MES1', 'me-south-1'],
    ['SAE1', 'sa-east-1'],
    ['UGE1', 'us-gov-east-1'],
    ['UGW1', 'us-gov-west-1'],
]);
const USAGE_TYPE = /^(?:([A-Z0-9]+)-)?PublicIPv4:(InUseAddress|IdleAddress|ContiguousBlock)$/;
function parsePublicIpv4UsageType(usageType) {
    const m = USAGE_TYPE.exec(usageType);
    if (!m)
        return undefined;
    const [, code, usage] = m;
    return {
        usageType,
        usage: usage,
        region: code === undefined ? 'us-east-1' : BILLING_CODES.get(code),
    };
}
/** The public IPv4 usage types among a USAGE_TYPE dimension's values, to ask the cost of. */
function publicIpv4UsageTypes(values) {
    const types = values.map((v) => v.Value ?? '').filter((v) => parsePublicIpv4UsageType(v));
    return [...new Set(types)].sort();
}


/***/ }),

/***/ 2737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ ipamMissedTally),
  L: () => (/* binding */ reconcile)
});

// EXTERNAL MODULE: ./src/analyze/publicIpv4UsageType.ts
var publicIpv4UsageType = __webpack_require__(39437);
// EXTERNAL MODULE: ./src/analyze/sortOrder.ts
var sortOrder = __webpack_require__(40584);
;// CONCATENATED MODULE: ./src/analyze/billingReconciliation.ts


const BILLING_MARGIN = { addresses: 1, fraction: 0.1 };
const amount = (value) => {
    const n = Number(value ?? 0);
    return Number.isFinite(n) ? n : 0;
};
/** Every public IPv4 group of the answer, with the period it belongs to. */
function billLines(input) {
    const { lastMonth, monthToDate } = input.periods;
    const lines = [];
    for (const result of input.costAndUsage.resultsByTime) {
        const start = result.TimePeriod?.Start;
        const period = start === lastMonth.start
            ? 'lastMonth'
            : start === monthToDate?.start
                ? 'monthToDate'
                : undefined;
        if (!period)
            continue;
        for (const group of result.Groups ?? []) {
            const [accountId = '', usageType = ''] = group.Keys ?? [];
            const usage = (0,publicIpv4UsageType/* parsePublicIpv4UsageType */.B)(usageType);
            if (!usage)
                continue;
            lines.push({
                accountId,
                period,
                usage,
                hours: amount(group.Metrics?.['UsageQuantity']?.Amount),
                costUsd: amount(group.Metrics?.['UnblendedCost']?.Amount),
                estimated: result.Estimated === true,
            });
        }
    }
    return lines;
}
function scopeOf(input, lines) {
    const caller = input.callerAccountId;
    if (caller === input.managementAccountId) {
        return { scope: 'payer', evidence: 'the caller is the management (payer) account' };
    }
    const named = [
        ...lines.map((l) => l.accountId),
        ...input.costAndUsage.dimensionValueAttributes.map((a) => a.Value ?? ''),
    ];
    const other = named.find((id) => id !== '' && id !== caller);
    if (other !== undefined) {
        return {
            scope: 'payer',
            evidence: `the bill names other accounts than the caller (${other}): only the payer's does`,
        };
    }
    return {
        scope: 'caller-only',
        evidence: `Cost Explorer answered for the caller's account (${caller}) alone: the bill of other accounts is only visible from the payer account`,
    };
}
function billedPeriod(period, lines) {
    const hoursOf = (usage) => lines.filter((l) => l.usage.usage === usage).reduce((n, l) => n + l.hours, 0);
    const inUseHours = hoursOf('InUseAddress');
    const idleHours = hoursOf('IdleAddress');
    const addressHours = inUseHours + idleHours;
    return {
        ...period,
        inUseHours,
        idleHours,
        addressHours,
        contiguousBlockHours: hoursOf('ContiguousBlock'),
        costUsd: lines.reduce((n, l) => n + l.costUsd, 0),
        billedAverage: period.hours > 0 ? addressHours / period.hours : 0,
        estimated: lines.some((l) => l.estimated),
    };
}
function byRegion(lines) {
    const regions = new Map();
    for (const line of lines) {
        const region = line.usage.region ?? '';
        const row = regions.get(region) ?? {
            region,
            lastMonthHours: 0,
            lastMonthCostUsd: 0,
            monthToDateHours: 0,
            monthToDateCostUsd: 0,
        };
        row[`${line.period}Hours`] += line.hours;
        row[`${line.period}CostUsd`] += line.costUsd;
        regions.set(region, row);
    }
    return [...regions.values()].sort((a, b) => (0,sortOrder/* compareText */.n6)(a.region, b.region));
}
/** The account's row: what the bill says, what the scan holds, and whether they disagree. */
function accountBilling(input, accountId, covered, lines, margin) {
    const mine = lines.filter((l) => l.accountId === accountId);
    const held = input.scanned.filter((s) => s.accountId === accountId && !s.byoip);
    const name = input.costAndUsage.dimensionValueAttributes.find((a) => a.Value === accountId)
        ?.Attributes?.['description'];
    const row = {
        accountId,
        ...(name ? { accountName: name } : {}),
        status: 'compared',
        byRegion: byRegion(mine),
        scannedCharged: held.length,
        scannedIdle: held.filter((s) => s.idle).length,
        unexplainedHours: 0,
        excessAverage: 0,
        flagged: false,
    };
    const reason = !covered
        ? 'not covered by the bill'
        : !input.accounts.includes(accountId)
            ? 'not scanned'
            : !input.completeAccounts.includes(accountId)
                ? 'scan incomplete'
                : undefined;
    if (covered) {
        const { lastMonth, monthToDate } = input.periods;
        row.lastMonth = billedPeriod(lastMonth, mine.filter((l) => l.period === 'lastMonth'));
        if (monthToDate) {
            row.monthToDate = billedPeriod(monthToDate, mine.filter((l) => l.period === 'monthToDate'));
        }
    }
    if (reason)
        return { ...row, status: 'not-compared', reason };
    const mtd = row.monthToDate;
    if (!mtd)
        return row;
    const allowed = row.scannedCharged + Math.max(margin.addresses, margin.fraction * row.scannedCharged);
    row.excessAverage = mtd.billedAverage - row.scannedCharged;
    row.unexplainedHours = Math.max(0, mtd.addressHours - row.scannedCharged * mtd.hours);
    row.flagged = mtd.billedAverage > allowed;
    return row;
}
function reconcileBilling(input) {
    const margin = input.margin ?? BILLING_MARGIN;
    const lines = billLines(input);
    const { scope, evidence } = scopeOf(input, lines);
    const ids = [...new Set([...input.accounts, ...lines.map((l) => l.accountId)])].sort(sortOrder/* compareText */.n6);
    const accounts = ids.map((id) => accountBilling(input, id, scope === 'payer' || id === input.callerAccountId, lines, margin));
    const flagged = accounts.filter((a) => a.flagged);
    return {
        scope,
        scopeEvidence: evidence,
        callerAccountId: input.callerAccountId,
        periods: input.periods,
        margin,
        accounts,
        flaggedCount: flagged.length,
        unexplainedHours: flagged.reduce((n, a) => n + a.unexplainedHours, 0),
        billedLastMonthUsd: accounts
            .filter((a) => input.accounts.includes(a.accountId))
            .reduce((n, a) => n + (a.lastMonth?.costUsd ?? 0), 0),
    };
}

// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
;// CONCATENATED MODULE: ./src/analyze/completeTargets.ts
// Which account-regions a scan read completely: the reconciliations compare AWS's records with
// those only, and call every other one "not compared", never "nothing missed".


/** `targets` without a coverage gap of their own or of their whole account. */
function completeTargets(targets, gaps) {
    const gapKeys = new Set(gaps.map((g) => `${g.accountId}\u0000${g.region}`));
    const gapped = (accountId, region) => gapKeys.has(`${accountId}\u0000${region}`) || gapKeys.has(`${accountId}\u0000${coverage/* WHOLE_ACCOUNT */.e}`);
    return targets
        .filter((t) => !gapped(t.accountId, t.region))
        .map((t) => ({ accountId: t.accountId, region: t.region }))
        .sort(sortOrder/* compareTargets */.wu);
}

;// CONCATENATED MODULE: ./src/analyze/ipamReconciliation.ts


/**
 * IPAM keeps re-sampling the addresses it discovers: one it last sampled more than a day before
 * the scan started is more likely released since than missed. Such addresses are reported with
 * their age and not counted. An address sampled after the scan started counts (age 0): it was
 * there while the scan ran, so the scan cannot be called clean of it.
 */
const IPAM_SAMPLE_WINDOW_HOURS = 24;
const HOUR_MS = 3_600_000;
const byAddress = (a, b) => (0,sortOrder/* compareAddress */.A7)(a.address, b.address);
const key = (accountId, region) => `${accountId}\u0000${region}`;
/** Addresses of kinds the scan does not read: CloudFront's anycast static IP lists. */
function outsideTheScan(a) {
    return a.AddressType === 'anycast-ip-list-ip' || a.Service === 'cloudfront';
}
/** The row an IPAM address belongs to: its owner's region, or its owner's `global` row. */
function ipamReconciliation_scopeOf(a) {
    return {
        accountId: a.AddressOwnerId ?? '',
        region: a.Service === 'global-accelerator' ? coverage/* GLOBAL_REGION */.j : (a.AddressRegion ?? ''),
    };
}
function unmatched(a, scope, started) {
    const row = { ...scope, address: a.Address ?? '' };
    if (a.AddressType)
        row.addressType = a.AddressType;
    if (a.Service)
        row.service = a.Service;
    if (a.ServiceResource)
        row.serviceResource = a.ServiceResource;
    if (a.NetworkInterfaceId)
        row.networkInterfaceId = a.NetworkInterfaceId;
    if (a.SampleTime) {
        row.sampleTime = a.SampleTime;
        row.ageHours = Math.max(0, (started.getTime() - a.SampleTime.getTime()) / HOUR_MS);
    }
    return row;
}
function rowFor(indexes, scope) {
    const id = key(scope.accountId, scope.region);
    let row = indexes.rows.get(id);
    if (!row) {
        row = {
            accountId: scope.accountId,
            region: scope.region,
            status: 'compared',
            scanned: 0,
            ipam: 0,
            missed: [],
            stale: [],
            outsideScan: [],
            notYetInIpam: [],
        };
        indexes.rows.set(id, row);
    }
    return row;
}
function addTo(map, region, address) {
    const set = map.get(region) ?? new Set();
    set.add(address);
    map.set(region, set);
}
/** Why a row cannot be compared, if it cannot. */
function notComparedReason(input, row, answered, complete) {
    if (!input.accounts.includes(row.accountId))
        return 'not scanned';
    if (!complete.has(key(row.accountId, row.region)))
        return 'scan incomplete';
    // Accelerator addresses may sit in any region's answer: all of them must have come.
    const asked = row.region === coverage/* GLOBAL_REGION */.j ? input.ipam.map((r) => r.region) : [row.region];
    return asked.every((region) => answered.has(region)) ? undefined : 'IPAM unavailable';
}
function reconcileIpam(input) {
    const window = input.sampleWindowHours ?? IPAM_SAMPLE_WINDOW_HOURS;
    const indexes = { scannedIn: new Map(), ipamIn: new Map(), rows: new Map() };
    const answered = new Set(input.ipam.filter((r) => r.answer).map((r) => r.region));
    const complete = new Set(input.complete.map((t) => key(t.accountId, t.region)));
    for (const s of input.scanned) {
        addTo(indexes.scannedIn, s.region, s.address);
        rowFor(indexes, s).scanned++;
    }
    for (const region of answered)
        rowsOfAnswer(input, region, indexes, window);
    for (const row of indexes.rows.values()) {
        const reason = notComparedReason(input, row, answered, complete);
        if (reason) {
            // What IPAM lists here is neither missed nor stale: the scan's side is unknown.
            Object.assign(row, { status: 'not-compared', reason, missed: [], stale: [] });
            continue;
        }
        const listed = indexes.ipamIn.get(row.region) ?? new Set();
        row.notYetInIpam = input.scanned
            .filter((s) => s.accountId === row.accountId && s.region === row.region)
            .map((s) => s.address)
            .filter((address) => !listed.has(address));
    }
    const rows = [...indexes.rows.values()].sort(sortOrder/* compareTargets */.wu);
    for (const row of rows)
        for (const list of [row.missed, row.stale, row.outsideScan])
            list.sort(byAddress);
    return {
        sampleWindowHours: window,
        rows,
        missedCount: rows.reduce((n, r) => n + r.missed.length, 0),
        notComparedCount: rows.filter((r) => r.status === 'not-compared').length,
    };
}
/** Files each address of a region's answer in its row: matched, missed, stale or outside. */
function rowsOfAnswer(input, region, indexes, window) {
    const answer = input.ipam.find((r) => r.region === region)?.answer;
    for (const a of answer?.addresses ?? []) {
        const scope = ipamReconciliation_scopeOf(a);
        const row = rowFor(indexes, scope);
        row.ipam++;
        addTo(indexes.ipamIn, scope.region, a.Address ?? '');
        if (indexes.scannedIn.get(scope.region)?.has(a.Address ?? ''))
            continue;
        const found = unmatched(a, scope, input.scanStartedAt);
        if (outsideTheScan(a))
            row.outsideScan.push(found);
        else if (found.ageHours !== undefined && found.ageHours > window)
            row.stale.push(found);
        else
            row.missed.push(found);
    }
}

;// CONCATENATED MODULE: ./src/analyze/scannedAddresses.ts

function scannedAddresses(found) {
    const byKey = new Map();
    for (const { accountId, region, address, byoip, idle } of found) {
        if (address === '')
            continue;
        const key = `${accountId}\u0000${region}\u0000${address}`;
        const seen = byKey.get(key);
        if (seen) {
            seen.byoip ||= byoip;
            seen.idle ||= idle;
        }
        else {
            byKey.set(key, { accountId, region, address, byoip, idle });
        }
    }
    return [...byKey.values()].sort((a, b) => (0,sortOrder/* compareTargets */.wu)(a, b) || (0,sortOrder/* compareAddress */.A7)(a.address, b.address));
}

;// CONCATENATED MODULE: ./src/analyze/reconciliation.ts





/** What the scan read completely: its targets and accounts' accelerator listings, but gaps. */
function readCompletely(result) {
    // An account-region an organisation policy denied was not read at all.
    const denied = result.policyDenied.map((d) => ({
        accountId: d.accountId,
        region: d.region,
        reached: false,
        failures: [],
    }));
    return completeTargets([
        ...result.targets,
        ...result.accountsScanned.map((accountId) => ({ accountId, region: coverage/* GLOBAL_REGION */.j })),
    ], [...result.coverage.gaps, ...denied]);
}
/** `found`: the findings' addresses (kinds/findingAddresses.ts). */
function reconcile(result, records, found) {
    if (!records || (!records.ipam && !records.billing))
        return undefined;
    const scanned = scannedAddresses(found);
    const complete = readCompletely(result);
    const out = {};
    if (records.ipam) {
        const { answers, resourceDiscoveryId, accountId, homeRegion } = records.ipam;
        out.ipam = {
            resourceDiscoveryId,
            accountId,
            homeRegion,
            unavailableRegions: answers.filter((a) => !a.answer).map((a) => a.region),
            ...reconcileIpam({
                scanned,
                accounts: result.accountsScanned,
                complete,
                ipam: answers,
                scanStartedAt: result.startedAt,
            }),
        };
    }
    if (records.billing) {
        const { callerAccountId, periods, costAndUsage } = records.billing;
        const completeAccounts = result.accountsScanned.filter((id) => !result.coverage.gaps.some((g) => g.accountId === id));
        out.billing = {
            callerAccountId,
            periods,
            ...(costAndUsage
                ? {
                    reconciliation: reconcileBilling({
                        periods,
                        costAndUsage,
                        callerAccountId,
                        scanned,
                        accounts: result.accountsScanned,
                        completeAccounts,
                    }),
                }
                : {}),
        };
    }
    return out;
}
/**
 * What 'max-ipam-missed' counts (gate/thresholds.ts): the addresses IPAM sampled that the scan
 * missed, the first few described; unknown where IPAM could not be read.
 */
function ipamMissedTally(result, found) {
    const ipam = reconcile(result, result.records, found)?.ipam;
    if (!ipam) {
        return {
            count: 0,
            examples: [],
            unknown: "IPAM was not asked ('ipam-resource-discovery-id' is not set)",
        };
    }
    const examples = ipam.rows
        .flatMap((r) => r.missed)
        .slice(0, 5)
        .map((m) => `${m.address} (${m.addressType ?? 'unknown type'}, ${m.accountId} ${m.region})`);
    const regions = ipam.unavailableRegions;
    return {
        count: ipam.missedCount,
        examples,
        ...(regions.length > 0
            ? {
                unknown: `IPAM could not be read in ${regions.length} region(s) (${regions.join(', ')}; see ` +
                    'scan_errors.csv): the addresses the scan missed there are unknown',
            }
            : {}),
    };
}


/***/ }),

/***/ 66268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ compareScopes),
/* harmony export */   h$: () => (/* binding */ scopeDigest),
/* harmony export */   hD: () => (/* binding */ targetKey),
/* harmony export */   hx: () => (/* binding */ readScope),
/* harmony export */   q4: () => (/* binding */ completeTargets),
/* harmony export */   wK: () => (/* binding */ figuresByTarget)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56963);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60167);
// What a run read, so that two runs are compared over what both read. A run that reads fewer
// account-regions than its baseline (a single-account gate against the organisation's artifact,
// a dispatch with `regions`) must not call everything it skipped "gone", nor its smaller bill a
// saving. Pure: a run's findings (kinds/findingAddresses.ts) and a baseline's report.json
// (options/baselineHistory.ts) are reduced to the same records, compared here.



/** `111111111111/us-east-1`, or `111111111111/global` for an account's Global Accelerator listing. */
function targetKey(accountId, region) {
    return `${accountId}/${region}`;
}
/** The targets read completely: scanned, and without a gap of their own or of the whole account. */
function completeTargets({ accountsScanned, targets, gaps }) {
    const failed = new Set(gaps.map((g) => targetKey(g.accountId, g.region)));
    const whole = (accountId) => failed.has(targetKey(accountId, _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .WHOLE_ACCOUNT */ .e));
    const complete = new Set();
    for (const { accountId, region } of targets) {
        const key = targetKey(accountId, region);
        if (!failed.has(key) && !whole(accountId))
            complete.add(key);
    }
    for (const accountId of accountsScanned) {
        const key = targetKey(accountId, _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_REGION */ .j);
        if (!failed.has(key) && !whole(accountId))
            complete.add(key);
    }
    return complete;
}
/**
 * Distinct addresses and their monthly cost by target: each (region, address) once, in the
 * target of its first record, BYOIP (free) when any record says so, as the cost summary counts.
 */
function figuresByTarget(records, pricePerIpHour) {
    const seen = new Map();
    for (const record of records) {
        if (record.address === '')
            continue;
        const id = `${record.region}\u0000${record.address}`;
        const found = seen.get(id);
        if (found === undefined) {
            seen.set(id, { target: targetKey(record.accountId, record.region), byoip: record.byoip });
        }
        else {
            found.byoip ||= record.byoip;
        }
    }
    const figures = new Map();
    for (const { target, byoip } of seen.values()) {
        const entry = figures.get(target) ?? { addresses: 0, monthlyUsd: 0 };
        entry.addresses += 1;
        entry.monthlyUsd += (0,_cost_js__WEBPACK_IMPORTED_MODULE_1__/* .monthlyCostUsd */ .D5)(pricePerIpHour, byoip);
        figures.set(target, entry);
    }
    return figures;
}
/** A run's scope from its findings' addresses (kinds/findingAddresses.ts) and coverage. */
function readScope(addresses, input, pricePerIpHour) {
    return {
        complete: completeTargets(input),
        figures: figuresByTarget(addresses, pricePerIpHour),
    };
}
/**
 * A history entry's record of its scope: `sha256:` and 16 hex digits of the sorted targets it
 * read completely. Two runs read the same account-regions exactly when their digests are equal;
 * 24 characters per run, where the list itself would grow the history by kilobytes a run.
 */
function scopeDigest(complete) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const key of [...complete].sort())
        hash.update(`${key}\n`);
    return `sha256:${hash.digest('hex').slice(0, 16)}`;
}
function sumOver(figures, targets) {
    const total = { addresses: 0, monthlyUsd: 0 };
    for (const target of targets) {
        const entry = figures.get(target);
        if (entry === undefined)
            continue;
        total.addresses += entry.addresses;
        total.monthlyUsd += entry.monthlyUsd;
    }
    return total;
}
function compareScopes(thisRun, baseline) {
    const common = new Set([...thisRun.complete].filter((t) => baseline.complete.has(t)));
    const onlyBaseline = baseline.complete.size - common.size;
    const onlyThisRun = thisRun.complete.size - common.size;
    return {
        same: onlyBaseline === 0 && onlyThisRun === 0,
        common: common.size,
        onlyBaseline,
        onlyThisRun,
        baseline: sumOver(baseline.figures, common),
        thisRun: sumOver(thisRun.figures, common),
    };
}


/***/ }),

/***/ 40584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* reexport safe */ _compareAddress_js__WEBPACK_IMPORTED_MODULE_0__.A7),
/* harmony export */   I: () => (/* binding */ compareScanErrors),
/* harmony export */   K0: () => (/* binding */ compareUncheckedAccounts),
/* harmony export */   n6: () => (/* reexport safe */ _compareAddress_js__WEBPACK_IMPORTED_MODULE_0__.n6),
/* harmony export */   wu: () => (/* binding */ compareTargets)
/* harmony export */ });
/* harmony import */ var _compareAddress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10791);
// Comparators that give the coverage reports one order whatever order the concurrent scan finished
// in (each kind of finding has its own, in its module in kinds/).
// Keys compare left to right, `||` moving on only on ties. Text and address order are in
// compareAddress.ts, which the HTML page's script shares.


/** By account, then region: scan targets, coverage gaps, anything of one account-region. */
function compareTargets(a, b) {
    return (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.accountId, b.accountId) || (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.region, b.region);
}
function compareUncheckedAccounts(a, b) {
    return (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.accountId, b.accountId);
}
function compareScanErrors(a, b) {
    return ((0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.accountId, b.accountId) ||
        (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.region, b.region) ||
        (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.api, b.api) ||
        (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.errorCode, b.errorCode) ||
        (0,_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.message, b.message));
}


/***/ }),

/***/ 84815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ notAssessed),
/* harmony export */   L6: () => (/* binding */ combineChecks),
/* harmony export */   P5: () => (/* binding */ raised),
/* harmony export */   f5: () => (/* binding */ PASSED)
/* harmony export */ });
/* unused harmony export combineVerdicts */
/** The check ran and found nothing suspicious (or does not apply). */
const PASSED = { assessed: true, level: 'LOW', reasons: [] };
function raised(level, reason) {
    return { assessed: true, level, reasons: [reason] };
}
function notAssessed(reasons) {
    return { assessed: false, reasons };
}
const RANK = { LOW: 0, MODERATE: 1, HIGH: 2 };
/**
 * The highest level any assessed check established, with every reason in check order. Below
 * HIGH, a check that could not run leaves the answer UNKNOWN: we cannot say the address is fine.
 * HIGH from an assessed check stands whatever the missing checks would have said.
 */
function combineVerdicts(verdicts) {
    let level = 'LOW';
    let anyNotAssessed = false;
    const reasons = [];
    for (const verdict of verdicts) {
        reasons.push(...verdict.reasons);
        if (!verdict.assessed)
            anyNotAssessed = true;
        else if (RANK[verdict.level] > RANK[level])
            level = verdict.level;
    }
    return { suspicion: level !== 'HIGH' && anyNotAssessed ? 'UNKNOWN' : level, reasons };
}
/** The checks of one interface, in the order their reasons are written. */
function combineChecks(checks) {
    return combineVerdicts([checks.securityGroups, checks.routes, checks.attachment]);
}


/***/ }),

/***/ 73265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ checkedPages),
/* harmony export */   GS: () => (/* binding */ requiredList),
/* harmony export */   Gj: () => (/* binding */ pageItems),
/* harmony export */   qx: () => (/* binding */ UnexpectedAnswerError),
/* harmony export */   y7: () => (/* binding */ tokenPages)
/* harmony export */ });
// Checks on what an endpoint answered, before its answer counts as the truth. The SDK reads any
// 200 answer it cannot parse as "nothing there": an HTML page from a proxy or an empty body would
// otherwise be reported as an account-region without addresses. And its paginators follow any
// token they are given, so an endpoint that answers the same token again would hold the scan
// forever.
/** An answer that is not the API's: the scan records it as an error of that call. */
class UnexpectedAnswerError extends Error {
    name = 'UnexpectedAnswer';
}
/** More pages than any real account has (10 million interfaces at 1,000 a page). */
const MAX_PAGES = 10_000;
/**
 * The list an EC2 answer must hold. EC2 always writes its list element, empty or not (the SDK
 * reads an empty one as `[]`), so an answer without it is not an EC2 answer.
 */
function requiredList(list, element) {
    if (list === undefined)
        throw new UnexpectedAnswerError(`the answer holds no ${element} element: not an EC2 answer`);
    return list;
}
/**
 * The pages of a call the SDK generates no paginator for (IPAM's discovered addresses, Cost
 * Explorer's calls): each page's token asks for the next, until a page carries none. Read it
 * through checkedPages, which stops a chain that loops.
 */
async function* tokenPages(fetchPage, tokenOf) {
    let token;
    do {
        const page = await fetchPage(token);
        yield page;
        token = tokenOf(page);
    } while (token !== undefined && token !== '');
}
/**
 * Each page of `pages`, refusing a token seen before and a number of pages no account needs.
 * `fromAws`: the JSON services (Organizations, Global Accelerator) may leave an empty list out,
 * so their pages cannot be checked by their list; but AWS answers each with an x-amzn-RequestId
 * header, which an empty body or a proxy's page lacks.
 */
async function* checkedPages(pages, { fromAws = false } = {}) {
    const tokens = new Set();
    let count = 0;
    for await (const page of pages) {
        if (fromAws && page.$metadata?.requestId === undefined) {
            throw new UnexpectedAnswerError('the answer has no x-amzn-RequestId header: not an AWS answer');
        }
        count += 1;
        if (count > MAX_PAGES)
            throw new UnexpectedAnswerError(`the answer went on past ${MAX_PAGES} pages`);
        const token = page.NextToken ?? page.NextPageToken;
        if (token !== undefined && token !== '') {
            if (tokens.has(token))
                throw new UnexpectedAnswerError('the same NextToken came back twice: the pages loop');
            tokens.add(token);
        }
        yield page;
    }
}
/**
 * Every item of every checked page. EC2's pages must hold their list `element`; the JSON
 * services' (`fromAws`) carry their request id and may leave an empty list out.
 */
async function pageItems(pages, items, check) {
    const all = [];
    const fromAws = 'fromAws' in check;
    for await (const page of checkedPages(pages, { fromAws })) {
        all.push(...(fromAws ? (items(page) ?? []) : requiredList(items(page), check.element)));
    }
    return all;
}


/***/ }),

/***/ 94936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// What a thrown value says, for a message to a person: the message of an Error, else its text.
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 99631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatCount),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `12,345`: counts grouped for people, independent of the machine's locale. */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
/** `1 address`, `2,000 addresses`. */
function plural(n, one, many) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 91176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ TOOL_NAME),
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/common/version.ts
// The version is package.json's, bundled into dist/: the CLI's --version, the user agent the AWS
// calls carry and report.json's `tool` can never disagree with the release.

const VERSION = package_namespaceObject.rE;
const TOOL_NAME = 'aws-ipv4-audit';


/***/ }),

/***/ 34400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ yamlBoolean)
/* harmony export */ });
/**
 * The boolean `text` spells in the YAML 1.2 core schema, as @actions/core's getBooleanInput
 * accepts it (`true`, `True`, `TRUE`, and the same for false), or undefined when it spells none.
 */
function yamlBoolean(text) {
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    return undefined;
}


/***/ }),

/***/ 47513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ti: () => (/* binding */ roundCentsOnce),
/* harmony export */   Z3: () => (/* binding */ formatUsdForPeopleOnce),
/* harmony export */   Zd: () => (/* binding */ formatUsdOnce)
/* harmony export */ });
/* harmony import */ var _formatUsd_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52858);
// The report writers price the same few amounts for every row (one address, one BYOIP address,
// one action's saving): each amount is rounded and formatted once per run, not once per cell.
// Kept apart from formatUsd.ts, which the HTML page's script bundles byte for byte.

/** A function of one amount, remembered for up to `limit` amounts (then started afresh). */
function remembered(compute, limit = 4096) {
    const known = new Map();
    return (amount) => {
        let value = known.get(amount);
        if (value === undefined) {
            if (known.size >= limit)
                known.clear();
            value = compute(amount);
            known.set(amount, value);
        }
        return value;
    };
}
/** formatUsd, remembered. */
const formatUsdOnce = remembered(_formatUsd_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK);
/** roundCents, remembered. */
const roundCentsOnce = remembered(_formatUsd_js__WEBPACK_IMPORTED_MODULE_0__/* .roundCents */ .Ei);
/** formatUsdForPeople, remembered. */
const formatUsdForPeopleOnce = remembered(_formatUsd_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsdForPeople */ .sI);


/***/ }),

/***/ 72296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ csvRecords),
/* harmony export */   n: () => (/* binding */ col)
/* harmony export */ });
/* harmony import */ var _neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49116);
// A CSV report's columns: each a header and how its cell is read from a row. Cells are written
// as text a spreadsheet shows as it is: booleans spelled out, and every text neutralised.

function col(header, cell) {
    return { header, cell };
}
// csv-stringify would write booleans as `1`/empty; spell them out instead. Every text cell is
// neutralised, whatever its column: user text reaches more columns than it seems to (an
// interface type guessed from a description, an error code an endpoint made up), and no value
// of ours starts with a formula character.
function csvCell(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return (0,_neutralizeFormula_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeFormula */ .y)(value);
}
/** Each row as its cells, in column order. */
function* csvRecords(rows, columns, context) {
    for (const row of rows)
        yield columns.map((c) => csvCell(c.cell(row, context)));
}


/***/ }),

/***/ 52858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ roundCents),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   sI: () => (/* binding */ formatUsdForPeople)
/* harmony export */ });
// Money is computed at full precision and rounded to cents only here, where it is written.
/** Whole cents, rounding half up; `toPrecision` first drops float noise (1.005 * 100 = 100.4999\u2026). */
function toCents(amount) {
    return Math.round(Number((amount * 100).toPrecision(12)));
}
/** The amount rounded to cents, as a number (for report.json). */
function roundCents(amount) {
    return toCents(amount) / 100;
}
/** `3.65`: two decimals, no currency sign or grouping (for CSV cells). */
function formatUsd(amount) {
    return (toCents(amount) / 100).toFixed(2);
}
/** `$1,234.50`: grouped for people (for the job summary). */
function formatUsdForPeople(amount) {
    const [whole = '0', cents = '00'] = formatUsd(amount).split('.');
    return `$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}


/***/ }),

/***/ 92689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ cents),
  a: () => (/* binding */ defineTable)
});

// EXTERNAL MODULE: ./src/format/centsOnce.ts
var centsOnce = __webpack_require__(47513);
;// CONCATENATED MODULE: ./src/format/jsonForScript.ts
// JSON placed inside `<script type="application/json">`. The HTML parser ends the element at
// the first `</script`, and `<!--` changes how it looks for that end, so `<` may not appear
// raw; `>` and `&` are escaped too so no markup-looking text survives. U+2028/2029 are valid
// in JSON but were line terminators in JavaScript before ES2019. Each is replaced by its
// `\uXXXX` escape, which JSON.parse reads back as the same character.
const UNSAFE = /[<>&\u2028\u2029]/g;
function unicodeEscape(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
function jsonForScript(value) {
    return JSON.stringify(value).replace(UNSAFE, unicodeEscape);
}

;// CONCATENATED MODULE: ./src/format/htmlTable.ts
// An interactive table of the HTML report: which columns, and how its rows' cells are shipped to
// the page's script. Cells travel as integers: an index into a per-table string list (an
// organisation repeats the same accounts, regions, types and reasons thousands of times) or
// whole cents. That keeps 50,000 findings to a few megabytes and lets the page sort by integer
// rank.


const cents = (usd) => Math.round((0,centsOnce/* roundCentsOnce */.Ti)(usd) * 100);
/** Rows per piece of output: the writer streams them, so the page is never one giant string. */
const ROWS_PER_CHUNK = 2000;
const STRINGS_PER_CHUNK = 2000;
function defineTable(table, rowsOf) {
    const { columns } = table;
    const selects = (table.selects ?? []).map((select) => {
        const column = columns.findIndex((c) => c.label === select.label);
        if (column < 0)
            throw new Error(`no column '${select.label}' in table '${table.id}'`);
        return { ...select, column };
    });
    return {
        id: table.id,
        title: table.title,
        noun: table.noun,
        columns,
        selects,
        // `{"cells":[...],"strings":[...]}`: the string list comes last, once every row has added to it.
        *encode(source, pricePerIpHour) {
            const index = new Map();
            const strings = [];
            const intern = (text) => {
                let i = index.get(text);
                if (i === undefined) {
                    i = strings.length;
                    strings.push(text);
                    index.set(text, i);
                }
                return i;
            };
            const rows = rowsOf(source);
            yield '{"cells":[';
            for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
                const cells = [];
                const end = Math.min(start + ROWS_PER_CHUNK, rows.length);
                for (let r = start; r < end; r++) {
                    const row = rows[r];
                    for (const column of columns) {
                        const value = column.value(row, pricePerIpHour);
                        cells.push(typeof value === 'number' ? value : intern(value));
                    }
                }
                yield (start === 0 ? '' : ',') + cells.join(',');
            }
            // The list as JSON.stringify writes an array of strings, in pieces: with an id and an
            // address per finding it is millions of characters, which must not be one string.
            index.clear();
            yield '],"strings":[';
            for (let start = 0; start < strings.length; start += STRINGS_PER_CHUNK) {
                const items = jsonForScript(strings.slice(start, start + STRINGS_PER_CHUNK)).slice(1, -1);
                yield (start === 0 ? '' : ',') + items;
            }
            yield ']}';
        },
    };
}


/***/ }),

/***/ 49116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ neutralizeFormula)
/* harmony export */ });
// Spreadsheets (Excel, LibreOffice, Sheets) run a cell as a formula when it starts with one of
// `= + - @`, so a tag or description such as `=HYPERLINK(...)` would execute on open. OWASP's
// CSV-injection guidance: prefix such cells with a single quote, which the spreadsheet shows as
// text. The full-width forms are included because Apple Numbers normalises them to their ASCII
// twins before deciding. Some importers first drop whitespace (Unicode's too), control and format
// characters (the BOM, zero-width characters, direction marks, the soft hyphen) and a leading
// double quote; and a spreadsheet in a semicolon locale, or a tab importer, starts a cell after a
// `;` or a tab whatever the quotes.
const FORMULA_AT = /([;\t]|^)(?=[\s\p{Cc}\p{Cf}"]*[=+\-@\uff1d\uff0b\uff0d\uff20])/gu;
/** A tab or a carriage return first is a trigger of its own. */
const CONTROL_FIRST = /^[\t\r]/;
/**
 * Most cells (ids, numbers, words) start with a letter or a digit and hold no `;` or tab: then
 * neither pattern can match, and the regular expressions are not run (50,000 rows of 28 cells).
 */
function cannotTrigger(value) {
    if (value.indexOf(';') !== -1 || value.indexOf('\t') !== -1)
        return false;
    const c = value.charCodeAt(0);
    return (value === '' ||
        (c >= 0x30 && c <= 0x39) || // 0-9
        (c >= 0x41 && c <= 0x5a) || // A-Z
        (c >= 0x61 && c <= 0x7a) // a-z
    );
}
/**
 * `value` with a `'` before anything a spreadsheet would evaluate: at its start, and after a `;`
 * or a tab; else unchanged.
 */
function neutralizeFormula(value) {
    if (cannotTrigger(value))
        return value;
    const marked = value.replace(FORMULA_AT, "$1'");
    return CONTROL_FIRST.test(value) && !marked.startsWith("'") ? `'${marked}` : marked;
}


/***/ }),

/***/ 87635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ orNull)
/* harmony export */ });
// Absent optional values are written as null in report.json, so every item of a list has the
// same keys.
const orNull = (value) => value ?? null;


/***/ }),

/***/ 9711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  io: () => (/* binding */ COVERAGE_CHECK),
  DR: () => (/* binding */ evaluateGate),
  Od: () => (/* reexport */ gateCounts)
});

// EXTERNAL MODULE: ./src/analyze/coverage.ts
var analyze_coverage = __webpack_require__(34136);
// EXTERNAL MODULE: ./src/gate/gateCheck.ts
var gateCheck = __webpack_require__(62821);
// EXTERNAL MODULE: ./src/gate/thresholds.ts
var gate_thresholds = __webpack_require__(89695);
// EXTERNAL MODULE: ./src/analyze/policyDenials.ts
var policyDenials = __webpack_require__(59726);
;// CONCATENATED MODULE: ./src/gate/gateCounts.ts



function gateCounts(result, baseline) {
    const limits = {};
    const unknown = {};
    for (const [, entry] of gate_thresholds/* THRESHOLD_ENTRIES */.TI) {
        if (entry.rule !== 'limit' || entry.judges !== 'scan')
            continue;
        const tally = entry.tally(result, entry.followsGateOn ? baseline : undefined);
        limits[entry.counts] = tally.count;
        limits[entry.examples] = tally.examples;
        if (tally.unknown !== undefined)
            unknown[entry.input] = tally.unknown;
    }
    const suppressed = [
        ...result.eniPublicIps,
        ...result.associatedEips,
        ...result.unassociatedEips,
    ].filter((row) => row.suppressionReason !== undefined).length;
    const scan = {
        scanErrors: result.scanErrors.length,
        suppressed,
        scope: baseline === undefined ? 'all' : 'new',
        coverage: result.coverage,
        policyDenied: result.policyDenied.length,
        policyDeniedExamples: result.policyDenied.slice(0, gateCheck/* EXAMPLES */.kS).map(policyDenials/* describePolicyDenial */.tQ),
        ...(Object.keys(unknown).length > 0 ? { unknown } : {}),
    };
    // The table's limits fill exactly the members GateCounts derives from it.
    return { ...limits, ...scan };
}

;// CONCATENATED MODULE: ./src/gate/evaluateGate.ts
// The build gate: the thresholds the user set (thresholds.ts, one entry each) judged against the
// scan's counts (gateCounts.ts), and a check of coverage that is always on. It fails closed: a
// scan that read nothing never passes, and with a fail-closed threshold set a scan that missed
// some account-regions fails unless 'fail-on-scan-errors' is explicitly false.




/** The check that is always on: a scan that read nothing has checked nothing. */
const COVERAGE_CHECK = 'coverage';
/** A limit's check: passes while its count is at most the limit set. */
function limitCheck(entry, counts, limit, name) {
    const { count, examples } = (0,gate_thresholds/* tallied */.mG)(counts, entry);
    const what = `${entry.followsGateOn && counts.scope === 'new' ? 'new ' : ''}${entry.counted}`;
    const { format } = entry.value;
    const unknown = counts.unknown?.[entry.input];
    if (unknown !== undefined) {
        const message = `${unknown}; ${name(entry.input)} (${format(limit)}) does not pass on what it could not check`;
        return { input: entry.input, count, limit, bound: 'max', passed: false, message };
    }
    const passed = count <= limit;
    const message = passed
        ? `${format(count)} ${what}, within ${name(entry.input)} (${format(limit)})`
        : `${format(count)} ${what} exceed ${name(entry.input)} (${format(limit)}) by ` +
            `${format(count - limit)}: ${(0,gateCheck/* listed */.KE)(examples, count)}`;
    return { input: entry.input, count, limit, bound: 'max', passed, message };
}
/**
 * Always on: a scan that read no account-region's interfaces or addresses read nothing, whatever
 * else answered (a Global Accelerator listing, an account-level call) and whatever the thresholds.
 */
function somethingRead(counts, name) {
    const { coverage, policyDenied } = counts;
    const passed = coverage.read > 0;
    const denied = policyDenied === 0
        ? ''
        : `${policyDenied} account-regions are denied by an organisation policy ` +
            `(${(0,gateCheck/* listed */.KE)(counts.policyDeniedExamples, policyDenied)})`;
    let message;
    if (passed) {
        message = `${coverage.read} account-regions' network interfaces or addresses could be read`;
    }
    else if (coverage.planned === 0 && policyDenied === 0) {
        message =
            'Nothing was scanned: no account-region was planned (no ACTIVE account, or none of the ' +
                'named regions is enabled)';
    }
    else if (coverage.gaps.length === 0) {
        // Only what an organisation policy denies was planned in a region (the rest: listings).
        message =
            'Nothing was scanned: no network interface or address could be read' +
                (denied === ''
                    ? ''
                    : `; ${denied}. Scan the regions the organisation's policies allow (${name(gateCheck/* REGIONS_INPUT */.Zw)})`);
    }
    else {
        message =
            `Nothing was scanned: not one of the ${coverage.planned} planned account-regions could be read ` +
                `(${(0,gateCheck/* listed */.KE)(coverage.gaps.map(analyze_coverage/* describeGap */.e4), coverage.gaps.length)})` +
                (denied === '' ? '' : `, and ${denied}`) +
                '. Check the credentials, the member role and its permissions';
    }
    return {
        input: COVERAGE_CHECK,
        count: coverage.read,
        limit: 1,
        bound: 'min',
        passed,
        message,
    };
}
function evaluateGate(counts, thresholds, name = gateCheck/* quoted */.TL) {
    const checks = [somethingRead(counts, name)];
    for (const [key, entry] of gate_thresholds/* THRESHOLD_ENTRIES */.TI) {
        const value = thresholds[key];
        // The plans' limits are judged apart (planChecks.ts), on the plans.
        if (entry.judges !== 'scan')
            continue;
        if (entry.rule === 'limit' && typeof value === 'number') {
            checks.push(limitCheck(entry, counts, value, name));
        }
        else if (entry.rule === 'switch' && value === true) {
            checks.push({ input: entry.input, ...entry.check(counts, name, name(entry.input)) });
        }
    }
    const violations = checks.filter((check) => !check.passed);
    return { passed: violations.length === 0, counts, checks, violations };
}


/***/ }),

/***/ 62821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   Zw: () => (/* binding */ REGIONS_INPUT),
/* harmony export */   kS: () => (/* binding */ EXAMPLES),
/* harmony export */   sv: () => (/* binding */ tallyOf)
/* harmony export */ });
/** The action's way, the default: the input's name, quoted. */
const quoted = (input) => `'${input}'`;
/**
 * The input that says which regions to scan (options/ calls it Inputs.Regions). gate/ sits below
 * options/, whose validate() reads the thresholds from here, so it names it itself; a test holds
 * every input the gate names to those validate() reads.
 */
const REGIONS_INPUT = 'regions';
/** How many of what was counted a message names. */
const EXAMPLES = 5;
/** `a, b, c, and 2 more` of `count` items of which `examples` are the first. */
function listed(examples, count) {
    const shown = examples.slice(0, EXAMPLES);
    const more = count > shown.length ? `, and ${count - shown.length} more` : '';
    return `${shown.join(', ')}${more}`;
}
/** The tally of `counted`, each example described by `describe`. */
function tallyOf(counted, describe) {
    return { count: counted.length, examples: counted.slice(0, EXAMPLES).map(describe) };
}


/***/ }),

/***/ 89695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ figureOf),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   TI: () => (/* binding */ THRESHOLD_ENTRIES),
/* harmony export */   mG: () => (/* binding */ tallied),
/* harmony export */   qu: () => (/* binding */ limitCounts),
/* harmony export */   rZ: () => (/* binding */ readThresholds)
/* harmony export */ });
/* unused harmony exports COUNT, USD, SWITCH */
/* harmony import */ var _analyze_baselineDiff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87334);
/* harmony import */ var _analyze_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34136);
/* harmony import */ var _analyze_findingKeys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73097);
/* harmony import */ var _analyze_reconciliation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2737);
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99631);
/* harmony import */ var _kinds_findingAddresses_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84656);
/* harmony import */ var _common_yamlBoolean_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34400);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52858);
/* harmony import */ var _gateCheck_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62821);
// The gate's thresholds, one entry each: the input that sets it and the CLI flag, what it judges
// (the scan, or the pull request's Terraform plans), how its value is read, how it fails closed,
// what it counts and how the gate words it. validate() (options/), the CLI's flags and help (cli/),
// the gate's counts and checks, the plan's checks, the job summary, the terminal and report.json
// read this table, so a new threshold is one entry here (plus its input in action.yml and
// README.md, and its names in schema/report.schema.json).









/** No count of addresses exceeds the 2^32 IPv4 addresses there are (report.json's bound). */
const MAX_COUNT = 2 ** 32;
/** A whole number of things. */
const COUNT = {
    parse: (text) => (/^\d+$/.test(text) && Number(text) <= MAX_COUNT ? Number(text) : undefined),
    expected: `a whole number from 0 to ${MAX_COUNT}`,
    placeholder: 'N',
    format: String,
    figure: _common_formatCount_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B,
};
/** report.json's bound on money: every IPv4 address there is, at the highest price, costs less. */
const MAX_MONTHLY_USD = 10_000_000_000_000;
/** An amount of US dollars (a month), cents and all. */
const USD = {
    parse: (text) => {
        const usd = Number(text);
        return /^\d*\.?\d+$/.test(text) && Number.isFinite(usd) && usd <= MAX_MONTHLY_USD
            ? usd
            : undefined;
    },
    expected: `an amount from 0 to ${MAX_MONTHLY_USD} USD`,
    placeholder: 'USD',
    format: String,
    // The job summary's table writes the amounts as it writes counts: `12.5`, `1,000`.
    figure: _common_formatCount_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B,
};
/** On or off. */
const SWITCH = {
    parse: _common_yamlBoolean_js__WEBPACK_IMPORTED_MODULE_5__/* .yamlBoolean */ .q,
    expected: 'true or false',
    placeholder: 'B',
};
/**
 * Every threshold, keyed by its member of Options.thresholds and (for the scan's) of report.json's
 * scan.options.thresholds. The order is that of the gate's checks, the help and report.json: the
 * scan's limits first, then its switches, then the plans' limits.
 */
const THRESHOLDS = {
    maxHighSuspicion: {
        rule: 'limit',
        judges: 'scan',
        input: 'max-high-suspicion',
        flag: 'max-high-suspicion',
        value: COUNT,
        counted: 'HIGH-suspicion public IPs',
        tally: (result, baseline) => (0,_gateCheck_js__WEBPACK_IMPORTED_MODULE_6__/* .tallyOf */ .sv)(result.eniPublicIps.filter((ip) => ip.suspicion === 'HIGH' &&
            ip.suppressionReason === undefined &&
            (baseline === undefined || (0,_analyze_baselineDiff_js__WEBPACK_IMPORTED_MODULE_0__/* .isNewSinceBaseline */ .i)(ip, baseline))), describeIp),
        counts: 'highSuspicion',
        examples: 'highExamples',
        followsGateOn: true,
        failClosed: 'scan-errors',
        help: ['exit 4 when more HIGH-suspicion public IPs are found'],
    },
    maxUnassociatedEips: {
        rule: 'limit',
        judges: 'scan',
        input: 'max-unassociated-eips',
        flag: 'max-unassociated-eips',
        value: COUNT,
        counted: 'unassociated Elastic IPs',
        // BYOIP addresses are free: an idle one costs nothing.
        tally: (result, baseline) => (0,_gateCheck_js__WEBPACK_IMPORTED_MODULE_6__/* .tallyOf */ .sv)(result.unassociatedEips.filter((eip) => !eip.byoip &&
            eip.suppressionReason === undefined &&
            (baseline === undefined || !baseline.unassociatedEips.has((0,_analyze_findingKeys_js__WEBPACK_IMPORTED_MODULE_7__/* .eipFindingKey */ .t)(eip)))), describeEip),
        counts: 'unassociatedEips',
        examples: 'unassociatedExamples',
        followsGateOn: true,
        failClosed: 'scan-errors',
        help: ['exit 4 when more unassociated (charged) Elastic IPs are found'],
    },
    // With the IPAM cross-check (ipam-resource-discovery-id, which validate() requires for it).
    maxIpamMissed: {
        rule: 'limit',
        judges: 'scan',
        input: 'max-ipam-missed',
        flag: 'max-ipam-missed',
        value: COUNT,
        counted: 'addresses IPAM sampled that the scan missed',
        tally: (result) => (0,_analyze_reconciliation_js__WEBPACK_IMPORTED_MODULE_2__/* .ipamMissedTally */ .Z)(result, (0,_kinds_findingAddresses_js__WEBPACK_IMPORTED_MODULE_3__/* .findingAddresses */ .u)(result)),
        counts: 'ipamMissed',
        examples: 'ipamMissedExamples',
        followsGateOn: false,
        failClosed: 'scan-errors',
        help: [
            'exit 4 when IPAM sampled more addresses the scan missed',
            '(needs --ipam-resource-discovery-id)',
        ],
    },
    failOnScanErrors: {
        rule: 'switch',
        judges: 'scan',
        input: 'fail-on-scan-errors',
        flag: 'fail-on-scan-errors',
        value: SWITCH,
        unset: 'fail-closed',
        check: completeness,
        help: [
            'exit 4 when the scan missed anything (true|false; default true',
            'when a threshold is set, else false)',
        ],
    },
    failOnPolicyDenied: {
        rule: 'switch',
        judges: 'scan',
        input: 'fail-on-policy-denied',
        flag: 'fail-on-policy-denied',
        value: SWITCH,
        // A region an SCP forbids (Control Tower's Region deny) is the organisation's choice,
        // reported apart; failing on it every day is for those who ask.
        unset: false,
        check: noPolicyDenials,
        help: [
            'exit 4 when an organisation policy (SCP, RCP) denies whole',
            'account-regions (true|false; default false)',
        ],
    },
    maxPlanAdded: {
        rule: 'limit',
        judges: 'plan',
        input: 'max-plan-added',
        flag: 'max-plan-added',
        value: COUNT,
        // A plan that removes more than it adds adds none, net.
        measure: (totals) => Math.max(0, totals.net),
        said: (net) => `${net} public IPv4 addresses added by the Terraform plans (net)`,
        failClosed: 'unknown-values',
        help: ['exit 4 when the plans add more public IPv4 addresses (net)'],
    },
    maxPlanMonthlyIncreaseUsd: {
        rule: 'limit',
        judges: 'plan',
        input: 'max-plan-monthly-increase-usd',
        flag: 'max-plan-monthly-increase-usd',
        value: USD,
        measure: (totals) => (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_8__/* .roundCents */ .Ei)(Math.max(0, totals.monthlyChangeUsd)),
        said: (usd) => `USD ${usd.toFixed(2)} a month added by the Terraform plans`,
        failClosed: 'unknown-values',
        help: ['exit 4 when the plans add more USD a month to the bill'],
    },
};
/** The table's entries, in its order. */
const THRESHOLD_ENTRIES = Object.entries(THRESHOLDS);
/**
 * The thresholds given by each input's text (undefined for an input not given). A text that is
 * no value of its kind is refused (`refuse` throws). Fail closed: a fail-closed limit set turns
 * 'fail-on-scan-errors' on unless it is given, so a partial scan fails the gate.
 */
function readThresholds(text, refuse) {
    const given = new Map();
    for (const [key, entry] of THRESHOLD_ENTRIES) {
        const raw = text(entry.input);
        if (raw === undefined)
            continue;
        const value = entry.value.parse(raw);
        if (value === undefined)
            refuse(entry.input, `'${raw}' is not ${entry.value.expected}`);
        given.set(key, value);
    }
    const failClosed = THRESHOLD_ENTRIES.some(([key, entry]) => entry.rule === 'limit' && entry.failClosed === 'scan-errors' && given.has(key));
    const thresholds = {};
    for (const [key, entry] of THRESHOLD_ENTRIES) {
        const unset = entry.rule === 'switch' ? entry.unset : undefined;
        const value = given.get(key) ?? (unset === 'fail-closed' ? failClosed : unset);
        if (value !== undefined)
            thresholds[key] = value;
    }
    return thresholds;
}
/** A limit's count and examples, from the gate's counts. */
function tallied(counts, entry) {
    const members = counts;
    return { count: members[entry.counts], examples: members[entry.examples] };
}
/** Each limit's count on the scan, in the table's order, set or not. */
function limitCounts(counts) {
    const named = THRESHOLD_ENTRIES.flatMap(([, entry]) => entry.rule === 'limit' && entry.judges === 'scan'
        ? [[entry.counts, tallied(counts, entry).count]]
        : []);
    return Object.fromEntries(named);
}
/** How a table writes a check's count and limit: its limit's kind, a count for anything else. */
function figureOf(input) {
    const entry = THRESHOLD_ENTRIES.find(([, e]) => e.input === input)?.[1];
    return entry?.rule === 'limit' ? entry.value.figure : _common_formatCount_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B;
}
function describeIp(ip) {
    return `${ip.address} (${ip.interfaceId}, ${ip.ownerAccountId} ${ip.region})`;
}
function describeEip(eip) {
    return `${eip.publicIp} (${eip.allocationId ?? 'no allocation id'}, ${eip.accountId} ${eip.region})`;
}
/** 'fail-on-scan-errors': every planned account-region was read completely. */
function completeness({ coverage }, _name, self) {
    const missed = coverage.gaps.length;
    const passed = missed === 0;
    const message = passed
        ? `All ${coverage.planned} planned account-regions were read completely`
        : `The scan is incomplete: ${missed} of ${coverage.planned} account-regions were not read completely: ` +
            `${(0,_gateCheck_js__WEBPACK_IMPORTED_MODULE_6__/* .listed */ .KE)(coverage.gaps.map(_analyze_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGap */ .e4), missed)}. A gate does not pass on what it could not ` +
            `check; set ${self} to false to accept partial coverage`;
    return { count: missed, limit: 0, bound: 'max', passed, message };
}
/** 'fail-on-policy-denied': no organisation policy forbids an account-region. */
function noPolicyDenials(counts, name, self) {
    const denied = counts.policyDenied;
    const passed = denied === 0;
    const message = passed
        ? 'No account-region is denied by an organisation policy'
        : `${denied} account-regions are denied by an organisation policy: ` +
            `${(0,_gateCheck_js__WEBPACK_IMPORTED_MODULE_6__/* .listed */ .KE)(counts.policyDeniedExamples, denied)}. Scan only the regions the policies allow ` +
            `(${name(_gateCheck_js__WEBPACK_IMPORTED_MODULE_6__/* .REGIONS_INPUT */ .Zw)}), or set ${self} to false to accept them`;
    return { count: denied, limit: 0, bound: 'max', passed, message };
}


/***/ }),

/***/ 83500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ENI_PUBLIC_IPS),
/* harmony export */   U: () => (/* binding */ interfaceSubject)
/* harmony export */ });
/* harmony import */ var _analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10791);
/* harmony import */ var _analyze_dedupe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39225);
/* harmony import */ var _analyze_findingKeys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73097);
/* harmony import */ var _format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72296);
/* harmony import */ var _model_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33843);
/* harmony import */ var _format_orNull_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87635);
/* harmony import */ var _findingKind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34644);
/* harmony import */ var _findingCells_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72057);
// Public IPv4 addresses on network interfaces (eni_public_ips.csv): the findings, each with its
// suspicion and reasons.








/** `eni-0a1 (EC2 Instance, i-0a1)`: an interface with what it belongs to, where that is known. */
function interfaceSubject(ip) {
    const owner = [ip.interfaceType, ip.resourceId].filter((s) => s !== undefined && s !== '');
    return `${ip.interfaceId} (${owner.join(', ')})`;
}
const ENI_PUBLIC_IPS = (0,_findingKind_js__WEBPACK_IMPORTED_MODULE_2__/* .defineKind */ .W)({
    member: 'eniPublicIps',
    key: _analyze_findingKeys_js__WEBPACK_IMPORTED_MODULE_4__/* .eniFindingKey */ .N,
    compare: (a, b) => (0,_analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.ownerAccountId, b.ownerAccountId) ||
        (0,_analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.region, b.region) ||
        (0,_analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.interfaceId, b.interfaceId) ||
        (0,_analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareAddress */ .A7)(a.address, b.address) ||
        (0,_analyze_compareAddress_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.scannedAccountId, b.scannedAccountId),
    merge: _analyze_dedupe_js__WEBPACK_IMPORTED_MODULE_1__/* .dedupeEniPublicIps */ .B,
    addresses: (ip) => [
        {
            region: ip.region,
            address: ip.address,
            accountId: ip.ownerAccountId,
            interfaceType: ip.interfaceType,
            service: ip.service,
            byoip: ip.byoip,
            removable: ip.suspicion === 'HIGH',
            suspicion: ip.suspicion,
        },
    ],
    totals(rows) {
        const bySuspicion = { LOW: 0, MODERATE: 0, HIGH: 0, UNKNOWN: 0 };
        let elasticIp = 0;
        for (const ip of rows) {
            bySuspicion[ip.suspicion] += 1;
            if (ip.addressType === 'Elastic IP')
                elasticIp += 1;
        }
        return {
            eniPublicIps: rows.length,
            byAddressType: { elasticIp, publicIp: rows.length - elasticIp },
            bySuspicion,
        };
    },
    actionable: (ip) => ip.action && {
        accountId: ip.ownerAccountId,
        region: ip.region,
        address: ip.address,
        subject: interfaceSubject(ip),
        why: `${ip.suspicion}: ${ip.reasons.join(' ')}`,
        action: ip.action,
        byoip: ip.byoip,
    },
    csv: {
        name: 'eni_public_ips',
        columns: [
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('OwnerAccountId', (e) => e.ownerAccountId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Region', (e) => e.region),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('InterfaceId', (e) => e.interfaceId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Address', (e) => e.address),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('VpcId', (e) => e.vpcId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('SubnetId', (e) => e.subnetId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('InterfaceType', (e) => e.interfaceType),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('AddressType', (e) => e.addressType),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('SuspectUnnecessary', (e) => e.suspicion),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Reason', (e) => e.reasons.join(' ')),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Service', (e) => e.service),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('ResourceId', (e) => e.resourceId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('ManagedBy', (e) => e.managedBy),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('ScannedAccountId', (e) => e.scannedAccountId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('PrivateIp', (e) => e.privateIp),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('IsPrimary', (e) => e.isPrimary),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('AllocationId', (e) => e.allocationId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('IpOwnerId', (e) => e.ipOwnerId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Byoip', (e) => e.byoip),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('InstanceId', (e) => e.instanceId),
            (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_5__/* .col */ .n)('Description', (e) => e.description),
            ...(0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .actionColumns */ .KN)(),
            (0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .savingColumn */ .fb)(),
            (0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .monthlyCostColumn */ .xm)(() => 1, (e) => e.byoip),
            ...(0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .suppressionColumns */ .R9)(),
        ],
    },
    json: (ip, price) => ({
        ownerAccountId: ip.ownerAccountId,
        region: ip.region,
        interfaceId: ip.interfaceId,
        address: ip.address,
        vpcId: ip.vpcId,
        subnetId: ip.subnetId,
        interfaceType: ip.interfaceType,
        addressType: ip.addressType,
        suspicion: ip.suspicion,
        reasons: ip.reasons,
        service: ip.service,
        resourceId: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.resourceId),
        managedBy: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.managedBy),
        scannedAccountId: ip.scannedAccountId,
        privateIp: ip.privateIp,
        isPrimary: ip.isPrimary,
        allocationId: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.allocationId),
        associationId: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.associationId),
        ipOwnerId: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.ipOwnerId),
        byoip: ip.byoip,
        instanceId: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.instanceId),
        description: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.description),
        monthlyCostUsd: (0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .monthlyCostJson */ .ZY)(1, price, ip.byoip),
        action: (0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .actionJson */ .BA)(ip.action, price, ip.byoip),
        suppressionReason: (0,_format_orNull_js__WEBPACK_IMPORTED_MODULE_6__/* .orNull */ .X)(ip.suppressionReason),
    }),
    html: {
        order: 1,
        table: {
            id: 'findings',
            title: 'Public IPv4 addresses on network interfaces',
            noun: 'findings',
            columns: [
                { label: 'Account', kind: 'text', value: (e) => e.ownerAccountId },
                { label: 'Region', kind: 'text', value: (e) => e.region },
                { label: 'Interface', kind: 'text', value: (e) => e.interfaceId },
                { label: 'Address', kind: 'address', value: (e) => e.address },
                { label: 'Type', kind: 'text', value: (e) => e.interfaceType, words: true },
                {
                    label: 'Service',
                    kind: 'text',
                    words: true,
                    // A managed interface says who manages it: only that service can change it.
                    value: (e) => e.managedBy === undefined ? e.service : `${e.service} (managed by ${e.managedBy})`,
                },
                { label: 'Address type', kind: 'text', value: (e) => e.addressType, words: true },
                {
                    label: 'Suspicion',
                    kind: 'text',
                    value: (e) => e.suspicion,
                    badge: true,
                    order: _model_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .SUSPICION_ORDER */ .$,
                },
                { label: 'Reason', kind: 'text', value: (e) => e.reasons.join(' '), wrap: true },
                {
                    label: 'Monthly cost',
                    kind: 'usd',
                    value: (e, price) => (0,_findingCells_js__WEBPACK_IMPORTED_MODULE_3__/* .monthlyCostCents */ .g6)(1, price, e.byoip),
                },
                // Last: it is the widest, and the columns before it are the ones a reader needs in view.
                { label: 'Description', kind: 'text', value: (e) => e.description ?? '', wrap: true },
            ],
            selects: [{ label: 'Suspicion', values: _model_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .SUSPICION_ORDER */ .$ }],
        },
    },
});


/***/ }),

/***/ 84656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ findingAddresses)
/* harmony export */ });
/* harmony import */ var _eniPublicIps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83500);
/* harmony import */ var _findingKinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19494);


const INTERFACES_FIRST = [_eniPublicIps_js__WEBPACK_IMPORTED_MODULE_0__/* .ENI_PUBLIC_IPS */ .M, ..._findingKinds_js__WEBPACK_IMPORTED_MODULE_1__/* .FINDING_KINDS */ .m.filter((k) => k !== _eniPublicIps_js__WEBPACK_IMPORTED_MODULE_0__/* .ENI_PUBLIC_IPS */ .M)];
function* findingAddresses(findings) {
    for (const kind of INTERFACES_FIRST) {
        for (const { accountId, region, address, byoip } of kind.addresses(findings)) {
            yield { accountId, region, address, byoip, idle: kind.idle };
        }
    }
}


/***/ }),

/***/ 72057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ actionJson),
/* harmony export */   KN: () => (/* binding */ actionColumns),
/* harmony export */   R9: () => (/* binding */ suppressionColumns),
/* harmony export */   ZY: () => (/* binding */ monthlyCostJson),
/* harmony export */   fb: () => (/* binding */ savingColumn),
/* harmony export */   g6: () => (/* binding */ monthlyCostCents),
/* harmony export */   xm: () => (/* binding */ monthlyCostColumn)
/* harmony export */ });
/* harmony import */ var _analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60167);
/* harmony import */ var _format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72296);
/* harmony import */ var _format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47513);
/* harmony import */ var _format_htmlTable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92689);
// Cells several kinds of finding share: the recommended action, what taking it saves, what the
// addresses cost, the suppression, in the CSV reports, report.json and the HTML tables.




/** The last column of every report that holds addresses: what `count` of them cost a month. */
function monthlyCostColumn(count, byoip = () => false) {
    return (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('MonthlyCostUsd', (row, { pricePerIpHour }) => (0,_format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdOnce */ .Zd)(count(row) * (0,_analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .monthlyCostUsd */ .D5)(pricePerIpHour, byoip(row))));
}
/** What to do (the advice) and the command(s) that do it. */
function actionColumns() {
    return [
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('Action', (row) => row.action?.advice),
        // Two commands run in order: one line a shell runs as written.
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('Command', (row) => row.action?.commands.join(' && ') || undefined),
    ];
}
/** What taking the action saves a month: the address's cost, when it goes away. */
function savingColumn() {
    return (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('MonthlySavingUsd', (row, { pricePerIpHour }) => row.action === undefined
        ? undefined
        : (0,_format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdOnce */ .Zd)((0,_analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .actionSavingUsd */ .zg)(row.action, pricePerIpHour, row.byoip)));
}
/** Suppressed findings stay in the reports, marked, with the reason the team gave. */
function suppressionColumns() {
    return [
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('Suppressed', (row) => row.suppressionReason !== undefined),
        (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_3__/* .col */ .n)('SuppressionReason', (row) => row.suppressionReason),
    ];
}
/** What `count` addresses cost a month in report.json: BYOIP ones are free. */
const monthlyCostJson = (count, pricePerIpHour, byoip = false) => (0,_format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__/* .roundCentsOnce */ .Ti)(count * (0,_analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .monthlyCostUsd */ .D5)(pricePerIpHour, byoip));
/** A finding's recommended action and its monthly saving, or null. */
function actionJson(action, price, byoip) {
    return action === undefined
        ? null
        : {
            kind: action.kind,
            advice: action.advice,
            commands: action.commands,
            monthlySavingUsd: (0,_format_centsOnce_js__WEBPACK_IMPORTED_MODULE_1__/* .roundCentsOnce */ .Ti)((0,_analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .actionSavingUsd */ .zg)(action, price, byoip)),
        };
}
/** The monthly cost of `count` addresses in an HTML table, in whole cents. */
const monthlyCostCents = (count, pricePerIpHour, byoip = false) => (0,_format_htmlTable_js__WEBPACK_IMPORTED_MODULE_2__/* .cents */ .w)(count * (0,_analyze_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .monthlyCostUsd */ .D5)(pricePerIpHour, byoip));


/***/ }),

/***/ 34644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ regionSource),
/* harmony export */   W: () => (/* binding */ defineKind)
/* harmony export */ });
/* harmony import */ var _format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72296);
/* harmony import */ var _format_htmlTable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92689);


/** A RegionSource from a collector and the function that makes its answer into rows. */
function regionSource(source) {
    return {
        action: source.action,
        read: source.read,
        // The scan hands each source back its own read's answer (regionSources.ts).
        rows: (accountId, region, answer) => source.rows(accountId, region, answer),
    };
}
function defineKind(spec) {
    const rowsOf = (findings) => findings[spec.member];
    return {
        spec,
        member: spec.member,
        ...(spec.source ? { source: spec.source } : {}),
        arranged(all) {
            const rows = [...rowsOf(all)];
            return (spec.merge?.(rows) ?? rows).sort((a, b) => spec.compare(a, b));
        },
        *addresses(findings) {
            for (const row of rowsOf(findings))
                yield* spec.addresses(row);
        },
        idle: spec.idle === true,
        totals: (findings) => spec.totals(rowsOf(findings)),
        *actionable(findings) {
            if (spec.actionable === undefined)
                return;
            for (const row of rowsOf(findings)) {
                const finding = spec.actionable(row);
                if (finding !== undefined)
                    yield finding;
            }
        },
        csv: {
            name: spec.csv.name,
            headers: spec.csv.columns.map((c) => c.header),
            records: (findings, context) => (0,_format_csvColumns_js__WEBPACK_IMPORTED_MODULE_1__/* .csvRecords */ .X)(rowsOf(findings), spec.csv.columns, context),
        },
        *json(findings, pricePerIpHour) {
            for (const row of rowsOf(findings)) {
                yield { key: spec.key(row), ...spec.json(row, pricePerIpHour) };
            }
        },
        html: { order: spec.html.order, table: (0,_format_htmlTable_js__WEBPACK_IMPORTED_MODULE_0__/* .defineTable */ .a)(spec.html.table, rowsOf) },
    };
}


/***/ }),

/***/ 19494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ FINDING_KINDS)
});

// EXTERNAL MODULE: ./src/analyze/compareAddress.ts
var compareAddress = __webpack_require__(10791);
// EXTERNAL MODULE: ./src/analyze/dedupe.ts
var dedupe = __webpack_require__(39225);
// EXTERNAL MODULE: ./src/format/csvColumns.ts
var csvColumns = __webpack_require__(72296);
// EXTERNAL MODULE: ./src/format/orNull.ts
var orNull = __webpack_require__(87635);
// EXTERNAL MODULE: ./src/kinds/findingKind.ts
var findingKind = __webpack_require__(34644);
// EXTERNAL MODULE: ./src/kinds/findingCells.ts
var findingCells = __webpack_require__(72057);
;// CONCATENATED MODULE: ./src/kinds/autoAssignSubnets.ts
// Subnets that auto-assign public IPv4 addresses but have no route to an internet gateway
// (private_subnets_with_auto_assign.csv): they hold no address yet, and give one to each launch.






const AUTO_ASSIGN_SUBNETS = (0,findingKind/* defineKind */.W)({
    member: 'autoAssignSubnets',
    key: (s) => `${s.ownerAccountId}/${s.region}/${s.subnetId}`,
    compare: (a, b) => (0,compareAddress/* compareText */.n6)(a.ownerAccountId, b.ownerAccountId) ||
        (0,compareAddress/* compareText */.n6)(a.region, b.region) ||
        (0,compareAddress/* compareText */.n6)(a.vpcId, b.vpcId) ||
        (0,compareAddress/* compareText */.n6)(a.subnetId, b.subnetId) ||
        (0,compareAddress/* compareText */.n6)(a.scannedAccountId, b.scannedAccountId),
    merge: dedupe/* dedupeSubnets */.O,
    addresses: () => [],
    totals: (rows) => ({ autoAssignSubnets: rows.length }),
    actionable: (subnet) => subnet.action && {
        accountId: subnet.ownerAccountId,
        region: subnet.region,
        address: '',
        subject: `${subnet.subnetId} (${subnet.vpcId})`,
        why: 'auto-assigns public IPv4 addresses without an internet gateway route.',
        action: subnet.action,
        byoip: false,
    },
    csv: {
        name: 'private_subnets_with_auto_assign',
        columns: [
            (0,csvColumns/* col */.n)('OwnerAccountId', (s) => s.ownerAccountId),
            (0,csvColumns/* col */.n)('Region', (s) => s.region),
            (0,csvColumns/* col */.n)('VpcId', (s) => s.vpcId),
            (0,csvColumns/* col */.n)('SubnetId', (s) => s.subnetId),
            (0,csvColumns/* col */.n)('ScannedAccountId', (s) => s.scannedAccountId),
            (0,csvColumns/* col */.n)('CidrBlock', (s) => s.cidrBlock),
            (0,csvColumns/* col */.n)('AvailabilityZone', (s) => s.availabilityZone),
            ...(0,findingCells/* actionColumns */.KN)(),
        ],
    },
    json: (subnet, price) => ({
        ownerAccountId: subnet.ownerAccountId,
        region: subnet.region,
        vpcId: subnet.vpcId,
        subnetId: subnet.subnetId,
        scannedAccountId: subnet.scannedAccountId,
        cidrBlock: (0,orNull/* orNull */.X)(subnet.cidrBlock),
        availabilityZone: (0,orNull/* orNull */.X)(subnet.availabilityZone),
        action: (0,findingCells/* actionJson */.BA)(subnet.action, price, false),
    }),
    html: {
        order: 5,
        table: {
            id: 'auto-assign-subnets',
            title: 'Subnets that auto-assign public IPs without a route to an internet gateway',
            noun: 'subnets',
            columns: [
                { label: 'Account', kind: 'text', value: (s) => s.ownerAccountId },
                { label: 'Region', kind: 'text', value: (s) => s.region },
                { label: 'VPC', kind: 'text', value: (s) => s.vpcId },
                { label: 'Subnet', kind: 'text', value: (s) => s.subnetId },
                { label: 'CIDR', kind: 'text', value: (s) => s.cidrBlock ?? '' },
                { label: 'Availability zone', kind: 'text', value: (s) => s.availabilityZone ?? '' },
                { label: 'Seen from', kind: 'text', value: (s) => s.scannedAccountId },
            ],
        },
    },
});

// EXTERNAL MODULE: ./src/analyze/findingKeys.ts
var findingKeys = __webpack_require__(73097);
// EXTERNAL MODULE: ./src/analyze/owningService.ts
var owningService = __webpack_require__(14867);
;// CONCATENATED MODULE: ./src/kinds/elasticIps.ts
// Elastic IPs: those associated with something (associated_eips.csv) and those associated with
// nothing (unassociated_eips.csv), charged all the same and the first thing to release.







const compareElasticIps = (a, b) => (0,compareAddress/* compareText */.n6)(a.accountId, b.accountId) ||
    (0,compareAddress/* compareText */.n6)(a.region, b.region) ||
    (0,compareAddress/* compareAddress */.A7)(a.publicIp, b.publicIp) ||
    (0,compareAddress/* compareText */.n6)(a.allocationId ?? '', b.allocationId ?? '');
/** The address, labelled as what it is on for the cost breakdown. */
const priced = (eip, interfaceType, removable) => [
    {
        region: eip.region,
        address: eip.publicIp,
        accountId: eip.accountId,
        interfaceType,
        service: owningService/* Service */.kl.ElasticIp,
        byoip: eip.byoip,
        removable,
    },
];
const COLUMNS = [
    (0,csvColumns/* col */.n)('AccountId', (e) => e.accountId),
    (0,csvColumns/* col */.n)('Region', (e) => e.region),
    (0,csvColumns/* col */.n)('EIP', (e) => e.publicIp),
    (0,csvColumns/* col */.n)('AllocationId', (e) => e.allocationId),
    (0,csvColumns/* col */.n)('Pool', (e) => e.pool),
    (0,csvColumns/* col */.n)('Byoip', (e) => e.byoip),
    (0,csvColumns/* col */.n)('AssociationId', (e) => e.associationId),
    (0,csvColumns/* col */.n)('NetworkInterfaceId', (e) => e.networkInterfaceId),
    (0,csvColumns/* col */.n)('InstanceId', (e) => e.instanceId),
    (0,csvColumns/* col */.n)('PrivateIp', (e) => e.privateIp),
    (0,csvColumns/* col */.n)('NetworkBorderGroup', (e) => e.networkBorderGroup),
    (0,csvColumns/* col */.n)('Name', (e) => e.name),
    ...(0,findingCells/* actionColumns */.KN)(),
    (0,findingCells/* savingColumn */.fb)(),
    (0,findingCells/* monthlyCostColumn */.xm)(() => 1, (e) => e.byoip),
    ...(0,findingCells/* suppressionColumns */.R9)(),
];
function eipJson(eip, price) {
    return {
        accountId: eip.accountId,
        region: eip.region,
        publicIp: eip.publicIp,
        allocationId: (0,orNull/* orNull */.X)(eip.allocationId),
        pool: eip.pool,
        byoip: eip.byoip,
        associationId: (0,orNull/* orNull */.X)(eip.associationId),
        networkInterfaceId: (0,orNull/* orNull */.X)(eip.networkInterfaceId),
        instanceId: (0,orNull/* orNull */.X)(eip.instanceId),
        privateIp: (0,orNull/* orNull */.X)(eip.privateIp),
        networkBorderGroup: (0,orNull/* orNull */.X)(eip.networkBorderGroup),
        name: (0,orNull/* orNull */.X)(eip.name),
        monthlyCostUsd: (0,findingCells/* monthlyCostJson */.ZY)(1, price, eip.byoip),
        action: (0,findingCells/* actionJson */.BA)(eip.action, price, eip.byoip),
        suppressionReason: (0,orNull/* orNull */.X)(eip.suppressionReason),
    };
}
const costColumn = {
    label: 'Monthly cost',
    kind: 'usd',
    value: (e, price) => (0,findingCells/* monthlyCostCents */.g6)(1, price, e.byoip),
};
const ASSOCIATED_EIPS = (0,findingKind/* defineKind */.W)({
    member: 'associatedEips',
    key: findingKeys/* eipFindingKey */.t,
    compare: compareElasticIps,
    addresses: (eip) => priced(eip, 'Elastic IP', false),
    totals: (rows) => ({ associatedEips: rows.length }),
    csv: { name: 'associated_eips', columns: COLUMNS },
    json: eipJson,
    html: {
        order: 4,
        table: {
            id: 'associated-eips',
            title: 'Associated Elastic IPs',
            noun: 'associated Elastic IPs',
            columns: [
                { label: 'Account', kind: 'text', value: (e) => e.accountId },
                { label: 'Region', kind: 'text', value: (e) => e.region },
                { label: 'Address', kind: 'address', value: (e) => e.publicIp },
                { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
                { label: 'Interface', kind: 'text', value: (e) => e.networkInterfaceId ?? '' },
                { label: 'Instance', kind: 'text', value: (e) => e.instanceId ?? '' },
                { label: 'Private IP', kind: 'address', value: (e) => e.privateIp ?? '' },
                { label: 'Pool', kind: 'text', value: (e) => e.pool },
                { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
                costColumn,
            ],
        },
    },
});
const UNASSOCIATED_EIPS = (0,findingKind/* defineKind */.W)({
    member: 'unassociatedEips',
    key: findingKeys/* eipFindingKey */.t,
    compare: compareElasticIps,
    addresses: (eip) => priced(eip, 'Unassociated Elastic IP', true),
    idle: true,
    totals: (rows) => ({
        unassociatedEips: rows.length,
        unassociatedEipsCharged: rows.filter((eip) => !eip.byoip).length,
    }),
    actionable: (eip) => eip.action && {
        accountId: eip.accountId,
        region: eip.region,
        address: eip.publicIp,
        subject: eip.allocationId ?? 'Elastic IP',
        why: 'an Elastic IP associated with nothing.',
        action: eip.action,
        byoip: eip.byoip,
    },
    csv: { name: 'unassociated_eips', columns: COLUMNS },
    json: eipJson,
    html: {
        order: 3,
        table: {
            id: 'unassociated-eips',
            title: 'Unassociated Elastic IPs',
            noun: 'unassociated Elastic IPs',
            columns: [
                { label: 'Account', kind: 'text', value: (e) => e.accountId },
                { label: 'Region', kind: 'text', value: (e) => e.region },
                { label: 'Address', kind: 'address', value: (e) => e.publicIp },
                { label: 'Allocation', kind: 'text', value: (e) => e.allocationId ?? '' },
                { label: 'Pool', kind: 'text', value: (e) => e.pool },
                { label: 'BYOIP', kind: 'text', value: (e) => (e.byoip ? 'yes' : 'no') },
                { label: 'Name', kind: 'text', value: (e) => e.name ?? '', wrap: true },
                costColumn,
            ],
        },
    },
});

// EXTERNAL MODULE: ./src/kinds/eniPublicIps.ts
var eniPublicIps = __webpack_require__(83500);
// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
;// CONCATENATED MODULE: ./src/kinds/globalAccelerators.ts
// Global Accelerators (global_accelerators.csv): static anycast addresses, charged, in no region.







const GLOBAL_ACCELERATORS = (0,findingKind/* defineKind */.W)({
    member: 'globalAccelerators',
    key: (accelerator) => accelerator.arn,
    compare: (a, b) => (0,compareAddress/* compareText */.n6)(a.ownerAccountId, b.ownerAccountId) || (0,compareAddress/* compareText */.n6)(a.arn, b.arn),
    addresses: (accelerator) => accelerator.allAddresses.map((address) => ({
        region: coverage/* GLOBAL_REGION */.j,
        address,
        accountId: accelerator.ownerAccountId,
        interfaceType: 'Global Accelerator',
        service: owningService/* Service */.kl.GlobalAccelerator,
        byoip: false,
        removable: false,
    })),
    totals: (rows) => ({
        globalAccelerators: rows.length,
        globalAcceleratorIps: rows.reduce((n, a) => n + a.allAddresses.length, 0),
    }),
    csv: {
        name: 'global_accelerators',
        columns: [
            (0,csvColumns/* col */.n)('OwnerAccountId', (a) => a.ownerAccountId),
            (0,csvColumns/* col */.n)('Arn', (a) => a.arn),
            (0,csvColumns/* col */.n)('Address1', (a) => a.address1),
            (0,csvColumns/* col */.n)('Address2', (a) => a.address2),
            (0,csvColumns/* col */.n)('Name', (a) => a.name),
            (0,csvColumns/* col */.n)('Type', (a) => a.kind),
            (0,csvColumns/* col */.n)('AllAddresses', (a) => a.allAddresses.join(' ')),
            (0,findingCells/* monthlyCostColumn */.xm)((a) => a.allAddresses.length),
        ],
    },
    json: (accelerator, price) => ({
        ownerAccountId: accelerator.ownerAccountId,
        arn: accelerator.arn,
        name: (0,orNull/* orNull */.X)(accelerator.name),
        kind: accelerator.kind,
        addresses: accelerator.allAddresses,
        monthlyCostUsd: (0,findingCells/* monthlyCostJson */.ZY)(accelerator.allAddresses.length, price),
    }),
    html: {
        order: 7,
        table: {
            id: 'global-accelerators',
            title: 'Global Accelerators',
            noun: 'accelerators',
            columns: [
                { label: 'Account', kind: 'text', value: (a) => a.ownerAccountId },
                { label: 'Name', kind: 'text', value: (a) => a.name ?? '', wrap: true },
                { label: 'Type', kind: 'text', value: (a) => a.kind },
                { label: 'Addresses', kind: 'text', value: (a) => a.allAddresses.join(' '), wrap: true },
                { label: 'ARN', kind: 'text', value: (a) => a.arn, wrap: true },
                {
                    label: 'Monthly cost',
                    kind: 'usd',
                    value: (a, price) => (0,findingCells/* monthlyCostCents */.g6)(a.allAddresses.length, price),
                },
            ],
        },
    },
});

// EXTERNAL MODULE: ./src/analyze/cost.ts
var cost = __webpack_require__(60167);
// EXTERNAL MODULE: ./src/analyze/bogons.ts
var bogons = __webpack_require__(15712);
;// CONCATENATED MODULE: ./src/analyze/vpnConnections.ts

const GONE_STATES = new Set(['deleted', 'deleting']);
/**
 * The public outside addresses of a connection's tunnels. TunnelOptions is the current source;
 * VgwTelemetry is read only when it names none. Private outside addresses (VPN over Direct
 * Connect) are not public IPv4 and are dropped.
 */
function vpnOutsideIps(connection) {
    const fromOptions = (connection.Options?.TunnelOptions ?? []).map((t) => t.OutsideIpAddress);
    const fromTelemetry = (connection.VgwTelemetry ?? []).map((t) => t.OutsideIpAddress);
    const named = (list) => list.filter((ip) => ip !== undefined && ip !== '');
    const candidates = named(fromOptions).length > 0 ? named(fromOptions) : named(fromTelemetry);
    return [...new Set(candidates)].filter(bogons/* isPublicCidr */.CZ);
}
/** Site-to-site VPN connections holding public tunnel addresses; deleted ones cost nothing. */
function vpnPublicIps(accountId, region, connections) {
    const rows = [];
    for (const connection of connections ?? []) {
        if (connection.State !== undefined && GONE_STATES.has(connection.State))
            continue;
        const ips = vpnOutsideIps(connection);
        if (ips.length === 0)
            continue;
        const row = {
            accountId,
            region,
            connectionId: connection.VpnConnectionId ?? '',
            address1: ips[0] ?? '',
            address2: ips[1] ?? '',
        };
        if (connection.State !== undefined)
            row.state = connection.State;
        rows.push(row);
    }
    return rows;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpnConnectionsCommand.js
var DescribeVpnConnectionsCommand = __webpack_require__(39177);
// EXTERNAL MODULE: ./src/collect/answers.ts
var answers = __webpack_require__(73265);
;// CONCATENATED MODULE: ./src/collect/describeVpnConnections.ts


/** Site-to-site VPN connections (this API has no pagination). */
async function describeVpnConnections(ec2) {
    const response = await ec2.send(new DescribeVpnConnectionsCommand/* DescribeVpnConnectionsCommand */.g({}));
    return (0,answers/* requiredList */.GS)(response.VpnConnections, 'vpnConnectionSet');
}

;// CONCATENATED MODULE: ./src/kinds/vpnConnections.ts
// Site-to-Site VPN connections (vpn_connections.csv): two public tunnel addresses each, charged.









const VPN_CONNECTIONS = (0,findingKind/* defineKind */.W)({
    member: 'vpnConnections',
    source: (0,findingKind/* regionSource */.O)({
        action: 'ec2:DescribeVpnConnections',
        read: describeVpnConnections,
        rows: vpnPublicIps,
    }),
    key: (vpn) => `${vpn.accountId}/${vpn.region}/${vpn.connectionId}`,
    compare: (a, b) => (0,compareAddress/* compareText */.n6)(a.accountId, b.accountId) ||
        (0,compareAddress/* compareText */.n6)(a.region, b.region) ||
        (0,compareAddress/* compareText */.n6)(a.connectionId, b.connectionId),
    addresses: (vpn) => (0,cost/* vpnAddresses */.hs)(vpn).map((address) => ({
        region: vpn.region,
        address,
        accountId: vpn.accountId,
        interfaceType: 'Site-to-Site VPN',
        service: owningService/* Service */.kl.SiteToSiteVpn,
        byoip: false,
        removable: false,
    })),
    totals: (rows) => ({
        vpnConnections: rows.length,
        vpnPublicIps: rows.reduce((n, v) => n + (0,cost/* vpnAddresses */.hs)(v).length, 0),
    }),
    csv: {
        name: 'vpn_connections',
        columns: [
            (0,csvColumns/* col */.n)('AccountId', (v) => v.accountId),
            (0,csvColumns/* col */.n)('Region', (v) => v.region),
            (0,csvColumns/* col */.n)('ConnectionId', (v) => v.connectionId),
            (0,csvColumns/* col */.n)('Address1', (v) => v.address1),
            (0,csvColumns/* col */.n)('Address2', (v) => v.address2),
            (0,csvColumns/* col */.n)('State', (v) => v.state),
            (0,findingCells/* monthlyCostColumn */.xm)((v) => (0,cost/* vpnAddresses */.hs)(v).length),
        ],
    },
    json(vpn, price) {
        const addresses = (0,cost/* vpnAddresses */.hs)(vpn);
        return {
            accountId: vpn.accountId,
            region: vpn.region,
            connectionId: vpn.connectionId,
            addresses,
            state: (0,orNull/* orNull */.X)(vpn.state),
            monthlyCostUsd: (0,findingCells/* monthlyCostJson */.ZY)(addresses.length, price),
        };
    },
    html: {
        order: 6,
        table: {
            id: 'vpn-connections',
            title: 'Site-to-Site VPN connections',
            noun: 'VPN connections',
            columns: [
                { label: 'Account', kind: 'text', value: (v) => v.accountId },
                { label: 'Region', kind: 'text', value: (v) => v.region },
                { label: 'Connection', kind: 'text', value: (v) => v.connectionId },
                { label: 'Address 1', kind: 'address', value: (v) => v.address1 },
                { label: 'Address 2', kind: 'address', value: (v) => v.address2 },
                { label: 'State', kind: 'text', value: (v) => v.state ?? '' },
                {
                    label: 'Monthly cost',
                    kind: 'usd',
                    value: (v, price) => (0,findingCells/* monthlyCostCents */.g6)((0,cost/* vpnAddresses */.hs)(v).length, price),
                },
            ],
        },
    },
});

;// CONCATENATED MODULE: ./src/kinds/findingKinds.ts
// Every kind of finding, in the order of their CSV reports: the Python script's six files first,
// in its order (our compatibility contract), new kinds after them. report.json orders its members
// as its schema does, and the HTML page by each kind's `html.order`.





const FINDING_KINDS = [
    ASSOCIATED_EIPS,
    UNASSOCIATED_EIPS,
    eniPublicIps/* ENI_PUBLIC_IPS */.M,
    AUTO_ASSIGN_SUBNETS,
    VPN_CONNECTIONS,
    GLOBAL_ACCELERATORS,
];


/***/ }),

/***/ 56963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ WHOLE_ACCOUNT),
/* harmony export */   j: () => (/* binding */ GLOBAL_REGION)
/* harmony export */ });
// What the scan set out to read and what it could not: the shapes coverage is counted in
// (analyze/coverage.ts ties each failed call to what it left unread).
/** The region of a target that stands for a whole account that could not be entered. */
const WHOLE_ACCOUNT = '*';
/** The region of an account's non-regional listing (Global Accelerator), as in scan_errors.csv. */
const GLOBAL_REGION = 'global';


/***/ }),

/***/ 33843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ SUSPICION_ORDER)
/* harmony export */ });
/** Most severe first: the order of the cards, the breakdown, the filter and an ascending sort. */
const SUSPICION_ORDER = ['HIGH', 'MODERATE', 'LOW', 'UNKNOWN'];


/***/ }),

/***/ 48160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ACTION_LABELS),
/* harmony export */   L: () => (/* binding */ ActionKind)
/* harmony export */ });
// What to do about a finding: the kinds of action the tool recommends (analyze/recommendedAction.ts
// decides which, per finding) and what each one holds.
const ActionKind = {
    RemovePublicIp: 'remove-public-ip',
    ReleaseElasticIp: 'release-elastic-ip',
    ReleaseUnassociatedElasticIp: 'release-unassociated-elastic-ip',
    DeleteInterface: 'delete-interface',
    DeleteNatGateway: 'delete-nat-gateway',
    MakeLoadBalancerInternal: 'make-load-balancer-internal',
    TurnOffPublicAccess: 'turn-off-public-access',
    UseInstanceConnect: 'use-instance-connect',
    StopAutoAssign: 'stop-auto-assign',
};
/** Each kind of action, said as what it does, for the summaries. */
const ACTION_LABELS = {
    'remove-public-ip': 'Remove auto-assigned public IPs',
    'release-elastic-ip': 'Disassociate and release Elastic IPs',
    'release-unassociated-elastic-ip': 'Release unassociated Elastic IPs',
    'delete-interface': 'Delete unattached interfaces',
    'delete-nat-gateway': 'Delete NAT gateways that reach nothing',
    'make-load-balancer-internal': 'Make load balancers internal',
    'turn-off-public-access': 'Turn off public access in the owning service',
    'use-instance-connect': 'Use EC2 Instance Connect instead of public SSH',
    'stop-auto-assign': 'Stop subnets auto-assigning public IPs',
};


/***/ }),

/***/ 8481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ dependencyText)
/* harmony export */ });
/** `map_public_ip_on_launch of aws_subnet.public (known after apply)`. */
function dependencyText(dependency) {
    return `${dependency.attribute} of ${dependency.resource} (${dependency.reason})`;
}


/***/ }),

/***/ 14792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ byoipWords),
/* harmony export */   o: () => (/* binding */ savingsByActionTotalWords)
/* harmony export */ });
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99631);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52858);


/** `1 BYOIP, free`, or undefined when the total holds no BYOIP address. */
function byoipWords(cost) {
    return cost.byoipAddressCount === 0 ? undefined : `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(cost.byoipAddressCount)} BYOIP, free`;
}
/** What taking every recommended action would save a month: the savings by action added up. */
function savingsByActionTotalUsd(cost) {
    return cost.savingsByAction.reduce((sum, a) => sum + a.monthlyUsd, 0);
}
/**
 * `Total $32.85, $3.65 more than the potential savings ($29.20): ...`. The two count different
 * things, so where the savings by action are shown the difference is said in the same place.
 */
function savingsByActionTotalWords(cost) {
    const total = savingsByActionTotalUsd(cost);
    const potential = (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(cost.potentialSavingsUsd);
    const difference = (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(Math.abs(total - cost.potentialSavingsUsd));
    if (difference === (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(0))
        return `Total ${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(total)}, the potential savings.`;
    const side = total > cost.potentialSavingsUsd ? 'more' : 'less';
    return (`Total ${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(total)}, ${difference} ${side} than the potential savings (${potential}): ` +
        'those count every HIGH-suspicion address and unassociated Elastic IP; the actions also ' +
        'cover MODERATE addresses open only to SSH, and none is given for a suppressed finding.');
}


/***/ }),

/***/ 76314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
// Text from AWS resources (descriptions, tags, names) and from error messages is written by
// whoever controls those resources. In a job summary or PR comment it must stay text: no
// links, images, HTML, table breaks, emphasis, @mentions or #references.
//
// `codeSpan` is the first choice: GitHub neither mentions nor links inside code. `escapeMarkdown`
// is for prose that embeds such text: markup characters become numeric character references
// (rendered as the character, never parsed as syntax, equally inert in HTML). References do not
// stop mentions or autolinks, since GitHub decodes them before it looks for those, so `@`, `#`,
// `GH-` before a number (an issue reference too), `://` and `www.` get an invisible WORD JOINER
// (U+2060) that breaks the pattern.
const REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    // Joined on both sides: after, so it is no mention; before, so it ends no email address.
    '@': '\u2060@\u2060',
    '#': '#\u2060',
};
const JOINER = '\u2060';
/** Line breaks and other controls would end a table row or start a block: spaces instead. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
}
/** Inline-safe text for markdown and HTML: markup escaped, mentions and autolinks broken. */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/:\/\//g, `:${JOINER}//`)
        .replace(/www\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`)
        .replace(/\bgh-(?=\d)/gi, (gh) => `${gh}${JOINER}`)
        .replace(/[&<>"'|`*_[\]\\~@#]/g, (char) => REFERENCES[char] ?? char);
}
/**
 * `text` as an inline code span that is also safe in a table cell: its fence is longer than any
 * run of backticks inside, and `|` (which ends a cell even inside code) becomes `¦`. Empty text
 * gives an empty string, not an empty span.
 */
function codeSpan(text) {
    const content = oneLine(text).replace(/\|/g, '¦');
    if (content.trim() === '')
        return '';
    const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick out of the fence; CommonMark
    // strips exactly one from each side.
    const pad = /^[`\s]|[`\s]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** At most `max` characters (whole code points) of `text`, marking a cut with `\u2026`; not escaped. */
function clip(text, max) {
    const points = [...text];
    return points.length <= max ? text : `${points.slice(0, max - 1).join('')}\u2026`;
}


/***/ }),

/***/ 79803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99631);
/* harmony import */ var _escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76314);
// The small pieces the job summary is built of: counts, tables, capped lists, outside text.


/** Longest outside text shown in a cell; longer text is cut (the artifact has it whole). */
const MAX_CELL_CHARS = 200;
/** A clipped code span: for any text we did not write ourselves (never a mention or a link). */
function text(value) {
    return (0,_escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)((0,_escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(value, MAX_CELL_CHARS));
}
function table(headers, align, rows) {
    return [
        `| ${headers.join(' | ')} |`,
        `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
    ];
}
/** The first `max` rows, and the line that says how many the artifact holds beyond them. */
function capped(rows, max, what) {
    const limit = Math.max(0, Math.floor(max));
    const more = rows.length - limit;
    return {
        shown: rows.slice(0, limit),
        moreLine: more > 0 ? ['', `\u2026and ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B)(more)} more ${what} in the artifact.`] : [],
    };
}


/***/ }),

/***/ 9015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ planHeadline),
/* harmony export */   Xq: () => (/* binding */ planSummaryMarkdown),
/* harmony export */   lA: () => (/* binding */ planSection)
/* harmony export */ });
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99631);
/* harmony import */ var _plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8481);
/* harmony import */ var _escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76314);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52858);
/* harmony import */ var _markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79803);
/* harmony import */ var _summaryStatus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6508);






const DEFAULT_MAX_PLAN_ROWS = 50;
const changesOf = (report) => report.files.flatMap((f) => f.changes);
/** Addresses added by the changes carrying `code`. */
function addedWith(report, code) {
    return changesOf(report)
        .filter((c) => c.flags.some((f) => f.code === code))
        .reduce((n, c) => n + c.added, 0);
}
/** `one of them ...` / `2 of them ...`, or nothing. */
function ofThem(n, one, many) {
    if (n === 0)
        return [];
    return [n === 1 ? `one of them ${one}` : `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(n)} of them ${many}`];
}
function money(usd) {
    const cents = Math.round(usd * 100);
    if (cents === 0)
        return 'no change to the bill';
    return `${cents > 0 ? '+' : '-'}${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUsdForPeople */ .sI)(Math.abs(usd))} a month`;
}
/**
 * `This change adds 3 public IPv4 addresses (+$10.95 a month), one of them in a subnet with no
 * route to an internet gateway.` and what the counts cannot say.
 */
function planHeadline(report) {
    const { added, removed, monthlyChangeUsd, unknowns, flags } = report.totals;
    const what = added === 0 && removed === 0
        ? 'neither adds nor removes a public IPv4 address'
        : added === 0
            ? `removes ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(removed, 'public IPv4 address', 'public IPv4 addresses')}`
            : `adds ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(added, 'public IPv4 address', 'public IPv4 addresses')}` +
                (removed > 0 ? ` and removes ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(removed)}` : '');
    const clauses = added === 0
        ? []
        : [
            ...ofThem(addedWith(report, 'no-internet-route'), 'in a subnet with no route to an internet gateway', 'in subnets with no route to an internet gateway'),
            ...ofThem(addedWith(report, 'unassociated-eip'), 'an Elastic IP nothing in the plan associates (billed while idle)', 'Elastic IPs nothing in the plan associates (billed while idle)'),
            ...ofThem(addedWith(report, 'byoip'), 'from a BYOIP pool (not charged)', 'from BYOIP pools (not charged)'),
        ];
    const sentences = [
        `This change ${what} (${money(monthlyChangeUsd)})${clauses.map((c) => `, ${c}`).join('')}.`,
    ];
    if (unknowns > 0) {
        sentences.push(`${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(unknowns, 'change depends', 'changes depend')} on what the plan cannot know yet: ` +
            'the counts are at least what is shown.');
    }
    const autoAssign = flags['auto-assign-on'] ?? 0;
    if (autoAssign > 0) {
        sentences.push(`${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(autoAssign, 'subnet starts', 'subnets start')} assigning public IPv4 addresses to ` +
            `the instances launched in ${autoAssign === 1 ? 'it' : 'them'}.`);
    }
    return sentences.join(' ');
}
/** A change worth a row: it adds or removes addresses, waits for a value, or is flagged. */
const notable = (c) => c.added > 0 || c.removed > 0 || c.dependsOn.length > 0 || c.flags.length > 0;
function changeRows(report, maxRows) {
    const several = report.files.length > 1;
    const rows = report.files.flatMap((file) => file.changes.filter(notable).map((change) => ({ file: file.file, change })));
    if (rows.length === 0)
        return [];
    const { shown, moreLine } = (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .capped */ .uo)(rows, maxRows, 'resource changes');
    return [
        '',
        ...(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([
            ...(several ? ['Plan file'] : []),
            'Resource',
            'Actions',
            'Added',
            'Removed',
            'Monthly',
            'Depends on',
            'Flags',
        ], [...(several ? ['l'] : []), 'l', 'l', 'r', 'r', 'r', 'l', 'l'], shown.map(({ file, change }) => [
            ...(several ? [(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(file)] : []),
            (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(change.address),
            (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(change.actions.join('+')),
            (0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(change.added),
            (0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(change.removed),
            change.monthlyChangeUsd === 0 ? '' : money(change.monthlyChangeUsd).replace(' a month', ''),
            (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(change.dependsOn.map(_plan_dependencyText_js__WEBPACK_IMPORTED_MODULE_5__/* .dependencyText */ .t).join('; ')),
            (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(change.flags.map((f) => f.text).join('; ')),
        ])),
        ...moreLine,
    ];
}
/** `### This pull request`: the headline and, in full detail, the resource changes. */
function planSection(plan, options = {}) {
    const { report } = plan;
    const files = report.files.length === 1
        ? 'its Terraform plan'
        : `its ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(report.files.length)} Terraform plans`;
    const lines = [
        '### This pull request',
        '',
        planHeadline(report),
        '',
        `Judged from ${files}: ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(report.totals.changes)} resource changes with a public IPv4 rule.`,
    ];
    if (options.detail === 'counts') {
        return [
            ...lines,
            '',
            'Resources are left out of this summary (`summary-detail: counts`); the artifact lists them.',
        ];
    }
    return [...lines, ...changeRows(report, options.maxRows ?? DEFAULT_MAX_PLAN_ROWS)];
}
/** The gate of a run that judged plans only. */
function planGateSection(checks, passed, detail) {
    const lines = ['### Gate', '', passed ? '\u2705 **Passed**' : '\u274c **Failed**', ''];
    if (checks.length === 0) {
        return [
            ...lines,
            'No plan threshold set (`max-plan-added`, `max-plan-monthly-increase-usd`): the plans are reported, not gated.',
        ];
    }
    lines.push(...(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Check', 'Count', 'Limit', 'Result'], ['l', 'r', 'r', 'l'], checks.map((c) => [
        `\`${c.input}\``,
        (0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(c.count),
        (0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(c.limit),
        c.passed ? '\u2705 passed' : '\u274c failed',
    ])));
    const failed = checks.filter((c) => !c.passed);
    // The messages quote resource addresses: prose, escaped; left out where ids stay out.
    const said = (c) => detail === 'counts'
        ? `- \`${c.input}\`: ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(c.count)} (limit ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B)(c.limit)})`
        : `- ${(0,_escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.message)}`;
    return failed.length === 0 ? lines : [...lines, '', ...failed.map(said)];
}
/** The job summary and PR comment of a run that judged Terraform plans only. */
function planSummaryMarkdown(input) {
    const sections = [
        ['## AWS public IPv4 audit'],
        planSection(input.plan, input),
        planGateSection(input.gate.checks, input.gate.passed, input.detail),
        (0,_summaryStatus_js__WEBPACK_IMPORTED_MODULE_2__/* .writeErrorSection */ .Zk)(input),
        (0,_summaryStatus_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactSection */ .y3)(input),
    ].filter((s) => s.length > 0);
    return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}


/***/ }),

/***/ 11078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reconciliationTexts)
/* harmony export */ });
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99631);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52858);


/** The most addresses or accounts a summary names; the CSV files hold them all. */
const RECONCILIATION_LISTED = 10;
function missedItem(a, quote) {
    const what = [a.addressType, a.service].filter((v) => v !== undefined).map(quote);
    const where = `${a.accountId} ${quote(a.region)}`;
    const iface = a.networkInterfaceId ? `, ${quote(a.networkInterfaceId)}` : '';
    return `${a.address} (${[...what, where].join(', ')}${iface})`;
}
function ipamText(ipam, quote, detail = true) {
    const missed = ipam.rows.flatMap((r) => r.missed);
    const stale = ipam.rows.reduce((n, r) => n + r.stale.length, 0);
    const notYet = ipam.rows.reduce((n, r) => n + r.notYetInIpam.length, 0);
    const notCompared = ipam.rows.filter((r) => r.status === 'not-compared');
    const details = [
        ...(ipam.unavailableRegions.length > 0
            ? [
                `IPAM could not be read in ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(ipam.unavailableRegions.length, 'region', 'regions')}` +
                    (detail ? ` (${ipam.unavailableRegions.map(quote).join(', ')})` : '') +
                    ': what the scan missed there is unknown (scan_errors.csv).',
            ]
            : []),
        ...(notCompared.length > 0
            ? [
                `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(notCompared.length, 'account-region was', 'account-regions were')} not compared` +
                    (detail
                        ? ` (${notCompared
                            .slice(0, RECONCILIATION_LISTED)
                            .map((r) => `${r.accountId} ${quote(r.region)}: ${r.reason ?? ''}`)
                            .join('; ')}${notCompared.length > RECONCILIATION_LISTED ? '; \u2026' : ''})`
                        : '') +
                    '.',
            ]
            : []),
        ...(stale > 0
            ? [
                `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(stale, 'address', 'addresses')} IPAM last sampled more than ` +
                    `${ipam.sampleWindowHours} h before the scan ${stale === 1 ? 'is' : 'are'} not counted (probably released since).`,
            ]
            : []),
        ...(notYet > 0
            ? [
                `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(notYet, 'address', 'addresses')} the scan found IPAM does not list yet (it samples periodically).`,
            ]
            : []),
    ];
    return {
        headline: `IPAM saw ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(ipam.missedCount, 'address', 'addresses')} the scan missed`,
        details,
        items: detail ? missed.slice(0, RECONCILIATION_LISTED).map((a) => missedItem(a, quote)) : [],
        more: detail ? Math.max(0, missed.length - RECONCILIATION_LISTED) : 0,
    };
}
function flaggedItem(a, quote) {
    const name = a.accountName ? ` (${quote(a.accountName)})` : '';
    const average = Math.round((a.monthToDate?.billedAverage ?? 0) * 10) / 10;
    return (`${a.accountId}${name}: billed for ${average} addresses on average this month, ` +
        `the scan holds ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(a.scannedCharged)} charged`);
}
function billingText(billing, quote, detail = true) {
    const r = billing.reconciliation;
    if (!r) {
        return {
            headline: 'The bill could not be read (Cost Explorer failed: scan_errors.csv); nothing was compared',
            details: [],
            items: [],
            more: 0,
        };
    }
    const flagged = r.accounts.filter((a) => a.flagged);
    const hours = Math.round(r.unexplainedHours);
    const headline = flagged.length === 0
        ? 'The bill matches the scan: no account is billed for more addresses than the scan explains'
        : `The bill: billed ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(hours)} address-hours more than the scan explains, in ` +
            (0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(flagged.length, 'account', 'accounts');
    const details = [
        `Last full month (${billing.periods.lastMonth.start} to ${billing.periods.lastMonth.end}): ` +
            `${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(r.billedLastMonthUsd)} of public IPv4 across the accounts scanned that the bill covers.`,
        ...(r.scope === 'caller-only'
            ? [
                `The bill covers the caller's account${detail ? ` (${billing.callerAccountId})` : ''} alone: Cost Explorer ` +
                    'shows other accounts only to the management (payer) account.',
            ]
            : []),
        ...(billing.periods.monthToDate
            ? []
            : ['No whole day of this month has passed yet: nothing to compare before tomorrow.']),
    ];
    return {
        headline,
        details,
        items: detail ? flagged.slice(0, RECONCILIATION_LISTED).map((a) => flaggedItem(a, quote)) : [],
        more: detail ? Math.max(0, flagged.length - RECONCILIATION_LISTED) : 0,
    };
}
/** Both parts, those that are on. */
function reconciliationTexts(reconciliation, quote, detail = true) {
    return [
        ...(reconciliation?.ipam ? [ipamText(reconciliation.ipam, quote, detail)] : []),
        ...(reconciliation?.billing ? [billingText(reconciliation.billing, quote, detail)] : []),
    ];
}


/***/ }),

/***/ 29800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ countsOnly),
/* harmony export */   P: () => (/* binding */ LEFT_OUT)
/* harmony export */ });
const countsOnly = (input) => input.detail === 'counts';
/** Where a counts-only summary would have listed ids. */
const LEFT_OUT = 'Addresses and ids are left out of this summary (`summary-detail: counts`); the artifact lists them.';


/***/ }),

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ verdictHeading),
/* harmony export */   Hv: () => (/* binding */ changesSection),
/* harmony export */   Tx: () => (/* binding */ gateSection),
/* harmony export */   Zk: () => (/* binding */ writeErrorSection),
/* harmony export */   qy: () => (/* binding */ policyDeniedNote),
/* harmony export */   vt: () => (/* binding */ coverageWarning),
/* harmony export */   y3: () => (/* binding */ artifactSection)
/* harmony export */ });
/* harmony import */ var _analyze_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34136);
/* harmony import */ var _gate_evaluateGate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9711);
/* harmony import */ var _gate_thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89695);
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99631);
/* harmony import */ var _escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76314);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52858);
/* harmony import */ var _markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79803);
/* harmony import */ var _summaryInput_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29800);








function changesSection(input) {
    const { baselineDiff: diff, gate } = input;
    const listed = (changes) => (0,_summaryInput_js__WEBPACK_IMPORTED_MODULE_5__/* .countsOnly */ .F)(input)
        ? []
        : changes
            .slice(0, 20)
            .map((c) => `- ${(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(c.address)} ${(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(c.key)}${c.suspicion ? ` (${c.suspicion})` : ''}`);
    const lines = [];
    if (gate.counts.suppressed > 0) {
        lines.push(`**${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(gate.counts.suppressed)}** finding(s) are suppressed (accepted with a reason): they stay in the reports and do not count for the gate.`);
    }
    if (diff === undefined)
        return lines.length === 0 ? [] : ['### Suppressions', '', ...lines];
    const sign = diff.monthlyCostDeltaUsd >= 0 ? '+' : '\u2212';
    const source = (0,_summaryInput_js__WEBPACK_IMPORTED_MODULE_5__/* .countsOnly */ .F)(input) ? '' : `Baseline: ${(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(diff.source)}. `;
    const newLines = listed(diff.newFindings);
    const goneLines = listed(diff.goneFindings);
    const { scope } = diff;
    // Findings of account-regions one of the runs did not read are neither gone nor kept.
    const notCompared = diff.notCompared > 0
        ? `**${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.notCompared)}** not compared (in account-regions this run or the baseline did not read completely), `
        : '';
    const over = scope.same
        ? ''
        : ` over the ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(scope.common)} account-regions both read completely (the baseline read ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(scope.common + scope.onlyBaseline)}, this run ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(scope.common + scope.onlyThisRun)})`;
    return [
        '### Since the baseline',
        '',
        `${source}**${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.newFindings.length)}** new, **${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.goneFindings.length)}** gone, ${notCompared}` +
            `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.changedSuspicion.length)} changed suspicion, ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.unchanged)} unchanged; ` +
            `${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(diff.newUnassociatedEips.length)} new unassociated Elastic IPs. Monthly cost ${sign}${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_7__/* .formatUsdForPeople */ .sI)(Math.abs(diff.monthlyCostDeltaUsd))}${over}. ` +
            `Gate counts: ${gate.counts.scope === 'new' ? 'new findings only' : 'all findings'}.`,
        ...(newLines.length > 0 ? ['', '**New:**', ...newLines] : []),
        ...(goneLines.length > 0 ? ['', '**Gone:**', ...goneLines] : []),
        ...lines.flatMap((l) => ['', l]),
    ];
}
/** The summary's first line: the gate's verdict, which the PR comment's reader looks for. */
function verdictHeading({ gate }) {
    return `## AWS public IPv4 audit: ${gate.passed ? '\u2705 gate passed' : '\u274c gate failed'}`;
}
/** Why the gate decided as it did, right under the verdict: what failed, then every check. */
function gateSection(input) {
    const { gate } = input;
    const thresholds = gate.checks.filter((check) => check.input !== _gate_evaluateGate_js__WEBPACK_IMPORTED_MODULE_1__/* .COVERAGE_CHECK */ .io);
    const lines = [];
    if (thresholds.length === 0) {
        lines.push('No thresholds set: the gate fails only when nothing could be scanned.');
    }
    else {
        lines.push(...(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Check', 'Count', 'Limit', 'Result'], ['l', 'r', 'r', 'l'], thresholds.map((check) => {
            const figure = (0,_gate_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .figureOf */ .Mn)(check.input);
            return [
                `\`${check.input}\``,
                figure(check.count),
                figure(check.limit),
                check.passed ? '\u2705 within' : `\u274c over by ${figure(check.count - check.limit)}`,
            ];
        })));
    }
    // Messages carry AWS ids and error codes: prose, escaped; counts only where ids stay out.
    const said = (v) => (0,_summaryInput_js__WEBPACK_IMPORTED_MODULE_5__/* .countsOnly */ .F)(input)
        ? `- \`${v.input}\`: ${(0,_gate_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .figureOf */ .Mn)(v.input)(v.count)} (limit ${(0,_gate_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .figureOf */ .Mn)(v.input)(v.limit)})`
        : `- ${(0,_escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(v.message)}`;
    return gate.violations.length === 0 ? lines : [...gate.violations.map(said), '', ...lines];
}
/** Said at the top when the scan is partial, so no one reads the numbers as the whole truth. */
function coverageWarning(input) {
    const { coverage } = input.result;
    if (coverage.gaps.length === 0)
        return [];
    const shown = coverage.gaps.slice(0, 5).map((gap) => (0,_escapeMarkdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_analyze_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGap */ .e4)(gap)));
    const more = coverage.gaps.length - shown.length;
    const which = (0,_summaryInput_js__WEBPACK_IMPORTED_MODULE_5__/* .countsOnly */ .F)(input)
        ? ''
        : `Not read completely: ${shown.join('; ')}${more > 0 ? `; and ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(more)} more` : ''}. `;
    return [
        `> [!WARNING]`,
        `> **Partial scan**: ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(coverage.complete)} of ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(coverage.planned)} account-regions were read completely. ` +
            `${which}What was not read is not in these numbers.`,
    ];
}
/**
 * Said at the top when an organisation policy denied account-regions: they were not read, but
 * they are the organisation's choice rather than a failure, and fail the gate only on request.
 */
function policyDeniedNote(input) {
    const denied = input.result.policyDenied.length;
    if (denied === 0)
        return [];
    const switchInput = _gate_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .THRESHOLDS */ .Rm.failOnPolicyDenied.input;
    const gated = input.gate.checks.some((check) => check.input === switchInput);
    const one = denied === 1;
    return [
        '> [!NOTE]',
        `> **${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B)(denied)}** account-region${one ? ' is' : 's are'} denied by an organisation ` +
            "policy (a service or resource control policy, such as Control Tower's Region deny control) " +
            `and ${one ? 'was' : 'were'} not read. ${one ? 'It is not a scan error' : 'They are not scan errors'}` +
            (gated
                ? `, and \`${switchInput}\` fails the gate on ${one ? 'it' : 'them'}.`
                : `, and pass${one ? 'es' : ''} the gate unless \`${switchInput}\` is true.`),
    ];
}
function writeErrorSection({ writeError }) {
    if (writeError === undefined)
        return [];
    return ['### Reports', '', `\u274c ${(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(writeError)}`];
}
/** An http(s) URL safe to put in a markdown link target, or undefined. */
function linkTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    // `href` is already percent-encoded but may hold characters that end a link target.
    return parsed.href.replace(/[()<>"'\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function artifactSection({ artifact }) {
    if (artifact === undefined)
        return [];
    const name = (0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(artifact.name);
    const target = artifact.url === undefined ? undefined : linkTarget(artifact.url);
    let line;
    if (artifact.error !== undefined) {
        line = `\u26a0\ufe0f The reports could not be uploaded as ${name}: ${(0,_markdownBlocks_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(artifact.error)}`;
    }
    else if (target !== undefined) {
        line = `Download the reports: [${name}](${target}) \u2014 CSV, JSON and an HTML report`;
    }
    else {
        line = `The reports are in the workflow artifact ${name} \u2014 CSV, JSON and an HTML report`;
    }
    return ['### Reports', '', line];
}


/***/ }),

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ runTime),
/* harmony export */   jm: () => (/* binding */ trendLines)
/* harmony export */ });
/* unused harmony export trendLine */
/* harmony import */ var _analyze_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64240);
/* harmony import */ var _format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52858);
/* harmony import */ var _common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99631);
// The trend in one line, for the job summary and the CLI: what changed since the last run and
// since the oldest run of the last 28 days, in addresses and dollars a month. Nothing when the
// history is this run alone: without a baseline nothing claims a trend.



const day = (entry) => entry.startedAt.slice(0, 10);
/** `2026-11-23 06:00 UTC`: a run as the trend line, the chart and the history table name it. */
function runTime(entry) {
    return `${entry.startedAt.slice(0, 16).replace('T', ' ')} UTC`;
}
/** `2026-11-23`, or `2026-11-23 06:00 UTC` when another run in the line shares its day. */
function when(entry, runs) {
    const shared = runs.some((other) => other !== entry && day(other) === day(entry));
    return shared ? runTime(entry) : day(entry);
}
function signedAddresses(n) {
    return `${n > 0 ? '+' : n < 0 ? '-' : ''}${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(Math.abs(n), 'address', 'addresses')}`;
}
/** `+$3.65`, `-$10.95`, `$0.00`: the sign only where the cents say there is a change. */
function signedUsd(usd) {
    const zero = (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(Math.abs(usd)) === '0.00';
    return `${zero ? '' : usd > 0 ? '+' : '-'}${(0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsdForPeople */ .sI)(Math.abs(usd))}`;
}
function changeFigures(change) {
    if (change.addresses === 0 && (0,_format_formatUsd_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(Math.abs(change.monthlyUsd)) === '0.00') {
        return 'no change';
    }
    return `${signedAddresses(change.addresses)} (${signedUsd(change.monthlyUsd)}/month)`;
}
/** One comparison, said with what it covers: `-2 addresses (-$7.30/month) since the last run (...)`. */
function changeText(change, name) {
    switch (change.scope) {
        case 'same':
            return `${changeFigures(change)} since ${name}`;
        case 'unrecorded':
            return `${changeFigures(change)} since ${name} (whose account-regions were not recorded)`;
        case 'common':
            return (`${changeFigures(change)} since ${name}, over the ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(change.both, 'account-region', 'account-regions')} ` +
                `both read (that run read ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(change.then)}, this one ${(0,_common_formatCount_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B)(change.now)})`);
        case 'different':
            return `not compared with ${name}: it read other account-regions than this run`;
    }
}
/**
 * `Trend: +1 address (+$3.65/month) since the last run (2026-11-23); -3 addresses
 * (-$10.95/month) since 2026-11-02.` Undefined when the history holds this run only. Runs that
 * read other account-regions than this one are compared over what both read (`lastScope`, the
 * last run) or not at all, and the line says which.
 */
function trendLine(history, lastScope) {
    const trend = (0,_analyze_history_js__WEBPACK_IMPORTED_MODULE_2__/* .historyTrend */ .Gp)(history, lastScope);
    if (trend === undefined)
        return undefined;
    const { sinceLast, sinceWindowStart } = trend;
    const runs = [history.at(-1), sinceLast.since, sinceWindowStart?.since].filter((entry) => entry !== undefined);
    const parts = [changeText(sinceLast, `the last run (${when(sinceLast.since, runs)})`)];
    if (sinceWindowStart !== undefined) {
        parts.push(changeText(sinceWindowStart, when(sinceWindowStart.since, runs)));
    }
    const caveat = trend.partial
        ? ' Not every one of these runs read every account-region: compare with care.'
        : '';
    return `Trend: ${parts.join('; ')}.${caveat}`;
}
/** The trend line as the lines of a summary section: none without a trend. */
function trendLines(history, lastScope) {
    const line = trendLine(history, lastScope);
    return line === undefined ? [] : [line];
}


/***/ }),

/***/ 56153:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/aws-ipv4-audit/aws-ipv4-audit/schema/report.schema.json","title":"aws-ipv4-audit report","description":"The {epoch}_report.json file aws-ipv4-audit writes: every public IPv4 address found in an AWS Organization, what it costs, and the gate verdict. Money is USD rounded to cents. Absent optional values are null. Every number is bounded (counts by the 2^32 IPv4 addresses there are, money by all of them at the highest price the input allows, times to real UTC instants), so no arithmetic on a report read back, as a baseline, can overflow. A run that judges Terraform plans only (scan: false, check-terraform-plan) writes schemaVersion, tool, plan and gate.","type":"object","additionalProperties":false,"allOf":[{"required":["schemaVersion","tool","gate"],"properties":{"schemaVersion":true,"tool":true,"gate":true}},{"anyOf":[{"description":"A scan, with or without a plan.","required":["scan","coverage","totals","cost","findings","suppressions","baseline"],"properties":{"scan":true,"coverage":true,"totals":true,"cost":true,"findings":true,"suppressions":true,"baseline":true}},{"description":"Terraform plans only: no scan member.","required":["plan"],"not":{"required":["scan"]},"properties":{"plan":true}}]}],"properties":{"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"const":"aws-ipv4-audit"},"version":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+\\\\.\\\\d+(?:[-+][0-9A-Za-z.+-]+)?$"}}},"plan":{"$ref":"#/$defs/plan"},"scan":{"type":"object","additionalProperties":false,"required":["startedAt","finishedAt","durationSeconds","options"],"properties":{"startedAt":{"$ref":"#/$defs/timestamp"},"finishedAt":{"$ref":"#/$defs/timestamp"},"durationSeconds":{"description":"At most a year (366 days).","type":"number","minimum":0,"maximum":31622400},"options":{"$ref":"#/$defs/options"}}},"coverage":{"type":"object","additionalProperties":false,"required":["accountsScanned","targets","uncheckedAccounts","scanErrors"],"properties":{"accountsScanned":{"type":"array","items":{"$ref":"#/$defs/accountId"}},"targets":{"description":"Every account-region that was scanned.","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","region"],"properties":{"accountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"}}}},"uncheckedAccounts":{"description":"Organisation accounts not scanned: not ACTIVE (their state as status), or left out with exclude-accounts (status `excluded`).","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","name","status"],"properties":{"accountId":{"$ref":"#/$defs/accountId"},"name":{"type":["string","null"]},"status":{"type":"string"}}}},"scanErrors":{"description":"Calls that failed after their retries; the scan went on without their data.","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","region","api","errorCode","message"],"properties":{"accountId":{"type":"string"},"region":{"description":"\'global\' for calls not tied to a region.","type":"string"},"api":{"type":"string"},"errorCode":{"type":"string"},"message":{"type":"string"}}}},"policyDenied":{"description":"Account-regions every regional call of which failed with an explicit deny naming an organisation policy (Control Tower\'s Region deny control, for one): listed apart from the scan errors, whose calls they are.","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","region","policy","exampleCall","message"],"properties":{"accountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"},"policy":{"enum":["service control policy","resource control policy"]},"exampleCall":{"description":"One of its denied calls, e.g. ec2:DescribeNetworkInterfaces.","type":"string"},"message":{"description":"That call\'s error message.","type":"string"}}}},"planned":{"description":"Account-regions the scan set out to read, but those an organisation policy denied; an account that could not be entered counts once.","$ref":"#/$defs/count"},"complete":{"description":"Planned account-regions read without a failed call.","$ref":"#/$defs/count"},"reached":{"description":"Planned account-regions of which at least one call succeeded; 0 means nothing was read.","$ref":"#/$defs/count"},"read":{"description":"Planned account-regions whose network interfaces or Elastic IPs were read; 0 means nothing was read.","$ref":"#/$defs/count"},"policyDeniedCount":{"description":"Account-regions denied by an organisation policy: left out of planned and complete.","$ref":"#/$defs/count"},"gaps":{"description":"Account-regions not read completely. Region `*` is a whole account that could not be entered; `global` is an account\'s Global Accelerator listing.","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","region","reached","failures"],"properties":{"accountId":{"type":"string"},"region":{"type":"string"},"reached":{"type":"boolean"},"failures":{"type":"array","items":{"type":"string"}}}}}}},"totals":{"type":"object","additionalProperties":false,"required":["publicIpv4Addresses","eniPublicIps","byAddressType","bySuspicion","associatedEips","unassociatedEips","unassociatedEipsCharged","byoipAddresses","autoAssignSubnets","vpnConnections","vpnPublicIps","globalAccelerators","globalAcceleratorIps","accountsScanned","accountRegionsScanned","uncheckedAccounts","scanErrors"],"properties":{"publicIpv4Addresses":{"description":"Distinct public IPv4 addresses across every source, each counted once.","$ref":"#/$defs/count"},"eniPublicIps":{"$ref":"#/$defs/count"},"byAddressType":{"type":"object","additionalProperties":false,"required":["elasticIp","publicIp"],"properties":{"elasticIp":{"$ref":"#/$defs/count"},"publicIp":{"$ref":"#/$defs/count"}}},"bySuspicion":{"$ref":"#/$defs/suspicionCounts"},"associatedEips":{"$ref":"#/$defs/count"},"unassociatedEips":{"$ref":"#/$defs/count"},"unassociatedEipsCharged":{"$ref":"#/$defs/count"},"byoipAddresses":{"$ref":"#/$defs/count"},"autoAssignSubnets":{"$ref":"#/$defs/count"},"vpnConnections":{"$ref":"#/$defs/count"},"vpnPublicIps":{"$ref":"#/$defs/count"},"globalAccelerators":{"$ref":"#/$defs/count"},"globalAcceleratorIps":{"$ref":"#/$defs/count"},"accountsScanned":{"$ref":"#/$defs/count"},"accountRegionsScanned":{"$ref":"#/$defs/count"},"uncheckedAccounts":{"$ref":"#/$defs/count"},"scanErrors":{"$ref":"#/$defs/count"},"policyDenied":{"description":"Account-regions an organisation policy denied: not scan errors, not in the coverage fraction.","$ref":"#/$defs/count"}}},"cost":{"type":"object","additionalProperties":false,"required":["pricePerIpHour","hoursPerMonth","addressCount","byoipAddressCount","totalMonthlyUsd","potentialSavingsUsd","byAccount","byInterfaceType","bySuspicion"],"properties":{"pricePerIpHour":{"$ref":"#/$defs/pricePerIpHour"},"hoursPerMonth":{"const":730},"addressCount":{"$ref":"#/$defs/count"},"byoipAddressCount":{"$ref":"#/$defs/count"},"totalMonthlyUsd":{"$ref":"#/$defs/usd"},"potentialSavingsUsd":{"description":"The HIGH-suspicion addresses and the unassociated Elastic IPs, each once.","$ref":"#/$defs/usd"},"byAccount":{"description":"Most expensive first, then by account id.","type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","addresses","monthlyUsd","potentialSavingsUsd"],"properties":{"accountId":{"type":"string"},"addresses":{"$ref":"#/$defs/count"},"monthlyUsd":{"$ref":"#/$defs/usd"},"potentialSavingsUsd":{"$ref":"#/$defs/usd"}}}},"byInterfaceType":{"description":"Most expensive first, then by interface type.","type":"array","items":{"type":"object","additionalProperties":false,"required":["interfaceType","addresses","monthlyUsd"],"properties":{"interfaceType":{"type":"string"},"addresses":{"$ref":"#/$defs/count"},"monthlyUsd":{"$ref":"#/$defs/usd"}}}},"byService":{"description":"Every distinct address by its owning service, most expensive first, then by service.","type":"array","items":{"type":"object","additionalProperties":false,"required":["service","addresses","monthlyUsd"],"properties":{"service":{"type":"string"},"addresses":{"$ref":"#/$defs/count"},"monthlyUsd":{"$ref":"#/$defs/usd"}}}},"savingsByAction":{"description":"What each kind of recommended action would save a month if every one were taken, biggest first.","type":"array","items":{"type":"object","additionalProperties":false,"required":["kind","findings","monthlyUsd"],"properties":{"kind":{"$ref":"#/$defs/actionKind"},"findings":{"$ref":"#/$defs/count"},"monthlyUsd":{"$ref":"#/$defs/usd"}}}},"bySuspicion":{"$ref":"#/$defs/suspicionCounts"}}},"gate":{"type":"object","additionalProperties":false,"required":["passed","violations"],"properties":{"passed":{"type":"boolean"},"counts":{"type":"object","additionalProperties":false,"required":["highSuspicion","unassociatedEips","scanErrors"],"properties":{"highSuspicion":{"$ref":"#/$defs/count"},"unassociatedEips":{"$ref":"#/$defs/count"},"ipamMissed":{"description":"Addresses IPAM sampled that the scan missed (0 without the IPAM cross-check). Absent in reports older than it.","$ref":"#/$defs/count"},"scanErrors":{"$ref":"#/$defs/count"},"policyDenied":{"$ref":"#/$defs/count"}},"description":"The scan\'s counts; absent when only Terraform plans were judged."},"violations":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["input","count","limit","message"],"properties":{"input":{"description":"The check that failed, e.g. max-high-suspicion, fail-on-scan-errors or coverage.","type":"string","pattern":"^[a-z][a-z0-9-]*$"},"count":{"description":"A count, or for max-plan-monthly-increase-usd an amount of USD a month.","anyOf":[{"$ref":"#/$defs/count"},{"$ref":"#/$defs/usd"}]},"limit":{"description":"A count, or for max-plan-monthly-increase-usd an amount of USD a month.","anyOf":[{"$ref":"#/$defs/count"},{"$ref":"#/$defs/usd"}]},"message":{"type":"string"}}}},"checks":{"description":"Every check in force, passed or not: the thresholds set, fail-on-scan-errors, fail-on-policy-denied, and `coverage` (always on: fails when no account-region\'s network interfaces or addresses could be read). With Terraform plans: max-plan-added and max-plan-monthly-increase-usd.","type":"array","items":{"type":"object","additionalProperties":false,"required":["input","count","limit","bound","passed","message"],"properties":{"input":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"count":{"description":"A count, or for max-plan-monthly-increase-usd an amount of USD a month.","anyOf":[{"$ref":"#/$defs/count"},{"$ref":"#/$defs/usd"}]},"limit":{"description":"A count, or for max-plan-monthly-increase-usd an amount of USD a month.","anyOf":[{"$ref":"#/$defs/count"},{"$ref":"#/$defs/usd"}]},"bound":{"enum":["max","min"]},"passed":{"type":"boolean"},"message":{"type":"string"}}}}}},"suppressions":{"type":"object","additionalProperties":false,"required":["suppressed","expired","unused"],"properties":{"suppressed":{"$ref":"#/$defs/count"},"expired":{"type":"array","items":{"$ref":"#/$defs/suppressionEntry"}},"unused":{"type":"array","items":{"$ref":"#/$defs/suppressionEntry"}}}},"baseline":{"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["source","newFindings","goneFindings","changedSuspicion","unchanged","newUnassociatedEips","monthlyCostDeltaUsd"],"properties":{"source":{"type":"string"},"newFindings":{"type":"array","items":{"$ref":"#/$defs/baselineChange"}},"goneFindings":{"type":"array","items":{"$ref":"#/$defs/baselineChange"}},"changedSuspicion":{"type":"array","items":{"$ref":"#/$defs/baselineChange"}},"unchanged":{"$ref":"#/$defs/count"},"newUnassociatedEips":{"type":"array","items":{"type":"string"}},"monthlyCostDeltaUsd":{"description":"This run\'s monthly cost minus the baseline\'s, over the account-regions both read completely (in reports of older releases: over everything each read).","type":"number","minimum":-10000000000000,"maximum":10000000000000},"notCompared":{"description":"Baseline findings absent from this run in account-regions that this run or the baseline did not read completely: neither gone nor kept, not compared. Absent in reports of older releases.","$ref":"#/$defs/count"},"scope":{"description":"What each run read completely, and both runs\' distinct addresses and monthly cost over what both read. Absent in reports of older releases.","type":"object","additionalProperties":false,"required":["same","common","onlyBaseline","onlyThisRun","baseline","thisRun"],"properties":{"same":{"type":"boolean"},"common":{"$ref":"#/$defs/count"},"onlyBaseline":{"$ref":"#/$defs/count"},"onlyThisRun":{"$ref":"#/$defs/count"},"baseline":{"$ref":"#/$defs/scopeFigures"},"thisRun":{"$ref":"#/$defs/scopeFigures"}}}}}]},"history":{"description":"The trend across runs: the runs before this one as its baseline carried them (else the baseline\'s own run), oldest first, then this run; the last 104. Only this run when there was no baseline. Absent in reports of older releases.","type":"array","items":{"$ref":"#/$defs/historyEntry"}},"findings":{"type":"object","additionalProperties":false,"required":["eniPublicIps","associatedEips","unassociatedEips","autoAssignSubnets","vpnConnections","globalAccelerators"],"properties":{"eniPublicIps":{"type":"array","items":{"$ref":"#/$defs/eniPublicIp"}},"associatedEips":{"type":"array","items":{"$ref":"#/$defs/elasticIp"}},"unassociatedEips":{"type":"array","items":{"$ref":"#/$defs/elasticIp"}},"autoAssignSubnets":{"type":"array","items":{"$ref":"#/$defs/autoAssignSubnet"}},"vpnConnections":{"type":"array","items":{"$ref":"#/$defs/vpnConnection"}},"globalAccelerators":{"type":"array","items":{"$ref":"#/$defs/globalAccelerator"}}}},"reconciliation":{"description":"Present only when a reconciliation is on.","type":"object","additionalProperties":false,"required":["ipam","billing"],"properties":{"ipam":{"oneOf":[{"description":"VPC IPAM\'s discovered public addresses against the scan, per account-region (ipam-resource-discovery-id); null when off.","type":"object","additionalProperties":false,"required":["resourceDiscoveryId","accountId","homeRegion","sampleWindowHours","missedCount","notComparedCount","unavailableRegions","rows"],"properties":{"resourceDiscoveryId":{"type":"string","pattern":"^ipam-res-disco-[0-9a-f]{8,32}$"},"accountId":{"$ref":"#/$defs/accountId"},"homeRegion":{"$ref":"#/$defs/region"},"sampleWindowHours":{"type":"number","minimum":0,"maximum":8784},"missedCount":{"$ref":"#/$defs/count"},"notComparedCount":{"$ref":"#/$defs/count"},"unavailableRegions":{"type":"array","items":{"$ref":"#/$defs/region"}},"rows":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","region","status","reason","scanned","ipam","missed","stale","outsideScan","notYetInIpam"],"properties":{"accountId":{"type":"string"},"region":{"type":"string"},"status":{"enum":["compared","not-compared"]},"reason":{"enum":["not scanned","scan incomplete","IPAM unavailable",null]},"scanned":{"$ref":"#/$defs/count"},"ipam":{"$ref":"#/$defs/count"},"missed":{"type":"array","items":{"$ref":"#/$defs/ipamAddress"}},"stale":{"type":"array","items":{"$ref":"#/$defs/ipamAddress"}},"outsideScan":{"type":"array","items":{"$ref":"#/$defs/ipamAddress"}},"notYetInIpam":{"type":"array","items":{"$ref":"#/$defs/ipv4"}}}}}}},{"type":"null"}]},"billing":{"oneOf":[{"description":"The bill (Cost Explorer) against the scan, per account (reconcile-billing); null when off.","type":"object","additionalProperties":false,"required":["callerAccountId","periods","available","scope","scopeEvidence","margin","flaggedCount","unexplainedHours","billedLastMonthUsd","accounts"],"properties":{"callerAccountId":{"$ref":"#/$defs/accountId"},"periods":{"type":"object","additionalProperties":false,"required":["lastMonth","monthToDate"],"properties":{"lastMonth":{"$ref":"#/$defs/billingPeriod"},"monthToDate":{"oneOf":[{"$ref":"#/$defs/billingPeriod"},{"type":"null"}]}}},"available":{"description":"false: Cost Explorer could not be read (a scan error); nothing was compared.","type":"boolean"},"scope":{"description":"`payer`: the bill covers every linked account; `caller-only`: only the caller\'s (Cost Explorer asked from another than the management account).","enum":["payer","caller-only",null]},"scopeEvidence":{"$ref":"#/$defs/nullableString"},"margin":{"oneOf":[{"type":"object","additionalProperties":false,"required":["addresses","fraction"],"properties":{"addresses":{"type":"number","minimum":0,"maximum":4294967296},"fraction":{"type":"number","minimum":0,"maximum":1}}},{"type":"null"}]},"flaggedCount":{"$ref":"#/$defs/count"},"unexplainedHours":{"$ref":"#/$defs/hours"},"billedLastMonthUsd":{"oneOf":[{"$ref":"#/$defs/usd"},{"type":"null"}]},"accounts":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["accountId","accountName","status","reason","lastMonth","monthToDate","byRegion","scannedCharged","scannedIdle","unexplainedHours","excessAverage","flagged"],"properties":{"accountId":{"type":"string"},"accountName":{"$ref":"#/$defs/nullableString"},"status":{"enum":["compared","not-compared"]},"reason":{"enum":["not covered by the bill","not scanned","scan incomplete",null]},"lastMonth":{"$ref":"#/$defs/billedPeriod"},"monthToDate":{"$ref":"#/$defs/billedPeriod"},"byRegion":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["region","lastMonthHours","lastMonthCostUsd","monthToDateHours","monthToDateCostUsd"],"properties":{"region":{"type":"string"},"lastMonthHours":{"$ref":"#/$defs/hours"},"lastMonthCostUsd":{"$ref":"#/$defs/usd"},"monthToDateHours":{"$ref":"#/$defs/hours"},"monthToDateCostUsd":{"$ref":"#/$defs/usd"}}}},"scannedCharged":{"$ref":"#/$defs/count"},"scannedIdle":{"$ref":"#/$defs/count"},"unexplainedHours":{"$ref":"#/$defs/hours"},"excessAverage":{"type":"number","minimum":-4294967296,"maximum":137438953472},"flagged":{"type":"boolean"}}}}}},{"type":"null"}]}}}},"$defs":{"accountId":{"type":"string","pattern":"^\\\\d{12}$"},"region":{"type":"string","pattern":"^[a-z]{2}(?:-[a-z]+)+-\\\\d+$"},"ipv4":{"type":"string","pattern":"^(?:(?:25[0-5]|2[0-4]\\\\d|1\\\\d\\\\d|[1-9]?\\\\d)\\\\.){3}(?:25[0-5]|2[0-4]\\\\d|1\\\\d\\\\d|[1-9]?\\\\d)$"},"timestamp":{"description":"UTC, as Date.prototype.toISOString writes it, from 1970 on; the day must exist (readers check what a pattern cannot, such as 02-30).","type":"string","pattern":"^(?:19[7-9]\\\\d|[2-9]\\\\d{3})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\\\d|3[01])T(?:[01]\\\\d|2[0-3]):[0-5]\\\\d:[0-5]\\\\d\\\\.\\\\d{3}Z$"},"count":{"description":"A whole number of addresses, findings, accounts or account-regions: never more than the 2^32 IPv4 addresses there are.","type":"integer","minimum":0,"maximum":4294967296},"usd":{"description":"US dollars a month, rounded to cents: at most 10 trillion (every IPv4 address there is, at the highest price-per-ip-hour allowed, costs 3.1 trillion).","type":"number","minimum":0,"maximum":10000000000000},"scopeFigures":{"description":"Distinct public IPv4 addresses and their monthly cost.","type":"object","additionalProperties":false,"required":["addresses","monthlyUsd"],"properties":{"addresses":{"$ref":"#/$defs/count"},"monthlyUsd":{"$ref":"#/$defs/usd"}}},"pricePerIpHour":{"description":"USD per public IPv4 address-hour: the price-per-ip-hour input, 0 to 1.","type":"number","minimum":0,"maximum":1},"nullableString":{"type":["string","null"]},"suspicion":{"enum":["LOW","MODERATE","HIGH","UNKNOWN"]},"suspicionCounts":{"type":"object","additionalProperties":false,"required":["LOW","MODERATE","HIGH","UNKNOWN"],"properties":{"LOW":{"$ref":"#/$defs/count"},"MODERATE":{"$ref":"#/$defs/count"},"HIGH":{"$ref":"#/$defs/count"},"UNKNOWN":{"$ref":"#/$defs/count"}}},"options":{"description":"The options the scan ran with. Never a credential or the ExternalId itself.","type":"object","additionalProperties":false,"required":["mode","awsRegion","regions","accounts","memberRoleName","externalIdSet","credentials","concurrency","pricePerIpHour","thresholds"],"properties":{"mode":{"enum":["single-account","multi-account"]},"awsRegion":{"$ref":"#/$defs/region"},"regions":{"description":"null: every region enabled in each account.","oneOf":[{"type":"array","items":{"$ref":"#/$defs/region"}},{"type":"null"}]},"excludeRegions":{"description":"Regions left out of every enabled region; null: none.","oneOf":[{"type":"array","items":{"$ref":"#/$defs/region"}},{"type":"null"}]},"accounts":{"description":"null: every account of the organisation (or the caller\'s, in single-account mode).","oneOf":[{"type":"array","items":{"$ref":"#/$defs/accountId"}},{"type":"null"}]},"organizationalUnits":{"description":"The roots and organizational units whose accounts were scanned (nested OUs included); null: not used. Absent in reports older than it.","oneOf":[{"type":"array","items":{"type":"string","pattern":"^(?:r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"}},{"type":"null"}]},"excludeAccounts":{"description":"Accounts left out on purpose (listed in uncheckedAccounts as `excluded`); null: none.","oneOf":[{"type":"array","items":{"$ref":"#/$defs/accountId"}},{"type":"null"}]},"memberRoleName":{"type":"string"},"externalIdSet":{"type":"boolean"},"credentials":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["ambient","profile","static","web-identity"]}}},"concurrency":{"type":"integer","minimum":1,"maximum":256},"requestTimeoutSeconds":{"description":"Seconds an AWS request could wait for its answer; a call that timed out was tried 3 times in all.","type":"integer","minimum":1,"maximum":600},"pricePerIpHour":{"$ref":"#/$defs/pricePerIpHour"},"thresholds":{"type":"object","additionalProperties":false,"required":["maxHighSuspicion","maxUnassociatedEips","failOnScanErrors"],"properties":{"maxHighSuspicion":{"oneOf":[{"$ref":"#/$defs/count"},{"type":"null"}]},"maxUnassociatedEips":{"oneOf":[{"$ref":"#/$defs/count"},{"type":"null"}]},"maxIpamMissed":{"description":"null: not set. Absent in reports older than it.","oneOf":[{"$ref":"#/$defs/count"},{"type":"null"}]},"failOnScanErrors":{"type":"boolean"},"failOnPolicyDenied":{"description":"Whether account-regions denied by an organisation policy failed the gate (`fail-on-policy-denied`); absent in reports older than it.","type":"boolean"}}},"ipam":{"description":"The IPAM cross-check (ipam-resource-discovery-id, ipam-account: null is the caller\'s); absent when off.","type":"object","additionalProperties":false,"required":["resourceDiscoveryId","accountId"],"properties":{"resourceDiscoveryId":{"type":"string","pattern":"^ipam-res-disco-[0-9a-f]{8,32}$"},"accountId":{"oneOf":[{"$ref":"#/$defs/accountId"},{"type":"null"}]}}},"reconcileBilling":{"description":"Present (true) when the bill was compared.","const":true}}},"eniPublicIp":{"description":"One public IPv4 address on one network interface.","type":"object","additionalProperties":false,"required":["key","ownerAccountId","region","interfaceId","address","vpcId","subnetId","interfaceType","addressType","suspicion","reasons","scannedAccountId","privateIp","isPrimary","allocationId","ipOwnerId","byoip","instanceId","description","monthlyCostUsd","suppressionReason"],"properties":{"key":{"description":"ownerAccountId/region/interfaceId/address: the same finding has the same key in every run.","type":"string","pattern":"^\\\\d{12}/[^/]+/[^/]+/[^/]+$"},"ownerAccountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"},"interfaceId":{"type":"string"},"address":{"$ref":"#/$defs/ipv4"},"vpcId":{"type":"string"},"subnetId":{"type":"string"},"interfaceType":{"type":"string"},"addressType":{"enum":["Elastic IP","Public IP"]},"suspicion":{"$ref":"#/$defs/suspicion"},"reasons":{"type":"array","items":{"type":"string"}},"service":{"description":"The owning service, in VPC IPAM\'s names where it has one (load-balancer, nat-gateway, relational-database-service, ...), else ec2, unattached, vpc-endpoint, workspaces, ... or other.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"resourceId":{"description":"The owning resource where a field AWS vouches for names it: an instance id, nat-..., app/NAME/ID, vpce-... (never read from a description the account could write).","$ref":"#/$defs/nullableString"},"managedBy":{"description":"Operator.Principal of a managed interface (e.g. eks.amazonaws.com): only that service can change it. null when the interface is not managed. Absent in reports of older releases.","$ref":"#/$defs/nullableString"},"scannedAccountId":{"$ref":"#/$defs/accountId"},"privateIp":{"type":"string"},"isPrimary":{"type":"boolean"},"allocationId":{"$ref":"#/$defs/nullableString"},"associationId":{"$ref":"#/$defs/nullableString"},"ipOwnerId":{"$ref":"#/$defs/nullableString"},"byoip":{"type":"boolean"},"instanceId":{"$ref":"#/$defs/nullableString"},"description":{"description":"Set by whoever created the interface: untrusted text.","$ref":"#/$defs/nullableString"},"monthlyCostUsd":{"$ref":"#/$defs/usd"},"action":{"$ref":"#/$defs/recommendedAction"},"suppressionReason":{"$ref":"#/$defs/nullableString"}}},"elasticIp":{"type":"object","additionalProperties":false,"required":["key","accountId","region","publicIp","allocationId","pool","byoip","associationId","networkInterfaceId","instanceId","privateIp","networkBorderGroup","name","monthlyCostUsd","suppressionReason"],"properties":{"key":{"description":"accountId/region/allocationId (the public IP when there is no allocation id).","type":"string","pattern":"^\\\\d{12}/[^/]+/[^/]+$"},"accountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"},"publicIp":{"$ref":"#/$defs/ipv4"},"allocationId":{"$ref":"#/$defs/nullableString"},"pool":{"description":"\'amazon\' for Amazon-owned addresses, else the BYOIP pool id.","type":"string"},"byoip":{"type":"boolean"},"associationId":{"$ref":"#/$defs/nullableString"},"networkInterfaceId":{"$ref":"#/$defs/nullableString"},"instanceId":{"$ref":"#/$defs/nullableString"},"privateIp":{"$ref":"#/$defs/nullableString"},"networkBorderGroup":{"$ref":"#/$defs/nullableString"},"name":{"description":"The Name tag: untrusted text.","$ref":"#/$defs/nullableString"},"monthlyCostUsd":{"$ref":"#/$defs/usd"},"action":{"$ref":"#/$defs/recommendedAction"},"suppressionReason":{"$ref":"#/$defs/nullableString"}}},"autoAssignSubnet":{"description":"A subnet that auto-assigns public IPv4 addresses but has no route to an internet gateway.","type":"object","additionalProperties":false,"required":["key","ownerAccountId","region","vpcId","subnetId","scannedAccountId","cidrBlock","availabilityZone"],"properties":{"key":{"type":"string","pattern":"^\\\\d{12}/[^/]+/[^/]+$"},"ownerAccountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"},"vpcId":{"type":"string"},"subnetId":{"type":"string"},"scannedAccountId":{"$ref":"#/$defs/accountId"},"cidrBlock":{"$ref":"#/$defs/nullableString"},"availabilityZone":{"$ref":"#/$defs/nullableString"},"action":{"$ref":"#/$defs/recommendedAction"}}},"vpnConnection":{"type":"object","additionalProperties":false,"required":["key","accountId","region","connectionId","addresses","state","monthlyCostUsd"],"properties":{"key":{"type":"string","pattern":"^\\\\d{12}/[^/]+/[^/]+$"},"accountId":{"$ref":"#/$defs/accountId"},"region":{"$ref":"#/$defs/region"},"connectionId":{"type":"string"},"addresses":{"description":"The public outside addresses of the connection\'s tunnels.","type":"array","items":{"$ref":"#/$defs/ipv4"},"minItems":1},"state":{"$ref":"#/$defs/nullableString"},"monthlyCostUsd":{"$ref":"#/$defs/usd"}}},"globalAccelerator":{"type":"object","additionalProperties":false,"required":["key","ownerAccountId","arn","name","kind","addresses","monthlyCostUsd"],"properties":{"key":{"description":"The accelerator\'s ARN.","type":"string"},"ownerAccountId":{"$ref":"#/$defs/accountId"},"arn":{"type":"string","pattern":"^arn:aws[\\\\w-]*:globalaccelerator::"},"name":{"$ref":"#/$defs/nullableString"},"kind":{"enum":["STANDARD","CUSTOM_ROUTING"]},"addresses":{"type":"array","items":{"$ref":"#/$defs/ipv4"},"minItems":1},"monthlyCostUsd":{"$ref":"#/$defs/usd"}}},"suppressionEntry":{"type":"object","additionalProperties":false,"required":["source","reason","expires"],"properties":{"source":{"type":"string"},"reason":{"type":"string"},"expires":{"$ref":"#/$defs/nullableString"}}},"baselineChange":{"type":"object","additionalProperties":false,"required":["key","address","suspicion","previousSuspicion"],"properties":{"key":{"type":"string"},"address":{"type":"string"},"suspicion":{"anyOf":[{"$ref":"#/$defs/suspicion"},{"type":"null"}]},"previousSuspicion":{"anyOf":[{"$ref":"#/$defs/suspicion"},{"type":"null"}]}}},"actionKind":{"description":"The kind of recommended action.","enum":["remove-public-ip","release-elastic-ip","release-unassociated-elastic-ip","delete-interface","delete-nat-gateway","make-load-balancer-internal","turn-off-public-access","use-instance-connect","stop-auto-assign"]},"recommendedAction":{"description":"What to do about a finding: advice, the AWS CLI commands that do it (run in order; none when no single command does), and what it saves a month. null when nothing should be done.","type":["object","null"],"additionalProperties":false,"required":["kind","advice","commands","monthlySavingUsd"],"properties":{"kind":{"$ref":"#/$defs/actionKind"},"advice":{"type":"string"},"commands":{"type":"array","items":{"type":"string","pattern":"^aws "}},"monthlySavingUsd":{"$ref":"#/$defs/usd"}}},"historyEntry":{"description":"One run: when it started, what the addresses cost, how many there were, and how much of the organisation it read.","type":"object","additionalProperties":false,"required":["startedAt","monthlyCostUsd","potentialSavingsUsd","publicIpv4Addresses","bySuspicion","unassociatedEips","accountRegionsPlanned","accountRegionsComplete"],"properties":{"startedAt":{"description":"The scan\'s start (scan.startedAt).","$ref":"#/$defs/timestamp"},"monthlyCostUsd":{"description":"cost.totalMonthlyUsd.","$ref":"#/$defs/usd"},"potentialSavingsUsd":{"description":"cost.potentialSavingsUsd.","$ref":"#/$defs/usd"},"publicIpv4Addresses":{"description":"totals.publicIpv4Addresses: distinct public IPv4 addresses, each counted once.","$ref":"#/$defs/count"},"bySuspicion":{"description":"totals.bySuspicion: addresses on network interfaces by suspicion.","$ref":"#/$defs/suspicionCounts"},"unassociatedEips":{"description":"totals.unassociatedEips: unassociated Elastic IPs, BYOIP included.","$ref":"#/$defs/count"},"accountRegionsPlanned":{"description":"coverage.planned: account-regions the scan set out to read.","$ref":"#/$defs/count"},"accountRegionsComplete":{"description":"coverage.complete: of those, the ones read without a failed call.","$ref":"#/$defs/count"},"scope":{"description":"Which account-regions (and accounts\' Global Accelerator listings) the run read completely: sha256 of their sorted account/region keys, first 16 hex digits. Runs with the same scope read the same ones; the trend compares runs of different scopes only over what both read, or not at all. Absent in the history of reports of older releases.","type":"string","pattern":"^sha256:[0-9a-f]{16}$"}}},"countChange":{"description":"A change in a number of addresses, negative when it goes down: bounded as a count.","type":"integer","minimum":-4294967296,"maximum":4294967296},"usdChange":{"description":"A change in US dollars a month, rounded to cents; negative when the bill goes down.","type":"number","minimum":-10000000000000,"maximum":10000000000000},"planTotals":{"type":"object","additionalProperties":false,"required":["changes","added","removed","net","chargedChange","monthlyChangeUsd","unknowns","flags"],"properties":{"changes":{"description":"Resource changes judged.","$ref":"#/$defs/count"},"added":{"description":"Public IPv4 addresses added.","$ref":"#/$defs/count"},"removed":{"description":"Public IPv4 addresses removed.","$ref":"#/$defs/count"},"net":{"description":"added - removed: what max-plan-added compares (at least 0).","$ref":"#/$defs/countChange"},"chargedChange":{"description":"The change in charged addresses (BYOIP and customer-owned ones are free).","$ref":"#/$defs/countChange"},"monthlyChangeUsd":{"description":"chargedChange x pricePerIpHour x hoursPerMonth: what max-plan-monthly-increase-usd compares (at least 0).","$ref":"#/$defs/usdChange"},"unknowns":{"description":"Changes whose count depends on what the plan cannot know yet: their counts are lower bounds.","$ref":"#/$defs/count"},"flags":{"description":"Changes carrying each flag.","type":"object","additionalProperties":false,"properties":{"byoip":{"$ref":"#/$defs/count"},"customer-owned":{"$ref":"#/$defs/count"},"unassociated-eip":{"$ref":"#/$defs/count"},"counted-elsewhere":{"$ref":"#/$defs/count"},"existing-eip":{"$ref":"#/$defs/count"},"eip-stays":{"$ref":"#/$defs/count"},"replaced":{"$ref":"#/$defs/count"},"auto-assign-on":{"$ref":"#/$defs/count"},"auto-assign-off":{"$ref":"#/$defs/count"},"default-subnet":{"$ref":"#/$defs/count"},"scales":{"$ref":"#/$defs/count"},"primary-only":{"$ref":"#/$defs/count"},"forgotten":{"$ref":"#/$defs/count"},"no-internet-route":{"$ref":"#/$defs/count"}}}}},"planChange":{"type":"object","additionalProperties":false,"required":["address","moduleAddress","type","name","index","deposed","actions","added","removed","chargedChange","monthlyChangeUsd","dependsOn","flags"],"properties":{"address":{"description":"As the plan lists it, e.g. module.net[\\"a\\"].aws_eip.nat[0]: written by the plan\'s author.","type":"string"},"moduleAddress":{"type":"string"},"type":{"type":"string"},"name":{"type":"string"},"index":{"description":"The count index or for_each key; null without count/for_each.","anyOf":[{"type":"integer","minimum":0,"maximum":4294967296},{"type":"string"},{"type":"null"}]},"deposed":{"$ref":"#/$defs/nullableString"},"actions":{"type":"array","items":{"type":"string"}},"added":{"$ref":"#/$defs/count"},"removed":{"$ref":"#/$defs/count"},"chargedChange":{"$ref":"#/$defs/countChange"},"monthlyChangeUsd":{"$ref":"#/$defs/usdChange"},"dependsOn":{"description":"What the count waits for (\\"depends on\\"); empty when the plan tells it all.","type":"array","items":{"type":"object","additionalProperties":false,"required":["resource","attribute","reason"],"properties":{"resource":{"type":"string"},"attribute":{"type":"string"},"reason":{"type":"string"}}}},"flags":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["code","text"],"properties":{"code":{"enum":["byoip","customer-owned","unassociated-eip","counted-elsewhere","existing-eip","eip-stays","replaced","auto-assign-on","auto-assign-off","default-subnet","scales","primary-only","forgotten","no-internet-route"]},"text":{"type":"string"}}}}}},"plan":{"description":"What the pull request\'s Terraform plans (terraform-plan, check-terraform-plan) change: the public IPv4 addresses each resource change adds and removes, priced as the scan prices.","type":"object","additionalProperties":false,"required":["pricePerIpHour","hoursPerMonth","totals","files","checks"],"properties":{"pricePerIpHour":{"$ref":"#/$defs/pricePerIpHour"},"hoursPerMonth":{"const":730},"totals":{"$ref":"#/$defs/planTotals"},"files":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["file","formatVersion","terraformVersion","totals","changes"],"properties":{"file":{"description":"The path as given.","type":"string"},"formatVersion":{"type":"string","pattern":"^\\\\d+\\\\.\\\\d+$"},"terraformVersion":{"$ref":"#/$defs/nullableString"},"totals":{"$ref":"#/$defs/planTotals"},"changes":{"type":"array","items":{"$ref":"#/$defs/planChange"}}}}},"checks":{"description":"The plan\'s gate checks in force (also in gate.checks).","$ref":"#/properties/gate/properties/checks"}}},"hours":{"description":"Hours: at most every IPv4 address there is for a month and a day (2^32 x 768).","type":"number","minimum":0,"maximum":3298534883328},"scanRegion":{"description":"A region, or `global` for accelerator addresses.","anyOf":[{"$ref":"#/$defs/region"},{"const":"global"}]},"ipamAddress":{"description":"An address IPAM lists that the scan does not hold, with what IPAM says of it; ageHours: from its sample to the scan\'s start (0 when sampled after it).","type":"object","additionalProperties":false,"required":["address","addressType","service","serviceResource","networkInterfaceId","sampleTime","ageHours"],"properties":{"address":{"$ref":"#/$defs/ipv4"},"addressType":{"$ref":"#/$defs/nullableString"},"service":{"$ref":"#/$defs/nullableString"},"serviceResource":{"$ref":"#/$defs/nullableString"},"networkInterfaceId":{"$ref":"#/$defs/nullableString"},"sampleTime":{"oneOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"ageHours":{"oneOf":[{"$ref":"#/$defs/hours"},{"type":"null"}]}}},"billingPeriod":{"description":"A period of the bill: start inclusive, end exclusive (UTC days).","type":"object","additionalProperties":false,"required":["start","end","hours"],"properties":{"start":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"end":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"hours":{"type":"number","minimum":0,"maximum":768}}},"billedPeriod":{"oneOf":[{"description":"What the bill says of an account in a period; null when the bill does not cover it.","type":"object","additionalProperties":false,"required":["start","end","hours","inUseHours","idleHours","addressHours","contiguousBlockHours","costUsd","billedAverage","estimated"],"properties":{"start":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"end":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"hours":{"type":"number","minimum":0,"maximum":768},"inUseHours":{"$ref":"#/$defs/hours"},"idleHours":{"$ref":"#/$defs/hours"},"addressHours":{"$ref":"#/$defs/hours"},"contiguousBlockHours":{"$ref":"#/$defs/hours"},"costUsd":{"$ref":"#/$defs/usd"},"billedAverage":{"description":"addressHours / hours: the average number of addresses billed.","type":"number","minimum":0,"maximum":137438953472},"estimated":{"type":"boolean"}}},{"type":"null"}]}}}');

/***/ })

};
