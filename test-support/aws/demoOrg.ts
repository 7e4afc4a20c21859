// The demo's organisation: the sample organisation plus one ACTIVE member whose role cannot be
// assumed (it has no role by the name the scan asks for), as happens when an account joined the
// organisation without the audit role. The demo shows what a partial scan looks like: its
// scan_errors.csv row, the summary's coverage, exit code 3. The sample organisation itself stays
// complete: the integration tests and golden files rely on it. It also has AWS's own records of
// the sample (reconcileOrg.ts: IPAM in the member account, a bill), for the demo's
// reconciliation; they answer only the calls the reconciliation options make.
import type { OrgFixture } from './fixture.js';
import { reconcileOrg, RECONCILE_NOW } from './reconcileOrg.js';

export const DEMO_UNREACHABLE = '444444444444';

export function demoOrg(now: Date = RECONCILE_NOW): OrgFixture {
  const org = reconcileOrg(now);
  org.accounts.push({
    id: DEMO_UNREACHABLE,
    name: 'Legacy (no audit role)',
    status: 'ACTIVE',
    // AssumeRole of any role name is refused: AccessDenied, as AWS answers for a missing role.
    roleNames: [],
    regions: { 'us-east-1': {} },
  });
  return org;
}
