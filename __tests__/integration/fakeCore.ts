// A stand-in for @actions/core that answers inputs like a runner (action.yml's defaults, then
// `with`) and keeps what the action did: outputs, summary, failure, warnings, log.
import type { ActionCore } from '../../src/action/actionCore.js';
import { readActionYml } from '../e2e/runnerInputs.js';

/** What the fake core saw: the outputs set, the summary written, the failure, the log. */
export interface Seen {
  outputs: Record<string, string>;
  summary: string;
  failed: string[];
  warnings: string[];
  secrets: string[];
  /** Info lines, with `group NAME` and `endgroup` where groups open and close. */
  log: string[];
}

/** A core whose getInput answers like a runner: action.yml's defaults, then `with`. */
export function fakeCore(inputs: Record<string, string>): { core: ActionCore; seen: Seen } {
  const defaults = Object.fromEntries(
    Object.entries(readActionYml().inputs).map(([name, input]) => [
      name,
      input.default === undefined ? '' : String(input.default),
    ]),
  );
  const values: Record<string, string> = { ...defaults, 'github-token': '', ...inputs };
  const seen: Seen = {
    outputs: {},
    summary: '',
    failed: [],
    warnings: [],
    secrets: [],
    log: [],
  };
  const core: ActionCore = {
    getInput: (name) => values[name] ?? '',
    setOutput: (name, value) => void (seen.outputs[name] = String(value)),
    setFailed: (message) => void seen.failed.push(message),
    setSecret: (secret) => void seen.secrets.push(secret),
    info: (message) => void seen.log.push(message),
    warning: (message) => void seen.warnings.push(message),
    debug: () => {},
    group: async (name, fn) => {
      seen.log.push(`group ${name}`);
      try {
        return await fn();
      } finally {
        seen.log.push('endgroup');
      }
    },
    summary: {
      addRaw: (text) => ({ write: async () => void (seen.summary += text) }),
    },
  };
  return { core, seen };
}
