/**
 * The workbook runs without Kinerja (issue 8): the file "Unduh .xlsx" writes is
 * opened in real LibreOffice (headless), recalculated from scratch, and every
 * computed cell of every sheet must equal what Kinerja's own engine shows: the
 * 2019 example (which must read 117,42 / 104,96 / 96,73 / 106,37) and a random
 * 200-indicator workbook (numbers, bands and labels as targets, every polaritas
 * and pola, realisasi typed directly and as a / b, the bulanan period, the
 * Permendagri preset, a cap of 120, the rasio rule for negatif).
 *
 * A cell whose native formula hands text it cannot read to a Kinerja function
 * must show an error in LibreOffice (#NAME?), never a different number; the
 * random workbook types only what native formulas read, so it has none.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import type { HyperFormula } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { BukuKerjaWeb } from '../web/workbook-web';
import { eksporXlsx } from '../web/xlsx';
import { BACA, rencanaJob } from '../core/jobs';
import { LABEL_ORGANISASI, PK_KOLOM, SHEET, rapkBlok } from '../core/layout';
import { ORGANISASI_NPS_2019, PERSPEKTIF_NPS_TABEL4 } from '../core/contoh2019';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const KELUARAN = path.join(__dirname, '..', 'test-output');

function hfDari(bk: BukuKerjaWeb): HyperFormula {
  return (bk as unknown as { hf: HyperFormula }).hf;
}

function klik(bk: BukuKerjaWeb, job: 'templat' | 'rapk', contoh = false): void {
  const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { contoh, sekarang: '2026-11-30T13:00:00.000Z', zonaMenit: 420 });
  if (!r.plan) throw new Error(r.hasil.pesan);
  bk.terapkanRencana(r.plan);
}

/** A LibreOffice profile that recalculates every formula of an .xlsx when loading it. */
function profil(dir: string): string {
  const p = path.join(dir, 'profil', 'user');
  fs.mkdirSync(p, { recursive: true });
  fs.writeFileSync(
    path.join(p, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return `file://${path.join(dir, 'profil')}`;
}

/**
 * The file recalculated by LibreOffice, read back: sheet → A1 → value (what LibreOffice computed).
 * With `gambar`, the page of the recalculated workbook that holds that text is also saved as a PNG.
 */
async function hitungUlangLibreOffice(xlsx: Uint8Array, nama: string, gambar?: { teks: string; berkas: string }): Promise<Map<string, Map<string, unknown>>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lo-'));
  try {
    const masuk = path.join(dir, `${nama}.xlsx`);
    fs.writeFileSync(masuk, xlsx);
    const keluar = path.join(dir, 'keluar');
    fs.mkdirSync(keluar);
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=${profil(dir)}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', keluar, masuk], { stdio: 'ignore', timeout: 300_000 });
    if (gambar && fs.existsSync('/usr/bin/pdftoppm')) {
      // The recalculated workbook printed by LibreOffice, and the page showing `gambar.teks`.
      execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=${profil(dir)}`, '--convert-to', 'pdf', '--outdir', keluar, path.join(keluar, `${nama}.xlsx`)], { stdio: 'ignore', timeout: 300_000 });
      const pdf = path.join(keluar, `${nama}.pdf`);
      const halaman = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
      const i = halaman.findIndex((h) => h.includes(gambar.teks));
      if (i >= 0) {
        fs.mkdirSync(KELUARAN, { recursive: true });
        execFileSync('pdftoppm', ['-f', String(i + 1), '-l', String(i + 1), '-r', '80', '-png', '-singlefile', pdf, path.join(KELUARAN, gambar.berkas)]);
      }
    }
    return await bacaNilaiXlsx(fs.readFileSync(path.join(keluar, `${nama}.xlsx`)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The cached values of an .xlsx, read from its XML: ExcelJS's reader drops a formula
 * result of 0 (and would make a computed 0 read as blank).
 */
async function bacaNilaiXlsx(buf: Buffer): Promise<Map<string, Map<string, unknown>>> {
  const zip = await JSZip.loadAsync(buf);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n, _j, _daun, atribut) => !atribut && ['sheet', 'si', 'r', 'row', 'c', 'Relationship'].includes(n), processEntities: false });
  const ent = (x: string): string => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const teks = async (f: string): Promise<string> => (await zip.file(f)?.async('string')) ?? '';
  const shared: string[] = [];
  const sst = xml.parse(await teks('xl/sharedStrings.xml'))?.sst?.si ?? [];
  for (const si of sst) {
    const t = si.t !== undefined ? si.t : (si.r ?? []).map((r: { t: unknown }) => r.t).join('');
    shared.push(ent(typeof t === 'object' && t !== null ? String((t as { '#text'?: unknown })['#text'] ?? '') : String(t ?? '')));
  }
  const rels = Object.fromEntries((xml.parse(await teks('xl/_rels/workbook.xml.rels')).Relationships.Relationship as Array<{ Id: string; Target: string }>).map((r) => [r.Id, r.Target]));
  const out = new Map<string, Map<string, unknown>>();
  for (const sh of xml.parse(await teks('xl/workbook.xml')).workbook.sheets.sheet as Array<{ name: string; 'r:id': string }>) {
    const target = rels[sh['r:id']].replace(/^\/?xl\//, '');
    const data = xml.parse(await teks(`xl/${target}`)).worksheet.sheetData;
    const m = new Map<string, unknown>();
    for (const row of data?.row ?? []) {
      for (const c of row.c ?? []) {
        const v = c.v;
        if (v === undefined) continue;
        const raw = typeof v === 'object' ? (v as { '#text'?: unknown })['#text'] : v;
        if (c.t === 's') m.set(c.r, shared[Number(raw)]);
        else if (c.t === 'str' || c.t === 'inlineStr') m.set(c.r, raw === undefined ? '' : ent(String(raw)));
        else if (c.t === 'e') m.set(c.r, { error: String(raw) });
        else if (c.t === 'b') m.set(c.r, raw === 1 || raw === '1');
        else m.set(c.r, Number(raw));
      }
    }
    out.set(ent(sh.name), m);
  }
  return out;
}

function a1(r: number, c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

type Nilai = { jenis: 'kosong' } | { jenis: 'angka'; x: number } | { jenis: 'teks'; t: string } | { jenis: 'galat'; kode: string };

function dariHf(v: unknown): Nilai {
  if (v === null || v === undefined || v === '') return { jenis: 'kosong' };
  if (v instanceof DetailedCellError) return { jenis: 'galat', kode: v.value };
  if (typeof v === 'number') return { jenis: 'angka', x: v };
  if (typeof v === 'boolean') return { jenis: 'teks', t: v ? 'TRUE' : 'FALSE' };
  return { jenis: 'teks', t: String(v) };
}

function dariLo(v: unknown): Nilai {
  if (v === null || v === undefined || v === '') return { jenis: 'kosong' };
  if (typeof v === 'object' && v !== null && 'error' in (v as object)) return { jenis: 'galat', kode: String((v as { error: string }).error) };
  if (typeof v === 'number') return { jenis: 'angka', x: v };
  if (typeof v === 'boolean') return { jenis: 'teks', t: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { jenis: 'teks', t: v.toISOString() };
  return { jenis: 'teks', t: String(v) };
}

/** Compare every formula cell of the generated sheets; answer the differences and how many cells were compared. */
function bandingkan(bk: BukuKerjaWeb, lo: Map<string, Map<string, unknown>>): { beda: string[]; jumlah: number; galatNama: number } {
  const hf = hfDari(bk);
  const beda: string[] = [];
  let jumlah = 0;
  let galatNama = 0;
  for (const nama of hf.getSheetNames()) {
    const id = hf.getSheetId(nama) as number;
    const rumus = hf.getSheetFormulas(id);
    const nilai = hf.getSheetValues(id);
    const m = lo.get(nama) ?? new Map();
    rumus.forEach((row, r) =>
      (row ?? []).forEach((f, c) => {
        if (typeof f !== 'string' || !f.startsWith('=')) return;
        jumlah++;
        const a = dariHf(nilai[r]?.[c]);
        const b = dariLo(m.get(a1(r, c)));
        if (b.jenis === 'galat' && b.kode === '#NAME?') galatNama++;
        let ok: boolean;
        if (a.jenis === 'angka' && b.jenis === 'angka') ok = Math.abs(a.x - b.x) <= 1e-9 * Math.max(1, Math.abs(a.x), Math.abs(b.x));
        else if (a.jenis === 'galat' && b.jenis === 'galat') ok = a.kode === b.kode || (a.kode === '#ERROR!' && b.kode === '#VALUE!');
        else ok = JSON.stringify(a) === JSON.stringify(b);
        if (!ok && beda.length < 12) beda.push(`${nama}!${a1(r, c)} ${f.slice(0, 90)}: Kinerja ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
      }),
    );
  }
  return { beda, jumlah, galatNama };
}

