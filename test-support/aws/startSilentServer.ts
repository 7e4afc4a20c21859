// An endpoint that accepts every TCP connection and never sends a byte (issue 11's server), or
// only the start of an answer; it counts the connections, and close() destroys any still open.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SilentServer {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

/** `stallAfter`: what to send when a request arrives (e.g. headers and half a body) before going silent. */
export async function startSilentServer(stallAfter?: string): Promise<SilentServer> {
  const open = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    if (stallAfter !== undefined) socket.once('data', () => socket.write(stallAfter));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
