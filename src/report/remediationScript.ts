// `{epoch}_remediation.sh`: every recommended action of the run, grouped by account and region,
// each with a comment saying the address, the reason and the saving. Every line is a comment: a
// person reads it and uncomments what they decide to run. The tool itself never changes AWS.
import type { Recommendation } from '../kinds/recommendations.js';
import { compareTargets } from '../analyze/sortOrder.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { formatUsdForPeopleOnce as formatUsdForPeople } from '../format/centsOnce.js';

/** One line of text, whatever it holds: a line break in a value must never start a live line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
}

function entryLines(item: Recommendation): string[] {
  const saving =
    item.monthlySavingUsd > 0
      ? `Saves ${formatUsdForPeople(item.monthlySavingUsd)} a month.`
      : 'Saves nothing directly.';
  const about = [item.address, item.address === '' ? item.subject : `on ${item.subject}`]
    .filter((s) => s !== '')
    .join(' ');
  const commands =
    item.action.commands.length > 0
      ? item.action.commands
      : ['(no single command does it: see the advice above)'];
  return [`${about}: ${item.why} ${saving}`, item.action.advice, ...commands, ''].map((line) =>
    line === '' ? '#' : `# ${oneLine(line)}`,
  );
}

/** The script's lines, each a comment but the interpreter line and each ending in a newline. */
export function* remediationScriptLines(outcome: AuditOutcome): Generator<string> {
  for (const line of scriptLines(outcome)) yield `${line}\n`;
}

function* scriptLines(outcome: AuditOutcome): Generator<string> {
  yield* [
    '#!/bin/sh',
    `# aws-ipv4-audit: recommended actions for the scan of ${outcome.result.startedAt.toISOString()}.`,
    '# Every line is commented out. Read each action, decide, and uncomment the commands you choose',
    '# to run (they need credentials that may change the resources). The audit changed nothing.',
    '#',
  ];
  // Grouped by account and region; within each, biggest saving first (the list's order).
  const grouped = [...outcome.recommendations].sort(compareTargets);
  if (grouped.length === 0) yield '# Nothing to do: no finding has a recommended action.';
  let group = '';
  for (const item of grouped) {
    const heading = `${item.accountId} ${item.region}`;
    if (heading !== group) {
      group = heading;
      // Ids come from AWS answers too: one line, like every other comment.
      yield* [oneLine(`# ==== Account ${item.accountId}, region ${item.region} ====`), '#'];
    }
    yield* entryLines(item);
  }
}

/** The whole script as one string (tests and small scans; the writer streams the lines). */
export function remediationScript(outcome: AuditOutcome): string {
  return [...remediationScriptLines(outcome)].join('');
}
