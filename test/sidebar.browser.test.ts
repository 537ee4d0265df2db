/**
 * The sidebar in a real browser: sidebar/ is bundled with webpack (Node API)
 * together with test/fixtures/sidebar-harness.ts (a fake HostBridge the test
 * controls through window.__palsu), served from 127.0.0.1 and driven in
 * Debian's Chromium at the width of an Excel task pane (320 px).
 * Screenshots go to test-output/sidebar-*.png.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Browser, Page } from 'playwright-core';
import type { HasilOperasi, HasilPeriksa, Temuan } from '../sidebar/bridge';
import { bundelHarness } from './helpers/bundel-harness';

const CHROMIUM = '/usr/bin/chromium';
const ADA_CHROMIUM = fs.existsSync(CHROMIUM);
const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'test-output');
const LEBAR = 320;

if (!ADA_CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn(`[sidebar.browser.test] ${CHROMIUM} tidak ada: uji peramban sidebar DILEWATI (apt-get install chromium).`);
}
const describeBrowser = ADA_CHROMIUM ? describe : describe.skip;

// ---------------------------------------------------------------------------
// Fixtures: findings like those of the 2019 example workbook (seed 001).

const T = (sheet: string, sel: string, tingkat: Temuan['tingkat'], kode: string, pesan: string, saran: string): Temuan => ({ sheet, sel, tingkat, kode, pesan, saran });

const TEMUAN_2019: Temuan[] = [
  T('PK', 'J7', 'Kesalahan', 'TARGET_KOSONG', 'Target indikator IK05 (Indeks Opini Publik BPOM) kosong.', 'Isi target tahunan, misalnya 65.'),
  T('PK', 'J10', 'Peringatan', 'SATUAN_BERBEDA', 'Target IK08 tertulis 0,89 (format persen) sedangkan realisasi 86,05: satuannya berbeda.', 'Tulis target sebagai 89 (poin persen), bukan 89%.'),
  T('PK', 'A20', 'Peringatan', 'KODE_GANDA', 'Kode indikator IK11 dipakai dua kali (baris 14 dan 20).', 'Beri setiap indikator kode yang unik.'),
  T('RAPK', 'T9', 'Kesalahan', 'REALISASI_BUKAN_ANGKA', 'Realisasi B12 IK04 "delapan puluh" bukan angka atau label yang dikenal.', 'Tulis angka, misalnya 80,62.'),
  T('Pengukuran', 'K8', 'Info', 'CAPAIAN_DI_ATAS_120', 'Capaian IK04 132,16 melebihi 120: kriteria "Tidak Dapat Disimpulkan".', 'Tinjau kembali target indikator ini (LAKIP 2019, Saran 1).'),
  T('Pengukuran', 'O24', 'Peringatan', 'KRITERIA_BERBEDA', 'Kriteria organisasi tertulis "Sangat Baik", padahal NPS 106,37 termasuk Baik (Tabel 3).', 'Ganti menjadi "Baik".'),
  T('Anggaran dan Efisiensi', 'D5', 'Kesalahan', 'ANGGARAN_MELEBIHI_PAGU', 'Realisasi anggaran sasaran 3 (Rp305.120.000.000) melebihi pagu (Rp303.776.520.000).', 'Periksa angka realisasi anggaran atau pagu.'),
];

const jumlah = (temuan: Temuan[]): HasilPeriksa['jumlah'] => ({
  Kesalahan: temuan.filter((x) => x.tingkat === 'Kesalahan').length,
  Peringatan: temuan.filter((x) => x.tingkat === 'Peringatan').length,
  Info: temuan.filter((x) => x.tingkat === 'Info').length,
});

const PERIKSA_2019: HasilPeriksa = {
  temuan: TEMUAN_2019,
  jumlah: jumlah(TEMUAN_2019),
  ringkasan: '7 temuan di 4 lembar: 3 kesalahan, 3 peringatan, 1 info.',
};

const RAPK_OK: HasilOperasi = {
  ok: true,
  pesan: 'RAPK dan lembar kerja diperbarui (17 indikator, 12 sasaran, periode triwulan (B3, B6, B9, B12); Pengukuran menampilkan Triwulan IV (s.d. Desember)): 2 dipindah ke RAPK Arsip, 17 dipertahankan (15 isian realisasi/pembilang/penyebut tetap).',
  catatan: ['Indikator yang tidak ada lagi di PK dipindah ke lembar RAPK Arsip beserta isiannya: IK18, IK19.'],
};

const XSS = '<img src=x onerror="window.__xss=1">';

// ---------------------------------------------------------------------------
// Build, serve, launch

let tmp = '';
let server: http.Server | undefined;
let base = '';
let browser: Browser | undefined;
const diminta: string[] = [];

async function bundel(outDir: string): Promise<void> {
  await bundelHarness(path.join(ROOT, 'test/fixtures/sidebar-harness.ts'), outDir);
}

const HTML = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kinerja</title><style>html,body{margin:0;padding:0;background:#f7f7f7}</style></head>
<body><main id="kinerja-root">Memuat Kinerja…</main><script src="harness.js"></script></body></html>`;

async function layani(dir: string): Promise<string> {
  server = http.createServer((req, res) => {
    const url = (req.url || '/').split('?')[0];
    diminta.push(url);
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(HTML);
    }
    if (url === '/harness.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return res.end(fs.readFileSync(path.join(dir, 'harness.js')));
    }
    if (url === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

interface Halaman {
  page: Page;
  galat: string[];
}

async function buka(query = ''): Promise<Halaman> {
  const page = await browser!.newPage({ viewport: { width: LEBAR, height: 760 } });
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  await page.goto(base + query);
  await page.waitForFunction(() => window.__siap === true);
  return { page, galat };
}

async function atur(page: Page, isi: Record<string, unknown>): Promise<void> {
  await page.evaluate((v) => Object.assign(window.__palsu, v), isi);
}

const panggilan = (page: Page) => page.evaluate(() => window.__palsu.panggilan);
const tombol = (page: Page, nama: string | RegExp) => page.getByRole('button', { name: nama, exact: typeof nama === 'string' });

// ---------------------------------------------------------------------------

describeBrowser('sidebar di Chromium (lebar panel 320 px)', () => {
  jest.setTimeout(60_000);

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-sidebar-'));
    await bundel(tmp);
    base = await layani(tmp);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 120_000);

  afterAll(async () => {
    if (browser) await browser.close();
    if (server) await new Promise((r) => server!.close(r));
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('tampil dalam bahasa Indonesia, dengan nama host di kaki', async () => {
    const { page, galat } = await buka('?host=Excel&versi=0.1.0');
    await expect(page.locator('h1').textContent()).resolves.toBe('Kinerja');
    for (const nama of ['Sisipkan templat', 'Perbarui dari PK', 'Periksa']) await expect(tombol(page, nama).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Isi dengan contoh LAKIP 2019 (BPOM Sekretariat Utama)').isVisible()).resolves.toBe(true);
    const teks = await page.locator('#kinerja-root').innerText();
    expect(teks).toContain('RAPK dan lembar kerja');
    expect(teks).toContain('Periksa buku kerja');
    expect(teks).not.toMatch(/\b(Insert|Check|Build|Warning|Error)\b/);
    await expect(page.locator('footer').innerText()).resolves.toBe('Excel · Kinerja versi 0.1.0');
    await expect(page.locator('#kinerja-root').getAttribute('lang')).resolves.toBe('id');
    // Nothing overflows the pane horizontally.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(LEBAR);
    await page.screenshot({ path: path.join(OUT, 'sidebar-awal.png'), fullPage: true });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('English is the second locale', async () => {
    const { page } = await buka('?bahasa=en');
    await expect(tombol(page, 'Insert templates').isVisible()).resolves.toBe(true);
    await expect(tombol(page, 'Update from PK').isVisible()).resolves.toBe(true);
    await expect(page.locator('#kinerja-root').getAttribute('lang')).resolves.toBe('en');
    await page.close();
  });

  test('Sisipkan templat meneruskan pilihan contoh dan menampilkan pesan serta catatan', async () => {
    const { page, galat } = await buka();
    await atur(page, { templat: { ok: true, pesan: 'Templat disisipkan: 5 lembar.', catatan: ['Lembar "PK" diisi 17 indikator contoh LAKIP 2019.'] } });
    await page.getByLabel('Isi dengan contoh LAKIP 2019 (BPOM Sekretariat Utama)').check();
    await tombol(page, 'Sisipkan templat').click();
    const kartu = page.locator('[data-bagian="templat"]');
    await kartu.locator('.kj-ok').waitFor();
    await expect(kartu.locator('.kj-kotak-pesan').textContent()).resolves.toBe('Templat disisipkan: 5 lembar.');
    await expect(kartu.locator('.kj-catatan li').allTextContents()).resolves.toEqual(['Lembar "PK" diisi 17 indikator contoh LAKIP 2019.']);
    await expect(panggilan(page)).resolves.toMatchObject({ sisipkanTemplat: [{ contoh: true }] });

    // ok: false (refused by core, nothing written) reads as an error, next to the button.
    await atur(page, { templat: { ok: false, pesan: 'Nama lembar "PK" sudah dipakai. Ganti nama lembar itu dulu, lalu coba lagi.', catatan: [] } });
    await page.getByLabel(/Isi dengan contoh/).uncheck();
    await tombol(page, 'Sisipkan templat').click();
    await kartu.locator('.kj-galat[role="alert"]').waitFor();
    await expect(kartu.locator('.kj-galat').innerText()).resolves.toBe('Nama lembar "PK" sudah dipakai. Ganti nama lembar itu dulu, lalu coba lagi.');
    await expect(panggilan(page)).resolves.toMatchObject({ sisipkanTemplat: [{ contoh: true }, { contoh: false }] });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('Perbarui dari PK: satu klik, pesan dan catatan (baris dipindah ke RAPK Arsip)', async () => {
    const { page, galat } = await buka('?host=Excel&versi=0.1.0');
    await atur(page, { rapk: RAPK_OK, jeda: 150 });
    await tombol(page, 'Perbarui dari PK').click();
    const kartu = page.locator('[data-bagian="rapk"]');
    await kartu.locator('.kj-ok').waitFor();
    await expect(kartu.locator('.kj-kotak-pesan').textContent()).resolves.toBe(RAPK_OK.pesan);
    await expect(kartu.locator('.kj-catatan li').allTextContents()).resolves.toEqual(RAPK_OK.catatan);
    await expect(panggilan(page)).resolves.toMatchObject({ buatRapk: 1 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(LEBAR);
    await page.screenshot({ path: path.join(OUT, 'sidebar-rapk.png'), fullPage: true });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('Periksa: jumlah per tingkat, temuan dikelompokkan per lembar, klik/Enter memilih sel', async () => {
    const { page, galat } = await buka('?host=Excel&versi=0.1.0');
    await atur(page, { periksa: PERIKSA_2019 });
    await tombol(page, 'Periksa').click();
    const kartu = page.locator('[data-bagian="periksa"]');
    await kartu.locator('.kj-temuan').first().waitFor();

    // Counts with badges, in order.
    await expect(kartu.locator('.kj-lencana').allTextContents()).resolves.toEqual(['3 Kesalahan', '3 Peringatan', '1 Info']);
    // Groups by sheet, in order of appearance, each with its count.
    await expect(kartu.locator('.kj-grup-nama').allTextContents()).resolves.toEqual(['PK', 'RAPK', 'Pengukuran', 'Anggaran dan Efisiensi']);
    await expect(kartu.locator('.kj-grup-jml').allTextContents()).resolves.toEqual(['3 temuan', '1 temuan', '2 temuan', '1 temuan']);
    // Within a sheet, most severe first.
    await expect(kartu.locator('[data-sheet="Pengukuran"] .kj-chip').allTextContents()).resolves.toEqual(['Peringatan', 'Info']);
    // A finding shows tingkat, address, pesan and saran.
    const pertama = kartu.locator('.kj-temuan').first();
    await expect(pertama.locator('.kj-chip').textContent()).resolves.toBe('Kesalahan');
    await expect(pertama.locator('.kj-alamat').textContent()).resolves.toBe('PK!J7');
    await expect(pertama.locator('.kj-temuan-pesan').textContent()).resolves.toBe(TEMUAN_2019[0].pesan);
    await expect(pertama.locator('.kj-temuan-saran').textContent()).resolves.toBe('Saran: Isi target tahunan, misalnya 65.');
    await expect(kartu.locator('[data-sheet="Anggaran dan Efisiensi"] .kj-alamat').textContent()).resolves.toBe("'Anggaran dan Efisiensi'!D5");
    // The button now refreshes.
    await expect(tombol(page, 'Periksa ulang').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(LEBAR);

    await page.screenshot({ path: path.join(OUT, 'sidebar-periksa.png'), fullPage: true });

    // Click -> pilihSel(sheet, sel).
    await kartu.locator('.kj-temuan', { hasText: 'IK08' }).click();
    await expect(panggilan(page)).resolves.toMatchObject({ pilihSel: [{ sheet: 'PK', sel: 'J10' }] });
    await expect(kartu.locator('.kj-temuan[aria-current="true"] .kj-alamat').textContent()).resolves.toBe('PK!J10');
    // Keyboard: focus + Enter.
    await kartu.locator('.kj-temuan', { hasText: 'melebihi pagu' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__palsu.panggilan.pilihSel.length === 2);
    await expect(panggilan(page)).resolves.toMatchObject({ pilihSel: [{ sheet: 'PK', sel: 'J10' }, { sheet: 'Anggaran dan Efisiensi', sel: 'D5' }] });

    // Filter by tingkat, and back.
    await kartu.locator('.kj-lencana[data-tingkat="Kesalahan"]').click();
    await expect(kartu.locator('.kj-lencana[data-tingkat="Kesalahan"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(kartu.locator('.kj-temuan .kj-chip').allTextContents()).resolves.toEqual(['Kesalahan', 'Kesalahan', 'Kesalahan']);
    await tombol(page, 'Tampilkan semua').click();
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(7);

    // pilihSel failing (sheet deleted meanwhile) shows an error and keeps the list.
    await atur(page, { gagal: { pilihSel: 'Lembar "RAPK" tidak ditemukan' } });
    await kartu.locator('.kj-temuan', { hasText: 'delapan puluh' }).click();
    await kartu.locator('.kj-galat').waitFor();
    await expect(kartu.locator('.kj-galat').innerText()).resolves.toBe('Lembar "RAPK" tidak ditemukan');
    await expect(kartu.locator('.kj-temuan').count()).resolves.toBe(7);

    // Periksa ulang refreshes.
    await atur(page, { periksa: { temuan: TEMUAN_2019.slice(0, 1), jumlah: jumlah(TEMUAN_2019.slice(0, 1)), ringkasan: '' } });
    await tombol(page, 'Periksa ulang').click();
    await page.waitForFunction(() => document.querySelectorAll('.kj-temuan').length === 1);
    await expect(kartu.locator('.kj-lencana').allTextContents()).resolves.toEqual(['1 Kesalahan', '0 Peringatan', '0 Info']);
    await expect(kartu.locator('.kj-galat').count()).resolves.toBe(0);
    await expect(panggilan(page)).resolves.toMatchObject({ periksa: 2 });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('buku kerja bersih: "Tidak ada masalah"', async () => {
    const { page, galat } = await buka();
    await atur(page, { periksa: { temuan: [], jumlah: { Kesalahan: 0, Peringatan: 0, Info: 0 }, ringkasan: '' } });
    await tombol(page, 'Periksa').click();
    const bersih = page.locator('.kj-bersih');
    await bersih.waitFor();
    await expect(bersih.innerText()).resolves.toContain('Tidak ada masalah');
    await expect(page.locator('.kj-temuan').count()).resolves.toBe(0);
    await expect(page.locator('.kj-lencana').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(OUT, 'sidebar-bersih.png'), fullPage: true });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('satu pekerjaan sekaligus: klik ganda memanggil bridge sekali; tombol nonaktif dan progres tampil', async () => {
    const { page, galat } = await buka();
    await atur(page, { rapk: RAPK_OK, jeda: 1500 });
    await tombol(page, 'Perbarui dari PK').dblclick();
    // While running: every job button disabled, progress text, aria-busy.
    const kartu = page.locator('[data-bagian="rapk"]');
    await expect(kartu.locator('.kj-progres').innerText()).resolves.toBe('Sedang memproses…');
    await expect(kartu.locator('.kj-hasil').getAttribute('aria-busy')).resolves.toBe('true');
    for (const nama of ['Sisipkan templat', 'Perbarui dari PK', 'Periksa', 'Buat Laporan']) await expect(tombol(page, nama).isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel(/Isi dengan contoh/).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(OUT, 'sidebar-proses.png'), fullPage: true });
    // The guard is in code too: a click that gets through (disabled removed) is ignored.
    await page.evaluate(() => {
      for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-job]'))) {
        b.disabled = false;
        b.click();
        b.click();
      }
    });
    await kartu.locator('.kj-ok').waitFor();
    await expect(panggilan(page)).resolves.toEqual({ sisipkanTemplat: [], buatRapk: 1, periksa: 0, buatLaporan: 0, pilihSel: [] });
    for (const nama of ['Sisipkan templat', 'Perbarui dari PK', 'Periksa', 'Buat Laporan']) await expect(tombol(page, nama).isEnabled()).resolves.toBe(true);
    await expect(kartu.locator('.kj-hasil').getAttribute('aria-busy')).resolves.toBe('false');
    await expect(kartu.locator('.kj-progres').getAttribute('class')).resolves.toContain('kj-sr'); // visually hidden
    await expect(kartu.locator('.kj-progres').textContent()).resolves.toBe(RAPK_OK.pesan); // for screen readers
    expect(galat).toEqual([]);
    await page.close();
  });

  test('galat dari host tampil dalam bahasa Indonesia dan panel kembali siap', async () => {
    const { page, galat } = await buka();
    const pesan = 'Lembar "PK" terlindungi (protected). Buka proteksinya dulu (Tinjau → Buka Proteksi Lembar), lalu coba lagi.';
    await atur(page, { gagal: { buatRapk: pesan }, jeda: 100 });
    await tombol(page, 'Perbarui dari PK').click();
    const kartu = page.locator('[data-bagian="rapk"]');
    await kartu.locator('.kj-galat[role="alert"]').waitFor();
    await expect(kartu.locator('.kj-galat').innerText()).resolves.toBe(pesan);
    for (const nama of ['Sisipkan templat', 'Perbarui dari PK', 'Periksa']) await expect(tombol(page, nama).isEnabled()).resolves.toBe(true);

    // A message that is not Indonesian gets the prefix.
    await atur(page, { gagal: { periksa: 'The range is too large: 1048577 rows' } });
    await tombol(page, 'Periksa').click();
    const kp = page.locator('[data-bagian="periksa"]');
    await kp.locator('.kj-galat').waitFor();
    await expect(kp.locator('.kj-galat').innerText()).resolves.toBe('Terjadi kesalahan: The range is too large: 1048577 rows');
    // A quoted Indonesian-looking sheet name does not make an English message Indonesian.
    await atur(page, { gagal: { buatRapk: 'A sheet named "Anggaran dan Efisiensi" already exists' } });
    await tombol(page, 'Perbarui dari PK').click();
    await page.waitForFunction(() => /Terjadi kesalahan: A sheet named/.test(document.querySelector('[data-bagian="rapk"] .kj-galat')?.textContent || ''));
    // A rejection without a message.
    await atur(page, { gagalMentah: { sisipkanTemplat: {} } });
    await tombol(page, 'Sisipkan templat').click();
    const kt = page.locator('[data-bagian="templat"]');
    await kt.locator('.kj-galat').waitFor();
    await expect(kt.locator('.kj-galat').innerText()).resolves.toBe('Terjadi kesalahan yang tidak diketahui. Coba lagi.');

    // The buttons work again.
    await atur(page, { rapk: RAPK_OK });
    await tombol(page, 'Perbarui dari PK').click();
    await kartu.locator('.kj-ok').waitFor();
    await expect(kartu.locator('.kj-galat').count()).resolves.toBe(0);
    await expect(panggilan(page)).resolves.toMatchObject({ buatRapk: 3, periksa: 1, sisipkanTemplat: [{ contoh: false }] });
    await page.screenshot({ path: path.join(OUT, 'sidebar-galat.png'), fullPage: true });
    expect(galat).toEqual([]);
    await page.close();
  });

  test('teks dari sel tampil sebagai teks: nama <img onerror> tidak menjadi elemen', async () => {
    const { page, galat } = await buka(`?host=${encodeURIComponent(XSS)}`);
    const temuan: Temuan[] = [T(XSS, 'B2', 'Kesalahan', XSS, `Indikator ${XSS} tidak punya target.`, `Isi target ${XSS}.`)];
    await atur(page, {
      periksa: { temuan, jumlah: jumlah(temuan), ringkasan: XSS },
      rapk: { ok: true, pesan: XSS, catatan: [XSS] },
      templat: { ok: false, pesan: XSS, catatan: [] },
      gagal: { pilihSel: XSS },
    });
    await tombol(page, 'Periksa').click();
    await page.locator('.kj-temuan').waitFor();
    await page.locator('.kj-temuan').click();
    await page.locator('[data-bagian="periksa"] .kj-galat').waitFor();
    await tombol(page, 'Perbarui dari PK').click();
    await page.locator('[data-bagian="rapk"] .kj-ok').waitFor();
    await tombol(page, 'Sisipkan templat').click();
    await page.locator('[data-bagian="templat"] .kj-galat').waitFor();
    await page.waitForTimeout(300);

    await expect(page.evaluate(() => document.querySelectorAll('img').length)).resolves.toBe(0);
    await expect(page.evaluate(() => window.__xss)).resolves.toBeUndefined();
    expect(diminta).not.toContain('/x');
    await expect(page.locator('.kj-grup-nama').textContent()).resolves.toBe(XSS);
    await expect(page.locator('.kj-temuan-pesan').textContent()).resolves.toBe(`Indikator ${XSS} tidak punya target.`);
    await expect(page.locator('.kj-alamat').textContent()).resolves.toBe(`'${XSS}'!B2`);
    await expect(page.locator('[data-bagian="rapk"] .kj-catatan li').textContent()).resolves.toBe(XSS);
    await expect(page.locator('footer').textContent()).resolves.toContain(XSS);
    expect(galat).toEqual([]);
    await page.close();
  });
});
