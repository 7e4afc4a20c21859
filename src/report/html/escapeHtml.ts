// Every value the report did not write itself goes through here before it reaches the markup:
// ENI descriptions, Name tags, account names and error messages are set by whoever controls the
// resource, and interface types can be guessed from a description.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
