// Reads what `terraform show -json PLAN` (or `tofu show -json PLAN`) wrote, and refuses, with a
// PlanFileError naming the file, anything that is not such a plan. What makes a plan (decided from
// the format's documentation and Terraform's own outputs, internal/command/jsonplan and
// internal/command/testdata/show-json*/):
// - a JSON object with `format_version` "MAJOR.MINOR". Major 1 is the documented format; major 0
//   ("0.1", "0.2") is what Terraform 0.12 to 1.0 wrote, the same shape before the compatibility
//   promise, so it is read too. Any other major is refused, as the format asks.
// - `planned_values`, an object: Terraform always writes it, even for a plan with no changes.
//   `resource_changes` is omitted when nothing changes (then there are no changes), so its absence
//   proves nothing; when present it must be a list of changes with their actions. A state file
//   (`terraform show -json` without a plan) has `values` instead, and is named as such.
// - not `errored`: a plan Terraform saved after an error lists only part of the changes, and a
//   gate must not pass what it could not see.
// Reading is one JSON.parse and one pass over the changes: linear in the file's size.
import { constants as bufferConstants } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../common/errorMessage.js';
import { isObject } from './attributes.js';
import { jsonSyntaxError } from './jsonSyntaxError.js';
import { PlanFileError } from './planFileError.js';
import type { JsonObject, JsonValue, PlanResourceChange, TerraformPlan } from './terraformPlan.js';

/** The plan format majors this version reads. */
const SUPPORTED_MAJORS = new Set([0, 1]);

/** A zip archive: the binary plan file `terraform plan -out` writes. */
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

export async function readTerraformPlan(file: string): Promise<TerraformPlan> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanFileError(file, `cannot read it (${code ?? errorMessage(error)})`);
  }
  return parseTerraformPlan(decodePlanBytes(bytes, file), file);
}

/**
 * The file's text. UTF-8, with or without a byte-order mark; UTF-16 with its mark too, which is
 * what Windows PowerShell 5's `>` writes.
 */
export function decodePlanBytes(bytes: Buffer, file: string): string {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const name = path.basename(file);
    throw new PlanFileError(
      file,
      `a binary plan file, not its JSON: pass what 'terraform show -json ${name}' prints`,
    );
  }
  let encoding: 'utf8' | 'utf16le' = 'utf8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // UTF-16 big-endian: swap to little-endian, which Node decodes.
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return decodeText(swapped, 'utf16le', file);
  }
  return decodeText(bytes.subarray(start), encoding, file);
}

function decodeText(bytes: Buffer, encoding: 'utf8' | 'utf16le', file: string): string {
  const chars = encoding === 'utf8' ? bytes.length : bytes.length / 2;
  if (chars > bufferConstants.MAX_STRING_LENGTH) {
    const mb = Math.round(bytes.length / 2 ** 20);
    throw new PlanFileError(file, `too large to read (${mb} MiB in one JSON document)`);
  }
  return bytes.toString(encoding);
}

export function parseTerraformPlan(text: string, file: string): TerraformPlan {
  const fail = (problem: string): never => {
    throw new PlanFileError(file, problem);
  };
  if (text.trim() === '') fail('not JSON (the file is empty)');
  if (/^\s*\{\s*"@level"/.test(text)) {
    fail(
      "the log 'terraform plan -json' prints, not a plan: save the plan with -out and pass what 'terraform show -json PLANFILE' prints",
    );
  }
  let doc: JsonValue;
  try {
    doc = JSON.parse(text) as JsonValue;
  } catch (error) {
    return fail(`not JSON (${jsonSyntaxError(error, text)})`);
  }
  if (!isObject(doc))
    return fail(`not a Terraform plan (the JSON is ${kindOf(doc)}, not an object)`);
  checkFormatVersion(doc, fail);
  if (!isObject(doc.planned_values)) {
    if (isObject(doc.values)) {
      fail(
        "a Terraform state, not a plan (it has values, no planned_values): pass what 'terraform show -json PLANFILE' prints for a saved plan",
      );
    }
    fail('not a Terraform plan (no planned_values)');
  }
  if (doc.errored === true) {
    fail('an incomplete plan: Terraform stopped on an error while planning (errored: true)');
  }
  checkChanges(doc.resource_changes, 'resource_changes', fail);
  checkDeferred(doc.deferred_changes, fail);
  return doc as unknown as TerraformPlan;
}

function checkFormatVersion(doc: JsonObject, fail: (problem: string) => never): void {
  const version = doc.format_version;
  if (version === undefined) fail('not a Terraform plan (no format_version)');
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (match === null) {
    fail(`not a Terraform plan (format_version ${JSON.stringify(version)} is not "major.minor")`);
  }
  if (!SUPPORTED_MAJORS.has(Number(match[1]))) {
    fail(`format_version ${String(version)} is not supported (this version reads 0.x and 1.x)`);
  }
}

function checkChanges(value: JsonValue | undefined, where: string, fail: (p: string) => never) {
  if (value === undefined) return;
  if (!Array.isArray(value)) return fail(`not a Terraform plan (${where} is not a list)`);
  value.forEach((entry, i) => {
    const problem = changeProblem(entry);
    if (problem !== undefined) fail(`not a Terraform plan (${where}[${i}] ${problem})`);
  });
}

function checkDeferred(value: JsonValue | undefined, fail: (p: string) => never) {
  if (value === undefined) return;
  if (!Array.isArray(value)) return fail('not a Terraform plan (deferred_changes is not a list)');
  value.forEach((entry, i) => {
    const where = `deferred_changes[${i}]`;
    if (!isObject(entry)) return fail(`not a Terraform plan (${where} is not an object)`);
    const problem = changeProblem(entry.resource_change);
    if (problem !== undefined) fail(`not a Terraform plan (${where}.resource_change ${problem})`);
  });
}

/** What is missing from one entry of resource_changes; undefined when it is a change. */
function changeProblem(entry: JsonValue | undefined): string | undefined {
  if (!isObject(entry)) return 'is not an object';
  for (const key of ['address', 'type', 'name'] as const) {
    if (typeof entry[key] !== 'string') return `has no ${key}`;
  }
  if (entry.mode !== 'managed' && entry.mode !== 'data') return 'has no mode "managed" or "data"';
  const { change, index } = entry as unknown as PlanResourceChange & { index?: JsonValue };
  if (index !== undefined && typeof index !== 'number' && typeof index !== 'string') {
    return 'has an index that is neither a number nor a string';
  }
  const actions = isObject(change as unknown as JsonValue) ? change.actions : undefined;
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) {
    return 'has no change.actions';
  }
  return undefined;
}

function kindOf(value: JsonValue): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
