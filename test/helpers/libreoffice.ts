/**
 * LibreOffice as a second engine for the tests: an .xlsx recalculated from
 * scratch by `soffice --headless` (a profile that forces recalculation on
 * load), its cached values read back from the XML, and a comparison of every
 * formula cell of chosen sheets with what HyperFormula shows. Used by
 * test/libreoffice-paritas.test.ts and test/ukpbj-libreoffice.test.ts.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import type { HyperFormula } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

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

/** sheet → A1 → the value LibreOffice computed ({ error } for an error). */
export type NilaiLo = Map<string, Map<string, unknown>>;

const KELUARAN = path.join(__dirname, '..', '..', 'test-output');

/**
 * The file recalculated by LibreOffice, read back: sheet → A1 → value (what LibreOffice computed).
 * With `gambar`, the page of the recalculated workbook that holds that text is also saved as a PNG
 * in test-output (LibreOffice prints it to PDF, pdftoppm draws the page).
 */
export async function hitungUlangLibreOffice(xlsx: Uint8Array, nama: string, gambar?: { teks: string; berkas: string }): Promise<NilaiLo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lo-'));
  try {
    const masuk = path.join(dir, `${nama}.xlsx`);
    fs.writeFileSync(masuk, xlsx);
    const keluar = path.join(dir, 'keluar');
    fs.mkdirSync(keluar);
    execFileSync(SOFFICE as string, ['--headless', `-env:UserInstallation=${profil(dir)}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', keluar, masuk], { stdio: 'ignore', timeout: 300_000 });
    if (gambar && fs.existsSync('/usr/bin/pdftoppm')) {
      execFileSync(SOFFICE as string, ['--headless', `-env:UserInstallation=${profil(dir)}`, '--convert-to', 'pdf', '--outdir', keluar, path.join(keluar, `${nama}.xlsx`)], { stdio: 'ignore', timeout: 300_000 });
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

async function bacaNilaiXlsx(buf: Buffer): Promise<NilaiLo> {
  const zip = await JSZip.loadAsync(buf);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n, _j, _daun, atribut) => !atribut && ['sheet', 'si', 'r', 'row', 'c', 'Relationship'].includes(n), processEntities: false });
  const ent = (x: string): string => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const teks = async (f: string): Promise<string> => (await zip.file(f)?.async('string')) ?? '';
  const shared: string[] = [];
  for (const si of xml.parse(await teks('xl/sharedStrings.xml'))?.sst?.si ?? []) {
    const t = si.t !== undefined ? si.t : (si.r ?? []).map((r: { t: unknown }) => r.t).join('');
    shared.push(ent(typeof t === 'object' && t !== null ? String((t as { '#text'?: unknown })['#text'] ?? '') : String(t ?? '')));
  }
  const rels = Object.fromEntries((xml.parse(await teks('xl/_rels/workbook.xml.rels')).Relationships.Relationship as Array<{ Id: string; Target: string }>).map((r) => [r.Id, r.Target]));
  const out: NilaiLo = new Map();
  for (const sh of xml.parse(await teks('xl/workbook.xml')).workbook.sheets.sheet as Array<{ name: string; 'r:id': string }>) {
    const data = xml.parse(await teks(`xl/${rels[sh['r:id']].replace(/^\/?xl\//, '')}`)).worksheet.sheetData;
    const m = new Map<string, unknown>();
    for (const row of data?.row ?? []) {
      for (const c of row.c ?? []) {
        if (c.v === undefined) continue;
        const raw = typeof c.v === 'object' ? (c.v as { '#text'?: unknown })['#text'] : c.v;
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
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
}

type Nilai = { jenis: 'kosong' } | { jenis: 'angka'; x: number } | { jenis: 'teks'; t: string } | { jenis: 'galat'; kode: string };

function nilai(v: unknown): Nilai {
  if (v === null || v === undefined || v === '') return { jenis: 'kosong' };
  if (v instanceof DetailedCellError) return { jenis: 'galat', kode: v.value };
  if (typeof v === 'object' && 'error' in (v as object)) return { jenis: 'galat', kode: String((v as { error: string }).error) };
  if (typeof v === 'number') return { jenis: 'angka', x: v };
  if (typeof v === 'boolean') return { jenis: 'teks', t: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { jenis: 'teks', t: v.toISOString() };
  return { jenis: 'teks', t: String(v) };
}

/**
 * Every formula cell of `lembar` (default: every sheet) in HyperFormula against LibreOffice: the
 * differences (first 12), how many cells were compared, and how many LibreOffice showed as #NAME?
 * (a function it does not know: a Kinerja function reached without the add-in).
 */
export function bandingkanLo(hf: HyperFormula, lo: NilaiLo, lembar: readonly string[] = hf.getSheetNames()): { beda: string[]; jumlah: number; galatNama: number } {
  const beda: string[] = [];
  let jumlah = 0;
  let galatNama = 0;
  for (const nama of lembar) {
    const id = hf.getSheetId(nama) as number;
    const nilaiHf = hf.getSheetValues(id);
    const m = lo.get(nama) ?? new Map();
    hf.getSheetFormulas(id).forEach((row, r) =>
      (row ?? []).forEach((f, c) => {
        if (typeof f !== 'string' || !f.startsWith('=')) return;
        jumlah++;
        const a = nilai(nilaiHf[r]?.[c]);
        const b = nilai(m.get(a1(r, c)));
        if (b.jenis === 'galat' && b.kode === '#NAME?') galatNama++;
        const ok =
          a.jenis === 'angka' && b.jenis === 'angka'
            ? Math.abs(a.x - b.x) <= 1e-9 * Math.max(1, Math.abs(a.x), Math.abs(b.x))
            : a.jenis === 'galat' && b.jenis === 'galat'
              ? a.kode === b.kode || (a.kode === '#ERROR!' && b.kode === '#VALUE!')
              : JSON.stringify(a) === JSON.stringify(b);
        if (!ok && beda.length < 12) beda.push(`${nama}!${a1(r, c)} ${f.slice(0, 100)}: HyperFormula ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
      }),
    );
  }
  return { beda, jumlah, galatNama };
}
