import type { Tag } from '@aws-sdk/client-ec2';

/**
 * EC2's tag list as a Map; undefined when there are none, so rows stay small. A Map, not a plain
 * object: a lookup of `constructor` or `__proto__` must find only a tag of that name.
 */
export function tagMap(tags: readonly Tag[] | undefined): ReadonlyMap<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  const map = new Map<string, string>();
  for (const tag of tags) if (tag.Key !== undefined) map.set(tag.Key, tag.Value ?? '');
  return map;
}
