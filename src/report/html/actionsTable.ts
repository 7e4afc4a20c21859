// The recommended actions as one table, biggest monthly saving first: what remediation.sh holds,
// readable and filterable in the page, so a reader of the artifact sees what to do and the command
// that does it next to the address.
import { ACTION_LABELS } from '../../model/recommendedAction.js';
import type { Recommendation } from '../../kinds/recommendations.js';
import type { AuditOutcome } from '../../audit/auditOutcome.js';
import { cents, defineTable } from '../../format/htmlTable.js';

export const RECOMMENDED_ACTIONS_TABLE = defineTable<Recommendation, AuditOutcome>(
  {
    id: 'actions',
    title: 'Recommended actions, biggest saving first',
    noun: 'recommended actions',
    columns: [
      { label: 'Account', kind: 'text', value: (r) => r.accountId },
      { label: 'Region', kind: 'text', value: (r) => r.region },
      { label: 'Address', kind: 'address', value: (r) => r.address },
      { label: 'Resource', kind: 'text', value: (r) => r.subject, wrap: true },
      { label: 'Action', kind: 'text', value: (r) => ACTION_LABELS[r.action.kind], wrap: true },
      { label: 'Advice', kind: 'text', value: (r) => r.action.advice, wrap: true },
      // Two commands run in order, as in the CSV: one line a shell runs as written.
      {
        label: 'Command',
        kind: 'text',
        value: (r) => r.action.commands.join(' && '),
        wrap: true,
        code: true,
      },
      { label: 'Saves a month', kind: 'usd', value: (r) => cents(r.monthlySavingUsd) },
    ],
    selects: [{ label: 'Action', values: Object.values(ACTION_LABELS) }],
  },
  (o) => o.recommendations,
);
