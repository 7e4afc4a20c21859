// report.json's TypeScript types are generated from schema/report.schema.json into the committed
// src/model/reportJson.generated.ts, which the writer and the baseline reader use: this keeps the
// committed types those of the schema, so tsc sees every change of the schema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_TYPES_MODULE, reportTypesModule } from '../../../scripts/reportTypes.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe("report.json's generated types", () => {
  it('are committed as generated from the schema: `npm run report-types` rewrites them', async () => {
    const committed = await readFile(path.join(ROOT, REPORT_TYPES_MODULE), 'utf8');
    const fresh = await reportTypesModule();
    // One message rather than a diff of the whole file: what to run is the useful part.
    expect(
      committed === fresh,
      `${REPORT_TYPES_MODULE} is stale: run \`npm run report-types\` and commit it`,
    ).toBe(true);
  });
});
