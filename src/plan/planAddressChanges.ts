// Judges one plan: for each change to a resource of a type with a rule (addressRules.ts), the
// public IPv4 addresses the object holds before and after, and from those what the change adds
// and removes. A create counts the object after, a delete the object before; an update or a
// replacement counts the difference, so replacing an Elastic IP adds none and removes none (it is
// flagged: the address changes). No-op and read changes are not judged; `forget` removes nothing
// (the object stays, unmanaged). Changes Terraform deferred to a later plan wait for it.
import { monthlyCostUsd } from '../analyze/cost.js';
import { addressRule } from './addressRules.js';
import { isObject, type ValueView } from './attributes.js';
import { configAddressOf, PlanIndex, type PlanInstance } from './planIndex.js';
import { planLinks, type PlanLinks } from './planLinks.js';
import { planTotals } from './planTotals.js';
import { flag, type AddressRule, type SideAddresses } from './rules/addressRule.js';
import type { PlanResourceChange, TerraformPlan } from './terraformPlan.js';
import type { PlanAddressChange, PlanAddressChanges, PlanDependency, PlanFlag } from './types.js';

export interface PlanPricing {
  /** USD per public IPv4 address-hour, the scan's `price-per-ip-hour`. */
  pricePerIpHour: number;
}

interface Judge {
  index: PlanIndex;
  links: PlanLinks;
  perAddress: number;
}

export function planAddressChanges(plan: TerraformPlan, pricing: PlanPricing): PlanAddressChanges {
  const index = new PlanIndex(plan);
  const judge: Judge = {
    index,
    links: planLinks(index, index.all()),
    perAddress: monthlyCostUsd(pricing.pricePerIpHour, false),
  };
  const changes: PlanAddressChange[] = [];
  for (const change of plan.resource_changes ?? []) {
    const rule = change.mode === 'managed' ? addressRule(change.type) : undefined;
    if (rule === undefined || !judged(change.change.actions)) continue;
    changes.push(judgeChange(judge, change, rule));
  }
  for (const deferred of plan.deferred_changes ?? []) {
    const change = deferred.resource_change;
    if (change.mode !== 'managed' || addressRule(change.type) === undefined) continue;
    changes.push(deferredChange(change, deferred.reason));
  }
  return { changes, totals: planTotals(changes, pricing.pricePerIpHour) };
}

function judged(actions: readonly string[]): boolean {
  return ['create', 'delete', 'update', 'forget'].some((a) => actions.includes(a));
}

function instanceOf(judge: Judge, change: PlanResourceChange): PlanInstance {
  const known = change.deposed === undefined ? judge.index.instance(change.address) : undefined;
  return (
    known ?? {
      address: change.address,
      moduleAddress: change.module_address ?? '',
      mode: change.mode,
      type: change.type,
      name: change.name,
      ...(change.index === undefined ? {} : { key: change.index }),
      configAddress: configAddressOf(change.mode, change.type, change.name),
      change: change.change,
    }
  );
}

function judgeChange(
  judge: Judge,
  change: PlanResourceChange,
  rule: AddressRule,
): PlanAddressChange {
  const { actions, before, after, after_unknown } = change.change;
  const instance = instanceOf(judge, change);
  const run = (side: 'before' | 'after', view: ValueView): SideAddresses => {
    const config = side === 'after' ? judge.index.configResource(instance) : undefined;
    return rule({
      index: judge.index,
      links: judge.links,
      instance,
      side,
      view,
      expressions: config?.expressions,
      hasConfig: config !== undefined,
    });
  };
  const creates = actions.includes('create');
  const deletes = actions.includes('delete');
  const updates = actions.includes('update');
  const old =
    (deletes || updates || actions.includes('forget')) && isObject(before)
      ? run('before', { values: before })
      : undefined;
  const fresh =
    creates || updates
      ? run('after', { values: isObject(after) ? after : {}, unknown: after_unknown ?? {} })
      : undefined;
  const gone = deletes || updates ? old : undefined;
  return row(judge, change, fresh, gone, rowFlags(actions, fresh, old));
}

function rowFlags(
  actions: readonly string[],
  fresh: SideAddresses | undefined,
  old: SideAddresses | undefined,
): PlanFlag[] {
  const flags = fresh ? [...fresh.flags] : [...(old?.flags ?? [])];
  const replaced = actions.includes('create') && actions.includes('delete');
  if (replaced && (fresh?.count ?? 0) > 0 && (old?.count ?? 0) > 0) {
    flags.push(flag('replaced', 'replaced: its public IPv4 addresses change'));
  }
  if (actions.includes('forget') && (old?.count ?? 0) > 0) {
    flags.push(
      flag(
        'forgotten',
        'Terraform forgets it without destroying it: its public IPv4 addresses stay, and stay billed',
      ),
    );
  }
  return flags;
}

function row(
  judge: Judge,
  change: PlanResourceChange,
  fresh: SideAddresses | undefined,
  gone: SideAddresses | undefined,
  flags: PlanFlag[],
): PlanAddressChange {
  const after = fresh?.count ?? 0;
  const before = gone?.count ?? 0;
  const chargedChange = after - (fresh?.free ?? 0) - (before - (gone?.free ?? 0));
  return {
    ...identity(change),
    added: Math.max(0, after - before),
    removed: Math.max(0, before - after),
    chargedChange,
    monthlyChangeUsd: chargedChange * judge.perAddress,
    dependsOn: distinct([...(fresh?.dependsOn ?? []), ...(gone?.dependsOn ?? [])]),
    flags,
  };
}

function identity(change: PlanResourceChange) {
  return {
    address: change.address,
    moduleAddress: change.module_address ?? '',
    type: change.type,
    name: change.name,
    ...(change.index === undefined ? {} : { index: change.index }),
    ...(change.deposed === undefined ? {} : { deposed: change.deposed }),
    actions: [...change.change.actions],
  };
}

function deferredChange(change: PlanResourceChange, reason: string): PlanAddressChange {
  return {
    ...identity(change),
    added: 0,
    removed: 0,
    chargedChange: 0,
    monthlyChangeUsd: 0,
    dependsOn: [
      {
        resource: change.address,
        attribute: 'the whole change',
        reason: `deferred by Terraform to a later plan: ${reason}`,
      },
    ],
    flags: [],
  };
}

function distinct(dependencies: PlanDependency[]): PlanDependency[] {
  const seen = new Set<string>();
  return dependencies.filter((d) => {
    const key = `${d.resource}\u0000${d.attribute}\u0000${d.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
