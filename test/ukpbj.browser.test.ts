/**
 * "Sisipkan templat UKPBJ" in the browser workbook (dist/web, Debian's
 * Chromium at 1366×768), from the panel with the example: the sheets are
 * there, the per-indicator figures the page computes equal core's compile of
 * the page's own workbook, and screenshots of the Paket, Indikator UKPBJ and
 * Capaian UKPBJ sheets and the Laporan UKPBJ: test-output/ukpbj-paket.png,
 * ukpbj-indikator.png, ukpbj-capaian.png, ukpbj-laporan.png.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { Halaman, OUT, alatGrid, bukaHalaman, describeBrowser } from './web-peramban';
import { LEMBAR_UKPBJ } from '../core/ukpbj/kolom';
import { bacaUkpbj } from '../core/ukpbj/model';
import { kompilasi } from '../core/ukpbj/hitung';
import { bacaModelPengaturan } from '../core/model/pengaturan';
import { BARIS_HEADER_CAPAIAN, CAPAIAN_HEADER } from '../core/lembar/ukpbj-hitung';
import { WorkbookSnapshot, getSheet } from '../core/workbook';

let h: Halaman | undefined;
let page: Page;
const { tombol, bukaTab } = alatGrid(() => page);

describeBrowser('ukpbj.browser.test')('Templat UKPBJ di buku kerja peramban (1366×768)', () => {
  jest.setTimeout(300_000);

  beforeAll(async () => {
    h = await bukaHalaman({ viewport: { width: 1366, height: 768 } });
    page = h.page;
  }, 600_000);

  afterAll(async () => {
    if (h) await h.tutup();
  });

  test('Sisipkan templat UKPBJ dengan contoh dari panel: lembar Paket terbuka', async () => {
    await page.getByText('Isi dengan contoh rekaan (60 paket Kabupaten Contoh)').click();
    await tombol('Sisipkan templat UKPBJ').click();
    const hasil = page.locator('[data-bagian="ukpbj"] .kj-ok');
    await hasil.waitFor({ timeout: 120_000 });
    await expect(hasil.textContent()).resolves.toMatch(/Templat UKPBJ disisipkan dengan contoh rekaan Kabupaten Contoh: lembar Tujuan & Area, Indikator UKPBJ, Target, Rencana Aksi, Paket, lalu Kinerja Paket, Paket per Indikator, Capaian UKPBJ dan Laporan UKPBJ \(60 baris paket, 14 indikator\)/);
    await page.waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, LEMBAR_UKPBJ.PAKET);
    const teks = await page.locator('.kw-grid').innerText();
    expect(teks).toContain('CONTOH REKAAN Kabupaten Contoh');
    expect(teks).toContain('Kode paket');
    await page.screenshot({ path: path.join(OUT, 'ukpbj-paket.png') });
    expect(h!.galat).toEqual([]);
  });

  test('lembar Indikator UKPBJ: rumus sebagai data', async () => {
    await bukaTab(LEMBAR_UKPBJ.INDIKATOR);
    const teks = await page.locator('.kw-grid').innerText();
    for (const x of ['EF-H', 'Efisiensi pengadaan terhadap HPS', 'Penghematan Biaya']) expect(teks).toContain(x);
    await page.screenshot({ path: path.join(OUT, 'ukpbj-indikator.png') });
  });

  test('Capaian UKPBJ: angka halaman sama dengan kompilasi core atas buku kerja halaman itu', async () => {
    await bukaTab(LEMBAR_UKPBJ.CAPAIAN);
    const wb = (await page.evaluate(() => {
      const bk = window.kinerjaWeb.bukuKerja;
      return bk.bacaSnapshot(bk.namaLembar());
    })) as WorkbookSnapshot;
    const mp = bacaModelPengaturan(wb);
    const c = getSheet(wb, LEMBAR_UKPBJ.CAPAIAN);
    const rows = (c?.values ?? []).slice(BARIS_HEADER_CAPAIAN + 1);
    const k = kompilasi(bacaUkpbj(wb), mp.tahun, mp.periodeLaporan);
    const dihitung = k.indikator.filter((x) => x.agregat && typeof x.agregat.realisasi === 'number');
    expect(dihitung.length).toBe(11);
    for (const x of dihitung) {
      const r = rows.find((y) => y[0] === x.ind.kode) ?? [];
      expect([x.ind.kode, r[CAPAIAN_HEADER.indexOf('n dihitung')]]).toEqual([x.ind.kode, x.agregat?.n]);
      expect(r[CAPAIAN_HEADER.indexOf('Realisasi')] as number).toBeCloseTo(x.agregat?.realisasi as number, 9);
    }
    await page.screenshot({ path: path.join(OUT, 'ukpbj-capaian.png') });
    expect(h!.galat).toEqual([]);
  });

  test('Laporan UKPBJ: per indikator, per area strategis dan per OPD', async () => {
    await bukaTab(LEMBAR_UKPBJ.LAPORAN);
    const teks = await page.locator('.kw-grid').innerText();
    for (const x of ['I. Per indikator', 'II. Per area strategis', 'A1 Infrastruktur jalan dan jembatan', '1 dari 2 selesai']) expect(teks).toContain(x);
    // Section III lies below the first screen (the grid draws what is in view): read it from the workbook.
    const kolomA = (await page.evaluate((n) => window.kinerjaWeb.bukuKerja.bacaSnapshot([n]).sheets[0].values.map((r) => r[0]), LEMBAR_UKPBJ.LAPORAN)) as unknown[];
    expect(kolomA).toContain('III. Per OPD');
    expect(kolomA).toContain('RSUD Kabupaten Contoh');
    await page.screenshot({ path: path.join(OUT, 'ukpbj-laporan.png') });
    expect(h!.galat).toEqual([]);
  });

  test('Impor paket: sel yang disalin dari spreadsheet (tab) ditempel di panel, satu paket baru dan satu diperbarui menurut kodenya', async () => {
    const tsv = ['kd_paket\tnama_paket\tpagu\tstatus_tender\tmtd_pemilihan', '9000000\tNama baru dari SPSE\tRp 1.500.000.000,00\tSelesai\tTender', '7777777\tPaket baru\t250000000\tBerlangsung\tTender Cepat'].join('\n');
    await page.locator('[data-bagian="ukpbj"] textarea').fill(tsv);
    await tombol('Impor paket').click();
    const hasil = page.locator('[data-bagian="ukpbj"] .kj-ok');
    await page.waitForFunction(() => /Impor paket/.test(document.querySelector('[data-bagian="ukpbj"] .kj-ok')?.textContent ?? ''), null, { timeout: 120_000 });
    await expect(hasil.textContent()).resolves.toMatch(/^Impor paket: 1 paket baru, 1 diperbarui\. .*61 baris paket, 14 indikator/);
    const teks = await page.locator('.kw-grid').innerText();
    expect(teks).toContain('Nama baru dari SPSE');
    expect(h!.galat).toEqual([]);
  });
});
