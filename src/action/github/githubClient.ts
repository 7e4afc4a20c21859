// The one way the action talks to GitHub's REST API: @actions/github's client, keeping its
// proxy-aware fetch, with every request bounded in time and tries (boundedFetch.ts).
import * as github from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { boundedFetch, callName, type CallBounds } from './boundedFetch.js';

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** The fetch @actions/github would use (through the runner's proxy, if any), unbounded. */
export function proxyFetch(): typeof fetch {
  return (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
}

export function githubClient(token: string, bounds: CallBounds): GitHubClient {
  // Octokit merges `request` shallowly: keep the defaults' agent beside the bounded fetch.
  const octokit = github.getOctokit(token, {
    request: { ...defaults.request, fetch: boundedFetch(proxyFetch(), bounds) },
  });
  // Every failure names its call, as the bounded ones already do (`GitHub GET /repos/...`).
  octokit.hook.error('request', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    // RequestError carries the request as sent: its method and the URL, parameters filled in.
    const { status, request } = error as {
      status?: number;
      request?: { method?: string; url?: string };
    };
    if (message.startsWith('GitHub ') || request?.url === undefined) throw error;
    const call = callName(request.method ?? 'GET', request.url);
    throw new Error(`${call}: ${status === undefined ? '' : `HTTP ${status} `}${message}`, {
      cause: error,
    });
  });
  return octokit;
}
