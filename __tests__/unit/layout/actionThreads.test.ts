// dist/index.js runs twice in one process: as the action, and as its artifact upload in a worker
// thread (src/index.ts). Each thread must load only its own code: when both were one bundle, the
// upload thread parsed and ran the AWS SDK and the reports again, and the action's thread
// @actions/artifact (peak RSS 291 MB against 236 MB on Node 20 for 12,500 interfaces).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '..', '..', '..', 'dist');
const ACTION_FILES = readdirSync(DIST).filter((name) => /^(\d+\.)?index\.js$/.test(name));

/** The action's files that define `marker`. */
const filesWith = (marker: string) =>
  ACTION_FILES.filter((name) => readFileSync(path.join(DIST, name), 'utf8').includes(marker));

describe("the action's bundle", () => {
  const ec2 = filesWith('class DescribeNetworkInterfacesCommand ');
  const artifact = filesWith('class DefaultArtifactClient ');

  it('keeps the AWS SDK and @actions/artifact in chunks of their own', () => {
    expect(ec2).toHaveLength(1);
    expect(artifact).toHaveLength(1);
    expect(ec2[0]).not.toBe(artifact[0]);
  });

  it('loads neither before it knows which thread it is', () => {
    expect(ec2).not.toContain('index.js');
    expect(artifact).not.toContain('index.js');
  });
});
