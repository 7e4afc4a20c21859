// The instances one resource names in some of its arguments: the Elastic IPs a NAT gateway uses
// (`allocation_id`), the launch template of an Auto Scaling group, the subnets of a load balancer.
// A known id is looked up among the plan's instances (not found: it exists outside the plan); an
// id known only after apply is traced through the configuration's references.
import { isObject, type ValueView } from './attributes.js';
import type { PlanIndex, PlanInstance } from './planIndex.js';
import { resolveReferences } from './resolveReferences.js';
import type { ConfigExpressions, JsonValue } from './terraformPlan.js';

/** A path to arguments; `*` stands for every element of a list or set of blocks. */
export type ArgumentPath = readonly string[];

export interface Linked {
  /** The plan's instances of the wanted types the arguments name, each once. */
  instances: PlanInstance[];
  /** Known ids found nowhere in the plan: they exist outside it. */
  outside: string[];
  /** False when an id known only after apply could not be traced to its resource. */
  complete: boolean;
}

export interface LinkSource {
  index: PlanIndex;
  instance: PlanInstance;
  view: ValueView;
  expressions: ConfigExpressions | undefined;
}

export function linkedInstances(
  source: LinkSource,
  paths: readonly ArgumentPath[],
  types: readonly string[],
): Linked {
  const found = new Map<string, PlanInstance>();
  const outside: string[] = [];
  let complete = true;
  for (const path of paths) {
    for (const id of stringsAt(source.view.values, path)) {
      const matches = types.flatMap((type) => source.index.findById(type, id));
      if (matches.length === 0) outside.push(id);
      for (const match of matches) found.set(match.address, match);
    }
    if (!anyUnknownAt(source.view.unknown, path)) continue;
    const configured = nodesAt(source.expressions, path);
    if (configured.length === 0) {
      // Not set in the configuration: a value the provider computes, which names nothing new.
      // Without the configuration, there is no telling.
      if (source.expressions === undefined) complete = false;
      continue;
    }
    const references = configured.flatMap(collectReferences);
    const resolved = resolveReferences(source.index, source.instance.moduleAddress, references);
    const wanted = resolved.instances.filter((i) => types.includes(i.type));
    if (!resolved.complete || wanted.length === 0) complete = false;
    for (const match of wanted) found.set(match.address, match);
  }
  return { instances: [...found.values()], outside: [...new Set(outside)], complete };
}

function step(node: unknown, name: string): unknown[] {
  if (name === '*') return Array.isArray(node) ? node : [];
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const next = (node as Record<string, unknown>)[name];
  return next === undefined ? [] : [next];
}

function nodesAt(root: unknown, path: ArgumentPath): unknown[] {
  return path.reduce<unknown[]>((nodes, name) => nodes.flatMap((n) => step(n, name)), [root]);
}

/** The non-empty strings at a path (an argument may be a string or a list of them). */
function stringsAt(values: JsonValue, path: ArgumentPath): string[] {
  return nodesAt(values, path)
    .flatMap((n) => (Array.isArray(n) ? n : [n]))
    .filter((n): n is string => typeof n === 'string' && n !== '');
}

/** Whether anything at or under the path is known only after apply. */
function anyUnknownAt(unknown: JsonValue | undefined, path: ArgumentPath): boolean {
  let nodes: unknown[] = [unknown];
  for (const name of path) {
    if (nodes.some((n) => n === true)) return true;
    nodes = nodes.flatMap((n) => step(n, name));
  }
  return nodes.some(containsTrue);
}

function containsTrue(node: unknown): boolean {
  if (node === true) return true;
  if (Array.isArray(node)) return node.some(containsTrue);
  return isObject(node) && Object.values(node).some(containsTrue);
}

function collectReferences(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(collectReferences);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = Array.isArray(record.references)
    ? record.references.filter((r): r is string => typeof r === 'string')
    : [];
  const nested = Object.entries(record)
    .filter(([key]) => key !== 'references' && key !== 'constant_value')
    .flatMap(([, value]) => collectReferences(value));
  return [...own, ...nested];
}
