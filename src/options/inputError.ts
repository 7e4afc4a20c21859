// The error of a bad input, apart from options.ts so that the modules validate() calls can throw
// it without importing the validator back.

/** A user error: names the input and quotes the bad value. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`'${input}': ${problem}`);
    this.name = 'InputError';
  }
}
