// One name everywhere (the repository slug the action is published under), and the release
// notes the release workflow takes from CHANGELOG.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changelogEntry, releaseNotes } from '../../scripts/releaseNotes.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SLUG = 'aws-ipv4-audit/aws-ipv4-audit';
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

  it('is the only action the README runs, at the major tag v1', () => {
    const readme = read('README.md');
    const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).join('');
    const refs = [...yamlBlocks.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1] ?? '');
    const ours = refs.filter((r) => !r.startsWith('actions/'));
    expect(ours.length).toBeGreaterThan(0);
    expect(new Set(ours)).toEqual(new Set([`${SLUG}@v1`]));
    // Any other GitHub URL of the project names the same repository.
    for (const [url] of readme.matchAll(/https:\/\/github\.com\/aws-ipv4-audit\/[\w.-]+/g)) {
      expect(url).toBe(`https://github.com/${SLUG}`);
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
