/**
 * The Laporan in the browser workbook (what ships: dist/web, in Debian's
 * Chromium at 1366×768): Buat Laporan from the panel, the charts drawn over
 * the grid, Unduh .xlsx carrying them as pictures with each sheet's print
 * setup, and Unduh Bab III (.docx) opening in LibreOffice Writer.
 * Screenshots: test-output/laporan-*.png, pages of the PDF: test-output/bab3-*.png.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { Halaman, OUT, alatGrid, bukaHalaman, describeBrowser } from './web-peramban';
import { SHEET } from '../core/layout';
import { LEMBAR_LAPORAN } from '../core/laporan/lembar';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

let h: Halaman | undefined;
let page: Page;
const { tombol } = alatGrid(() => page);

/** LibreOffice headless to PDF (its own profile): the PDF's path. */
function kePdf(berkas: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lap-'));
  execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--convert-to', 'pdf', '--outdir', dir, berkas], { stdio: 'ignore', timeout: 240_000 });
  return path.join(dir, `${path.basename(berkas).replace(/\.[^.]+$/, '')}.pdf`);
}

/** The page (1-based) of a PDF whose text holds `teks`, saved as PNG. */
function halamanKePng(pdf: string, teks: string, berkas: string): number {
  const halaman = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const i = halaman.findIndex((x) => x.includes(teks));
  expect(i).toBeGreaterThanOrEqual(0);
  execFileSync('pdftoppm', ['-f', String(i + 1), '-l', String(i + 1), '-r', '80', '-png', '-singlefile', pdf, path.join(OUT, berkas.replace(/\.png$/, ''))]);
  return i + 1;
}

