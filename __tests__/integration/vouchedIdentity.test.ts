// Identity comes from what AWS vouches for, never from a description: the sample organisation
// plus, in 222222222222 eu-west-1, one ordinary EC2 instance interface (InterfaceType
// `interface`, not requester-managed) per description the analysis recognises, each crafted as
// anyone who may edit their own interface could write it, and one EKS Auto Mode node's interface
// (Operator.Managed). Through the CLI and the action against the AWS stand-in.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRAFTED_DESCRIPTIONS } from '../../__fixtures__/craftedDescriptions.js';
import { run as runAction } from '../../src/action/main.js';
import type { OrgFixture } from '../../test-support/aws/fixture.js';
import { SAMPLE_MEMBER, sampleOrg } from '../../test-support/aws/sampleOrg.js';
import { readReports, runCliWith } from './cliRunner.js';
import { fakeCore } from './fakeCore.js';
import { standInSuite } from './standInSuite.js';

const REGION = 'eu-west-1';
const VPC = 'vpc-0b1c2d3e4f5a60003';
const SUBNET = 'subnet-0b0000000000000b1';
// Internal-only rules: every crafted address is HIGH ("No public IPv4 range is allowed...").
const INTERNAL_GROUP = { GroupId: 'sg-0b00000000000bb03', GroupName: 'member-internal' };
const HIGH_REASON =
  'No public IPv4 range is allowed in the ingress or egress rules of the security groups on the interface.';

interface Crafted {
  service: string;
  description: string;
  eni: string;
  instance: string;
  address: string;
  privateIp: string;
}

const CRAFTED: Crafted[] = CRAFTED_DESCRIPTIONS.map(([service, description], i) => {
  const n = String(i + 1).padStart(2, '0');
  return {
    service,
    description,
    eni: `eni-0c0ffee00000000${n}`,
    instance: `i-0c0ffee00000000${n}`,
    address: `52.30.90.${i + 1}`,
    privateIp: `10.2.1.${100 + i}`,
  };
});

/** The ids and names the crafted descriptions carry: none may reach a command or a summary. */
const CRAFTED_IDS = [
  'nat-0c0ffee0c0ffee0c0',
  'vpce-0c0ffee0c0ffee0c0',
  'tgw-attach-0c0ffee0c0ffee0c0',
  'crafted-alb',
  'crafted-nlb',
  'crafted-classic',
  'crafted-cluster',
];

const EKS_NODE = {
  eni: 'eni-0e45000000000001',
  instance: 'i-0e45000000000001',
  address: '52.30.91.1',
};

function instanceInterface(
  c: Pick<Crafted, 'eni' | 'instance' | 'address' | 'privateIp'>,
  fields: Partial<NetworkInterface>,
): NetworkInterface {
  const association = { IpOwnerId: 'amazon', PublicIp: c.address };
  return {
    Association: association,
    Attachment: {
      AttachmentId: `eni-attach-${c.eni.slice(4)}`,
      DeviceIndex: 0,
      InstanceId: c.instance,
      InstanceOwnerId: SAMPLE_MEMBER,
      Status: 'attached',
    },
    AvailabilityZone: 'eu-west-1a',
    Groups: [INTERNAL_GROUP],
    InterfaceType: 'interface',
    NetworkInterfaceId: c.eni,
    OwnerId: SAMPLE_MEMBER,
    PrivateIpAddress: c.privateIp,
    PrivateIpAddresses: [
      { Association: association, Primary: true, PrivateIpAddress: c.privateIp },
    ],
    RequesterId: 'AIDAEXAMPLEUSER000001',
    RequesterManaged: false,
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: SUBNET,
    VpcId: VPC,
    ...fields,
  };
}

function craftedOrg(): OrgFixture {
  const org = sampleOrg();
  const member = org.accounts.find((a) => a.id === SAMPLE_MEMBER);
  const region = member?.regions[REGION];
  if (region?.networkInterfaces === undefined) throw new Error('the sample changed');
  region.networkInterfaces.push(
    ...CRAFTED.map((c) => instanceInterface(c, { Description: c.description })),
    instanceInterface(
      { ...EKS_NODE, privateIp: '10.2.1.150' },
      {
        Description: '',
        Operator: { Managed: true, Principal: 'eks.amazonaws.com', HiddenByDefault: false },
      },
    ),
  );
  // An Elastic IP AWS holds for a regional NAT gateway, associated with nothing just now.
  region.addresses = [
    ...(region.addresses ?? []),
    {
      AllocationId: 'eipalloc-0c0ffee000000rnat',
      PublicIp: '52.30.92.1',
      Domain: 'vpc',
      PublicIpv4Pool: 'amazon',
      NetworkBorderGroup: REGION,
      ServiceManaged: 'rnat',
    },
  ];
  return org;
}

