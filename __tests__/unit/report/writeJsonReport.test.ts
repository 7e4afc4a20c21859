import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { scopeDigest } from '../../../src/analyze/scope.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EniPublicIp } from '../../../src/model/findings.js';
import type { Options, ReportedOptions } from '../../../src/options/options.js';
import type { ScanResult } from '../../../src/model/scanResult.js';
import { VERSION } from '../../../src/common/version.js';
import { writeJsonReport } from '../../../src/report/writeJsonReport.js';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import { run } from '../../../__fixtures__/historyEntries.js';
import { SCAN_TIMES, fixture, vpnRows } from './scanFixture.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../../schema/report.schema.json', import.meta.url));
const EPOCH = 1695071739;

const OPTIONS: ReportedOptions = {
  mode: 'multi-account',
  awsRegion: 'us-east-1',
  credentials: {
    kind: 'static',
    accessKeyId: 'AKIAEXAMPLEKEYID0001',
    secretAccessKey: 'secret-never-written',
    sessionToken: 'token-never-written',
  },
  memberRoleName: 'OrganizationAccountAccessRole',
  externalId: 'external-id-never-written',
  regions: ['us-east-1', 'eu-west-1'],
  concurrency: 32,
  requestTimeoutSeconds: 30,
  pricePerIpHour: 0.005,
  thresholds: { maxHighSuspicion: 0, failOnScanErrors: false },
};

// The CSV fixture plus the VPN rows it leaves empty, one of them with a single tunnel address.
function fullScan(): ScanResult {
  return { ...fixture(), vpnConnections: vpnRows() };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The value at `path`, or undefined: a typed way into the parsed document. */
function at(value: Json | undefined, ...path: Path): Json | undefined {
  let node = value;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(step)] : node[String(step)];
  }
  return node;
}

