// The part of @actions/core the action uses. run() takes it as a parameter, so that a test can
// run the action in-process with a stand-in core and see every input read and output set.
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  setSecret(secret: string): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  summary: { addRaw(text: string): { write(): Promise<unknown> } };
}
