// The running workflow's file, from GITHUB_WORKFLOW_REF
// (`owner/repo/.github/workflows/FILE@ref`; for a reusable workflow, the caller's).

/** `.github/workflows/FILE`, or undefined when the runner did not say. */
export function workflowPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // The ref is the text after the last '@'; the two segments before the path are the repository.
  return /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@[^@]*$/.exec(
    env.GITHUB_WORKFLOW_REF ?? '',
  )?.[1];
}
