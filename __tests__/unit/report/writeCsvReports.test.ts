import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EniPublicIp } from '../../../src/model/findings.js';
import { REPORT_COLUMNS, REPORT_NAMES } from '../../../src/report/reportColumns.js';
import { writeCsvReports } from '../../../src/report/writeCsvReports.js';
import { auditOutcome } from '../../../__fixtures__/auditOutcome.js';
import { emptyScan } from '../../../__fixtures__/findings.js';
import { SCAN_TIMES, fixture, vpnRows } from './scanFixture.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const EPOCH = 1695071739;
const PRICE = 0.005;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipv4-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function read(name: string): Promise<string> {
  return readFile(join(dir, `${EPOCH}_${name}.csv`), 'utf8');
}

describe('writeCsvReports', () => {
  it('writes one {epoch}_NAME.csv per report and returns the paths in order', async () => {
    const paths = await writeCsvReports(
      auditOutcome(fixture(), { options: { pricePerIpHour: PRICE } }),
      dir,
      EPOCH,
    );

    expect(paths).toEqual([
      join(dir, '1695071739_associated_eips.csv'),
      join(dir, '1695071739_unassociated_eips.csv'),
      join(dir, '1695071739_eni_public_ips.csv'),
      join(dir, '1695071739_private_subnets_with_auto_assign.csv'),
      join(dir, '1695071739_vpn_connections.csv'),
      join(dir, '1695071739_global_accelerators.csv'),
      join(dir, '1695071739_unchecked_accounts.csv'),
      join(dir, '1695071739_scan_errors.csv'),
      join(dir, '1695071739_policy_denied.csv'),
    ]);
    expect((await readdir(dir)).sort()).toEqual(paths.map((p) => p.slice(dir.length + 1)).sort());
  });

  it.each(REPORT_NAMES)('matches golden/%s.csv byte for byte', async (name) => {
    await writeCsvReports(
      auditOutcome(fixture(), { options: { pricePerIpHour: PRICE } }),
      dir,
      EPOCH,
    );

    const written = await readFile(join(dir, `${EPOCH}_${name}.csv`));
    // UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review their diff.
    if (process.env.UPDATE_GOLDEN) await writeFile(join(GOLDEN, `${name}.csv`), written);
    const golden = await readFile(join(GOLDEN, `${name}.csv`));
    expect(written.toString('utf8')).toBe(golden.toString('utf8'));
    expect(written.equals(golden)).toBe(true);
  });

  it('neutralises formulas in user-controlled cells, exactly', async () => {
    await writeCsvReports(
      auditOutcome(fixture(), { options: { pricePerIpHour: PRICE } }),
      dir,
      EPOCH,
    );

    expect(await read('eni_public_ips')).toContain(
      `,"'=HYPERLINK(""http://evil"",""x"")",Remove the auto-assigned`,
    );
    expect(await read('associated_eips')).toContain(`,'+cmd|' /C calc'!A0,,,,3.65,false,\n`);
    expect(await read('unassociated_eips')).toContain(`,'-spare,The Elastic IP is associated`);
    expect(await read('global_accelerators')).toContain(`,'@admin,CUSTOM_ROUTING,`);
    expect(await read('unchecked_accounts')).toContain(`\n333333333333,'=1+1,SUSPENDED\n`);
    // After the tab too: a tab importer would start a cell there.
    expect(await read('scan_errors')).toContain(`,"'\t'=evil role name, quoted"\n`);
  });

  it('neutralises a formula after a semicolon or a tab, and quotes the cell', async () => {
    const scan = fixture();
    const [first] = scan.eniPublicIps;
    const [unchecked] = scan.uncheckedAccounts;
    if (first === undefined || unchecked === undefined) throw new Error('fixture');
    first.description = `x;=cmd|' /C calc'!A0`;
    unchecked.name = 'x\t=1+1';
    await writeCsvReports(auditOutcome(scan, { options: { pricePerIpHour: PRICE } }), dir, EPOCH);

    // A semicolon locale or a tab importer splits there whatever the quotes (the quote is then
    // mid-field): the part after the separator must not start a formula.
    expect(await read('eni_public_ips')).toContain(`,"x;'=cmd|' /C calc'!A0",`);
    expect(await read('unchecked_accounts')).toContain(`,"x\t'=1+1",SUSPENDED\n`);
  });

  it('writes the header, and only the header, for every empty report', async () => {
    const paths = await writeCsvReports(
      auditOutcome(emptyScan(SCAN_TIMES), { options: { pricePerIpHour: PRICE } }),
      dir,
      0,
    );

    expect(paths).toHaveLength(REPORT_NAMES.length);
    for (const [i, name] of REPORT_NAMES.entries()) {
      expect(paths[i]).toBe(join(dir, `0_${name}.csv`));
      expect(await readFile(join(dir, `0_${name}.csv`), 'utf8')).toBe(
        `${REPORT_COLUMNS[name].join(',')}\n`,
      );
    }
  });

  it('maps every VPN column (the report the golden fixture leaves empty)', async () => {
    const scan = emptyScan(SCAN_TIMES);
    scan.vpnConnections = vpnRows();
    await writeCsvReports(auditOutcome(scan, { options: { pricePerIpHour: PRICE } }), dir, EPOCH);

    expect(await read('vpn_connections')).toBe(
      'AccountId,Region,ConnectionId,Address1,Address2,State,MonthlyCostUsd\n' +
        '111111111111,us-east-1,vpn-0abc,203.0.113.1,203.0.113.2,available,7.30\n' +
        '222222222222,eu-west-1,vpn-0def,203.0.113.3,,,3.65\n',
    );
  });

  it('prices each row at the given price per address-hour', async () => {
    // 730 h x 0.0036 = 2.628 -> 2.63 per address; a 4-address accelerator 10.512 -> 10.51.
    await writeCsvReports(
      auditOutcome(fixture(), { options: { pricePerIpHour: 0.0036 } }),
      dir,
      EPOCH,
    );

    // The cost cell, followed on EIP rows by the (empty) suppression cells.
    const lastCells = (csv: string) =>
      csv.split('\n').flatMap((line) => /,(\d+\.\d\d)(,false,)?$/.exec(line)?.[1] ?? []);
    expect(lastCells(await read('unassociated_eips'))).toEqual(['2.63', '2.63']);
    expect(lastCells(await read('associated_eips'))).toEqual(['2.63', '0.00']);
    expect(lastCells(await read('global_accelerators'))).toEqual(['5.26', '10.51']);
  });

  it('streams a large report in the order given', async () => {
    const scan = emptyScan(SCAN_TIMES);
    const base: EniPublicIp = fixture().eniPublicIps[2]!;
    scan.eniPublicIps = Array.from({ length: 60_000 }, (_, i) => ({
      ...base,
      interfaceId: `eni-${String(i).padStart(6, '0')}`,
    }));
    await writeCsvReports(auditOutcome(scan, { options: { pricePerIpHour: PRICE } }), dir, EPOCH);

    const lines = (await read('eni_public_ips')).split('\n');
    expect(lines).toHaveLength(60_002); // header, rows, and the empty string after the final LF
    expect(lines[1]).toContain(',eni-000000,');
    expect(lines[60_000]).toContain(',eni-059999,');
    expect(lines[60_001]).toBe('');
  });

  it('rejects an epoch that is not whole seconds before writing anything', async () => {
    const outputDir = join(dir, 'never');
    await expect(
      writeCsvReports(
        auditOutcome(emptyScan(SCAN_TIMES), { options: { pricePerIpHour: PRICE } }),
        outputDir,
        1.5,
      ),
    ).rejects.toThrow(RangeError);
    await expect(readdir(outputDir)).rejects.toThrow(/ENOENT/);
  });
});
