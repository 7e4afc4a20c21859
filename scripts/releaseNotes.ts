// The release notes of a tag: `node --import tsx scripts/releaseNotes.ts v1.2.3` prints the body
// of CHANGELOG.md's `## [1.2.3]` entry, after checking the steps of RELEASING.md that the files
// show: the tag is a plain vX.Y.Z naming package.json's version, package-lock.json names it too,
// the entry is dated (not after today) and not empty, and nothing is left under Unreleased. The
// release workflow passes the notes to `gh release create`.
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

/** The version package-lock.json names, at its top and for the root package; both must agree. */
export function checkLockfile(lockfile: string, packageVersion: string): void {
  const lock = JSON.parse(lockfile) as {
    version?: string;
    packages?: Record<string, { version?: string }>;
  };
  for (const [where, version] of [
    ['version', lock.version],
    ['packages[""].version', lock.packages?.['']?.version],
  ] as const) {
    if (version !== packageVersion) {
      throw new Error(
        `package-lock.json's ${where} is ${version ?? 'missing'}, package.json's version ${packageVersion}: run npm install`,
      );
    }
  }
}

/** Every change is under a release's heading once it is released: Unreleased is left empty. */
export function checkUnreleasedEmpty(changelog: string): void {
  const body = /^## \[Unreleased\]\n([\s\S]*?)(?=^## |^\[[^\]]+\]: |(?![\s\S]))/m.exec(
    changelog,
  )?.[1];
  if (body === undefined) throw new Error("CHANGELOG.md has no '## [Unreleased]' section");
  if (body.trim() !== '') {
    throw new Error(
      "CHANGELOG.md's Unreleased section still holds changes: move them into the release's entry",
    );
  }
}

/** The entry's date is the release's day: one after `today` (YYYY-MM-DD, UTC) is a mistake. */
export function checkEntryDate(changelog: string, version: string, today: string): void {
  const heading = new RegExp(
    `^## \\[${version.replace(/\./g, '\\.')}\\] - (\\d{4}-\\d{2}-\\d{2})$`,
    'm',
  );
  const date = heading.exec(changelog)?.[1];
  if (date === undefined) {
    throw new Error(`CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' entry`);
  }
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    throw new Error(`CHANGELOG.md's entry for ${version} is dated ${date}, not a calendar date`);
  }
  if (date > today) {
    throw new Error(`CHANGELOG.md's entry for ${version} is dated ${date}, after today (${today})`);
  }
}

/** The release notes of `tag` in the repository at `root`, once every check above passed. */
export async function checkedReleaseNotes(
  root: string,
  tag: string,
  today: string,
): Promise<string> {
  const [changelog, pkg, lockfile] = await Promise.all(
    ['CHANGELOG.md', 'package.json', 'package-lock.json'].map((file) =>
      readFile(path.join(root, file), 'utf8'),
    ),
  );
  const { version } = JSON.parse(pkg ?? '{}') as { version: string };
  const notes = releaseNotes(tag, version, changelog ?? '');
  checkLockfile(lockfile ?? '', version);
  checkEntryDate(changelog ?? '', version, today);
  checkUnreleasedEmpty(changelog ?? '');
  return notes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(import.meta.dirname, '..');
  try {
    const today = new Date().toISOString().slice(0, 10);
    process.stdout.write(await checkedReleaseNotes(root, process.argv[2] ?? '', today));
  } catch (error) {
    console.error(`releaseNotes: ${(error as Error).message}`);
    process.exit(1);
  }
}
