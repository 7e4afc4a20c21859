import { describe, expect, it } from 'vitest';
import { workflowPath } from '../../../../src/action/github/workflowPath.js';

describe('workflowPath', () => {
  it.each([
    [
      'acme/platform-infra/.github/workflows/ipv4.yml@refs/heads/main',
      '.github/workflows/ipv4.yml',
    ],
    [
      'acme/platform-infra/.github/workflows/ipv4-audit.yaml@refs/pull/7/merge',
      '.github/workflows/ipv4-audit.yaml',
    ],
    ['acme/platform-infra/.github/workflows/a b.yml@refs/tags/v1', '.github/workflows/a b.yml'],
  ])('reads %s', (ref, path) => {
    expect(workflowPath({ GITHUB_WORKFLOW_REF: ref })).toBe(path);
  });

  it.each([undefined, '', 'acme/platform-infra/ci.yml@refs/heads/main', 'not a ref'])(
    'is undefined for %s',
    (ref) => {
      expect(workflowPath(ref === undefined ? {} : { GITHUB_WORKFLOW_REF: ref })).toBeUndefined();
    },
  );
});
