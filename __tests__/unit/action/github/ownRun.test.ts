// Which listed workflow runs may give the baseline: only this repository's own successful
// default-branch runs, started by schedule, workflow_dispatch or push.
import { describe, expect, it } from 'vitest';
import { ownRun, type ListedRun } from '../../../../src/action/github/downloadBaseline.js';

const OWN: ListedRun = {
  id: 1,
  event: 'schedule',
  conclusion: 'success',
  head_branch: 'main',
  head_repository: { full_name: 'acme/platform-infra' },
};

describe('ownRun', () => {
  it.each(['schedule', 'workflow_dispatch', 'push'])('takes a successful own %s run', (event) => {
    expect(ownRun({ ...OWN, event }, 'acme/platform-infra', 'main')).toBe(true);
  });

  it('compares the repository name as GitHub does, ignoring case', () => {
    expect(ownRun(OWN, 'Acme/Platform-Infra', 'main')).toBe(true);
  });

  it.each<[string, Partial<ListedRun>]>([
    [
      "a fork's pull request from its branch named main",
      {
        event: 'pull_request',
        head_repository: { full_name: 'evil/platform-infra' },
      },
    ],
    ['a push run whose head is a fork', { head_repository: { full_name: 'evil/platform-infra' } }],
    ['a run whose head repository was deleted', { head_repository: null }],
    ['a run without a head repository', { head_repository: undefined }],
    ['an own pull request', { event: 'pull_request' }],
    ['pull_request_target, which runs for forks too', { event: 'pull_request_target' }],
    ['workflow_run', { event: 'workflow_run' }],
    ['a failed run', { conclusion: 'failure' }],
    ['a run still in progress', { conclusion: null }],
    ['another branch', { head_branch: 'release' }],
    ['a run without a head branch', { head_branch: null }],
    [
      'a repository whose name only starts the same',
      {
        head_repository: { full_name: 'acme/platform-infra-fork' },
      },
    ],
  ])('refuses %s', (_what, change) => {
    expect(ownRun({ ...OWN, ...change }, 'acme/platform-infra', 'main')).toBe(false);
  });
});
