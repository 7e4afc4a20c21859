// `npm run screenshots`: the demo organisation's report (as `npm run demo` writes it, from
// dist/cli.js) photographed in Chromium at a phone's width and a desktop's, into docs/, so the
// README shows the report before anyone installs anything. Each is the top of the page (the
// verdict, the contents, the totals and the charts), at one device pixel per CSS pixel, which
// keeps the files small. CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Width and height of each picture, in CSS pixels. */
const SHOTS = [
  { file: 'docs/report-420.png', width: 420, height: 2000 },
  { file: 'docs/report-1400.png', width: 1400, height: 1500 },
];
const MAX_BYTES = 500 * 1024;

const dir = await mkdtemp(path.join(tmpdir(), 'screenshots-'));
try {
  const demo = spawn(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
    cwd: root,
    env: { ...process.env, DEMO_OUTPUT_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = await once(demo, 'exit');
  if (code !== 0) throw new Error(`npm run demo exited ${code}`);
  const report = (await readdir(dir)).find((name) => name.endsWith('_report.html'));
  if (report === undefined) throw new Error(`the demo wrote no report in ${dir}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
  });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: 1,
        colorScheme: 'light',
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(dir, report)).href);
      await page.locator('html[data-ready="true"]').waitFor({ timeout: 15_000 });
      const out = path.join(root, shot.file);
      await page.screenshot({ path: out });
      await context.close();
      const { size } = await stat(out);
      console.log(`${shot.file}: ${shot.width} x ${shot.height}, ${Math.round(size / 1024)} KB`);
      if (size > MAX_BYTES) throw new Error(`${shot.file} is over ${MAX_BYTES / 1024} KB`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
