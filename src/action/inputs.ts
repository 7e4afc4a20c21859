// Reads the action's inputs (INPUT_* through @actions/core's getInput) and validates them with
// the same validate() the CLI uses, plus the inputs only the action has.
import {
  InputError,
  INPUT_NAMES,
  Inputs,
  parseBoolean,
  parseInteger,
  validate,
  type Options,
  type RawInputs,
} from '../options/options.js';
import type { SummaryDetail } from '../report/summaryInput.js';

const ActionInputs = {
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  CommentOnPr: 'comment-on-pr',
  GithubToken: 'github-token',
  SummaryDetail: 'summary-detail',
} as const;

export interface ActionOptions extends Options {
  uploadArtifact: boolean;
  artifactName: string;
  retentionDays?: number;
  commentOnPr: boolean;
  githubToken?: string;
  /** `counts`: the summary and PR comment hold counts and cost only (public repositories). */
  summaryDetail: SummaryDetail;
}

/** Inputs the engine knows but a workflow must not set: credentials come from OIDC or the environment. */
const CLI_ONLY = new Set<string>([
  Inputs.Profile,
  Inputs.AccessKeyId,
  Inputs.SecretAccessKey,
  Inputs.SessionToken,
]);

/**
 * The member role of the action: the one iam/member-role.yml creates and iam/github-role.yml
 * may assume (its MemberRoleName). The CLI keeps the Python script's OrganizationAccountAccessRole.
 */
export const ACTION_MEMBER_ROLE_NAME = 'ipv4-audit-member';

// GitHub artifact names may not contain these characters.
const BAD_ARTIFACT_NAME = /["':<>|*?\\/\r\n]/;

export function readActionOptions(getInput: (name: string) => string): ActionOptions {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    if (!CLI_ONLY.has(name)) raw[name] = getInput(name);
  }
  if ((raw[Inputs.MemberRoleName] ?? '').trim() === '') {
    raw[Inputs.MemberRoleName] = ACTION_MEMBER_ROLE_NAME;
  }
  const options = validate(raw);

  const artifactName = getInput(ActionInputs.ArtifactName).trim() || 'ipv4-audit-reports';
  if (BAD_ARTIFACT_NAME.test(artifactName)) {
    throw new InputError(
      ActionInputs.ArtifactName,
      `'${artifactName}' contains a character artifact names may not hold ("':<>|*?\\/)`,
    );
  }
  const retention = getInput(ActionInputs.RetentionDays).trim();
  const retentionDays =
    retention === '' ? undefined : parseInteger(ActionInputs.RetentionDays, retention, 1, 90);
  const bool = (name: string, fallback: boolean) => {
    const value = getInput(name).trim();
    return value === '' ? fallback : parseBoolean(name, value);
  };
  const token = getInput(ActionInputs.GithubToken).trim();
  return {
    ...options,
    uploadArtifact: bool(ActionInputs.UploadArtifact, true),
    artifactName,
    ...(retentionDays !== undefined ? { retentionDays } : {}),
    commentOnPr: bool(ActionInputs.CommentOnPr, false),
    ...(token ? { githubToken: token } : {}),
    summaryDetail: parseSummaryDetail(getInput(ActionInputs.SummaryDetail).trim()),
  };
}

function parseSummaryDetail(value: string): SummaryDetail {
  if (value === '' || value === 'full') return 'full';
  if (value === 'counts') return 'counts';
  throw new InputError(ActionInputs.SummaryDetail, `'${value}' is not full or counts`);
}
