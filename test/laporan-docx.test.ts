/**
 * "Unduh Bab III (.docx)" (issue 11): the report as a Word chapter.
 *   - it holds the Ringkasan, the tables (Indonesian numbers), the comparisons and
 *     one picture per chart (2 + one per IKU);
 *   - LibreOffice Writer opens it and converts it to PDF, and the PDF's text holds
 *     the Ringkasan (a page is saved in test-output/);
 *   - the docx library is a chunk of the browser workbook fetched at the click:
 *     never in the Excel or Sheets bundles, nor in the page's start-up scripts.
 * The charts' real drawing (canvas) is tested in the browser (laporan.browser.test.ts);
 * here each picture is a small PNG made in Node.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import { BukuKerjaWeb } from '../web/workbook-web';
import { buatDocx, teksNilai } from '../web/laporan-docx';
import { BACA } from '../core/jobs';
import { bacaBukuKerja } from '../core/model/bukukerja';
import { Laporan, susunLaporan } from '../core/laporan/susun';
import { klik } from './helpers/laporan';

jest.setTimeout(300_000);

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const ROOT = path.join(__dirname, '..');
const KELUARAN = path.join(ROOT, 'test-output');
const DIST = path.join(ROOT, 'dist');

// A real PNG file made in Node (the add-in's icon generator): the test's stand-in for a drawn chart.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { icon } = require('../scripts/icons') as { icon: (size: number) => Buffer };

function laporanContoh(): Laporan {
  const bk = new BukuKerjaWeb();
  expect(klik(bk, 'templat', true).ok).toBe(true);
  const s = susunLaporan(bacaBukuKerja(bk.bacaSnapshot(BACA.laporan)));
  if (!s.ok) throw new Error(s.pesan);
  return s.laporan;
}

/** Convert with LibreOffice headless (its own profile, so parallel runs do not collide): the PDF's path. */
export function kePdf(berkas: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-docx-'));
  execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'profil')}`, '--convert-to', 'pdf', '--outdir', dir, berkas], { stdio: 'ignore', timeout: 240_000 });
  const pdf = path.join(dir, `${path.basename(berkas).replace(/\.[^.]+$/, '')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice tidak menghasilkan PDF dari ${berkas}`);
  return pdf;
}

describe('Bab III (.docx) dari contoh 2019', () => {
  let l: Laporan;
  let bytes: Uint8Array;
  const gambar: Array<{ judul: string; kategori: number; lebar: number }> = [];
  beforeAll(async () => {
    l = laporanContoh();
    bytes = await buatDocx(l, {
      namaBuku: 'Contoh LAKIP 2019',
      lukis: async (g, d, u) => {
        gambar.push({ judul: g.judul, kategori: d.kategori.length, lebar: u.lebar });
        // A different picture each time (Word keeps one file for identical pictures).
        return new Uint8Array(icon(16 + gambar.length));
      },
    });
    fs.mkdirSync(KELUARAN, { recursive: true });
    fs.writeFileSync(path.join(KELUARAN, 'bab3-contoh-node.docx'), bytes);
  });

  test('isi bab: ringkasan, tabel dalam bentuk Tabel 5/4, anggaran, perbandingan; angka cara Indonesia', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')!.async('string'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    for (const t of ['BAB III', 'AKUNTABILITAS KINERJA', 'A. Ringkasan', 'Ringkasan Eksekutif', 'Saran', 'B. Capaian Kinerja', 'C. Anggaran dan Efisiensi', 'D. Perbandingan', 'Tabel 2. Pencapaian Indikator Kinerja per sasaran', 'Tabel 3. Pencapaian Sasaran per perspektif']) {
      expect(xml).toContain(t);
    }
    expect(xml).toContain('sebesar 106,37 dengan kategori Baik (menurut kriteria BPOM Tabel 3)');
    expect(xml).toContain('Dari 17 (tujuh belas) Indikator Kinerja, 3 (tiga) Indikator Kinerja');
    expect(xml).toContain('1) "Meningkatnya capaian RB BPOM di lingkup Sekretariat Utama sesuai roadmap RB BPOM 2015-2019" tercapai dengan kategori Baik (98,85%)');
    // Tabel 5's figures, two decimals with a comma; pagu in rupiah with dots.
    for (const t of ['98,27', '132,16', '117,42', '104,96', '96,73', 'Rp303.776.520.000', 'Rp386.738.331.000', 'data belum ada']) expect(xml).toContain(t);
    expect(xml).not.toMatch(/\d\.\d{2} /);
  });

  test('satu gambar per grafik: capaian per sasaran, NPS per perspektif, dan satu per IKU', async () => {
    const iku = l.periode!.indikator.filter((x) => x.iku).map((x) => x.kode);
    expect(iku).toEqual(['IK01', 'IK09']);
    expect(gambar.map((g) => g.kategori)).toEqual([12, 4, 4, 4]);
    expect(gambar[2].judul).toMatch(/^IK01 /);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(2 + iku.length);
  });

  test('angka tabel: dua desimal untuk capaian, rupiah tanpa desimal, label dan "data belum ada" apa adanya', () => {
    expect(teksNilai(98.2688766, 'persen')).toBe('98,27');
    expect(teksNilai(100, 'persen')).toBe('100,00');
    expect(teksNilai(1384303000, 'rupiah')).toBe('Rp1.384.303.000');
    expect(teksNilai(54.3, 'angka')).toBe('54,3');
    expect(teksNilai('WTP', 'angka')).toBe('WTP');
    expect(teksNilai(null, 'persen')).toBe('data belum ada');
    expect(teksNilai('#DIV/0! target kosong', 'persen')).toBe('#DIV/0!');
  });

  (SOFFICE ? test : test.skip)('LibreOffice Writer membukanya dan mengubahnya ke PDF; teks PDF memuat Ringkasan', () => {
    const masuk = path.join(KELUARAN, 'bab3-contoh-node.docx');
    const pdf = kePdf(masuk);
    const teks = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(teks).toContain('AKUNTABILITAS KINERJA');
    expect(teks).toContain('Ringkasan Eksekutif');
    expect(teks).toMatch(/sebesar 106,37 dengan kategori Baik/);
    expect(teks).toMatch(/Dari 17 \(tujuh belas\) Indikator Kinerja/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBeGreaterThan(2);
  });
});

describe('docx hanya di chunk yang dimuat saat diklik', () => {
  // A namespace only a Word writer puts in its files: the docx library has it, nothing else Kinerja ships does.
  const PENANDA = 'wordprocessingml/2006/main';
  const isi = (f: string): string => fs.readFileSync(f, 'utf8');

  test('bukan di dist/excel atau dist/gas (Code.js, Sidebar.html)', () => {
    const berkas = [...fs.readdirSync(path.join(DIST, 'excel')).filter((f) => /\.(js|html)$/.test(f)).map((f) => path.join(DIST, 'excel', f)), path.join(DIST, 'gas', 'Code.js'), path.join(DIST, 'gas', 'Sidebar.html')];
    expect(berkas.length).toBeGreaterThan(3);
    for (const f of berkas) expect([f, isi(f).includes(PENANDA)]).toEqual([f, false]);
  });

  test('di dist/web: tidak di skrip awal halaman; satu chunk docx dimuat lewat import() saat Unduh Bab III diklik', () => {
    const web = path.join(DIST, 'web');
    const html = isi(path.join(web, 'index.html'));
    const awal = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(awal.length).toBeGreaterThan(0);
    for (const s of awal) expect([s, isi(path.join(web, s)).includes(PENANDA)]).toEqual([s, false]);
    const chunk = fs.readdirSync(web).filter((f) => f.endsWith('.js') && isi(path.join(web, f)).includes(PENANDA));
    expect(chunk).toHaveLength(1);
    expect(awal).not.toContain(chunk[0]);
    const main = awal.find((s) => s.startsWith('main.'))!;
    // The page asks for the chunk only inside the download: its id appears in main's dynamic import next to laporan-docx's.
    const id = chunk[0].split('.')[0];
    const impor = isi(path.join(web, main)).match(new RegExp(`Promise\\.all\\(\\[([^\\]]*\\.e\\(${id}\\)[^\\]]*)\\]`));
    expect(impor).not.toBeNull();
    // Every chunk that import() fetches (the library and Kinerja's laporan-docx), and their size.
    const ids = [...impor![1].matchAll(/\.e\((\d+)\)/g)].map((m) => m[1]);
    const berkas = ids.map((i) => fs.readdirSync(web).find((f) => f.endsWith('.js') && (f.startsWith(`${i}.`) || isi(path.join(web, f)).includes(`[${i}],{`)))!);
    expect(berkas.every(Boolean)).toBe(true);
    for (const f of berkas) expect(awal).not.toContain(f);
    const ukuran = berkas.reduce((a, f) => a + fs.statSync(path.join(web, f)).size, 0);
    const gz = berkas.reduce((a, f) => a + zlib.gzipSync(fs.readFileSync(path.join(web, f))).length, 0);
    // eslint-disable-next-line no-console
    console.log(`chunk docx (${berkas.join(' + ')}): ${ukuran} byte, gzip ${gz} byte`);
  });
});

test('dist/web/LISENSI.txt memuat lisensi docx dan yang dibundelnya (fflate, nanoid)', () => {
  const teks = fs.readFileSync(path.join(DIST, 'web', 'LISENSI.txt'), 'utf8');
  for (const x of ['==== docx (MIT) ====', '==== fflate (MIT), bundled by docx ====', '==== nanoid (MIT), bundled by docx ====']) expect(teks).toContain(x);
  expect(teks.split('==== docx (MIT) ====')[1]).toMatch(/Permission is hereby granted/);
});
