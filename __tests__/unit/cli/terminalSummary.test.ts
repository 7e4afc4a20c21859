// The summary a person reads at the terminal: the headline, what to fix, coverage, where the
// reports are and the verdict, checked as the text it is.
import { describe, expect, it } from 'vitest';
import { paint } from '../../../src/cli/paint.js';
import { LISTED, terminalSummary } from '../../../src/cli/terminalSummary.js';
import type { ScanResult } from '../../../src/model/scanResult.js';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { eipRow, emptyScan, eniRow } from '../../../__fixtures__/findings.js';

const FILES = [
  'out/100_eni_public_ips.csv',
  'out/100_unassociated_eips.csv',
  'out/100_unchecked_accounts.csv',
  'out/100_scan_errors.csv',
  'out/100_report.json',
  'out/100_report.html',
];

function summary(
  scan: ScanResult,
  options: { colour?: boolean; exitCode?: number; thresholds?: object } = {},
) {
  const outcome = auditOutcome(scan, {
    options: { thresholds: { failOnScanErrors: false, ...options.thresholds } },
  });
  return terminalSummary({
    outcome,
    files: FILES,
    outputDir: 'out',
    exitCode: options.exitCode ?? 0,
    paint: paint(options.colour ?? false),
  });
}

const high = (n: number, extra = {}) =>
  eniRow({
    address: `54.0.0.${n}`,
    interfaceId: `eni-${String(n).padStart(4, '0')}`,
    suspicion: 'HIGH',
    reasons: ['The interface is not attached to any resource.'],
    interfaceType: 'Unattached ENI',
    service: 'unattached',
    ...extra,
  });

