// The release notes of a tag: `node --import tsx scripts/releaseNotes.ts v1.2.3` prints the body
// of CHANGELOG.md's `## [1.2.3]` entry, after checking that the tag is a plain vX.Y.Z and names
// package.json's version. The release workflow passes them to `gh release create`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TAG = /^v(\d+\.\d+\.\d+)$/;

/**
 * The body of the `## [version] - YYYY-MM-DD` entry of a keep-a-changelog file; throws when there
 * is none (an entry still without its date is not released).
 */
export function changelogEntry(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' entry`);
  const end = lines.findIndex((line, i) => i > start && /^## |^\[[^\]]+\]: /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's entry for ${version} is empty`);
  return `${body}\n`;
}

/** The release notes of `tag`, checked against package.json's version. */
export function releaseNotes(tag: string, packageVersion: string, changelog: string): string {
  const version = TAG.exec(tag)?.[1];
  if (!version) throw new Error(`'${tag}' is not a release tag (vMAJOR.MINOR.PATCH)`);
  if (version !== packageVersion) {
    throw new Error(`tag ${tag} does not match package.json's version ${packageVersion}`);
  }
  return changelogEntry(changelog, version);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(import.meta.dirname, '..');
  const [changelog, pkg] = await Promise.all([
    readFile(path.join(root, 'CHANGELOG.md'), 'utf8'),
    readFile(path.join(root, 'package.json'), 'utf8'),
  ]);
  try {
    const { version } = JSON.parse(pkg) as { version: string };
    process.stdout.write(releaseNotes(process.argv[2] ?? '', version, changelog));
  } catch (error) {
    console.error(`releaseNotes: ${(error as Error).message}`);
    process.exit(1);
  }
}
