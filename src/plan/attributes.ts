// Reading one attribute of a resource as the plan shows it. `after` leaves out what is known only
// after apply and `after_unknown` marks it `true`; the configuration says whether an argument was
// set at all, which tells an unset Optional+Computed argument (AWS's default applies) from one set
// to a value not known yet.
import type {
  ConfigExpression,
  ConfigExpressions,
  JsonObject,
  JsonValue,
} from './terraformPlan.js';

/** One side of an object: its values, and (after apply) which of them are unknown. */
export interface ValueView {
  values: JsonObject;
  /** `after_unknown`, or undefined when every value is known (`before`, state). */
  unknown?: JsonValue;
}

export type PathStep = string | number;

export type Attribute = { known: true; value: JsonValue } | { known: false };

/** A JSON object (not null, not a list). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: JsonValue | undefined, step: PathStep): JsonValue | undefined {
  if (typeof step === 'number') return Array.isArray(node) ? node[step] : undefined;
  return isObject(node) ? node[step] : undefined;
}

/** The value at a path: known (null when absent), or unknown until apply. */
export function attribute(view: ValueView, ...path: PathStep[]): Attribute {
  let value: JsonValue | undefined = view.values;
  let unknown = view.unknown;
  for (const step of path) {
    if (unknown === true) return { known: false };
    unknown = child(unknown, step);
    value = child(value, step);
  }
  if (unknown === true) return { known: false };
  return { known: true, value: value ?? null };
}

/** A known boolean; the launch template's nullable booleans are the strings "true" / "false". */
export function asBoolean(value: JsonValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function asString(value: JsonValue): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function asList(value: JsonValue): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** The expression the configuration gives an argument (nested blocks by index), if any. */
export function expressionAt(
  expressions: ConfigExpressions | undefined,
  ...path: PathStep[]
): ConfigExpression | undefined {
  let node: unknown = expressions;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(step)];
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const expression = node as ConfigExpression;
  if (!('constant_value' in expression) && !('references' in expression)) return undefined;
  if (expression.constant_value === null && expression.references === undefined) return undefined;
  return expression;
}
