// The release workflows check each step of RELEASING.md before they create or publish anything.
// Read from the YAML: what runs, in which order. Run as a runner runs it, where a step's shell
// can run here: against git repositories of the test's (a bare one as origin), and with
// stand-ins for npm and gh.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runWorkflowStep } from '../../__fixtures__/runWorkflowStep.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const exec = promisify(execFile);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps?: Step[];
  env?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (file: string) =>
  parse(readFileSync(path.join(ROOT, '.github', 'workflows', file), 'utf8')) as Workflow;
const release = workflow('release.yml');
const publish = workflow('publish-npm.yml');
const ci = workflow('ci.yml');

/** The step of `job` whose name starts with `name`, or whose run holds it. */
function step(job: Job | undefined, name: string): Step {
  const found = job?.steps?.find((s) => s.name?.startsWith(name) || s.run?.includes(name));
  if (!found) throw new Error(`no step '${name}'`);
  return found;
}
const indexOf = (job: Job | undefined, name: string) => job?.steps?.indexOf(step(job, name)) ?? -1;

describe('release.yml', () => {
  const job = release.jobs['release'];

  it('runs on a vX.Y.Z tag, after the CI workflow has tested the tagged commit', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(release.jobs['test']).toMatchObject({ uses: './.github/workflows/ci.yml' });
    expect(job?.needs).toBe('test');
    // The CI workflow can be called, and tests on every supported Node.js.
    expect(ci.on).toHaveProperty('workflow_call');
    expect(ci.jobs['test']?.strategy?.matrix?.['node']).toEqual([22, 24]);
    expect(ci.jobs['test']?.steps?.map((s) => s.run).filter(Boolean)).toEqual([
      'npm ci',
      'npm test',
      'npm run demo',
    ]);
  });

  it('checks every step before it creates the release, and moves the major tag last', () => {
    const order = [
      'The tagged commit is on main',
      'node --import tsx scripts/releaseNotes.ts "$GITHUB_REF_NAME" > "$RUNNER_TEMP/notes.md"',
      'node scripts/check-dist.mjs',
      'Create the GitHub release',
      'Move the major tag',
    ].map((name) => indexOf(job, name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(step(job, 'Create the GitHub release').run).toContain(
      '--verify-tag \\\n  --title "$GITHUB_REF_NAME" --notes-file "$RUNNER_TEMP/notes.md"',
    );
    // main's history is there to check against.
    expect(job?.steps?.[0]?.with?.['fetch-depth']).toBe(0);
  });

  describe('run against a repository of the test', () => {
    let dir: string;
    let work: string;
    const git = async (...args: string[]) =>
      (
        await exec('git', args, {
          cwd: work,
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        })
      ).stdout.trim();
    /** A new commit on the branch checked out, its SHA. */
    const commit = async (message: string) => {
      await git('commit', '--allow-empty', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    };
    /** An annotated release tag on `sha`, pushed. */
    const tag = async (name: string, sha: string) => {
      await git('tag', '-a', name, '-m', name, sha);
      await git('push', '-q', 'origin', `refs/tags/${name}`);
    };
    /** What origin's tag `name` points at (a lightweight tag: the commit). */
    const remoteTag = async (name: string) =>
      (await git('ls-remote', 'origin', `refs/tags/${name}`)).split('\t')[0];
    const run = (name: string, tagName: string) =>
      runWorkflowStep(step(job, name).run ?? '', {
        cwd: work,
        env: { GITHUB_REF_NAME: tagName },
      });

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-release-git-'));
      const origin = path.join(dir, 'origin.git');
      work = dir;
      await git('init', '-q', '--bare', '-b', 'main', origin);
      await git('clone', '-q', origin, path.join(dir, 'work'));
      work = path.join(dir, 'work');
      await git('config', 'user.name', 'Maintainer');
      await git('config', 'user.email', 'maintainer@example.com');
      await git('switch', '-q', '-c', 'main');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('refuses a tag whose commit is not on main', async () => {
      const onMain = await commit('on main');
      await git('push', '-q', 'origin', 'main');
      await tag('v0.9.0', onMain);
      expect(await run('The tagged commit is on main', 'v0.9.0')).toMatchObject({ code: 0 });

      await git('switch', '-q', '-c', 'side');
      const aside = await commit('not on main');
      await tag('v0.9.1', aside);
      await git('switch', '-q', 'main');
      expect(await run('The tagged commit is on main', 'v0.9.1')).toMatchObject({
        code: 1,
        stdout: `::error::v0.9.1 (${aside}) is not on main: tag a commit of main\n`,
      });
    });

    it('moves the major tag only to the newest release of that major', async () => {
      const move = (tagName: string) => run('Move the major tag', tagName);
      const first = await commit('1.0.0');
      await tag('v1.0.0', first);
      expect(await move('v1.0.0')).toMatchObject({
        code: 0,
        stdout: `v1 now points at v1.0.0 (${first})\n`,
      });
      expect(await remoteTag('v1')).toBe(first);

      // 1.10.0 is newer than 1.9.0: versions compare by number, not as text.
      const nine = await commit('1.9.0');
      await tag('v1.9.0', nine);
      const ten = await commit('1.10.0');
      await tag('v1.10.0', ten);
      expect(await move('v1.10.0')).toMatchObject({ code: 0 });
      expect(await remoteTag('v1')).toBe(ten);

      // A fix on the older line is released, and v1 stays on the newest.
      const fix = await commit('1.9.1');
      await tag('v1.9.1', fix);
      expect(await move('v1.9.1')).toMatchObject({
        code: 0,
        stdout: '::notice::v1 stays where it is: v1.10.0 is a newer release than v1.9.1\n',
      });
      expect(await remoteTag('v1')).toBe(ten);

      // The first release of the next major gets a major tag of its own.
      const two = await commit('2.0.0');
      await tag('v2.0.0', two);
      expect(await move('v2.0.0')).toMatchObject({ code: 0 });
      expect([await remoteTag('v2'), await remoteTag('v1')]).toEqual([two, ten]);
    });
  });
});

describe('publish-npm.yml', () => {
  const job = publish.jobs['publish'];
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-publish-'));
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'aws-ipv4-audit', version: '1.0.0' }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const run = (name: string, env: Record<string, string>, commands: Record<string, string> = {}) =>
    runWorkflowStep(step(job, name).run ?? '', { cwd: dir, env, commands });

  it('publishes the tag it is given, with provenance, after checking it', () => {
    expect(publish.on).toEqual({
      workflow_dispatch: {
        inputs: {
          tag: expect.objectContaining({ required: true, type: 'string' }) as unknown,
        },
      },
    });
    expect(job?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(job?.steps?.[0]?.with?.['ref']).toBe('refs/tags/${{ inputs.tag }}');
    const order = [
      "The tag names package.json's version",
      'The Release workflow released the tag',
      'npm does not have this version yet',
      'npm is recent enough for trusted publishing',
      'npm publish --provenance --access public',
      'npm serves the version with its provenance',
    ].map((name) => indexOf(job, name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    // The first version's token, if the secret is set; trusted publishing otherwise.
    expect(step(job, 'npm publish').env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
  });

  it("refuses a tag that is not package.json's version", async () => {
    const name = "The tag names package.json's version";
    expect(await run(name, { TAG: 'v1.0.0' })).toMatchObject({ code: 0 });
    expect(await run(name, { TAG: 'v1.0.1' })).toMatchObject({
      code: 1,
      stdout: "::error::tag 'v1.0.1' does not name package.json's version 1.0.0\n",
    });
  });

  it('refuses a tag the Release workflow has not released', async () => {
    const name = 'The Release workflow released the tag';
    const gh = (code: number) => ({
      gh: `[ "$1 $2 $3" = "release view v1.0.0" ] || exit 9\nexit ${code}`,
    });
    expect(await run(name, { TAG: 'v1.0.0' }, gh(0))).toMatchObject({ code: 0 });
    expect(await run(name, { TAG: 'v1.0.0' }, gh(1))).toMatchObject({
      code: 1,
      stdout: '::error::v1.0.0 has no GitHub release: the Release workflow has not released it\n',
    });
  });

  it('refuses a version npm has already', async () => {
    const name = 'npm does not have this version yet';
    // `npm view NAME@VERSION version` prints the version when npm has it, nothing when the
    // package has no such version, and fails when there is no such package.
    const npm = (body: string) => ({
      npm: `[ "$1 $2 $3" = "view aws-ipv4-audit@1.0.0 version" ] || exit 9\n${body}`,
    });
    expect(await run(name, {}, npm('echo 1.0.0'))).toMatchObject({
      code: 1,
      stdout: '::error::aws-ipv4-audit@1.0.0 is on npm already: a version is published once\n',
    });
    expect(await run(name, {}, npm('exit 0'))).toMatchObject({ code: 0 });
    expect(await run(name, {}, npm('echo "npm error 404" >&2; exit 1'))).toMatchObject({
      code: 0,
    });
  });

  it.each([
    ['11.5.1', 0],
    ['11.10.0', 0],
    ['11.5.0', 1],
    ['10.9.2', 1],
  ])('with npm %s, trusted publishing is %s (0: possible)', async (version, code) => {
    const result = await run('npm is recent enough', {}, { npm: `echo ${version}` });
    expect(result.code).toBe(code);
    if (code === 1) {
      expect(result.stdout).toBe(
        `::error::npm ${version} cannot publish with trusted publishing (11.5.1 or later)\n`,
      );
    }
  });

  it('fails when npm does not serve the version with a provenance attestation', async () => {
    const name = 'npm serves the version with its provenance';
    const npm = (predicate: string) => ({
      npm: `[ "$1 $2 $3" = "view aws-ipv4-audit@1.0.0 dist.attestations.provenance.predicateType" ] || exit 9\necho '${predicate}'`,
      sleep: 'exit 0',
    });
    expect(await run(name, {}, npm('https://slsa.dev/provenance/v1'))).toMatchObject({
      code: 0,
      stdout:
        'aws-ipv4-audit@1.0.0 is on npm with its provenance (https://slsa.dev/provenance/v1)\n',
    });
    expect(await run(name, {}, npm(''))).toMatchObject({
      code: 1,
      stdout: '::error::npm does not serve aws-ipv4-audit@1.0.0 with a provenance attestation\n',
    });
  });
});
