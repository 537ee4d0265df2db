/**
 * The browser workbook end to end, on what ships: dist/web (built by
 * `npm run build`, which `npm test` runs first), served by scripts/serve.js and
 * driven in Debian's Chromium with playwright-core. Edit a realisasi and see
 * capaian, kriteria and NPS follow; Buat Tabel RAPK; Periksa a workbook with
 * planted mistakes and click a finding; download the .xlsx and open it again.
 * Screenshots: test-output/web-*.png. The time from server start to a usable
 * page is written to test-output/web-waktu.json (reported, never asserted).
 */
import fs from 'fs';
import path from 'path';
import type http from 'http';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { BARIS_DATA, PENGUKURAN_RINGKASAN } from '../core/templates';
import { INDIKATOR_2019 } from '../core/contoh2019';
import { PENGUKURAN_KOLOM, SHEET, rapkHeaders } from '../core/layout';
import { a1 } from '../core/workbook';
import type { KinerjaWeb } from '../web/main';
import { semuaNilai as semuaNilaiHalaman } from './web-peramban';

const CHROMIUM = '/usr/bin/chromium';
const ADA_CHROMIUM = fs.existsSync(CHROMIUM);
const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test-output');
if (!ADA_CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn(`[web.browser.test] ${CHROMIUM} tidak ada: uji peramban buku kerja DILEWATI (apt-get install chromium).`);
}
const describeBrowser = ADA_CHROMIUM ? describe : describe.skip;

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serve } = require('../scripts/serve') as { serve: (o: { root: string; port?: number; routes?: Record<string, string> }) => Promise<{ server: http.Server; url: string }> };

declare global {
  interface Window {
    kinerjaWeb: KinerjaWeb;
  }
}

const UK = (name: (typeof PENGUKURAN_KOLOM)[number]): number => PENGUKURAN_KOLOM.indexOf(name);
const IK = (kode: string): number => BARIS_DATA + INDIKATOR_2019.findIndex((i) => i.kode === kode);

/** What ships: dist/web as `npm run build` (run by `npm test` first) wrote it. */
function distWeb(): string {
  const dir = path.join(ROOT, 'dist', 'web');
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error('dist/web tidak ada: jalankan `npm run build` dulu (npm test melakukannya).');
  return dir;
}

let webDir = '';
let server: http.Server | undefined;
let base = '';
let browser: Browser | undefined;
let page: Page;
const galat: string[] = [];
const waktu: Record<string, number | string> = {};

/** The grid cell on the active sheet. */
const selGrid = (r: number, c: number) => page.locator(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"]`);
const teks = (sheet: string, r: number, c: number): Promise<string> =>
  page.evaluate(([s, rr, cc]) => {
    const g = window.kinerjaWeb.grid;
    if (g.lembar !== s) throw new Error(`lembar aktif ${g.lembar}, bukan ${s}`);
    return g.teksSel(rr as number, cc as number);
  }, [sheet, r, c] as const);
const lembarAktif = (): Promise<string> => page.locator('.kw-tab[aria-selected="true"]').innerText();
const tombol = (nama: string) => page.getByRole('button', { name: nama, exact: true });
const bukaTab = async (nama: string): Promise<void> => {
  await page.locator(`.kw-tab[data-lembar="${nama}"]`).click();
  await page.waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, nama);
};

const semuaNilai = (): Promise<Record<string, unknown>> => semuaNilaiHalaman(page);

