import type { Tag } from '@aws-sdk/client-ec2';

/** EC2's tag list as a plain map; undefined when there are none, so rows stay small. */
export function tagMap(tags: readonly Tag[] | undefined): Record<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const tag of tags) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
}
