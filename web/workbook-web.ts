/**
 * The workbook port of the browser host: HyperFormula keeps the cells
 * (values and formulas, recalculated), a side model keeps what HyperFormula
 * does not (number formats, bold/fills, column widths, frozen panes,
 * drop-down lists, conditional colours, notes), and the state of the view
 * (active sheet, selection) that the grid shows.
 *
 * Like the Excel and Sheets ports it only translates: one snapshot read,
 * one plan applied (all value changes in one HyperFormula batch, so the
 * workbook recalculates once). Every decision is made in core/.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import type { BacaLembar } from '../core/jobs';
import type { CellInput } from '../core/values';
import { FormatSel, Plan, SheetSnapshot, WorkbookSnapshot, Warna, WriteOp, parseA1Range } from '../core/workbook';
import { buatHyperFormula, terapkanRencana as terapkanNilai } from './hyperformula-kinerja';

/** How one cell looks (what Excel keeps in its cell format). */
export type GayaSel = FormatSel;

export interface Kotak {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface AturanWarna extends Warna {
  text: string;
}

/** What HyperFormula does not keep about a sheet. */
export interface MetaLembar {
  /** Cell formats, key = kunciSel(row, col). */
  gaya: Map<number, GayaSel>;
  /** Column widths in pixels (index = column); missing = default. */
  lebar: number[];
  beku: { rows: number; cols: number };
  daftar: Array<{ kotak: Kotak; values: string[] }>;
  warna: Array<{ kotak: Kotak; rules: AturanWarna[] }>;
  /** Notes (comments), key = kunciSel(row, col). */
  catatan: Map<number, string>;
}

export const LEBAR_BAWAAN = 90;
const KOLOM_MAKS = 16384;

export function kunciSel(row: number, col: number): number {
  return row * KOLOM_MAKS + col;
}

export function dariKunci(k: number): { row: number; col: number } {
  return { row: Math.floor(k / KOLOM_MAKS), col: k % KOLOM_MAKS };
}

export function metaKosong(): MetaLembar {
  return { gaya: new Map(), lebar: [], beku: { rows: 0, cols: 0 }, daftar: [], warna: [], catatan: new Map() };
}

export function diDalam(k: Kotak, row: number, col: number): boolean {
  return row >= k.row && row < k.row + k.rows && col >= k.col && col < k.col + k.cols;
}

function samaKotak(a: Kotak, b: Kotak): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

function mencakup(luar: Kotak, dalam: Kotak): boolean {
  return dalam.row >= luar.row && dalam.col >= luar.col && dalam.row + dalam.rows <= luar.row + luar.rows && dalam.col + dalam.cols <= luar.col + luar.cols;
}

/** The selection: a cell or a block on a sheet. */
export interface Pilihan {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type PeristiwaBuku =
  /** Cells or sheets changed (a plan, an edit, a loaded file). */
  | { jenis: 'ubah'; sumber: 'rencana' | 'sunting' | 'muat' }
  /** The active sheet or the selection changed. */
  | { jenis: 'pilih'; pilihan: Pilihan };

/** A HyperFormula value as a host shows it: errors as "#DIV/0! message", blank as null. */
export function nilaiHost(v: unknown): CellInput {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return `${v.value} ${v.message || ''}`.trim();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** One sheet to load whole: its cells (HyperFormula contents) and side model. */
export interface LembarMuat {
  name: string;
  isi: RawCellContent[][];
  meta?: MetaLembar;
}

export class BukuKerjaWeb {
  hf: HyperFormula;
  /** Side model per sheet, keyed by the sheet name in lower case (sheet names are case-insensitive). */
  meta = new Map<string, MetaLembar>();
  /** The active sheet's name and the selection the grid shows. */
  pilihan: Pilihan | null = null;
  private pendengar = new Set<(e: PeristiwaBuku) => void>();

  constructor(hf?: HyperFormula) {
    this.hf = hf ?? buatHyperFormula();
  }

  // ---------------------------------------------------------------------------
  // Events for the view

  dengar(fn: (e: PeristiwaBuku) => void): () => void {
    this.pendengar.add(fn);
    return () => this.pendengar.delete(fn);
  }

  private kabari(e: PeristiwaBuku): void {
    for (const fn of [...this.pendengar]) {
      try {
        fn(e);
      } catch (err) {
        // A broken listener must not stop the others (nor the job that changed the workbook).
        // eslint-disable-next-line no-console
        console.error(err);
      }
    }
  }

  // ---------------------------------------------------------------------------
  // Sheets

  namaLembar(): string[] {
    return this.hf.getSheetNames();
  }

  /** The sheet id, or undefined when there is no such sheet (case-insensitive). */
  idLembar(name: string): number | undefined {
    return this.hf.getSheetId(name);
  }

  /** The sheet's name as the workbook spells it. */
  namaAsli(name: string): string | undefined {
    const id = this.hf.getSheetId(name);
    return id === undefined ? undefined : this.hf.getSheetName(id);
  }

  private wajibId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`Lembar "${name}" tidak ditemukan di buku kerja.`);
    return id;
  }

