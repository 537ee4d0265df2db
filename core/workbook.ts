/**
 * The workbook port: what core reads (a snapshot) and what it asks a host to
 * write (a plan). Operations are pure functions snapshot -> plan; each host
 * adapter (Excel/Office.js, Sheets/SpreadsheetApp, web/HyperFormula) reads
 * one snapshot and applies one plan in as few host calls as it allows.
 */
import { CellInput } from './values';

export type HostKind = 'excel' | 'sheets' | 'web';

export interface SheetSnapshot {
  name: string;
  /** Values of the used range starting at A1 (row-major, 0-based). */
  values: CellInput[][];
  /** Formulas for the same cells ("" or null where a cell holds a plain value). Optional. */
  formulas?: Array<Array<string | null>>;
  /** Number formats for the same cells, where the host gives them cheaply. Optional. */
  numberFormats?: string[][];
  /** The sheet is protected against edits (Excel: worksheet protection). */
  terlindung?: boolean;
}

export interface WorkbookSnapshot {
  host: HostKind;
  sheets: SheetSnapshot[];
}

/** A value to write: formulas are strings starting with "=" in the host's form. */
export type WriteValue = string | number | boolean | null;

export interface Warna {
  background?: string;
  fontColor?: string;
}

/** How a cell looks: what a 'format' op sets (each property only where given). */
export interface FormatSel {
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  background?: string;
  fontColor?: string;
}

export type WriteOp =
  /** Create a sheet (fails if the name is taken: the plan checks first). */
  | { op: 'addSheet'; sheet: string }
  /** Delete a sheet (only sheets the plan itself just replaced are ever deleted). */
  | { op: 'deleteSheet'; sheet: string }
  /** Rename a sheet (used to keep a copy of user data aside before regenerating). */
  | { op: 'renameSheet'; sheet: string; to: string }
  /** Clear the contents and formats of a block. */
  | { op: 'clear'; sheet: string; range: string }
  /** Write a block of values/formulas with its top-left at row/col (0-based). */
  | { op: 'setValues'; sheet: string; row: number; col: number; values: WriteValue[][] }
  | ({ op: 'format'; sheet: string; range: string } & FormatSel)
  | { op: 'columnWidths'; sheet: string; widths: number[] }
  | { op: 'freeze'; sheet: string; rows: number; cols: number }
  /** A drop-down list on a block. */
  | { op: 'validationList'; sheet: string; range: string; values: string[] }
  /** Conditional formats: a cell equal to `text` gets the colours. */
  | { op: 'conditionalText'; sheet: string; range: string; rules: Array<{ text: string } & Warna> }
  | { op: 'note'; sheet: string; cell: string; text: string }
  | { op: 'select'; sheet: string; cell: string }
  | { op: 'activate'; sheet: string }
  // --- Charts and printing (the Laporan, issue 11) ---
  /** A native chart drawn from cells of its own sheet (Excel: Office.js charts; Sheets: EmbeddedChartBuilder; the browser: drawn in the grid). */
  | { op: 'chart'; sheet: string; chart: SpecGrafik }
  /** How the sheet prints: landscape, all columns on one page wide, the header rows repeated on every page. */
  | { op: 'printSetup'; sheet: string; setup: SetelCetak }
  | WriteOpSiklus;

/**
 * A chart: its kind, title, the sheet ranges of its categories and of each
 * series (A1 on the chart's own sheet, one column each, the same number of
 * rows), and where it sits (its top-left cell and its size in pixels).
 * `kolomGaris`: bars, with the series marked `garis` drawn as lines (capaian
 * per sasaran with a line at 100). A cell that is not a number (blank, text,
 * #N/A) is a gap, never a zero.
 */
export interface SpecGrafik {
  /** Unique on its sheet (the host's chart name). */
  nama: string;
  jenis: 'kolom' | 'garis' | 'kolomGaris';
  judul: string;
  kategori: string;
  seri: Array<{ nama: string; range: string; jenis?: 'kolom' | 'garis'; warna?: string }>;
  posisi: { sel: string; lebar: number; tinggi: number };
  /** Title of the value axis (e.g. "%"). */
  sumbuY?: string;
}

/** Print setup: landscape, `lebarHalaman` pages wide (1) and as many tall as needed, rows `ulangi` (0-based, inclusive) on every page. */
export interface SetelCetak {
  orientasi: 'landscape' | 'portrait';
  lebarHalaman: number;
  ulangi?: { dari: number; sampai: number };
}

/** The print setup of every sheet Kinerja writes: landscape, one page wide, the rows `dari`..`sampai` repeated (no repeat when `dari` is null). */
export function opCetak(sheet: string, dari: number | null, sampai: number | null = dari): WriteOp {
  const setup: SetelCetak = { orientasi: 'landscape', lebarHalaman: 1 };
  if (dari !== null && sampai !== null && sampai >= dari && dari >= 0) setup.ulangi = { dari, sampai };
  return { op: 'printSetup', sheet, setup };
}

