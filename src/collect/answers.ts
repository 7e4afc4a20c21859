// Checks on what an endpoint answered, before its answer counts as the truth. The SDK reads any
// 200 answer it cannot parse as "nothing there": an HTML page from a proxy or an empty body would
// otherwise be reported as an account-region without addresses. And its paginators follow any
// token they are given, so an endpoint that answers the same token again would hold the scan
// forever.

/** An answer that is not the API's: the scan records it as an error of that call. */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswer';
}

/** More pages than any real account has (10 million interfaces at 1,000 a page). */
const MAX_PAGES = 10_000;

/**
 * The list an EC2 answer must hold. EC2 always writes its list element, empty or not (the SDK
 * reads an empty one as `[]`), so an answer without it is not an EC2 answer.
 */
export function requiredList<T>(list: T[] | undefined, element: string): T[] {
  if (list === undefined)
    throw new UnexpectedAnswerError(`the answer holds no ${element} element: not an EC2 answer`);
  return list;
}

interface Page {
  NextToken?: string | undefined;
  /** Cost Explorer's name for it. */
  NextPageToken?: string | undefined;
  $metadata?: { requestId?: string | undefined };
}

/**
 * The pages of a call the SDK generates no paginator for (IPAM's discovered addresses, Cost
 * Explorer's calls): each page's token asks for the next, until a page carries none. Read it
 * through checkedPages, which stops a chain that loops.
 */
export async function* tokenPages<P>(
  fetchPage: (token: string | undefined) => Promise<P>,
  tokenOf: (page: P) => string | undefined,
): AsyncGenerator<P> {
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    yield page;
    token = tokenOf(page);
  } while (token !== undefined && token !== '');
}

/**
 * Each page of `pages`, refusing a token seen before and a number of pages no account needs.
 * `fromAws`: the JSON services (Organizations, Global Accelerator) may leave an empty list out,
 * so their pages cannot be checked by their list; but AWS answers each with an x-amzn-RequestId
 * header, which an empty body or a proxy's page lacks.
 */
export async function* checkedPages<P extends Page>(
  pages: AsyncIterable<P>,
  { fromAws = false }: { fromAws?: boolean } = {},
): AsyncGenerator<P> {
  const tokens = new Set<string>();
  let count = 0;
  for await (const page of pages) {
    if (fromAws && page.$metadata?.requestId === undefined) {
      throw new UnexpectedAnswerError(
        'the answer has no x-amzn-RequestId header: not an AWS answer',
      );
    }
    count += 1;
    if (count > MAX_PAGES)
      throw new UnexpectedAnswerError(`the answer went on past ${MAX_PAGES} pages`);
    const token = page.NextToken ?? page.NextPageToken;
    if (token !== undefined && token !== '') {
      if (tokens.has(token))
        throw new UnexpectedAnswerError('the same NextToken came back twice: the pages loop');
      tokens.add(token);
    }
    yield page;
  }
}

/**
 * Every item of every checked page. EC2's pages must hold their list `element`; the JSON
 * services' (`fromAws`) carry their request id and may leave an empty list out.
 */
export async function pageItems<P extends Page, T>(
  pages: AsyncIterable<P>,
  items: (page: P) => T[] | undefined,
  check: { element: string } | { fromAws: true },
): Promise<T[]> {
  const all: T[] = [];
  const fromAws = 'fromAws' in check;
  for await (const page of checkedPages(pages, { fromAws })) {
    all.push(...(fromAws ? (items(page) ?? []) : requiredList(items(page), check.element)));
  }
  return all;
}
