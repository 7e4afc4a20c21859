// Account-regions an organisation policy forbids. Control Tower's Region deny control, and SCPs
// like it, deny every regional call outside the governed regions: such an account-region is not
// a scan error but a state of its own, reported apart and gated only on request. Only a region
// whose every call failed with an explicit deny that names an organisation policy counts: a deny
// that names no policy, an identity-based policy or a permissions boundary, or a policy deny of
// some calls of a region whose other calls answered (a blind spot inside a region), stays a scan
// error and fails closed.
import { GLOBAL_REGION, WHOLE_ACCOUNT, type PlannedTarget } from '../model/coverage.js';
import { indexTargets, targetOf } from './coverage.js';
import { compareTargets } from './sortOrder.js';
import type { OrganisationPolicy, PolicyDenial, ScanError } from '../model/scanResult.js';

/** How each protocol answers an explicit deny: EC2, the query services, the JSON services. */
const DENIED_CODES = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** AWS's words, e.g. `... ec2:DescribeSubnets with an explicit deny in a service control policy`. */
const ORGANISATION_DENY =
  /\bwith an explicit deny in an? (service control policy|resource control policy)\b/;

/** The organisation policy a failed call names as its explicit deny, if it names one. */
export function organisationPolicyOf(error: ScanError): OrganisationPolicy | undefined {
  if (!DENIED_CODES.has(error.errorCode)) return undefined;
  return ORGANISATION_DENY.exec(error.message)?.[1] as OrganisationPolicy | undefined;
}

/** The call that says most about a denied region: interfaces are where public IPs are. */
const PREFERRED_EXAMPLE = 'ec2:DescribeNetworkInterfaces';

/**
 * The failures of account-regions an organisation policy denied, taken out of `errors` as
 * denials (one per account-region, in account and region order), and the errors that stay.
 */
export function separatePolicyDenials(
  planned: readonly PlannedTarget[],
  errors: readonly ScanError[],
): { policyDenied: PolicyDenial[]; scanErrors: ScanError[] } {
  const targets = indexTargets(planned);
  const known = new Set(planned);
  const byTarget = new Map<PlannedTarget, ScanError[]>();
  // Failures of no planned target: one target of their own per account and region.
  const extras = new Map<string, PlannedTarget>();
  for (const error of errors) {
    let target = targetOf(targets, error);
    if (!known.has(target)) {
      const own = `${target.accountId}\u0000${target.region}`;
      target = extras.get(own) ?? target;
      extras.set(own, target);
    }
    byTarget.set(target, [...(byTarget.get(target) ?? []), error]);
  }
  const policyDenied: PolicyDenial[] = [];
  const deniedErrors = new Set<ScanError>();
  for (const [target, failures] of byTarget) {
    const regional = target.region !== WHOLE_ACCOUNT && target.region !== GLOBAL_REGION;
    if (!regional || target.reached || !failures.every((e) => organisationPolicyOf(e))) continue;
    const example = failures.find((e) => e.api === PREFERRED_EXAMPLE) ?? (failures[0] as ScanError);
    policyDenied.push({
      accountId: target.accountId,
      region: target.region,
      policy: organisationPolicyOf(example) as OrganisationPolicy,
      exampleCall: example.api,
      message: example.message,
    });
    for (const e of failures) deniedErrors.add(e);
  }
  return {
    policyDenied: policyDenied.sort(compareTargets),
    scanErrors: errors.filter((e) => !deniedErrors.has(e)),
  };
}

/** `222222222222 us-east-1 (service control policy)`: for messages. */
export function describePolicyDenial(denial: PolicyDenial): string {
  return `${denial.accountId} ${denial.region} (${denial.policy})`;
}
