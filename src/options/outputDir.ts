// The report directory is made, and proven writable, before the first AWS call: an
// organisation's scan must not be thrown away at its end for a mistyped path. Directories are
// made one level at a time: Node's recursive mkdir never returns on some paths (/proc/...).
import { randomBytes } from 'node:crypto';
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './options.js';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Creates `dir` (and missing parents) and checks a file can be written in it; else InputError. */
export async function prepareOutputDir(input: string, dir: string): Promise<void> {
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
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if (codeOf(error) === 'EEXIST') return;
      throw new InputError(input, `cannot create '${folder}' for '${dir}': ${codeOf(error)}`);
    });
  }
  const probe = path.join(target, `.aws-ipv4-audit-write-test-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
  } catch (error) {
    throw new InputError(input, `cannot write in '${dir}': ${codeOf(error)}`);
  }
  await unlink(probe);
}
