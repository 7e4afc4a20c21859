// `baseline: artifact` against the GitHub stand-in, in-process: which run's report becomes the
// baseline when a fork's pull request names its branch `main` and uploads a crafted report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eniRow, emptyScan } from '../../__fixtures__/findings.js';
import { reportJson } from '../../__fixtures__/reportJson.js';
import type { Logger } from '../../src/common/logger.js';
import type { downloadBaseline as DownloadBaseline } from '../../src/action/github/downloadBaseline.js';
import {
  startGitHubStandIn,
  type GitHubStandIn,
} from '../../test-support/github/startGitHubStandIn.js';

const ARTIFACT = 'ipv4-audit-reports';
/** Every GitHub call: 1 s for an answer, 3 tries, and no wait between them (a test's). */
const BOUNDS = { timeoutMs: 1000, attempts: 3, sleep: async () => {} };
const REPORT = '1695071739_report.json';
const FORK = 'evil/platform-infra';
const KNOWN = '111111111111/us-east-1/eni-54.0.0.1/54.0.0.1';
const SMUGGLED = '111111111111/us-east-1/eni-54.0.0.66/54.0.0.66';

let standIn: GitHubStandIn;
let downloadBaseline: typeof DownloadBaseline;
let ownReport: string;
let craftedReport: string;
const savedEnv = { ...process.env };
const messages: string[] = [];
const logger: Logger = {
  info: (m) => messages.push(`info: ${m}`),
  warning: (m) => messages.push(`warning: ${m}`),
  debug: () => {},
};

beforeAll(async () => {
  standIn = await startGitHubStandIn({ repo: 'acme/platform-infra' });
  // A pull request's step. @actions/github fixes its API URL and context when it loads, so
  // the module under test is loaded only once the environment points at the stand-in.
  Object.assign(process.env, standIn.env({ pullRequest: 12 }));
  ({ downloadBaseline } = await import('../../src/action/github/downloadBaseline.js'));
  ownReport = await reportJson(emptyScan({ eniPublicIps: [eniRow({ address: '54.0.0.1' })] }));
  // What a fork would plant: the address it is about to add, listed as already known.
  craftedReport = await reportJson(
    emptyScan({
      eniPublicIps: [
        eniRow({ address: '54.0.0.1' }),
        eniRow({ address: '54.0.0.66', suspicion: 'HIGH' }),
      ],
    }),
  );
});

afterAll(async () => {
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name];
  Object.assign(process.env, savedEnv);
  await standIn?.close();
});

function seedForkRuns(first: number, count: number, withArtifact: boolean): void {
  for (let id = first; id < first + count; id++) {
    standIn.seedRun({
      id,
      branch: 'main',
      event: 'pull_request',
      headRepository: FORK,
      conclusion: 'success',
      ...(withArtifact
        ? { artifacts: [{ name: ARTIFACT, files: { [REPORT]: craftedReport } }] }
        : {}),
    });
  }
}

/** The REST calls made since `from`, as `METHOD path?query`. */
const restCalls = (from: number): string[] =>
  standIn.requests
    .slice(from)
    .filter((r) => r.service === 'rest')
    .map((r) => `${r.method} ${r.url.replace(/^\/repos\/acme\/platform-infra/, '')}`);

describe('baseline: artifact', () => {
  it("takes the own scheduled run's report, past 150 newer fork runs on a branch named main", async () => {
    standIn.seedRun({
      id: 8001,
      branch: 'main',
      event: 'schedule',
      conclusion: 'success',
      artifacts: [{ name: ARTIFACT, files: { [REPORT]: ownReport } }],
    });
    seedForkRuns(8002, 150, true);
    const from = standIn.requests.length;

    const baseline = await downloadBaseline(ARTIFACT, standIn.githubToken, logger, BOUNDS);

    expect(baseline.source).toBe(`artifact '${ARTIFACT}' of run 8001 (main)`);
    expect([...baseline.eniFindings.keys()]).toEqual([KNOWN]);
    expect(baseline.eniFindings.has(SMUGGLED)).toBe(false);
    expect(messages).toContain(`info: Baseline: ${REPORT} from schedule run 8001 on main`);
    // Two pages of runs, then the own run's artifact; no fork run's artifact is ever asked for.
    const list = '/actions/workflows/ipv4-audit.yml/runs?branch=main&status=success&per_page=100';
    expect(restCalls(from)).toEqual([
      `GET ${list}`,
      `GET ${list}&page=2`,
      'GET /actions/runs/8001/artifacts?name=ipv4-audit-reports',
      expect.stringMatching(/^GET \/actions\/artifacts\/\d+\/zip$/),
    ]);
  });

  it("refuses a newer own run's report.json that the schema refuses, naming the run", async () => {
    standIn.seedRun({
      id: 8200,
      branch: 'main',
      event: 'workflow_dispatch',
      conclusion: 'success',
      artifacts: [{ name: ARTIFACT, files: { [REPORT]: 'null' } }],
    });

    await expect(downloadBaseline(ARTIFACT, standIn.githubToken, logger, BOUNDS)).rejects.toThrow(
      new Error(
        `${REPORT} in artifact '${ARTIFACT}' of run 8200: not a valid aws-ipv4-audit report.json: the document must be object`,
      ),
    );
  });

  it('gives up after the newest 1,000 runs when fork runs bury every own run', async () => {
    seedForkRuns(9001, 1000, false);
    const from = standIn.requests.length;

    await expect(downloadBaseline(ARTIFACT, standIn.githubToken, logger, BOUNDS)).rejects.toThrow(
      new Error(
        `no successful schedule, workflow_dispatch or push run of this workflow on acme/platform-infra's 'main' among the newest 1000 runs listed has an artifact named '${ARTIFACT}'; 1000 runs from pull requests, forks or other events were not considered`,
      ),
    );
    expect(restCalls(from)).toHaveLength(10);
    expect(restCalls(from).every((c) => c.startsWith('GET /actions/workflows/'))).toBe(true);
  });

  it('a GitHub that accepts the call and never answers: three tries of 1 s, then an error naming the call', async () => {
    standIn.faults = { silent: ['rest'] };
    const from = standIn.requests.length;
    try {
      await expect(downloadBaseline(ARTIFACT, standIn.githubToken, logger, BOUNDS)).rejects.toThrow(
        'GitHub GET /repos/acme/platform-infra/actions/workflows/ipv4-audit.yml/runs: no answer in 1 s (3 attempts)',
      );
    } finally {
      standIn.faults = {};
    }
    const list = '/actions/workflows/ipv4-audit.yml/runs?branch=main&status=success&per_page=100';
    expect(restCalls(from)).toEqual([`GET ${list}`, `GET ${list}`, `GET ${list}`]);
    // None of them was ever answered.
    expect(standIn.requests.slice(from).map((r) => r.status)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('a GitHub that answers 502 every time: three tries, then an error naming the call and the status', async () => {
    standIn.faults = { rest: 502 };
    const from = standIn.requests.length;
    try {
      await expect(downloadBaseline(ARTIFACT, standIn.githubToken, logger, BOUNDS)).rejects.toThrow(
        'GitHub GET /repos/acme/platform-infra/actions/workflows/ipv4-audit.yml/runs: HTTP 502 Bad Gateway (3 attempts)',
      );
    } finally {
      standIn.faults = {};
    }
    expect(restCalls(from)).toHaveLength(3);
  });
});
