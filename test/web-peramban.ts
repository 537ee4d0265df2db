/**
 * What the browser-workbook tests share: Debian's Chromium through
 * playwright-core, dist/web (built by `npm run build`, which `npm test` runs
 * first) served by scripts/serve.js, a page whose errors are collected, and
 * the whole workbook read as plain data.
 */
import fs from 'fs';
import path from 'path';
import type http from 'http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { KinerjaWeb } from '../web/main';
import { BARIS_DATA } from '../core/templates';
import { INDIKATOR_2019 } from '../core/contoh2019';
import { LABEL_ORGANISASI, PENGUKURAN_KOLOM, PENGUKURAN_RINGKASAN_KOLOM, SHEET, rapkHeaders } from '../core/layout';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.join(__dirname, '..');
export const OUT = path.join(ROOT, 'test-output');

declare global {
  interface Window {
    kinerjaWeb: KinerjaWeb;
  }
}

// eslint-disable-next-line @typescript-eslint/no-var-requires
export const { serve } = require('../scripts/serve') as { serve: (o: { root: string; port?: number; routes?: Record<string, string> }) => Promise<{ server: http.Server; url: string }> };

/** describe where Chromium is installed; elsewhere skipped, saying so. */
export function describeBrowser(berkas: string): jest.Describe {
  if (fs.existsSync(CHROMIUM)) return describe;
  // eslint-disable-next-line no-console
  console.warn(`[${berkas}] ${CHROMIUM} tidak ada: uji peramban DILEWATI (apt-get install chromium).`);
  return describe.skip;
}

/** dist/web as `npm run build` wrote it. */
export function distWeb(): string {
  const dir = path.join(ROOT, 'dist', 'web');
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error('dist/web tidak ada: jalankan `npm run build` dulu (npm test melakukannya).');
  return dir;
}

export interface Halaman {
  browser: Browser;
  konteks: BrowserContext;
  page: Page;
  server: http.Server;
  base: string;
  /** Errors the page threw or logged. */
  galat: string[];
  tutup(): Promise<void>;
}

/** The page served from dist/web in a fresh browser profile, opened and ready (the grid shows the workbook). */
export async function bukaHalaman(opsi: { viewport: { width: number; height: number }; papanKlip?: boolean; siap?: (page: Page) => Promise<unknown> }): Promise<Halaman> {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = distWeb();
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const s = await serve({ root: dir, port: 0, routes: { '/': '.' } });
  const konteks = await browser.newContext({ viewport: opsi.viewport, acceptDownloads: true });
  if (opsi.papanKlip) await konteks.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url.replace(/\/$/, '') });
  const page = await konteks.newPage();
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  await page.goto(s.url);
  await (opsi.siap ? opsi.siap(page) : page.waitForFunction(() => document.body.dataset.siap === 'ya', null, { timeout: 120_000 }));
  return {
    browser,
    konteks,
    page,
    server: s.server,
    base: s.url,
    galat,
    tutup: async () => {
      await browser.close();
      await new Promise((r) => s.server.close(r));
    },
  };
}

/** Every value and formula of the workbook as the port reads them (errors keep only their code: .xlsx stores no message). */
export function semuaNilai(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const bk = window.kinerjaWeb.bukuKerja;
    const out: Record<string, unknown> = {};
    for (const name of bk.namaLembar()) {
      const s = bk.bacaSnapshot([name]).sheets[0];
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const f = s.formulas?.[r]?.[c];
          if ((v === null || v === '') && !f) return;
          const nilai = typeof v === 'string' && v.startsWith('#') ? v.split(' ')[0] : typeof v === 'number' ? Math.round(v * 1e8) / 1e8 : v;
          out[`${name}!${r},${c}`] = [nilai, f || ''];
        }),
      );
    }
    return out;
  });
}

/**
 * Column of a Pengukuran header, of a RAPK header (triwulan, the default
 * period) and row of a 2019 indicator: the example has RAPK and Pengukuran
 * (and PK) rows in PK order from the same data row.
 */
export const UK = (name: (typeof PENGUKURAN_KOLOM)[number]): number => PENGUKURAN_KOLOM.indexOf(name);
export const RK = (name: string): number => {
  const c = rapkHeaders().indexOf(name);
  if (c < 0) throw new Error(`RAPK tidak punya kolom "${name}"`);
  return c;
};
export const IK = (kode: string): number => BARIS_DATA + INDIKATOR_2019.findIndex((i) => i.kode === kode);

/** Where the summary below the Pengukuran table is: found by its header (Perspektif, NPS, Kriteria, Bobot), as a reader finds it. */
export interface LetakRingkasan {
  /** Header row and its first column (the perspektif labels); NPS, Kriteria and Bobot follow. */
  header: number;
  kolom: number;
  /** Rows of the perspektif, by label, and the organisation's row. */
  perspektif: Map<string, number>;
  organisasi: number;
}

export function letakRingkasan(values: unknown[][]): LetakRingkasan {
  const [p, n, k] = PENGUKURAN_RINGKASAN_KOLOM;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const kolom = row.findIndex((v, c) => v === p && row[c + 1] === n && row[c + 2] === k);
    if (kolom < 0) continue;
    const perspektif = new Map<string, number>();
    for (let i = r + 1; i < values.length; i++) {
      const label = values[i]?.[kolom];
      if (label === LABEL_ORGANISASI) return { header: r, kolom, perspektif, organisasi: i };
      if (typeof label !== 'string' || !label) break;
      perspektif.set(label, i);
    }
    throw new Error(`ringkasan Pengukuran di baris ${r + 1} tanpa baris ${LABEL_ORGANISASI}`);
  }
  throw new Error('ringkasan Pengukuran (Perspektif, NPS, Kriteria) tidak ditemukan');
}

/** The summary of the page's Pengukuran sheet. */
export async function ringkasanHalaman(page: Page): Promise<LetakRingkasan> {
  const values = await page.evaluate((n) => window.kinerjaWeb.bukuKerja.bacaSnapshot([n]).sheets[0].values, SHEET.PENGUKURAN);
  return letakRingkasan(values);
}

/** The grid as a user works it: cells, the name box, buttons, tabs, typing. `halaman` gives the page in use. */
export function alatGrid(halaman: () => Page) {
  const page = (): Page => halaman();
  const selGrid = (r: number, c: number) => page().locator(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"]`);
  const pilih = async (r: number, c: number): Promise<void> => {
    await page().evaluate(([rr, cc]) => window.kinerjaWeb.grid.pilih(rr as number, cc as number), [r, c]);
    await page().locator('.kw-gulir').focus();
  };
  return {
    selGrid,
    pilih,
    alamat: (): Promise<string> => page().locator('.kw-alamat').inputValue(),
    tombol: (nama: string) => page().getByRole('button', { name: nama, exact: true }),
    bukaTab: async (nama: string): Promise<void> => {
      await page().locator(`.kw-tab[data-lembar="${nama}"]`).click();
      await page().waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, nama);
    },
    /** Select a cell, type, Enter. */
    ketik: async (r: number, c: number, isi: string): Promise<void> => {
      await pilih(r, c);
      await page().keyboard.type(isi);
      await page().keyboard.press('Enter');
    },
  };
}
