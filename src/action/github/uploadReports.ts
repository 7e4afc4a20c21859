// Uploads the report directory as one workflow artifact.
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { errorMessage } from '../../common/errorMessage.js';

export interface UploadedArtifact {
  name: string;
  id?: number;
  url?: string;
  error?: string;
}

export async function uploadReports(
  files: string[],
  rootDir: string,
  name: string,
  retentionDays: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UploadedArtifact> {
  try {
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(
      name,
      files.map((f) => path.resolve(f)),
      path.resolve(rootDir),
      retentionDays === undefined ? {} : { retentionDays },
    );
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const url =
      id !== undefined && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
        : undefined;
    return { name, ...(id !== undefined ? { id } : {}), ...(url ? { url } : {}) };
  } catch (error) {
    // The reports stay on disk and the gate still runs: the upload is a convenience.
    return { name, error: errorMessage(error) };
  }
}