  metaLembar(name: string): MetaLembar {
    const key = name.toLowerCase();
    let m = this.meta.get(key);
    if (!m) {
      m = metaKosong();
      this.meta.set(key, m);
    }
    return m;
  }

  gayaSel(sheet: string, row: number, col: number): GayaSel | undefined {
    return this.meta.get(sheet.toLowerCase())?.gaya.get(kunciSel(row, col));
  }

  /** The conditional colours of a cell showing `teks` (a cell equal to the rule's text, case-insensitive as in Excel). */
  warnaSel(sheet: string, row: number, col: number, teks: string): Warna | undefined {
    const m = this.meta.get(sheet.toLowerCase());
    if (!m || m.warna.length === 0 || teks === '') return undefined;
    const t = teks.trim().toLowerCase();
    for (const w of m.warna) {
      if (!diDalam(w.kotak, row, col)) continue;
      const r = w.rules.find((x) => x.text.toLowerCase() === t);
      if (r) return { background: r.background, fontColor: r.fontColor };
    }
    return undefined;
  }

  daftarSel(sheet: string, row: number, col: number): string[] | undefined {
    const m = this.meta.get(sheet.toLowerCase());
    return m?.daftar.find((d) => diDalam(d.kotak, row, col))?.values;
  }

  catatanSel(sheet: string, row: number, col: number): string | undefined {
    return this.meta.get(sheet.toLowerCase())?.catatan.get(kunciSel(row, col));
  }

  /** The calculated value of a cell as a host shows it. */
  nilai(sheet: string, row: number, col: number): CellInput {
    return nilaiHost(this.hf.getCellValue({ sheet: this.wajibId(sheet), row, col }));
  }

  /** The formula of a cell ("=KINERJA.CAPAIAN(J5,I5,G5)"), or undefined. */
  rumus(sheet: string, row: number, col: number): string | undefined {
    return this.hf.getCellFormula({ sheet: this.wajibId(sheet), row, col });
  }

  // ---------------------------------------------------------------------------
  // The port: read a snapshot

  /**
   * Read the sheets a job names. `spec` is BACA[job] (or plain names, read
   * whole when `isi`). Values are the calculated values; errors arrive as the
   * text a host shows ("#DIV/0! target kosong"), which parseCell reads as an
   * error. Formulas and number formats come along: they cost nothing here.
   */
  bacaSnapshot(spec: ReadonlyArray<BacaLembar | string>, isi = true): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = [];
    for (const s of spec) {
      const want: BacaLembar = typeof s === 'string' ? { name: s, isi, rumus: isi, format: isi } : s;
      const id = this.hf.getSheetId(want.name);
      if (id === undefined) continue;
      const name = this.hf.getSheetName(id) as string;
      const snap: SheetSnapshot = { name, values: [], terlindung: false };
      if (want.isi) {
        const raw = this.hf.getSheetValues(id) as unknown[][];
        const rumus = this.hf.getSheetFormulas(id) as Array<Array<string | undefined>>;
        // Each row of values ends at its last non-blank value, each row of formulas at its last
        // formula: a row reaches as far as either, or a formula whose result is blank goes unseen.
        snap.values = Array.from({ length: Math.max(raw.length, rumus.length) }, (_, r) => {
          const row = raw[r] ?? [];
          const n = Math.max(row.length, rumus[r]?.length ?? 0);
          return Array.from({ length: n }, (_, c) => nilaiHost(row[c]));
        });
        snap.formulas = snap.values.map((row, r) => row.map((_, c) => rumus[r]?.[c] ?? ''));
        snap.numberFormats = snap.values.map((row, r) => row.map((v, c) => this.formatAngkaSel(id, name, r, c, v)));
      }
      sheets.push(snap);
    }
    return { host: 'web', sheets };
  }

