// The INPUT_* set a runner gives the action: every input of action.yml with its default, then
// what the workflow's `with:` sets. `${{ github.token }}` is an expression the runner evaluates,
// so it becomes the token the GitHub stand-in accepts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const ACTION_YML = path.resolve(import.meta.dirname, '..', '..', 'action.yml');

interface ActionYml {
  inputs: Record<string, { default?: unknown }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(ACTION_YML, 'utf8')) as ActionYml;
}

/** Input values by name (as in action.yml), defaults filled in and `with:` applied. */
export function runnerInputs(
  githubToken: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const { inputs } = readActionYml();
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(inputs)) {
    const value = input.default === undefined ? '' : String(input.default);
    values[name] = value === '${{ github.token }}' ? githubToken : value;
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in inputs)) throw new Error(`runnerInputs: '${name}' is not an input of action.yml`);
    values[name] = value;
  }
  return values;
}

/** The variable a runner sets for an input: INPUT_<NAME uppercased, spaces as _, hyphens kept>. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
