// The action runs in a worker thread so that its young generation can be sized (Node 24 grows
// the main thread's to 128 MB); the process must end as the thread did, and show what it threw.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACTION_THREAD_LIMITS, runInThread } from '../../../src/action/actionThread.js';

let dir: string;
const script = async (name: string, code: string) => {
  const file = path.join(dir, name);
  await writeFile(file, code);
  return pathToFileURL(file);
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'action-thread-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runInThread', () => {
  it("runs the script with the young generation limited and ends with the thread's exit code", async () => {
    const out = path.join(dir, 'limits.json');
    const url = await script(
      'limits.mjs',
      "import { writeFileSync } from 'node:fs';\n" +
        "import { isMainThread, resourceLimits } from 'node:worker_threads';\n" +
        `writeFileSync(${JSON.stringify(out)}, JSON.stringify({ isMainThread, resourceLimits }));\n` +
        'process.exitCode = 3;\n',
    );

    expect(await runInThread(url, ACTION_THREAD_LIMITS)).toBe(3);
    const seen = JSON.parse(await readFile(out, 'utf8')) as {
      isMainThread: boolean;
      resourceLimits: Record<string, number>;
    };
    expect(seen.isMainThread).toBe(false);
    expect(seen.resourceLimits.maxYoungGenerationSizeMb).toBe(48);
  });

  it('shows an exception the thread did not catch and ends with 1', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const url = await script('throws.mjs', "throw new Error('the scan broke');\n");

      expect(await runInThread(url, ACTION_THREAD_LIMITS)).toBe(1);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toMatch(
        /^Error: the scan broke\n {4}at /,
      );
    } finally {
      stderr.mockRestore();
    }
  });
});
