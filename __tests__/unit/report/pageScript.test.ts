// The report page's script is TypeScript (src/report/html/page/) bundled into the committed
// src/report/html/pageScript.generated.ts. These checks keep the committed script the bundle of
// the source, and the source on the reports' own formatting and address order.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PAGE_SCRIPT_MODULE,
  bundlePageScript,
  pageScriptModule,
} from '../../../scripts/pageScript.js';
import { REPORT_SCRIPT } from '../../../src/report/html/pageScript.generated.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('the report page script', () => {
  it('is committed as the bundle of its source: `npm run page-script` rewrites it', async () => {
    const committed = await readFile(path.join(ROOT, PAGE_SCRIPT_MODULE), 'utf8');
    const fresh = await pageScriptModule();
    // One message rather than a diff of the whole file: what to run is the useful part.
    expect(
      committed === fresh,
      `${PAGE_SCRIPT_MODULE} is stale: run \`npm run page-script\` and commit it`,
    ).toBe(true);
  });

  it("bundles the reports' own number formatting and address order, and nothing but the page's code", async () => {
    const { inputs } = await bundlePageScript();
    const shared = inputs.filter((input) => !input.startsWith('src/report/html/page/'));
    expect(shared).toEqual([
      'src/analyze/compareAddress.ts',
      'src/analyze/ipv4Cidr.ts',
      'src/common/formatCount.ts',
      'src/format/formatUsd.ts',
    ]);
    // The shared functions are in the script under their own names, not rewritten.
    for (const name of ['addressComparator', 'ipv4ToNumber', 'formatCount', 'formatUsdForPeople'])
      expect(REPORT_SCRIPT).toContain(`function ${name}(`);
  });

  it('is one self-running function the HTML parser cannot cut short', () => {
    expect(REPORT_SCRIPT.startsWith('"use strict";\n(() => {\n')).toBe(true);
    expect(REPORT_SCRIPT.endsWith('\n})();')).toBe(true);
    expect(REPORT_SCRIPT).not.toMatch(/<\/script|<!--/i);
    expect(REPORT_SCRIPT).toMatch(/^[\x20-\x7e\n]*$/); // ASCII: the same bytes in any charset
  });
});
