// The summary's sections about the run rather than its findings: a partial scan's warning, what
// changed since the baseline, the gate's verdict, and where the reports are (or why they are not).
import type { BaselineChange } from '../analyze/baselineDiff.js';
import { describeGap } from '../analyze/coverage.js';
import { COVERAGE_CHECK, type GateCheck } from '../gate/evaluateGate.js';
import { figureOf, THRESHOLDS } from '../gate/thresholds.js';
import { formatCount as count } from '../common/formatCount.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatUsdForPeople } from '../format/formatUsd.js';
import { table, text } from './markdownBlocks.js';
import { countsOnly, type SummaryInput } from './summaryInput.js';

export function changesSection(input: SummaryInput): string[] {
  const { baselineDiff: diff, gate } = input;
  const listed = (changes: BaselineChange[]) =>
    countsOnly(input)
      ? []
      : changes
          .slice(0, 20)
          .map(
            (c) => `- ${text(c.address)} ${text(c.key)}${c.suspicion ? ` (${c.suspicion})` : ''}`,
          );
  const lines: string[] = [];
  if (gate.counts.suppressed > 0) {
    lines.push(
      `**${count(gate.counts.suppressed)}** finding(s) are suppressed (accepted with a reason): they stay in the reports and do not count for the gate.`,
    );
  }
  if (diff === undefined) return lines.length === 0 ? [] : ['### Suppressions', '', ...lines];
  const sign = diff.monthlyCostDeltaUsd >= 0 ? '+' : '−';
  const source = countsOnly(input) ? '' : `Baseline: ${text(diff.source)}. `;
  const newLines = listed(diff.newFindings);
  const goneLines = listed(diff.goneFindings);
  const { scope } = diff;
  // Findings of account-regions one of the runs did not read are neither gone nor kept.
  const notCompared =
    diff.notCompared > 0
      ? `**${count(diff.notCompared)}** not compared (in account-regions this run or the baseline did not read completely), `
      : '';
  const over = scope.same
    ? ''
    : ` over the ${count(scope.common)} account-regions both read completely (the baseline read ${count(scope.common + scope.onlyBaseline)}, this run ${count(scope.common + scope.onlyThisRun)})`;
  return [
    '### Since the baseline',
    '',
    `${source}**${count(diff.newFindings.length)}** new, **${count(diff.goneFindings.length)}** gone, ${notCompared}` +
      `${count(diff.changedSuspicion.length)} changed suspicion, ${count(diff.unchanged)} unchanged; ` +
      `${count(diff.newUnassociatedEips.length)} new unassociated Elastic IPs. Monthly cost ${sign}${formatUsdForPeople(Math.abs(diff.monthlyCostDeltaUsd))}${over}. ` +
      `Gate counts: ${gate.counts.scope === 'new' ? 'new findings only' : 'all findings'}.`,
    ...(newLines.length > 0 ? ['', '**New:**', ...newLines] : []),
    ...(goneLines.length > 0 ? ['', '**Gone:**', ...goneLines] : []),
    ...lines.flatMap((l) => ['', l]),
  ];
}

/** The summary's first line: the gate's verdict, which the PR comment's reader looks for. */
export function verdictHeading({ gate }: SummaryInput): string {
  return `## AWS public IPv4 audit: ${gate.passed ? '✅ gate passed' : '❌ gate failed'}`;
}

/** Why the gate decided as it did, right under the verdict: what failed, then every check. */
export function gateSection(input: SummaryInput): string[] {
  const { gate } = input;
  const thresholds = gate.checks.filter((check) => check.input !== COVERAGE_CHECK);
  const lines: string[] = [];
  if (thresholds.length === 0) {
    lines.push('No thresholds set: the gate fails only when nothing could be scanned.');
  } else {
    lines.push(
      ...table(
        ['Check', 'Count', 'Limit', 'Result'],
        ['l', 'r', 'r', 'l'],
        thresholds.map((check) => {
          const figure = figureOf(check.input);
          return [
            `\`${check.input}\``,
            figure(check.count),
            figure(check.limit),
            check.passed ? '✅ within' : `❌ over by ${figure(check.count - check.limit)}`,
          ];
        }),
      ),
    );
  }
  // Messages carry AWS ids and error codes: prose, escaped; counts only where ids stay out.
  const said = (v: GateCheck) =>
    countsOnly(input)
      ? `- \`${v.input}\`: ${figureOf(v.input)(v.count)} (limit ${figureOf(v.input)(v.limit)})`
      : `- ${escapeMarkdown(v.message)}`;
  return gate.violations.length === 0 ? lines : [...gate.violations.map(said), '', ...lines];
}

/** Said at the top when the scan is partial, so no one reads the numbers as the whole truth. */
export function coverageWarning(input: SummaryInput): string[] {
  const { coverage } = input.result;
  if (coverage.gaps.length === 0) return [];
  const shown = coverage.gaps.slice(0, 5).map((gap) => escapeMarkdown(describeGap(gap)));
  const more = coverage.gaps.length - shown.length;
  const which = countsOnly(input)
    ? ''
    : `Not read completely: ${shown.join('; ')}${more > 0 ? `; and ${count(more)} more` : ''}. `;
  return [
    `> [!WARNING]`,
    `> **Partial scan**: ${count(coverage.complete)} of ${count(coverage.planned)} account-regions were read completely. ` +
      `${which}What was not read is not in these numbers.`,
  ];
}

/**
 * Said at the top when an organisation policy denied account-regions: they were not read, but
 * they are the organisation's choice rather than a failure, and fail the gate only on request.
 */
export function policyDeniedNote(input: SummaryInput): string[] {
  const denied = input.result.policyDenied.length;
  if (denied === 0) return [];
  const switchInput = THRESHOLDS.failOnPolicyDenied.input;
  const gated = input.gate.checks.some((check) => check.input === switchInput);
  const one = denied === 1;
  return [
    '> [!NOTE]',
    `> **${count(denied)}** account-region${one ? ' is' : 's are'} denied by an organisation ` +
      "policy (a service or resource control policy, such as Control Tower's Region deny control) " +
      `and ${one ? 'was' : 'were'} not read. ${one ? 'It is not a scan error' : 'They are not scan errors'}` +
      (gated
        ? `, and \`${switchInput}\` fails the gate on ${one ? 'it' : 'them'}.`
        : `, and pass${one ? 'es' : ''} the gate unless \`${switchInput}\` is true.`),
  ];
}

export function writeErrorSection({ writeError }: Pick<SummaryInput, 'writeError'>): string[] {
  if (writeError === undefined) return [];
  return ['### Reports', '', `❌ ${text(writeError)}`];
}

/** An http(s) URL safe to put in a markdown link target, or undefined. */
function linkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // `href` is already percent-encoded but may hold characters that end a link target.
  return parsed.href.replace(
    /[()<>"'\\ ]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function artifactSection({ artifact }: Pick<SummaryInput, 'artifact'>): string[] {
  if (artifact === undefined) return [];
  const name = text(artifact.name);
  const target = artifact.url === undefined ? undefined : linkTarget(artifact.url);
  let line: string;
  if (artifact.error !== undefined) {
    line = `⚠️ The reports could not be uploaded as ${name}: ${text(artifact.error)}`;
  } else if (target !== undefined) {
    line = `Download the reports: [${name}](${target}) — CSV, JSON and an HTML report`;
  } else {
    line = `The reports are in the workflow artifact ${name} — CSV, JSON and an HTML report`;
  }
  return ['### Reports', '', line];
}
