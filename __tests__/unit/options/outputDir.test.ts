// The report folder is made before the scan and removed again when the run stops before writing:
// only what was made, only while it is empty. On the real file system, but for the write probe's
// failure, which a test run as root cannot cause.
import { existsSync } from 'node:fs';
import type * as fs from 'node:fs/promises';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareOutputDir, removeCreatedDirs } from '../../../src/options/outputDir.js';
import { InputError } from '../../../src/options/options.js';

const probe = vi.hoisted(() => ({ fail: false }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof fs>();
  return {
    ...real,
    writeFile: (...args: Parameters<typeof real.writeFile>) =>
      probe.fail
        ? Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' }))
        : real.writeFile(...args),
  };
});

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-output-dir-'));
  probe.fail = false;
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

describe('prepareOutputDir', () => {
  it('makes the missing folders and names them, outermost first; an existing one is not named', async () => {
    const dir = path.join(scratch, 'a', 'b');
    expect(await prepareOutputDir('output-path', dir)).toEqual([path.join(scratch, 'a'), dir]);
    expect(await readdir(dir)).toEqual([]);
    expect(await prepareOutputDir('output-path', dir)).toEqual([]);
  });

  it('removes what it made when the folder cannot be written in', async () => {
    probe.fail = true;
    const dir = path.join(scratch, 'a', 'b');
    await expect(prepareOutputDir('output-path', dir)).rejects.toEqual(
      new InputError('output-path', `cannot write in '${dir}': EROFS`),
    );
    expect(await readdir(scratch)).toEqual([]);
  });
});

describe('removeCreatedDirs', () => {
  it('removes the folders made, innermost first', async () => {
    const created = await prepareOutputDir('output-path', path.join(scratch, 'a', 'b', 'c'));
    await removeCreatedDirs(created);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('keeps a folder that holds anything, and so its parents', async () => {
    const created = await prepareOutputDir('output-path', path.join(scratch, 'a', 'b'));
    await writeFile(path.join(scratch, 'a', 'b', 'kept.txt'), 'x');
    await removeCreatedDirs(created);
    expect(await readdir(path.join(scratch, 'a', 'b'))).toEqual(['kept.txt']);
  });

  it('keeps a parent that something else was put in', async () => {
    const created = await prepareOutputDir('output-path', path.join(scratch, 'a', 'b'));
    await writeFile(path.join(scratch, 'a', 'other.txt'), 'x');
    await removeCreatedDirs(created);
    expect(existsSync(path.join(scratch, 'a', 'b'))).toBe(false);
    expect(await readdir(path.join(scratch, 'a'))).toEqual(['other.txt']);
  });
});