const uji = SOFFICE ? test : test.skip;

describe('LibreOffice menghitung ulang berkas yang diunduh: angkanya sama dengan Kinerja', () => {
  uji('contoh 2019: setiap sel hitung sama, dan Pengukuran menunjukkan 117,42 / 104,96 / 96,73 / 106,37', async () => {
    const bk = new BukuKerjaWeb();
    klik(bk, 'templat', true);
    const lo = await hitungUlangLibreOffice(await eksporXlsx(bk), 'contoh2019', { teks: 'Pengukuran Kinerja', berkas: 'libreoffice-pengukuran' });
    const { beda, jumlah, galatNama } = bandingkan(bk, lo);
    expect(beda).toEqual([]);
    expect(jumlah).toBeGreaterThan(800);
    expect(galatNama).toBe(0);
    // Tabel 4 as LibreOffice computed it.
    const uk = lo.get(SHEET.PENGUKURAN)!;
    // The summary: the rows under the header "Perspektif | NPS" (under Sasaran: columns C, D).
    const header = [...uk.entries()].find(([a, v]) => /^C\d+$/.test(a) && v === 'Perspektif' && uk.get(a.replace('C', 'D')) === 'NPS')![0];
    const awal = Number(header.slice(1));
    const nps = (label: string): number => {
      for (let r = awal + 1; r < awal + 8; r++) if (uk.get(`C${r}`) === label) return Number(uk.get(`D${r}`));
      return NaN;
    };
    for (const [p, x] of Object.entries(PERSPEKTIF_NPS_TABEL4)) expect(nps(p)).toBeCloseTo(x, 2);
    expect(nps(LABEL_ORGANISASI)).toBeCloseTo(ORGANISASI_NPS_2019, 2);
  }, 600_000);

  uji('buku kerja acak 200 indikator (bulanan, Permendagri, batas 120, rasio): setiap sel hitung sama', async () => {
    const bk = new BukuKerjaWeb();
    klik(bk, 'templat');
    const hf = hfDari(bk);
    const K = Object.fromEntries(PK_KOLOM.map((h, i) => [h, i])) as Record<(typeof PK_KOLOM)[number], number>;
    const ind = fc.sample(
      fc.record({
        target: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 300 }) }, { weight: 1, arbitrary: fc.constantFrom('80–90', '7–8', 'WTP', 'BB') }),
        polaritas: fc.constantFrom('positif', 'negatif', 'negatif-rasio', 'rentang', ''),
        pola: fc.constantFrom('akhir', 'tetap', 'kumulatif', ''),
        bobot: fc.constantFrom(1, 2, null),
        pagu: fc.option(fc.integer({ min: 1_000_000, max: 9_000_000_000 }), { freq: 3 }),
      }),
      { numRuns: 200, seed: 2026 },
    );
    const pk = hf.getSheetId(SHEET.PK) as number;
    hf.setCellContents(
      { sheet: pk, row: 4, col: K.Perspektif },
      ind.map((x, i) => {
        const row: (string | number | null)[] = Array(PK_KOLOM.length - 1).fill(null);
        row[K.Perspektif - 1] = ['Perspektif Pelanggan', 'Perspektif Proses Internal', 'Perspektif Pembelajaran dan Pertumbuhan'][i % 3];
        row[K.Sasaran - 1] = `Sasaran ${Math.floor(i / 4) + 1}`;
        row[K.Kode - 1] = `IK${String(i + 1).padStart(3, '0')}`;
        row[K.Indikator - 1] = `Indikator ${i + 1}`;
        row[K.Bobot - 1] = x.bobot;
        row[K.Satuan - 1] = '%';
        row[K.Polaritas - 1] = x.polaritas || null;
        row[K.Target - 1] = x.target;
        row[K['Pola target'] - 1] = x.pola || null;
        row[K.Pagu - 1] = x.pagu;
        return row;
      }),
    );
    const p = hf.getSheetId(SHEET.PENGATURAN) as number;
    const setel = (label: string, v: string | number): void => {
      const r = (hf.getSheetValues(p) as unknown[][]).findIndex((row) => row?.[0] === label);
      hf.setCellContents({ sheet: p, row: r, col: 1 }, [[v]]);
    };
    setel('Periode', 'bulanan');
    setel('Periode laporan', 'B6');
    setel('Preset kriteria', 'Permendagri 86/2017');
    setel('Batas atas capaian', 120);
    setel('Rumus polaritas negatif', 'rasio');
    klik(bk, 'rapk');
    // Realisasi typed: directly and as a / b, labels where the target is one, in several months.
    const rapk = hf.getSheetId(SHEET.RAPK) as number;
    const v = hf.getSheetValues(rapk) as unknown[][];
    const h = v.findIndex((row) => (row ?? []).includes('Kode'));
    const col = (x: string): number => (v[h] as unknown[]).indexOf(x);
    const isi = fc.sample(fc.tuple(fc.integer({ min: 0, max: 199 }), fc.constantFrom('B1', 'B3', 'B6', 'B12'), fc.integer({ min: 0, max: 400 }), fc.boolean()), { numRuns: 600, seed: 11 });
    for (const [i, q, x, ab] of isi) {
      const r = h + 1 + i;
      const target = String(v[r]?.[col('Target tahunan')] ?? '');
      const [ha, hb, hr] = rapkBlok(q);
      if (/^(WTP|BB)$/.test(target)) hf.setCellContents({ sheet: rapk, row: r, col: col(hr) }, [[['WTP', 'WDP', 'A', 'BB', 'B'][x % 5]]]);
      else if (ab) hf.setCellContents({ sheet: rapk, row: r, col: col(ha) }, [[x, (x % 7) * 30 + 10]]);
      else hf.setCellContents({ sheet: rapk, row: r, col: col(hr) }, [[x / 3]]);
    }
    const berkas = await eksporXlsx(bk);
    fs.mkdirSync(KELUARAN, { recursive: true });
    fs.writeFileSync(path.join(KELUARAN, 'acak-200.xlsx'), berkas);
    const lo = await hitungUlangLibreOffice(berkas, 'acak200');
    const { beda, jumlah, galatNama } = bandingkan(bk, lo);
    expect(beda).toEqual([]);
    expect(jumlah).toBeGreaterThan(200 * 60);
    expect(galatNama).toBe(0);
  }, 900_000);
});