describeBrowser('laporan.browser.test')('Laporan di buku kerja peramban (1366×768)', () => {
  jest.setTimeout(300_000);

  beforeAll(async () => {
    h = await bukaHalaman({ viewport: { width: 1366, height: 768 } });
    page = h.page;
  }, 600_000);

  afterAll(async () => {
    if (h) await h.tutup();
  });

  test('Buat Laporan dari panel: lembar Laporan terbuka pada ringkasannya', async () => {
    await page.getByRole('button', { name: 'Buat Laporan', exact: true }).click();
    const hasil = page.locator('[data-bagian="laporan"] .kj-ok');
    await hasil.waitFor({ timeout: 60_000 });
    await expect(hasil.textContent()).resolves.toMatch(/Lembar Laporan dibuat: .*NPS organisasi 106,37 \(Baik\); 3 grafik/);
    await page.waitForFunction((n) => window.kinerjaWeb.grid.lembar === n, LEMBAR_LAPORAN);
    const teks = await page.locator('.kw-grid').innerText();
    expect(teks).toContain('LAPORAN KINERJA 2019: BAB III AKUNTABILITAS KINERJA');
    expect(teks).toContain('I. RINGKASAN');
    expect(teks).toMatch(/106,37/);
    await page.screenshot({ path: path.join(OUT, 'laporan-peramban.png') });
    expect(h!.galat).toEqual([]);
  });

  test('tiga grafik digambar di atas sel tempatnya, dari angka Laporan (98,85 … 132,16; garis 100)', async () => {
    const grafik = page.locator('.kw-grid .kw-grafik');
    await expect(grafik.count()).resolves.toBe(3);
    const g1 = grafik.nth(0);
    await expect(g1.getAttribute('aria-label')).resolves.toMatch(/^Grafik 1\. Capaian per sasaran/);
    // 12 bars (one per sasaran) and one line (the target 100).
    await expect(g1.locator('svg rect.batang').count()).resolves.toBe(12);
    await expect(g1.locator('svg path').count()).resolves.toBe(1);
    const label = await g1.locator('svg text').allTextContents();
    for (const x of ['98,85', '107,58', '132,16', '131,08', '115,11', '96,73']) expect(label).toContain(x);
    // Chart 1 sits where the plan anchors it: scroll to it and take the screen.
    await page.evaluate(() => {
      const el = document.querySelector('.kw-grid .kw-grafik') as HTMLElement;
      const gulir = document.querySelector('.kw-gulir') as HTMLElement;
      gulir.scrollTop = el.offsetTop - 170;
    });
    await page.waitForTimeout(300);
    const kotak = await g1.boundingBox();
    expect(kotak!.width).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(OUT, 'laporan-peramban-grafik.png') });
    // Chart 3 follows the Kode typed in its cell: IK06 (kumulatif 25/50/75/100, realisasi only in B12).
    const r = await page.evaluate(() => {
      const bk = window.kinerjaWeb.bukuKerja;
      const v = bk.bacaSnapshot(['Laporan']).sheets[0].values;
      return v.findIndex((row) => String(row?.[1] ?? '').startsWith('Kode indikator grafik 3'));
    });
    await page.evaluate((rr) => window.kinerjaWeb.bukuKerja.isiSel('Laporan', rr, 2, 'IK06'), r);
    const g3 = grafik.nth(2);
    await expect(g3.locator('svg circle').count()).resolves.toBe(5); // 4 target points, 1 realisasi point: no zeros drawn
    expect(h!.galat).toEqual([]);
  });

  test('Unduh .xlsx: grafik sebagai gambar PNG di lembar Laporan; setiap lembar lanskap, satu halaman lebar, baris judul berulang', async () => {
    const [unduhan] = await Promise.all([page.waitForEvent('download'), tombol('Unduh .xlsx').click()]);
    const berkas = path.join(OUT, 'laporan-contoh.xlsx');
    await unduhan.saveAs(berkas);
    const zip = await JSZip.loadAsync(fs.readFileSync(berkas));
    const media = Object.keys(zip.files).filter((f) => /^xl\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(3);
    for (const f of media) {
      const b = await zip.file(f)!.async('uint8array');
      expect(Array.from(b.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(b.length).toBeGreaterThan(5000);
    }
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const nama = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({ nama: m[1], target: new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?xl\//, '') }));
    for (const s of [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN, LEMBAR_LAPORAN]) {
      const x = nama.find((n) => n.nama === s)!;
      const xml = await zip.file(`xl/${x.target}`)!.async('string');
      expect([s, /<pageSetup[^>]*orientation="landscape"/.test(xml), /<pageSetup[^>]*fitToWidth="1"/.test(xml), /<pageSetup[^>]*fitToHeight="0"/.test(xml), /<pageSetUpPr[^>]*fitToPage="1"/.test(xml)]).toEqual([s, true, true, true, true]);
      if (s === LEMBAR_LAPORAN) expect(xml).toMatch(/<drawing r:id="/);
    }
    // Header rows repeated: a print-titles name per table sheet.
    for (const s of [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, LEMBAR_LAPORAN]) expect(wbXml).toMatch(new RegExp(`_xlnm\\.Print_Titles[^>]*localSheetId="${nama.findIndex((n) => n.nama === s)}"`));
    const drawing = Object.keys(zip.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!;
    expect(((await zip.file(drawing)!.async('string')).match(/<xdr:oneCellAnchor/g) ?? []).length).toBe(3);
  });

  (SOFFICE ? test : test.skip)('dicetak: halaman buku kerja contoh beserta Laporan (LibreOffice), grafik ada di halaman Laporan', () => {
    const pdf = kePdf(path.join(OUT, 'laporan-contoh.xlsx'));
    const jumlah = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    // eslint-disable-next-line no-console
    console.log(`buku kerja contoh dengan Laporan, dicetak (LibreOffice): ${jumlah} halaman lanskap`);
    const hal = halamanKePng(pdf, 'Tabel 2. Nilai Pencapaian Sasaran', 'laporan-cetak-halaman.png');
    expect(hal).toBeGreaterThan(0);
  });

  (SOFFICE ? test : test.skip)('Unduh Bab III (.docx): dibuka LibreOffice Writer, PDF-nya memuat Ringkasan dan grafik', async () => {
    // The page's toolbar (beside Unduh .xlsx) and the panel's Laporan card both offer it.
    const [unduhan] = await Promise.all([page.waitForEvent('download'), page.locator('#kw-bab3').click()]);
    expect(unduhan.suggestedFilename()).toBe('Bab III Contoh LAKIP 2019.docx');
    const [dariPanel] = await Promise.all([page.waitForEvent('download'), page.locator('[data-bagian="laporan"] [data-job="bab3"]').click()]);
    expect(dariPanel.suggestedFilename()).toBe('Bab III Contoh LAKIP 2019.docx');
    await expect(page.locator('[data-bagian="laporan"] .kj-ok').textContent()).resolves.toMatch(/Bab III Contoh LAKIP 2019\.docx diunduh/);
    const berkas = path.join(OUT, 'bab3-contoh.docx');
    await unduhan.saveAs(berkas);
    await expect(page.locator('#kw-status').textContent()).resolves.toMatch(/Bab III Contoh LAKIP 2019\.docx diunduh/);
    const zip = await JSZip.loadAsync(fs.readFileSync(berkas));
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(4); // capaian per sasaran, NPS per perspektif, IK01 and IK09 (the example's IKU)
    const pdf = kePdf(berkas);
    const teks = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(teks).toContain('Ringkasan Eksekutif');
    expect(teks).toMatch(/sebesar 106,37 dengan kategori Baik/);
    const jumlah = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    // eslint-disable-next-line no-console
    console.log(`Bab III (.docx) contoh 2019 → PDF (LibreOffice): ${jumlah} halaman`);
    halamanKePng(pdf, 'BAB III', 'bab3-halaman-1.png');
    halamanKePng(pdf, 'Gambar 1.', 'bab3-halaman-grafik.png');
    expect(h!.galat).toEqual([]);
  });
});
