/**
 * The browser workbook on a small laptop screen (1024×700), after the UX
 * review: what the user sees when a cell holds an error, RAPK's wide frozen
 * columns, clicks on cells under overflowing text, keyboard focus and
 * navigation, a file that is not an .xlsx, and "Buku kosong" through to a
 * first measurement (Sisipkan templat, one indicator, Perbarui dari PK).
 *
 * On what ships (dist/web, built by `npm run build`), in Debian's Chromium
 * with playwright-core, like test/web.browser.test.ts.
 * Screenshots: test-output/web-ux-*.png.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { BARIS_DATA } from '../core/templates';
import { INDIKATOR_2019 } from '../core/contoh2019';
import { PENGUKURAN_KOLOM, PK_KOLOM, SHEET } from '../core/layout';
import { a1 } from '../core/workbook';
import { Halaman, IK, OUT, RK, UK, alatGrid, bukaHalaman, describeBrowser } from './web-peramban';

const PKK = (name: (typeof PK_KOLOM)[number]): number => PK_KOLOM.indexOf(name);

/** The grid's internals a test may read (same names as in web/grid.ts). */
interface GridDalam {
  gulir: HTMLElement;
  kiriKolom: number[];
  lebarKolom: number[];
  bekuTampil(): { rows: number; cols: number; dari: number };
}

let h: Halaman | undefined;
let page: Page;
let galat: string[] = [];
const { selGrid, alamat, tombol, bukaTab, pilih, ketik } = alatGrid(() => page);

/** Where the selected cell is, against the grid's visible area right of the frozen columns shown. */
async function letakPilihan(): Promise<{ terlihat: boolean; kiri: number; batasKiri: number; kanan: number; batasKanan: number; atas: number; bawah: number; batasBawah: number }> {
  return page.evaluate(() => {
    const g = window.kinerjaWeb.grid as unknown as GridDalam;
    const p = window.kinerjaWeb.grid.pilihan();
    const td = document.querySelector(`.kw-grid td.kw-sel[data-r="${p.row}"][data-c="${p.col}"]`) as HTMLElement | null;
    const kotak = g.gulir.getBoundingClientRect();
    const bt = g.bekuTampil();
    const beku = bt.cols;
    // Right edge of the frozen columns that stay on screen (stuck right of the row numbers).
    const lebarBeku = 46 + (bt.cols > bt.dari ? g.kiriKolom[bt.cols - 1] + g.lebarKolom[bt.cols - 1] - g.kiriKolom[bt.dari] : 0);
    if (!td) return { terlihat: false, kiri: 0, batasKiri: 0, kanan: 0, batasKanan: 0, atas: 0, bawah: 0, batasBawah: 0 };
    const b = td.getBoundingClientRect();
    const batasKiri = kotak.left + (p.col < beku ? 0 : lebarBeku);
    const batasKanan = kotak.left + g.gulir.clientWidth;
    const batasBawah = kotak.top + g.gulir.clientHeight;
    return {
      terlihat: b.left >= batasKiri - 1 && b.right <= batasKanan + 1 && b.top >= kotak.top && b.bottom <= batasBawah + 1,
      kiri: b.left,
      batasKiri,
      kanan: b.right,
      batasKanan,
      atas: b.top,
      bawah: b.bottom,
      batasBawah,
    };
  });
}

