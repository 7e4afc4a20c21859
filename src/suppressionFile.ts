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
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Suppression, SuppressionMatch } from './analyze/suppressions.js';
import { InputError } from './options.js';

const MATCH_KEYS = {
  address: 'address',
  'interface-id': 'interfaceId',
  'allocation-id': 'allocationId',
  account: 'account',
  region: 'region',
  'interface-type': 'interfaceType',
} as const satisfies Record<string, keyof SuppressionMatch>;
const ALL_KEYS = [...Object.keys(MATCH_KEYS), 'tag', 'reason', 'expires'];

export async function loadSuppressions(input: string, file: string): Promise<Suppression[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      input,
      `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
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
    const scalar = () => {
      if (!isScalar(valueNode) || valueNode.value === null || typeof valueNode.value === 'object') {
        return fail(valueNode ?? keyNode, `'${key}' must be a single value`);
      }
      // The written text, not YAML's reading of it: 012345678901 must not become a number.
      return (valueNode.source ?? String(valueNode.value)).trim();
    };
    if (!ALL_KEYS.includes(key)) {
      fail(keyNode, `unknown key '${key}' (allowed: ${ALL_KEYS.join(', ')})`);
    } else if (key === 'reason') {
      reason = scalar();
    } else if (key === 'expires') {
      // YAML may hand over a date as a string or a Date: keep the written text.
      const text = isScalar(valueNode) ? String(valueNode.source ?? valueNode.value) : '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
        fail(valueNode ?? keyNode, `'expires' must be a date like 2027-01-31, not '${text}'`);
      }
      expires = text;
    } else if (key === 'tag') {
      if (!isMap(valueNode))
        return fail(
          valueNode ?? keyNode,
          "'tag' must be a mapping with 'key' and optional 'value'",
        );
      const tagKey = valueNode.get('key');
      const tagValue = valueNode.get('value');
      const extra = valueNode.items
        .map((p) => String(isScalar(p.key) ? p.key.value : p.key))
        .find((k) => k !== 'key' && k !== 'value');
      if (extra !== undefined)
        fail(valueNode, `unknown key '${extra}' in 'tag' (allowed: key, value)`);
      if (tagKey === undefined || tagKey === null || String(tagKey).trim() === '')
        fail(valueNode, "'tag' needs a 'key'");
      match.tag = {
        key: String(tagKey),
        ...(tagValue !== undefined && tagValue !== null ? { value: String(tagValue) } : {}),
      };
    } else {
      const value = scalar();
      if (key === 'account' && !/^\d{12}$/.test(value))
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
