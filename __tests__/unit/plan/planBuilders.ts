// Small plans in the documented JSON format for one rule at a time: a change, the prior state it
// is read with, and the configuration that says what was set. Fixture files hold whole plans.
import path from 'node:path';
import type {
  ConfigExpressions,
  ConfigResource,
  JsonObject,
  PlanResourceChange,
  StateResource,
  TerraformPlan,
} from '../../../src/plan/terraformPlan.js';
import { dependencyText } from '../../../src/plan/dependencyText.js';
import type { PlanAddressChange } from '../../../src/plan/types.js';

export const FIXTURES = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '__fixtures__',
  'terraform',
);
export const PRICE = { pricePerIpHour: 0.005 };

function split(address: string) {
  const [type = '', rest = ''] = address.split('.');
  const match = /^([\w-]+)(?:\[(\d+|"[^"]*")\])?$/.exec(rest);
  const name = match?.[1] ?? rest;
  const key = match?.[2];
  const index =
    key === undefined ? undefined : key.startsWith('"') ? key.slice(1, -1) : Number(key);
  return { type, name, ...(index === undefined ? {} : { index }) };
}

/** A change to a root-module resource: `create('aws_eip.a', after, afterUnknown)`. */
export function change(
  address: string,
  actions: string[],
  sides: { before?: JsonObject | null; after?: JsonObject | null; unknown?: JsonObject },
): PlanResourceChange {
  return {
    address,
    mode: 'managed',
    ...split(address),
    change: {
      actions,
      before: sides.before ?? null,
      after: sides.after ?? null,
      after_unknown: sides.unknown ?? {},
    },
  };
}

export const create = (address: string, after: JsonObject, unknown: JsonObject = {}) =>
  change(address, ['create'], { after, unknown });
export const remove = (address: string, before: JsonObject) =>
  change(address, ['delete'], { before });
export const update = (
  address: string,
  before: JsonObject,
  after: JsonObject,
  unknown: JsonObject = {},
) => change(address, ['update'], { before, after, unknown });

export function state(address: string, values: JsonObject): StateResource {
  return { address, mode: 'managed', ...split(address), values };
}

/** A resource's configuration; a resource in `changes` without one is judged without it. */
export function config(address: string, expressions: ConfigExpressions): ConfigResource {
  const { type, name } = split(address);
  return { address, mode: 'managed', type, name, expressions };
}

export const ref = (...references: string[]) => ({ references });
export const constant = (value: unknown) => ({ constant_value: value as never });

export function plan(parts: {
  changes: PlanResourceChange[];
  state?: StateResource[];
  config?: ConfigResource[];
}): TerraformPlan {
  return {
    format_version: '1.2',
    planned_values: { root_module: {} },
    resource_changes: parts.changes,
    ...(parts.state
      ? { prior_state: { values: { root_module: { resources: parts.state } } } }
      : {}),
    configuration: { root_module: { resources: parts.config ?? [] } },
  };
}

/** A judged change as one line of a table: what a reviewer reads. */
export function row(change: PlanAddressChange) {
  return [
    change.address,
    change.actions.join('+'),
    change.added,
    change.removed,
    change.monthlyChangeUsd.toFixed(2),
    change.dependsOn.map(dependencyText),
    change.flags.map((f) => `${f.code}: ${f.text}`),
  ];
}