describeBrowser('web-ux.test')('buku kerja di peramban: layar kecil dan temuan tinjauan UX', () => {
  jest.setTimeout(180_000);

  beforeAll(async () => {
    h = await bukaHalaman({
      viewport: { width: 1024, height: 700 },
      siap: (p) => p.waitForFunction(() => document.body.dataset.siap === 'ya' && window.kinerjaWeb?.grid.lembar === 'RAPK', null, { timeout: 120_000 }),
    });
    page = h.page;
    galat = h.galat;
  }, 600_000);

  afterAll(async () => {
    if (h) await h.tutup();
  });

  test('opens on the RAPK with the selected realisasi B12 in view (not scrolled past it), beside Kode and Indikator', async () => {
    await expect(alamat()).resolves.toBe(a1(IK('IK01'), RK('Realisasi B12')));
    const l = await letakPilihan();
    expect(l).toMatchObject({ terlihat: true });
    // Scrolled no further than needed: what is typed left of it (Pembilang and Penyebut of B12) shows too.
    for (const k of ['Pembilang (a) B12', 'Penyebut (b) B12']) {
      const b = (await selGrid(IK('IK01'), RK(k)).boundingBox())!;
      expect({ k, kiri: b.x >= l.batasKiri - 1 }).toEqual({ k, kiri: true });
    }
    // Kode and Indikator stay on screen (stuck right of the row numbers).
    const lekat = await page.evaluate(() => Array.from(document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri')).map((e) => e.textContent));
    expect(lekat.slice(-2)).toEqual(['D', 'E']);
    await page.screenshot({ path: path.join(OUT, 'web-ux-awal-1024.png') });
    expect(galat).toEqual([]);
  });

  test('RAPK at 1024×700: the frozen columns nearest the data stay on screen, the first ones scroll away; the selected input cell in view; the .xlsx keeps the real freeze', async () => {
    await tombol('Perbarui dari PK').click();
    await page.locator('[data-bagian="rapk"] .kj-kotak').waitFor();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    const beku = await page.evaluate(() => {
      const g = window.kinerjaWeb.grid as unknown as GridDalam;
      const t = g.bekuTampil();
      return {
        buku: window.kinerjaWeb.bukuKerja.metaLembar('RAPK').beku,
        tampil: t,
        lebar: t.cols > t.dari ? g.kiriKolom[t.cols - 1] + g.lebarKolom[t.cols - 1] - g.kiriKolom[t.dari] : 0,
        lebarBuku: g.kiriKolom[4] + g.lebarKolom[4] - 46,
        ruang: g.gulir.clientWidth - 46,
        lekat: Array.from(document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri')).map((e) => e.textContent),
      };
    });
    // The workbook freezes No..Indikator (5 columns, wider than the grid); the screen keeps the last ones that fit in 55 %.
    expect(beku.buku).toEqual({ rows: 4, cols: 5 });
    expect(beku.lebarBuku).toBeGreaterThan(beku.ruang * 0.55);
    expect(beku.tampil).toMatchObject({ rows: 4, cols: 5 });
    expect(beku.tampil.dari).toBeGreaterThan(0);
    expect(beku.lebar).toBeLessThanOrEqual(beku.ruang * 0.55);
    // Indikator (E) is among them: each row still says which indicator it is.
    expect(beku.lekat).toEqual(['A', 'B', 'C', 'D', 'E'].slice(beku.tampil.dari));
    // The cell Perbarui selected (the first Pembilang) shows whole, right of the frozen columns.
    const sel = await page.evaluate(() => window.kinerjaWeb.grid.pilihan());
    expect(sel).toMatchObject({ sheet: 'RAPK', row: IK('IK01'), col: RK('Pembilang (a) B3') });
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    await page.screenshot({ path: path.join(OUT, 'web-ux-rapk-1024.png') });
    // Typing there works, and Tab moves on to a cell still in view.
    await page.locator('.kw-gulir').focus();
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    await page.keyboard.type('40');
    await page.keyboard.press('Tab');
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    expect(await page.evaluate(([r, c]) => window.kinerjaWeb.grid.teksSel(r as number, c as number), [sel.row, sel.col])).toBe('10,00');
    await page.screenshot({ path: path.join(OUT, 'web-ux-rapk-1024-isi.png') });

    // The download keeps the workbook's freeze (5 columns, 4 rows), not the screen's.
    const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol('Unduh .xlsx').click()]);
    const file = path.join(OUT, 'web-ux-rapk.xlsx');
    await unduhan.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(SHEET.RAPK)!.views[0]).toMatchObject({ state: 'frozen', xSplit: 5, ySplit: 4 });

    // A wider window freezes more again (redrawn on resize), up to the workbook's 5.
    await page.setViewportSize({ width: 1920, height: 900 });
    await page.waitForFunction(() => document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri').length === 5);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.waitForFunction((n) => document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri').length === n, beku.lekat.length);
    expect(galat).toEqual([]);
  });

  test('a click on a cell covered by the text overflowing from its left neighbour selects the clicked cell', async () => {
    await bukaTab(SHEET.PK);
    const r = IK('IK17') + 1;
    await ketik(r, 1, 'Learning and Growth Perspective yang panjang sekali');
    await expect(selGrid(r, 1).getAttribute('class')).resolves.toContain('kw-luber');
    const c = (await selGrid(r, 2).boundingBox())!;
    const b = (await selGrid(r, 1).boundingBox())!;
    // The text of B runs over C here.
    await page.mouse.click(c.x + 20, c.y + c.height / 2);
    await expect(alamat()).resolves.toBe(a1(r, 2));
    await page.screenshot({ path: path.join(OUT, 'web-ux-luber.png'), clip: { x: 0, y: Math.max(0, c.y - 60), width: 1024, height: 110 } });
    await page.mouse.click(b.x + 20, b.y + b.height / 2);
    await expect(alamat()).resolves.toBe(a1(r, 1));
    // Double-click on the covered cell edits the covered cell.
    await page.mouse.dblclick(c.x + 20, c.y + c.height / 2);
    await expect(page.locator('.kw-editor').getAttribute('aria-label')).resolves.toBe(`Sunting ${a1(r, 2)}`);
    await page.keyboard.press('Escape');
    expect(galat).toEqual([]);
  });

  test('keyboard: the focus ring of "Buka .xlsx" is on it (not on its neighbour); Home, Ctrl+Home, Ctrl+End, PageDown/Up and Ctrl+arrows in the grid', async () => {
    // The toolbar in tab order: Unduh .xlsx, Unduh Bab III (.docx), Buka .xlsx, Templat kosong, Contoh.
    await page.locator('#kw-unduh').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kw-bab3');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kw-berkas');
    const garis = (sel: string) => page.locator(sel).evaluate((e) => getComputedStyle(e).outlineStyle);
    await expect(garis('label[for="kw-berkas"]')).resolves.toBe('solid');
    await expect(garis('#kw-kosong')).resolves.toBe('none');
    await expect(garis('#kw-contoh')).resolves.toBe('none');
    await page.screenshot({ path: path.join(OUT, 'web-ux-fokus-buka.png'), clip: { x: 0, y: 0, width: 1024, height: 70 } });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('kw-kosong');
    await expect(garis('label[for="kw-berkas"]')).resolves.toBe('none');
    await expect(garis('#kw-kosong')).resolves.toBe('solid');

    // Pengukuran opened for the first time on a narrow screen: where Ctrl+Home goes, beside the frozen columns that
    // stay on screen (here only Indikator fits in 55 % of the width), the ones before them scrolled away.
    await bukaTab(SHEET.PENGUKURAN);
    const ctrlHome = a1(BARIS_DATA, UK('Indikator') + 1);
    await expect(alamat()).resolves.toBe(ctrlHome);
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    const tetap = await page.evaluate(() => Array.from(document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri')).map((e) => e.textContent));
    expect(tetap[tetap.length - 1]).toBe('E');
    const g = (await page.locator('.kw-gulir').boundingBox())!;
    for (const c of tetap) {
      const b = (await selGrid(BARIS_DATA, 'ABCDE'.indexOf(c as string)).boundingBox())!;
      expect({ c, terlihat: b.x >= g.x + 46 - 1 && b.x + b.width <= g.x + g.width }).toEqual({ c, terlihat: true });
    }
    await page.screenshot({ path: path.join(OUT, 'web-ux-pengukuran-1024.png') });
    await pilih(IK('IK06'), UK('Realisasi'));
    await page.locator('.kw-gulir').focus();
    const tekan = async (k: string): Promise<string> => {
      await page.keyboard.press(k);
      return alamat();
    };
    expect(await tekan('Home')).toBe(a1(IK('IK06'), 0));
    // Ctrl+Home: the first cell below and right of the frozen panes (No..Indikator), as in Excel.
    expect(await tekan('Control+Home')).toBe(ctrlHome);
    await pilih(BARIS_DATA, UK('Realisasi'));
    await page.locator('.kw-gulir').focus();
    // Ctrl+Down: to the last realisasi shown (IK17), then on to the next filled cell or the edge of the data.
    const akhir = IK(INDIKATOR_2019[INDIKATOR_2019.length - 1].kode);
    expect(await tekan('Control+ArrowDown')).toBe(a1(akhir, UK('Realisasi')));
    // Ctrl+Up: back to the top of the block (the header "Realisasi" is filled too).
    expect(await tekan('Control+ArrowUp')).toBe(a1(BARIS_DATA - 1, UK('Realisasi')));
    await pilih(BARIS_DATA, 0);
    await page.locator('.kw-gulir').focus();
    // Ctrl+Right along a full row: its last filled column; Ctrl+Left: back to A.
    const kanan = await tekan('Control+ArrowRight');
    expect(kanan).toBe(a1(BARIS_DATA, PENGUKURAN_KOLOM.length - 1));
    expect(await tekan('Control+ArrowLeft')).toBe(a1(BARIS_DATA, 0));
    // PageDown moves a screenful down (the selection stays in view); PageUp comes back.
    await page.keyboard.press('PageDown');
    const turun = await page.evaluate(() => window.kinerjaWeb.grid.pilihan().row);
    expect(turun - BARIS_DATA).toBeGreaterThanOrEqual(10);
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    await page.keyboard.press('PageUp');
    await expect(page.evaluate(() => window.kinerjaWeb.grid.pilihan().row)).resolves.toBe(BARIS_DATA);
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    // Ctrl+End: the last cell of the data.
    const dim = await page.evaluate(() => {
      const bk = window.kinerjaWeb.bukuKerja;
      return bk.hf.getSheetDimensions(bk.idLembar('Pengukuran')!);
    });
    expect(await tekan('Control+End')).toBe(a1(dim.height - 1, dim.width - 1));
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    expect(galat).toEqual([]);
  });

  test('an error cell selected with the keyboard: the reason in Indonesian under the formula bar', async () => {
    await bukaTab(SHEET.RAPK);
    await ketik(IK('IK03'), RK('Realisasi B12'), 'tujuh puluh');
    await pilih(IK('IK03'), RK('Realisasi B12'));
    await page.locator('.kw-gulir').focus();
    const baris = page.locator('.kw-bilah-galat');
    expect(await baris.isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await baris.isVisible()).toBe(true);
    const teks = await baris.innerText();
    expect(teks).toBe(`⚠ ${a1(IK('IK03'), RK('Capaian B12'))}: #VALUE! — realisasi "tujuh puluh" bukan angka dan bukan label yang dikenal (mis. WTP, AA)`);
    await expect(letakPilihan()).resolves.toMatchObject({ terlihat: true });
    await page.screenshot({ path: path.join(OUT, 'web-ux-galat.png') });
    // A #DIV/0! from HyperFormula itself (no message of its own) is explained too.
    const r = IK('IK17') + 3;
    await ketik(r, RK('Capaian B12'), '=1/0');
    await pilih(r, RK('Capaian B12'));
    await expect(baris.innerText()).resolves.toMatch(new RegExp(`^⚠ ${a1(r, RK('Capaian B12'))}: #DIV/0! — pembagian dengan nol`));
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowUp');
    expect(await baris.isVisible()).toBe(false);
    // Put the realisasi back.
    await ketik(IK('IK03'), RK('Realisasi B12'), '77,46');
    await expect(selGrid(IK('IK03'), RK('Capaian B12')).innerText()).resolves.toBe('107,58');
    expect(galat).toEqual([]);
  });

  test('"Buka .xlsx" with a file that is not an .xlsx: an Indonesian message, readable in full; the workbook is not changed', async () => {
    const sebelum = await page.locator('.kw-tab').allInnerTexts();
    const file = path.join(OUT, 'web-ux-bukan-excel.xlsx');
    fs.writeFileSync(file, 'bukan excel\n');
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await page.setInputFiles('#kw-berkas', file);
    await expect(dialog).resolves.toMatch(/Perubahan pada buku kerja sekarang akan hilang/);
    await page.waitForFunction(() => /tidak dapat dibuka/.test(document.getElementById('kw-status')?.textContent ?? ''));
    const status = page.locator('#kw-status');
    await expect(status.innerText()).resolves.toBe('Berkas web-ux-bukan-excel.xlsx tidak dapat dibuka sebagai .xlsx (rusak atau bukan file Excel). Buku kerja tidak diubah.');
    await expect(status.getAttribute('class')).resolves.toContain('kw-status-galat');
    await expect(status.getAttribute('title')).resolves.toMatch(/Rincian teknis: .*zip/);
    // Not cut off: no ellipsis, no hidden overflow, inside the window.
    const ukuran = await status.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight, kanan: e.getBoundingClientRect().right, ellipsis: getComputedStyle(e).textOverflow }));
    expect(ukuran.sw).toBeLessThanOrEqual(ukuran.cw);
    expect(ukuran.sh).toBeLessThanOrEqual(ukuran.ch);
    expect(ukuran.kanan).toBeLessThanOrEqual(1024);
    expect(ukuran.ellipsis).not.toBe('ellipsis');
    await page.screenshot({ path: path.join(OUT, 'web-ux-bukan-xlsx.png'), clip: { x: 0, y: 0, width: 1024, height: 120 } });
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(sebelum);
    expect(galat).toEqual([]);
  });

  test('"Buku kosong" (asking first when there are changes) starts one empty sheet; Sisipkan templat puts PK and Pengaturan in its place; one indicator and Perbarui dari PK give a first measurement', async () => {
    await bukaTab(SHEET.RAPK);
    await ketik(IK('IK01'), RK('Realisasi B12'), '50');
    const sebelum = await page.locator('.kw-tab').allInnerTexts();
    // Cancelled: nothing happens.
    const batal = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.message()))));
    await tombol('Buku kosong').click();
    await expect(batal).resolves.toMatch(/^Mulai buku kerja kosong\? Perubahan pada buku kerja sekarang akan hilang/);
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(sebelum);
    // Accepted: one empty sheet.
    page.once('dialog', (d) => void d.accept());
    await tombol('Buku kosong').click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'Lembar1');
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual(['Lembar1']);
    await expect(page.evaluate(() => window.kinerjaWeb.bukuKerja.hf.getSheetDimensions(0))).resolves.toEqual({ width: 0, height: 0 });
    await expect(alamat()).resolves.toBe('A1');
    await expect(page.locator('#kw-status').innerText()).resolves.toMatch(/^Buku kerja kosong dibuat \(lembar Lembar1\)\. Klik "Sisipkan templat" di panel Kinerja untuk menambahkan lembar PK dan Pengaturan; setelah PK diisi, "Perbarui dari PK" membuat RAPK/);
    await page.screenshot({ path: path.join(OUT, 'web-ux-kosong.png') });
    // No changes since: no question the second time.
    let ditanya = false;
    const tanya = () => (ditanya = true);
    page.once('dialog', tanya);
    await tombol('Buku kosong').click();
    page.off('dialog', tanya);
    expect(ditanya).toBe(false);
    // Sisipkan templat without the example works on it.
    await expect(page.locator('#kinerja-root').getByRole('checkbox', { name: /Isi dengan contoh LAKIP 2019/ }).isChecked()).resolves.toBe(false);
    await tombol('Sisipkan templat').click();
    await page.waitForFunction(() => document.querySelectorAll('.kw-tab').length === 2);
    // The sheets people type into; no stray empty Lembar1 left beside them.
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual([SHEET.PK, SHEET.PENGATURAN]);
    const kotak = page.locator('[data-bagian="templat"] .kj-kotak');
    await expect(kotak.getAttribute('class')).resolves.toContain('kj-ok');
    await expect(kotak.innerText()).resolves.toMatch(/^Templat disisipkan: lembar PK, Pengaturan\. Isi indikator di lembar PK, lalu klik "Perbarui dari PK"/);
    // Empty templates: no example values in PK.
    await bukaTab(SHEET.PK);
    expect(await page.evaluate(([r, c]) => window.kinerjaWeb.grid.teksSel(r as number, c as number), [BARIS_DATA, PKK('Kode')])).toBe('');
    await page.screenshot({ path: path.join(OUT, 'web-ux-kosong-templat.png') });

    // One indicator typed in the PK (pola blank: kumulatif), then Perbarui dari PK: the RAPK and the views, one row each.
    await ketik(BARIS_DATA, PKK('Sasaran'), 'Meningkatnya kepuasan layanan');
    await ketik(BARIS_DATA, PKK('Kode'), 'S1');
    await ketik(BARIS_DATA, PKK('Indikator'), 'Indeks kepuasan layanan');
    await ketik(BARIS_DATA, PKK('Target'), '80');
    await tombol('Perbarui dari PK').click();
    const rapk = page.locator('[data-bagian="rapk"] .kj-kotak');
    await rapk.waitFor();
    await expect(rapk.innerText()).resolves.toMatch(/^RAPK dan lembar kerja dibuat: 1 indikator, 1 sasaran/);
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'RAPK');
    expect(await page.locator('.kw-tab').allInnerTexts()).toEqual([SHEET.PK, SHEET.PENGATURAN, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]);
    const kode = await page.evaluate((k) => window.kinerjaWeb.bukuKerja.bacaSnapshot(['RAPK']).sheets[0].values.map((row) => row[k]).filter((v) => v !== null && v !== undefined && v !== ''), RK('Kode'));
    expect(kode).toEqual(['Kode', 'S1']);
    // The realisasi of the year typed in the RAPK: 72 against 80 is 90,00 Baik, in the RAPK and in Pengukuran.
    await ketik(BARIS_DATA, RK('Realisasi B12'), '72');
    await expect(selGrid(BARIS_DATA, RK('Target B12')).innerText()).resolves.toBe('80,00');
    await expect(selGrid(BARIS_DATA, RK('Capaian B12')).innerText()).resolves.toBe('90,00');
    await page.screenshot({ path: path.join(OUT, 'web-ux-kosong-rapk.png') });
    await bukaTab(SHEET.PENGUKURAN);
    await expect(selGrid(BARIS_DATA, UK('Capaian')).innerText()).resolves.toBe('90,00');
    await expect(selGrid(BARIS_DATA, UK('Kriteria')).innerText()).resolves.toBe('Baik');
    await expect(selGrid(BARIS_DATA, UK('NPS Sasaran')).innerText()).resolves.toBe('90,00');
    await page.screenshot({ path: path.join(OUT, 'web-ux-kosong-pengukuran.png') });
    expect(galat).toEqual([]);
  });
});
