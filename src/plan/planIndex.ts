// Everything the rules look up in a plan, indexed once: each resource instance (its change, its
// prior state), the instances of each configured resource in each module instance, the modules a
// call expanded to, the configuration of each resource, and instances by their AWS ids. Building
// it is one pass over the plan; every look-up is a map access, so judging a plan stays linear.
import { isObject, type ValueView } from './attributes.js';
import {
  configPath,
  formatModuleAddress,
  parseModuleAddress,
  type ModuleCallStep,
} from './moduleAddress.js';
import type {
  ConfigModule,
  ConfigResource,
  JsonObject,
  PlanChange,
  PlanResourceChange,
  StateModule,
  TerraformPlan,
} from './terraformPlan.js';

export interface PlanInstance {
  /** Absolute, e.g. `module.net.aws_eip.nat[0]`. */
  address: string;
  /** '' in the root module. */
  moduleAddress: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key?: number | string;
  /** Relative to its module: `aws_eip.nat`, `data.aws_subnet.a`. */
  configAddress: string;
  /** The change to its current object, when the plan lists one. */
  change?: PlanChange;
  /** Its values in the prior state, when it had any. */
  state?: JsonObject;
}

/** Attributes whose values find an instance by the ids other resources give (`subnet-…`, `eipalloc-…`, names). */
const ID_ATTRIBUTES = ['id', 'allocation_id', 'name', 'public_ip'] as const;

const SEP = '\u0000';

export function configAddressOf(mode: string, type: string, name: string): string {
  return mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
}

/** Whether the change leaves an object behind (create, update, no-op, read, or a replace's create). */
export function hasAfter(change: PlanChange | undefined): boolean {
  return (
    change === undefined || !change.actions.includes('delete') || change.actions.includes('create')
  );
}

export class PlanIndex {
  private readonly instances = new Map<string, PlanInstance>();
  private readonly byConfig = new Map<string, PlanInstance[]>();
  private readonly children = new Map<string, Set<string>>();
  private readonly configModules = new Map<string, ConfigModule>();
  private readonly configResources = new Map<string, ConfigResource>();
  private readonly byId = new Map<string, PlanInstance[]>();
  /** Parsed module addresses: every instance of a module instance shares one. */
  private readonly modules = new Map<string, ModuleCallStep[] | undefined>();

  constructor(plan: TerraformPlan) {
    for (const change of plan.resource_changes ?? []) {
      if (change.deposed === undefined) this.addChange(change);
    }
    const root = plan.prior_state?.values?.root_module;
    if (isObject(root)) this.addState(root);
    const config = plan.configuration?.root_module;
    if (isObject(config)) this.addConfig(config, '');
    for (const instance of this.instances.values()) this.indexInstance(instance);
  }

  /** Every instance: in the plan's changes or in its prior state. */
  all(): IterableIterator<PlanInstance> {
    return this.instances.values();
  }

  instance(address: string): PlanInstance | undefined {
    return this.instances.get(address);
  }

  /** The instances of a configured resource (`aws_subnet.public`) in one module instance. */
  instancesOf(moduleAddress: string, configAddress: string): PlanInstance[] {
    return this.byConfig.get(`${moduleAddress}${SEP}${configAddress}`) ?? [];
  }

  /** The module instances a call in a module instance expanded to (one per count index or key). */
  childModules(moduleAddress: string, call: string): string[] {
    const seen = this.children.get(`${moduleAddress}${SEP}${call}`);
    if (seen !== undefined) return [...seen];
    // A module with no resources of its own leaves no address behind; without count or for_each
    // it has exactly one instance.
    const callConfig = this.configModule(moduleAddress)?.module_calls?.[call];
    if (callConfig && !callConfig.count_expression && !callConfig.for_each_expression) {
      const parent = parseModuleAddress(moduleAddress) ?? [];
      return [formatModuleAddress([...parent, { call }])];
    }
    return [];
  }

  /** The configuration of the module a module instance is an instance of. */
  configModule(moduleAddress: string): ConfigModule | undefined {
    const calls = this.moduleCalls(moduleAddress);
    return calls === undefined ? undefined : this.configModules.get(configPath(calls));
  }

  configResource(instance: PlanInstance): ConfigResource | undefined {
    const calls = this.moduleCalls(instance.moduleAddress);
    if (calls === undefined) return undefined;
    return this.configResources.get(`${configPath(calls)}${SEP}${instance.configAddress}`);
  }

