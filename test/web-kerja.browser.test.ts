/**
 * The browser workbook as a tool people work in (issue 12), through the UI,
 * on what ships (dist/web, built by `npm run build`) in Debian's Chromium with
 * playwright-core, on a 1366×768 laptop screen:
 *  - the first screen shows the typed columns with what identifies each row:
 *    the RAPK's B12 block beside Kode and Indikator, and Pengukuran's Target
 *    to Kriteria when it is opened;
 *  - autosave survives a reload, and "Mulai baru" starts over;
 *  - Ctrl+Z undoes an edit and a whole sidebar job (Perbarui dari PK with a
 *    new RAPK Arsip sheet), Ctrl+Y redoes them;
 *  - tab-separated text pasted from a spreadsheet lands in the right cells,
 *    numbers read the Indonesian way; cells copied here carry their formulas;
 *  - moving, inserting and deleting PK rows keeps formulas pointing at their
 *    data, and after Perbarui every indicator keeps its own figures;
 *  - Excel habits: Enter, F2, Shift+arrows, Delete on a range, the name box,
 *    the number-format menu, column resize, renaming and deleting a sheet;
 *  - the panel's statuses follow the workbook; errors are Indonesian.
 * Screenshots: test-output/web-1366-*.png.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { BARIS_DATA, BARIS_HEADER } from '../core/templates';
import { INDIKATOR_2019 } from '../core/contoh2019';
import { PENGUKURAN_KOLOM, PK_KOLOM, SHEET, rapkHeaders } from '../core/layout';
import { a1 } from '../core/workbook';
import { Halaman, IK, OUT, RK, UK, alatGrid, bukaHalaman, describeBrowser, ringkasanHalaman, semuaNilai } from './web-peramban';

const PKK = (name: (typeof PK_KOLOM)[number]): number => PK_KOLOM.indexOf(name);
/** The row above the header of RAPK and the views: the line that says the PK changed since the last Perbarui. */
const BARIS_SPANDUK = BARIS_HEADER - 1;

let h: Halaman | undefined;
let page: Page;
let galat: string[] = [];
const { selGrid, alamat, tombol, bukaTab, pilih, ketik } = alatGrid(() => page);

const gulir = () => page.locator('.kw-gulir');
const tabs = (): Promise<string[]> => page.locator('.kw-tab').allInnerTexts();
const teks = (r: number, c: number): Promise<string> => page.evaluate(([rr, cc]) => window.kinerjaWeb.grid.teksSel(rr as number, cc as number), [r, c]);
const nilai = (sheet: string, r: number, c: number): Promise<unknown> => page.evaluate(([s, rr, cc]) => window.kinerjaWeb.bukuKerja.nilai(s as string, rr as number, cc as number), [sheet, r, c] as const);
const rumus = (sheet: string, r: number, c: number): Promise<string | undefined> => page.evaluate(([s, rr, cc]) => window.kinerjaWeb.bukuKerja.rumus(s as string, rr as number, cc as number), [sheet, r, c] as const);
const semua = (): Promise<Record<string, unknown>> => semuaNilai(page);
/** The clipboard as another program left it. */
const papanKlip = (t: string): Promise<void> => page.evaluate((x) => navigator.clipboard.writeText(x), t);

/** Is the element wholly inside the grid's scroll area (right of the row numbers, below the top of the grid)? */
async function dalamLayar(sel: ReturnType<typeof selGrid>): Promise<boolean> {
  const g = (await gulir().boundingBox())!;
  const b = await sel.boundingBox();
  if (!b) return false;
  const lebar = await gulir().evaluate((e) => e.clientWidth);
  const tinggi = await gulir().evaluate((e) => e.clientHeight);
  return b.x >= g.x + 46 - 1 && b.x + b.width <= g.x + lebar + 1 && b.y >= g.y - 1 && b.y + b.height <= g.y + tinggi + 1;
}

/** Reload the page (a user's F5) and wait until it is ready. */
async function muatUlang(): Promise<void> {
  await page.goto(h!.base);
  await page.waitForFunction(() => document.body.dataset.siap === 'ya', null, { timeout: 120_000 });
}

/** The columns that stay on screen when the grid scrolls sideways (their letters). */
const kolomTetap = (): Promise<Array<string | null>> => page.evaluate(() => Array.from(document.querySelectorAll('.kw-grid th.kw-huruf.kw-lekat-kiri')).map((e) => e.textContent));

/** Click Perbarui dari PK and wait for its new result in the panel (not one left from an earlier click). */
async function perbarui(): Promise<string> {
  await page.evaluate(() => document.querySelectorAll('[data-bagian="rapk"] .kj-kotak').forEach((e) => e.setAttribute('data-lama', '')));
  await tombol('Perbarui dari PK').click();
  const kotak = page.locator('[data-bagian="rapk"] .kj-kotak:not([data-lama])').first();
  await kotak.waitFor();
  return kotak.innerText();
}

