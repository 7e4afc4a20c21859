// The shape every resource type's rule has: given one side of a change (the object before, or
// after), how many public IPv4 addresses that object holds, how many of them are free (BYOIP),
// what the count waits for and what a reviewer should notice.
import { expressionAt, type PathStep, type ValueView } from '../attributes.js';
import type { PlanIndex, PlanInstance } from '../planIndex.js';
import type { PlanLinks } from '../planLinks.js';
import type { ConfigExpression, ConfigExpressions } from '../terraformPlan.js';
import type { PlanDependency, PlanFlag, PlanFlagCode } from '../types.js';

type Side = 'before' | 'after';

export interface RuleInput {
  index: PlanIndex;
  links: PlanLinks;
  instance: PlanInstance;
  side: Side;
  view: ValueView;
  /** The resource's configuration, when the plan has it (never for the before side). */
  expressions: ConfigExpressions | undefined;
  /** Whether the plan has the resource's configuration at all. */
  hasConfig: boolean;
}

export interface SideAddresses {
  /** Public IPv4 addresses the object holds (a lower bound when dependsOn is not empty). */
  count: number;
  /** Of those, the ones not charged (BYOIP). */
  free: number;
  dependsOn: PlanDependency[];
  flags: PlanFlag[];
}

export type AddressRule = (input: RuleInput) => SideAddresses;

export function addresses(count: number, more: Partial<SideAddresses> = {}): SideAddresses {
  return { count, free: 0, dependsOn: [], flags: [], ...more };
}

export const NONE: SideAddresses = Object.freeze(addresses(0)) as SideAddresses;

export function flag(code: PlanFlagCode, text: string): PlanFlag {
  return { code, text };
}

export const KNOWN_AFTER_APPLY = 'known after apply';
export const NOT_IN_PLAN = 'not in this plan';

export function dependency(resource: string, attribute: string, reason: string): PlanDependency {
  return { resource, attribute, reason };
}

/** This object's attribute, known only after apply. */
export function unknownHere(input: RuleInput, ...path: PathStep[]): PlanDependency {
  return dependency(input.instance.address, pathText(path), KNOWN_AFTER_APPLY);
}

/** `subnet_mapping[0].allocation_id`. */
export function pathText(path: readonly PathStep[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Whether the configuration sets an argument. An unknown Optional+Computed argument that is not
 * set takes AWS's default; one that is set waits for its value. Without the configuration, an
 * argument counts as set: the rule then waits rather than assume the default.
 */
export function isConfigured(input: RuleInput, ...path: PathStep[]): boolean {
  if (!input.hasConfig) return true;
  return configuredExpression(input, ...path) !== undefined;
}

function configuredExpression(input: RuleInput, ...path: PathStep[]): ConfigExpression | undefined {
  return expressionAt(input.expressions, ...path);
}

/** The view of another instance on the same side as the change being judged. */
export function sideOf(input: RuleInput, instance: PlanInstance): ValueView | undefined {
  return input.side === 'after' ? input.index.after(instance) : input.index.before(instance);
}

/** Whether the configuration has a nested block (or blocks) of this name. */
export function isBlockConfigured(input: RuleInput, name: string): boolean {
  if (!input.hasConfig) return true;
  const block = input.expressions?.[name];
  if (Array.isArray(block)) return block.length > 0;
  return block !== undefined && block !== null && typeof block === 'object';
}
