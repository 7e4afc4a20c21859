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

/** Folder -> the folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = folderOf(file);
    for (const spec of specifiers(text).filter((s) => s.startsWith('.'))) {
      const target = path.relative(SRC, path.resolve(SRC, path.dirname(file), spec));
      if (target.startsWith('..')) continue; // outside src (the schema)
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
    }
  }
  return graph;
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
    const graph = folderGraph();
    const cycles = new Set<string>();
    const visit = (folder: string, trail: string[]) => {
      for (const next of graph.get(folder) ?? []) {
        if (trail.includes(next)) {
          cycles.add([...trail.slice(trail.indexOf(next)), next].join(' -> '));
        } else {
          visit(next, [...trail, next]);
        }
      }
    };
    for (const folder of graph.keys()) visit(folder, [folder]);
    expect([...cycles].sort()).toEqual([]);
  });

  it('imports @actions/* only in the action folder', () => {
    const outside = files.filter(
      ({ file, text }) =>
        !file.startsWith('action/') && specifiers(text).some((s) => s.startsWith('@actions/')),
    );
    expect(outside.map((f) => f.file)).toEqual([]);
  });

  it('keeps plan/ (the Terraform plan check) free of AWS and the runner, above common/ and analyze/ only', () => {
    const plan = files.filter(({ file }) => file.startsWith('plan/'));
    expect(plan.length).toBeGreaterThan(0);
    const outside = plan.flatMap(({ file, text }) =>
      specifiers(text)
        .filter((s) => /^@(aws-sdk|smithy|actions)\//.test(s))
        .map((s) => `${file} imports ${s}`),
    );
    expect(outside).toEqual([]);
    expect([...(folderGraph().get('plan') ?? [])].sort()).toEqual(['analyze', 'common']);
  });

  it('computes the cost summary in one place', () => {
    const callers = files.filter(({ text }) => /\bcostSummary\(/.test(text));
    expect(callers.map((f) => f.file)).toEqual(['analyze/cost.ts', 'audit/runAudit.ts']);
  });
});
