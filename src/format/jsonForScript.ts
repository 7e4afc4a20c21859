// JSON placed inside `<script type="application/json">`. The HTML parser ends the element at
// the first `</script`, and `<!--` changes how it looks for that end, so `<` may not appear
// raw; `>` and `&` are escaped too so no markup-looking text survives. U+2028/2029 are valid
// in JSON but were line terminators in JavaScript before ES2019. Each is replaced by its
// `\uXXXX` escape, which JSON.parse reads back as the same character.
const UNSAFE = /[<>&\u2028\u2029]/g;

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, unicodeEscape);
}
