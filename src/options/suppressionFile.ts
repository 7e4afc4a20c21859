// Reads a suppressions YAML file into Suppression entries, or fails with the file, the line and
// the problem — before any AWS call. The format:
//
//   suppressions:
//     - address: 54.210.10.4
//       reason: Bastion host, reviewed by the network team
//       expires: 2027-03-31
//     - account: '222222222222'
//       interface-type: NAT Gateway
//       reason: NAT gateways need their Elastic IPs
//     - tag: { key: ipv4-audit, value: accepted }
//       reason: Accepted in the 2026 review
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../common/errorMessage.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Suppression, SuppressionMatch } from '../analyze/suppressions.js';
import { InputError, isAccountId } from './options.js';

const MATCH_KEYS = {
  address: 'address',
  'interface-id': 'interfaceId',
  'allocation-id': 'allocationId',
  account: 'account',
  region: 'region',
  'interface-type': 'interfaceType',
  service: 'service',
} as const satisfies Record<string, keyof SuppressionMatch>;
const ALL_KEYS = [...Object.keys(MATCH_KEYS), 'tag', 'reason', 'expires'];

export async function loadSuppressions(input: string, file: string): Promise<Suppression[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      input,
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`,
    );
  }
  return parseSuppressions(input, file, text);
}

export function parseSuppressions(input: string, file: string, text: string): Suppression[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (node: Node | undefined, problem: string): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new InputError(input, `${file}:${line}: ${problem}`);
  };
  const first = doc.errors[0];
  if (first) {
    throw new InputError(
      input,
      `${file}:${lines.linePos(first.pos[0]).line}: ${first.message.split('\n')[0]}`,
    );
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  let list: Node | null | undefined = root;
  if (isMap(root)) {
    const keys = root.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
    const unknown = keys.find((k) => k !== 'suppressions');
    if (unknown !== undefined)
      fail(root, `unknown key '${unknown}' (the file holds 'suppressions:')`);
    list = root.get('suppressions', true) as Node | undefined;
  }
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) return fail(list, "'suppressions' must be a list of entries");
  return list.items.map((item) => {
    if (!isMap(item)) return fail(item as Node, 'each entry must be a mapping with a reason');
    return entry(item, file, lines, fail);
  });
}

function entry(
  item: YAMLMap,
  file: string,
  lines: LineCounter,
  fail: (node: Node | undefined, problem: string) => never,
): Suppression {
  const match: SuppressionMatch = {};
  let reason: string | undefined;
  let expires: string | undefined;
  for (const pair of item.items) {
    const keyNode = pair.key as Node;
    const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
    const valueNode = pair.value as Node | null;
    const scalar = () => scalarText(valueNode, keyNode, `'${key}'`, fail);
    if (!ALL_KEYS.includes(key)) {
      fail(keyNode, `unknown key '${key}' (allowed: ${ALL_KEYS.join(', ')})`);
    } else if (key === 'reason') {
      reason = scalar();
    } else if (key === 'expires') {
      // YAML may hand over a date as a string or a Date: keep the written text.
      const text = isScalar(valueNode) ? String(valueNode.source ?? valueNode.value) : '';
      if (!isCalendarDate(text)) {
        fail(valueNode ?? keyNode, `'expires' must be a date like 2027-01-31, not '${text}'`);
      }
      expires = text;
    } else if (key === 'tag') {
      if (!isMap(valueNode))
        return fail(
          valueNode ?? keyNode,
          "'tag' must be a mapping with 'key' and optional 'value'",
        );
      const keyOf = (name: string) =>
        valueNode.items.find((p) => isScalar(p.key) && p.key.value === name);
      const tagKeyPair = keyOf('key');
      const tagValuePair = keyOf('value');
      const extra = valueNode.items
        .map((p) => String(isScalar(p.key) ? p.key.value : p.key))
        .find((k) => k !== 'key' && k !== 'value');
      if (extra !== undefined)
        fail(valueNode, `unknown key '${extra}' in 'tag' (allowed: key, value)`);
      if (tagKeyPair === undefined) fail(valueNode, "'tag' needs a 'key'");
      const tagKey = scalarText(
        tagKeyPair?.value as Node | null,
        valueNode,
        "the tag's 'key'",
        fail,
      );
      const tagValue =
        tagValuePair === undefined ||
        (isScalar(tagValuePair.value) && tagValuePair.value.value === null)
          ? undefined
          : scalarText(tagValuePair.value as Node | null, valueNode, "the tag's 'value'", fail);
      match.tag = { key: tagKey, ...(tagValue !== undefined ? { value: tagValue } : {}) };
    } else {
      const value = scalar();
      if (key === 'account' && !isAccountId(value))
        fail(valueNode ?? keyNode, `'account' must be a 12-digit account id, not '${value}'`);
      match[MATCH_KEYS[key as keyof typeof MATCH_KEYS]] = value;
    }
  }
  const source = `${file}:${item.range ? lines.linePos(item.range[0]).line : 1}`;
  if (reason === undefined || reason === '')
    fail(item, "entry has no 'reason': say why the finding is accepted");
  if (Object.keys(match).length === 0)
    fail(
      item,
      `entry matches nothing: give at least one of ${[...Object.keys(MATCH_KEYS), 'tag'].join(', ')}`,
    );
  return { match, reason: reason as string, ...(expires !== undefined ? { expires } : {}), source };
}

/**
 * The written text of a scalar, not YAML's reading of it (012345678901 must not become a
 * number); a mapping, a list or nothing is refused with the file and line.
 */
function scalarText(
  node: Node | null | undefined,
  near: Node,
  what: string,
  fail: (node: Node | undefined, problem: string) => never,
): string {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
    return fail(node ?? near, `${what} must be a single value (text), not a mapping or a list`);
  }
  return (node.source ?? String(node.value)).trim();
}

/** `YYYY-MM-DD` naming a day that exists: 2027-02-30 does not. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: the latter reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
