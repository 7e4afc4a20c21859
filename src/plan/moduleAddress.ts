// Module instance addresses, e.g. `module.net["a"].module.subnets[0]` ('' for the root module):
// the calls that lead to a module instance, each with its count index or for_each key.
import { formatTraversal, parseTraversal, type TraversalStep } from './traversal.js';

export interface ModuleCallStep {
  call: string;
  key?: number | string;
}

/** The calls of a module instance address; undefined when the text is not one. */
export function parseModuleAddress(address: string): ModuleCallStep[] | undefined {
  if (address === '') return [];
  const steps = parseTraversal(address);
  if (steps === undefined) return undefined;
  const calls: ModuleCallStep[] = [];
  for (let i = 0; i < steps.length;) {
    const word = steps[i];
    const call = steps[i + 1];
    if (word === undefined || !('name' in word) || word.name !== 'module') return undefined;
    if (call === undefined || !('name' in call)) return undefined;
    const key = steps[i + 2];
    if (key !== undefined && 'key' in key) {
      calls.push({ call: call.name, key: key.key });
      i += 3;
    } else {
      calls.push({ call: call.name });
      i += 2;
    }
  }
  return calls;
}

export function formatModuleAddress(calls: readonly ModuleCallStep[]): string {
  const steps: TraversalStep[] = calls.flatMap(({ call, key }) => [
    { name: 'module' },
    { name: call },
    ...(key === undefined ? [] : [{ key }]),
  ]);
  return formatTraversal(steps);
}

/** The module's place in the configuration: its call names, without keys, joined by dots. */
export function configPath(calls: readonly ModuleCallStep[]): string {
  return calls.map((c) => c.call).join('.');
}
