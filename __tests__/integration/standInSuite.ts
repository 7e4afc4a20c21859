// The set-up most integration tests share: one AWS stand-in serving an organisation and one
// scratch folder for the file's tests, both gone afterwards; injected faults and the request
// counters are reset after each test, so no test sees another's.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { OrgFixture } from '../../test-support/aws/fixture.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';

export interface StandInSuite {
  readonly aws: AwsStandIn;
  readonly scratch: string;
}

/** Registers the hooks; read `aws` and `scratch` inside tests (they exist from beforeAll on). */
export function standInSuite(fixture: () => OrgFixture, name: string): StandInSuite {
  let aws: AwsStandIn | undefined;
  let scratch: string | undefined;
  beforeAll(async () => {
    aws = await startAwsStandIn({ fixture: fixture() });
    scratch = await mkdtemp(path.join(os.tmpdir(), `ipv4-audit-${name}-`));
  });
  afterAll(async () => {
    await aws?.close();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  });
  afterEach(() => {
    aws?.setFaults({});
    aws?.resetCounters();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('standInSuite: read it inside a test, not at load');
    return value;
  };
  return {
    get aws() {
      return ready(aws);
    },
    get scratch() {
      return ready(scratch);
    },
  };
}
