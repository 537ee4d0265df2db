/**
 * Print-ready (issue 11): the 2019 example, exported by Unduh .xlsx and printed
 * by LibreOffice, comes out landscape with every sheet's columns on one page
 * wide; the same workbook without the print setup (as before) prints portrait
 * with its columns split across pages. The page counts are printed.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { BukuKerjaWeb } from '../web/workbook-web';
import { keExcelJS } from '../web/xlsx';
import { klik } from './helpers/laporan';

jest.setTimeout(300_000);

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const KELUARAN = path.join(__dirname, '..', 'test-output');

/** Print an .xlsx with LibreOffice: the pages' sizes (points) and the text of each page; `gambar`: the first page matching, as PNG. */
async function cetak(bk: BukuKerjaWeb, nama: string, gambar?: { cari: RegExp; berkas: string }): Promise<{ ukuran: Array<[number, number]>; teks: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cetak-'));
  try {
    const xlsx = path.join(dir, `${nama}.xlsx`);
    await keExcelJS(bk).xlsx.writeFile(xlsx);
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 240_000 });
    const pdf = path.join(dir, `${nama}.pdf`);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    const ukuran = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
    const teks = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, ukuran.length);
    const i = gambar ? teks.findIndex((t) => gambar.cari.test(t)) : -1;
    if (gambar && i >= 0) {
      fs.mkdirSync(KELUARAN, { recursive: true });
      execFileSync('pdftoppm', ['-f', String(i + 1), '-l', String(i + 1), '-r', '70', '-png', '-singlefile', pdf, path.join(KELUARAN, gambar.berkas)]);
    }
    return { ukuran, teks };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(SOFFICE ? describe : describe.skip)('contoh 2019 dicetak', () => {
  test('lanskap, semua kolom satu halaman lebar, judul tabel di setiap halaman; sebelumnya potret dengan kolom terpotong', async () => {
    const bk = new BukuKerjaWeb();
    expect(klik(bk, 'templat', true).ok).toBe(true);
    const sesudah = await cetak(bk, 'contoh-cetak', { cari: /Rumus\s+NPS/, berkas: 'cetak-pengukuran' });
    // The same workbook without the print setup: what Kinerja wrote before.
    for (const m of bk.meta.values()) delete m.cetak;
    const sebelum = await cetak(bk, 'contoh-tanpa-cetak', { cari: /Rumus\s+NPS/, berkas: 'cetak-pengukuran-sebelum' });
    // eslint-disable-next-line no-console
    console.log(`contoh 2019 dicetak (LibreOffice): ${sebelum.ukuran.length} halaman tanpa pengaturan cetak, ${sesudah.ukuran.length} halaman dengan pengaturan cetak`);
    expect(sesudah.ukuran.every(([w, h]) => w > h)).toBe(true);
    expect(sebelum.ukuran.every(([w, h]) => w < h)).toBe(true);
    expect(sesudah.ukuran.length * 2).toBeLessThan(sebelum.ukuran.length);
    // Pengukuran's header row ends "… Rumus | NPS Sasaran | Kriteria Sasaran". One page wide: every page showing
    // those columns also shows the ones that say which row it is (Kode, Indikator) and the kriteria of each
    // indicator, on every page (the header row repeats). Before: a page held them without Kode and Indikator.
    const kanan = (t: string): boolean => /Rumus\s+NPS/.test(t);
    const halUk = sesudah.teks.filter(kanan);
    expect(halUk.length).toBeGreaterThan(0);
    for (const t of halUk) expect([/Kode/.test(t), /Indikator/.test(t), /IK\d\d/.test(t)]).toEqual([true, true, true]);
    expect(sebelum.teks.filter(kanan).some((t) => !/Kode/.test(t) && !/Indikator/.test(t))).toBe(true);
  });
});
