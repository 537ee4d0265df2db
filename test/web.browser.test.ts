/**
 * The browser workbook end to end, on what ships: dist/web (built by
 * `npm run build`, which `npm test` runs first), served by scripts/serve.js and
 * driven in Debian's Chromium with playwright-core. Type a realisasi in the
 * RAPK and see capaian, kriteria and NPS follow there and in Pengukuran;
 * change the PK and bring the RAPK up to date with Perbarui dari PK; Periksa a
 * workbook with planted mistakes and click a finding; download the .xlsx and
 * open it again. Screenshots: test-output/web-*.png. The time from server start
 * to a usable page is written to test-output/web-waktu.json (reported, never
 * asserted).
 */
import fs from 'fs';
import path from 'path';
import type http from 'http';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { BARIS_DATA, BARIS_HEADER } from '../core/templates';
import { PK_KOLOM, SHEET } from '../core/layout';
import { a1 } from '../core/workbook';
import { CHROMIUM, IK, OUT, RK, UK, describeBrowser, distWeb, ringkasanHalaman, semuaNilai as semuaNilaiHalaman, serve } from './web-peramban';

const PKK = (name: (typeof PK_KOLOM)[number]): number => PK_KOLOM.indexOf(name);
/** The sheets of the 2019 example, in order: what Sisipkan templat writes, then what Perbarui dari PK makes. */
const LEMBAR_CONTOH = [SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA];
/** The row above the header of RAPK and the views: the line that says the PK changed since the last Perbarui. */
const BARIS_SPANDUK = BARIS_HEADER - 1;

let webDir = '';
let server: http.Server | undefined;
let base = '';
let browser: Browser | undefined;
let page: Page;
const galat: string[] = [];
const waktu: Record<string, number | string> = {};

/** The grid cell on the active sheet. */
const selGrid = (r: number, c: number) => page.locator(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"]`);
/** A cell's text as the grid shows it (the sheet must be the active one). */
const teks = (sheet: string, r: number, c: number): Promise<string> =>
  page.evaluate(([s, rr, cc]) => {
    const g = window.kinerjaWeb.grid;
    if (g.lembar !== s) throw new Error(`lembar aktif ${g.lembar}, bukan ${s}`);
    return g.teksSel(rr as number, cc as number);
  }, [sheet, r, c] as const);
const nilai = (sheet: string, r: number, c: number): Promise<unknown> => page.evaluate(([s, rr, cc]) => window.kinerjaWeb.bukuKerja.nilai(s as string, rr as number, cc as number), [sheet, r, c] as const);
const lembarAktif = (): Promise<string> => page.locator('.kw-tab[aria-selected="true"]').innerText();
const tombol = (nama: string) => page.getByRole('button', { name: nama, exact: true });
const bukaTab = async (nama: string): Promise<void> => {
  await page.locator(`.kw-tab[data-lembar="${nama}"]`).click();
  await page.waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, nama);
};
/** Wait until a cell of the active sheet shows `isi`. */
const tunggu = (r: number, c: number, isi: string): Promise<unknown> =>
  page.waitForFunction(([rr, cc, t]) => document.querySelector(`.kw-grid td.kw-sel[data-r="${rr}"][data-c="${cc}"]`)?.textContent === t, [r, c, isi] as const);
/** "#DDEBF7" as getComputedStyle gives it. */
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const semuaNilai = (): Promise<Record<string, unknown>> => semuaNilaiHalaman(page);

