// ANSI colours for the terminal summary, or none: the words carry the meaning either way, so a
// pipe, a log file or NO_COLOR loses nothing but the colour.

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

/** SGR on and off codes; each closes only what it opened, so they nest. */
const sgr = (on: number, off: number) => (text: string) => `\x1b[${on}m${text}\x1b[${off}m`;

const COLOURED: Paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
};

const same = (text: string) => text;
const PLAIN: Paint = { bold: same, dim: same, red: same, yellow: same, green: same };

export const paint = (colour: boolean): Paint => (colour ? COLOURED : PLAIN);
