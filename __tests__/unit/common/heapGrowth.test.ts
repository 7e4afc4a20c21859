import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { heapGrowthFlag } from '../../../src/common/heapGrowth.js';

describe('heapGrowthFlag', () => {
  it('caps the growth of the old generation at 1.6 times what survived', () => {
    expect(heapGrowthFlag([])).toBe('--heap-growing-percent=60');
    expect(heapGrowthFlag(['--enable-source-maps', '--max-old-space-size=4096'])).toBe(
      '--heap-growing-percent=60',
    );
  });

  it("leaves a value chosen on node's command line alone, in either spelling", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=20'])).toBeUndefined();
    expect(heapGrowthFlag(['--heap_growing_percent=20'])).toBeUndefined();
  });

  it('is a flag this Node.js knows: setting it prints nothing', () => {
    const child = spawnSync(
      process.execPath,
      ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(heapGrowthFlag([]))})`],
      { encoding: 'utf8' },
    );
    expect(child.status).toBe(0);
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('');
  });
});
