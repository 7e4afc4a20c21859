// The bundles' last step: every character beyond Latin-1 written as a \u escape, so V8 keeps each
// bundle's source at one byte per character. The program must stay the same one, and a change it
// cannot prove harmless (a tag reading a template's raw text) must stop the build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSameProgram, escapeBeyondLatin1 } from '../../../scripts/latin1Source.mjs';

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const DIST = path.resolve(import.meta.dirname, '..', '..', '..', 'dist');

/** What the escaped program computes: each case exports `value`. */
async function valueOf(code: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return ((await import(url)) as { value: unknown }).value;
}

describe('escapeBeyondLatin1', () => {
  it.each([
    ['a string', "export const value = 'IPv4 — “public” …';"],
    ['an escaped character', "export const value = '\\’';"],
    ['a character after an escaped backslash', "export const value = '\\\\’';"],
    ['an emoji (two UTF-16 units)', "export const value = '✅ 🦄';"],
    ['an untagged template', 'const n = 2; export const value = `${n} → ${`…`}`;'],
    [
      'a character class of a unicode regex',
      "export const value = 'a＝b'.replace(/[＝＋]/gu, '=');",
    ],
    ['an emoji in a regex without the u flag', "export const value = /🦄/.test('x🦄');"],
    ['an identifier', 'const ℮ = 3; export const value = ℮;'],
  ])('writes %s in Latin-1 and keeps its value', async (_, code) => {
    const escaped = escapeBeyondLatin1(code);

    expect(BEYOND_LATIN1.test(escaped)).toBe(false);
    expect(() => assertSameProgram(code, escaped, 'case.js')).not.toThrow();
    expect(await valueOf(escaped)).toEqual(await valueOf(code));
  });

  it('leaves Latin-1 text (é, £, NBSP) as it is', () => {
    const code = "const s = 'café £5\u00a0';";
    expect(escapeBeyondLatin1(code)).toBe(code);
  });

  it('writes each unit as \\uXXXX, in place of an escape of the character itself', () => {
    expect(escapeBeyondLatin1("'a—b\\’🦄'")).toBe("'a\\u2014b\\u2019\\ud83e\\udd84'");
  });
});

describe('assertSameProgram', () => {
  it('refuses a change to the raw text of a tagged template', () => {
    const code = 'const s = String.raw`a—b`;';
    expect(() => assertSameProgram(code, escapeBeyondLatin1(code), 'x.js')).toThrow(
      /^x\.js: escaping changed the program at Program\.body\[0\]\.declarations\[0\]\.init\.quasi\.quasis\[0\]\.raw/,
    );
  });

  it('refuses another value', () => {
    expect(() => assertSameProgram("f('—')", "f('-')", 'y.js')).toThrow(
      'y.js: escaping changed the program at Program.body[0].expression.arguments[0].value: "—" vs "-"',
    );
  });
});

describe('dist/', () => {
  it('holds only Latin-1 characters in its scripts', () => {
    const beyond = readdirSync(DIST)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => {
        const text = readFileSync(path.join(DIST, name), 'utf8');
        const at = BEYOND_LATIN1.exec(text)?.index;
        return at === undefined ? [] : [`${name}: ${JSON.stringify(text.slice(at - 20, at + 5))}`];
      });
    expect(beyond).toEqual([]);
  });
});
