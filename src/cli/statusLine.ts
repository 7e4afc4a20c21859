// One line at the bottom of a terminal, redrawn in place (carriage return, then erase the line),
// with every other line printed above it, so warnings and progress never garble each other.

import type { TerminalStream } from './terminalStream.js';

/** Carriage return, then ECMA-48 "erase in line" (all of it). */
export const CLEAR_LINE = '\r\x1b[2K';

export class StatusLine {
  private shown = '';

  constructor(private readonly stream: TerminalStream) {}

  /** Draws `text` in place of the current status, cut to the width so it never wraps. */
  show(text: string): void {
    // A terminal of unknown width (0 under some pseudo-terminals) is taken to be 80 wide.
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    if (line === this.shown) return;
    this.stream.write(`${CLEAR_LINE}${line}`);
    this.shown = line;
  }

  /** Writes whole lines above the status, which is drawn again below them. */
  print(lines: string): void {
    if (this.shown === '') this.stream.write(lines);
    else this.stream.write(`${CLEAR_LINE}${lines}${this.shown}`);
  }

  /** Erases the status; later output starts on a clean line. */
  clear(): void {
    if (this.shown !== '') this.stream.write(CLEAR_LINE);
    this.shown = '';
  }
}
