// The parts of Terraform's JSON plan representation (`terraform show -json PLAN`, format_version
// 1.x; OpenTofu writes the same) that the plan check reads. Documented at
// developer.hashicorp.com/terraform/internals/json-format. Per the format's promise, properties
// not named here are ignored: a later 1.x adds, never changes.

/** Any JSON value, as JSON.parse returns it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One object's proposed change. `after_unknown` mirrors `after`: `true` where a value is known only after apply. */
export interface PlanChange {
  /** ["no-op"], ["create"], ["read"], ["update"], ["delete","create"], ["create","delete"], ["delete"], ["forget"], ["create","forget"]. */
  actions: string[];
  before?: JsonValue;
  after?: JsonValue;
  after_unknown?: JsonValue;
}

export interface PlanResourceChange {
  /** Absolute instance address, e.g. `module.net["a"].aws_eip.nat[0]`. */
  address: string;
  /** The module instance, e.g. `module.net["a"]`; absent in the root module. */
  module_address?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** The count index (number) or for_each key (string); absent without count/for_each. */
  index?: number | string;
  /** Set when the change is to a deposed object of the instance, not its current one. */
  deposed?: string;
  change: PlanChange;
}

/** A change Terraform put off to a later plan (`complete: false`). */
interface DeferredResourceChange {
  reason: string;
  resource_change: PlanResourceChange;
}

/** A resource in a state representation (`prior_state`): values are all known. */
export interface StateResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: number | string;
  values?: JsonObject;
}

export interface StateModule {
  address?: string;
  resources?: StateResource[];
  child_modules?: StateModule[];
}

/** An unevaluated expression: a constant, or the references it makes. */
export interface ConfigExpression {
  constant_value?: JsonValue;
  /** Each reference, then each shorter prefix of it, e.g. `aws_subnet.a[0].id`, `aws_subnet.a[0]`, `aws_subnet.a`. */
  references?: string[];
}

/** A block's arguments: an expression per attribute, nested blocks as lists or objects of the same. */
export interface ConfigExpressions {
  [name: string]: ConfigExpression | ConfigExpressions | ConfigExpressions[] | undefined;
}

export interface ConfigResource {
  /** Relative to its module: `aws_eip.nat`, `data.aws_subnet.a`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  expressions?: ConfigExpressions;
  count_expression?: ConfigExpression;
  for_each_expression?: ConfigExpression;
}

interface ConfigModuleCall {
  source?: string;
  /** The module's input variables as the call sets them. */
  expressions?: Record<string, ConfigExpression>;
  count_expression?: ConfigExpression;
  for_each_expression?: ConfigExpression;
  module?: ConfigModule;
}

export interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, ConfigModuleCall>;
  outputs?: Record<string, { expression?: ConfigExpression }>;
}

export interface TerraformPlan {
  format_version: string;
  terraform_version?: string;
  /** Terraform writes it even for an empty plan. */
  planned_values: JsonObject;
  /** Omitted when the plan changes nothing. */
  resource_changes?: PlanResourceChange[];
  deferred_changes?: DeferredResourceChange[];
  /** Omitted when there was no state. */
  prior_state?: { values?: { root_module?: StateModule } };
  configuration?: { root_module?: ConfigModule };
  /** `false` when changes were deferred to a later plan. */
  complete?: boolean;
  /** `true` when planning stopped on an error (the plan is partial). */
  errored?: boolean;
}
