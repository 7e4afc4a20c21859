// Runs the SDK's floor (bench/sdkFloor.ts) as a process of its own, as the CLI runs: bundled
// into one file first (esbuild, the SDK's ES builds as ncc takes them), so module loading costs
// what a bundle's does and not what tsx's compiler would.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { measure, stderrTail } from './measure.js';
import type { FloorResult } from './sdkFloor.js';

export interface FloorRun extends FloorResult {
  /** CPU seconds of the whole process (module load, calls, exit), from the OS. */
  processCpuS: number;
  peakRssMb: number;
  wallS: number;
}

export interface Floor {
  run(env: NodeJS.ProcessEnv, concurrency: number): Promise<FloorRun>;
  dispose(): Promise<void>;
}

export async function bundleFloor(node: string, nodeArgs: string[]): Promise<Floor> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-floor-'));
  const file = path.join(dir, 'sdkFloor.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'sdkFloor.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return {
    async run(env, concurrency) {
      const measured = await measure(node, [...nodeArgs, file, String(concurrency)], env);
      const line = measured.stdout.trim().split('\n').pop() ?? '';
      if (measured.code !== 0 || !line.startsWith('{')) {
        throw new Error(
          `the SDK floor exited ${measured.code}:\n${measured.stdout}\n${stderrTail(measured.stderrLines)}`,
        );
      }
      return {
        ...(JSON.parse(line) as FloorResult),
        processCpuS: measured.userS + measured.systemS,
        peakRssMb: measured.maxRssKb / 1024,
        wallS: measured.wallMs / 1000,
      };
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
