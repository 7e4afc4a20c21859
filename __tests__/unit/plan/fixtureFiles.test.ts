// The fixture plans are what the plan check is tested on: each must be a plan the reader accepts,
// and each must say (in the folder's README table) which behaviour it shows.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTerraformPlan } from '../../../src/plan/readTerraformPlan.js';
import { FIXTURES } from './planBuilders.js';

const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort();
const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8');

describe('Terraform plan fixtures', () => {
  it('are described, one row each, in their README', () => {
    const listed = [...readme.matchAll(/^\| `([\w.-]+\.json)` +\| (.+) \|$/gm)];
    expect(listed.map((m) => m[1]).sort()).toEqual(files);
    for (const [, , note] of listed) expect(note?.trim().length).toBeGreaterThan(40);
  });

  it.each(files)('%s parses as a plan', async (file) => {
    const plan = await readTerraformPlan(path.join(FIXTURES, file));
    expect(plan.format_version).toMatch(/^[01]\.\d+$/);
    expect(plan.planned_values).toBeTypeOf('object');
  });
});
