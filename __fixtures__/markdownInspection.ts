// Reads markdown the way a renderer does (markdown-it with raw HTML and autolinks on, like
// GitHub's), so tests can assert what a reader would get: which links, which raw HTML, what
// text outside code could mention someone or reference an issue, and whether tables keep shape.
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface MarkdownInspection {
  /** The href of every link, autolinks included. */
  links: string[];
  /** Raw HTML that would reach the renderer's sanitizer. */
  html: string[];
  /** Text outside code spans and code blocks. */
  text: string[];
  /** The content of every inline code span. */
  code: string[];
  /** For each table: the cell count of its header row and of every body row. */
  tables: number[][];
}

// GitHub's mention and issue-reference triggers, as they appear in rendered text.
const MENTION = /(^|[^\w`])@[A-Za-z0-9]/;
const ISSUE_REFERENCE = /(^|[^\w&])#\d|(^|[^\w])GH-\d/i;

export function inspectMarkdown(markdown: string): MarkdownInspection {
  const tokens = new MarkdownIt({ html: true, linkify: true }).parse(markdown, {});
  const found: MarkdownInspection = { links: [], html: [], text: [], code: [], tables: [] };
  let row: number | undefined;
  const visit = (token: Token) => {
    if (token.type === 'link_open') found.links.push(String(token.attrGet('href') ?? ''));
    if (token.type === 'html_inline' || token.type === 'html_block')
      found.html.push(String(token.content));
    if (token.type === 'text') found.text.push(token.content);
    if (token.type === 'code_inline') found.code.push(token.content);
    if (token.type === 'table_open') found.tables.push([]);
    if (token.type === 'tr_open') row = 0;
    if ((token.type === 'th_open' || token.type === 'td_open') && row !== undefined) row++;
    if (token.type === 'tr_close' && row !== undefined) found.tables.at(-1)?.push(row);
    for (const child of token.children ?? []) visit(child);
  };
  for (const token of tokens) visit(token);
  return found;
}

/** Text outside code that GitHub would turn into a mention or an issue reference. */
export function pingsAndReferences(inspection: MarkdownInspection): string[] {
  return inspection.text.filter((t) => MENTION.test(t) || ISSUE_REFERENCE.test(t));
}