// ---------------------------------------------------------------------------
// The monthly cycle (core/siklus): protection and sparse writes.

/**
 * One protection Kinerja puts on a sheet. Each host does what it can:
 *   Excel    sheet protection (ExcelApi 1.2): cells locked or unlocked by their format;
 *   Sheets   Protection objects (a range's, or the sheet's with unprotected ranges), described
 *            "Kinerja: …" so Kinerja finds its own again; `editor`: who may still edit;
 *   browser  read-only cells (the grid refuses an edit there and says `alasan`).
 */
export interface Proteksi {
  /** 'sel': only `rentang` is locked; 'lembar': the whole sheet is locked except `rentang`. */
  cakupan: 'sel' | 'lembar';
  /** A1 ranges: the locked cells ('sel') or the cells left editable ('lembar'). */
  rentang: string[];
  /** Sheets only: e-mail addresses that may still edit the locked cells (the owner and the one running Kinerja always may). */
  editor?: string[];
  /** Sheets only: edits are allowed after a warning (a log Kinerja appends to as whoever runs it). */
  peringatanSaja?: boolean;
  /** Why, in Indonesian: the Sheets description and the browser's message. */
  alasan: string;
}

export type WriteOpSiklus =
  /** Kinerja's protections of a sheet, all of them: replaces what Kinerja set there before ([] removes it). */
  | { op: 'proteksi'; sheet: string; proteksi: Proteksi[] }
  /** Lift the sheet's protection so the plan can write (Excel); a 'proteksi' of the same sheet follows. */
  | { op: 'bukaProteksi'; sheet: string }
  /** Write these cells only; every other cell keeps what it holds when the write happens (no block rewrite). */
  | { op: 'tulisSel'; sheet: string; sel: Array<{ row: number; col: number; value: WriteValue }> };

export interface Plan {
  ops: WriteOp[];
  /** Indonesian summary shown to the user after the plan is applied. */
  ringkasan: string;
  /** Things the user should know (rows kept aside, names taken ...). */
  catatan: string[];
}

// ---------------------------------------------------------------------------
// A1 helpers

export function colName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" for row 4, col 2 (0-based). */
export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/** "A1:C5" for a block. */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  if (rows === 1 && cols === 1) return a1(row, col);
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = ref.trim().toUpperCase().match(/^\$?([A-Z]+)\$?(\d+)$/);
  if (!m) throw new Error(`alamat sel tidak sah: ${ref}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

export function parseA1Range(ref: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = ref.split(':');
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

/**
 * How far one op reaches on its sheet, counted from A1 (exclusive end row and
 * column; 0 when it touches no cell). The Sheets adapter grows a grid to it and
 * cekRencana holds it against a host's limits.
 */
export function jangkauanOp(op: WriteOp): { baris: number; kolom: number } {
  const kotak = (row: number, col: number, rows: number, cols: number): { baris: number; kolom: number } => ({ baris: row + rows, kolom: col + cols });
  switch (op.op) {
    case 'setValues':
      return op.values.length && op.values[0].length ? kotak(op.row, op.col, op.values.length, op.values[0].length) : { baris: 0, kolom: 0 };
    case 'clear':
    case 'format':
    case 'validationList':
    case 'conditionalText': {
      const b = parseA1Range(op.range);
      return kotak(b.row, b.col, b.rows, b.cols);
    }
    case 'note':
    case 'select': {
      const p = parseA1(op.cell);
      return kotak(p.row, p.col, 1, 1);
    }
    case 'columnWidths':
      return { baris: 0, kolom: op.widths.length };
    case 'tulisSel':
      return op.sel.reduce((m, x) => ({ baris: Math.max(m.baris, x.row + 1), kolom: Math.max(m.kolom, x.col + 1) }), { baris: 0, kolom: 0 });
    case 'proteksi':
      return op.proteksi
        .flatMap((p) => p.rentang.map(parseA1Range))
        .reduce((m, b) => ({ baris: Math.max(m.baris, b.row + b.rows), kolom: Math.max(m.kolom, b.col + b.cols) }), { baris: 0, kolom: 0 });
    case 'freeze':
      return kotak(0, 0, op.rows + 1, op.cols + 1);
    case 'chart': {
      // The anchor cell and every range the chart reads must exist on the sheet.
      const boxes = [op.chart.posisi.sel, op.chart.kategori, ...op.chart.seri.map((x) => x.range)].map(parseA1Range);
      return { baris: Math.max(...boxes.map((b) => b.row + b.rows)), kolom: Math.max(...boxes.map((b) => b.col + b.cols)) };
    }
    default:
      return { baris: 0, kolom: 0 };
  }
}

/** A sheet name quoted for use in a formula: 'Anggaran dan Efisiensi'!A1. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The name of a Kinerja function as each host writes it in a formula. */
export function namaFungsi(host: HostKind, name: string): string {
  return host === 'sheets' ? name : `KINERJA.${name}`;
}

export function getSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

// ---------------------------------------------------------------------------
// Writing text and moving formulas

/**
 * A letter of any script. `\p{L}` is ES2018 regex syntax: written as a literal it
 * makes an ES2017 parser (Excel for Mac's older WebKit) reject the whole script,
 * so the patterns are built from text. An engine without `\p{L}` gets Latin
 * letters instead; text it then takes for "not a letter" only gains the harmless
 * apostrophe.
 */
const HURUF = ((): string => {
  try {
    new RegExp('\\p{L}', 'u');
    return '\\p{L}';
  } catch (e) {
    return 'A-Za-z\\u00C0-\\u024F';
  }
})();
const AWAL_HURUF = new RegExp(`^[${HURUF}]`, 'u');
const BULAN_HARI = new RegExp(`^(jan|feb|mar|apr|ma[iy]|jun|jul|aug|agu|agt|sep|o[ck]t|nov|de[cs])[${HURUF}]*\\.?[\\s\\-/]*\\d`, 'iu');

/**
 * Text to write so that every host keeps it as the same text. Excel, Sheets and
 * HyperFormula read a written string the way they read a typed one, so a Kode
 * "01", "1.10", "1E1" or "2:15" would become a number (and no longer match its
 * PK row), "(5)" would become -5 and "-x" a formula; a leading apostrophe keeps
 * it text in all three and is not shown. Text that starts with a letter is
 * left alone unless it reads as a boolean, an amount in rupiah or a month and
 * day ("Mar-24"). Prefixing text that needed none is harmless.
 */
export function teksTulis(s: string): string {
  const t = s.trim();
  if (t === '') return s;
  const mirip = !AWAL_HURUF.test(t) || /^(true|false|benar|salah)$/i.test(t) || /^rp\.?\s*[\d.,]/i.test(t) || BULAN_HARI.test(t);
  return mirip ? `'${s}` : s;
}

