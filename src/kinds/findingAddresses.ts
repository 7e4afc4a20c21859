// Every address of a run's findings where it was found (accelerators: `global`), from the kinds:
// for the per-target figures of the history (analyze/scope.ts) and the addresses the
// reconciliations with AWS's records compare (analyze/scannedAddresses.ts). The interfaces' come
// first, then every other kind's in FINDING_KINDS' order: figuresByTarget counts an address under
// the target of its first record, and an interface's says where the address is used.
import type { FoundAddress } from '../analyze/scannedAddresses.js';
import type { Findings } from '../model/findings.js';
import { ENI_PUBLIC_IPS } from './eniPublicIps.js';
import { FINDING_KINDS } from './findingKinds.js';

const INTERFACES_FIRST = [ENI_PUBLIC_IPS, ...FINDING_KINDS.filter((k) => k !== ENI_PUBLIC_IPS)];

export function* findingAddresses(findings: Findings): Generator<FoundAddress> {
  for (const kind of INTERFACES_FIRST) {
    for (const { accountId, region, address, byoip } of kind.addresses(findings)) {
      yield { accountId, region, address, byoip, idle: kind.idle };
    }
  }
}
