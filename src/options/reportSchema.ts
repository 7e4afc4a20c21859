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
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };

/** Enough to say what is wrong without burying it (alternatives fail together). */
const MAX_ERRORS = 3;

let compiled: { report: ValidateFunction; history: ValidateFunction } | undefined;

function validators() {
  if (compiled === undefined) {
    const ajv = new Ajv2020({ strict: true, removeAdditional: true });
    const report = ajv.compile(schema);
    // `{ history }` against the schema's `history` alone, so errors read `/history/...`.
    const history = ajv.compile({
      type: 'object',
      properties: { history: { $ref: `${schema.$id}#/properties/history` } },
    });
    compiled = { report, history };
  }
  return compiled;
}

const TIMESTAMP_PATTERN = schema.$defs.timestamp.pattern;

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath;
  const params = error.params as {
    allowedValue?: unknown;
    allowedValues?: unknown[];
    pattern?: string;
  };
  if (error.keyword === 'pattern' && params.pattern === TIMESTAMP_PATTERN) {
    return `${where} must be a UTC time like 2026-11-23T06:00:00.000Z`;
  }
  if (error.keyword === 'const') return `${where} must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'enum') {
    return `${where} must be one of ${(params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** What makes `doc` not a report.json, as `/json/pointer must ...`; empty when it is one. */
export function reportSchemaErrors(doc: unknown): string[] {
  const validate = validators().report;
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, MAX_ERRORS).map(describe);
}

/**
 * The times of a schema-valid report or history that name no instant (a day such as 02-30,
 * which a pattern cannot refuse and Date would silently move), as `/json/pointer` messages.
 */
export function unrealTimes(times: readonly [pointer: string, time: string][]): string[] {
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
export function historySchemaErrors(history: unknown): string[] {
  const validate = validators().history;
  if (validate({ history })) return [];
  return (validate.errors ?? []).slice(0, MAX_ERRORS).map(describe);
}
