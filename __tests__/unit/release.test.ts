// One name everywhere (the repository slug the action is published under), and the release
// notes the release workflow takes from CHANGELOG.md.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  changelogEntry,
  checkedReleaseNotes,
  checkEntryDate,
  checkLockfile,
  checkUnreleasedEmpty,
  releaseNotes,
} from '../../scripts/releaseNotes.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SLUG = 'aws-ipv4-audit/aws-ipv4-audit';
/** What the README's quick start has the reader replace with a commit SHA of main. */
const MAIN_SHA = 'MAIN_COMMIT_SHA';
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  name: string;
  version: string;
  license: string;
  private?: boolean;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
};
const changelog = read('CHANGELOG.md');

describe('the repository slug', () => {
  it('is what package.json and action.yml name', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+https://github.com/${SLUG}.git` });
    expect(pkg.homepage).toBe(`https://github.com/${SLUG}#readme`);
    expect(pkg.bugs).toEqual({ url: `https://github.com/${SLUG}/issues` });
    expect(pkg.private).toBeUndefined();
    const action = parse(read('action.yml')) as { author: string };
    expect(action.author).toBe(SLUG.split('/')[0]);
  });

  it('is the only action the README runs: at @v1, or in the quick start at a commit SHA of main', () => {
    const readme = read('README.md');
    const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
    const refs = [...yamlBlocks.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1] ?? '');
    const ours = refs.filter((r) => !r.startsWith('actions/'));
    expect(ours.length).toBeGreaterThan(0);
    expect(new Set(ours)).toEqual(new Set([`${SLUG}@v1`, `${SLUG}@${MAIN_SHA}`]));
    // Any other GitHub URL of the project names the same repository (a clone URL ends in .git).
    for (const [url] of readme.matchAll(/https:\/\/github\.com\/aws-ipv4-audit\/[\w.-]+/g)) {
      expect(url.replace(/\.git$/, '')).toBe(`https://github.com/${SLUG}`);
    }
  });

  it('LICENSE is the MIT licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});

describe('CHANGELOG.md', () => {
  it('starts with an Unreleased section, then one dated entry per release, newest first', () => {
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('[Unreleased]');
    const releases = headings.slice(1);
    expect(releases.length).toBeGreaterThan(0);
    for (const heading of releases)
      expect(heading).toMatch(/^\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    const dates = releases.map((h) => h?.slice(-10) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("has an entry for package.json's version", () => {
    expect(releaseNotes(`v${pkg.version}`, pkg.version, changelog)).toMatch(/^\S/);
  });
});

describe('releaseNotes', () => {
  const sample = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- Next thing',
    '',
    '## [1.2.0] - 2027-01-05',
    '',
    '### Added',
    '',
    '- A feature',
    '',
    '## [1.1.0] - 2026-12-01',
    '',
    '- Older',
    '',
    '[Unreleased]: https://example.invalid',
  ].join('\n');

  it('is the body of the tag version entry, up to the next entry', () => {
    expect(releaseNotes('v1.2.0', '1.2.0', sample)).toBe('### Added\n\n- A feature\n');
    expect(changelogEntry(sample, '1.1.0')).toBe('- Older\n');
  });

  it('refuses a tag that is not vX.Y.Z, or that is not package.json version', () => {
    expect(() => releaseNotes('v1.2.0-rc.1', '1.2.0', sample)).toThrow(/not a release tag/);
    expect(() => releaseNotes('1.2.0', '1.2.0', sample)).toThrow(/not a release tag/);
    expect(() => releaseNotes('v1.2.0', '1.1.0', sample)).toThrow(
      "tag v1.2.0 does not match package.json's version 1.1.0",
    );
  });

  it('refuses a version without a dated entry', () => {
    expect(() => changelogEntry(sample, '1.3.0')).toThrow(
      "CHANGELOG.md has no '## [1.3.0] - YYYY-MM-DD' entry",
    );
    const undated = sample.replace('## [1.2.0] - 2027-01-05', '## [1.2.0]');
    expect(() => changelogEntry(undated, '1.2.0')).toThrow(/no '## \[1\.2\.0\]/);
    const empty = sample.replace('### Added\n\n- A feature\n', '');
    expect(() => changelogEntry(empty, '1.2.0')).toThrow('entry for 1.2.0 is empty');
  });
});

/** The README section under the heading `## title`, up to the next heading of that level. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section '${title}'`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('the quick starts', () => {
  const readme = read('README.md');
  const action = section(readme, 'Quick start (GitHub Action)');
  const cli = section(readme, 'Quick start (command line)');
  /** How the first snippet of each quick start runs the tool. */
  const leads = () => ({
    uses: /uses:\s*(\S+)/.exec(action)?.[1],
    cli: /```sh\n(?:.*\n)*?(node dist\/cli\.js|npx aws-ipv4-audit) /.exec(cli)?.[1],
  });

  it("lead with what works at package.json's version: a commit SHA and a clone before v1.0.0, @v1 and npx from it", () => {
    const released = Number(pkg.version.split('.')[0]) >= 1;
    expect(leads()).toEqual(
      released
        ? { uses: `${SLUG}@v1`, cli: 'npx aws-ipv4-audit' }
        : { uses: `${SLUG}@${MAIN_SHA}`, cli: 'node dist/cli.js' },
    );
  });

  it('say where the commit SHA comes from, and what works from v1.0.0 on, beside it', () => {
    expect(action).toContain(`Replace ${MAIN_SHA} with a full commit SHA of main`);
    expect(action).toContain(`\`git ls-remote https://github.com/${SLUG} refs/heads/main\``);
    // Prettier pads table cells: compare with single spaces.
    expect(action.replace(/ +/g, ' ')).toContain(
      `| **From v1.0.0 on** (the release) | \`${SLUG}@v1\``,
    );
    expect(cli).toContain('**Today, from a clone**');
    expect(cli).toContain('**From v1.0.0 on, from npm**');
    expect(cli).toContain(`git clone https://github.com/${SLUG}.git && cd aws-ipv4-audit\n`);
  });
});

describe('RELEASING.md', () => {
  const releasing = read('RELEASING.md');

  it('is where the README sends a maintainer, and the README does not repeat its steps', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/^Releasing: \[RELEASING\.md\]\(RELEASING\.md\) gives each step/m);
    expect(readme).not.toContain('npm version');
    expect(readme).not.toContain('YYYY-MM-DD');
  });

  it('gives the steps in order, each file it names existing', () => {
    expect([...releasing.matchAll(/^## (\d)\. /gm)].map((m) => Number(m[1]))).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    for (const [, file = ''] of releasing.matchAll(/\]\(((?:\.github|scripts)\/[^)]+)\)/g)) {
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
    }
    for (const [, file = ''] of releasing.matchAll(/`((?:scripts|__tests__\/unit)\/[\w./]+)`/g)) {
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
    }
  });
});

describe('the checks before a release (scripts/releaseNotes.ts)', () => {
  const ready = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '## [1.0.0] - 2027-01-15',
    '',
    '### Added',
    '',
    '- Everything',
    '',
    '## [0.1.0] - 2026-11-26',
    '',
    '- First build',
    '',
    '[Unreleased]: https://github.com/aws-ipv4-audit/aws-ipv4-audit/compare/v1.0.0...HEAD',
  ].join('\n');
  const lock = (top: string, root = top) =>
    JSON.stringify({ name: 'aws-ipv4-audit', version: top, packages: { '': { version: root } } });

  it('a lockfile that names another version than package.json is refused', () => {
    expect(() => checkLockfile(lock('1.0.0'), '1.0.0')).not.toThrow();
    expect(() => checkLockfile(lock('0.1.0', '1.0.0'), '1.0.0')).toThrow(
      "package-lock.json's version is 0.1.0, package.json's version 1.0.0: run npm install",
    );
    expect(() => checkLockfile(lock('1.0.0', '0.1.0'), '1.0.0')).toThrow(
      `package-lock.json's packages[""].version is 0.1.0, package.json's version 1.0.0: run npm install`,
    );
  });

  it('changes left under Unreleased are refused', () => {
    expect(() => checkUnreleasedEmpty(ready)).not.toThrow();
    expect(() =>
      checkUnreleasedEmpty(ready.replace('## [Unreleased]\n', '## [Unreleased]\n\n- Forgotten\n')),
    ).toThrow(
      "CHANGELOG.md's Unreleased section still holds changes: move them into the release's entry",
    );
    expect(() => checkUnreleasedEmpty('# Changelog\n')).toThrow("no '## [Unreleased]' section");
  });

  it('an entry dated after the day of the release, or on no calendar day, is refused', () => {
    expect(() => checkEntryDate(ready, '1.0.0', '2027-01-15')).not.toThrow();
    expect(() => checkEntryDate(ready, '1.0.0', '2027-01-14')).toThrow(
      "CHANGELOG.md's entry for 1.0.0 is dated 2027-01-15, after today (2027-01-14)",
    );
    expect(() =>
      checkEntryDate(ready.replace('2027-01-15', '2027-02-30'), '1.0.0', '2027-12-31'),
    ).toThrow("CHANGELOG.md's entry for 1.0.0 is dated 2027-02-30, not a calendar date");
  });

  it('gives the notes of a repository ready for the tag, and refuses one that is not', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ipv4-audit-release-'));
    try {
      const files = async (version: string, lockfile: string, changelog = ready) => {
        await writeFile(path.join(root, 'package.json'), JSON.stringify({ version }));
        await writeFile(path.join(root, 'package-lock.json'), lockfile);
        await writeFile(path.join(root, 'CHANGELOG.md'), changelog);
      };
      await files('1.0.0', lock('1.0.0'));
      expect(await checkedReleaseNotes(root, 'v1.0.0', '2027-01-15')).toBe(
        '### Added\n\n- Everything\n',
      );
      await expect(checkedReleaseNotes(root, 'v1.0.1', '2027-01-15')).rejects.toThrow(
        "tag v1.0.1 does not match package.json's version 1.0.0",
      );
      await files('1.0.0', lock('0.1.0'));
      await expect(checkedReleaseNotes(root, 'v1.0.0', '2027-01-15')).rejects.toThrow(
        "package-lock.json's version is 0.1.0",
      );
      await files(
        '1.0.0',
        lock('1.0.0'),
        ready.replace('## [Unreleased]\n', '## [Unreleased]\n- x\n'),
      );
      await expect(checkedReleaseNotes(root, 'v1.0.0', '2027-01-15')).rejects.toThrow(
        'Unreleased section still holds changes',
      );
      await files('1.0.0', lock('1.0.0'));
      await expect(checkedReleaseNotes(root, 'v1.0.0', '2027-01-14')).rejects.toThrow(
        'after today (2027-01-14)',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
