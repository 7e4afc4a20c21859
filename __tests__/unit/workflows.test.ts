// The repository's workflows and the example workflows users copy: clean under actionlint,
// third-party actions pinned by commit SHA, and every use of this action passing only inputs
// action.yml declares and reading only outputs it sets (actionlint cannot check that for a
// remote action, and its wasm build cannot read action.yml for `uses: ./`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SAMPLE_COUNTS } from '../../__fixtures__/sampleCounts.js';
import { lintWorkflows, workflowFiles } from '../../scripts/actionlint.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SLUG = 'aws-ipv4-audit/aws-ipv4-audit';
const files = await workflowFiles(ROOT);
const text = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const action = parse(text('action.yml')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}

/** Whether a step runs this action: the checkout itself (`./`) or the published slug. */
const isThisAction = (uses: string | undefined) =>
  uses === './' || uses?.startsWith(`${SLUG}@`) === true;

describe('workflow files', () => {
  it('are the ones in .github/workflows and examples/', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/release.yml',
        '.github/workflows/self-test.yml',
        'examples/pull-request-gate.yml',
        'examples/scheduled-org-audit.yml',
      ]),
    );
  });

  it('are clean under actionlint', async () => {
    expect(await lintWorkflows(ROOT, files)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the linter really runs)', async () => {
    const lint = await lintWorkflows(ROOT, ['__tests__/unit/fixtures/broken-workflow.yml']);
    expect(lint.map((p) => p.message)).toEqual([expect.stringContaining('"nope" is not defined')]);
  });

  it.each(files.filter((f) => f.startsWith('.github/')))(
    '%s pins every third-party action by commit SHA, with its version in a comment',
    (file) => {
      const uses = [...text(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, file).toBeGreaterThan(0);
      for (const [line, ref = '', rest = ''] of uses) {
        if (ref.startsWith('./')) continue;
        expect(ref, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(rest, line).toMatch(/^ # v\d+\.\d+\.\d+$/);
      }
    },
  );

  it.each(files)('%s gives this action only its inputs and reads only its outputs', (file) => {
    const workflow = parse(text(file)) as Workflow;
    for (const [job, { steps = [] }] of Object.entries(workflow.jobs)) {
      const ours = new Set<string>();
      for (const step of steps.filter((s) => isThisAction(s.uses))) {
        for (const input of Object.keys(step.with ?? {})) {
          expect(Object.keys(action.inputs), `${file} ${job}: with.${input}`).toContain(input);
        }
        if (step.id) ours.add(step.id);
      }
      const jobText = JSON.stringify(steps);
      for (const [, id = '', output = ''] of jobText.matchAll(
        /steps\.([\w-]+)\.outputs\.([\w-]+)/g,
      )) {
        if (!ours.has(id)) continue;
        expect(
          Object.keys(action.outputs),
          `${file} ${job}: steps.${id}.outputs.${output}`,
        ).toContain(output);
      }
    }
  });

  it('examples run the published action at its major tag', () => {
    for (const file of files.filter((f) => f.startsWith('examples/'))) {
      const refs = [...text(file).matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]);
      expect(refs, file).toContain(`${SLUG}@v1`);
      expect(
        refs.filter((r) => r?.startsWith(`${SLUG}@`)),
        file,
      ).toEqual(refs.filter((r) => r === `${SLUG}@v1`));
    }
  });
});

describe('the self-test workflow', () => {
  const selfTest = text('.github/workflows/self-test.yml');
  const audit = (parse(selfTest) as Workflow).jobs['self-test']?.steps?.find(
    (s) => s.id === 'audit',
  );

  it('expects the outputs the sample organisation gives (as the e2e tests do)', () => {
    const expected = Object.fromEntries(
      [...selfTest.matchAll(/^\s*expect ([\w-]+) "\$\w+" (\S+)$/gm)].map(([, name, value]) => [
        name,
        value,
      ]),
    );
    expect(expected).toMatchObject({ ...SAMPLE_COUNTS, gate: 'passed' });
    expect(selfTest).toContain(`test "$PUBLIC_IPS" = ${SAMPLE_COUNTS['public-ip-count']}`);
  });

  it('sets thresholds the sample organisation passes, so its gate says passed', () => {
    expect(Number(audit?.with?.['max-high-suspicion'])).toBeGreaterThanOrEqual(
      Number(SAMPLE_COUNTS['high-suspicion-count']),
    );
  });
});

describe('dependabot', () => {
  it('updates the npm packages and the pinned actions', () => {
    const config = parse(text('.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory]).sort()).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
    ]);
  });
});