/**
 * An A1 reference or range, with an optional sheet prefix, that is not part of
 * a longer name. The character before it (or the start) is captured as `lead`
 * rather than tested with a lookbehind: lookbehind is ES2018 syntax, and WebKit
 * before 16.4 (Excel for Mac) rejects a whole script that contains one.
 */
const REF_A1 =
  /(^|[^\w.$'!])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w(!])/g;

/** Where a row of the sheet went: its new 0-based row, null if it left, undefined if it did not move with the table. */
export type PetaBaris = (baris: number) => number | null | undefined;

/**
 * A formula rewritten after the rows of its sheet were rearranged, so that each
 * reference keeps pointing at the same thing: a reference to a row that moved
 * (this sheet, unqualified or named) follows that row, one to a row that left
 * becomes #REF!, anything else (other sheets, rows outside the table, text in
 * quotes) stays. A range over several moved rows can only follow them if they
 * stay together in order; otherwise `galat` names the range and the formula is
 * returned unchanged.
 */
export function petakanRumus(rumus: string, peta: PetaBaris, lembar = ''): { rumus: string; galat?: string } {
  if (!rumus.startsWith('=')) return { rumus };
  const milikSendiri = (prefix: string | undefined): boolean => {
    if (!prefix) return true;
    const nama = prefix.slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    return lembar !== '' && nama.toLowerCase() === lembar.toLowerCase();
  };
  let galat: string | undefined;
  const hasil = rumus
    .split(/("(?:[^"]|"")*")/)
    .map((bagian, i) =>
      i % 2 === 1
        ? bagian
        : bagian.replace(REF_A1, (m: string, lead: string, prefix: string | undefined, c1a, c1, r1a, r1, c2a, c2, r2a, r2) => {
            const ref = m.slice(lead.length);
            if (!milikSendiri(prefix)) return m;
            const p = prefix ?? '';
            const a = Number(r1) - 1;
            if (c2 === undefined) {
              const b = peta(a);
              if (b === undefined) return m;
              if (b === null) return `${lead}#REF!`;
              return `${lead}${p}${c1a}${c1}${r1a}${b + 1}`;
            }
            const z = Number(r2) - 1;
            const [lo, hi] = a <= z ? [a, z] : [z, a];
            const baru: Array<number | null | undefined> = [];
            for (let r = lo; r <= hi; r++) baru.push(peta(r));
            if (baru.every((x) => x === undefined)) return m;
            const geser = typeof baru[0] === 'number' ? (baru[0] as number) - lo : NaN;
            if (!baru.every((x, k) => typeof x === 'number' && x === lo + k + geser)) {
              galat = galat ?? ref;
              return m;
            }
            return `${lead}${p}${c1a}${c1}${r1a}${a + geser + 1}:${c2a}${c2}${r2a}${z + geser + 1}`;
          }),
    )
    .join('');
  return galat ? { rumus, galat } : { rumus: hasil };
}
