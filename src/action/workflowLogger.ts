import type { Logger } from '../common/logger.js';
import { printable, printableLines } from '../common/printable.js';
import type { ActionCore } from './actionCore.js';

/**
 * The log of the workflow. An info line is written as is, and GitHub runs any line of it that
 * starts with `::` as a workflow command (masks, annotations, outputs): messages quote AWS answers,
 * so an info message is kept to one printable line. Warnings and debug lines are commands whose
 * data the toolkit escapes.
 */
export function workflowLogger(core: Pick<ActionCore, 'info' | 'warning' | 'debug'>): Logger {
  return {
    info: (message) => core.info(printable(message)),
    warning: (message) => core.warning(printableLines(message)),
    debug: (message) => core.debug(printableLines(message)),
  };
}
