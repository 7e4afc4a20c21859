// Every report file of a run, named `{epoch}_NAME` in the output directory (the epoch is the
// scan's start): REPORT_FILES, those an option adds among them. They are written
// into a hidden staging folder inside the output directory, then placed by hard links, each of
// which fails rather than replace a file of that name (another run's that started in the same
// second): the set appears complete or, when any placement fails, whatever was placed is taken
// back, so no partial set is left and no other run's report is replaced.
import { constants } from 'node:fs';
import { copyFile, link, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AuditOutcome } from '../audit/auditOutcome.js';
import { errorMessage } from '../common/errorMessage.js';
import { REPORT_FILES } from './reportFiles.js';
import type { PlanRunOutcome } from '../audit/checkPlans.js';
import { planReportHtml } from './planChangesHtml.js';
import { writePlanChangesCsv } from './planChangesCsv.js';
import { htmlReportFileName } from './reportFileName.js';
import { writeChunks } from './writeChunks.js';
import { writePlanJsonReport } from './writeJsonReport.js';

/** Link errors of file systems without hard links: there the file is copied, still exclusively. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Places `from` at `to` only if nothing is there: a hard link, else an exclusive copy. Never
 * replaces a file; a copy that fails half-way leaves nothing behind.
 */
async function placeExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
    return;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw taken(to);
    if (!NO_HARD_LINKS.has(codeOf(error) ?? '')) throw error;
  }
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw taken(to);
    await rm(to, { force: true });
    throw error;
  }
}

function taken(file: string): Error {
  return new Error(
    `'${path.basename(file)}' is already there (a run that started in the same second?): ` +
      `no file was replaced, and none of this run's reports was left in place`,
  );
}

/** Places every staged file in `dir`, all or none: a failure takes back what was placed. */
async function placeAll(staged: readonly string[], dir: string): Promise<string[]> {
  const placed: string[] = [];
  try {
    for (const file of staged) {
      const target = path.join(dir, path.basename(file));
      await placeExclusive(file, target);
      placed.push(target);
    }
    return placed;
  } catch (error) {
    // Only files this run placed: a name that was taken is never in the list.
    await Promise.all(placed.map((file) => rm(file, { force: true })));
    throw error;
  }
}

/** The files written, or why none were: a write failure is reported, the verdict still stands. */
export type WrittenReports = { files: string[]; error?: undefined } | { files: []; error: string };

export async function writeReports(
  outcome: AuditOutcome,
  outputDir: string,
): Promise<WrittenReports> {
  const epoch = Math.floor(outcome.result.startedAt.getTime() / 1000);
  return writeReportSet(outputDir, async (staging) => {
    const written: string[] = [];
    for (const file of REPORT_FILES) {
      if (file.writes?.(outcome) !== false) written.push(await file.write(outcome, staging, epoch));
    }
    return written;
  });
}

/**
 * The reports of a run that judged Terraform plans only: `{epoch}_plan_changes.csv`, a
 * report.json of the plans and a report.html of them, `{epoch}` being the run's start.
 */
export async function writePlanReports(
  outcome: PlanRunOutcome,
  outputDir: string,
): Promise<WrittenReports> {
  const epoch = Math.floor(outcome.startedAt.getTime() / 1000);
  return writeReportSet(outputDir, async (staging) => [
    await writePlanChangesCsv(outcome.plan.report, staging, epoch),
    await writePlanJsonReport(outcome, staging, epoch),
    await writeChunks(path.join(staging, htmlReportFileName(epoch)), [planReportHtml(outcome)]),
  ]);
}

/** Writes a set of files into a staging folder in `outputDir`, then places them all or none. */
async function writeReportSet(
  outputDir: string,
  write: (staging: string) => Promise<string[]>,
): Promise<WrittenReports> {
  let staging: string | undefined;
  try {
    staging = await mkdtemp(path.join(outputDir, '.aws-ipv4-audit-'));
    const written = await write(staging);
    return { files: await placeAll(written, outputDir) };
  } catch (error) {
    return {
      files: [],
      error: `the reports could not be written to '${outputDir}': ${errorMessage(error)}`,
    };
  } finally {
    // The staged copies: the placed files are links of their own, the rest must not stay.
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
  }
}
