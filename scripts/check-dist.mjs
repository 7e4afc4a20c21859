// Fails when dist/ is not the bundle of the committed source: rebuilds into a scratch folder and
// compares byte for byte. Fix with `npm run bundle` and commit dist/.
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const fresh = path.join(root, '.build', 'dist-check');
await run(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), fresh], { cwd: root });

const list = async (dir) => (await readdir(dir)).sort();
const [want, have] = await Promise.all([
  list(fresh),
  list(path.join(root, 'dist')).catch(() => []),
]);
const stale = [];
for (const file of new Set([...want, ...have])) {
  const [a, b] = await Promise.all([
    readFile(path.join(fresh, file)).catch(() => null),
    readFile(path.join(root, 'dist', file)).catch(() => null),
  ]);
  if (!a || !b || !a.equals(b)) stale.push(file);
}
await rm(fresh, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(
    `dist/ is stale (${stale.join(', ')} differ from a fresh bundle): run \`npm run bundle\` and commit dist/.`,
  );
  process.exit(1);
}
console.log('dist/ matches a fresh bundle of the source');