describe('terminalSummary', () => {
  it('leads with the headline, lists the HIGH addresses and unassociated EIPs, and ends with the verdict', () => {
    const scan = emptyScan({
      accountsScanned: ['111111111111'],
      eniPublicIps: [high(1), high(2), eniRow({ address: '54.0.0.3' })],
      unassociatedEips: [
        eipRow({ publicIp: '3.0.0.1', allocationId: 'eipalloc-1', name: 'spare' }),
        eipRow({
          publicIp: '3.0.0.2',
          allocationId: 'eipalloc-2',
          byoip: true,
          pool: 'ipv4pool-ec2-1',
        }),
      ],
      uncheckedAccounts: [{ accountId: '333333333333', status: 'SUSPENDED' }],
    });
    expect(summary(scan)).toBe(
      [
        '5 public IPv4 addresses cost $14.60 a month (1 BYOIP, free).',
        'Releasing the unnecessary ones would save up to $10.95 a month.',
        '',
        'Public IPs on network interfaces by suspicion (3):',
        '  HIGH      2  probably unnecessary',
        '  MODERATE  0  worth a look',
        '  LOW       1  in use',
        '  UNKNOWN   0  not assessed',
        '',
        'HIGH suspicion: 2 addresses to fix first:',
        '  111111111111  us-east-1  eni-0001  54.0.0.1  Unattached ENI  unattached',
        '      The interface is not attached to any resource.',
        '      fix: aws ec2 delete-network-interface --network-interface-id eni-0001 --region us-east-1',
        '  111111111111  us-east-1  eni-0002  54.0.0.2  Unattached ENI  unattached',
        '      The interface is not attached to any resource.',
        '      fix: aws ec2 delete-network-interface --network-interface-id eni-0002 --region us-east-1',
        '',
        'Unassociated Elastic IPs: 2 (1 charged, $3.65 a month); release the ones nobody needs:',
        '  111111111111  us-east-1  3.0.0.1  eipalloc-1  spare',
        '  111111111111  us-east-1  3.0.0.2  eipalloc-2  BYOIP, free',
        '',
        'Cost by service: unattached $7.30 (2), ec2 $3.65 (1), elastic-ip $3.65 (2).',
        'Savings by action: Delete unattached interfaces $7.30 (2); Release unassociated Elastic IPs $3.65 (2).',
        '  Total $10.95, the potential savings.',
        '',
        'Coverage: 1 of 1 account-regions read completely, in 1 account; no scan errors.',
        '1 account is not ACTIVE and not scanned: out/100_unchecked_accounts.csv',
        '',
        'Reports: 6 files in out/ (CSV, JSON, an HTML page and remediation.sh)',
        '  open out/100_report.html',
        '',
        'Gate: passed (no threshold set: --max-high-suspicion, --max-unassociated-eips, --max-ipam-missed)',
        'Exit code 0: the scan is complete and the gate passed.',
        '',
      ].join('\n'),
    );
  });

  it(`lists the first ${LISTED} HIGH addresses, leaves out suppressed ones, and says where the rest are`, () => {
    const many = Array.from({ length: 14 }, (_, i) => high(i + 1));
    many[0] = high(1, { suppressionReason: 'accepted' });
    const text = summary(emptyScan({ eniPublicIps: many }));
    expect(text).toContain(
      '  1 finding is suppressed (accepted with a reason) and not listed below.\n',
    );
    expect(text).toContain('HIGH suspicion: 13 addresses to fix first (the first 10):\n');
    expect(text).not.toContain('eni-0001');
    expect(text).toContain('eni-0011');
    expect(text).not.toContain('eni-0012');
    expect(text).toContain('  …and 3 more in out/100_eni_public_ips.csv\n');
  });

  it('says a partial scan is partial, what it missed, and where every failure is', () => {
    const scan = emptyScan({
      accountsScanned: ['111111111111'],
      scanErrors: [
        {
          accountId: '444444444444',
          region: 'global',
          api: 'sts:AssumeRole',
          errorCode: 'AccessDenied',
          message: 'denied',
        },
      ],
      coverage: {
        planned: 3,
        complete: 2,
        reached: 2,
        read: 1,
        policyDenied: 0,
        gaps: [
          {
            accountId: '444444444444',
            region: '*',
            reached: false,
            failures: ['sts:AssumeRole: AccessDenied'],
          },
        ],
      },
    });
    const text = summary(scan, { exitCode: 3 });
    expect(text).toContain(
      [
        'Partial scan: 2 of 3 account-regions read completely, in 1 of 2 accounts; 1 call failed.',
        'Not in these numbers, because not read completely:',
        '  444444444444 all regions (sts:AssumeRole: AccessDenied)',
        'Every failed call, with its error: out/100_scan_errors.csv',
      ].join('\n'),
    );
    expect(text).toMatch(
      /Exit code 3: the reports are written, but some account-regions were not read completely \(see scan_errors\.csv\)\.\n$/,
    );
  });

  it('when nothing was planned, says that nothing was scanned before anything else, and no count', () => {
    const nothing = emptyScan({
      coverage: { planned: 0, complete: 0, reached: 0, read: 0, policyDenied: 0, gaps: [] },
    });
    expect(summary(nothing, { exitCode: 5 })).toBe(
      [
        'Nothing was scanned: no account-region was planned (no ACTIVE account, or none of the named regions is enabled)',
        'The reports hold no addresses, which does not mean there are none.',
        '',
        'Coverage: 0 of 0 account-regions read completely, in 0 accounts; no scan errors.',
        '',
        'Reports: 6 files in out/ (CSV, JSON, an HTML page and remediation.sh)',
        '  open out/100_report.html',
        '',
        'Gate: FAILED',
        '  Nothing was scanned (see the first lines).',
        'Exit code 5: nothing could be scanned.',
        '',
      ].join('\n'),
    );
    expect(summary(nothing, { exitCode: 5, colour: true })).toMatch(
      // eslint-disable-next-line no-control-regex
      /^\x1b\[31mNothing was scanned\x1b\[39m: no account-region/,
    );
  });

  it('says exit 0 of a partial scan is partial coverage accepted', () => {
    const scan = emptyScan({
      scanErrors: [
        { accountId: '1', region: 'global', api: 'sts:AssumeRole', errorCode: 'X', message: 'x' },
      ],
    });
    expect(summary(scan, { exitCode: 0 })).toMatch(
      /\nExit code 0: the gate passed; the scan is partial, which --fail-on-scan-errors false accepts \(see scan_errors\.csv\)\.\n$/,
    );
  });

  it('shows a failed gate with its reasons', () => {
    const text = summary(emptyScan({ eniPublicIps: [high(1)] }), {
      thresholds: { maxHighSuspicion: 0 },
      exitCode: 4,
    });
    expect(text).toContain(
      "Gate: FAILED\n  1 HIGH-suspicion public IPs exceed 'max-high-suspicion' (0) by 1: 54.0.0.1 (eni-0001, 111111111111 us-east-1)\nExit code 4: the gate failed.\n",
    );
  });

  it('colours only when asked, and the words stay the same', () => {
    const scan = emptyScan({ eniPublicIps: [high(1)] });
    const plain = summary(scan);
    const coloured = summary(scan, { colour: true });
    expect(plain).not.toContain('\x1b');
    expect(coloured).toContain('\x1b[31mHIGH suspicion\x1b[39m');
    expect(coloured).toContain('\x1b[32mpassed\x1b[39m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });

  it('prints text from AWS as text: no escape sequence or line break reaches the terminal', () => {
    const hostile = high(1, {
      interfaceType: 'x\x1b]0;owned\x07y',
      reasons: ['line one\nline two\u202Eevil'],
    });
    const text = summary(emptyScan({ eniPublicIps: [hostile] }), { colour: false });
    expect(text).toContain('eni-0001  54.0.0.1  x?]0;owned?y  unattached\n');
    expect(text).toContain('      line one line two?evil\n');
    for (const c of ['\x07', '\x1b', '\u202e']) expect(text).not.toContain(c);
  });
});
