// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, ESM, unminified so that
// dist/ diffs stay readable. `node scripts/bundle.mjs OUTDIR` bundles elsewhere (the dist check).
//
// Packages without an `exports` map (the AWS SDK clients) are resolved by their `module` field:
// their ES build lets ncc leave out the commands the tool never sends (the EC2 client's CommonJS
// build is one 2 MB module that creates ~750 command classes at start-up). What an ES build
// imports only when it runs (the SDK's less used credential providers) becomes a chunk file
// next to its bundle, named after it: NNN.index.js for the action, NNN.cli.js for the CLI.
// ncc's licence plugin then writes one licence file per chunk, and misses packages whose ES
// modules webpack concatenated into another's; dist/licenses.txt is the union of its files plus,
// read as the plugin reads them, the licences of every other package in the compilation.
// Every character beyond Latin-1 is then written as a \u escape, so that V8 holds each bundle's
// source at one byte per character (scripts/latin1Source.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertSameProgram, escapeBeyondLatin1 } from './latin1Source.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');

const LICENCES = /^\w+\.licenses\.txt$/;

async function build(entry, filename) {
  const { code, assets, stats } = await ncc(path.join(root, entry), {
    filename,
    mainFields: ['module', 'main'],
    // One file per chunk ([name]: `main`, or the chunk's id).
    license: '[name].licenses.txt',
    quiet: true,
  });
  return { code, assets, packages: compiledPackages(stats) };
}

/** Every package with a module in the compilation, concatenated modules included. */
function compiledPackages(stats) {
  const packages = new Set();
  for (const module of stats.compilation.modules) {
    for (const inner of module.modules ? [...module.modules] : [module]) {
      const resource = inner.resource ?? '';
      const at = resource.lastIndexOf('/node_modules/');
      if (at === -1) continue;
      const [first, second] = resource.slice(at + '/node_modules/'.length).split('/');
      packages.add(first.startsWith('@') ? `${first}/${second}` : first);
    }
  }
  return packages;
}

/** A package's section as the plugin renders it: its `license` and its LICENSE file's text. */
function packageLicence(name) {
  const dir = path.join(root, 'node_modules', name);
  const { license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const id = typeof license === 'string' ? license : license?.type;
  const file = readdirSync(dir).find(
    (f) => /^licen[cs]e/i.test(f) && !statSync(path.join(dir, f)).isDirectory(),
  );
  const text = file && readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n');
  return [id, text].filter(Boolean).join('\n');
}

const isPackage = (line) =>
  /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(line) &&
  existsSync(path.join(root, 'node_modules', line, 'package.json'));

/**
 * The packages of one licence file as the plugin renders it: sorted by name, each section its
 * name, licence id and text, separated by a blank line. A section starts at a blank line followed
 * by the name of an installed package that sorts after the previous one.
 */
function licenceSections(text) {
  const lines = text.split('\n');
  const sections = new Map();
  let name;
  let body = [];
  // Each section ends with the blank line before the next name (the file, with its newline).
  const flush = () => name !== undefined && sections.set(name, body.slice(0, -1).join('\n'));
  lines.forEach((line, i) => {
    if (
      (i === 0 || lines[i - 1] === '') &&
      (name === undefined || line > name) &&
      isPackage(line)
    ) {
      flush();
      name = line;
      body = [];
    } else body.push(line);
  });
  flush();
  return sections;
}

const renderLicences = (sections) =>
  [...sections]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, body]) => (body ? `${name}\n${body}` : name))
    .join('\n\n') + '\n';

/** Every chunk's licence file of the bundles and every compiled package, rendered as the plugin does. */
function licences(...builds) {
  const all = new Map();
  for (const { assets } of builds) {
    for (const [file, asset] of Object.entries(assets)) {
      if (!LICENCES.test(file)) continue;
      const text = String(asset.source);
      const sections = licenceSections(text);
      // The parse must give back the file: otherwise a section boundary was misread.
      if (renderLicences(sections) !== text) throw new Error(`cannot read ${file} back`);
      for (const [name, body] of sections) if (!all.has(name)) all.set(name, body);
    }
  }
  for (const { packages } of builds) {
    for (const name of packages) if (!all.has(name)) all.set(name, packageLicence(name));
  }
  return renderLicences(all);
}

const [action, cli] = await Promise.all([
  build('src/index.ts', 'index.js'),
  build('src/bin.ts', 'cli.js'),
]);

const files = new Map([['index.js', action.code]]);
for (const [name, asset] of Object.entries(action.assets)) {
  if (!LICENCES.test(name)) files.set(name, asset.source);
}
files.set('licenses.txt', licences(action, cli));
// The CLI runs as a bin; its package.json is the action's.
files.set('cli.js', `#!/usr/bin/env node\n${cli.code}`);
const chunk = /^\d+\.cli\.js$/;
const extra = Object.keys(cli.assets).filter(
  (f) => !chunk.test(f) && !LICENCES.test(f) && f !== 'package.json',
);
if (extra.length > 0) throw new Error(`unexpected CLI bundle files: ${extra.join(', ')}`);
for (const [name, asset] of Object.entries(cli.assets)) {
  if (chunk.test(name)) files.set(name, asset.source);
}

// One byte per character in V8's copy of each script's source (scripts/latin1Source.mjs).
for (const [name, source] of files) {
  if (!name.endsWith('.js')) continue;
  const code = String(source);
  const escaped = escapeBeyondLatin1(code);
  if (escaped === code) continue;
  assertSameProgram(code, escaped, name);
  files.set(name, escaped);
}

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const [name, source] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  await writeFile(path.join(outDir, name), source);
}
await chmod(path.join(outDir, 'cli.js'), 0o755);
console.log(
  `bundled ${path.relative(root, outDir)}/index.js and cli.js (${files.size - 2} more files)`,
);
