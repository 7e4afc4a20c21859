// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, ESM, unminified so that
// dist/ diffs stay readable. `node scripts/bundle.mjs OUTDIR` bundles elsewhere (the dist check).
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, rm, writeFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
const work = path.join(root, '.build', `bundle-${process.pid}`);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

async function build(entry, dir) {
  await run(process.execPath, [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '-q'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
}

await rm(work, { recursive: true, force: true });
await Promise.all([
  build('src/index.ts', path.join(work, 'action')),
  build('src/bin.ts', path.join(work, 'cli')),
]);

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const file of await readdir(path.join(work, 'action'))) {
  await rename(path.join(work, 'action', file), path.join(outDir, file));
}
// ncc always names its output index.js: the CLI becomes cli.js, runnable as a bin.
const cli = await readFile(path.join(work, 'cli', 'index.js'), 'utf8');
await writeFile(path.join(outDir, 'cli.js'), `#!/usr/bin/env node\n${cli}`);
await chmod(path.join(outDir, 'cli.js'), 0o755);
const extra = (await readdir(path.join(work, 'cli'))).filter(
  (f) => !['index.js', 'licenses.txt', 'package.json'].includes(f),
);
if (extra.length > 0) throw new Error(`unexpected CLI bundle files: ${extra.join(', ')}`);
await rm(work, { recursive: true, force: true });
console.log(`bundled ${path.relative(root, outDir)}/index.js and cli.js`);
