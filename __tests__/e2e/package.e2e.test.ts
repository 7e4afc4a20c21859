// The npm package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty
// prefix with no registry at hand (the package has no dependencies: dist/cli.js and the chunk
// files it loads on demand bundle them),
// then the installed `aws-ipv4-audit` bin, started through its `#!/usr/bin/env node` line with
// the runtime under test first on PATH.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readmeCommands } from '../../__fixtures__/readmeCommands.js';
import { ALL_REPORTS } from '../../__fixtures__/reportFiles.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { startAwsStandIn, type AwsStandIn } from '../../test-support/aws/startAwsStandIn.js';
import { readReports } from '../integration/cliRunner.js';
import { NODE } from './runAction.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
};

/** What `npm pack --json` reports for one tarball. */
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

let work: string;
let prefix: string;
let tarball: PackResult;
let bin: string;
let env: Record<string, string>;
/** npm with no user configuration, an empty cache, and no registry. */
let npmEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ipv4-audit-package-'));
  prefix = path.join(work, 'prefix');
  await mkdir(prefix);
  // No user or global npm configuration, an empty cache, and no registry: what gets installed
  // comes from the tarball alone.
  const userconfig = path.join(work, 'npmrc');
  await writeFile(userconfig, '');
  npmEnv = {
    ...process.env,
    npm_config_userconfig: userconfig,
    npm_config_cache: path.join(work, 'cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    env: npmEnv,
  });
  [tarball] = JSON.parse(packed.stdout) as [PackResult];
  await run('npm', ['install', '--prefix', prefix, path.join(work, tarball.filename)], {
    cwd: work,
    env: npmEnv,
  });
  bin = path.join(prefix, 'node_modules', '.bin', 'aws-ipv4-audit');
  // The bin starts with `#!/usr/bin/env node`: the runtime under test comes first on PATH.
  env = { PATH: `${path.dirname(NODE)}${path.delimiter}${process.env.PATH ?? ''}` };
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * The chunk files `file` loads with import(): webpack's `__require__.e(/* import() *\/ N)`, or
 * `Promise.all(/* import() *\/ [__require__.e(N), __require__.e(M)])` for a module in several.
 */
async function chunksLoadedBy(file: string): Promise<string[]> {
  const code = await readFile(path.join(ROOT, 'dist', file), 'utf8');
  return [...code.matchAll(/_require__\.e\((?:\/\* import\(\) \*\/ )?(\d+)\)/g)].map(
    ([, id]) => `${id}.cli.js`,
  );
}

/** Every chunk the CLI bundle may load, following the chunks' own imports. */
async function cliChunks(): Promise<Set<string>> {
  const found = new Set<string>();
  const pending = ['cli.js'];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const chunk of await chunksLoadedBy(file)) {
      if (!found.has(chunk)) pending.push(chunk);
      found.add(chunk);
    }
  }
  return found;
}

describe('the npm package', () => {
  it('holds the CLI bundle with the chunks it loads, its licences, the report schema, README and LICENSE, and nothing else', async () => {
    const chunks = await cliChunks();
    // The SDK's less used credential providers (SSO, INI profiles, ...) load on demand.
    expect(chunks.size).toBeGreaterThan(0);
    // Each is a file of the CLI's own (the action's are NNN.index.js).
    const cliFiles = (await readdir(path.join(ROOT, 'dist'))).filter((f) =>
      /^\d+\.cli\.js$/.test(f),
    );
    expect(cliFiles.sort()).toEqual([...chunks].sort());
    expect(tarball.files.map((f) => f.path).sort()).toEqual(
      [
        'LICENSE',
        'README.md',
        'dist/cli.js',
        ...[...chunks].map((c) => `dist/${c}`),
        'dist/licenses.txt',
        'package.json',
        'schema/report.schema.json',
      ].sort(),
    );
    expect(tarball.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
    // About 0.85 MB packed, 4.9 MB unpacked today; the action's own bundle is not in it.
    expect(tarball.size).toBeLessThan(1.5 * 1024 * 1024);
    expect(tarball.unpackedSize).toBeLessThan(8 * 1024 * 1024);
  });

  it('installs with nothing but the tarball: no dependencies, the bin linked', async () => {
    const installed = JSON.parse(
      await readFile(path.join(prefix, 'node_modules', pkg.name, 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(installed).toMatchObject({ name: pkg.name, version: pkg.version, bin: pkg.bin });
    expect(installed.dependencies).toBeUndefined();
    expect(installed.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'aws-ipv4-audit': 'dist/cli.js' });
  });

  it('`aws-ipv4-audit --version` prints the package version', async () => {
    const { stdout, stderr } = await run(bin, ['--version'], { env });
    expect(stdout).toBe(`${pkg.version}\n`);
    expect(stderr).toBe('');
  });

  it('`aws-ipv4-audit --help` prints the usage', async () => {
    const { stdout, stderr } = await run(bin, ['--help'], { env });
    expect(stdout).toMatch(/^Usage: aws-ipv4-audit <command> \[options\]\n/);
    expect(stdout).toContain('run-single-account');
    expect(stdout).toContain('run-multi-account');
    expect(stderr).toBe('');
  });

  describe('against the AWS stand-in', () => {
    let aws: AwsStandIn;
    beforeAll(async () => {
      aws = await startAwsStandIn({ fixture: sampleOrg() });
    });
    afterAll(async () => {
      await aws?.close();
    });

    it('the installed CLI scans and writes every report', async () => {
      const out = path.join(work, 'reports');
      const { stdout } = await run(
        bin,
        ['run-multi-account', '--regions', 'us-east-1', '--output-path', out],
        { env: { ...env, ...aws.env } },
      );
      expect(stdout).toMatch(
        /^24 public IPv4 addresses cost \$83\.95 a month \(1 BYOIP, free\)\.\n/,
      );
      const reports = await readReports(out);
      expect([...reports.keys()].sort()).toEqual([...ALL_REPORTS].sort());
    });

    // The README's quick start for after the first release: npx finds the installed package
    // (no registry is reachable here), as it fetches the published one for a reader.
    const npxLines = readmeCommands('Quick start (command line)').filter(([c]) => c === 'npx');
    it.each(npxLines.map((words) => [words.join(' '), words] as const))(
      "the README's `%s` runs the package's CLI",
      async (_line, [, ...args]) => {
        const { stdout } = await run('npx', args, {
          cwd: prefix,
          env: { ...npmEnv, ...env, ...aws.env },
        });
        expect(stdout).toMatch(/\nExit code 0: the scan is complete and the gate passed\.\n$/);
      },
    );
  });
});
