// What the plan check finds: per resource change, the public IPv4 addresses it adds and removes,
// what that does to the monthly bill, what the plan cannot know yet, and what a reviewer should
// notice. The shapes are made for what reports them (see analyzePlanFiles.ts).

/** A value the count waits for: `map_public_ip_on_launch of aws_subnet.a (known after apply)`. */
export interface PlanDependency {
  /** The resource (address, or an AWS id outside the plan) whose value decides. */
  resource: string;
  /** The attribute, e.g. `subnet_id`, or what decides, e.g. `instances launched from it`. */
  attribute: string;
  /** Why it is not known: `known after apply`, `not in this plan`, `per instance`, ... */
  reason: string;
}

export type PlanFlagCode =
  /** A BYOIP Elastic IP: counted, not charged. */
  | 'byoip'
  /** An Outposts customer-owned address: not a public AWS IPv4 address. */
  | 'customer-owned'
  /** An Elastic IP created with nothing in the plan associating it: billed while idle. */
  | 'unassociated-eip'
  /** Its addresses are counted on another change (the EIP a NAT gateway uses, the group a launch template serves). */
  | 'counted-elsewhere'
  /** It uses an Elastic IP allocated outside this plan: billed already, not added. */
  | 'existing-eip'
  /** Deleting it leaves its Elastic IP allocated, and billed, unless it is released too. */
  | 'eip-stays'
  /** Replaced: the addresses it holds change (allow-lists and DNS records must follow). */
  | 'replaced'
  /** A subnet that starts assigning public IPv4 addresses to instances launched in it. */
  | 'auto-assign-on'
  /** A subnet that stops assigning them (instances already running keep theirs). */
  | 'auto-assign-off'
  /** Launched with no subnet: a default subnet, which assigns a public IPv4 address. */
  | 'default-subnet'
  /** A lower bound: it can hold more addresses as it scales. */
  | 'scales'
  /** The address exists only while the interface is an instance's primary one. */
  | 'primary-only'
  /** Terraform stops managing it without destroying it: its addresses stay, and stay billed. */
  | 'forgotten'
  /** In a subnet whose route table has no route to an internet gateway: unreachable from the internet. */
  | 'no-internet-route';

export interface PlanFlag {
  code: PlanFlagCode;
  /** One plain sentence for people, e.g. `BYOIP pool ipv4pool-ec2-0abc: not charged`. */
  text: string;
}

/** One resource change of a type with a public IPv4 rule, as judged. */
export interface PlanAddressChange {
  /** As the plan lists it, e.g. `module.net["a"].aws_eip.nat[0]`. */
  address: string;
  /** `module.net["a"]`; '' in the root module. */
  moduleAddress: string;
  type: string;
  name: string;
  /** The count index or for_each key; absent without count/for_each. */
  index?: number | string;
  /** Set for the change to a deposed object of the instance. */
  deposed?: string;
  /** As the plan lists them, e.g. ["delete", "create"]. */
  actions: string[];
  /**
   * Public IPv4 addresses this change adds, and removes. A replacement or update counts the
   * difference only (a replaced Elastic IP adds 0 and removes 0, flagged `replaced`). When
   * `dependsOn` is not empty these count only what the plan shows: more may follow.
   */
  added: number;
  removed: number;
  /** The change in charged addresses (BYOIP and customer-owned ones are not charged). */
  chargedChange: number;
  /** chargedChange x price per address-hour x 730 h; negative when the bill goes down. */
  monthlyChangeUsd: number;
  /** What the count waits for; empty when the plan tells it all. */
  dependsOn: PlanDependency[];
  flags: PlanFlag[];
}

export interface PlanTotals {
  /** Resource changes judged (rows). */
  changes: number;
  added: number;
  removed: number;
  /** added - removed: what `max-plan-added` compares. */
  net: number;
  chargedChange: number;
  /** What `max-plan-monthly-increase-usd` compares. */
  monthlyChangeUsd: number;
  /** Changes whose count depends on something the plan cannot know: never counted as zero. */
  unknowns: number;
  /** Changes carrying each flag. */
  flags: Partial<Record<PlanFlagCode, number>>;
}

/** One plan's changes. */
export interface PlanAddressChanges {
  changes: PlanAddressChange[];
  totals: PlanTotals;
}

export interface PlanFileChanges extends PlanAddressChanges {
  /** The path as given. */
  file: string;
  formatVersion: string;
  /** Absent in plans that do not say it. */
  terraformVersion?: string;
}

/** Every plan file of a run, and the totals over them all. */
export interface PlanChangesReport {
  pricePerIpHour: number;
  hoursPerMonth: number;
  files: PlanFileChanges[];
  totals: PlanTotals;
}
