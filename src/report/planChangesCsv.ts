// `{epoch}_plan_changes.csv`: one row per resource change of the Terraform plans that has a
// public IPv4 rule, as judged (src/plan/). Resource addresses, keys and the texts that quote them
// come from the plan, which the pull request's author writes: every cell is formula-neutralised.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { dependencyText } from '../plan/dependencyText.js';
import type { PlanAddressChange, PlanChangesReport } from '../plan/types.js';
import { formatUsd } from '../format/formatUsd.js';
import { neutralizeFormula } from '../format/neutralizeFormula.js';
import { planChangesFileName } from './reportFileName.js';

const PLAN_CHANGES_HEADERS = [
  'PlanFile',
  'Address',
  'Type',
  'Actions',
  'Added',
  'Removed',
  'ChargedChange',
  'MonthlyChangeUsd',
  'DependsOn',
  'Flags',
] as const;

/** A number this tool computed (`-1`, `-3.65`): a spreadsheet reads it as a number, never a formula. */
const computed = (n: number, text: string) => (Number.isFinite(n) ? text : neutralizeFormula(text));

function cells(file: string, change: PlanAddressChange): string[] {
  const text = [file, change.address, change.type, change.actions.join('+')].map(neutralizeFormula);
  return [
    ...text,
    computed(change.added, String(change.added)),
    computed(change.removed, String(change.removed)),
    // Negative when the bill goes down: left a number, so the column still adds up.
    computed(change.chargedChange, String(change.chargedChange)),
    computed(change.monthlyChangeUsd, formatUsd(change.monthlyChangeUsd)),
    neutralizeFormula(change.dependsOn.map(dependencyText).join('; ')),
    neutralizeFormula(change.flags.map((f) => f.text).join('; ')),
  ];
}

/** The rows, header first, every file's changes in the order the plans list them. */
export function* planChangesRecords(report: PlanChangesReport): Generator<string[]> {
  yield [...PLAN_CHANGES_HEADERS];
  for (const file of report.files) {
    for (const change of file.changes) yield cells(file.file, change);
  }
}

/** Writes `{epoch}_plan_changes.csv` in `dir` (quoting as the scan's CSV files) and returns its path. */
export async function writePlanChangesCsv(
  report: PlanChangesReport,
  dir: string,
  epoch: number,
): Promise<string> {
  const path = join(dir, planChangesFileName(epoch));
  await pipeline(
    Readable.from(planChangesRecords(report)),
    stringify({ record_delimiter: 'unix', quoted_match: /[;\t]/ }),
    createWriteStream(path),
  );
  return path;
}
