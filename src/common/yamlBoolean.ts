/**
 * The boolean `text` spells in the YAML 1.2 core schema, as @actions/core's getBooleanInput
 * accepts it (`true`, `True`, `TRUE`, and the same for false), or undefined when it spells none.
 */
export function yamlBoolean(text: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  return undefined;
}
