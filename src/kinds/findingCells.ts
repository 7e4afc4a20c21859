// Cells several kinds of finding share: the recommended action, what taking it saves, what the
// addresses cost, the suppression, in the CSV reports, report.json and the HTML tables.
import { actionSavingUsd, monthlyCostUsd } from '../analyze/cost.js';
import { col, type CsvColumn } from '../format/csvColumns.js';
import { formatUsdOnce as formatUsd, roundCentsOnce as roundCents } from '../format/centsOnce.js';
import { cents } from '../format/htmlTable.js';
import type { RecommendedAction } from '../model/recommendedAction.js';
import type * as Json from '../model/reportJson.generated.js';

/** The last column of every report that holds addresses: what `count` of them cost a month. */
export function monthlyCostColumn<Row>(
  count: (row: Row) => number,
  byoip: (row: Row) => boolean = () => false,
): CsvColumn<Row> {
  return col<Row>('MonthlyCostUsd', (row, { pricePerIpHour }) =>
    formatUsd(count(row) * monthlyCostUsd(pricePerIpHour, byoip(row))),
  );
}

/** What to do (the advice) and the command(s) that do it. */
export function actionColumns<Row extends { action?: RecommendedAction }>(): CsvColumn<Row>[] {
  return [
    col<Row>('Action', (row) => row.action?.advice),
    // Two commands run in order: one line a shell runs as written.
    col<Row>('Command', (row) => row.action?.commands.join(' && ') || undefined),
  ];
}

/** What taking the action saves a month: the address's cost, when it goes away. */
export function savingColumn<
  Row extends { action?: RecommendedAction; byoip: boolean },
>(): CsvColumn<Row> {
  return col<Row>('MonthlySavingUsd', (row, { pricePerIpHour }) =>
    row.action === undefined
      ? undefined
      : formatUsd(actionSavingUsd(row.action, pricePerIpHour, row.byoip)),
  );
}

/** Suppressed findings stay in the reports, marked, with the reason the team gave. */
export function suppressionColumns<Row extends { suppressionReason?: string }>(): CsvColumn<Row>[] {
  return [
    col<Row>('Suppressed', (row) => row.suppressionReason !== undefined),
    col<Row>('SuppressionReason', (row) => row.suppressionReason),
  ];
}

/** What `count` addresses cost a month in report.json: BYOIP ones are free. */
export const monthlyCostJson = (count: number, pricePerIpHour: number, byoip = false) =>
  roundCents(count * monthlyCostUsd(pricePerIpHour, byoip));

/** A finding's recommended action and its monthly saving, or null. */
export function actionJson(
  action: RecommendedAction | undefined,
  price: number,
  byoip: boolean,
): Json.RecommendedAction {
  return action === undefined
    ? null
    : {
        kind: action.kind,
        advice: action.advice,
        commands: action.commands,
        monthlySavingUsd: roundCents(actionSavingUsd(action, price, byoip)),
      };
}

/** The monthly cost of `count` addresses in an HTML table, in whole cents. */
export const monthlyCostCents = (count: number, pricePerIpHour: number, byoip = false) =>
  cents(count * monthlyCostUsd(pricePerIpHour, byoip));
