import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanFileError } from '../../../src/plan/planFileError.js';
import {
  decodePlanBytes,
  parseTerraformPlan,
  readTerraformPlan,
} from '../../../src/plan/readTerraformPlan.js';

const FILE = 'plan.json';
const PLAN = { format_version: '1.2', planned_values: { root_module: {} } };
const text = (doc: unknown) => JSON.stringify(doc);

/** The message a file with this text is refused with (undefined when it is a plan). */
function refusal(source: string): string | undefined {
  try {
    parseTerraformPlan(source, FILE);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    expect((error as PlanFileError).file).toBe(FILE);
    return (error as Error).message;
  }
}

describe('parseTerraformPlan refuses what is not a plan, naming the file and the problem', () => {
  it.each([
    ['an empty file', '', 'plan.json: not JSON (the file is empty)'],
    ['only whitespace', ' \n\t', 'plan.json: not JSON (the file is empty)'],
    [
      'text',
      'No changes. Your infrastructure matches the configuration.',
      "plan.json: not JSON (unexpected character 'N')",
    ],
    [
      'a trailing comma',
      '{\n  "format_version": "1.2",\n}',
      'plan.json: not JSON (expected double-quoted property name at line 3, column 1)',
    ],
    [
      'a file cut off after a key',
      '{"format_version": "1.2", "planned_values":',
      'plan.json: not JSON (it ends in the middle of a value)',
    ],
    [
      'a file cut off in a string',
      '{"format_version": "1.',
      'plan.json: not JSON (unterminated string at line 1, column 23)',
    ],
    [
      'a file cut off after an opening brace',
      '{"format_version": "1.2", "planned_values": {',
      "plan.json: not JSON (expected property name or '}' at line 1, column 46)",
    ],
    [
      'two documents',
      '{}\n{}',
      'plan.json: not JSON (unexpected non-whitespace character after the JSON value at line 2, column 1)',
    ],
    [
      'a control character in a string',
      '{"a": "b\u0001"}',
      'plan.json: not JSON (bad control character in string literal at line 1, column 9)',
    ],
    [
      "the log 'terraform plan -json' streams",
      '{"@level":"info","@message":"Terraform 1.9.5","@module":"terraform.ui","type":"version"}\n{"@level":"info","type":"planned_change"}',
      "plan.json: the log 'terraform plan -json' prints, not a plan: save the plan with -out and pass what 'terraform show -json PLANFILE' prints",
    ],
    ['a JSON list', '[]', 'plan.json: not a Terraform plan (the JSON is a list, not an object)'],
    [
      'a JSON string',
      '"plan"',
      'plan.json: not a Terraform plan (the JSON is a string, not an object)',
    ],
    ['JSON null', 'null', 'plan.json: not a Terraform plan (the JSON is null, not an object)'],
    [
      'an object without format_version',
      text({ planned_values: {} }),
      'plan.json: not a Terraform plan (no format_version)',
    ],
    [
      'a numeric format_version',
      text({ ...PLAN, format_version: 1 }),
      'plan.json: not a Terraform plan (format_version 1 is not "major.minor")',
    ],
    [
      'a three-part format_version',
      text({ ...PLAN, format_version: '1.2.0' }),
      'plan.json: not a Terraform plan (format_version "1.2.0" is not "major.minor")',
    ],
    [
      'format_version 2.0',
      text({ ...PLAN, format_version: '2.0' }),
      'plan.json: format_version 2.0 is not supported (this version reads 0.x and 1.x)',
    ],
    [
      'a state (terraform show -json without a plan)',
      text({ format_version: '1.0', terraform_version: '1.9.5', values: { root_module: {} } }),
      "plan.json: a Terraform state, not a plan (it has values, no planned_values): pass what 'terraform show -json PLANFILE' prints for a saved plan",
    ],
    [
      'an object with format_version only',
      text({ format_version: '1.2' }),
      'plan.json: not a Terraform plan (no planned_values)',
    ],
    [
      'planned_values that is not an object',
      text({ ...PLAN, planned_values: [] }),
      'plan.json: not a Terraform plan (no planned_values)',
    ],
    [
      'a plan Terraform saved after an error',
      text({ ...PLAN, errored: true }),
      'plan.json: an incomplete plan: Terraform stopped on an error while planning (errored: true)',
    ],
    [
      'resource_changes that is not a list',
      text({ ...PLAN, resource_changes: {} }),
      'plan.json: not a Terraform plan (resource_changes is not a list)',
    ],
    [
      'a change that is not an object',
      text({ ...PLAN, resource_changes: [1] }),
      'plan.json: not a Terraform plan (resource_changes[0] is not an object)',
    ],
    [
      'a change without a type',
      text({
        ...PLAN,
        resource_changes: [
          { address: 'aws_eip.a', name: 'a', mode: 'managed', change: { actions: ['create'] } },
        ],
      }),
      'plan.json: not a Terraform plan (resource_changes[0] has no type)',
    ],
    [
      'a change with an unknown mode',
      text({
        ...PLAN,
        resource_changes: [
          {
            address: 'aws_eip.a',
            type: 'aws_eip',
            name: 'a',
            mode: 'ephemeral',
            change: { actions: ['create'] },
          },
        ],
      }),
      'plan.json: not a Terraform plan (resource_changes[0] has no mode "managed" or "data")',
    ],
    [
      'a change without actions',
      text({
        ...PLAN,
        resource_changes: [
          { address: 'aws_eip.a', type: 'aws_eip', name: 'a', mode: 'managed', change: {} },
        ],
      }),
      'plan.json: not a Terraform plan (resource_changes[0] has no change.actions)',
    ],
    [
      'a change whose index is an object',
      text({
        ...PLAN,
        resource_changes: [
          {
            address: 'aws_eip.a',
            type: 'aws_eip',
            name: 'a',
            mode: 'managed',
            index: {},
            change: { actions: [] },
          },
        ],
      }),
      'plan.json: not a Terraform plan (resource_changes[0] has an index that is neither a number nor a string)',
    ],
    [
      'deferred_changes that is not a list',
      text({ ...PLAN, deferred_changes: 'later' }),
      'plan.json: not a Terraform plan (deferred_changes is not a list)',
    ],
    [
      'a deferred change without its change',
      text({ ...PLAN, deferred_changes: [{ reason: 'unknown' }] }),
      'plan.json: not a Terraform plan (deferred_changes[0].resource_change is not an object)',
    ],
  ])('%s', (_, source, message) => {
    expect(refusal(source)).toBe(message);
  });

  it('keeps a message on one line whatever the file is called', () => {
    expect(() => parseTerraformPlan('', 'evil\nname.json')).toThrow(
      'evil\\u000aname.json: not JSON (the file is empty)',
    );
  });
});

