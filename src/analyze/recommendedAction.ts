// What to do about a finding, when something should be done: the advice, and where one AWS CLI
// command (or two, in order) does it, those commands complete and runnable. The tool only
// recommends: it never runs them (remediation.sh lists them all commented out).
import { ActionKind, type RecommendedAction } from '../model/recommendedAction.js';
import { SSH_ONLY } from './reasons.js';
import { Service } from './owningService.js';
import type { AutoAssignSubnet, ElasticIp, EniPublicIp } from '../model/findings.js';

/** AWS CLI arguments that need no quoting; anything else is single-quoted for the shell. */
const PLAIN = /^[\w./:@=+-]+$/;
const quote = (value: string) => (PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

function awsCli(args: readonly string[]): string {
  return ['aws', ...args].map(quote).join(' ');
}

/** The setting that keeps a service's interface off the internet, where the interface does not
 * name the resource (so no command can be filled in). */
const PUBLIC_ACCESS_SETTINGS: ReadonlyMap<string, string> = new Map([
  [
    Service.Rds,
    "Turn off the DB instance's Publicly accessible setting (aws rds modify-db-instance --no-publicly-accessible); the interface does not name the instance.",
  ],
  [
    Service.Redshift,
    "Turn off the cluster's Publicly accessible setting (aws redshift modify-cluster --no-publicly-accessible); the interface does not name the cluster.",
  ],
  [
    Service.Dms,
    'Recreate the replication instance without Publicly accessible (it cannot be changed in place); the interface does not name it.',
  ],
  [
    Service.Ecs,
    "Set assignPublicIp to DISABLED in the service's awsvpcConfiguration and reach the internet through a NAT gateway or VPC endpoints instead.",
  ],
  [
    Service.Workspaces,
    "Turn off the directory's Internet access setting for new WorkSpaces (aws workspaces modify-workspace-creation-properties), then rebuild the WorkSpace.",
  ],
]);

/** Releases an Elastic IP by allocation id, or by address for one without (EC2-Classic's). */
function releaseCommand(
  allocationId: string | undefined,
  publicIp: string,
  region: string,
): string {
  return allocationId
    ? awsCli(['ec2', 'release-address', '--allocation-id', allocationId, '--region', region])
    : awsCli(['ec2', 'release-address', '--public-ip', publicIp, '--region', region]);
}

function elasticIpCommands(row: EniPublicIp): string[] {
  return [
    ...(row.associationId
      ? [
          awsCli([
            'ec2',
            'disassociate-address',
            '--association-id',
            row.associationId,
            '--region',
            row.region,
          ]),
        ]
      : []),
    releaseCommand(row.allocationId, row.address, row.region),
  ];
}

function elasticIpAction(row: EniPublicIp): RecommendedAction {
  const pool = row.byoip ? ' It returns to your BYOIP pool, where it costs nothing.' : '';
  return {
    kind: ActionKind.ReleaseElasticIp,
    advice: `Disassociate the Elastic IP from the interface, then release it.${pool}`,
    commands: elasticIpCommands(row),
    removesAddress: true,
  };
}

/** Advice only: no command can change the address on this interface. */
function advice(kind: ActionKind, text: string): RecommendedAction {
  return { kind, advice: text, commands: [], removesAddress: true };
}

/**
 * An interface a service manages (Operator.Managed): only that service changes it, so the action
 * says who; modify-network-interface-attribute would be refused or undone.
 */
function managedAction(row: EniPublicIp & { managedBy: string }): RecommendedAction {
  return advice(
    ActionKind.TurnOffPublicAccess,
    `The interface is managed by ${row.managedBy} (${row.service}): change or remove its public address through that service's own settings, not on the interface: modify-network-interface-attribute cannot change a managed interface.`,
  );
}

function natGatewayAction(row: EniPublicIp): RecommendedAction {
  // The NAT gateway's id comes from its interface's description, which AWS wrote: it may name
  // the gateway in the advice, never in a command (no id read from a description is run).
  const gateway =
    row.resourceId === undefined ? 'the NAT gateway' : `NAT gateway ${row.resourceId}`;
  const eip =
    row.allocationId === undefined ? 'its Elastic IP' : `its Elastic IP ${row.allocationId}`;
  return advice(
    ActionKind.DeleteNatGateway,
    `Nothing reaches the internet through this NAT gateway: delete ${gateway}, then release ${eip}. Only the interface's description names the gateway: check it in the VPC console before deleting.`,
  );
}

/** An EC2 instance's, an unattached or an otherwise attached interface (no service vouched for). */
function ownInterfaceAction(row: EniPublicIp): RecommendedAction {
  const region = ['--region', row.region];
  if (row.requesterManaged === true && row.service !== Service.Unattached) {
    return advice(
      ActionKind.TurnOffPublicAccess,
      'AWS manages this interface for a service (it is requester-managed): no one can modify it or its addresses directly; remove the public address through the service that created it.',
    );
  }
  if (row.addressType === 'Elastic IP') return elasticIpAction(row);
  if (row.service === Service.Unattached) {
    return {
      kind: ActionKind.DeleteInterface,
      advice: 'The interface is attached to nothing: delete it, and its public address with it.',
      commands: [
        awsCli([
          'ec2',
          'delete-network-interface',
          '--network-interface-id',
          row.interfaceId,
          ...region,
        ]),
      ],
      removesAddress: true,
    };
  }
  if (row.service === Service.Other) {
    return advice(
      ActionKind.TurnOffPublicAccess,
      "The interface is attached to something other than one of this account's instances (a service's resource, or another account's instance): remove the public address through whatever it is attached to.",
    );
  }
  return {
    kind: ActionKind.RemovePublicIp,
    advice: 'Remove the auto-assigned public IPv4 address from the interface.',
    commands: [
      awsCli([
        'ec2',
        'modify-network-interface-attribute',
        '--network-interface-id',
        row.interfaceId,
        '--no-associate-public-ip-address',
        ...region,
      ]),
    ],
    removesAddress: true,
  };
}

/**
 * The action for a HIGH-suspicion address: the address looks unnecessary. Every id in a command
 * comes from a field AWS sets (the interface, association and allocation ids), never from a
 * description; where the owning resource is not named by one, the action is advice.
 */
function removeAddress(row: EniPublicIp): RecommendedAction {
  if (row.managedBy !== undefined) return managedAction({ ...row, managedBy: row.managedBy });
  const setting = PUBLIC_ACCESS_SETTINGS.get(row.service);
  if (setting !== undefined) return advice(ActionKind.TurnOffPublicAccess, setting);
  switch (row.service) {
    case Service.NatGateway:
      return natGatewayAction(row);
    case Service.LoadBalancer:
      return advice(
        ActionKind.MakeLoadBalancerInternal,
        'Recreate the load balancer with the internal scheme (a scheme cannot be changed in place), or delete it if nothing uses it.',
      );
    case Service.Ec2:
    case Service.Unattached:
    case Service.Other:
      return ownInterfaceAction(row);
    default:
      return advice(
        ActionKind.TurnOffPublicAccess,
        `The address belongs to ${row.service}: turn off its public access in that service's settings.`,
      );
  }
}

/** The action for an address on an interface; none for LOW, UNKNOWN and accepted findings. */
export function eniAction(row: EniPublicIp): RecommendedAction | undefined {
  if (row.suppressionReason !== undefined) return undefined;
  if (row.suspicion === 'HIGH') return removeAddress(row);
  if (row.suspicion === 'MODERATE' && row.reasons.includes(SSH_ONLY)) {
    return {
      kind: ActionKind.UseInstanceConnect,
      advice:
        'Only SSH is open to the internet: reach the instance through an EC2 Instance Connect Endpoint, then remove the public address.',
      commands: [],
      removesAddress: true,
    };
  }
  return undefined;
}

export function unassociatedEipAction(eip: ElasticIp): RecommendedAction | undefined {
  if (eip.suppressionReason !== undefined) return undefined;
  if (eip.serviceManaged !== undefined) {
    // AWS releases it with the resource it holds it for: release-address would be refused.
    return advice(
      ActionKind.ReleaseUnassociatedElasticIp,
      `AWS manages this Elastic IP for a service (ServiceManaged ${eip.serviceManaged}): it goes when that service's resource releases it, not with release-address.`,
    );
  }
  return {
    kind: ActionKind.ReleaseUnassociatedElasticIp,
    advice: eip.byoip
      ? 'The Elastic IP is associated with nothing: release it. It returns to your BYOIP pool, so it saves nothing.'
      : 'The Elastic IP is associated with nothing and is charged all the same: release it.',
    commands: [releaseCommand(eip.allocationId, eip.publicIp, eip.region)],
    removesAddress: true,
  };
}

export function autoAssignSubnetAction(subnet: AutoAssignSubnet): RecommendedAction {
  return {
    kind: ActionKind.StopAutoAssign,
    advice:
      'The subnet gives new instances public addresses that cannot reach an internet gateway: stop auto-assigning them. (Addresses already given are listed in eni_public_ips.)',
    commands: [
      awsCli([
        'ec2',
        'modify-subnet-attribute',
        '--subnet-id',
        subnet.subnetId,
        '--no-map-public-ip-on-launch',
        '--region',
        subnet.region,
      ]),
    ],
    removesAddress: false,
  };
}

/** The rows recommendActions gives actions to. */
interface ActionableRows {
  eniPublicIps: readonly EniPublicIp[];
  unassociatedEips: readonly ElasticIp[];
  autoAssignSubnets: readonly AutoAssignSubnet[];
}

/**
 * Every finding that should be acted on, with its action, in new rows: the input is left as it
 * was. Give it suppressed rows (applySuppressions' result): an accepted finding gets none.
 */
export function recommendActions<T extends ActionableRows>(findings: T): T {
  return {
    ...findings,
    eniPublicIps: findings.eniPublicIps.map((row) => withAction(row, eniAction(row))),
    unassociatedEips: findings.unassociatedEips.map((eip) =>
      withAction(eip, unassociatedEipAction(eip)),
    ),
    autoAssignSubnets: findings.autoAssignSubnets.map((subnet) =>
      withAction(subnet, autoAssignSubnetAction(subnet)),
    ),
  };
}

// The action first, then the row: copies share one hidden class per shape on Node 20 and 24.
// `{ ...row, action }` gave every copy a class of its own on Node 20's V8 (~0.5 KB a row), and
// Object.assign made rows of 25 fields into dictionaries.
function withAction<R extends { action?: RecommendedAction }>(
  row: R,
  action: RecommendedAction | undefined,
): R {
  if (row.action === undefined) return action === undefined ? row : { action, ...row };
  const { action: replaced, ...rest } = row;
  return (action === undefined ? rest : { action, ...rest }) as R;
}
