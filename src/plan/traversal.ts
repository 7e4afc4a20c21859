// Terraform writes addresses and references as traversals: `module.net["a"].aws_eip.nat[0]`,
// `aws_subnet.public[0].id`, `var.subnet_id`. This splits one into its steps.

/** An attribute name, or an index: a count index (number) or a for_each key (string). */
export type TraversalStep = { name: string } | { key: number | string };

/** The steps of a traversal; undefined when the text is not one. */
export function parseTraversal(text: string): TraversalStep[] | undefined {
  const steps: TraversalStep[] = [];
  let i = 0;
  while (i < text.length) {
    if (steps.length > 0 && text[i] === '.') i += 1;
    if (text[i] === '[') {
      const end = indexEnd(text, i + 1);
      if (end === undefined) return undefined;
      steps.push({ key: end.key });
      i = end.next;
      continue;
    }
    const name = /^[A-Za-z_][\w-]*/.exec(text.slice(i, i + 256))?.[0];
    if (name === undefined) return undefined;
    steps.push({ name });
    i += name.length;
    if (i < text.length && text[i] !== '.' && text[i] !== '[') return undefined;
  }
  return steps.length > 0 ? steps : undefined;
}

/** The key of an index starting at `from` (after `[`), and where the text goes on after `]`. */
function indexEnd(text: string, from: number): { key: number | string; next: number } | undefined {
  if (text[from] === '"') {
    let i = from + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (text[i + 1] !== ']') return undefined;
    const quoted = text.slice(from, i + 1);
    return { key: unquote(quoted), next: i + 2 };
  }
  const close = text.indexOf(']', from);
  const digits = text.slice(from, close);
  if (close === -1 || !/^\d+$/.test(digits)) return undefined;
  return { key: Number(digits), next: close + 1 };
}

/** A Go-quoted string's value (JSON's escapes are a subset); its inside as is when JSON cannot read it. */
function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The steps written back, e.g. `module.net["a"]`. */
export function formatTraversal(steps: readonly TraversalStep[]): string {
  return steps
    .map((step, i) => {
      if ('key' in step) {
        return typeof step.key === 'number' ? `[${step.key}]` : `[${JSON.stringify(step.key)}]`;
      }
      return i === 0 ? step.name : `.${step.name}`;
    })
    .join('');
}
