// The bundled CLI against an endpoint that accepts connections and never answers (issue 11):
// it gives up after its request time-out and attempts, with one line saying what timed out.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSilentServer, type SilentServer } from '../../test-support/aws/startSilentServer.js';
import { NODE } from './runAction.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');

let silent: SilentServer;

beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(async () => {
  await silent?.close();
});

describe('dist/cli.js and a silent endpoint', () => {
  it('exits 1 naming sts:GetCallerIdentity and the time-out', async () => {
    const failed = await run(
      NODE,
      [CLI, 'run-single-account', '--regions', 'us-east-1', '--request-timeout', '1'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          AWS_ENDPOINT_URL: silent.url,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'AKIA111111111111EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'stand-in-secret-key',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /aws-ipv4-audit: Could not get the caller's identity \(sts:GetCallerIdentity\): TimeoutError: Timed out after 1 s waiting for an answer \(3 attempts\)\n$/,
      ),
    });
    expect(silent.connections()).toBe(3);
  });
});