  /** The number format of a cell: the side model's, or a percent typed into the cell ("100%" is 1 shown as 100%). */
  private formatAngkaSel(id: number, name: string, row: number, col: number, v: CellInput): string {
    const f = this.gayaSel(name, row, col)?.numberFormat;
    if (f) return f;
    if (typeof v === 'number' && this.hf.getCellValueDetailedType({ sheet: id, row, col }) === 'NUMBER_PERCENT') return '0%';
    return 'General';
  }

  // ---------------------------------------------------------------------------
  // The port: apply a plan

  /**
   * Apply every op of a plan: cells in one HyperFormula batch (one
   * recalculation), then the side model in the plan's order, then the
   * selection. Listeners hear one 'ubah' and, when the plan selects, one 'pilih'.
   */
  terapkanRencana(plan: Plan): void {
    terapkanNilai(this.hf, plan);
    let pilih: Pilihan | null = null;
    for (const op of plan.ops) {
      const p = this.terapkanMeta(op);
      if (p) pilih = p;
    }
    this.kabari({ jenis: 'ubah', sumber: 'rencana' });
    if (pilih) this.setPilihan(pilih);
  }

  private terapkanMeta(op: WriteOp): Pilihan | null {
    const key = op.sheet.toLowerCase();
    switch (op.op) {
      case 'addSheet':
        this.meta.set(key, metaKosong());
        return null;
      case 'deleteSheet':
        this.meta.delete(key);
        if (this.pilihan && this.pilihan.sheet.toLowerCase() === key) this.pilihan = null;
        return null;
      case 'renameSheet': {
        const m = this.meta.get(key);
        this.meta.delete(key);
        if (m) this.meta.set(op.to.toLowerCase(), m);
        if (this.pilihan && this.pilihan.sheet.toLowerCase() === key) this.pilihan = { ...this.pilihan, sheet: op.to };
        return null;
      }
      case 'clear': {
        const m = this.metaLembar(op.sheet);
        const b = parseA1Range(op.range);
        for (const k of [...m.gaya.keys()]) {
          const { row, col } = dariKunci(k);
          if (diDalam(b, row, col)) m.gaya.delete(k);
        }
        for (const k of [...m.catatan.keys()]) {
          const { row, col } = dariKunci(k);
          if (diDalam(b, row, col)) m.catatan.delete(k);
        }
        m.daftar = m.daftar.filter((d) => !mencakup(b, d.kotak));
        m.warna = m.warna.filter((w) => !mencakup(b, w.kotak));
        return null;
      }
      case 'setValues':
        return null;
      case 'format': {
        const m = this.metaLembar(op.sheet);
        const b = parseA1Range(op.range);
        const ubah: GayaSel = {};
        if (op.numberFormat !== undefined) ubah.numberFormat = op.numberFormat;
        if (op.bold !== undefined) ubah.bold = op.bold;
        if (op.wrap !== undefined) ubah.wrap = op.wrap;
        if (op.align !== undefined) ubah.align = op.align;
        if (op.background !== undefined) ubah.background = op.background;
        if (op.fontColor !== undefined) ubah.fontColor = op.fontColor;
        for (let r = b.row; r < b.row + b.rows; r++) {
          for (let c = b.col; c < b.col + b.cols; c++) {
            const k = kunciSel(r, c);
            m.gaya.set(k, { ...m.gaya.get(k), ...ubah });
          }
        }
        return null;
      }
      case 'columnWidths': {
        const m = this.metaLembar(op.sheet);
        op.widths.forEach((w, c) => (m.lebar[c] = w));
        return null;
      }
      case 'freeze':
        this.metaLembar(op.sheet).beku = { rows: Math.max(0, op.rows), cols: Math.max(0, op.cols) };
        return null;
      case 'validationList': {
        const m = this.metaLembar(op.sheet);
        const kotak = parseA1Range(op.range);
        m.daftar = m.daftar.filter((d) => !samaKotak(d.kotak, kotak));
        m.daftar.push({ kotak, values: [...op.values] });
        return null;
      }
      case 'conditionalText': {
        const m = this.metaLembar(op.sheet);
        const kotak = parseA1Range(op.range);
        m.warna = m.warna.filter((w) => !samaKotak(w.kotak, kotak));
        m.warna.push({ kotak, rules: op.rules.map((r) => ({ ...r })) });
        return null;
      }
      case 'note': {
        const { row, col } = parseA1Range(op.cell);
        this.metaLembar(op.sheet).catatan.set(kunciSel(row, col), op.text);
        return null;
      }
      case 'select': {
        const b = parseA1Range(op.cell);
        return { sheet: this.namaAsli(op.sheet) ?? op.sheet, ...b };
      }
      case 'activate':
        return { sheet: this.namaAsli(op.sheet) ?? op.sheet, row: 0, col: 0, rows: 1, cols: 1 };
    }
    return null;
  }

