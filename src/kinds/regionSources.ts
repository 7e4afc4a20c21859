// The kinds read in every account-region by calls of their own (a descriptor's `source`): the
// scan makes their calls and their rows, the session policy allows their actions. A new such kind
// needs no line here, in the scan or in the policy.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { InterfaceFindings, RegionFindings } from '../model/findings.js';
import type { FindingsMember, RegionSource } from './findingKind.js';
import { FINDING_KINDS } from './findingKinds.js';

/** The rows of one account-region that come from the kinds' own calls. */
type SourcedFindings = Omit<RegionFindings, keyof InterfaceFindings>;

const REGION_SOURCES: readonly (RegionSource<unknown> & { member: FindingsMember })[] =
  FINDING_KINDS.flatMap((kind) => (kind.source ? [{ ...kind.source, member: kind.member }] : []));

/** The IAM actions of the kinds' calls, in FINDING_KINDS' order. */
export const SOURCE_ACTIONS = REGION_SOURCES.map((source) => source.action);

/** Each source's answer by its action; none where the call failed. */
export type SourceAnswers = ReadonlyMap<string, unknown>;

/** Reads every source through `chain` (the call queue, which names each call by its action). */
export async function readSources(
  ec2: EC2Client,
  chain: <T>(action: string, read: () => Promise<T>) => Promise<T | undefined>,
): Promise<SourceAnswers> {
  const answers = await Promise.all(
    REGION_SOURCES.map((source) => chain(source.action, () => source.read(ec2))),
  );
  return new Map(
    REGION_SOURCES.flatMap((source, i) =>
      answers[i] === undefined ? [] : [[source.action, answers[i]] as const],
    ),
  );
}

/** Each source's rows from its answer (none where the call failed: an error row says so). */
export function sourcedFindings(
  accountId: string,
  region: string,
  answers: SourceAnswers,
): SourcedFindings {
  return Object.fromEntries(
    REGION_SOURCES.map((source) => [
      source.member,
      source.rows(accountId, region, answers.get(source.action)),
    ]),
  ) as unknown as SourcedFindings;
}
