/**
 * The PK read once: each indicator row with its cells parsed (target, polaritas,
 * pola, bobot, pagu), its key, and the inherited perspektif and sasaran. Every
 * planner and check works from these rows instead of parsing PK cells again.
 */
import { CellInput, KError, bakuTeks, isKError, parseCell } from '../values';
import { JenisRumus, PolaTarget, bacaPola, bacaPolaritas, cariLabel, periksaRentang } from '../formulas';
import { Pengaturan } from '../settings';
import { PkRow, PkTable, bacaPk, kunciKode } from '../pk';
import { SheetSnapshot } from '../workbook';
import { teksRentang } from '../rumus';

/** A PK target as read. */
export type TargetPk =
  | { jenis: 'kosong' }
  | { jenis: 'angka'; nilai: number; persen: boolean }
  | { jenis: 'rentang'; bawah: number; atas: number; teks: string }
  | { jenis: 'label'; kode: string; skala: string; teks: string }
  | { jenis: 'teks'; teks: string; galat: KError }
  | { jenis: 'galat'; galat: KError };

export interface UraiPk {
  target: TargetPk;
  polaritas: JenisRumus | KError;
  pola: PolaTarget | KError;
  /** Bobot in force: typed (a number above 0), else 2 for an IKU and 1 otherwise. */
  bobot: number | KError;
  pagu: number | null | KError;
}

export interface BarisPk extends PkRow {
  /** kunciKode(kode): how the row is found everywhere. */
  kunci: string;
  urai: UraiPk;
  /** The Target cell's number format, when the snapshot carried formats ("0%": a percent typed as 100 % holds 1). */
  formatTarget?: string;
}

export interface ModelPk {
  nama: string;
  tabel: PkTable;
  baris: BarisPk[];
  /**
   * Sasaran typed on a row (Kode and Indikator blank) that no indicator row
   * carries: its NPS can't be computed. (bacaPk skips rows without Kode and
   * Indikator, so they are read here.)
   */
  sasaranTanpaIndikator: Array<{ baris: number; teks: string }>;
}

/** Read a target cell: a number (units and rank words read against the row's satuan), a band, a label, or what can't be read. */
export function bacaTargetPk(v: CellInput, satuan: string, pengaturan: Pengaturan, polaritas?: JenisRumus | KError): TargetPk {
  const p = parseCell(v, satuan);
  switch (p.kind) {
    case 'blank':
      return { jenis: 'kosong' };
    case 'error':
      return { jenis: 'galat', galat: p.error };
    case 'number':
      return { jenis: 'angka', nilai: p.value, persen: p.percent };
    case 'text': {
      const r = periksaRentang(p.text);
      if (isKError(r)) return { jenis: 'teks', teks: p.text, galat: r };
      if (r) {
        // Equal bounds are that one number, except for a band-is-best indicator.
        if (r.bawah === r.atas && polaritas !== 'rentang') return { jenis: 'angka', nilai: r.bawah, persen: false };
        return { jenis: 'rentang', bawah: r.bawah, atas: r.atas, teks: p.text.trim() };
      }
      const l = cariLabel(p.text, pengaturan);
      if (l) return { jenis: 'label', kode: l.label.kode, skala: l.skala.nama, teks: p.text };
      return { jenis: 'teks', teks: p.text, galat: new KError('VALUE', `target "${p.text}" bukan angka, rentang "a–b", atau label yang dikenal`) };
    }
  }
}

/** The target as Kinerja writes it into a generated sheet (canonical: the formula's shape follows it). */
export function nilaiTargetTulis(t: TargetPk): number | string | null {
  switch (t.jenis) {
    case 'kosong':
      return null;
    case 'angka':
      return t.nilai;
    case 'rentang':
      return periksaRentang(t.teks) !== null ? t.teks : teksRentang(t.bawah, t.atas);
    case 'label':
      return t.kode;
    case 'teks':
      return t.teks;
    case 'galat':
      return t.galat.toString();
  }
}

export function uraiBarisPk(row: PkRow, pengaturan: Pengaturan): UraiPk {
  const polaritas = bacaPolaritas(parseCell(row.polaritas));
  const pola = bacaPola(parseCell(row.pola));
  const pb = parseCell(row.bobot);
  let bobot: number | KError;
  if (pb.kind === 'blank') bobot = row.iku ? 2 : 1;
  else if (pb.kind === 'number' && pb.value > 0) bobot = pb.value;
  else if (pb.kind === 'error') bobot = pb.error;
  else bobot = new KError('VALUE', 'bobot harus angka lebih dari 0');
  const pp = parseCell(row.pagu);
  const pagu = pp.kind === 'blank' ? null : pp.kind === 'number' ? pp.value : pp.kind === 'error' ? pp.error : new KError('VALUE', 'pagu bukan angka');
  return { target: bacaTargetPk(row.target, row.satuan, pengaturan, polaritas), polaritas, pola, bobot, pagu };
}

/** Sasaran written on some row whose group (until the next Sasaran) has no Kode or Indikator. */
function sasaranKosong(sheet: SheetSnapshot, tabel: PkTable): Array<{ baris: number; teks: string }> {
  const k = tabel.kolom;
  if (k.sasaran === undefined) return [];
  const sel = (r: number, c: number | undefined): string => (c === undefined ? '' : teksSel(sheet.values[r]?.[c] ?? null));
  const pertama = new Map<string, { baris: number; teks: string }>();
  const punya = new Set<string>();
  let cur = '';
  for (let r = tabel.headerRow + 1; r < sheet.values.length; r++) {
    const sas = sel(r, k.sasaran);
    if (sas) {
      cur = bakuTeks(sas);
      if (!pertama.has(cur)) pertama.set(cur, { baris: r, teks: sas });
    }
    if (cur && (sel(r, k.kode) || sel(r, k.indikator))) punya.add(cur);
  }
  return [...pertama].filter(([key]) => !punya.has(key)).map(([, x]) => x);
}

function teksSel(v: CellInput): string {
  return v === null || v === undefined || isKError(v) ? '' : String(v).trim();
}

export function bacaModelPk(sheet: SheetSnapshot | undefined, pengaturan: Pengaturan): ModelPk | null {
  const tabel = bacaPk(sheet);
  if (!sheet || !tabel) return null;
  const cT = tabel.kolom.target;
  const baris = tabel.rows.map((row): BarisPk => {
    const b: BarisPk = { ...row, kunci: kunciKode(row.kode), urai: uraiBarisPk(row, pengaturan) };
    const f = cT === undefined ? undefined : sheet.numberFormats?.[row.baris]?.[cT];
    if (typeof f === 'string') b.formatTarget = f;
    return b;
  });
  return { nama: sheet.name, tabel, baris, sasaranTanpaIndikator: sasaranKosong(sheet, tabel) };
}
