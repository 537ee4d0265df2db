/**
 * Google Sheets end to end, on what ships: the built dist/gas/Sidebar.html in
 * Chromium, whose google.script.run reaches the built dist/gas/Code.js running
 * in a Node vm over the recording SpreadsheetApp fake. One click in the page
 * goes through the same server functions Apps Script would call by name.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DIST, loadGas } from './helpers/bundles';
import { makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';
import { pk2019 } from './helpers/pk-data';
import { SHEET } from '../core/layout';
import { INDIKATOR_2019 } from '../core/contoh2019';

const CHROMIUM = '/usr/bin/chromium';
const describeBrowser = fs.existsSync(CHROMIUM) ? describe : describe.skip;
const OUT = path.join(__dirname, '..', 'test-output');

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serve } = require('../scripts/serve');

/** google.script.run in the page: any server function name, with success/failure handlers. */
const GOOGLE_STUB = `
  (() => {
    const runner = (ok, fail) => new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, fail);
        if (prop === 'withFailureHandler') return (f) => runner(ok, f);
        return (...args) => {
          window.__gasCalls = (window.__gasCalls || []).concat([prop]);
          window.__gasCall(String(prop), JSON.stringify(args)).then(
            (r) => { const v = JSON.parse(r); if (v.error) { fail && fail(new Error(v.error)); } else { ok && ok(v.value); } },
            (e) => fail && fail(e),
          );
        };
      },
    });
    window.google = { script: { run: runner(null, null) } };
  })();
`;

describeBrowser('Google Sheets: Sidebar.html + Code.js yang dibangun, ujung ke ujung', () => {
  let browser: Browser;
  let server: { close(): void };
  let page: Page;
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, { [SHEET.PK]: pk2019() } as never);
  const gas = loadGas(fake.globals);

  beforeAll(async () => {
    const s = await serve({ root: path.join(DIST, 'gas'), routes: { '/': '.' } });
    server = s.server;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.exposeFunction('__gasCall', (fn: string, argsJson: string) => {
      try {
        const value = (gas[fn] as (...a: unknown[]) => unknown)(...JSON.parse(argsJson));
        return JSON.stringify({ value: value === undefined ? null : value });
      } catch (e) {
        return JSON.stringify({ error: (e as Error).message });
      }
    });
    await page.addInitScript(GOOGLE_STUB);
    await page.goto(`${s.url}Sidebar.html`);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('panel tampil dalam bahasa Indonesia dari Sidebar.html yang dibangun', async () => {
    await page.getByRole('button', { name: 'Perbarui dari PK' }).waitFor();
    const text = await page.locator('#kinerja-root').innerText();
    expect(text).toContain('Sisipkan templat');
    expect(text).toContain('Periksa');
    expect(text).toContain('Google Sheets');
  });

  test('Perbarui dari PK memanggil kinerjaBuatRapk; RAPK dan lembar kerja tercipta', async () => {
    await page.getByRole('button', { name: 'Perbarui dari PK' }).click();
    const kartu = page.locator('[data-bagian="rapk"]');
    await kartu.locator('.kj-ok').waitFor();
    expect(await kartu.innerText()).toContain('RAPK dan lembar kerja dibuat: 17 indikator, 12 sasaran');
    expect(await kartu.innerText()).toContain('Lembar Pengaturan dibuat dengan pengaturan bawaan.');
    for (const s of [SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]) expect(fake.sheets.map((x) => x.name)).toContain(s);
    expect(await page.evaluate(() => (window as unknown as { __gasCalls: string[] }).__gasCalls)).toContain('kinerjaBuatRapk');
  });

  test('Periksa menampilkan temuan; klik temuan memilih sel di spreadsheet', async () => {
    fake.sheet(SHEET.PK)!.values[6][9] = ''; // PK!J7: target of IK06 removed
    await page.getByRole('button', { name: /^Periksa/ }).click();
    const item = page.locator('button', { hasText: 'PK!J7' }).first();
    await item.waitFor();
    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, 'sidebar-sheets-periksa.png'), fullPage: true });
    await item.click();
    // google.script.run is asynchronous: wait until the server function has run.
    await page.waitForFunction(() => ((window as unknown as { __gasCalls?: string[] }).__gasCalls || []).includes('kinerjaPilihSel'));
    for (let i = 0; i < 50 && !fake.active; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.active).toEqual({ sheet: SHEET.PK, cell: 'J7' });
  });

  test('daftar panjang di panel 320 × 700: Periksa ulang dan jumlah tetap terlihat di temuan terakhir; judul aturan utuh', async () => {
    for (let i = 0; i < INDIKATOR_2019.length; i++) fake.sheet(SHEET.PK)!.values[1 + i][9] = ''; // every target removed (pk2019: header on row 1)
    await page.setViewportSize({ width: 320, height: 700 });
    const kartu = page.locator('[data-bagian="periksa"]');
    await page.getByRole('button', { name: 'Periksa ulang', exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.kj-temuan').length >= n, INDIKATOR_2019.length);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const terakhir = kartu.locator('.kj-temuan').last();
    const dalamLayar = async (l: typeof terakhir): Promise<boolean> => {
      const b = await l.boundingBox();
      return !!b && b.y >= 0 && b.y + b.height <= 700 && b.x >= 0 && b.x + b.width <= 320;
    };
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await dalamLayar(terakhir)).toBe(true);
    expect(await dalamLayar(page.getByRole('button', { name: 'Periksa ulang', exact: true }))).toBe(true);
    for (const k of ['Kesalahan', 'Peringatan', 'Info']) expect(await dalamLayar(kartu.locator(`.kj-lencana[data-tingkat="${k}"]`))).toBe(true);
    // The rule's title, whole, on its own line; no stale notice (Sheets has no change events).
    await expect(terakhir.locator('.kj-judul').innerText()).resolves.toBe('Target kosong atau 0');
    expect(await terakhir.locator('.kj-judul').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await expect(page.locator('.kj-usang').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(OUT, 'sidebar-sheets-gulir.png') });
  });
});