describe('parseTerraformPlan reads plans', () => {
  it.each([
    ['format 1.2 (Terraform 1.9)', text(PLAN)],
    ['format 1.0 (Terraform 1.1)', text({ ...PLAN, format_version: '1.0' })],
    ['format 0.2 (Terraform 1.0)', text({ ...PLAN, format_version: '0.2' })],
    [
      'a later minor version with members it does not know',
      text({ ...PLAN, format_version: '1.9', something_new: {} }),
    ],
    ['a plan with no changes, which omits resource_changes', text(PLAN)],
    [
      'a plan with deferred changes (complete: false)',
      text({ ...PLAN, complete: false, deferred_changes: [] }),
    ],
  ])('%s', (_, source) => {
    expect(refusal(source)).toBeUndefined();
  });
});

describe('decodePlanBytes', () => {
  const json = text(PLAN);
  it.each([
    ['UTF-8', Buffer.from(json, 'utf8')],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
    ],
    [
      'UTF-16 LE with a byte-order mark (PowerShell 5)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
    ],
    [
      'UTF-16 BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]),
    ],
  ])('reads %s', (_, bytes) => {
    expect(decodePlanBytes(bytes, FILE)).toBe(json);
  });

  it('refuses the binary plan file, naming the command that makes its JSON', () => {
    const zip = Buffer.from('PK\u0003\u0004\u0014\u0000\u0008\u0000tfplan', 'latin1');
    expect(() => decodePlanBytes(zip, 'out/tfplan')).toThrow(
      new PlanFileError(
        'out/tfplan',
        "a binary plan file, not its JSON: pass what 'terraform show -json tfplan' prints",
      ),
    );
    expect(() => decodePlanBytes(zip, 'out/tfplan')).toThrow(
      "out/tfplan: a binary plan file, not its JSON: pass what 'terraform show -json tfplan' prints",
    );
  });
});

describe('readTerraformPlan', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plan-read-'));
    await writeFile(path.join(dir, 'plan.json'), text(PLAN));
    await mkdir(path.join(dir, 'folder.json'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a plan file', async () => {
    await expect(readTerraformPlan(path.join(dir, 'plan.json'))).resolves.toEqual(PLAN);
  });

  it.each([
    ['a missing file', 'missing.json', 'cannot read it (ENOENT)'],
    ['a directory', 'folder.json', 'cannot read it (EISDIR)'],
  ])('refuses %s with the error code', async (_, name, problem) => {
    const file = path.join(dir, name);
    await expect(readTerraformPlan(file)).rejects.toThrow(new PlanFileError(file, problem));
    await expect(readTerraformPlan(file)).rejects.toThrow(`${file}: ${problem}`);
  });
});
