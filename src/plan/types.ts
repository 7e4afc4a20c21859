// What the plan check finds: per resource change, the public IPv4 addresses it adds and removes,
// what that does to the monthly bill, what the plan cannot know yet, and what a reviewer should
// notice. The shapes are made for what reports them (see analyzePlanFiles.ts): where report.json's
// `plan` member (schema/report.schema.json) describes the same thing, the type is the one generated
// from the schema, so tsc catches a change of one that the other does not follow.
import type * as Json from '../model/reportJson.generated.js';

/** A value the count waits for: `map_public_ip_on_launch of aws_subnet.a (known after apply)`. */
export type PlanDependency = Json.PlanChange['dependsOn'][number];

/** What a reviewer should notice about a change, in one plain sentence for people. */
export type PlanFlag = Json.PlanChange['flags'][number];

/**
 * The kinds of flag:
 * - `byoip`: A BYOIP Elastic IP: counted, not charged.
 * - `customer-owned`: An Outposts customer-owned address: not a public AWS IPv4 address.
 * - `unassociated-eip`: An Elastic IP created with nothing in the plan associating it: billed while
 *   idle.
 * - `counted-elsewhere`: Its addresses are counted on another change (the EIP a NAT gateway uses,
 *   the group a launch template serves).
 * - `existing-eip`: It uses an Elastic IP allocated outside this plan: billed already, not added.
 * - `eip-stays`: Deleting it leaves its Elastic IP allocated, and billed, unless it is released
 *   too.
 * - `replaced`: Replaced: the addresses it holds change (allow-lists and DNS records must follow).
 * - `auto-assign-on`: A subnet that starts assigning public IPv4 addresses to instances launched in
 *   it.
 * - `auto-assign-off`: A subnet that stops assigning them (instances already running keep theirs).
 * - `default-subnet`: Launched with no subnet: a default subnet, which assigns a public IPv4
 *   address.
 * - `scales`: A lower bound: it can hold more addresses as it scales.
 * - `primary-only`: The address exists only while the interface is an instance's primary one.
 * - `forgotten`: Terraform stops managing it without destroying it: its addresses stay, and stay
 *   billed.
 * - `no-internet-route`: In a subnet whose route table has no route to an internet gateway:
 *   unreachable from the internet.
 */
export type PlanFlagCode = PlanFlag['code'];

/**
 * One resource change of a type with a public IPv4 rule, as judged: report.json's, with the
 * amounts at full precision (report.json rounds them to cents) and `index` and `deposed` absent
 * rather than null. `added` and `removed` count the difference only (a replaced Elastic IP adds 0
 * and removes 0, flagged `replaced`); when `dependsOn` is not empty they count only what the plan
 * shows: more may follow.
 */
export interface PlanAddressChange extends Omit<Json.PlanChange, 'index' | 'deposed'> {
  /** The count index or for_each key; absent without count/for_each. */
  index?: number | string;
  /** Set for the change to a deposed object of the instance. */
  deposed?: string;
}

/** The totals of a plan or of them all (`net` = added - removed, what `max-plan-added` compares). */
export type PlanTotals = Json.PlanTotals;

/** One plan's changes. */
export interface PlanAddressChanges {
  changes: PlanAddressChange[];
  totals: PlanTotals;
}

/** One plan file's changes: report.json's `plan.files` item, its version absent rather than null. */
export interface PlanFileChanges
  extends
    PlanAddressChanges,
    Omit<Json.Plan['files'][number], 'terraformVersion' | 'changes' | 'totals'> {
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