/** Per Kode, what Pengukuran shows: target, realisasi, capaian (read by Kode, wherever its row is). */
const perKode = (): Promise<Record<string, unknown>> =>
  page.evaluate(([kKode, kTarget, kReal, kCap]) => {
    const s = window.kinerjaWeb.bukuKerja.bacaSnapshot(['Pengukuran']).sheets[0];
    const out: Record<string, unknown> = {};
    for (const row of s.values) if (/^IK\d\d$/.test(String(row[kKode]))) out[String(row[kKode])] = [row[kTarget], row[kReal], row[kCap]];
    return out;
  }, [UK('Kode'), UK('Target'), UK('Realisasi'), UK('Capaian')]);

/** Texts cut off in the given cells of the active sheet (they must be drawn: on screen or near it). */
const terpotongDi = (sel: Array<[number, number]>): Promise<string[]> =>
  page.evaluate((daftar) => {
    const out: string[] = [];
    for (const [r, c] of daftar) {
      const e = document.querySelector(`.kw-grid td.kw-sel[data-r="${r}"][data-c="${c}"] .kw-isi`) as HTMLElement | null;
      if (!e) throw new Error(`sel ${r},${c} tidak digambar`);
      if (e.textContent && e.scrollWidth > e.clientWidth + 1) out.push(e.textContent);
    }
    return out;
  }, sel);
/** Filled by the summary test: what a perencana sees cut at 1366×768. */
let terpotong: string[] | undefined;

