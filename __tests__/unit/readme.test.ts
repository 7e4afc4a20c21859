// The README's Inputs and Outputs tables are what users copy from: they must list exactly the
// inputs and outputs of action.yml, in its order, with its defaults.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: unknown; description?: string }>;
  outputs: Record<string, { description?: string }>;
};

/** The cells of every body row of the markdown table whose header row is `header`. */
function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  // Prettier pads table cells; compare rows with single spaces.
  const start = lines.findIndex((line) => line.replace(/ +/g, ' ') === header);
  if (start < 0) throw new Error(`README has no table headed '${header}'`);
  if (!/^\|( *:?-+:? *\|)+$/.test(lines[start + 1] ?? '')) {
    throw new Error(`the table headed '${header}' has no delimiter row`);
  }
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** `name` from a cell holding `` `name` ``; the cell itself otherwise (so a mismatch shows). */
function unquote(cell: string | undefined): string {
  return /^`([^`]*)`$/.exec(cell ?? '')?.[1] ?? cell ?? '';
}

describe('README', () => {
  it('lists every input of action.yml, in order, with its default', () => {
    const rows = tableRows(readme, '| Input | Default | Description |');
    const expected = Object.entries(action.inputs).map(([name, input]) => {
      const value = input.default === undefined ? '' : String(input.default);
      return [name, value === '' ? '' : `\`${value}\``];
    });
    expect(rows.map((cells) => [unquote(cells[0]), cells[1]])).toEqual(expected);
    for (const cells of rows) expect(cells, cells[0]).toHaveLength(3);
  });

  it('lists every output of action.yml, in order', () => {
    const rows = tableRows(readme, '| Output | Description |');
    expect(rows.map((cells) => unquote(cells[0]))).toEqual(Object.keys(action.outputs));
    for (const cells of rows) {
      expect(cells, cells[0]).toHaveLength(2);
      expect(cells[1], cells[0]).not.toBe('');
    }
  });

  it('shows each example workflow as it is in examples/', () => {
    const shown = [
      ...readme.matchAll(
        /\[`examples\/([\w.-]+\.yml)`\]\(examples\/\1\)\):\s*```yaml\n([\s\S]*?)```/g,
      ),
    ];
    expect(shown.map((m) => m[1]).sort()).toEqual(
      readdirSync(path.join(ROOT, 'examples'))
        .filter((f) => f.endsWith('.yml'))
        .sort(),
    );
    for (const [, file = '', yaml = ''] of shown) {
      const example: unknown = parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
      expect(parse(yaml), file).toEqual(example);
    }
  });

  it("names the templates' member role in every multi-account example that assumes a role", () => {
    // The role in iam/github-role.yml may assume only `MemberRoleName` (default
    // ipv4-audit-member, the action's default too): the examples say so for readers of the CLI's.
    type Step = { uses?: string; with?: Record<string, unknown> };
    const examples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const steps = examples.flatMap((yaml) => {
      const doc = parse(yaml) as { jobs?: Record<string, { steps?: Step[] }> } | null;
      return Object.values(doc?.jobs ?? {}).flatMap((job) => job.steps ?? []);
    });
    const ours = steps.filter(
      (s) =>
        s.uses?.startsWith('aws-ipv4-audit/aws-ipv4-audit@') &&
        s.with?.['role-to-assume'] !== undefined &&
        (s.with['mode'] ?? 'multi-account') === 'multi-account',
    );
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const step of ours) expect(step.with?.['member-role-name']).toBe('ipv4-audit-member');
  });

  it('gives every input and output a description in action.yml', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description?.trim(), name).toBeTruthy();
      expect(input.default, `${name} needs a default`).toBeDefined();
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description?.trim(), name).toBeTruthy();
    }
  });
});

describe('README reports', () => {
  it("lists every CSV report's columns, in order, as the writers write them", async () => {
    const { REPORT_COLUMNS, REPORT_NAMES } = await import('../../src/report/reportColumns.js');
    const rows = tableRows(readme, '| File | Columns |');
    expect(rows.map((cells) => unquote(cells[0]))).toEqual(REPORT_NAMES.map((n) => `${n}.csv`));
    for (const [i, name] of REPORT_NAMES.entries()) {
      expect(rows[i]?.[1]?.split(', '), name).toEqual([...REPORT_COLUMNS[name]]);
    }
  });
});
