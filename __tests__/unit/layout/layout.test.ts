// The layout is part of the design: each folder of src/ is one stage of the pipeline, and the
// stages depend on each other in one direction only. These checks keep it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: readFileSync(file, 'utf8'),
}));

/** The module specifiers a file imports or re-exports (static and dynamic, types included). */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g);
  return [...found].map((m) => m[1] ?? '');
}

/** The top folder of a src-relative path; `.` for the entries at the root. */
const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] ?? '.') : '.');

/** The src-relative files `file` imports from src (`.js` specifiers name the `.ts` files). */
function importsOf(file: string, text: string): string[] {
  return specifiers(text)
    .filter((s) => s.startsWith('.'))
    .map((spec) => path.relative(SRC, path.resolve(SRC, path.dirname(file), spec)))
    .filter((target) => !target.startsWith('..')) // outside src (the schema)
    .map((target) => target.replace(/\.js$/, '.ts'));
}

/** Folder -> the folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = folderOf(file);
    for (const target of importsOf(file, text)) {
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** The cycles of a graph, each as `a -> b -> a`. */
function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles = new Set<string>();
  const done = new Set<string>();
  const visit = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (trail.includes(next)) {
        cycles.add([...trail.slice(trail.indexOf(next)), next].join(' -> '));
      } else if (!done.has(next)) {
        visit(next, [...trail, next]);
      }
    }
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...cycles].sort();
}

describe('src/ layout', () => {
  it('holds only the two entries at its root', () => {
    expect(
      files
        .filter((f) => !f.file.includes('/'))
        .map((f) => f.file)
        .sort(),
    ).toEqual(['bin.ts', 'index.ts']);
  });

  it('has folders that depend on each other in one direction only (no cycle)', () => {
    expect(cyclesOf(folderGraph())).toEqual([]);
  });

  it('has files that depend on each other in one direction only (no cycle, types included)', () => {
    const graph = new Map(files.map(({ file, text }) => [file, new Set(importsOf(file, text))]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('keeps the data model at the bottom: model/ imports nothing else of src/', () => {
    const outside = files.filter(
      ({ file, text }) =>
        file.startsWith('model/') &&
        importsOf(file, text).some((target) => folderOf(target) !== 'model'),
    );
    expect(outside.map((f) => f.file)).toEqual([]);
  });

  it('imports @actions/* only in the action folder', () => {
    const outside = files.filter(
      ({ file, text }) =>
        !file.startsWith('action/') && specifiers(text).some((s) => s.startsWith('@actions/')),
    );
    expect(outside.map((f) => f.file)).toEqual([]);
  });

  it('keeps plan/ (the Terraform plan check) free of AWS and the runner, above common/, model/ and analyze/ only', () => {
    const plan = files.filter(({ file }) => file.startsWith('plan/'));
    expect(plan.length).toBeGreaterThan(0);
    const outside = plan.flatMap(({ file, text }) =>
      specifiers(text)
        .filter((s) => /^@(aws-sdk|smithy|actions)\//.test(s))
        .map((s) => `${file} imports ${s}`),
    );
    expect(outside).toEqual([]);
    expect([...(folderGraph().get('plan') ?? [])].sort()).toEqual(['analyze', 'common', 'model']);
  });

  it('computes the cost summary in one place', () => {
    const callers = files.filter(({ text }) => /\bcostSummary\(/.test(text));
    expect(callers.map((f) => f.file)).toEqual(['audit/runAudit.ts', 'kinds/costSummary.ts']);
  });
});
