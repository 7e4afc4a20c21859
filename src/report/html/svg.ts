/** A coordinate for SVG markup: one decimal at most, so the page stays small and diffs stay calm. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);
