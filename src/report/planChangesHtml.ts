// The plan's part of report.html: "This pull request", what its Terraform plans change, drawn
// first on the scan's page, and alone on the page of a run that judged plans only. Every text from
// the plan (addresses, keys, what they quote) is escaped: the plan's author is anyone who can open
// a pull request. The rows are static markup: a plan's changes are few enough for no script.
import type { PlanOutcome, PlanRunOutcome } from '../audit/checkPlans.js';
import { TOOL_NAME, VERSION } from '../common/version.js';
import type { GateCheck } from '../gate/evaluateGate.js';
import { dependencyText } from '../plan/dependencyText.js';
import { formatUsd } from '../format/formatUsd.js';
import { cspHash } from './html/contentSecurityPolicy.js';
import { escapeHtml as h } from './html/escapeHtml.js';
import { REPORT_STYLE } from './html/reportStyle.js';
import { planHeadline } from './planSummary.js';

// The plan-only page has no script: its policy allows its own style and nothing else.
const PLAN_POLICY = [
  "default-src 'none'",
  `style-src ${cspHash(REPORT_STYLE)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function row(
  file: string | undefined,
  c: PlanOutcome['report']['files'][number]['changes'][number],
  headers: readonly string[],
) {
  const cells = [
    ...(file === undefined ? [] : [h(file)]),
    `<code>${h(c.address)}</code>`,
    h(c.actions.join('+')),
    `<span class="num">${c.added}</span>`,
    `<span class="num">${c.removed}</span>`,
    `<span class="num">${h(formatUsd(c.monthlyChangeUsd))}</span>`,
    h(c.dependsOn.map(dependencyText).join('; ')),
    h(c.flags.map((f) => f.text).join('; ')),
  ];
  // Named by its column: on a phone each row is a card of "column: value" lines.
  return `<tr>${cells.map((cell, i) => `<td data-label="${h(headers[i] ?? '')}">${cell}</td>`).join('')}</tr>`;
}

/** `<section id="plan">`: the headline and every judged change of every plan. */
export function planChangesHtml({ report }: PlanOutcome): string {
  const several = report.files.length > 1;
  const headers = [
    ...(several ? ['Plan file'] : []),
    'Resource',
    'Actions',
    'Added',
    'Removed',
    'Monthly change (USD)',
    'Depends on',
    'Flags',
  ];
  const rows = report.files.flatMap((file) =>
    file.changes.map((c) => row(several ? file.file : undefined, c, headers)),
  );
  const files = report.files.map((f) => `<code>${h(f.file)}</code>`).join(', ');
  return (
    `<section id="plan" aria-labelledby="plan-title"><h2 id="plan-title">This pull request</h2>` +
    `<p data-plan-headline>${h(planHeadline(report))}</p>` +
    `<p class="note">Judged from ${files}: every resource change with a public IPv4 rule.</p>` +
    (rows.length === 0
      ? ''
      : `<div class="scroll"><table><thead><tr>${headers.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table></div>`) +
    `</section>`
  );
}

function verdict(gate: PlanRunOutcome['gate']): string {
  if (gate.checks.length === 0) {
    return '<div class="verdict pass" data-gate="passed"><strong>No plan threshold set.</strong> The plans are reported, not gated.</div>';
  }
  if (gate.passed) {
    return '<div class="verdict pass" data-gate="passed"><strong>Gate passed.</strong> No threshold was exceeded.</div>';
  }
  const items = gate.violations.map((v: GateCheck) => `<li>${h(v.message)}</li>`).join('');
  return `<div class="verdict fail" data-gate="failed"><strong>Gate failed.</strong><ul>${items}</ul></div>`;
}

/** The `{epoch}_report.html` of a run that judged Terraform plans only. */
export function planReportHtml(outcome: PlanRunOutcome): string {
  const { report } = outcome.plan;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${h(PLAN_POLICY)}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Public IPv4 audit of a pull request</title>` +
    `<style>${REPORT_STYLE}</style></head><body>` +
    `<header><h1>Public IPv4 audit</h1><p class="meta">Terraform plans judged ${h(outcome.startedAt.toISOString().slice(0, 19).replace('T', ' '))} UTC; no scan.</p></header>` +
    verdict(outcome.gate) +
    planChangesHtml(outcome.plan) +
    `<footer>${h(TOOL_NAME)} ${h(VERSION)}. Every public IPv4 address costs ${h(`$${report.pricePerIpHour}`)} per hour ` +
    `(${report.hoursPerMonth} hours a month), in use or idle; BYOIP addresses are free.</footer>` +
    `</body></html>\n`
  );
}
