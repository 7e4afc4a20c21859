// The small pieces the job summary is built of: counts, tables, capped lists, outside text.
import { formatCount as count } from '../common/formatCount.js';
import { clip, codeSpan } from './escapeMarkdown.js';

/** Longest outside text shown in a cell; longer text is cut (the artifact has it whole). */
const MAX_CELL_CHARS = 200;

/** A clipped code span: for any text we did not write ourselves (never a mention or a link). */
export function text(value: string): string {
  return codeSpan(clip(value, MAX_CELL_CHARS));
}

export function table(headers: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The first `max` rows, and the line that says how many the artifact holds beyond them. */
export function capped<T>(rows: readonly T[], max: number, what: string) {
  const limit = Math.max(0, Math.floor(max));
  const more = rows.length - limit;
  return {
    shown: rows.slice(0, limit),
    moreLine: more > 0 ? ['', `…and ${count(more)} more ${what} in the artifact.`] : [],
  };
}
