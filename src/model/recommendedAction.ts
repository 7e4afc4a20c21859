// What to do about a finding: the kinds of action the tool recommends (analyze/recommendedAction.ts
// decides which, per finding) and what each one holds.

export const ActionKind = {
  RemovePublicIp: 'remove-public-ip',
  ReleaseElasticIp: 'release-elastic-ip',
  ReleaseUnassociatedElasticIp: 'release-unassociated-elastic-ip',
  DeleteInterface: 'delete-interface',
  DeleteNatGateway: 'delete-nat-gateway',
  MakeLoadBalancerInternal: 'make-load-balancer-internal',
  TurnOffPublicAccess: 'turn-off-public-access',
  UseInstanceConnect: 'use-instance-connect',
  StopAutoAssign: 'stop-auto-assign',
} as const;
export type ActionKind = (typeof ActionKind)[keyof typeof ActionKind];

/** Each kind of action, said as what it does, for the summaries. */
export const ACTION_LABELS: Readonly<Record<ActionKind, string>> = {
  'remove-public-ip': 'Remove auto-assigned public IPs',
  'release-elastic-ip': 'Disassociate and release Elastic IPs',
  'release-unassociated-elastic-ip': 'Release unassociated Elastic IPs',
  'delete-interface': 'Delete unattached interfaces',
  'delete-nat-gateway': 'Delete NAT gateways that reach nothing',
  'make-load-balancer-internal': 'Make load balancers internal',
  'turn-off-public-access': 'Turn off public access in the owning service',
  'use-instance-connect': 'Use EC2 Instance Connect instead of public SSH',
  'stop-auto-assign': 'Stop subnets auto-assigning public IPs',
};

export interface RecommendedAction {
  kind: ActionKind;
  /** What to do and why, in a sentence or two. */
  advice: string;
  /** Complete AWS CLI commands, run in order; none when no single command does it. */
  commands: string[];
  /** Doing it stops the address being charged: the saving is the address's monthly cost. */
  removesAddress: boolean;
}