/** Sets (or, given undefined, deletes) the member at `path`. */
function put(root: Json, path: Path, value: Json | undefined) {
  const parent = at(root, ...path.slice(0, -1)) as Record<string, Json>;
  const last = String(path.at(-1));
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

let compiled: Promise<ValidateFunction> | undefined;

// Compiled once: strict mode also proves the schema itself is free of unknown keywords.
function loadValidator(): Promise<ValidateFunction> {
  compiled ??= readFile(SCHEMA_PATH, 'utf8').then((text) =>
    new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(text) as object),
  );
  return compiled;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipv4-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(result: ScanResult, options: ReportedOptions = OPTIONS) {
  const path = await writeJsonReport(auditOutcome(result, { options }), dir, EPOCH);
  const text = await readFile(path, 'utf8');
  return { path, text, json: JSON.parse(text) as Json };
}

describe('writeJsonReport', () => {
  it('writes {epoch}_report.json that the schema accepts', async () => {
    const validate = await loadValidator();
    const { path, json } = await write(fullScan());

    expect(path).toBe(join(dir, '1695071739_report.json'));
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is accepted for an empty scan with every optional option absent', async () => {
    const validate = await loadValidator();
    const options: ReportedOptions = {
      mode: 'single-account',
      awsRegion: 'eu-central-2',
      credentials: { kind: 'ambient' },
      memberRoleName: 'OrganizationAccountAccessRole',
      concurrency: 1,
      requestTimeoutSeconds: 1,
      pricePerIpHour: 0.005,
      thresholds: { failOnScanErrors: true },
    };
    const { json, text } = await write(emptyScan(SCAN_TIMES), options);

    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(at(json, 'findings', 'eniPublicIps')).toEqual([]);
    expect(at(json, 'scan', 'options', 'regions')).toBeNull();
    expect(at(json, 'scan', 'options', 'thresholds')).toEqual({
      maxHighSuspicion: null,
      maxUnassociatedEips: null,
      maxIpamMissed: null,
      failOnScanErrors: true,
      failOnPolicyDenied: false,
    });
    expect(text).toContain('"eniPublicIps": []');
  });

  it('records the scan, the options used and no secret', async () => {
    const { json, text } = await write(fullScan());

    expect(at(json, 'schemaVersion')).toBe(1);
    expect(at(json, 'tool')).toEqual({ name: 'aws-ipv4-audit', version: VERSION });
    expect(at(json, 'scan')).toEqual({
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:05:00.000Z',
      durationSeconds: 300,
      options: {
        mode: 'multi-account',
        awsRegion: 'us-east-1',
        regions: ['us-east-1', 'eu-west-1'],
        excludeRegions: null,
        accounts: null,
        organizationalUnits: null,
        excludeAccounts: null,
        memberRoleName: 'OrganizationAccountAccessRole',
        externalIdSet: true,
        credentials: { kind: 'static' },
        concurrency: 32,
        requestTimeoutSeconds: 30,
        pricePerIpHour: 0.005,
        thresholds: {
          maxHighSuspicion: 0,
          maxUnassociatedEips: null,
          maxIpamMissed: null,
          failOnScanErrors: false,
          failOnPolicyDenied: false,
        },
      },
    });
    for (const secret of ['AKIAEXAMPLEKEYID0001', 'never-written']) {
      expect(text).not.toContain(secret);
    }
  });

  it('holds totals, cost, gate and keyed findings', async () => {
    const { json } = await write(fullScan());

    // Distinct addresses: 4 ENI (3.80.0.1 and 198.51.100.7 also associated EIPs) + 2 unassociated
    // + 3 VPN + 6 accelerator = 15, of which 198.51.100.7 is BYOIP: 14 x 3.65 = 51.10.
    expect(at(json, 'totals')).toMatchObject({
      publicIpv4Addresses: 15,
      eniPublicIps: 4,
      byAddressType: { elasticIp: 2, publicIp: 2 },
      bySuspicion: { LOW: 1, MODERATE: 1, HIGH: 1, UNKNOWN: 1 },
      unassociatedEips: 2,
      unassociatedEipsCharged: 2,
      byoipAddresses: 1,
      vpnPublicIps: 3,
      globalAcceleratorIps: 6,
      accountsScanned: 2,
      scanErrors: 2,
      policyDenied: 1,
    });
    // The account-region a Region deny SCP forbids: apart from the scan errors and the fraction.
    expect(at(json, 'coverage', 'policyDenied')).toEqual([
      {
        accountId: '222222222222',
        region: 'eu-central-1',
        policy: 'service control policy',
        exampleCall: 'ec2:DescribeNetworkInterfaces',
        message: expect.stringContaining(
          'ec2:DescribeNetworkInterfaces with an explicit deny in a service control policy.',
        ),
      },
    ]);
    expect(at(json, 'coverage')).toMatchObject({
      planned: 3,
      complete: 1,
      reached: 2,
      read: 2,
      policyDeniedCount: 1,
    });
    expect(at(json, 'cost', 'totalMonthlyUsd')).toBe(51.1);
    // HIGH 54.210.0.2 + two unassociated EIPs = 3 x 3.65.
    expect(at(json, 'cost', 'potentialSavingsUsd')).toBe(10.95);
    expect(at(json, 'gate')).toEqual({
      passed: false,
      counts: {
        highSuspicion: 1,
        unassociatedEips: 2,
        ipamMissed: 0,
        scanErrors: 2,
        policyDenied: 1,
      },
      violations: [
        {
          input: 'max-high-suspicion',
          count: 1,
          limit: 0,
          message:
            "1 HIGH-suspicion public IPs exceed 'max-high-suspicion' (0) by 1: 54.210.0.2 (eni-0b2, 222222222222 us-east-1)",
        },
      ],
      checks: [
        {
          input: 'coverage',
          count: 2,
          limit: 1,
          bound: 'min',
          passed: true,
          message: "2 account-regions' network interfaces or addresses could be read",
        },
        {
          input: 'max-high-suspicion',
          count: 1,
          limit: 0,
          bound: 'max',
          passed: false,
          message:
            "1 HIGH-suspicion public IPs exceed 'max-high-suspicion' (0) by 1: 54.210.0.2 (eni-0b2, 222222222222 us-east-1)",
        },
      ],
    });
    expect(at(json, 'coverage', 'gaps')).toEqual([
      {
        accountId: '111111111111',
        region: 'global',
        reached: false,
        failures: ['globalaccelerator:ListAccelerators: ThrottlingException'],
      },
      {
        accountId: '222222222222',
        region: 'ap-south-1',
        reached: true,
        failures: ['ec2:DescribeAddresses: AccessDenied'],
      },
    ]);
    expect([at(json, 'coverage', 'planned'), at(json, 'coverage', 'complete')]).toEqual([3, 1]);
    expect(at(json, 'findings', 'eniPublicIps', 1)).toMatchObject({
      key: '222222222222/us-east-1/eni-0b2/54.210.0.2',
      suspicion: 'HIGH',
      allocationId: null,
      monthlyCostUsd: 3.65,
    });
    expect(at(json, 'findings', 'eniPublicIps', 3)).toMatchObject({
      byoip: true,
      monthlyCostUsd: 0,
    });
    expect([0, 1].map((i) => at(json, 'findings', 'associatedEips', i, 'key'))).toEqual([
      '111111111111/us-east-1/eipalloc-0a1',
      '111111111111/us-east-1/eipalloc-0b2',
    ]);
    expect(at(json, 'findings', 'vpnConnections', 1)).toEqual({
      key: '222222222222/eu-west-1/vpn-0def',
      accountId: '222222222222',
      region: 'eu-west-1',
      connectionId: 'vpn-0def',
      addresses: ['203.0.113.3'],
      state: null,
      monthlyCostUsd: 3.65,
    });
    expect(at(json, 'findings', 'globalAccelerators', 1, 'monthlyCostUsd')).toBe(14.6);
  });

  it('keys an Elastic IP without an allocation id by its address', async () => {
    const scan = emptyScan(SCAN_TIMES);
    scan.unassociatedEips = [
      {
        accountId: '111111111111',
        region: 'us-east-1',
        publicIp: '3.3.3.3',
        pool: 'amazon',
        byoip: false,
      },
    ];
    const { json } = await write(scan);

    expect(at(json, 'findings', 'unassociatedEips', 0, 'key')).toBe(
      '111111111111/us-east-1/3.3.3.3',
    );
  });

  it('gives the same bytes for the same scan, one finding per line', async () => {
    const first = (await write(fullScan())).text;
    const second = (await write(fullScan())).text;

    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    const findingLines = first.split('\n').filter((line) => line.startsWith('      {"key":'));
    // 4 ENI + 2 + 2 EIPs + 2 subnets + 2 VPN + 2 accelerators.
    expect(findingLines).toHaveLength(14);
  });

  it('streams 50,000 findings into valid JSON', async () => {
    const validate = await loadValidator();
    const scan = fullScan();
    const base: EniPublicIp = scan.eniPublicIps[1]!;
    scan.eniPublicIps = Array.from({ length: 50_000 }, (_, i) => ({
      ...base,
      interfaceId: `eni-${String(i).padStart(6, '0')}`,
      address: `54.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    }));
    const { json } = await write(scan);

    expect(at(json, 'findings', 'eniPublicIps')).toHaveLength(50_000);
    expect(at(json, 'findings', 'eniPublicIps', 49_999, 'key')).toBe(
      '222222222222/us-east-1/eni-049999/54.0.195.79',
    );
    expect(validate(json)).toBe(true);
  });

  it('holds the history, this run alone without a baseline', async () => {
    const { json, text } = await write(fullScan());
    expect(at(json, 'history')).toEqual([
      {
        startedAt: at(json, 'scan', 'startedAt'),
        monthlyCostUsd: at(json, 'cost', 'totalMonthlyUsd'),
        potentialSavingsUsd: at(json, 'cost', 'potentialSavingsUsd'),
        publicIpv4Addresses: at(json, 'totals', 'publicIpv4Addresses'),
        bySuspicion: at(json, 'totals', 'bySuspicion'),
        unassociatedEips: at(json, 'totals', 'unassociatedEips'),
        accountRegionsPlanned: at(json, 'coverage', 'planned'),
        accountRegionsComplete: at(json, 'coverage', 'complete'),
        // us-east-1 of the first account and the second's accelerator listing were read
        // completely; the first's listing and the second's ap-south-1 failed.
        scope: scopeDigest(new Set(['111111111111/us-east-1', '222222222222/global'])),
      },
    ]);
    expect(at(json, 'history', 0, 'scope')).toMatch(/^sha256:[0-9a-f]{16}$/);
    // One run per line, like the findings.
    expect(text).toMatch(/\n {2}"history": \[\n {4}\{"startedAt":"[^\n]+\}\n {2}\]/);
  });

  it('writes a carried history oldest first, money in cents, valid against the schema', async () => {
    const validate = await loadValidator();
    const history = [
      run('2026-11-16', 3, { monthlyCostUsd: 10.950000000000001 }),
      run('2026-11-23', 2, { potentialSavingsUsd: 3.6500000000000004 }),
      run('2026-11-30', 1),
    ];
    const path = await writeJsonReport(auditOutcome(fullScan(), { history }), dir, EPOCH);
    const json = JSON.parse(await readFile(path, 'utf8')) as Json;

    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(at(json, 'history', 0, 'monthlyCostUsd')).toBe(10.95);
    expect(at(json, 'history', 1, 'potentialSavingsUsd')).toBe(3.65);
    expect((at(json, 'history') as Json[]).map((e) => at(e, 'startedAt'))).toEqual([
      '2026-11-16T06:00:00.000Z',
      '2026-11-23T06:00:00.000Z',
      '2026-11-30T06:00:00.000Z',
    ]);
  });

  it('takes full Options, writing only what it records', async () => {
    const options: Options = {
      ...OPTIONS,
      outputDir: '/tmp/x',
      pricePerIpHour: 0.005,
      gateOn: 'all',
      scan: true,
    };
    const { json } = await write(emptyScan(SCAN_TIMES), options);

    expect(Object.keys(at(json, 'scan', 'options') as object)).not.toContain('outputDir');
  });
});

describe('report.schema.json', () => {
  async function validReport() {
    return (await write(fullScan())).json;
  }

  it.each<[string, Path, Json | undefined]>([
    ['an unknown suspicion', ['findings', 'eniPublicIps', 0, 'suspicion'], 'CRITICAL'],
    ['an extra top-level member', ['extra'], true],
    ['an extra member in a finding', ['findings', 'associatedEips', 0, 'secret'], 'x'],
    ['a missing key', ['findings', 'eniPublicIps', 0, 'key'], undefined],
    ['the ExternalId itself', ['scan', 'options', 'externalId'], 'abc'],
    ['a credential', ['scan', 'options', 'credentials', 'accessKeyId'], 'AKIA'],
    ['an unknown credential kind', ['scan', 'options', 'credentials', 'kind'], 'root'],
    ['a wrong schema version', ['schemaVersion'], 2],
    ['a negative cost', ['cost', 'totalMonthlyUsd'], -1],
    ['a cost as a string', ['findings', 'eniPublicIps', 0, 'monthlyCostUsd'], '3.65'],
    ['a non-integer count', ['totals', 'scanErrors'], 1.5],
    ['a bad address', ['findings', 'unassociatedEips', 0, 'publicIp'], '300.1.1.1'],
    ['a local timestamp', ['scan', 'startedAt'], '2026-01-01 00:00:00'],
    ['a missing section', ['gate'], undefined],
    ['a history that is no list', ['history'], {}],
    ['a history entry without its time', ['history', 0, 'startedAt'], undefined],
    ['a history entry with a negative count', ['history', 0, 'publicIpv4Addresses'], -1],
  ])('rejects a document with %s', async (_what, path, value) => {
    const validate = await loadValidator();
    const report = await validReport();
    expect(validate(report)).toBe(true);

    put(report, path, value);

    expect(validate(report)).toBe(false);
  });
});
