// The page's contents, right under the verdict: every section one link away from the first
// screen, on a phone as on a desktop, however many addresses the tables above the one a reader
// wants hold. The page's script writes each table's row count into its link.
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { escapeHtml as h } from './escapeHtml.js';
import { PAGE_TABLES } from './pageTables.js';

interface Entry {
  /** The id of the section, or of its heading, the link goes to. */
  id: string;
  label: string;
  /** A table the page's script draws: it adds the row count. */
  table?: boolean;
}

/** The sections of the page in its order, those this outcome draws. */
function entries(outcome: AuditOutcome): Entry[] {
  return [
    ...(outcome.plan ? [{ id: 'plan', label: 'This pull request' }] : []),
    { id: 'chart-title', label: 'Monthly cost by account' },
    ...(outcome.history.length >= 2 ? [{ id: 'history', label: 'History' }] : []),
    { id: 'breakdown-title', label: 'Breakdown' },
    ...(outcome.reconciliation ? [{ id: 'reconciliation', label: "Against AWS's records" }] : []),
    // A title up to its first comma or bracket: "Recommended actions", "Accounts not scanned".
    ...PAGE_TABLES.map((t) => ({
      id: t.id,
      label: t.title.split(/, | \(/)[0] ?? t.title,
      table: true,
    })),
  ];
}

export function contentsNav(outcome: AuditOutcome): string {
  const items = entries(outcome)
    .map(
      (e) =>
        `<li><a href="#${h(e.id)}">${h(e.label)}${e.table === true ? '<span data-nav-count></span>' : ''}</a></li>`,
    )
    .join('');
  return (
    `<nav class="contents" data-contents aria-labelledby="contents-title">` +
    `<h2 id="contents-title">On this page</h2><ol>${items}</ol></nav>`
  );
}