describeBrowser('web.browser.test')('buku kerja di peramban (npm start) di Chromium', () => {
  jest.setTimeout(180_000);

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    webDir = distWeb();
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // From server start to a usable page: serve, open, wait until the grid shows the RAPK's values.
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
        if (!k || !k.siap || k.grid.lembar !== 'RAPK') return false;
        const td = document.querySelector(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"]`);
        return !!td && td.textContent === '98,27';
      },
      [BARIS_DATA, RK('Capaian B12')],
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

  test('opens on the 2019 example: the RAPK on the realisasi of B12 beside the real sidebar, Indonesian numbers, kriteria colours; Pengukuran shows Tabel 4', async () => {
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Kinerja — coba tanpa Excel');
    for (const n of ['Unduh .xlsx', 'Buku kosong', 'Contoh LAKIP 2019', 'Sisipkan templat', 'Perbarui dari PK', 'Periksa']) await expect(tombol(n).isVisible()).resolves.toBe(true);
    await expect(tombol('Buat Tabel RAPK').count()).resolves.toBe(0);
    await expect(page.getByText('Buka .xlsx', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await lembarAktif()).toBe(SHEET.RAPK);
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(LEMBAR_CONTOH);
    await expect(page.locator('#kinerja-root footer').innerText()).resolves.toMatch(/^Peramban · /);
    await expect(page.locator('#kw-status').innerText()).resolves.toMatch(/Ketik realisasi di lembar RAPK \(kolom Realisasi B12\)/);
    // IK01: 53,36 / 54,3 = 98,27 Baik; sasaran 1 NPS 98,85.
    const r = IK('IK01');
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('53,36');
    await expect(selGrid(r, RK('Capaian B12')).innerText()).resolves.toBe('98,27');
    await expect(selGrid(r, RK('Kriteria B12')).innerText()).resolves.toBe('Baik');
    await expect(selGrid(r, RK('NPS Sasaran B12')).innerText()).resolves.toBe('98,85');
    const warna = await selGrid(r, RK('Kriteria B12')).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(warna).toBe(rgb('#D9EAD3'));
    // The typed columns are marked as such (the input fill) and the computed ones are not.
    const isian = await page.evaluate(([rr, c]) => window.kinerjaWeb.bukuKerja.gayaSel('RAPK', rr as number, c as number)?.background, [r, RK('Realisasi B12')]);
    expect(isian).toMatch(/^#/);
    await expect(selGrid(r, RK('Realisasi B12')).evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(rgb(isian as string));
    await expect(selGrid(r, RK('Capaian B12')).evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    // Header fill from the side model; the frozen header rows stay on top (with the column letters, as one block).
    const latar = (await page.evaluate(([rr, c]) => window.kinerjaWeb.bukuKerja.gayaSel('RAPK', rr as number, c as number)?.background, [BARIS_HEADER, RK('Capaian B12')])) as string;
    const kepala = selGrid(BARIS_HEADER, RK('Capaian B12'));
    expect(await kepala.evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e.closest('thead')!).position, getComputedStyle(e).fontWeight])).toEqual([rgb(latar), 'sticky', '700']);
    // The formula bar shows the selection AF5 and its value.
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(r, RK('Realisasi B12')));
    await expect(page.locator('.kw-bilah-isi').inputValue()).resolves.toBe('53,36');
    // The view shows the selected cell whole and, left of it, Kode and Indikator (frozen).
    const gulir = (await page.locator('.kw-gulir').boundingBox())!;
    for (const c of [RK('Kode'), RK('Indikator'), RK('Realisasi B12'), RK('Kriteria B12')]) {
      const b = (await selGrid(r, c).boundingBox())!;
      expect({ c, kiri: b.x >= gulir.x + 46 - 1, kanan: b.x + b.width <= gulir.x + gulir.width }).toEqual({ c, kiri: true, kanan: true });
    }
    expect(await page.locator('.kw-bilah-galat').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(OUT, 'web-awal.png') });

    // Pengukuran, the view: Tabel 4 (the organisation 106,37 Baik below the table).
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(r, UK('Realisasi')).innerText()).resolves.toBe('53,36');
    await expect(selGrid(r, UK('Capaian')).innerText()).resolves.toBe('98,27');
    await expect(selGrid(r, UK('NPS Sasaran')).innerText()).resolves.toBe('98,85');
    const R = await ringkasanHalaman(page);
    expect(await teks(SHEET.PENGUKURAN, R.organisasi, R.kolom + 1)).toBe('106,37');
    expect(await teks(SHEET.PENGUKURAN, R.organisasi, R.kolom + 2)).toBe('Baik');
    await page.screenshot({ path: path.join(OUT, 'web-awal-pengukuran.png') });
    expect(galat).toEqual([]);
  });

  test('typing a realisasi in the RAPK recalculates capaian, kriteria and NPS, there and in Pengukuran', async () => {
    await bukaTab(SHEET.RAPK);
    const r = IK('IK01');
    const R = await ringkasanHalaman(page);
    const orgSebelum = await nilai(SHEET.PENGUKURAN, R.organisasi, R.kolom + 1);
    await selGrid(r, RK('Realisasi B12')).dblclick();
    const editor = page.locator('.kw-editor');
    await expect(editor.inputValue()).resolves.toBe('53,36');
    await editor.fill('60');
    await page.screenshot({ path: path.join(OUT, 'web-sunting.png') });
    await editor.press('Enter');
    await tunggu(r, RK('Capaian B12'), '110,50');
    await expect(selGrid(r, RK('Kriteria B12')).innerText()).resolves.toBe('Sangat Baik');
    // NPS sasaran 1 = (2 × 110,50 + 100) / 3 = 107,00
    await expect(selGrid(r, RK('NPS Sasaran B12')).innerText()).resolves.toBe('107,00');
    // Enter moved the selection down; typing replaces, with an Indonesian decimal comma.
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(r + 1, RK('Realisasi B12')));
    await selGrid(IK('IK03'), RK('Realisasi B12')).click();
    await page.keyboard.type('64,8');
    await page.keyboard.press('Tab');
    await expect(selGrid(IK('IK03'), RK('Capaian B12')).innerText()).resolves.toBe('90,00');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK03'), RK('Capaian B12')));
    // Escape cancels.
    await selGrid(IK('IK04'), RK('Realisasi B12')).click();
    await page.keyboard.press('F2');
    await page.locator('.kw-editor').fill('1');
    await page.locator('.kw-editor').press('Escape');
    await expect(selGrid(IK('IK04'), RK('Realisasi B12')).innerText()).resolves.toBe('80,62');
    // A formula shows its result; the formula bar shows the formula (over the realisasi of its row).
    await selGrid(IK('IK04'), RK('Capaian B12')).click();
    await expect(page.locator('.kw-bilah-isi').inputValue()).resolves.toMatch(new RegExp(`^=IF\\(${a1(IK('IK04'), RK('Realisasi B12'))}="","",`));
    await page.screenshot({ path: path.join(OUT, 'web-sunting-hasil.png') });
    // Pengukuran follows: the same figures, the sasaran and the organisation.
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(r, UK('Realisasi')).innerText()).resolves.toBe('60,00');
    await expect(selGrid(r, UK('Capaian')).innerText()).resolves.toBe('110,50');
    await expect(selGrid(r, UK('Kriteria')).innerText()).resolves.toBe('Sangat Baik');
    await expect(selGrid(r, UK('NPS Sasaran')).innerText()).resolves.toBe('107,00');
    await expect(selGrid(r, UK('Kriteria Sasaran')).innerText()).resolves.toBe('Baik');
    await expect(selGrid(IK('IK03'), UK('Capaian')).innerText()).resolves.toBe('90,00');
    expect(await nilai(SHEET.PENGUKURAN, R.organisasi, R.kolom + 1)).not.toBe(orgSebelum);
    await page.screenshot({ path: path.join(OUT, 'web-sunting-pengukuran.png') });
    expect(galat).toEqual([]);
  });

  test('an error shows its code, with the Indonesian message as a tooltip and, when selected, under the formula bar; text typed stays text (no markup)', async () => {
    await bukaTab(SHEET.RAPK);
    const r = IK('IK02');
    await selGrid(r, RK('Realisasi B12')).click();
    await page.keyboard.type('<img src=x onerror="window.__xss=1">');
    await page.keyboard.press('Enter');
    const cap = selGrid(r, RK('Capaian B12'));
    await expect(cap.innerText()).resolves.toBe('#VALUE!');
    await expect(cap.getAttribute('title')).resolves.toMatch(/^#VALUE! — realisasi "<img src=x .*" bukan angka/);
    // Selected (by keyboard, from the cell above): the reason shows as a line under the formula bar.
    const galatBaris = page.locator('.kw-bilah-galat');
    await page.evaluate(([rr, cc]) => window.kinerjaWeb.grid.pilih(rr as number, cc as number), [r - 1, RK('Capaian B12')]);
    await page.locator('.kw-gulir').focus();
    expect(await galatBaris.isVisible()).toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(r, RK('Capaian B12')));
    expect(await galatBaris.isVisible()).toBe(true);
    await expect(galatBaris.innerText()).resolves.toMatch(new RegExp(`^⚠ ${a1(r, RK('Capaian B12'))}: #VALUE! — realisasi "<img src=x .*" bukan angka dan bukan label yang dikenal`));
    await expect(page.locator('.kw-gulir').getAttribute('aria-describedby')).resolves.toBe(await galatBaris.getAttribute('id'));
    await page.screenshot({ path: path.join(OUT, 'web-galat.png') });
    await page.keyboard.press('ArrowDown');
    expect(await galatBaris.isVisible()).toBe(false);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('.kw-grid img').count()).resolves.toBe(0);
    // The view shows the same error for that indicator, with the same reason.
    await expect(nilai(SHEET.PENGUKURAN, r, UK('Capaian'))).resolves.toBe(await nilai(SHEET.RAPK, r, RK('Capaian B12')));
    // Put the label back.
    await selGrid(r, RK('Realisasi B12')).click();
    await page.keyboard.type('WTP');
    await page.keyboard.press('Enter');
    await expect(selGrid(r, RK('Capaian B12')).innerText()).resolves.toBe('100,00');
    expect(galat).toEqual([]);
  });

  test('a PK change shows a warning in the RAPK until Perbarui dari PK brings it up to date: quarterly targets from the pola, typed realisasi kept; a and b typed compute the quarter', async () => {
    // IK06 (kumulatif) gets target 80 in the PK.
    await bukaTab(SHEET.PK);
    const r = IK('IK06');
    await selGrid(r, PKK('Target')).click();
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await bukaTab(SHEET.RAPK);
    await expect(nilai(SHEET.RAPK, BARIS_SPANDUK, 0)).resolves.toMatch(/^⚠ PK berubah sejak tabel ini dibuat/);
    await expect(selGrid(r, RK('Cek PK')).innerText()).resolves.toBe('berubah di PK');
    await expect(teks(SHEET.RAPK, r, RK('Target B12'))).resolves.toBe('100,00');
    await page.screenshot({ path: path.join(OUT, 'web-rapk-pk-berubah.png') });

    await tombol('Perbarui dari PK').click();
    const kotak = page.locator('[data-bagian="rapk"] .kj-kotak');
    await kotak.waitFor();
    await expect(kotak.getAttribute('class')).resolves.toContain('kj-ok');
    await expect(kotak.innerText()).resolves.toMatch(/17 indikator, 12 sasaran/);
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    expect(await lembarAktif()).toBe(SHEET.RAPK);
    await expect(nilai(SHEET.RAPK, BARIS_SPANDUK, 0)).resolves.toBe('');
    await expect(teks(SHEET.RAPK, r, RK('Cek PK'))).resolves.toBe('');
    const target = await Promise.all(['B3', 'B6', 'B9', 'B12'].map((q) => teks(SHEET.RAPK, r, RK(`Target ${q}`))));
    expect(target).toEqual(['20,00', '40,00', '60,00', '80,00']);
    expect(await teks(SHEET.RAPK, IK('IK01'), RK('Target B12'))).toBe('54,30');
    expect(await teks(SHEET.RAPK, IK('IK01'), RK('Target B3'))).toBe('');
    // The realisasi typed before are where they were: IK06's 99,44 is now 124,30 % of 80 (Tidak Dapat Disimpulkan).
    expect(await teks(SHEET.RAPK, IK('IK01'), RK('Realisasi B12'))).toBe('60,00');
    expect(await teks(SHEET.RAPK, r, RK('Capaian B12'))).toBe('124,30');
    // The view right after the click: the selected input cell (the first Pembilang) in view.
    await page.screenshot({ path: path.join(OUT, 'web-rapk.png') });
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(BARIS_DATA, RK('Pembilang (a) B3')));
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
    await page.evaluate(([rr, c]) => window.kinerjaWeb.grid.pilih(rr as number, c as number), [r, RK('Target B3')]);
    await page.screenshot({ path: path.join(OUT, 'web-rapk-target.png') });
    // Typing a and b computes realisasi, capaian and kriteria of the quarter: 24 against 20 is 120, still Sangat Baik.
    await page.evaluate(([rr, c]) => window.kinerjaWeb.grid.pilih(rr as number, c as number), [r, RK('Pembilang (a) B3')]);
    await page.locator('.kw-gulir').focus();
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    expect(await teks(SHEET.RAPK, r, RK('Realisasi B3'))).toBe('24,00');
    expect(await teks(SHEET.RAPK, r, RK('Capaian B3'))).toBe('120,00');
    expect(await teks(SHEET.RAPK, r, RK('Kriteria B3'))).toBe('Sangat Baik');
    await page.screenshot({ path: path.join(OUT, 'web-rapk-isi.png') });
    expect(galat).toEqual([]);
  });

  test('Periksa lists planted mistakes; clicking one selects its cell on its sheet', async () => {
    // Plant: the PK target of IK05 cleared; a realisasi in the RAPK that is not a number.
    await bukaTab(SHEET.PK);
    await selGrid(IK('IK05'), PKK('Target')).click();
    await page.keyboard.press('Delete');
    expect(await teks(SHEET.PK, IK('IK05'), PKK('Target'))).toBe('');
    await bukaTab(SHEET.RAPK);
    await selGrid(IK('IK08'), RK('Realisasi B12')).click();
    await page.keyboard.type('delapan puluh');
    await page.keyboard.press('Enter');
    await tombol('Periksa').click();
    await page.locator('.kj-temuan').first().waitFor();
    const alamat = await page.locator('.kj-temuan .kj-alamat').allInnerTexts();
    const selTarget = `PK!${a1(IK('IK05'), PKK('Target'))}`;
    const selRealisasi = `RAPK!${a1(IK('IK08'), RK('Realisasi B12'))}`;
    expect(alamat).toContain(selTarget);
    expect(alamat).toContain(selRealisasi);
    await page.screenshot({ path: path.join(OUT, 'web-periksa.png') });

    // Click the PK finding: the grid switches to PK and selects J9.
    await page.locator('.kj-temuan', { has: page.locator('.kj-alamat', { hasText: selTarget }) }).first().click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'PK');
    await expect(page.evaluate(() => window.kinerjaWeb.grid.pilihan())).resolves.toEqual({ sheet: 'PK', row: IK('IK05'), col: PKK('Target'), rows: 1, cols: 1 });
    expect(await lembarAktif()).toBe(SHEET.PK);
    await expect(selGrid(IK('IK05'), PKK('Target')).getAttribute('class')).resolves.toContain('kw-pilih');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK05'), PKK('Target')));

    // And the RAPK one.
    await page.locator('.kj-temuan', { has: page.locator('.kj-alamat', { hasText: selRealisasi }) }).first().click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    await expect(page.evaluate(() => window.kinerjaWeb.grid.alamat())).resolves.toBe(a1(IK('IK08'), RK('Realisasi B12')));
    await expect(selGrid(IK('IK08'), RK('Realisasi B12')).getAttribute('class')).resolves.toContain('kw-pilih');
    await page.screenshot({ path: path.join(OUT, 'web-periksa-klik.png') });
    expect(galat).toEqual([]);
  });

  test('Unduh .xlsx downloads the workbook; Buka .xlsx loads it back with the same values, and it still computes', async () => {
    const sebelum = await semuaNilai();
    const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol('Unduh .xlsx').click()]);
    // Named after the workbook.
    expect(unduhan.suggestedFilename()).toBe('Contoh LAKIP 2019.xlsx');
    const file = path.join(OUT, 'web-unduh.xlsx');
    await unduhan.saveAs(file);

    // The file as Excel and LibreOffice read it: formulas with cached results, formats, frozen panes.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(LEMBAR_CONTOH);
    const ws = wb.getWorksheet(SHEET.PENGUKURAN)!;
    const cap = ws.getCell(IK('IK01') + 1, UK('Capaian') + 1);
    expect((cap.value as ExcelJS.CellFormulaValue).formula).toContain(`RAPK!${a1(IK('IK01'), RK('Capaian B12'))}`);
    expect((cap.value as ExcelJS.CellFormulaValue).result).toBeCloseTo((60 / 54.3) * 100, 7);
    expect(cap.numFmt).toBe('0.00');
    expect((ws.getCell(IK('IK01') + 1, UK('Realisasi') + 1).value as ExcelJS.CellFormulaValue).result).toBe(60);
    const rapk = wb.getWorksheet(SHEET.RAPK)!;
    expect(rapk.getCell(IK('IK01') + 1, RK('Realisasi B12') + 1).value).toBe(60);
    expect(rapk.views[0]).toMatchObject({ state: 'frozen', ySplit: BARIS_HEADER + 1, xSplit: RK('Indikator') + 1 });

    // Something else in between, then open the file.
    await page.evaluate(() => window.kinerjaWeb.grid.aktifkan('Renstra'));
    // The workbook has changes: the page asks before replacing it.
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await page.setInputFiles('#kw-berkas', file);
    await expect(dialog).resolves.toMatch(/Perubahan pada buku kerja sekarang akan hilang/);
    await page.waitForFunction(() => /dibuka|tidak dapat dibuka/.test(document.getElementById('kw-status')?.textContent ?? ''));
    await expect(page.locator('#kw-status').innerText()).resolves.toMatch(/^web-unduh\.xlsx dibuka: 6 lembar/);
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(LEMBAR_CONTOH);
    const sesudah = await semuaNilai();
    expect(Object.keys(sesudah).sort()).toEqual(Object.keys(sebelum).sort());
    const beda = Object.keys(sebelum).filter((k) => JSON.stringify(sebelum[k]) !== JSON.stringify(sesudah[k]));
    expect(beda.map((k) => `${k}: ${JSON.stringify(sebelum[k])} ≠ ${JSON.stringify(sesudah[k])}`)).toEqual([]);
    // The formulas still compute in the browser after the round trip: a realisasi typed in the RAPK reaches Pengukuran.
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(IK('IK01'), UK('Capaian')).innerText()).resolves.toBe('110,50');
    await expect(selGrid(IK('IK01'), UK('Kriteria')).evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(rgb('#B7E1CD')); // Sangat Baik
    await bukaTab(SHEET.RAPK);
    await selGrid(IK('IK01'), RK('Realisasi B12')).click();
    await page.keyboard.type('54,3');
    await page.keyboard.press('Enter');
    await expect(selGrid(IK('IK01'), RK('Capaian B12')).innerText()).resolves.toBe('100,00');
    await bukaTab(SHEET.PENGUKURAN);
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
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    await expect(selGrid(IK('IK01'), RK('Capaian B12')).innerText()).resolves.toBe('98,27');
    await expect(page.locator('.kw-alamat').inputValue()).resolves.toBe(a1(IK('IK01'), RK('Realisasi B12')));
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(LEMBAR_CONTOH);
    expect(galat).toEqual([]);
  });
});
