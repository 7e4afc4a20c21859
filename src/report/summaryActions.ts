// The summary's answer to "what do we do about it": what each kind of recommended action would
// save, and the individual actions worth the most, each with its command.
import { ACTION_LABELS } from '../model/recommendedAction.js';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { formatUsdForPeople } from '../format/formatUsd.js';
import { formatCount as count } from '../common/formatCount.js';
import { capped, table, text } from './markdownBlocks.js';
import { savingsByActionTotalWords } from './costWords.js';

/** Rows of the top-actions table: a short list, the artifact's remediation.sh has them all. */
const TOP_ACTIONS = 10;

export function savingsSection({ cost }: Pick<AuditOutcome, 'cost'>): string[] {
  if (cost.savingsByAction.length === 0) return [];
  return [
    '### Savings by action',
    '',
    'What each kind of recommended action would save a month if every one were taken.',
    '',
    ...table(
      ['Action', 'Findings', 'USD a month'],
      ['l', 'r', 'r'],
      cost.savingsByAction.map((a) => [
        ACTION_LABELS[a.kind],
        count(a.findings),
        formatUsdForPeople(a.monthlyUsd),
      ]),
    ),
    '',
    savingsByActionTotalWords(cost),
  ];
}

/** The actions worth the most, each with its command; none when only counts may be shown. */
export function topActionsSection(
  { recommendations }: Pick<AuditOutcome, 'recommendations'>,
  countsOnly = false,
): string[] {
  if (countsOnly) return [];
  const worth = recommendations.filter((r) => r.monthlySavingUsd > 0);
  if (worth.length === 0) return [];
  const { shown, moreLine } = capped(worth, TOP_ACTIONS, 'actions (remediation.sh)');
  return [
    '### Top actions by monthly saving',
    '',
    ...table(
      ['USD a month', 'Account', 'Region', 'Address', 'Action', 'Command'],
      ['r', 'l', 'l', 'l', 'l', 'l'],
      shown.map((r) => [
        formatUsdForPeople(r.monthlySavingUsd),
        escapeMarkdown(r.accountId),
        escapeMarkdown(r.region),
        escapeMarkdown(`${r.address} on ${r.subject}`),
        escapeMarkdown(r.action.advice),
        r.action.commands.length === 0 ? '—' : r.action.commands.map(text).join(' then '),
      ]),
    ),
    ...moreLine,
  ];
}
