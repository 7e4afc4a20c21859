// A pass-through HTTP proxy in front of the AWS stand-in. The action's SDK clients reach it
// through AWS_ENDPOINT_URL; it forwards every request unchanged and records which access key
// signed it and every credential STS handed out, so a test knows exactly which secrets the
// action held and which identity each call used.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** The access key id of the SigV4 Authorization header; undefined for an unsigned request. */
  accessKeyId: string | undefined;
  /** `Action=` of a query-protocol body or the X-Amz-Target operation. */
  action: string;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export interface RecordingProxy {
  url: string;
  requests: ProxiedRequest[];
  /** Every credential set an STS answer carried, in arrival order. */
  issued: IssuedCredentials[];
  close(): Promise<void>;
}

const CREDENTIAL = /Credential=([^/,\s]+)\//;

function actionOf(headers: http.IncomingHttpHeaders, body: string): string {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').at(-1) ?? target;
  return new URLSearchParams(body).get('Action') ?? '';
}

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  const issued: IssuedCredentials[] = [];

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      requests.push({
        accessKeyId: CREDENTIAL.exec(req.headers.authorization ?? '')?.[1],
        action: actionOf(req.headers, body.toString('utf8')),
      });
      const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const forward = http.request(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          resolve,
        );
        forward.on('error', reject);
        forward.end(body);
      });
      const payload = await readAll(answer);
      const text = payload.toString('utf8');
      const accessKeyId = tag(text, 'AccessKeyId');
      const secretAccessKey = tag(text, 'SecretAccessKey');
      const sessionToken = tag(text, 'SessionToken');
      if (accessKeyId && secretAccessKey && sessionToken) {
        issued.push({ accessKeyId, secretAccessKey, sessionToken });
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      res.end(payload);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`recording proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    issued,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
