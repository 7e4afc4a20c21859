// Every package the project's code imports is one package.json declares: a package that is only
// there as some other package's dependency can change or vanish with that package's next release.
import { builtinModules } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['src', '__tests__', '__fixtures__', 'test-support', 'scripts', 'bench'];
const CODE = /\.(ts|mts|js|mjs)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : codeFiles(full);
    return CODE.test(name) ? [full] : [];
  });
}

/** `@scope/name/sub/path.js` -> `@scope/name`; `name/sub` -> `name`; relative and Node's -> none. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return builtinModules.includes(name) ? undefined : name;
}

const rootFiles = readdirSync(ROOT)
  .filter((name) => CODE.test(name))
  .map((name) => path.join(ROOT, name));
const files = [...rootFiles, ...FOLDERS.flatMap((folder) => codeFiles(path.join(ROOT, folder)))];

/** Package -> the files importing it (static, dynamic and type-only imports, re-exports). */
function importedPackages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const name = packageOf(fileName);
      if (name === undefined) continue;
      found.set(name, [...(found.get(name) ?? []), path.relative(ROOT, file)]);
    }
  }
  return found;
}

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
  ]);

  it('declares every package the code imports', () => {
    const imported = importedPackages();
    // The check sees the imports it must (a type-only one, a subpath, the test's own).
    for (const name of ['@smithy/types', '@aws-sdk/core', 'ajv', 'typescript'])
      expect(imported.has(name), name).toBe(true);
    const undeclared = [...imported]
      .filter(([name]) => !declared.has(name))
      .map(([name, importers]) => `${name} (${importers.join(', ')})`);
    expect(undeclared).toEqual([]);
  });
});
