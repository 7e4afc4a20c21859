// "Did you mean": the name a mistyped command or flag was probably meant to be.
import { distance } from 'fastest-levenshtein';

/** Shorter than this, a part of a name says too little to suggest the name it is part of. */
const MIN_PART = 3;

/**
 * The one of `names` that `typed` was probably meant to be: the same but for case; else the
 * nearest by edit distance, within a third of its length (at least 2 edits, so that two swapped
 * letters are caught); else the only name that contains it or that it contains (`--role` for
 * `--role-name`); else the only name whose first word it shares (`--output-dir`, `--output-path`).
 * Undefined when none is near.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const same = names.find((name) => name.toLowerCase() === word);
  if (same !== undefined) return same;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let nearest: string | undefined;
  let nearestDistance = limit + 1;
  for (const name of names) {
    const edits = distance(word, name.toLowerCase());
    if (edits < nearestDistance) [nearest, nearestDistance] = [name, edits];
  }
  if (nearest !== undefined) return nearest;
  const overlapping = names.filter((name) => {
    const lower = name.toLowerCase();
    return (
      (word.length >= MIN_PART && lower.includes(word)) ||
      (lower.length >= MIN_PART && word.includes(lower))
    );
  });
  if (overlapping.length === 1) return overlapping[0];
  const first = (name: string) => name.toLowerCase().split('-')[0] ?? '';
  const sameStart = names.filter((name) => first(name) === first(word));
  return first(word).length >= MIN_PART && sameStart.length === 1 ? sameStart[0] : undefined;
}
