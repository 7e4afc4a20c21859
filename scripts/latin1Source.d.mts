// Types of latin1Source.mjs, which scripts/bundle.mjs runs with plain node.
export function escapeBeyondLatin1(code: string): string;
export function assertSameProgram(before: string, after: string, file: string): void;
