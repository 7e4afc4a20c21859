// The sample organisation in organizational units, with two more accounts, for scoping by OU:
//
//   r-exam (root)          111111111111 Management
//   ├─ Workloads           (no account of its own)
//   │  ├─ Prod             222222222222 Workloads
//   │  └─ Dev              444444444444 Dev
//   └─ Sandbox             333333333333 Sandbox (SUSPENDED), 555555555555 Experiments
import type { OrgFixture } from './fixture.js';
import { SAMPLE_MANAGEMENT, SAMPLE_MEMBER, SAMPLE_SUSPENDED, sampleOrg } from './sampleOrg.js';

export const TREE_ROOT = 'r-exam';
export const OU_WORKLOADS = 'ou-exam-workloads';
export const OU_PROD = 'ou-exam-prod0001';
export const OU_DEV = 'ou-exam-dev00001';
export const OU_SANDBOX = 'ou-exam-sandbox1';
export const TREE_DEV = '444444444444';
export const TREE_EXPERIMENTS = '555555555555';

export function organizationTreeOrg(): OrgFixture {
  const org = sampleOrg();
  org.rootId = TREE_ROOT;
  org.organizationalUnits = [
    { id: OU_WORKLOADS, name: 'Workloads', parentId: TREE_ROOT },
    { id: OU_PROD, name: 'Prod', parentId: OU_WORKLOADS },
    { id: OU_DEV, name: 'Dev', parentId: OU_WORKLOADS },
    { id: OU_SANDBOX, name: 'Sandbox', parentId: TREE_ROOT },
  ];
  const parents: Record<string, string> = {
    [SAMPLE_MANAGEMENT]: TREE_ROOT,
    [SAMPLE_MEMBER]: OU_PROD,
    [SAMPLE_SUSPENDED]: OU_SANDBOX,
  };
  for (const account of org.accounts) account.parentId = parents[account.id] ?? TREE_ROOT;
  org.accounts.push(
    {
      id: TREE_DEV,
      name: 'Dev',
      status: 'ACTIVE',
      parentId: OU_DEV,
      regions: { 'us-east-1': {}, 'eu-west-1': {} },
    },
    {
      id: TREE_EXPERIMENTS,
      name: 'Experiments',
      status: 'ACTIVE',
      parentId: OU_SANDBOX,
      regions: { 'us-east-1': {}, 'eu-west-1': {} },
    },
  );
  return org;
}
