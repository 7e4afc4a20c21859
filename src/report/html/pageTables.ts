// Every table of the page, in the order a reader goes through them: what to do first (the
// verdict's next step, as in the job summary), then the addresses it is about, then what else
// holds public addresses, then what the scan could not see. The kinds of finding are placed by
// their `html.order`; the actions table comes before the first.
import type { HtmlTable } from '../../format/htmlTable.js';
import type { Findings } from '../../model/findings.js';
import { FINDING_KINDS } from '../../kinds/findingKinds.js';
import { RECOMMENDED_ACTIONS_TABLE } from './actionsTable.js';
import {
  POLICY_DENIED_TABLE,
  SCAN_ERRORS_TABLE,
  UNCHECKED_ACCOUNTS_TABLE,
  type TableDefinition,
} from './reportTables.js';

const RECOMMENDED_ACTIONS_ORDER = 0;

/** A kind's table, reading its rows from the audit's scan result. */
const ofOutcome = (table: HtmlTable<Findings>): TableDefinition => ({
  ...table,
  encode: (outcome, price) => table.encode(outcome.result, price),
});

export const PAGE_TABLES: readonly TableDefinition[] = [
  ...[
    ...FINDING_KINDS.map(({ html }) => ({ order: html.order, table: ofOutcome(html.table) })),
    { order: RECOMMENDED_ACTIONS_ORDER, table: RECOMMENDED_ACTIONS_TABLE },
  ]
    .sort((a, b) => a.order - b.order)
    .map(({ table }) => table),
  SCAN_ERRORS_TABLE,
  POLICY_DENIED_TABLE,
  UNCHECKED_ACCOUNTS_TABLE,
];
