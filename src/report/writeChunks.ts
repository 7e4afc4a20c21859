// Every streamed report file is written the same way: its text as chunks, joined into larger
// pieces, piped to the file. A report of 50,000 findings never sits in memory whole.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Joins small chunks into pieces of about `size` characters: fewer, larger stream writes. */
function* batched(chunks: Iterable<string>, size = 64 * 1024): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

/** Writes `chunks` to `file` (created or replaced) and returns the path. */
export async function writeChunks(file: string, chunks: Iterable<string>): Promise<string> {
  await pipeline(Readable.from(batched(chunks)), createWriteStream(file));
  return file;
}
