// Serialises a JSON document piece by piece, so a report with tens of thousands of findings is
// never held as one string. Objects and arrays are laid out one member per line; each array item
// is written compactly on its own line (one finding per line reads well and diffs well).

/** An array whose items are produced while writing (e.g. findings mapped row by row). */
export class LazyArray<T = unknown> {
  constructor(readonly items: Iterable<T>) {}
}

/** A document of type `T` as it is handed to jsonChunks: any of its arrays may be lazy. */
export type Streamed<T> = T extends readonly (infer U)[]
  ? readonly Streamed<U>[] | LazyArray<Streamed<U>>
  : T extends object
    ? { [K in keyof T]: Streamed<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function* arrayChunks(items: Iterable<unknown>, indent: string): Generator<string> {
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
function refuseUnwritable(value: unknown): void {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new TypeError(`report.json cannot hold ${String(value)}`);
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) refuseUnwritable(item);
    return;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key)) refuseUnwritable((value as Record<string, unknown>)[key]);
  }
}

function leaf(value: unknown): string {
  refuseUnwritable(value);
  return JSON.stringify(value);
}

/** The chunks of `value` as JSON; members appear in insertion order, so output is deterministic. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof LazyArray) {
    yield* arrayChunks(value.items, indent);
  } else if (Array.isArray(value)) {
    yield* arrayChunks(value, indent);
  } else if (isPlainObject(value)) {
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
  } else {
    yield leaf(value);
  }
}