describeBrowser('buku kerja di peramban (npm start) di Chromium', () => {
  jest.setTimeout(180_000);

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    webDir = distWeb();
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // From server start to a usable page: serve, open, wait until the grid shows Pengukuran's values.
    const t1 = Date.now();
    const s = await serve({ root: webDir, port: 0, routes: { '/': '.' } });
    server = s.server;
    base = s.url;
    page = await browser.newPage({ viewport: { width: 1440, height: 860 }, acceptDownloads: true });
    page.on('pageerror', (e) => galat.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    await page.goto(base);
    await page.waitForFunction(
      ([r, c]) => {
        const k = window.kinerjaWeb;
        if (!k || !k.siap || k.grid.lembar !== 'Pengukuran') return false;
        const td = document.querySelector(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"]`);
        return !!td && td.textContent === '98,27';
      },
      [BARIS_DATA, UK('Capaian')],
      { timeout: 120_000 },
    );
    waktu.serverSampaiSiapMs = Date.now() - t1;
    waktu.navigasiSampaiSiapMs = await page.evaluate(() => window.kinerjaWeb.waktuSiap ?? -1);
    const berkas = fs.readdirSync(webDir).map((f) => [f, fs.statSync(path.join(webDir, f)).size] as const);
    waktu.dist = berkas.map(([f, n]) => `${f} ${n}`).join('; ');
    waktu.distTotal = berkas.reduce((a, [, n]) => a + n, 0);
    fs.writeFileSync(path.join(OUT, 'web-waktu.json'), JSON.stringify(waktu, null, 2));
    // eslint-disable-next-line no-console
    console.log(`[web.browser.test] waktu: ${JSON.stringify(waktu)}`);
  }, 600_000);

  afterAll(async () => {
    if (browser) await browser.close();
    if (server) await new Promise((r) => server!.close(r));
  });

  test('opens on the 2019 example: Pengukuran beside the real sidebar, Indonesian numbers, kriteria colours', async () => {
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Kinerja — coba tanpa Excel');
    for (const n of ['Unduh .xlsx', 'Buku kosong', 'Contoh LAKIP 2019', 'Sisipkan templat', 'Buat Tabel RAPK', 'Periksa']) await expect(tombol(n).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Buka .xlsx', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await lembarAktif()).toBe('Pengukuran');
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual([SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN]);
    await expect(page.locator('#kinerja-root footer').innerText()).resolves.toMatch(/^Peramban · /);
    // IK01: 53,36 / 54,3 = 98,27 Baik; sasaran 1 NPS 98,85.
    const r = IK('IK01');
    await expect(selGrid(r, UK('Realisasi')).innerText()).resolves.toBe('53,36');
    await expect(selGrid(r, UK('Capaian')).innerText()).resolves.toBe('98,27');
    await expect(selGrid(r, UK('Kriteria')).innerText()).resolves.toBe('Baik');
    await expect(selGrid(r, UK('NPS Sasaran')).innerText()).resolves.toBe('98,85');
    const warna = await selGrid(r, UK('Kriteria')).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(warna).toBe('rgb(217, 234, 211)'); // #D9EAD3
    // The organisation NPS below the table: 106,37 Baik.
    const org = PENGUKURAN_RINGKASAN.organisasi;
    expect(await teks('Pengukuran', org, 1)).toBe('106,37');
    expect(await teks('Pengukuran', org, 2)).toBe('Baik');
    // Header fill from the side model; the frozen header rows stay on top (with the column letters, as one block).
    const kepala = selGrid(3, UK('Capaian'));
    expect(await kepala.evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e.closest('thead')!).position, getComputedStyle(e).fontWeight])).toEqual(['rgb(31, 78, 120)', 'sticky', '700']);
    // The formula bar shows the selection J5 and its value.
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(r, UK('Realisasi')));
    await expect(page.locator('.kw-bilah-isi').inputValue()).resolves.toBe('53,36');
    // The view shows the selected cell whole and, left of it, Kode and Indikator (not scrolled on to column G).
    const gulir = (await page.locator('.kw-gulir').boundingBox())!;
    for (const c of [UK('Kode'), UK('Indikator'), UK('Realisasi')]) {
      const b = (await selGrid(r, c).boundingBox())!;
      expect({ c, kiri: b.x >= gulir.x + 46 - 1, kanan: b.x + b.width <= gulir.x + gulir.width }).toEqual({ c, kiri: true, kanan: true });
    }
    expect(await page.locator('.kw-bilah-galat').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(OUT, 'web-awal.png') });
    expect(galat).toEqual([]);
  });

  test('typing a realisasi recalculates capaian, kriteria and NPS', async () => {
    const r = IK('IK01');
    const orgSebelum = await teks('Pengukuran', PENGUKURAN_RINGKASAN.organisasi, 1);
    await selGrid(r, UK('Realisasi')).dblclick();
    const editor = page.locator('.kw-editor');
    await expect(editor.inputValue()).resolves.toBe('53,36');
    await editor.fill('60');
    await page.screenshot({ path: path.join(OUT, 'web-sunting.png') });
    await editor.press('Enter');
    await page.waitForFunction(([rr, cc]) => document.querySelector(`.kw-grid td.kw-sel[data-r="${rr}"][data-c="${cc}"]`)?.textContent === '110,50', [r, UK('Capaian')]);
    await expect(selGrid(r, UK('Kriteria')).innerText()).resolves.toBe('Sangat Baik');
    // NPS sasaran 1 = (2 × 110,50 + 100) / 3 = 107,00
    await expect(selGrid(r, UK('NPS Sasaran')).innerText()).resolves.toBe('107,00');
    await expect(selGrid(r, UK('Kriteria Sasaran')).innerText()).resolves.toBe('Baik');
    expect(await teks('Pengukuran', PENGUKURAN_RINGKASAN.organisasi, 1)).not.toBe(orgSebelum);
    // Enter moved the selection down; typing replaces, with an Indonesian decimal comma.
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(r + 1, UK('Realisasi')));
    await selGrid(IK('IK03'), UK('Realisasi')).click();
    await page.keyboard.type('64,8');
    await page.keyboard.press('Tab');
    await expect(selGrid(IK('IK03'), UK('Capaian')).innerText()).resolves.toBe('90,00');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK03'), UK('Capaian')));
    // Escape cancels.
    await selGrid(IK('IK04'), UK('Realisasi')).click();
    await page.keyboard.press('F2');
    await page.locator('.kw-editor').fill('1');
    await page.locator('.kw-editor').press('Escape');
    await expect(selGrid(IK('IK04'), UK('Realisasi')).innerText()).resolves.toBe('80,62');
    // A formula shows its result; the formula bar shows the formula; text stays text (no markup).
    await selGrid(IK('IK04'), UK('Capaian')).click();
    await expect(page.locator('.kw-bilah-isi').inputValue()).resolves.toMatch(/^=IF\(J8="","",KINERJA\.CAPAIAN\(J8,I8,/);
    await page.screenshot({ path: path.join(OUT, 'web-sunting-hasil.png') });
    expect(galat).toEqual([]);
  });

  test('an error shows its code, with the Indonesian message as a tooltip and, when selected, under the formula bar', async () => {
    await bukaTab(SHEET.PK);
    const target = selGrid(IK('IK02'), 9);
    await target.click();
    await page.keyboard.type('<img src=x onerror="window.__xss=1">');
    await page.keyboard.press('Enter');
    await bukaTab(SHEET.PENGUKURAN);
    const cap = selGrid(IK('IK02'), UK('Capaian'));
    await expect(cap.innerText()).resolves.toBe('#VALUE!');
    await expect(cap.getAttribute('title')).resolves.toMatch(/^#VALUE! — target "<img src=x .*" bukan angka/);
    // Selected (by keyboard, from the cell above): the reason shows as a line under the formula bar.
    const galatBaris = page.locator('.kw-bilah-galat');
    await page.evaluate(([rr, cc]) => window.kinerjaWeb.grid.pilih(rr as number, cc as number), [IK('IK02') - 1, UK('Capaian')]);
    await page.locator('.kw-gulir').focus();
    expect(await galatBaris.isVisible()).toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK02'), UK('Capaian')));
    expect(await galatBaris.isVisible()).toBe(true);
    await expect(galatBaris.innerText()).resolves.toMatch(new RegExp(`^⚠ ${a1(IK('IK02'), UK('Capaian'))}: #VALUE! — target "<img src=x .*" bukan angka dan bukan label yang dikenal`));
    await expect(page.locator('.kw-gulir').getAttribute('aria-describedby')).resolves.toBe(await galatBaris.getAttribute('id'));
    await page.screenshot({ path: path.join(OUT, 'web-galat.png') });
    await page.keyboard.press('ArrowDown');
    expect(await galatBaris.isVisible()).toBe(false);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('.kw-grid img').count()).resolves.toBe(0);
    // Put the label back.
    await bukaTab(SHEET.PK);
    await selGrid(IK('IK02'), 9).click();
    await page.keyboard.type('WTP');
    await page.keyboard.press('Enter');
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(IK('IK02'), UK('Capaian')).innerText()).resolves.toBe('100,00');
  });

  test('Buat Tabel RAPK creates the RAPK sheet with its quarterly targets', async () => {
    await tombol('Buat Tabel RAPK').click();
    const kotak = page.locator('[data-bagian="rapk"] .kj-kotak');
    await kotak.waitFor();
    await expect(kotak.getAttribute('class')).resolves.toContain('kj-ok');
    await expect(kotak.innerText()).resolves.toMatch(/17 indikator, 12 sasaran/);
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    expect(await lembarAktif()).toBe(SHEET.RAPK);
    const h = rapkHeaders();
    const headerRow = await page.evaluate(() => {
      const bk = window.kinerjaWeb.bukuKerja;
      return bk.bacaSnapshot(['RAPK']).sheets[0].values.findIndex((row) => row[3] === 'Kode');
    });
    expect(headerRow).toBeGreaterThan(0);
    const baris = await page.evaluate(
      ([hr, kodeCol]) => window.kinerjaWeb.bukuKerja.bacaSnapshot(['RAPK']).sheets[0].values.findIndex((row, i) => i > (hr as number) && row[kodeCol as number] === 'IK06'),
      [headerRow, h.indexOf('Kode')],
    );
    expect(['B3', 'B6', 'B9', 'B12'].map((q) => h.indexOf(`Target ${q}`))).not.toContain(-1);
    const target = await Promise.all(['B3', 'B6', 'B9', 'B12'].map((q) => teks(SHEET.RAPK, baris, h.indexOf(`Target ${q}`))));
    expect(target).toEqual(['25,00', '50,00', '75,00', '100,00']);
    const ik01 = await page.evaluate(([hr, kodeCol]) => window.kinerjaWeb.bukuKerja.bacaSnapshot(['RAPK']).sheets[0].values.findIndex((row, i) => i > (hr as number) && row[kodeCol as number] === 'IK01'), [headerRow, h.indexOf('Kode')]);
    expect(await teks(SHEET.RAPK, ik01, h.indexOf('Target B12'))).toBe('54,30');
    expect(await teks(SHEET.RAPK, ik01, h.indexOf('Target B3'))).toBe('');
    // The view right after the click, then on the targets of IK06.
    await page.screenshot({ path: path.join(OUT, 'web-rapk.png') });
    // Scrolled to the selection, the first column right of the frozen ones shows whole (not half under them).
    const tepi = await page.evaluate(() => {
      const g = window.kinerjaWeb.grid as unknown as { gulir: HTMLElement; kiriKolom: number[]; lebarKolom: number[]; bekuTampil(): { cols: number; dari: number } };
      const b = g.bekuTampil();
      // The columns that stay on screen end here once stuck: a column's left edge there is a clean scroll position.
      const ujungTetap = 46 + (b.cols > b.dari ? g.kiriKolom[b.cols - 1] + g.lebarKolom[b.cols - 1] - g.kiriKolom[b.dari] : 0);
      return { scroll: g.gulir.scrollLeft, tepi: g.kiriKolom.slice(b.cols).map((x) => x - ujungTetap) };
    });
    expect(tepi.scroll).toBeGreaterThan(0);
    expect(tepi.tepi).toContain(tepi.scroll);
    await page.evaluate(([r, c]) => window.kinerjaWeb.grid.pilih(r as number, c as number), [baris, h.indexOf('Target B3')]);
    await page.screenshot({ path: path.join(OUT, 'web-rapk-target.png') });
    // Typing a and b in the browser computes realisasi, capaian and kriteria of the quarter.
    const ia = h.indexOf('Pembilang (a) B3');
    await page.evaluate(([r, c]) => window.kinerjaWeb.grid.pilih(r as number, c as number), [baris, ia]);
    await page.locator('.kw-gulir').focus();
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    expect(await teks(SHEET.RAPK, baris, h.indexOf('Realisasi B3'))).toBe('24,00');
    expect(await teks(SHEET.RAPK, baris, h.indexOf('Capaian B3'))).toBe('96,00');
    expect(await teks(SHEET.RAPK, baris, h.indexOf('Kriteria B3'))).toBe('Baik');
    await page.screenshot({ path: path.join(OUT, 'web-rapk-isi.png') });
    expect(galat).toEqual([]);
  });

  test('Periksa lists planted mistakes; clicking one selects its cell on its sheet', async () => {
    // Plant: the PK target of IK05 cleared; a realisasi in Pengukuran that is not a number.
    await bukaTab(SHEET.PK);
    await selGrid(IK('IK05'), 9).click();
    await page.keyboard.press('Delete');
    expect(await teks(SHEET.PK, IK('IK05'), 9)).toBe('');
    await bukaTab(SHEET.PENGUKURAN);
    await selGrid(IK('IK08'), UK('Realisasi')).click();
    await page.keyboard.type('delapan puluh');
    await page.keyboard.press('Enter');
    await tombol('Periksa').click();
    await page.locator('.kj-temuan').first().waitFor();
    const alamat = await page.locator('.kj-temuan .kj-alamat').allInnerTexts();
    const selTarget = `PK!${a1(IK('IK05'), 9)}`;
    const selRealisasi = `Pengukuran!${a1(IK('IK08'), UK('Realisasi'))}`;
    expect(alamat).toContain(selTarget);
    expect(alamat).toContain(selRealisasi);
    await page.screenshot({ path: path.join(OUT, 'web-periksa.png') });

    // Click the PK finding: the grid switches to PK and selects J9.
    await page.locator('.kj-temuan', { has: page.locator('.kj-alamat', { hasText: selTarget }) }).first().click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'PK');
    await expect(page.evaluate(() => window.kinerjaWeb.grid.pilihan())).resolves.toEqual({ sheet: 'PK', row: IK('IK05'), col: 9, rows: 1, cols: 1 });
    expect(await lembarAktif()).toBe(SHEET.PK);
    await expect(selGrid(IK('IK05'), 9).getAttribute('class')).resolves.toContain('kw-pilih');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK05'), 9));

    // And the Pengukuran one.
    await page.locator('.kj-temuan', { has: page.locator('.kj-alamat', { hasText: selRealisasi }) }).first().click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'Pengukuran');
    await expect(page.evaluate(() => window.kinerjaWeb.grid.alamat())).resolves.toBe(a1(IK('IK08'), UK('Realisasi')));
    await expect(selGrid(IK('IK08'), UK('Realisasi')).getAttribute('class')).resolves.toContain('kw-pilih');
    await page.screenshot({ path: path.join(OUT, 'web-periksa-klik.png') });
    expect(galat).toEqual([]);
  });

  test('Unduh .xlsx downloads the workbook; Buka .xlsx loads it back with the same values', async () => {
    const sebelum = await semuaNilai();
    const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol('Unduh .xlsx').click()]);
    // Named after the workbook.
    expect(unduhan.suggestedFilename()).toBe('Contoh LAKIP 2019.xlsx');
    const file = path.join(OUT, 'web-unduh.xlsx');
    await unduhan.saveAs(file);

    // The file as Excel and LibreOffice read it: Excel-form formulas with cached results, formats, lists, colours.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN, SHEET.RAPK]);
    const ws = wb.getWorksheet(SHEET.PENGUKURAN)!;
    const cap = ws.getCell(IK('IK01') + 1, UK('Capaian') + 1);
    expect((cap.value as ExcelJS.CellFormulaValue).formula).toMatch(/KINERJA\.CAPAIAN\(J5,I5,/);
    expect((cap.value as ExcelJS.CellFormulaValue).result).toBeCloseTo((60 / 54.3) * 100, 7);
    expect(cap.numFmt).toBe('0.00');
    expect(ws.getCell(IK('IK01') + 1, UK('Realisasi') + 1).value).toBe(60);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });

    // Something else in between, then open the file.
    await page.evaluate(() => window.kinerjaWeb.grid.aktifkan('Renstra'));
    // The workbook has changes: the page asks before replacing it.
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await page.setInputFiles('#kw-berkas', file);
    await expect(dialog).resolves.toMatch(/Perubahan pada buku kerja sekarang akan hilang/);
    await page.waitForFunction(() => /dibuka|tidak dapat dibuka/.test(document.getElementById('kw-status')?.textContent ?? ''));
    await expect(page.locator('#kw-status').innerText()).resolves.toMatch(/^web-unduh\.xlsx dibuka: 6 lembar/);
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual([SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN, SHEET.RAPK]);
    const sesudah = await semuaNilai();
    expect(Object.keys(sesudah).sort()).toEqual(Object.keys(sebelum).sort());
    const beda = Object.keys(sebelum).filter((k) => JSON.stringify(sebelum[k]) !== JSON.stringify(sesudah[k]));
    expect(beda.map((k) => `${k}: ${JSON.stringify(sebelum[k])} ≠ ${JSON.stringify(sesudah[k])}`)).toEqual([]);
    // The formulas still compute in the browser after the round trip.
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(IK('IK01'), UK('Capaian')).innerText()).resolves.toBe('110,50');
    await expect(selGrid(IK('IK01'), UK('Kriteria')).evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe('rgb(183, 225, 205)'); // Sangat Baik
    await selGrid(IK('IK01'), UK('Realisasi')).click();
    await page.keyboard.type('54,3');
    await page.keyboard.press('Enter');
    await expect(selGrid(IK('IK01'), UK('Capaian')).innerText()).resolves.toBe('100,00');
    await page.screenshot({ path: path.join(OUT, 'web-impor.png') });
    expect(galat).toEqual([]);
  });

  test('a 1,000-row sheet renders only the rows in view and scrolls to the end', async () => {
    const r = await page.evaluate(() => {
      const bk = window.kinerjaWeb.bukuKerja;
      const isi = Array.from({ length: 1000 }, (_, i) => [`IK${i + 1}`, 50 + (i % 60), 80, `=KINERJA.CAPAIAN(B${i + 1},C${i + 1})`, `=KINERJA.KRITERIA(D${i + 1})`]);
      bk.muat([{ name: 'Besar', isi }]);
      const baris = document.querySelectorAll('.kw-grid tbody tr.kw-baris').length;
      const g = document.querySelector('.kw-gulir') as HTMLElement;
      g.scrollTop = g.scrollHeight - g.clientHeight - 24 * 20;
      return baris;
    });
    expect(r).toBeLessThan(120);
    await page.waitForFunction(() => !!document.querySelector('.kw-grid td.kw-sel[data-r="999"][data-c="4"]'));
    await expect(selGrid(999, 3).innerText()).resolves.toBe(String((50 + (999 % 60)) / 80 * 100).replace('.', ','));
    await expect(page.locator('.kw-grid tbody tr.kw-baris').count()).resolves.toBeLessThan(120);
    await page.screenshot({ path: path.join(OUT, 'web-besar.png') });
  });

  test('Contoh LAKIP 2019 reloads the example (asking first when there are changes)', async () => {
    await page.evaluate(() => window.kinerjaWeb.grid.pilih(0, 0));
    await page.locator('.kw-gulir').focus();
    await page.keyboard.press('Delete');
    expect(await page.evaluate(() => window.kinerjaWeb.grid.teksSel(0, 0))).toBe('');
    page.once('dialog', (d) => void d.accept());
    await tombol('Contoh LAKIP 2019').click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'Pengukuran');
    await expect(selGrid(IK('IK01'), UK('Capaian')).innerText()).resolves.toBe('98,27');
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual([SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN]);
    expect(galat).toEqual([]);
  });
});
