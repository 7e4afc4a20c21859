// A plan file that cannot be judged: unreadable, not JSON, not a plan, or a format this version
// does not read. Its message is one line naming the file and the problem; the CLI prints it as is
// and exits 2, the action fails the step with it, before anything else happens.

export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';

  constructor(
    /** The path as the user gave it. */
    readonly file: string,
    /** What is wrong, e.g. `not JSON (unexpected character 'x')`. */
    readonly problem: string,
  ) {
    super(`${oneLine(file)}: ${problem}`);
  }
}

/** A path with its control characters escaped, so the message stays on one line. */
function oneLine(text: string): string {
  return Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }).join('');
}
