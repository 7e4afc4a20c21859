// V8 keeps a script's source text one byte per character only while every character is Latin-1;
// one other character (an ellipsis in a message, an emoji in a dependency's comment) makes it two
// bytes per character, for as long as the process runs. dist/index.js (8.7 MB) held 3,447 of
// them and took 8.6 MB more at start-up than its escaped twin; dist/cli.js 3.5 MB more for 71.
// So the bundles write each such character as a \u escape, as esbuild and terser's ascii_only
// do, and the parse of the result is checked to be the same program.
import { parse } from 'acorn';

/** `code` with every UTF-16 unit above U+00FF written as `\uXXXX`. */
export function escapeBeyondLatin1(code) {
  let out = '';
  let copied = 0;
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit <= 0xff) continue;
    // After an odd run of backslashes the character was escaped itself (`'\’'`): the \u escape
    // replaces that escape.
    let backslashes = 0;
    while (code.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
    const start = backslashes % 2 === 1 ? i - 1 : i;
    out += `${code.slice(copied, start)}\\u${unit.toString(16).padStart(4, '0')}`;
    copied = i + 1;
  }
  return out + code.slice(copied);
}

/** A regular expression's source with its \uXXXX escapes decoded (and no other change). */
function decodeUnicodeEscapes(pattern) {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const hex = /^u([0-9a-fA-F]{4})/.exec(pattern.slice(i + 1, i + 6));
    if (hex) {
      out += String.fromCharCode(parseInt(hex[1], 16));
      i += 5;
    } else {
      out += pattern.slice(i, i + 2);
      i++;
    }
  }
  return out;
}

const POSITIONS = new Set(['start', 'end', 'loc', 'range', 'raw']);

/**
 * Throws unless `before` and `after` parse to the same program: same nodes, names and values;
 * a template's raw text may differ only where no tag can read it, a regular expression's
 * pattern only in \u escapes.
 */
export function assertSameProgram(before, after, file) {
  const options = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };
  const fail = (path, a, b) => {
    throw new Error(
      `${file}: escaping changed the program at ${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
    );
  };
  const compare = (a, b, path, tagged) => {
    if (a === b) return;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
      return fail(path, a, b);
    }
    if (Array.isArray(a) !== Array.isArray(b) || a.length !== b.length) return fail(path, a, b);
    if (Array.isArray(a))
      return a.forEach((item, i) => compare(item, b[i], `${path}[${i}]`, tagged));
    if (a.type === 'TemplateElement') {
      if (a.value.cooked !== b.value.cooked) return fail(`${path}.cooked`, a.value, b.value);
      if (tagged && a.value.raw !== b.value.raw) return fail(`${path}.raw`, a.value, b.value);
      return;
    }
    if (a.type === 'Literal' && a.regex) {
      const same =
        a.regex.flags === b.regex?.flags &&
        decodeUnicodeEscapes(a.regex.pattern) === decodeUnicodeEscapes(b.regex?.pattern ?? '');
      return same ? undefined : fail(`${path}.regex`, a.regex, b.regex);
    }
    for (const key of Object.keys(a)) {
      if (POSITIONS.has(key)) continue;
      // A tag reads its template's raw text; templates inside its expressions are untagged.
      const raw =
        (a.type === 'TaggedTemplateExpression' && key === 'quasi') || (tagged && key === 'quasis');
      compare(a[key], b[key], `${path}.${key}`, raw);
    }
  };
  compare(parse(before, options), parse(after, options), 'Program', false);
}