  /** The calls of a module instance address (parsed once). */
  moduleCalls(moduleAddress: string): ModuleCallStep[] | undefined {
    if (!this.modules.has(moduleAddress)) {
      this.modules.set(moduleAddress, parseModuleAddress(moduleAddress));
    }
    return this.modules.get(moduleAddress);
  }

  /** Instances of a type whose id, allocation id, name or public IP is `value`. */
  findById(type: string, value: string): PlanInstance[] {
    return this.byId.get(`${type}${SEP}${value}`) ?? [];
  }

  /**
   * The instance after this plan is applied: the planned values, or its state when the plan
   * does not change it. Undefined when the plan deletes it.
   */
  after(instance: PlanInstance): ValueView | undefined {
    const { change, state } = instance;
    if (change === undefined) return state ? { values: state } : undefined;
    if (!hasAfter(change)) return undefined;
    const values = isObject(change.after) ? change.after : {};
    return { values, unknown: change.after_unknown ?? {} };
  }

  /** The instance before this plan: its prior values (all known), if it existed. */
  before(instance: PlanInstance): ValueView | undefined {
    const before = instance.change?.before;
    if (isObject(before)) return { values: before };
    return instance.state ? { values: instance.state } : undefined;
  }

  private addChange(change: PlanResourceChange): void {
    const moduleAddress = change.module_address ?? '';
    this.instances.set(change.address, {
      address: change.address,
      moduleAddress,
      mode: change.mode,
      type: change.type,
      name: change.name,
      ...(change.index === undefined ? {} : { key: change.index }),
      configAddress: configAddressOf(change.mode, change.type, change.name),
      change: change.change,
    });
  }

  private addState(module: StateModule): void {
    const moduleAddress = typeof module.address === 'string' ? module.address : '';
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (!isObject(resource) || typeof resource.address !== 'string') continue;
      const values = isObject(resource.values) ? resource.values : {};
      const known = this.instances.get(resource.address);
      if (known !== undefined) {
        known.state = values;
        continue;
      }
      this.instances.set(resource.address, {
        address: resource.address,
        moduleAddress,
        mode: resource.mode,
        type: resource.type,
        name: resource.name,
        ...(resource.index === undefined ? {} : { key: resource.index }),
        configAddress: configAddressOf(resource.mode, resource.type, resource.name),
        state: values,
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
      if (isObject(child)) this.addState(child);
    }
  }

  private addConfig(module: ConfigModule, path: string): void {
    this.configModules.set(path, module);
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (isObject(resource) && typeof resource.address === 'string') {
        this.configResources.set(`${path}${SEP}${resource.address}`, resource);
      }
    }
    for (const [call, spec] of Object.entries(module.module_calls ?? {})) {
      if (isObject(spec?.module)) {
        this.addConfig(spec.module as ConfigModule, path === '' ? call : `${path}.${call}`);
      }
    }
  }

  private indexInstance(instance: PlanInstance): void {
    push(this.byConfig, `${instance.moduleAddress}${SEP}${instance.configAddress}`, instance);
    if (!this.modules.has(instance.moduleAddress)) {
      this.indexModule(this.moduleCalls(instance.moduleAddress) ?? []);
    }
    const sides = [instance.state, instance.change?.before, instance.change?.after];
    const ids = new Set<string>();
    for (const side of sides) {
      if (!isObject(side)) continue;
      for (const attribute of ID_ATTRIBUTES) {
        const value = side[attribute];
        if (typeof value === 'string' && value !== '') ids.add(value);
      }
    }
    for (const id of ids) push(this.byId, `${instance.type}${SEP}${id}`, instance);
  }

  /** Records each module instance on the way to this one under its parent and call. */
  private indexModule(calls: ModuleCallStep[]): void {
    for (let depth = 1; depth <= calls.length; depth += 1) {
      const parent = formatModuleAddress(calls.slice(0, depth - 1));
      const step = calls[depth - 1] as ModuleCallStep;
      const key = `${parent}${SEP}${step.call}`;
      let set = this.children.get(key);
      if (set === undefined) this.children.set(key, (set = new Set()));
      set.add(formatModuleAddress(calls.slice(0, depth)));
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
