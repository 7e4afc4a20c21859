// The report directory is made, and proven writable, before the first AWS call: an
// organisation's scan must not be thrown away at its end for a mistyped path. Directories are
// made one level at a time: Node's recursive mkdir never returns on some paths (/proc/...).
// What it made is removed again when the run stops before writing the reports, so a refused run
// leaves no empty folder behind; a folder that was there before, or holds anything, stays.
import { randomBytes } from 'node:crypto';
import { mkdir, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './options.js';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Creates `dir` (and missing parents) and checks a file can be written in it; else InputError,
 * having removed what it created. Returns the folders it created, outermost first.
 */
export async function prepareOutputDir(input: string, dir: string): Promise<string[]> {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let current = target; ; current = path.dirname(current)) {
    const found = await stat(current).catch((error: unknown) => codeOf(error));
    if (typeof found !== 'string') {
      if (!found.isDirectory()) {
        throw new InputError(
          input,
          current === target
            ? `'${dir}' is a file, not a directory`
            : `'${dir}' is below a file ('${current}')`,
        );
      }
      break;
    }
    // ENOTDIR: a parent is a file; the walk up finds it and says so.
    if (found !== 'ENOENT' && found !== 'ENOTDIR') {
      throw new InputError(input, `cannot use '${dir}': ${found} on '${current}'`);
    }
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  const created: string[] = [];
  try {
    for (const folder of missing) {
      const made = await mkdir(folder).then(
        () => true,
        (error: unknown) => {
          if (codeOf(error) === 'EEXIST') return false;
          throw new InputError(input, `cannot create '${folder}' for '${dir}': ${codeOf(error)}`);
        },
      );
      if (made) created.push(folder);
    }
    const probe = path.join(target, `.aws-ipv4-audit-write-test-${randomBytes(6).toString('hex')}`);
    try {
      await writeFile(probe, '', { flag: 'wx' });
    } catch (error) {
      throw new InputError(input, `cannot write in '${dir}': ${codeOf(error)}`);
    }
    await unlink(probe);
  } catch (error) {
    await removeCreatedDirs(created);
    throw error;
  }
  return created;
}

/**
 * Removes the folders `prepareOutputDir` created, innermost first, each only while it is empty
 * (rmdir refuses a folder that holds anything): never one that existed before, never a file.
 */
export async function removeCreatedDirs(created: readonly string[]): Promise<void> {
  for (const folder of [...created].reverse()) {
    const removed = await rmdir(folder).then(
      () => true,
      () => false,
    );
    // A folder that stays (something was put in it) keeps its parents too.
    if (!removed) return;
  }
}
