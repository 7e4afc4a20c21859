// Reads a baseline from an earlier report.json. Only what matching needs is kept, and a file
// that is not a report of ours is refused with the reason (the caller warns and gates on all).
import { readFile } from 'node:fs/promises';
import type { Baseline } from './analyze/baselineDiff.js';
import type { Suspicion } from './analyze/types.js';

const SUSPICIONS = new Set(['LOW', 'MODERATE', 'HIGH', 'UNKNOWN']);

export function parseBaseline(text: string, source: string): Baseline {
  const doc = JSON.parse(text) as {
    schemaVersion?: unknown;
    cost?: { totalMonthlyUsd?: unknown };
    findings?: {
      eniPublicIps?: { key?: unknown; suspicion?: unknown; address?: unknown }[];
      unassociatedEips?: { key?: unknown }[];
    };
  };
  if (doc.schemaVersion !== 1) {
    throw new Error(
      `not an aws-ipv4-audit report.json (schemaVersion ${String(doc.schemaVersion)})`,
    );
  }
  const eniFindings: Baseline['eniFindings'] = new Map();
  for (const f of doc.findings?.eniPublicIps ?? []) {
    if (
      typeof f.key === 'string' &&
      typeof f.suspicion === 'string' &&
      SUSPICIONS.has(f.suspicion)
    ) {
      eniFindings.set(f.key, {
        suspicion: f.suspicion as Suspicion,
        address: String(f.address ?? ''),
      });
    }
  }
  const unassociatedEips = new Set(
    (doc.findings?.unassociatedEips ?? []).flatMap((e) =>
      typeof e.key === 'string' ? [e.key] : [],
    ),
  );
  const total = Number(doc.cost?.totalMonthlyUsd ?? 0);
  return {
    source,
    eniFindings,
    unassociatedEips,
    totalMonthlyUsd: Number.isFinite(total) ? total : 0,
  };
}

export async function readBaselineFile(file: string): Promise<Baseline> {
  return parseBaseline(await readFile(file, 'utf8'), file);
}