const suite = standInSuite(craftedOrg, 'vouched-identity');
const SCAN = ['run-single-account', '--regions', REGION];

/** The README's own suppression example, as a user would copy it. */
async function readmeSuppressions(): Promise<string> {
  const readme = await readFile(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const example = /```yaml\n(suppressions:\n[\s\S]*?)```/.exec(readme)?.[1];
  if (example === undefined) throw new Error("the README's suppression example is gone");
  expect(example).toContain('    interface-type: NAT Gateway\n');
  const file = path.join(suite.scratch, 'readme-suppressions.yml');
  await writeFile(file, example);
  return file;
}

type Row = Record<string, string>;
const rows = (csv: string | undefined): Row[] =>
  parseCsv(csv ?? '', { columns: true, skip_empty_lines: true }) as Row[];

describe('a description on an interface the account manages itself names nothing', () => {
  it.each(CRAFTED)(
    'a $service description: the row stays the EC2 instance, HIGH, with its own command',
    async (c) => {
      const run = await runCliWith({ ...suite.aws.env, ...memberKeys() }, [
        ...SCAN,
        '--max-high-suspicion',
        '0',
        '--suppressions',
        await readmeSuppressions(),
      ]);
      expect(run.code).toBe(4);
      const row = rows(run.files.get('eni_public_ips.csv')).find((r) => r['InterfaceId'] === c.eni);
      expect(row).toMatchObject({
        Address: c.address,
        InterfaceType: 'EC2 Instance',
        SuspectUnnecessary: 'HIGH',
        Reason: HIGH_REASON,
        Service: 'ec2',
        ResourceId: c.instance,
        ManagedBy: '',
        InstanceId: c.instance,
        Description: c.description,
        Action: 'Remove the auto-assigned public IPv4 address from the interface.',
        Command: `aws ec2 modify-network-interface-attribute --network-interface-id ${c.eni} --no-associate-public-ip-address --region ${REGION}`,
        // The README's `interface-type: NAT Gateway` entry must not hide it.
        Suppressed: 'false',
        SuppressionReason: '',
      });
    },
  );

  it('the README example still accepts the real NAT gateway; the gate counts every crafted address', async () => {
    const run = await runCliWith({ ...suite.aws.env, ...memberKeys() }, [
      ...SCAN,
      '--max-high-suspicion',
      '0',
      '--suppressions',
      await readmeSuppressions(),
    ]);
    const all = rows(run.files.get('eni_public_ips.csv'));
    expect(all.filter((r) => r['Suppressed'] === 'true').map((r) => r['InterfaceId'])).toEqual([
      'eni-0b00000000000029',
    ]);
    const report = JSON.parse(run.files.get('report.json') ?? '{}');
    // The sample's HIGH addresses in eu-west-1 (RDS, ECS, DMS; the NAT gateway is accepted),
    // every crafted one, and the EKS node.
    expect(report.gate.counts.highSuspicion).toBe(3 + CRAFTED.length + 1);
    expect(run.stdout).toContain(
      `${3 + CRAFTED.length + 1} HIGH-suspicion public IPs exceed --max-high-suspicion (0) by ${3 + CRAFTED.length + 1}`,
    );
  });

  it('no crafted id reaches remediation.sh, the terminal summary or a command in report.json', async () => {
    const run = await runCliWith({ ...suite.aws.env, ...memberKeys() }, SCAN);
    expect(run.code).toBe(0);
    const script = run.files.get('remediation.sh') ?? '';
    const report = JSON.parse(run.files.get('report.json') ?? '{}') as {
      findings: { eniPublicIps: { interfaceId: string; action: { commands: string[] } | null }[] };
    };
    const commands = report.findings.eniPublicIps.flatMap((f) => f.action?.commands ?? []);
    for (const id of CRAFTED_IDS) {
      expect(script).not.toContain(id);
      expect(run.stdout).not.toContain(id);
      expect(commands.join('\n')).not.toContain(id);
    }
    for (const c of CRAFTED) {
      expect(script).toContain(
        `# aws ec2 modify-network-interface-attribute --network-interface-id ${c.eni} --no-associate-public-ip-address --region ${REGION}\n`,
      );
    }
  });

  it("the action's job summary carries no crafted id either", async () => {
    const outputPath = path.join(suite.scratch, 'action');
    const saved = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, suite.aws.env, memberKeys());
    try {
      const { core, seen } = fakeCore({
        mode: 'single-account',
        regions: REGION,
        'output-path': outputPath,
        'upload-artifact': 'false',
        'max-high-suspicion': '0',
        suppressions: await readmeSuppressions(),
      });
      await runAction(core);
      expect(seen.outputs['high-suspicion-count']).toBe(String(3 + 1 + CRAFTED.length + 1));
      for (const id of CRAFTED_IDS) {
        expect(seen.summary).not.toContain(id);
        expect(seen.failed.join('\n')).not.toContain(id);
      }
      expect(seen.summary).toContain(CRAFTED[0]?.eni);
      const reports = await readReports(outputPath);
      expect(
        rows(reports.get('eni_public_ips.csv'))
          .filter((r) => CRAFTED.some((c) => c.eni === r['InterfaceId']))
          .map((r) => [r['InterfaceType'], r['Service'], r['Suppressed']]),
      ).toEqual(CRAFTED.map(() => ['EC2 Instance', 'ec2', 'false']));
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});

describe('a managed interface (Operator.Managed)', () => {
  it('names its service and manager in every report, and its action says who can change it', async () => {
    const run = await runCliWith({ ...suite.aws.env, ...memberKeys() }, SCAN);
    const row = rows(run.files.get('eni_public_ips.csv')).find(
      (r) => r['InterfaceId'] === EKS_NODE.eni,
    );
    const advice =
      "The interface is managed by eks.amazonaws.com (elastic-kubernetes-service): change or remove its public address through that service's own settings, not on the interface: modify-network-interface-attribute cannot change a managed interface.";
    expect(row).toMatchObject({
      InterfaceType: 'EC2 Instance',
      SuspectUnnecessary: 'HIGH',
      Service: 'elastic-kubernetes-service',
      ResourceId: EKS_NODE.instance,
      ManagedBy: 'eks.amazonaws.com',
      Action: advice,
      Command: '',
    });
    const finding = (
      JSON.parse(run.files.get('report.json') ?? '{}') as {
        findings: { eniPublicIps: Record<string, unknown>[] };
      }
    ).findings.eniPublicIps.find((f) => f['interfaceId'] === EKS_NODE.eni);
    expect(finding).toMatchObject({
      service: 'elastic-kubernetes-service',
      managedBy: 'eks.amazonaws.com',
      action: { kind: 'turn-off-public-access', advice, commands: [] },
    });
    expect(run.files.get('report.html')).toContain(
      'elastic-kubernetes-service (managed by eks.amazonaws.com)',
    );
    expect(run.files.get('remediation.sh')).not.toContain(`--network-interface-id ${EKS_NODE.eni}`);
  });
});

let memberEnv: Record<string, string> | undefined;
/** Keys that sign as the member account, whose eu-west-1 holds the interfaces. */
function memberKeys(): Record<string, string> {
  if (memberEnv === undefined) {
    const keys = suite.aws.credentialsFor(SAMPLE_MEMBER);
    memberEnv = {
      AWS_ACCESS_KEY_ID: keys.accessKeyId,
      AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    };
  }
  return memberEnv;
}

beforeAll(() => {
  memberEnv = undefined;
});
afterAll(() => {
  memberEnv = undefined;
});

describe("an Elastic IP AWS manages (the address's ServiceManaged)", () => {
  it('is advised, not given release-address, which AWS would refuse', async () => {
    const run = await runCliWith({ ...suite.aws.env, ...memberKeys() }, SCAN);
    const row = rows(run.files.get('unassociated_eips.csv')).find(
      (r) => r['AllocationId'] === 'eipalloc-0c0ffee000000rnat',
    );
    expect(row).toMatchObject({
      EIP: '52.30.92.1',
      Action:
        "AWS manages this Elastic IP for a service (ServiceManaged rnat): it goes when that service's resource releases it, not with release-address.",
      Command: '',
    });
    expect(run.files.get('remediation.sh')).not.toContain('eipalloc-0c0ffee000000rnat --region');
  });
});
