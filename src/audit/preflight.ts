// Everything that must be read and checked before the first AWS call, so that a mistake in the
// inputs costs seconds, not a whole organisation's scan.
import { Inputs, type Options } from '../options/options.js';
import { prepareOutputDir } from '../options/outputDir.js';
import { loadSuppressions } from '../options/suppressionFile.js';
import type { Suppression } from '../analyze/suppressions.js';

/** The suppression entries, once the output directory is known to be writable. */
export async function preflight(options: Options): Promise<Suppression[]> {
  const suppressions =
    options.suppressionsFile === undefined
      ? []
      : await loadSuppressions(Inputs.Suppressions, options.suppressionsFile);
  await prepareOutputDir(Inputs.OutputPath, options.outputDir);
  return suppressions;
}
