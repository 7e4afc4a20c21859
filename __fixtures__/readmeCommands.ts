// The command lines a README section shows in its `sh` blocks, as words: what the tests run, so
// that every command a quick start shows is one a test runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const README = path.resolve(import.meta.dirname, '..', 'README.md');

/** Each line of the `sh` blocks under `## title` (up to the next `## `), split on spaces. */
export function readmeCommands(title: string): string[][] {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section '${title}'`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => (block[1] ?? '').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/));
}
