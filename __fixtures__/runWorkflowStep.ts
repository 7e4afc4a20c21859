// Runs the shell of a workflow step the way a GitHub runner does (`bash --noprofile --norc -eo
// pipefail`), in a folder of the test's, with the environment it gives and, first on PATH, stand-ins
// for the commands the step calls (`npm`, `gh`, `sleep`) written as small shell scripts.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runWorkflowStep(
  script: string,
  {
    cwd,
    env = {},
    commands = {},
  }: { cwd: string; env?: Record<string, string>; commands?: Record<string, string> },
): Promise<StepRun> {
  const bin = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-step-bin-'));
  for (const [name, body] of Object.entries(commands)) {
    const file = path.join(bin, name);
    await writeFile(file, `#!/usr/bin/env bash\n${body}\n`);
    await chmod(file, 0o755);
  }
  try {
    return await new Promise((resolve) => {
      execFile(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
        {
          cwd,
          env: {
            PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
            HOME: cwd,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: '/dev/null',
            ...env,
          },
        },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
          resolve({ code, stdout, stderr });
        },
      );
    });
  } finally {
    await rm(bin, { recursive: true, force: true });
  }
}
