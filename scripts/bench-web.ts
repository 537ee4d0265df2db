/**
 * npm run bench (second part): the browser workbook (dist/web) in Chromium via
 * playwright-core, with a PK of 1,000 indicators.
 *
 *  - `npm start` on the tree just built: until the server listens, and until
 *    the page is usable (the grid shows the workbook);
 *  - each sidebar job, from the click to its result in the panel: Sisipkan
 *    templat (beside the PK), Perbarui dari PK (new, then again over the
 *    typed isian), Periksa;
 *  - an edit: from committing a typed value to the next painted frame, on
 *    PK, on RAPK (a quarter's realisasi: capaian, kriteria and NPS follow) and
 *    on Pengukuran; and Ctrl+Z of the whole RAPK job;
 *  - autosave of the 1,000-indicator workbook (IndexedDB).
 *
 * Medians of several runs; this machine is shared, so read them as orders of
 * magnitude. Nothing here asserts a time.
 */
import fs from 'fs';
import path from 'path';
import { spawn } from 'child_process';
import type { Page } from 'playwright-core';
import { pkBesar } from '../test/helpers/pk-data';
import { PENGUKURAN_KOLOM, PK_KOLOM, SHEET, rapkHeaders } from '../core/layout';
import { BARIS_DATA } from '../core/templates';

const N = 1000;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The repository root (this file runs from build/bench/scripts). */
function akar(): string {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json')) || !fs.existsSync(path.join(d, 'scripts', 'serve.js'))) d = path.dirname(d);
  return d;
}
const ROOT = akar();

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const hasil: Array<[string, string, string]> = [];
function catat(apa: string, ms: number[] | number, catatan = ''): void {
  const xs = Array.isArray(ms) ? ms : [ms];
  const teks = xs.length > 1 ? `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})` : xs[0].toFixed(0);
  hasil.push([apa, teks, catatan]);
  // eslint-disable-next-line no-console
  console.log(`  ${apa}: ${teks} ms ${catatan}`);
}

/** `npm start` on this tree, as a user runs it: until it listens, and until the page is usable. */
async function ukurStart(chromium: typeof import('playwright-core').chromium): Promise<void> {
  const t0 = Date.now();
  const p = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], { cwd: ROOT, env: { ...process.env, PORT: '0', KINERJA_EXCEL: '0' } });
  let keluar = '';
  const url = await new Promise<string>((resolve, reject) => {
    p.stdout.on('data', (d) => {
      keluar += d;
      const m = keluar.match(/Kinerja berjalan \(\d+ ms\)\. Buka: (\S+)/);
      if (m) resolve(m[1]);
    });
    p.on('exit', () => reject(new Error(`npm start berhenti:\n${keluar}`)));
  });
  const tServer = Date.now() - t0;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.siap === 'ya' && !!document.querySelector('.kw-grid td.kw-sel'), null, { timeout: 120_000 });
  const tHalaman = Date.now() - t0;
  await browser.close();
  p.kill();
  catat('npm start (pohon tak berubah): server siap', tServer, /build dilewati/.test(keluar) ? '(build dilewati)' : '(membangun)');
  catat('npm start (pohon tak berubah): halaman bisa dipakai', tHalaman);
}

/** Commit a value typed into a cell and wait for the next painted frame (the grid redrawn). */
async function sunting(page: Page, sheet: string, row: number, col: number, nilai: string): Promise<number> {
  return page.evaluate(
    async ([s, r, c, v]) => {
      const w = window as unknown as { kinerjaWeb: { grid: { aktifkan(s: string): void; pilih(r: number, c: number): void; mulaiSunting(a: string): void; selesaiSunting(x: boolean): void } } };
      const g = w.kinerjaWeb.grid;
      g.aktifkan(s as string);
      g.pilih(r as number, c as number);
      g.mulaiSunting(v as string);
      await new Promise((ok) => requestAnimationFrame(() => ok(null)));
      const t0 = performance.now();
      g.selesaiSunting(true);
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
      return performance.now() - t0;
    },
    [sheet, row, col, nilai] as const,
  );
}

