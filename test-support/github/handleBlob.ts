import { randomUUID } from 'node:crypto';
import type { Reply } from './jsonReply.js';
import type { StandInRequest, StandInState, StoredArtifact } from './standInState.js';

// Azure error codes by HTTP status, for injected faults.
const AZURE_CODES: Record<number, string> = {
  400: 'InvalidInput',
  403: 'AuthorizationFailure',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  500: 'InternalError',
  503: 'ServerBusy',
};

function azureError(status: number, code: string, message: string): Reply {
  return {
    status,
    headers: {
      'content-type': 'application/xml',
      'x-ms-error-code': code,
      'x-ms-request-id': randomUUID(),
    },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
}

const created = (): Reply => ({
  status: 201,
  headers: {
    etag: `"0x${Date.now().toString(16).toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
  },
});

/**
 * The slice of Azure Blob Storage that signed artifact URLs reach. @azure/storage-blob's
 * BlockBlobClient.uploadStream (what @actions/artifact uses) sends Put Block
 * (`?comp=block&blockid=`) per chunk and then Put Block List (`?comp=blocklist`, XML); a single
 * Put Blob (`x-ms-blob-type: BlockBlob`) is accepted too. GET serves the committed bytes.
 */
export function handleBlob(request: StandInRequest, state: StandInState): Reply {
  const blobPath = decodeURIComponent(request.url.pathname.slice('/blob/'.length));
  const artifact = state.artifacts.find((a) => a.blobPath === blobPath);
  const query = request.url.searchParams;
  if (!artifact) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');

  if (request.method === 'GET' || request.method === 'HEAD') {
    if (query.get('sig') !== artifact.downloadSig) return signatureMismatch();
    return download(artifact, request.method === 'HEAD');
  }
  if (request.method !== 'PUT') {
    return azureError(405, 'UnsupportedHttpVerb', `${request.method} is not supported here.`);
  }
  if (query.get('sig') !== artifact.uploadSig) return signatureMismatch();
  if (state.faults.upload) {
    const status = state.faults.upload;
    return azureError(
      status,
      AZURE_CODES[status] ?? 'InternalError',
      'Injected fault: upload failed',
    );
  }
  if (artifact.finalized) {
    return azureError(409, 'BlobImmutable', 'The artifact was finalized; its blob is immutable.');
  }

  const comp = query.get('comp');
  if (comp === 'block') {
    const blockId = query.get('blockid');
    if (!blockId) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required.');
    artifact.stagedBlocks.set(blockId, request.body);
    return created();
  }
  if (comp === 'blocklist') {
    const ids = [
      ...request.body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g),
    ].map((m) => m[2] ?? '');
    const parts: Buffer[] = [];
    for (const id of ids) {
      const block = artifact.stagedBlocks.get(id);
      if (!block) return azureError(400, 'InvalidBlockList', `Block ${id} was never staged.`);
      parts.push(block);
    }
    commit(artifact, Buffer.concat(parts), request);
    return created();
  }
  if (comp === null && request.headers['x-ms-blob-type'] === 'BlockBlob') {
    commit(artifact, request.body, request);
    return created();
  }
  return azureError(400, 'UnsupportedQueryParameter', `Unsupported blob operation comp=${comp}.`);
}

function commit(artifact: StoredArtifact, bytes: Buffer, request: StandInRequest): void {
  artifact.blob = bytes;
  artifact.stagedBlocks.clear();
  const contentType =
    request.headers['x-ms-blob-content-type'] ??
    (request.url.searchParams.get('comp') === null ? request.headers['content-type'] : undefined);
  artifact.blobContentType = Array.isArray(contentType) ? contentType[0] : contentType;
}

function download(artifact: StoredArtifact, headOnly: boolean): Reply {
  if (!artifact.blob) return azureError(404, 'BlobNotFound', 'The blob has no committed content.');
  const contentType = artifact.blobContentType ?? artifact.mimeType;
  const fileName = contentType === 'application/zip' ? `${artifact.name}.zip` : artifact.name;
  return {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-length': String(artifact.blob.length),
      'content-disposition': `attachment; filename="${fileName}"`,
      'x-ms-blob-type': 'BlockBlob',
      'last-modified': artifact.createdAt.toUTCString(),
    },
    body: headOnly ? undefined : artifact.blob,
  };
}

function signatureMismatch(): Reply {
  return azureError(
    403,
    'AuthenticationFailed',
    'Server failed to authenticate the request. Make sure the value of sig is correct.',
  );
}