/** Header texts of row `hr` that do not show whole (cut sideways or below). */
const kepalaTerpotong = (hr: number): Promise<Array<string | null>> =>
  page.evaluate((r) => {
    return Array.from(document.querySelectorAll(`.kw-grid thead td.kw-sel[data-r="${r}"] .kw-isi`))
      .filter((e) => e.textContent && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
      .map((e) => e.textContent);
  }, hr);

describeBrowser('web-kerja.browser.test')('buku kerja di peramban sebagai alat kerja (1366×768)', () => {
  jest.setTimeout(180_000);

  beforeAll(async () => {
    h = await bukaHalaman({ viewport: { width: 1366, height: 768 }, papanKlip: true });
    page = h.page;
    galat = h.galat;
  }, 600_000);

  afterAll(async () => {
    if (h) await h.tutup();
  });

  test('the first screen at 1366×768: the RAPK with Kode and Indikator frozen beside the B12 block (a, b, realisasi, capaian, kriteria); Pengukuran opens on Kode to Kriteria; titles readable, headers whole', async () => {
    expect(await page.evaluate(() => window.kinerjaWeb.grid.lembar)).toBe(SHEET.RAPK);
    const r = IK('IK01');
    await expect(alamat()).resolves.toBe(a1(r, RK('Realisasi B12')));
    for (const k of ['Kode', 'Indikator', 'Pembilang (a) B12', 'Penyebut (b) B12', 'Realisasi B12', 'Capaian B12', 'Kriteria B12']) {
      expect({ k, kepala: await dalamLayar(selGrid(BARIS_HEADER, RK(k))), sel: await dalamLayar(selGrid(r, RK(k))) }).toEqual({ k, kepala: true, sel: true });
    }
    // Kode and Indikator are frozen: they stay when the columns scroll.
    expect((await kolomTetap()).slice(-2)).toEqual(['D', 'E']);
    await expect(selGrid(r, RK('Capaian B12')).innerText()).resolves.toBe('98,27');
    // The title in A1 stays readable although column A scrolled away.
    const g = (await gulir().boundingBox())!;
    const judul = (await page.locator(`.kw-grid td.kw-sel[data-r="0"][data-c="0"] .kw-isi`).boundingBox())!;
    expect(judul.x).toBeGreaterThanOrEqual(g.x + 46 - 1);
    // No header text is cut: a wrapped header shows whole.
    expect(await kepalaTerpotong(BARIS_HEADER)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'web-1366-rapk.png') });

    // Pengukuran, opened: Kode and Indikator (frozen) beside Target, Realisasi, Capaian and Kriteria.
    await bukaTab(SHEET.PENGUKURAN);
    for (const k of ['Kode', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Kriteria'] as const) {
      expect({ k, kepala: await dalamLayar(selGrid(BARIS_HEADER, UK(k))), sel: await dalamLayar(selGrid(r, UK(k))) }).toEqual({ k, kepala: true, sel: true });
    }
    expect((await kolomTetap()).slice(-2)).toEqual(['D', 'E']);
    await expect(selGrid(r, UK('Capaian')).innerText()).resolves.toBe('98,27');
    const judulU = (await page.locator(`.kw-grid td.kw-sel[data-r="0"][data-c="0"] .kw-isi`).boundingBox())!;
    expect(judulU.x).toBeGreaterThanOrEqual(g.x + 46 - 1);
    expect(await kepalaTerpotong(BARIS_HEADER)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'web-1366-pengukuran.png') });
    await bukaTab(SHEET.RAPK);
    // Back on the RAPK: the same cell, as Excel keeps a selection per sheet.
    await expect(alamat()).resolves.toBe(a1(r, RK('Realisasi B12')));
    expect(galat).toEqual([]);
  });

  test('autosave: a value typed survives a reload (with the sheet and the selection), the line says when it was saved; "Mulai baru" starts over', async () => {
    const r = IK('IK01');
    await ketik(r, RK('Realisasi B12'), '12,34');
    await expect(selGrid(r, RK('Capaian B12')).innerText()).resolves.toBe('22,73'); // 12,34 / 54,3
    await pilih(IK('IK03'), RK('Realisasi B12'));
    await page.evaluate(() => window.kinerjaWeb.tersimpan());
    await expect(page.locator('.kw-simpan-teks').innerText()).resolves.toMatch(/^Tersimpan di peramban ini pukul \d\d\.\d\d\.\d\d/);

    await muatUlang();
    expect(await page.evaluate(() => window.kinerjaWeb.grid.lembar)).toBe(SHEET.RAPK);
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('12,34');
    await expect(selGrid(r, RK('Capaian B12')).innerText()).resolves.toBe('22,73');
    await expect(nilai(SHEET.PENGUKURAN, r, UK('Realisasi'))).resolves.toBe(12.34);
    await expect(alamat()).resolves.toBe(a1(IK('IK03'), RK('Realisasi B12')));
    await expect(page.locator('#kw-status').innerText()).resolves.toMatch(/dibuka kembali dari peramban ini/);
    await expect(page.locator('.kw-simpan-teks').innerText()).resolves.toMatch(/^Dibuka dari simpanan peramban/);
    await page.screenshot({ path: path.join(OUT, 'web-1366-dipulihkan.png') });

    // Mulai baru: asks, then the example again, also after the next reload.
    const tanya = new Promise<string>((resolve) => page.once('dialog', (d) => void d.accept().then(() => resolve(d.message()))));
    await page.locator('.kw-mulai-baru').click();
    await expect(tanya).resolves.toMatch(/^Mulai baru\?/);
    await page.waitForFunction(([rr, cc]) => window.kinerjaWeb.grid.teksSel(rr as number, cc as number) === '53,36', [r, RK('Realisasi B12')]);
    await page.evaluate(() => window.kinerjaWeb.tersimpan());
    await muatUlang();
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('53,36');
    expect(galat).toEqual([]);
  });

  test('Ctrl+Z undoes an edit, Ctrl+Y redoes it; the buttons do the same', async () => {
    await bukaTab(SHEET.RAPK);
    const r = IK('IK02');
    await ketik(r, RK('Realisasi B12'), '77');
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('77,00');
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('WTP');
    // The undone cell is selected, as in Excel.
    await expect(alamat()).resolves.toBe(a1(r, RK('Realisasi B12')));
    await page.keyboard.press('Control+y');
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('77,00');
    await page.getByRole('button', { name: 'Urungkan (Ctrl+Z)' }).click();
    await expect(selGrid(r, RK('Realisasi B12')).innerText()).resolves.toBe('WTP');
    await expect(page.getByRole('button', { name: 'Ulangi (Ctrl+Y)' }).isEnabled()).resolves.toBe(true);
    expect(galat).toEqual([]);
  });

  test('Ctrl+Z undoes a whole sidebar job in one step (Perbarui dari PK after a PK row was deleted: a new RAPK Arsip sheet, cells, formats); its status goes with it', async () => {
    const awal = await semua();
    // The last indicator leaves the PK.
    await bukaTab(SHEET.PK);
    await page.locator(`.kw-grid th.kw-nomor[data-r="${IK('IK17')}"]`).click();
    await page.keyboard.press('Control+-');
    await expect(nilai(SHEET.PK, IK('IK17'), PKK('Kode'))).resolves.toBeNull();
    const sebelum = await semua();
    const metaSebelum = await page.evaluate(() => [...window.kinerjaWeb.bukuKerja.meta.keys()]);
    await expect(perbarui()).resolves.toMatch(/16 indikator, 11 sasaran.*1 dipindah ke RAPK Arsip/);
    await page.waitForFunction((n) => !!document.querySelector(`.kw-tab[data-lembar="${n}"]`), SHEET.RAPK_ARSIP);
    await expect(nilai(SHEET.RAPK, IK('IK17'), RK('Kode'))).resolves.toBeNull();
    // Seven sheets: every tab shows whole beside the save line (which gives way first).
    await expect(page.locator('.kw-tabs').evaluate((e) => e.scrollWidth <= e.clientWidth)).resolves.toBe(true);
    await expect(page.locator('.kw-mulai-baru').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(OUT, 'web-1366-perbarui-arsip.png') });
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => !document.querySelector(`.kw-tab[data-lembar="${n}"]`), SHEET.RAPK_ARSIP);
    expect(await semua()).toEqual(sebelum);
    expect(await page.evaluate(() => [...window.kinerjaWeb.bukuKerja.meta.keys()])).toEqual(metaSebelum);
    // "RAPK dan lembar kerja diperbarui …" no longer describes the workbook.
    await expect(page.locator('[data-bagian="rapk"] .kj-kotak').count()).resolves.toBe(0);
    // Back where the user was.
    expect(await page.evaluate(() => window.kinerjaWeb.grid.lembar)).toBe(SHEET.PK);
    await page.keyboard.press('Control+y');
    await page.waitForFunction((n) => !!document.querySelector(`.kw-tab[data-lembar="${n}"]`), SHEET.RAPK_ARSIP);
    await expect(nilai(SHEET.RAPK, IK('IK17'), RK('Kode'))).resolves.toBeNull();
    // Two steps back: the job, then the row deletion; the workbook is as it was.
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => !document.querySelector(`.kw-tab[data-lembar="${n}"]`), SHEET.RAPK_ARSIP);
    await expect(nilai(SHEET.PK, IK('IK17'), PKK('Kode'))).resolves.toBe('IK17');
    expect(await semua()).toEqual(awal);
    expect(galat).toEqual([]);
  });

  test('Perbarui dari PK at 1366×768: the cursor on the first Pembilang, Kode and Indikator on screen, the whole first quarter (a, b, realisasi, capaian, kriteria) shows; headers wrap', async () => {
    await bukaTab(SHEET.PENGUKURAN);
    await expect(perbarui()).resolves.toMatch(/17 indikator, 12 sasaran/);
    await page.waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, SHEET.RAPK);
    expect(rapkHeaders().slice(3, 5)).toEqual(['Kode', 'Indikator']);
    expect((await kolomTetap()).slice(-2)).toEqual(['D', 'E']);
    await expect(alamat()).resolves.toBe(a1(BARIS_DATA, RK('Pembilang (a) B3')));
    for (const k of ['Kode', 'Indikator', 'Pembilang (a) B3', 'Penyebut (b) B3', 'Realisasi B3', 'Capaian B3', 'Kriteria B3']) {
      expect({ k, terlihat: await dalamLayar(selGrid(BARIS_HEADER, RK(k))) }).toEqual({ k, terlihat: true });
    }
    expect(await kepalaTerpotong(BARIS_HEADER)).toEqual([]);
    // Wrapped on two lines, not cut to "Pembilan…".
    const tinggi = await selGrid(BARIS_HEADER, RK('Pembilang (a) B3')).evaluate((e) => e.getBoundingClientRect().height);
    expect(tinggi).toBeGreaterThan(30);
    await page.screenshot({ path: path.join(OUT, 'web-1366-rapk-isi.png') });
    expect(galat).toEqual([]);
  });

  test('the summary below Pengukuran: its labels, NPS and kriteria on screen when selected (screenshot at 1366×768)', async () => {
    await bukaTab(SHEET.PENGUKURAN);
    const R = await ringkasanHalaman(page);
    await pilih(R.organisasi, R.kolom);
    await expect(selGrid(R.organisasi, R.kolom).innerText()).resolves.toBe('Organisasi');
    await expect(selGrid(R.organisasi, R.kolom + 1).innerText()).resolves.toBe('106,37');
    await expect(selGrid(R.organisasi, R.kolom + 2).innerText()).resolves.toBe('Baik');
    for (const r of [R.header, ...R.perspektif.values(), R.organisasi]) for (const c of [0, 1, 2]) expect({ r, c, terlihat: await dalamLayar(selGrid(r, R.kolom + c)) }).toEqual({ r, c, terlihat: true });
    await page.screenshot({ path: path.join(OUT, 'web-1366-ringkasan.png') });
    // What a perencana cannot read whole on these screens: the summary's labels, Pengukuran's and the RAPK's kriteria.
    const baris = INDIKATOR_2019.map((i) => IK(i.kode));
    const ringkas = [...R.perspektif.values(), R.organisasi];
    const sel: Array<[number, number]> = [
      ...ringkas.flatMap((r): Array<[number, number]> => [[r, R.kolom], [r, R.kolom + 2]]),
      ...baris.map((r): [number, number] => [r, UK('Kriteria')]),
    ];
    terpotong = await terpotongDi(sel);
    await bukaTab(SHEET.RAPK);
    await pilih(IK('IK01'), RK('Kriteria B12'));
    terpotong.push(...(await terpotongDi(baris.map((r) => [r, RK('Kriteria B12')]))));
  });

  // Collected by the test above (which fails if it cannot look): the summary's labels sit under Sasaran (240 px),
  // its kriteria under Indikator; the Kriteria columns are wide enough for "Tidak Dapat Disimpulkan" (RAPK 160 px,
  // Pengukuran 170 px). Before, "Internal Process Pers…" and "Tidak Dapat Disi…" were cut.
  test('every summary label and every kriteria shows whole at 1366×768', () => {
    expect(terpotong).toEqual([]);
  });

  test('a paste of tab-separated text from a spreadsheet lands in the right cells, numbers read as typed', async () => {
    await bukaTab(SHEET.RAPK);
    // A column of realisasi, as Excel or Sheets put it on the clipboard.
    await papanKlip('60\r\nWTP\r\n64,8\r\n');
    await pilih(IK('IK01'), RK('Realisasi B12'));
    await page.keyboard.press('Control+v');
    await expect(selGrid(IK('IK01'), RK('Capaian B12')).innerText()).resolves.toBe('110,50');
    await expect(selGrid(IK('IK02'), RK('Capaian B12')).innerText()).resolves.toBe('100,00');
    await expect(selGrid(IK('IK03'), RK('Capaian B12')).innerText()).resolves.toBe('90,00');
    await expect(nilai(SHEET.RAPK, IK('IK01'), RK('Realisasi B12'))).resolves.toBe(60);
    await expect(nilai(SHEET.RAPK, IK('IK02'), RK('Realisasi B12'))).resolves.toBe('WTP');
    await expect(nilai(SHEET.RAPK, IK('IK03'), RK('Realisasi B12'))).resolves.toBe(64.8);
    await expect(alamat()).resolves.toBe(`${a1(IK('IK01'), RK('Realisasi B12'))}:${a1(IK('IK03'), RK('Realisasi B12'))}`);
    // Pengukuran shows them.
    await expect(nilai(SHEET.PENGUKURAN, IK('IK03'), UK('Capaian'))).resolves.toBeCloseTo(90, 9);
    // A block with a quoted cell holding a line break and a tab, thousands, a percent and a negative (below the summary).
    await bukaTab(SHEET.PENGUKURAN);
    const r0 = (await ringkasanHalaman(page)).organisasi + 3;
    await papanKlip('a\t"baris 1\nbaris\t2"\t1.384.303.000\r\nb\t12,5%\t-2,5\r\n');
    await pilih(r0, 0);
    await page.keyboard.press('Control+v');
    await expect(nilai(SHEET.PENGUKURAN, r0, 0)).resolves.toBe('a');
    await expect(nilai(SHEET.PENGUKURAN, r0, 1)).resolves.toBe('baris 1\nbaris\t2');
    await expect(nilai(SHEET.PENGUKURAN, r0, 2)).resolves.toBe(1384303000);
    await expect(nilai(SHEET.PENGUKURAN, r0 + 1, 0)).resolves.toBe('b');
    await expect(nilai(SHEET.PENGUKURAN, r0 + 1, 1)).resolves.toBe(0.125);
    await expect(teks(r0 + 1, 1)).resolves.toBe('12,5%');
    await expect(nilai(SHEET.PENGUKURAN, r0 + 1, 2)).resolves.toBe(-2.5);
    await expect(nilai(SHEET.PENGUKURAN, r0 + 2, 0)).resolves.toBeNull();
    // Cells copied here carry their formulas (relative references follow), and the text copied is what shows.
    await ketik(r0 + 3, 0, '=C' + (r0 + 2) + '*2');
    await pilih(r0 + 3, 0);
    await page.keyboard.press('Control+c');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('-5\r\n');
    await pilih(r0 + 3, 1);
    await page.keyboard.press('Control+v');
    await expect(rumus(SHEET.PENGUKURAN, r0 + 3, 1)).resolves.toBe(`=D${r0 + 2}*2`);
    // One paste is one undo step.
    await page.keyboard.press('Control+z');
    await expect(rumus(SHEET.PENGUKURAN, r0 + 3, 1)).resolves.toBeUndefined();
    await page.screenshot({ path: path.join(OUT, 'web-1366-tempel.png') });
    expect(galat).toEqual([]);
  });

  test('moving a PK row keeps formulas right, and every indicator its own target, realisasi and capaian, before and after Perbarui (which takes the new order)', async () => {
    const sebelum = await perKode();
    const R = await ringkasanHalaman(page);
    const org = (await nilai(SHEET.PENGUKURAN, R.organisasi, R.kolom + 1)) as number;
    // IK09 moves above IK08 (the same sasaran: indicators of one sasaran stay together).
    const [r8, r9] = [IK('IK08'), IK('IK09')];
    await bukaTab(SHEET.PK);
    // A formula of the user's own on the row that moves, and one elsewhere pointing at it.
    await ketik(r9, PKK('Pagu') + 2, `=${a1(r9, PKK('Target'))}*2`);
    await ketik(IK('IK17') + 3, 0, `=${a1(r9, PKK('Target'))}+1`);
    // Select the IK09 row and move it up with Alt+Shift+↑.
    await page.locator(`.kw-grid th.kw-nomor[data-r="${r9}"]`).click();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(nilai(SHEET.PK, r8, PKK('Kode'))).resolves.toBe('IK09');
    await expect(nilai(SHEET.PK, r9, PKK('Kode'))).resolves.toBe('IK08');
    // The formula moved with its row and still doubles IK09's target (85); the one below follows it.
    await expect(rumus(SHEET.PK, r8, PKK('Pagu') + 2)).resolves.toBe(`=${a1(r8, PKK('Target'))}*2`);
    await expect(nilai(SHEET.PK, r8, PKK('Pagu') + 2)).resolves.toBe(170);
    await expect(rumus(SHEET.PK, IK('IK17') + 3, 0)).resolves.toBe(`=${a1(r8, PKK('Target'))}+1`);
    await expect(nilai(SHEET.PK, IK('IK17') + 3, 0)).resolves.toBe(86);
    // The selection moved with the row.
    await expect(alamat()).resolves.toMatch(new RegExp(`^A${r8 + 1}:`));
    await page.screenshot({ path: path.join(OUT, 'web-1366-pindah-baris.png') });
    // The RAPK's references to the PK followed the moved row (as Excel's do), so nothing is paired with another
    // indicator and nothing is out of date: no warning, every Kode shows its own figures.
    await expect(nilai(SHEET.RAPK, BARIS_SPANDUK, 0)).resolves.toBe('');
    await expect(nilai(SHEET.RAPK, r8, RK('Kode'))).resolves.toBe('IK08');
    expect(await perKode()).toEqual(sebelum);
    // Perbarui: the RAPK and the views take the PK's order; each Kode keeps its figures.
    await expect(perbarui()).resolves.toMatch(/17 dipertahankan/);
    await expect(nilai(SHEET.RAPK, r8, RK('Kode'))).resolves.toBe('IK09');
    await expect(nilai(SHEET.RAPK, r8, RK('Realisasi B12'))).resolves.toBe(97.93);
    await expect(nilai(SHEET.PENGUKURAN, r8, UK('Kode'))).resolves.toBe('IK09');
    await expect(nilai(SHEET.RAPK, BARIS_SPANDUK, 0)).resolves.toBe('');
    expect(await perKode()).toEqual(sebelum);
    await expect(nilai(SHEET.PENGUKURAN, R.organisasi, R.kolom + 1)).resolves.toBeCloseTo(org, 9);
    // And back down through the row menu, then Perbarui again.
    await bukaTab(SHEET.PK);
    await page.locator(`.kw-grid th.kw-nomor[data-r="${r8}"]`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /Pindahkan baris ke bawah/ }).click();
    await expect(nilai(SHEET.PK, r9, PKK('Kode'))).resolves.toBe('IK09');
    await perbarui();
    await expect(nilai(SHEET.RAPK, r9, RK('Kode'))).resolves.toBe('IK09');
    expect(await perKode()).toEqual(sebelum);
    expect(galat).toEqual([]);
  });

  test('inserting and deleting rows: formulas follow, Ctrl+Z puts the row back', async () => {
    await bukaTab(SHEET.PK);
    const kode = PKK('Kode');
    const r = IK('IK09');
    // The formula below the PK points at IK09's target (the test above).
    const f = await rumus(SHEET.PK, IK('IK17') + 3, 0);
    expect(f).toBe(`=${a1(r, PKK('Target'))}+1`);
    await page.locator(`.kw-grid th.kw-nomor[data-r="${r}"]`).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Sisipkan baris di atas' }).click();
    await expect(nilai(SHEET.PK, r, kode)).resolves.toBeNull();
    await expect(nilai(SHEET.PK, r + 1, kode)).resolves.toBe('IK09');
    // The inserted row takes the formats of the row above (the yellow input fill).
    const isian = await page.evaluate(([rr, c]) => window.kinerjaWeb.bukuKerja.gayaSel('PK', rr as number, c as number)?.background, [r, PKK('Target')]);
    expect(isian).toBe(await page.evaluate(([rr, c]) => window.kinerjaWeb.bukuKerja.gayaSel('PK', rr as number, c as number)?.background, [r - 1, PKK('Target')]));
    await expect(rumus(SHEET.PK, IK('IK17') + 4, 0)).resolves.toBe(`=${a1(r + 1, PKK('Target'))}+1`);
    // Delete the IK09 row: what pointed at it says #REF!, as in Excel; Ctrl+Z brings it all back.
    await page.locator(`.kw-grid th.kw-nomor[data-r="${r + 1}"]`).click();
    await page.keyboard.press('Control+-');
    await expect(nilai(SHEET.PK, r + 1, kode)).resolves.toBe('IK10');
    await expect(nilai(SHEET.PK, IK('IK17') + 3, 0)).resolves.toMatch(/^#REF!/);
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(nilai(SHEET.PK, r, kode)).resolves.toBe('IK09');
    await expect(rumus(SHEET.PK, IK('IK17') + 3, 0)).resolves.toBe(f);
    expect(galat).toEqual([]);
  });

  test('Excel habits: Enter moves down, F2 edits, Shift+arrows select, Delete clears the selection in one step, the name box goes to an address', async () => {
    await bukaTab(SHEET.RAPK);
    const r = IK('IK05');
    const k = RK('Realisasi B12');
    await pilih(r, k);
    await page.keyboard.press('Enter');
    await expect(alamat()).resolves.toBe(a1(r + 1, k));
    await expect(page.locator('.kw-editor').count()).resolves.toBe(0);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('F2');
    await expect(page.locator('.kw-editor').inputValue()).resolves.toBe('85,2');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(alamat()).resolves.toBe(`${a1(r, k)}:${a1(r + 2, k)}`);
    await page.keyboard.press('Delete');
    for (let i = 0; i < 3; i++) await expect(nilai(SHEET.RAPK, r + i, k)).resolves.toBeNull();
    // Nothing typed: no capaian (not 0 %, "Sangat Kurang"), here and in Pengukuran.
    await expect(nilai(SHEET.RAPK, r, RK('Capaian B12'))).resolves.toBe('');
    await expect(nilai(SHEET.PENGUKURAN, r, UK('Capaian'))).resolves.toBe('');
    await page.keyboard.press('Control+z');
    await expect(nilai(SHEET.RAPK, r, k)).resolves.toBe(85.2);
    await expect(nilai(SHEET.RAPK, r + 2, k)).resolves.toBe(100);
    // Shift+click and drag select blocks too.
    await selGrid(r, RK('Pembilang (a) B12')).click();
    await selGrid(r + 1, k).click({ modifiers: ['Shift'] });
    await expect(alamat()).resolves.toBe(`${a1(r, RK('Pembilang (a) B12'))}:${a1(r + 1, k)}`);
    const a = (await selGrid(r + 3, RK('Pembilang (a) B12')).boundingBox())!;
    const b = (await selGrid(r + 5, RK('Capaian B12')).boundingBox())!;
    await page.mouse.move(a.x + 5, a.y + 5);
    await page.mouse.down();
    await page.mouse.move(b.x + 5, b.y + 5, { steps: 4 });
    await page.mouse.up();
    await expect(alamat()).resolves.toBe(`${a1(r + 3, RK('Pembilang (a) B12'))}:${a1(r + 5, RK('Capaian B12'))}`);
    // The name box.
    const kotakNama = page.locator('.kw-alamat');
    await kotakNama.click();
    await kotakNama.fill('PK!J7');
    await kotakNama.press('Enter');
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'PK');
    await expect(alamat()).resolves.toBe('J7');
    await kotakNama.click();
    await kotakNama.fill('ZZZ0');
    await kotakNama.press('Enter');
    await expect(page.locator('.kw-bilah-galat').innerText()).resolves.toBe('⚠ Alamat "ZZZ0" tidak dikenal. Tulis misalnya J5, A5:C9 atau PK!J5.');
    await kotakNama.press('Escape');
    await expect(alamat()).resolves.toBe('J7');
    expect(galat).toEqual([]);
  });

  test('a formula that cannot be read says why in Indonesian; the number-format menu un-formats a percent', async () => {
    await bukaTab(SHEET.PENGUKURAN);
    const r = (await ringkasanHalaman(page)).organisasi + 8;
    await ketik(r, 0, '=A1+');
    await pilih(r, 0);
    const baris = page.locator('.kw-bilah-galat');
    await expect(baris.innerText()).resolves.toMatch(/^⚠ A\d+: #ERROR! — rumus tidak dapat dibaca: rumus berhenti di tengah/);
    expect(await baris.innerText()).not.toMatch(/Parsing|Expecting|token|found/i);
    await ketik(r, 1, '=SUM(1;2');
    await pilih(r, 1);
    await expect(baris.innerText()).resolves.toMatch(/tanda kurung tutup "\)" kurang/);
    // 100 formatted as a percent shows 10000%; Umum shows 100 again.
    await ketik(r, 2, '100');
    await pilih(r, 2);
    await page.locator('.kw-format').selectOption({ label: 'Persen' });
    await expect(teks(r, 2)).resolves.toBe('10000,00%');
    await pilih(r, 2);
    await expect(page.locator('.kw-format').inputValue()).resolves.toBe('0.00%');
    await page.locator('.kw-format').selectOption({ label: 'Umum' });
    await expect(teks(r, 2)).resolves.toBe('100');
    await page.locator('.kw-format').selectOption({ label: 'Angka 2 desimal' });
    await expect(teks(r, 2)).resolves.toBe('100,00');
    expect(galat).toEqual([]);
  });

  test('a column border dragged resizes the column (one undo step); a sheet is renamed in place and deleted after a question', async () => {
    await bukaTab(SHEET.PENGUKURAN);
    const c = UK('Indikator');
    const lebar = (): Promise<number> => page.evaluate((cc) => window.kinerjaWeb.bukuKerja.metaLembar('Pengukuran').lebar[cc as number], c);
    const awal = await lebar();
    const geser = page.locator(`.kw-geser-kolom[data-c="${c}"]`);
    const b = (await geser.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 - 80, b.y + b.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(lebar()).resolves.toBe(awal - 80);
    await expect(selGrid(BARIS_HEADER, c).evaluate((e) => Math.round(e.getBoundingClientRect().width))).resolves.toBe(awal - 80);
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await expect(lebar()).resolves.toBe(awal);

    // Rename: double-click the tab, type, Enter. A name Excel refuses is refused in Indonesian.
    await page.locator('.kw-tab[data-lembar="Renstra"]').dblclick();
    const nama = page.locator('.kw-tab-nama');
    await nama.fill('Renstra/2024');
    await nama.press('Enter');
    await expect(page.locator('.kw-bilah-galat').innerText()).resolves.toMatch(/^⚠ Nama lembar "Renstra\/2024" memuat karakter yang tidak boleh dipakai/);
    await nama.fill('Renstra 2020-2024');
    await nama.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('.kw-tab[data-lembar="Renstra 2020-2024"]'));
    expect(await tabs()).toContain('Renstra 2020-2024');
    // Delete through the tab's menu: asks first; cancelled, nothing happens; accepted, the sheet goes; Ctrl+Z brings it back.
    await page.locator('.kw-tab[data-lembar="Renstra 2020-2024"]').click({ button: 'right' });
    const batal = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.message()))));
    await page.getByRole('menuitem', { name: 'Hapus lembar…' }).click();
    await expect(batal).resolves.toMatch(/^Hapus lembar "Renstra 2020-2024"/);
    expect(await tabs()).toContain('Renstra 2020-2024');
    await page.locator('.kw-tab[data-lembar="Renstra 2020-2024"]').click({ button: 'right' });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('menuitem', { name: 'Hapus lembar…' }).click();
    await page.waitForFunction(() => !document.querySelector('.kw-tab[data-lembar="Renstra 2020-2024"]'));
    await gulir().focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !!document.querySelector('.kw-tab[data-lembar="Renstra 2020-2024"]'));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !!document.querySelector('.kw-tab[data-lembar="Renstra"]'));
    expect(galat).toEqual([]);
  });

  test('the panel follows the workbook: an edit clears a job result; Buku kosong, Contoh and Buka give a fresh panel; the download is named after the workbook', async () => {
    await perbarui();
    const kotak = page.locator('[data-bagian="rapk"] .kj-kotak');
    await bukaTab(SHEET.RAPK);
    await ketik(IK('IK04'), RK('Realisasi B12'), '70');
    await expect(kotak.count()).resolves.toBe(0);
    await tombol('Periksa').click();
    await page.locator('[data-bagian="periksa"] .kj-hasil > *').first().waitFor();
    page.once('dialog', (d) => void d.accept());
    await tombol('Buku kosong').click();
    await page.waitForFunction(() => window.kinerjaWeb.grid.lembar === 'Lembar1');
    await expect(page.locator('[data-bagian="periksa"] .kj-hasil > *').count()).resolves.toBe(0);
    await expect(page.locator('.kj-usang').count()).resolves.toBe(0);
    const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol('Unduh .xlsx').click()]);
    expect(unduhan.suggestedFilename()).toBe('Buku kerja Kinerja.xlsx');
    await expect(page.title()).resolves.toBe('Buku kerja Kinerja — Kinerja');
    expect(galat).toEqual([]);
  });
});
