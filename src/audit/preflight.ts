// Everything that must be read and checked before the first AWS call, so that a mistake in the
// inputs costs seconds, not a whole organisation's scan.
import type { Baseline } from '../analyze/baselineDiff.js';
import type { Suppression } from '../analyze/suppressions.js';
import { errorMessage } from '../common/errorMessage.js';
import { readBaselineFile } from '../options/baselineFile.js';
import { InputError, Inputs, type Options } from '../options/options.js';
import { prepareOutputDir } from '../options/outputDir.js';
import { loadSuppressions } from '../options/suppressionFile.js';

/** The `baseline` value that asks the action for its last artifact rather than a file. */
export const ARTIFACT_BASELINE = 'artifact';

export interface Prepared {
  suppressions: Suppression[];
  /** The baseline file, read and checked; absent without one or with `baseline: artifact`. */
  baselineFile?: Baseline;
  /** The folders made for the reports, outermost first: removed when the run stops before writing. */
  createdDirs: string[];
}

/** The suppressions and the baseline file, once the output directory is known to be writable. */
export async function preflight(options: Options): Promise<Prepared> {
  const suppressions =
    options.suppressionsFile === undefined
      ? []
      : await loadSuppressions(Inputs.Suppressions, options.suppressionsFile);
  const baselineFile =
    options.baseline === undefined || options.baseline === ARTIFACT_BASELINE
      ? undefined
      : await baselineInput(options.baseline);
  const createdDirs = await prepareOutputDir(Inputs.OutputPath, options.outputDir);
  return { suppressions, ...(baselineFile ? { baselineFile } : {}), createdDirs };
}

/** A baseline file the user named: a typo or a wrong file is their input's error. */
async function baselineInput(file: string): Promise<Baseline> {
  try {
    return await readBaselineFile(file);
  } catch (error) {
    throw new InputError(
      Inputs.Baseline,
      `'${file}' cannot be the baseline: ${errorMessage(error)}`,
    );
  }
}
