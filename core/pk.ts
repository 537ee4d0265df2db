/**
 * The PK (Perjanjian Kinerja) sheet: its columns and how to read it.
 * The templates write these headers; RAPK generation and the checks read them
 * back by header name, so a user may add title rows above or move columns.
 */
import { CellInput, bakuTeks, parseCell } from './values';
import { SheetSnapshot } from './workbook';

export const PK_SHEET = 'PK';

export const PK_KOLOM = [
  'No',
  'Perspektif',
  'Sasaran',
  'Kode',
  'Indikator',
  'IKU',
  'Bobot',
  'Satuan',
  'Polaritas',
  'Target',
  'Pola target',
  'Pagu',
  // Who reports each indicator (the monthly cycle, core/siklus): the unit, and optionally
  // the e-mail addresses of its people (Google Sheets: Bagikan isian). Old PKs without
  // them are read as before (every column is found by its header).
  'Penanggung jawab',
  'Email PJ',
] as const;

export type PkField = 'no' | 'perspektif' | 'sasaran' | 'kode' | 'indikator' | 'iku' | 'bobot' | 'satuan' | 'polaritas' | 'target' | 'pola' | 'pagu' | 'pj' | 'emailPj';

export const PK_FIELD: Record<(typeof PK_KOLOM)[number], PkField> = {
  No: 'no',
  Perspektif: 'perspektif',
  Sasaran: 'sasaran',
  Kode: 'kode',
  Indikator: 'indikator',
  IKU: 'iku',
  Bobot: 'bobot',
  Satuan: 'satuan',
  Polaritas: 'polaritas',
  Target: 'target',
  'Pola target': 'pola',
  Pagu: 'pagu',
  'Penanggung jawab': 'pj',
  'Email PJ': 'emailPj',
};

/**
 * The key an indicator's Kode is matched by, everywhere (RAPK merge, Periksa,
 * Pengukuran): trimmed, inner spaces collapsed, case ignored. A Kode a host
 * stored as a number (1.1) matches the same text ("1.1").
 */
export function kunciKode(kode: CellInput): string {
  return bakuTeks(kode);
}

export interface PkRow {
  /** 0-based row index in the sheet. */
  baris: number;
  perspektif: string;
  sasaran: string;
  kode: string;
  indikator: string;
  iku: boolean;
  bobot: CellInput;
  satuan: string;
  polaritas: CellInput;
  target: CellInput;
  pola: CellInput;
  pagu: CellInput;
  /** Penanggung jawab: the unit that reports the indicator ("" when the PK has no such column or the cell is blank). */
  pj?: string;
  /** Email PJ as typed (one or more addresses); bacaPk always sets both. */
  emailPj?: string;
  /** Raw cells by field, for checks that cite the exact cell. */
  sel: Partial<Record<PkField, CellInput>>;
}

export interface PkTable {
  headerRow: number;
  /** 0-based column of each field found in the header. */
  kolom: Partial<Record<PkField, number>>;
  rows: PkRow[];
}

function teks(v: CellInput): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

const normHeader = bakuTeks;

/** Find a header row (within the first 10 rows) holding at least "Kode" and "Indikator". */
export function cariHeader(values: CellInput[][], wajib: string[]): number {
  const want = wajib.map((w) => w.toLowerCase());
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const cells = (values[r] || []).map(normHeader);
    if (want.every((w) => cells.includes(w))) return r;
  }
  return -1;
}

export function petaKolom(header: CellInput[], nama: readonly string[]): Record<string, number> {
  const map: Record<string, number> = {};
  header.forEach((h, c) => {
    const n = normHeader(h);
    for (const k of nama) if (k.toLowerCase() === n && map[k] === undefined) map[k] = c;
  });
  return map;
}

export function ikuYa(v: CellInput): boolean {
  const t = teks(v).toLowerCase();
  return ['ya', 'y', 'iku', 'true', '1', 'yes'].includes(t) || v === true || v === 1;
}

/**
 * Read the PK rows. Perspektif and Sasaran left blank mean "same as above"
 * (users merge those cells); a row with neither Kode nor Indikator ends nothing
 * but is skipped.
 */
export function bacaPk(sheet: SheetSnapshot | undefined): PkTable | null {
  if (!sheet) return null;
  const headerRow = cariHeader(sheet.values, ['Kode', 'Indikator']);
  if (headerRow < 0) return null;
  const byName = petaKolom(sheet.values[headerRow], PK_KOLOM);
  const kolom: Partial<Record<PkField, number>> = {};
  for (const k of PK_KOLOM) if (byName[k] !== undefined) kolom[PK_FIELD[k]] = byName[k];
  const rows: PkRow[] = [];
  let perspektif = '';
  let sasaran = '';
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] || [];
    const get = (f: PkField): CellInput => (kolom[f] === undefined ? null : row[kolom[f] as number] ?? null);
    const kode = teks(get('kode'));
    const indikator = teks(get('indikator'));
    if (teks(get('perspektif'))) perspektif = teks(get('perspektif'));
    if (teks(get('sasaran'))) sasaran = teks(get('sasaran'));
    if (!kode && !indikator) continue;
    const sel: Partial<Record<PkField, CellInput>> = {};
    for (const f of Object.keys(kolom) as PkField[]) sel[f] = get(f);
    rows.push({
      baris: r,
      perspektif,
      sasaran,
      kode,
      indikator,
      iku: ikuYa(get('iku')),
      bobot: get('bobot'),
      satuan: teks(get('satuan')),
      polaritas: get('polaritas'),
      target: get('target'),
      pola: get('pola'),
      pagu: get('pagu'),
      pj: teks(get('pj')),
      emailPj: teks(get('emailPj')),
      sel,
    });
  }
  return { headerRow, kolom, rows };
}

/** Bobot of a PK row: typed bobot, else 2 for an IKU and 1 otherwise (seed 001, III). */
export function bobotEfektif(row: PkRow): CellInput {
  const p = parseCell(row.bobot);
  if (p.kind !== 'blank') return row.bobot;
  return row.iku ? 2 : 1;
}