  // ---------------------------------------------------------------------------
  // Selection

  /** Activate a sheet and select a cell or block ("J7", "A5:C9"); throws in Indonesian when either does not exist. */
  pilih(sheet: string, cell: string): void {
    const nama = this.namaAsli(sheet);
    if (nama === undefined) throw new Error(`Lembar "${sheet}" tidak ditemukan di buku kerja.`);
    const b = cell ? parseA1Range(cell) : { row: 0, col: 0, rows: 1, cols: 1 };
    this.setPilihan({ sheet: nama, ...b });
  }

  setPilihan(p: Pilihan): void {
    this.pilihan = { ...p };
    this.kabari({ jenis: 'pilih', pilihan: { ...p } });
  }

  // ---------------------------------------------------------------------------
  // Edits from the grid

  /**
   * Put what the user typed into a cell (a formula "=...", a number, a text,
   * or null to clear) and recalculate. A percent typed ("100%") keeps a
   * percent format, so it shows as typed and Periksa sees the unit; the grid
   * may pass the format of what it read itself (Indonesian "99,44%").
   */
  isiSel(sheet: string, row: number, col: number, isi: RawCellContent, numberFormat?: string): void {
    const id = this.wajibId(sheet);
    const addr: SimpleCellAddress = { sheet: id, row, col };
    this.hf.setCellContents(addr, [[isi]]);
    const nama = this.hf.getSheetName(id) as string;
    const m = this.metaLembar(nama);
    const k = kunciSel(row, col);
    const persen = typeof isi === 'string' && !isi.startsWith('=') && this.hf.getCellValueDetailedType(addr) === 'NUMBER_PERCENT';
    const g = m.gaya.get(k);
    if (numberFormat) m.gaya.set(k, { ...g, numberFormat });
    else if (persen && !(g?.numberFormat && /%/.test(g.numberFormat))) m.gaya.set(k, { ...g, numberFormat: '0%' });
    this.kabari({ jenis: 'ubah', sumber: 'sunting' });
  }

  // ---------------------------------------------------------------------------
  // Loading a whole workbook (an .xlsx, or the example again)

  /** Replace everything with these sheets (one new engine, one recalculation). */
  muat(lembar: LembarMuat[], aktif?: string): void {
    const hf = buatHyperFormula();
    hf.batch(() => {
      for (const l of lembar) hf.addSheet(l.name);
      for (const l of lembar) {
        const id = hf.getSheetId(l.name) as number;
        if (l.isi.length) hf.setSheetContent(id, l.isi);
      }
    });
    const lama = this.hf;
    this.hf = hf;
    this.meta = new Map(lembar.map((l) => [l.name.toLowerCase(), l.meta ?? metaKosong()]));
    this.pilihan = null;
    try {
      lama.destroy();
    } catch {
      // already gone
    }
    this.kabari({ jenis: 'ubah', sumber: 'muat' });
    const nama = aktif && this.namaAsli(aktif) ? (this.namaAsli(aktif) as string) : lembar[0]?.name;
    if (nama) this.setPilihan({ sheet: nama, row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** Remove every sheet (the start of "Contoh LAKIP 2019" again). */
  kosongkan(): void {
    this.muat([]);
  }
}
