// Which resource instances an expression's value can come from, by its references: how a value
// the plan knows only after apply (an instance's subnet_id when the subnet is created in the same
// plan) is traced to the resource that will supply it. References are followed through module
// outputs and input variables; they are not evaluated, so the answer is every instance the value
// can come from. `complete` is false when some reference leads where the plan does not show (a
// local value, each.value, a resource with no instance), and then the caller must not conclude.
import { formatModuleAddress } from './moduleAddress.js';
import { configAddressOf, hasAfter, type PlanIndex, type PlanInstance } from './planIndex.js';
import { parseTraversal, type TraversalStep } from './traversal.js';

export interface Resolution {
  /** The instances the value can come from, each once. */
  instances: PlanInstance[];
  /** False when a reference could not be followed to its end. */
  complete: boolean;
}

/** Deeper than any real module tree: a guard against a configuration that loops. */
const MAX_DEPTH = 32;

/** References that select or name, never carry a resource's value. */
const INERT_ROOTS = new Set(['count', 'path', 'terraform', 'self']);

/** Resolutions already made, per plan: every instance of a configured resource asks the same. */
const resolved = new WeakMap<PlanIndex, Map<string, Resolution>>();

/** The instances an expression's value can come from. The answer is shared: do not change it. */
export function resolveReferences(
  index: PlanIndex,
  moduleAddress: string,
  references: readonly string[],
): Resolution {
  let cache = resolved.get(index);
  if (cache === undefined) resolved.set(index, (cache = new Map()));
  const key = `${moduleAddress}\u0000${references.join('\u0000')}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const found = new Map<string, PlanInstance>();
  const complete = follow(index, moduleAddress, references, found, 0);
  const resolution = { instances: [...found.values()], complete };
  cache.set(key, resolution);
  return resolution;
}

function follow(
  index: PlanIndex,
  moduleAddress: string,
  references: readonly string[],
  found: Map<string, PlanInstance>,
  depth: number,
): boolean {
  if (depth > MAX_DEPTH) return false;
  let complete = true;
  references.forEach((reference, i) => {
    // Terraform lists each reference and then each shorter prefix of it; a prefix names the same
    // object or, without its key, every instance: only the longest form says which.
    const previous = references[i - 1];
    if (previous?.startsWith(`${reference}.`) || previous?.startsWith(`${reference}[`)) return;
    const steps = parseTraversal(reference);
    if (steps === undefined) complete = false;
    else complete = followOne(index, moduleAddress, steps, found, depth) && complete;
  });
  return complete;
}

function followOne(
  index: PlanIndex,
  moduleAddress: string,
  steps: TraversalStep[],
  found: Map<string, PlanInstance>,
  depth: number,
): boolean {
  const [root, second, third] = steps.map((s) => ('name' in s ? s.name : undefined));
  if (root === undefined) return false;
  if (INERT_ROOTS.has(root)) return true;
  if (root === 'each') return second === 'key';
  if (root === 'local') return false;
  if (root === 'var')
    return second !== undefined && followVariable(index, moduleAddress, second, found, depth);
  if (root === 'module') return followOutput(index, moduleAddress, steps, found, depth);
  if (root === 'data') {
    if (second === undefined || third === undefined) return false;
    return addResource(
      index,
      moduleAddress,
      configAddressOf('data', second, third),
      steps[3],
      found,
    );
  }
  if (second === undefined) return false;
  return addResource(
    index,
    moduleAddress,
    configAddressOf('managed', root, second),
    steps[2],
    found,
  );
}

function addResource(
  index: PlanIndex,
  moduleAddress: string,
  configAddress: string,
  keyStep: TraversalStep | undefined,
  found: Map<string, PlanInstance>,
): boolean {
  const key = keyStep !== undefined && 'key' in keyStep ? keyStep.key : undefined;
  const instances = index
    .instancesOf(moduleAddress, configAddress)
    .filter((instance) => key === undefined || instance.key === key)
    .filter((instance) => hasAfter(instance.change));
  for (const instance of instances) found.set(instance.address, instance);
  return instances.length > 0;
}

/** A module's input variable: what its call passes, in the calling module. */
function followVariable(
  index: PlanIndex,
  moduleAddress: string,
  name: string,
  found: Map<string, PlanInstance>,
  depth: number,
): boolean {
  // A root module variable is a value given to the plan, never a resource's attribute.
  if (moduleAddress === '') return true;
  const calls = index.moduleCalls(moduleAddress);
  const last = calls?.at(-1);
  if (calls === undefined || last === undefined) return false;
  const parent = formatModuleAddress(calls.slice(0, -1));
  const call = index.configModule(parent)?.module_calls?.[last.call];
  if (call === undefined) return false;
  const expression = call.expressions?.[name];
  // Not passed: the variable's default, a constant.
  if (expression === undefined) return true;
  return follow(index, parent, expression.references ?? [], found, depth + 1);
}

/** `module.NAME.OUTPUT` or `module.NAME[KEY].OUTPUT`: the output's expression, in each module instance. */
function followOutput(
  index: PlanIndex,
  moduleAddress: string,
  steps: TraversalStep[],
  found: Map<string, PlanInstance>,
  depth: number,
): boolean {
  const call = steps[1];
  if (call === undefined || !('name' in call)) return false;
  const keyStep = steps[2];
  const key = keyStep !== undefined && 'key' in keyStep ? keyStep.key : undefined;
  const outputStep = steps[key === undefined ? 2 : 3];
  if (outputStep === undefined || !('name' in outputStep)) return false;
  const callConfig = index.configModule(moduleAddress)?.module_calls?.[call.name];
  const expression = callConfig?.module?.outputs?.[outputStep.name]?.expression;
  if (expression === undefined) return false;
  const children = index
    .childModules(moduleAddress, call.name)
    .filter((child) => key === undefined || index.moduleCalls(child)?.at(-1)?.key === key);
  if (children.length === 0) return false;
  let complete = true;
  for (const child of children) {
    complete = follow(index, child, expression.references ?? [], found, depth + 1) && complete;
  }
  return complete;
}
