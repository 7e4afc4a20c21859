// One check of the gate, and how its message lists examples and names inputs. Below the table of
// thresholds (thresholds.ts) and evaluateGate, which both build checks.

export interface GateCheck {
  /** The input that sets the check, or `coverage` for the check that is always on. */
  input: string;
  count: number;
  limit: number;
  /** `max`: passes while count <= limit; `min`: passes while count >= limit. */
  bound: 'max' | 'min';
  passed: boolean;
  /** One plain-text sentence saying what was counted and, when failed, what to do. */
  message: string;
}

/** How a message names an input: the action's `'max-high-suspicion'`, the CLI's `--max-high-suspicion`. */
export type InputNamer = (input: string) => string;

/** The action's way, the default: the input's name, quoted. */
export const quoted: InputNamer = (input) => `'${input}'`;

/**
 * The input that says which regions to scan (options/ calls it Inputs.Regions). gate/ sits below
 * options/, whose validate() reads the thresholds from here, so it names it itself; a test holds
 * every input the gate names to those validate() reads.
 */
export const REGIONS_INPUT = 'regions';

/** How many of what was counted a message names. */
export const EXAMPLES = 5;

/** `a, b, c, and 2 more` of `count` items of which `examples` are the first. */
export function listed(examples: readonly string[], count: number): string {
  const shown = examples.slice(0, EXAMPLES);
  const more = count > shown.length ? `, and ${count - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}
