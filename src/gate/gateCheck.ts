// One check of the gate, what the gate counts in any scan, and how a message lists examples and
// names inputs. Below the table of thresholds (thresholds.ts) and evaluateGate, which both build
// checks.
import type { Coverage } from '../model/coverage.js';

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

/** What the gate counts in every scan, whatever thresholds are set (each limit counts its own). */
export interface ScanCounts {
  scanErrors: number;
  /** Findings a suppression accepted: left out of every limit's count. */
  suppressed: number;
  /** `new` when only findings absent from a baseline count. */
  scope: 'all' | 'new';
  coverage: Coverage;
  /** Account-regions an organisation policy denied, and the first few, for messages. */
  policyDenied: number;
  policyDeniedExamples: string[];
  /** Limits whose count could not be taken whole, by input: why (the limit then fails closed). */
  unknown?: Partial<Record<string, string>>;
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

/** What a limit counted: how many, and the first few, described, for its message. */
export interface Tally {
  count: number;
  examples: string[];
  /**
   * Why the count is not the whole truth (what it counts could not all be read), if it is not:
   * the limit then fails whatever the count, as a gate never passes on what it could not check.
   */
  unknown?: string;
}

/** The tally of `counted`, each example described by `describe`. */
export function tallyOf<T>(counted: readonly T[], describe: (item: T) => string): Tally {
  return { count: counted.length, examples: counted.slice(0, EXAMPLES).map(describe) };
}