/** Click a sidebar job and wait for its result box; ms from the click. */
async function job(page: Page, tombol: string | RegExp, bagian: string, selesai: string): Promise<number> {
  await page.evaluate((b) => {
    const h = document.querySelector(`[data-bagian="${b}"] .kj-hasil`);
    if (h) while (h.firstChild) h.removeChild(h.firstChild);
  }, bagian);
  const t0 = Date.now();
  await page.getByRole('button', typeof tombol === 'string' ? { name: tombol, exact: true } : { name: tombol }).click();
  await page.locator(`[data-bagian="${bagian}"] ${selesai}`).first().waitFor({ timeout: 300_000 });
  return Date.now() - t0;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    // eslint-disable-next-line no-console
    console.log(`bench-web: ${CHROMIUM} tidak ada, dilewati.`);
    return;
  }
  const dir = path.join(ROOT, 'dist', 'web');
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error('dist/web tidak ada: jalankan `npm run build` dulu.');
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { serve } = require(path.join(ROOT, 'scripts', 'serve')) as { serve: (o: { root: string; port?: number; routes?: Record<string, string> }) => Promise<{ server: import('http').Server; url: string }> };
  // eslint-disable-next-line no-console
  console.log(`\nBuku kerja di peramban (dist/web, Chromium), PK ${N.toLocaleString('id-ID')} indikator; median ms (tiap run):`);

  await ukurStart(chromium);

  const s = await serve({ root: dir, port: 0, routes: { '/': '.' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(String(e)));
  page.on('dialog', (d) => void d.accept());
  await page.goto(s.url);
  await page.waitForFunction(() => document.body.dataset.siap === 'ya', null, { timeout: 120_000 });

  // A workbook holding only a PK of N indicators (as if opened from a file).
  await page.evaluate(
    ([pk, nama]) => {
      const w = window as unknown as { kinerjaWeb: { bukuKerja: { muat(l: Array<{ name: string; isi: unknown[][] }>): void } } };
      w.kinerjaWeb.bukuKerja.muat([{ name: nama as string, isi: pk as unknown[][] }]);
    },
    [pkBesar(N), SHEET.PK] as const,
  );
  catat('Sisipkan templat (di samping PK)', await job(page, 'Sisipkan templat', 'templat', '.kj-kotak'));
  const rapk: number[] = [];
  rapk.push(await job(page, 'Perbarui dari PK', 'rapk', '.kj-kotak'));
  catat('Perbarui dari PK (baru, 1.000 indikator)', rapk);
  const h = rapkHeaders();
  const barisRapk = await page.evaluate((k) => {
    const w = window as unknown as { kinerjaWeb: { bukuKerja: { bacaSnapshot(s: string[]): { sheets: Array<{ values: unknown[][] }> } } } };
    return w.kinerjaWeb.bukuKerja.bacaSnapshot(['RAPK']).sheets[0].values.findIndex((row) => row[k] === 'IK0001');
  }, h.indexOf('Kode'));

  // Edits: PK target, RAPK realisasi of a quarter, Pengukuran realisasi.
  const ePk: number[] = [];
  const eRapk: number[] = [];
  const eUkur: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ePk.push(await sunting(page, SHEET.PK, 1 + 500 + i, PK_KOLOM.indexOf('Target'), String(90 + i)));
    eRapk.push(await sunting(page, SHEET.RAPK, barisRapk + 500 + i, h.indexOf('Realisasi B3'), `${20 + i},5`));
    eUkur.push(await sunting(page, SHEET.PENGUKURAN, BARIS_DATA + i, PENGUKURAN_KOLOM.indexOf('Realisasi'), `${70 + i}`));
  }
  catat('Sunting sampai tergambar: PK (target)', ePk);
  catat('Sunting sampai tergambar: RAPK (realisasi B3)', eRapk);
  catat('Sunting sampai tergambar: Pengukuran (realisasi)', eUkur);

  // Again, over the isian typed: merged, kept.
  const ulang: number[] = [];
  for (let i = 0; i < 2; i++) ulang.push(await job(page, 'Perbarui dari PK', 'rapk', '.kj-kotak'));
  catat('Perbarui dari PK (lagi, isian dipertahankan)', ulang);
  const periksa: number[] = [];
  for (let i = 0; i < 3; i++) periksa.push(await job(page, /^Periksa( ulang)?$/, 'periksa', '.kj-hasil > *'));
  catat('Periksa (semua lembar)', periksa);

  // Ctrl+Z of the last RAPK job (one step) and Ctrl+Y.
  const urung = await page.evaluate(async () => {
    const w = window as unknown as { kinerjaWeb: { bukuKerja: { urung(): boolean; ulang(): boolean } } };
    const t0 = performance.now();
    w.kinerjaWeb.bukuKerja.urung();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
    const t1 = performance.now();
    w.kinerjaWeb.bukuKerja.ulang();
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
    return [t1 - t0, performance.now() - t1];
  });
  catat('Ctrl+Z Perbarui dari PK (sampai tergambar)', urung[0]);
  catat('Ctrl+Y Perbarui dari PK (sampai tergambar)', urung[1]);

  // Autosave: the whole workbook written to IndexedDB after a change.
  const simpan: number[] = [];
  for (let i = 0; i < 3; i++) {
    await sunting(page, SHEET.PK, 2 + i, PK_KOLOM.indexOf('Target'), String(80 + i));
    simpan.push(
      await page.evaluate(async () => {
        const w = window as unknown as { kinerjaWeb: { tersimpan(): Promise<void> } };
        const t0 = performance.now();
        await w.kinerjaWeb.tersimpan();
        return performance.now() - t0;
      }),
    );
  }
  catat('Simpan otomatis ke IndexedDB (seluruh buku kerja, ditulis seketika)', simpan);

  await browser.close();
  await new Promise((r) => s.server.close(r));
  if (galat.length) throw new Error(`galat di halaman: ${galat.join('; ')}`);
}

main().catch((e) => {
  // eslint-disable-next-line no-console
  console.error(e);
  process.exit(1);
});
