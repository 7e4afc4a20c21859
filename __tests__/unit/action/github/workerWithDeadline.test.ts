// A job that offers no abort runs in a worker thread: at the deadline the thread is ended with
// everything it had open, so nothing of it holds the process.
import { createServer, type Server } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerWithDeadline } from '../../../../src/action/github/workerWithDeadline.js';

const SCRIPT = path.resolve(import.meta.dirname, '../../../../__fixtures__/deadlineWorker.mjs');

let server: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Accepts every connection, reads what comes, and never answers.
  server = createServer((socket) => void sockets.push(socket.resume()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const port = () => (server.address() as AddressInfo).port;

describe('workerWithDeadline', () => {
  it("hands back the worker's result", async () => {
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'answers' }, { deadlineMs: 5000 }),
    ).resolves.toEqual({ kind: 'done', value: { id: 7 } });
  });

  it('ends a worker still waiting at the deadline, and the connection it held with it', async () => {
    const closed = new Promise<boolean>((resolve) =>
      server.once('connection', (socket) => socket.once('close', () => resolve(true))),
    );
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'hangs', port: port() }, { deadlineMs: 300 }),
    ).resolves.toEqual({ kind: 'timed-out' });
    // The server saw the worker's connection close: nothing of it is left open.
    await expect(closed).resolves.toBe(true);
  });

  it('keeps a result whose worker lingers, ending the worker after the grace', async () => {
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'lingers' }, { deadlineMs: 60_000, graceMs: 100 }),
    ).resolves.toEqual({ kind: 'done', value: { id: 8 } });
  });

  it("counts the deadline from `started`, not the worker's start-up", async () => {
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'loads slowly' }, { deadlineMs: 400 }),
    ).resolves.toEqual({ kind: 'done', value: { id: 9 } });
  });

  it('says what ended a worker that gave no result: an error thrown in it, or its exit', async () => {
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'throws' }, { deadlineMs: 5000 }),
    ).resolves.toEqual({ kind: 'failed', error: 'broken in the worker' });
    await expect(
      workerWithDeadline(SCRIPT, { mode: 'ends' }, { deadlineMs: 5000 }),
    ).resolves.toEqual({
      kind: 'failed',
      error: 'the worker ended without a result (exit code 3)',
    });
  });
});
