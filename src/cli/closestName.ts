// "Did you mean": the name a mistyped command or flag was probably meant to be.

/** Shorter than this, a part of a name says too little to suggest the name it is part of. */
const MIN_PART = 3;

/**
 * The one of `names` that `typed` was probably meant to be: the same but for case; else the
 * nearest by edit distance, within a third of its length (at least 2 edits); else the only name that contains it or that it contains (`--role` for
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
    const edits = editDistance(word, name.toLowerCase());
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

/**
 * The fewest insertions, deletions, substitutions and swaps of two neighbouring letters that turn
 * `a` into `b` (optimal string alignment): `quite` is one edit from `quiet`.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i letters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}
