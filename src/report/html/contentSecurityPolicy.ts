// The report is opened from a downloaded artifact and must never load or send anything: the
// policy allows no source at all except the report's own inline style and script, named by
// hash. Hashes rather than a nonce keep the file byte-for-byte reproducible. The JSON data
// blocks need no entry: a non-JavaScript `<script type>` is never executed.
import { createHash } from 'node:crypto';

function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inline: { script: string; style: string }): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(inline.script)}`,
    `style-src ${cspHash(inline.style)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
