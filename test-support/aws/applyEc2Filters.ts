// EC2's Filter.N semantics: values within a filter are ORed, filters are ANDed, `*` and `?`
// are wildcards, `tag:Key` / `tag-key` read the resource's tags. Each resource type names the
// filters the stand-in supports (ec2FilterFields.ts); any other name is refused as EC2 refuses it.
import type { Tag } from '@aws-sdk/client-ec2';
import { awsError } from './awsError.js';
import type { Ec2Filter } from './queryParams.js';

type Scalar = string | number | boolean | undefined;
type NonNull<T> = Exclude<T, null | undefined>;
type ElementOf<V> = NonNull<V> extends readonly (infer E)[] ? E : NonNull<V>;
/** The members of T that hold one scalar. */
export type ScalarMember<T> = {
  [K in keyof T]-?: T[K] extends Scalar ? K : never;
}[keyof T] &
  string;
/** The members of T that hold a structure or a list of structures. */
type NestedMember<T> = {
  [K in keyof T]-?: ElementOf<T[K]> extends object ? K : never;
}[keyof T] &
  string;

/**
 * Where a filter reads its values: a scalar member (`'SubnetId'`), a scalar member of a nested
 * structure or of each item of a list (`['Groups', 'GroupId']`), or any function.
 */
export type FilterField<T> =
  | ScalarMember<T>
  | { [K in NestedMember<T>]: readonly [K, ScalarMember<ElementOf<T[K]>>] }[NestedMember<T>]
  | ((item: T) => Scalar[]);
export type FilterFields<T> = Record<string, FilterField<T>>;

function valuesOf<T>(field: FilterField<T>, item: T): Scalar[] {
  if (typeof field === 'function') return field(item);
  if (typeof field === 'string') return [item[field] as Scalar];
  const [member, inner] = field;
  const nested = item[member] as unknown;
  if (nested == null) return [];
  const structures = (Array.isArray(nested) ? nested : [nested]) as Record<string, Scalar>[];
  return structures.map((s) => s[inner]);
}

function tagsOf(item: unknown): Tag[] {
  const record = item as { Tags?: Tag[]; TagSet?: Tag[] };
  return record.Tags ?? record.TagSet ?? [];
}

function matcher(values: string[]): (value: Scalar) => boolean {
  const patterns = values.map((v) => {
    if (!/[*?]/.test(v)) return (s: string) => s === v;
    const re = new RegExp(
      `^${v
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    return (s: string) => re.test(s);
  });
  return (value) => value !== undefined && patterns.some((p) => p(String(value)));
}

/** The items that pass every filter; an unsupported filter name is InvalidParameterValue. */
export function applyEc2Filters<T>(
  items: readonly T[],
  filters: Ec2Filter[],
  fields: FilterFields<T>,
): readonly T[] {
  if (filters.length === 0) return items;
  const tests = filters.map(({ name, values }): ((item: T) => boolean) => {
    const matches = matcher(values);
    if (name.startsWith('tag:')) {
      const key = name.slice(4);
      return (item) => tagsOf(item).some((t) => t.Key === key && matches(t.Value));
    }
    if (name === 'tag-key') return (item) => tagsOf(item).some((t) => matches(t.Key));
    const field = fields[name];
    if (!field) throw awsError('ec2', 'InvalidParameterValue', `The filter '${name}' is invalid`);
    return (item) => valuesOf(field, item).some(matches);
  });
  return items.filter((item) => tests.every((test) => test(item)));
}
