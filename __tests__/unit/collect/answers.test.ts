import { describe, expect, it } from 'vitest';
import { checkedPages, requiredList, tokenPages } from '../../../src/collect/answers.js';

async function* pagesOf(...tokens: (string | undefined)[]) {
  for (const [i, NextToken] of tokens.entries()) yield { i, NextToken };
}

async function read<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const page of pages) seen.push(page);
  return seen;
}

describe('checkedPages', () => {
  it('passes every page of a chain that ends', async () => {
    const pages = await read(checkedPages(pagesOf('a', 'b', undefined)));
    expect(pages.map((p) => p.i)).toEqual([0, 1, 2]);
  });

  it('stops at the first token seen before, after the pages it has given', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of checkedPages(pagesOf('a', 'b', 'a', 'c'))) seen.push(page.i);
    }).rejects.toThrow('the same NextToken came back twice: the pages loop');
    expect(seen).toEqual([0, 1]);
  });

  it('refuses a chain longer than any account needs', async () => {
    async function* endless() {
      for (let i = 0; ; i++) yield { NextToken: `t${i}` };
    }
    await expect(read(checkedPages(endless()))).rejects.toThrow(
      'the answer went on past 10000 pages',
    );
  });
});

describe('requiredList', () => {
  it('keeps an empty list, and refuses a missing one as not an EC2 answer', () => {
    expect(requiredList([], 'networkInterfaceSet')).toEqual([]);
    expect(() => requiredList(undefined, 'networkInterfaceSet')).toThrow(
      expect.objectContaining({
        name: 'UnexpectedAnswer',
        message: 'the answer holds no networkInterfaceSet element: not an EC2 answer',
      }),
    );
  });
});

describe('tokenPages', () => {
  it("asks for each page with the previous page's token until one carries none", async () => {
    const asked: (string | undefined)[] = [];
    const answers = new Map([
      [undefined, 'p2'],
      ['p2', 'p3'],
      ['p3', ''],
    ]);
    const pages = await read(
      tokenPages(
        (token: string | undefined) => {
          asked.push(token);
          return Promise.resolve({ NextPageToken: answers.get(token) });
        },
        (page) => page.NextPageToken,
      ),
    );
    expect(asked).toEqual([undefined, 'p2', 'p3']);
    expect(pages).toHaveLength(3);
  });

  it('through checkedPages, a chain of NextPageToken that loops stops before asking again', async () => {
    let asked = 0;
    const pages = tokenPages(
      () => {
        asked++;
        return Promise.resolve({ NextPageToken: 'same' });
      },
      (page) => page.NextPageToken,
    );
    await expect(read(checkedPages(pages))).rejects.toThrow(
      'the same NextToken came back twice: the pages loop',
    );
    expect(asked).toBe(2);
  });
});
