import type { IncomingHttpHeaders } from 'node:http';

/** Which part of GitHub a request reached. */
export type StandInService = 'oidc' | 'results' | 'blob' | 'rest';

export interface RecordedRequest {
  service: StandInService;
  method: string;
  /** Path and query, as received. */
  url: string;
  pathname: string;
  authorization: string | undefined;
  /** The credential from `Authorization: token X` or `Bearer X`. */
  token: string | undefined;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body of Twirp and REST requests (blob bytes are kept on the artifact). */
  json: unknown;
  /** Set when the answer is sent. */
  status: number | undefined;
}

export interface OidcRequest {
  audience: string | undefined;
  authorization: string | undefined;
  status: number;
}

/**
 * Faults to inject; change them at any time through `standIn.faults`. Statuses the toolkit
 * retries (Twirp: 429/500/502/503/504, blob: 500/503) cost seconds of backoff per attempt, so
 * a fast failure wants 4xx.
 */
export interface GitHubStandInFaults {
  /** 'error': the token endpoint answers 500. 'absent': env() leaves out the request URL and
   * token, as a runner does when the job lacks `id-token: write`. */
  oidc?: 'error' | 'absent';
  /** HTTP status for CreateArtifact, answered as a Twirp error. */
  createArtifact?: number;
  /** HTTP status for every blob upload request (Put Block, Put Block List, Put Blob). */
  upload?: number;
  /** HTTP status for FinalizeArtifact, answered as a Twirp error. */
  finalizeArtifact?: number;
  /**
   * Services that accept each request, read it whole and never answer (a GitHub that hangs):
   * the request is recorded with no status, and its connection stays open until the client
   * gives up or the stand-in closes.
   */
  silent?: StandInService[];
  /** HTTP status for every REST API request, answered as GitHub's JSON error (e.g. 502). */
  rest?: number;
}

export interface BackendIds {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export interface StoredArtifact extends BackendIds {
  id: number;
  name: string;
  runId: number;
  /** True when it came in through CreateArtifact, false when seeded. */
  uploaded: boolean;
  version: number | undefined;
  mimeType: string;
  createdAt: Date;
  expiresAt: Date | undefined;
  expired: boolean;
  finalized: boolean;
  /** Blob path under /blob/, and the sig values its signed URLs carry. */
  blobPath: string;
  uploadSig: string;
  downloadSig: string;
  /** Committed blob bytes (the zip) and the x-ms-blob-content-type sent with them. */
  blob: Buffer | undefined;
  blobContentType: string | undefined;
  /** Put Block bodies not yet committed, by block id. */
  stagedBlocks: Map<string, Buffer>;
  /** As FinalizeArtifact reported them. */
  size: number | undefined;
  digest: string | undefined;
}

export interface StoredRun extends BackendIds {
  id: number;
  name: string;
  workflowId: number;
  workflowFile: string;
  branch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  runNumber: number;
  runAttempt: number;
  createdAt: Date;
  /** Where the run's head commit lives; absent: the repository itself. A fork's pull request
   * runs in the base repository with the fork as its head repository. */
  headRepository?: RepoIdentity;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  createdAt: Date;
  updatedAt: Date;
}

export interface RepoIdentity {
  owner: string;
  name: string;
  fullName: string;
  id: number;
}

/** Everything the routes share; one per stand-in. */
export interface StandInState {
  baseUrl: string;
  repo: RepoIdentity;
  currentRun: StoredRun;
  ref: string;
  runtimeToken: string;
  oidcRequestToken: string;
  githubTokens: Set<string>;
  faults: GitHubStandInFaults;
  requests: RecordedRequest[];
  oidcRequests: OidcRequest[];
  artifacts: StoredArtifact[];
  runs: StoredRun[];
  comments: StoredComment[];
  nextArtifactId: number;
  nextCommentId: number;
}

/** A request with its body already read. */
export interface StandInRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
