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
 *
 * Every change goes through `langkah` (one step): the cells change in one
 * HyperFormula batch, which is one entry of HyperFormula's own undo stack,
 * and the side model keeps a copy of what the step touched, so Ctrl+Z undoes
 * an edit, a paste, a row operation or a whole sidebar job at once. A step
 * that fails half-way is undone at once: the workbook is as it was.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import type { BacaLembar } from '../core/jobs';
import type { CellInput } from '../core/values';
import { FormatSel, Plan, Proteksi, SetelCetak, SheetSnapshot, SpecGrafik, WorkbookSnapshot, Warna, WriteOp, a1, parseA1Range } from '../core/workbook';
import { buatHyperFormula, siapkanRencana, terapkanNilaiRencana } from './hyperformula-kinerja';

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
  /** Charts drawn over the grid (the Laporan), in plan order. */
  grafik?: SpecGrafik[];
  /** How the sheet prints (carried into the .xlsx). */
  cetak?: SetelCetak;
  /** Kinerja's protections of the sheet (a validated period, an isian sheet, the logs): those cells are read-only here. */
  proteksi?: Proteksi[];
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

/**
 * A copy of a sheet's side model that shares the cell formats and list
 * entries themselves: nothing ever changes a GayaSel or a list entry in
 * place (a change puts a new object), so a copy costs one Map per kind.
 */
export function salinMeta(m: MetaLembar): MetaLembar {
  const salin: MetaLembar = { gaya: new Map(m.gaya), lebar: [...m.lebar], beku: { ...m.beku }, daftar: [...m.daftar], warna: [...m.warna], catatan: new Map(m.catatan) };
  // Charts and the print setup are replaced whole, never changed in place.
  if (m.grafik) salin.grafik = [...m.grafik];
  if (m.cetak) salin.cetak = m.cetak;
  if (m.proteksi) salin.proteksi = m.proteksi;
  return salin;
}

// ---- Read-only cells (the monthly cycle's protections, core/siklus/kunci.ts) ----

const KOTAK_PROTEKSI = new WeakMap<Proteksi, Kotak[]>();
/** A protection's ranges as blocks (parsed once: the grid asks for every cell it draws). */
function kotakProteksi(p: Proteksi): Kotak[] {
  let k = KOTAK_PROTEKSI.get(p);
  if (!k) KOTAK_PROTEKSI.set(p, (k = p.rentang.map(parseA1Range)));
  return k;
}

/** The protection that makes a cell read-only, or null. A 'lembar' protection leaves only its ranges editable. */
export function proteksiSel(m: MetaLembar | undefined, row: number, col: number): Proteksi | null {
  for (const p of m?.proteksi ?? []) {
    const di = kotakProteksi(p).some((b) => diDalam(b, row, col));
    if (p.cakupan === 'sel' ? di : !di) return p;
  }
  return null;
}

/** The first read-only cell of a block (and why), or null when the whole block may be edited. */
export function proteksiKotak(m: MetaLembar | undefined, k: Kotak): { sel: string; alasan: string } | null {
  for (const p of m?.proteksi ?? []) {
    const kotak = kotakProteksi(p);
    if (p.cakupan === 'sel') {
      for (const b of kotak) {
        const row = Math.max(b.row, k.row);
        const col = Math.max(b.col, k.col);
        if (row < Math.min(b.row + b.rows, k.row + k.rows) && col < Math.min(b.col + b.cols, k.col + k.cols)) return { sel: a1(row, col), alasan: p.alasan };
      }
    } else if (!kotak.some((b) => mencakup(b, k))) {
      // The first cell of the block outside every editable range.
      for (let r = k.row; r < k.row + k.rows; r++) for (let c = k.col; c < k.col + k.cols; c++) if (!kotak.some((b) => diDalam(b, r, c))) return { sel: a1(r, c), alasan: p.alasan };
    }
  }
  return null;
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

const isiTulis = (v: unknown): RawCellContent => (v === undefined ? null : (v as RawCellContent));

/** The selection: a cell or a block on a sheet. */
export interface Pilihan {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What changed the workbook: a job's plan, an edit (typing, paste, rows, formats, sheets), a loaded file, undo or redo. */
export type SumberUbah = 'rencana' | 'sunting' | 'muat' | 'urung' | 'ulang';

export type PeristiwaBuku =
  /** Cells or sheets changed. */
  | { jenis: 'ubah'; sumber: SumberUbah }
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

  /** Why a cell is read-only (a validated period, an isian sheet's given columns, the logs), or undefined. */
  alasanTerkunci(sheet: string, row: number, col: number): string | undefined {
    return this.proteksiSel(sheet, row, col)?.alasan;
  }

  proteksiSel(sheet: string, row: number, col: number): Proteksi | null {
    const m = this.meta.get(sheet.toLowerCase());
    return m?.proteksi ? proteksiSel(m, row, col) : null;
  }

  /** Refuse an edit of a block with a read-only cell, naming the cell and why. */
  private jagaKunci(sheet: string, k: Kotak): void {
    const x = proteksiKotak(this.meta.get(sheet.toLowerCase()), k);
    if (x) throw new Error(`Sel ${sheet}!${x.sel} terkunci. ${x.alasan}`);
  }

  /** Refuse a row operation on a sheet Kinerja protects (as Excel does on a protected sheet). */
  private jagaBaris(sheet: string): void {
    const p = this.meta.get(sheet.toLowerCase())?.proteksi;
    if (p?.length) throw new Error(`Lembar ${sheet} dilindungi Kinerja: baris tidak dapat disisipkan, dihapus atau dipindahkan. ${p[0].alasan}`);
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
    // A name ending in `awalan` stands for every sheet it begins (the units' isian sheets).
    const semua = spec.flatMap((s): BacaLembar[] => {
      if (typeof s === 'string' || !s.awalan) return [typeof s === 'string' ? { name: s, isi, rumus: isi, format: isi } : s];
      const a = s.name.toLowerCase();
      return this.namaLembar()
        .filter((n) => n.toLowerCase().startsWith(a))
        .map((name) => ({ ...s, name, awalan: false }));
    });
    for (const want of semua) {
      const id = this.hf.getSheetId(want.name);
      if (id === undefined) continue;
      const name = this.hf.getSheetName(id) as string;
      const snap: SheetSnapshot = { name, values: [], terlindung: false };
      if (sheets.some((x) => x.name === name)) continue;
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
  // Steps: every change, undoable

  /** Steps that Ctrl+Z undoes (oldest first) and that Ctrl+Y redoes. */
  private riwayat: Langkah[] = [];
  private ulangan: Langkah[] = [];

  bisaUrung(): boolean {
    return this.riwayat.length > 0;
  }

  bisaUlang(): boolean {
    return this.ulangan.length > 0;
  }

  /** A restorer of the side model as it is now, for what a step touches. */
  private jepret(c: Cakupan): () => void {
    if ('semua' in c) {
      const salinan = new Map([...this.meta].map(([k, m]) => [k, salinMeta(m)]));
      return () => {
        this.meta = new Map([...salinan].map(([k, m]) => [k, salinMeta(m)]));
      };
    }
    const key = c.lembar.toLowerCase();
    const ada = this.meta.get(key);
    if (c.sel) {
      const lama = c.sel.map((k) => [k, ada?.gaya.get(k)] as const);
      return () => {
        const m = this.metaLembar(key);
        for (const [k, g] of lama) {
          if (g) m.gaya.set(k, g);
          else m.gaya.delete(k);
        }
      };
    }
    if (c.lebar) {
      const lama = [...(ada?.lebar ?? [])];
      return () => {
        this.metaLembar(key).lebar = [...lama];
      };
    }
    const salinan = ada ? salinMeta(ada) : undefined;
    return () => {
      if (salinan) this.meta.set(key, salinMeta(salinan));
      else this.meta.delete(key);
    };
  }

  /**
   * One undoable step: `hf` changes cells inside one HyperFormula batch (one
   * entry of its undo stack, one recalculation), then `meta` changes the side
   * model (and may name the selection to show). If either throws, what was
   * done is undone and the error goes on: the workbook is as it was.
   */
  private langkah(
    cakupan: Cakupan,
    kerja: {
      /** Cell changes, in one HyperFormula batch. */
      hf?: (hf: HyperFormula) => void;
      /** Or HyperFormula operations that cannot run in a batch (paste), each counted with `entri`. */
      hfSendiri?: (hf: HyperFormula, entri: () => void) => void;
      meta?: () => Pilihan | null | void;
    },
    sumber: SumberUbah = 'sunting',
  ): void {
    const urungMeta = this.jepret(cakupan);
    const pilihSebelum = this.pilihan ? { ...this.pilihan } : null;
    let pilih: Pilihan | null = null;
    /** HyperFormula undo entries this step made. */
    let hf = 0;
    try {
      if (kerja.hf) {
        // HyperFormula keeps even a half-done batch as an undo entry.
        hf++;
        this.hf.batch(() => kerja.hf!(this.hf));
      }
      // An operation outside a batch checks its arguments before it changes anything: counted once it is done.
      if (kerja.hfSendiri) kerja.hfSendiri(this.hf, () => hf++);
      pilih = kerja.meta?.() || null;
    } catch (e) {
      // Undo what HyperFormula did and forget it.
      for (let i = 0; i < hf; i++) this.hf.undo();
      if (hf) this.hf.clearRedoStack();
      urungMeta();
      throw e;
    }
    const l: Langkah = { hf, urungMeta, ulangMeta: this.jepret(cakupan), pilihSebelum, pilihSesudah: pilih ?? (this.pilihan ? { ...this.pilihan } : null) };
    this.riwayat.push(l);
    // HyperFormula drops its oldest entries at the same limit, never one still listed here.
    if (this.riwayat.length > BATAS_URUNG) this.riwayat.shift();
    this.ulangan = [];
    this.kabari({ jenis: 'ubah', sumber });
    if (pilih) this.setPilihan(pilih);
  }

  /** Ctrl+Z: undo the last step (an edit, a paste, a row operation, a whole job); false when there is none. */
  urung(): boolean {
    return this.balik(this.riwayat, this.ulangan, 'urung');
  }

  /** Ctrl+Y: redo the step undone last; false when there is none. */
  ulang(): boolean {
    return this.balik(this.ulangan, this.riwayat, 'ulang');
  }

  /** Take the last step of `dari` back (urung) or again (ulang), and keep it on `ke`. */
  private balik(dari: Langkah[], ke: Langkah[], arah: 'urung' | 'ulang'): boolean {
    const l = dari.pop();
    if (!l) return false;
    for (let i = 0; i < l.hf; i++) {
      if (arah === 'urung') this.hf.undo();
      else this.hf.redo();
    }
    (arah === 'urung' ? l.urungMeta : l.ulangMeta)();
    ke.push(l);
    this.kabari({ jenis: 'ubah', sumber: arah });
    this.pilihLagi(arah === 'urung' ? l.pilihSebelum : l.pilihSesudah);
    return true;
  }

  /** Show where a step happened, when that sheet is still there. */
  private pilihLagi(p: Pilihan | null): void {
    const nama = p && this.namaAsli(p.sheet);
    if (p && nama) this.setPilihan({ ...p, sheet: nama });
    else if (this.pilihan && !this.namaAsli(this.pilihan.sheet)) {
      const pertama = this.namaLembar()[0];
      this.pilihan = null;
      if (pertama) this.setPilihan({ sheet: pertama, row: 0, col: 0, rows: 1, cols: 1 });
    }
  }

  // ---------------------------------------------------------------------------
  // The port: apply a plan

  /**
   * Apply every op of a plan as one step: cells in one HyperFormula batch (one
   * recalculation, one undo entry), then the side model in the plan's order,
   * then the selection. Listeners hear one 'ubah' and, when the plan selects, one 'pilih'.
   */
  terapkanRencana(plan: Plan, lembarBaru: LembarMuat[] = []): void {
    const siap = siapkanRencana(this.hf, plan);
    this.langkah(
      { semua: true },
      {
        hf: (hf) => {
          terapkanNilaiRencana(hf, plan, siap);
          // Sheets from a file that come in with the plan (Ambil isian: a returned file's isian sheets).
          for (const l of lembarBaru) {
            hf.addSheet(l.name);
            if (l.isi.length) hf.setSheetContent(hf.getSheetId(l.name) as number, l.isi);
          }
          // Sparse writes (Gabungkan isian): only these cells, after the plan's blocks.
          for (const op of plan.ops) {
            if (op.op !== 'tulisSel') continue;
            const id = this.wajibId(op.sheet);
            for (const x of op.sel) hf.setCellContents({ sheet: id, row: x.row, col: x.col }, [[isiTulis(x.value)]]);
          }
        },
        meta: () => {
          let pilih: Pilihan | null = null;
          for (const op of plan.ops) {
            const p = this.terapkanMeta(op);
            if (p) pilih = p;
          }
          for (const l of lembarBaru) this.meta.set(l.name.toLowerCase(), l.meta ?? metaKosong());
          if (lembarBaru.length) pilih = { sheet: lembarBaru[0].name, row: 0, col: 0, rows: 1, cols: 1 };
          return pilih;
        },
      },
      'rencana',
    );
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
      // --- Charts and printing (the Laporan): kept in the side model, drawn by the grid, written into the .xlsx ---
      case 'chart': {
        const m = this.metaLembar(op.sheet);
        m.grafik = [...(m.grafik ?? []).filter((g) => g.nama !== op.chart.nama), op.chart];
        return null;
      }
      case 'printSetup':
        this.metaLembar(op.sheet).cetak = op.setup;
        return null;
      case 'proteksi': {
        const m = this.metaLembar(op.sheet);
        if (op.proteksi.length) m.proteksi = op.proteksi.map((p) => ({ ...p, rentang: [...p.rentang] }));
        else delete m.proteksi;
        return null;
      }
      case 'bukaProteksi':
      case 'tulisSel':
        // Kinerja's own plan writes through its protections; a 'proteksi' follows.
        return null;
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
  // Edits from the grid (each one step)

  /**
   * Put what the user typed into a cell (a formula "=...", a number, a text,
   * or null to clear) and recalculate. A percent typed ("100%") keeps a
   * percent format, so it shows as typed and Periksa sees the unit; the grid
   * may pass the format of what it read itself (Indonesian "99,44%").
   */
  isiSel(sheet: string, row: number, col: number, isi: RawCellContent, numberFormat?: string): void {
    this.isiBlok(sheet, row, col, [[isi]], numberFormat ? [[numberFormat]] : undefined);
  }

  /**
   * Put a block of typed or pasted contents with its top-left at row/col, as
   * one step; `format` gives the number format read with a cell (a percent
   * typed the Indonesian way), where there is one.
   */
  isiBlok(sheet: string, row: number, col: number, isi: RawCellContent[][], format?: Array<Array<string | undefined>>): void {
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    const lebar = Math.max(1, ...isi.map((r) => r.length));
    this.jagaKunci(nama, { row, col, rows: Math.max(1, isi.length), cols: lebar });
    const blok = isi.map((r) => Array.from({ length: lebar }, (_, c) => (r[c] === undefined ? null : r[c])));
    const kunci: number[] = [];
    for (let r = 0; r < blok.length; r++) for (let c = 0; c < lebar; c++) kunci.push(kunciSel(row + r, col + c));
    this.langkah(
      { lembar: nama, sel: kunci },
      {
        hf: (hf) => hf.setCellContents({ sheet: id, row, col }, blok),
        meta: () => {
          const m = this.metaLembar(nama);
          blok.forEach((baris, r) =>
            baris.forEach((x, c) => {
              const addr: SimpleCellAddress = { sheet: id, row: row + r, col: col + c };
              const k = kunciSel(addr.row, addr.col);
              const g = m.gaya.get(k);
              const numberFormat = format?.[r]?.[c];
              const persen = typeof x === 'string' && !x.startsWith('=') && this.hf.getCellValueDetailedType(addr) === 'NUMBER_PERCENT';
              if (numberFormat) m.gaya.set(k, { ...g, numberFormat });
              else if (persen && !(g?.numberFormat && /%/.test(g.numberFormat))) m.gaya.set(k, { ...g, numberFormat: '0%' });
            }),
          );
        },
      },
    );
  }

  /** Delete: empty the cells of a block (their formats stay, as in Excel). */
  kosongkanBlok(sheet: string, k: Kotak): void {
    const id = this.wajibId(sheet);
    this.jagaKunci(this.hf.getSheetName(id) as string, k);
    const blank = Array.from({ length: k.rows }, () => Array.from({ length: k.cols }, () => null));
    this.langkah({ lembar: sheet, sel: [] }, { hf: (hf) => hf.setCellContents({ sheet: id, row: k.row, col: k.col }, blank) });
  }

  /** The number format of a block: 'General', '#,##0.00', '0.00%' … (only the side model changes). */
  aturFormatAngka(sheet: string, k: Kotak, numberFormat: string): void {
    const nama = this.namaAsli(sheet) ?? sheet;
    this.wajibId(nama);
    this.jagaKunci(nama, k);
    const kunci: number[] = [];
    for (let r = k.row; r < k.row + k.rows; r++) for (let c = k.col; c < k.col + k.cols; c++) kunci.push(kunciSel(r, c));
    this.langkah(
      { lembar: nama, sel: kunci },
      {
        meta: () => {
          const m = this.metaLembar(nama);
          for (const key of kunci) m.gaya.set(key, { ...m.gaya.get(key), numberFormat });
        },
      },
    );
  }

  /** A column's width in pixels (dragged or fitted in the grid). */
  aturLebarKolom(sheet: string, col: number, px: number): void {
    const nama = this.namaAsli(sheet) ?? sheet;
    this.wajibId(nama);
    this.langkah(
      { lembar: nama, lebar: true },
      {
        meta: () => {
          const m = this.metaLembar(nama);
          for (let c = m.lebar.length; c < col; c++) if (m.lebar[c] === undefined) m.lebar[c] = LEBAR_BAWAAN;
          m.lebar[col] = Math.max(LEBAR_MIN, Math.round(px));
        },
      },
    );
  }

  // ---------------------------------------------------------------------------
  // Rows (HyperFormula moves the formulas; the side model follows here)

  /** Insert `n` empty rows before `row`; they take the formats of the row above, as in Excel. */
  sisipBaris(sheet: string, row: number, n = 1): void {
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    this.jagaBaris(nama);
    if (!this.hf.isItPossibleToAddRows(id, [row, n])) throw new Error(`Baris tidak dapat disisipkan di baris ${row + 1} lembar ${nama}.`);
    this.langkah(
      { lembar: nama },
      {
        hf: (hf) => hf.addRows(id, [row, n]),
        meta: () => {
          const m = this.metaLembar(nama);
          geserMeta(m, (r) => (r >= row ? r + n : r), (k) => geserKotakSisip(k, row, n));
          if (row > 0) {
            for (const [k, g] of [...m.gaya]) {
              const p = dariKunci(k);
              if (p.row !== row - 1) continue;
              for (let i = 0; i < n; i++) m.gaya.set(kunciSel(row + i, p.col), g);
            }
          }
          if (row < m.beku.rows) m.beku = { ...m.beku, rows: m.beku.rows + n };
          return this.pilihan && this.pilihan.sheet.toLowerCase() === nama.toLowerCase() ? { sheet: nama, row, col: this.pilihan.col, rows: n, cols: 1 } : null;
        },
      },
    );
  }

  /** Delete `n` rows from `row`; formulas that pointed into them show #REF!, as in Excel. */
  hapusBaris(sheet: string, row: number, n = 1): void {
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    this.jagaBaris(nama);
    if (!this.hf.isItPossibleToRemoveRows(id, [row, n])) throw new Error(`Baris ${row + 1}${n > 1 ? `–${row + n}` : ''} lembar ${nama} tidak dapat dihapus (mis. sebagian dari hasil array).`);
    this.langkah(
      { lembar: nama },
      {
        hf: (hf) => hf.removeRows(id, [row, n]),
        meta: () => {
          const m = this.metaLembar(nama);
          for (const k of [...m.gaya.keys(), ...m.catatan.keys()]) {
            const r = dariKunci(k).row;
            if (r >= row && r < row + n) {
              m.gaya.delete(k);
              m.catatan.delete(k);
            }
          }
          geserMeta(m, (r) => (r >= row + n ? r - n : r), (k) => geserKotakHapus(k, row, n));
          if (row < m.beku.rows) m.beku = { ...m.beku, rows: Math.max(row, m.beku.rows - n) };
          return this.pilihan && this.pilihan.sheet.toLowerCase() === nama.toLowerCase() ? { sheet: nama, row: Math.max(0, Math.min(row, this.hf.getSheetDimensions(id).height - 1)), col: this.pilihan.col, rows: 1, cols: 1 } : null;
        },
      },
    );
  }

  /**
   * Move rows [row, row + n) so that they sit before row `sebelum` (counted
   * before the move, as HyperFormula counts); formulas keep pointing at the
   * same cells, wherever those go.
   */
  pindahBaris(sheet: string, row: number, n: number, sebelum: number): void {
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    if (sebelum >= row && sebelum <= row + n) return;
    this.jagaBaris(nama);
    if (sebelum < 0 || !this.hf.isItPossibleToMoveRows(id, row, n, sebelum)) throw new Error(`Baris ${row + 1} lembar ${nama} tidak dapat dipindahkan ke sana.`);
    const ke = (r: number): number => {
      if (r >= row && r < row + n) return sebelum < row ? sebelum + (r - row) : sebelum - n + (r - row);
      if (sebelum < row && r >= sebelum && r < row) return r + n;
      if (sebelum > row + n && r >= row + n && r < sebelum) return r - n;
      return r;
    };
    this.langkah(
      { lembar: nama },
      {
        hf: (hf) => hf.moveRows(id, row, n, sebelum),
        meta: () => {
          const m = this.metaLembar(nama);
          // A list or colour rule moves with the rows only when all of it moves; one that spans the table stays.
          geserMeta(m, ke, (k) => (k.row >= row && k.row + k.rows <= row + n ? { ...k, row: ke(k.row) } : k));
          const p = this.pilihan;
          return p && p.sheet.toLowerCase() === nama.toLowerCase() ? { sheet: nama, row: ke(row), col: p.col, rows: n, cols: p.cols } : null;
        },
      },
    );
  }

  // ---------------------------------------------------------------------------
  // Sheets

  /** Why a sheet name cannot be used (Excel's rules), or null when it can. */
  masalahNamaLembar(baru: string, lama?: string): string | null {
    const t = baru.trim();
    if (!t) return 'Nama lembar tidak boleh kosong.';
    if (t.length > 31) return `Nama lembar "${t}" terlalu panjang (${t.length} karakter; paling banyak 31).`;
    if (/[\\/?*[\]:]/.test(t)) return `Nama lembar "${t}" memuat karakter yang tidak boleh dipakai: \\ / ? * [ ] :`;
    if (t.startsWith("'") || t.endsWith("'")) return `Nama lembar "${t}" tidak boleh diawali atau diakhiri tanda petik (').`;
    const sama = this.namaAsli(t);
    if (sama && sama.toLowerCase() !== (lama ?? '').toLowerCase()) return `Sudah ada lembar bernama "${sama}".`;
    return null;
  }

  gantiNamaLembar(lama: string, baru: string): void {
    const id = this.wajibId(lama);
    const dulu = this.hf.getSheetName(id) as string;
    const nama = baru.trim();
    const masalah = this.masalahNamaLembar(nama, dulu);
    if (masalah) throw new Error(masalah);
    if (nama === dulu) return;
    this.langkah(
      { semua: true },
      {
        hf: (hf) => hf.renameSheet(id, nama),
        meta: () => {
          const m = this.meta.get(dulu.toLowerCase());
          this.meta.delete(dulu.toLowerCase());
          if (m) this.meta.set(nama.toLowerCase(), m);
          const p = this.pilihan;
          return p && p.sheet.toLowerCase() === dulu.toLowerCase() ? { ...p, sheet: nama } : null;
        },
      },
    );
  }

  /** Delete a sheet (the grid asks first); the last sheet stays. */
  hapusLembar(nama: string): void {
    const id = this.wajibId(nama);
    const asli = this.hf.getSheetName(id) as string;
    const semua = this.namaLembar();
    if (semua.length <= 1) throw new Error(`Lembar "${asli}" adalah satu-satunya lembar: buku kerja harus punya paling sedikit satu lembar.`);
    const i = semua.findIndex((n) => n.toLowerCase() === asli.toLowerCase());
    const tetangga = semua[i + 1] ?? semua[i - 1];
    this.langkah(
      { semua: true },
      {
        hf: (hf) => hf.removeSheet(id),
        meta: () => {
          this.meta.delete(asli.toLowerCase());
          const p = this.pilihan;
          return !p || p.sheet.toLowerCase() === asli.toLowerCase() ? { sheet: tetangga, row: 0, col: 0, rows: 1, cols: 1 } : null;
        },
      },
    );
  }

  /** A new empty sheet at the end ("Lembar2", "Lembar3" …), activated. */
  tambahLembar(): string {
    let i = this.namaLembar().length + 1;
    while (this.namaAsli(`Lembar${i}`)) i++;
    const nama = `Lembar${i}`;
    this.langkah(
      { semua: true },
      {
        hf: (hf) => hf.addSheet(nama),
        meta: () => {
          this.meta.set(nama.toLowerCase(), metaKosong());
          return { sheet: nama, row: 0, col: 0, rows: 1, cols: 1 };
        },
      },
    );
    return nama;
  }

  // ---------------------------------------------------------------------------
  // Copy and paste inside the workbook (HyperFormula's clipboard: formulas follow)

  private papan: { sheet: string; kotak: Kotak; potong: boolean; gaya: Array<[number, number, GayaSel]> } | null = null;

  /**
   * Ctrl+C / Ctrl+X on a block: HyperFormula's clipboard remembers the cells
   * (contents at this moment); the formats come along. A cut block is copied
   * too and emptied when it is pasted: HyperFormula 3.5's own cut (a cell
   * move) leaves its state broken after some row moves and cannot always undo,
   * so formulas elsewhere that point at a cut cell keep pointing at its old place.
   */
  salin(sheet: string, k: Kotak, potong = false): void {
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    this.hf.copy({ start: { sheet: id, row: k.row, col: k.col }, end: { sheet: id, row: k.row + k.rows - 1, col: k.col + k.cols - 1 } });
    const gaya: Array<[number, number, GayaSel]> = [];
    const m = this.meta.get(nama.toLowerCase());
    if (m) for (let r = 0; r < k.rows; r++) for (let c = 0; c < k.cols; c++) {
      const g = m.gaya.get(kunciSel(k.row + r, k.col + c));
      if (g) gaya.push([r, c, g]);
    }
    this.papan = { sheet: nama, kotak: { ...k }, potong, gaya };
  }

  /** Is there a block copied or cut inside the workbook? */
  adaSalinan(): boolean {
    return !!this.papan && !this.hf.isClipboardEmpty();
  }

  /** Paste what salin remembered at row/col (one step): formulas inside it follow, as a copy's do; a cut block's old cells are emptied. */
  tempel(sheet: string, row: number, col: number): void {
    const p = this.papan;
    if (!p || this.hf.isClipboardEmpty()) throw new Error('Belum ada sel yang disalin di buku kerja ini.');
    const id = this.wajibId(sheet);
    const nama = this.hf.getSheetName(id) as string;
    const { rows, cols } = p.kotak;
    const tujuan: Kotak = { row, col, rows, cols };
    this.jagaKunci(nama, tujuan);
    if (p.potong && this.namaAsli(p.sheet)) this.jagaKunci(this.namaAsli(p.sheet) as string, p.kotak);
    const kunciTujuan: number[] = [];
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) kunciTujuan.push(kunciSel(row + r, col + c));
    // The cut block's cells that the paste does not cover.
    const asalId = this.hf.getSheetId(p.sheet);
    const asal: Array<{ row: number; col: number }> = [];
    if (p.potong && asalId !== undefined) {
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        const sel = { row: p.kotak.row + r, col: p.kotak.col + c };
        if (!(asalId === id && diDalam(tujuan, sel.row, sel.col))) asal.push(sel);
      }
    }
    this.langkah(p.potong ? { semua: true } : { lembar: nama, sel: kunciTujuan }, {
      // HyperFormula refuses to paste inside a batch: the paste is one undo entry, emptying the cut cells another.
      hfSendiri: (hf, entri) => {
        hf.paste({ sheet: id, row, col });
        entri();
        if (asal.length && asalId !== undefined) {
          entri();
          hf.batch(() => {
            for (const s of asal) hf.setCellContents({ sheet: asalId, row: s.row, col: s.col }, null);
          });
        }
      },
      meta: () => {
        if (p.potong) {
          const m0 = this.metaLembar(p.sheet);
          for (const s of asal) m0.gaya.delete(kunciSel(s.row, s.col));
        }
        const m = this.metaLembar(nama);
        for (const k of kunciTujuan) m.gaya.delete(k);
        for (const [r, c, g] of p.gaya) m.gaya.set(kunciSel(row + r, col + c), g);
        if (p.potong) {
          this.papan = null;
          this.hf.clearClipboard();
        }
        return { sheet: nama, row, col, rows, cols };
      },
    });
  }

  // ---------------------------------------------------------------------------
  // Loading a whole workbook (an .xlsx, the example again, an autosaved one)

  /** Replace everything with these sheets (one new engine, one recalculation, no undo history). */
  muat(lembar: LembarMuat[], aktif?: string | Pilihan): void {
    const hf = buatHyperFormula();
    hf.batch(() => {
      for (const l of lembar) hf.addSheet(l.name);
      for (const l of lembar) {
        const id = hf.getSheetId(l.name) as number;
        if (l.isi.length) hf.setSheetContent(id, l.isi);
      }
    });
    hf.clearUndoStack();
    const lama = this.hf;
    this.hf = hf;
    this.meta = new Map(lembar.map((l) => [l.name.toLowerCase(), l.meta ?? metaKosong()]));
    this.pilihan = null;
    this.riwayat = [];
    this.ulangan = [];
    this.papan = null;
    try {
      lama.destroy();
    } catch {
      // already gone
    }
    this.kabari({ jenis: 'ubah', sumber: 'muat' });
    const p = typeof aktif === 'object' && aktif ? aktif : null;
    const namaAktif = p ? p.sheet : (aktif as string | undefined);
    const nama = namaAktif && this.namaAsli(namaAktif) ? (this.namaAsli(namaAktif) as string) : lembar[0]?.name;
    if (nama) this.setPilihan(p && nama.toLowerCase() === p.sheet.toLowerCase() ? { ...p, sheet: nama } : { sheet: nama, row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** Kinerja's protections of sheets just loaded (not a step: a file opened is where history starts). */
  aturProteksi(per: Map<string, Proteksi[]>): void {
    for (const [nama, p] of per) {
      if (this.hf.getSheetId(nama) === undefined) continue;
      this.metaLembar(nama).proteksi = p;
    }
  }

  /** No undo past this point (a workbook just loaded or built from the example is where history starts). */
  lupakanRiwayat(): void {
    this.riwayat = [];
    this.ulangan = [];
    this.hf.clearUndoStack();
    this.hf.clearRedoStack();
  }

  /** Remove every sheet (the start of "Contoh LAKIP 2019" again). */
  kosongkan(): void {
    this.muat([]);
  }

  /** Everything needed to load this workbook again (cells as typed, side model, selection): what autosave keeps. */
  simpanan(): { lembar: LembarMuat[]; pilihan: Pilihan | null } {
    return {
      lembar: this.namaLembar().map((name) => ({
        name,
        isi: this.hf.getSheetSerialized(this.hf.getSheetId(name) as number),
        meta: salinMeta(this.metaLembar(name)),
      })),
      pilihan: this.pilihan ? { ...this.pilihan } : null,
    };
  }
}

/** One undoable step. */
interface Langkah {
  /** How many entries of HyperFormula's undo stack the step is (0 for the side model alone). */
  hf: number;
  urungMeta: () => void;
  ulangMeta: () => void;
  pilihSebelum: Pilihan | null;
  pilihSesudah: Pilihan | null;
}

/** What of the side model a step may change: every sheet, one sheet, some cells' formats, or the column widths. */
type Cakupan = { semua: true } | { lembar: string; sel?: number[]; lebar?: boolean };

const BATAS_URUNG = 100;
const LEBAR_MIN = 16;

/** Move the per-cell entries and blocks of a sheet's side model to their rows after a row operation. */
function geserMeta(m: MetaLembar, baris: (r: number) => number, kotak: (k: Kotak) => Kotak | null): void {
  const geser = <T>(peta: Map<number, T>): Map<number, T> => {
    const baru = new Map<number, T>();
    for (const [k, v] of peta) {
      const p = dariKunci(k);
      baru.set(kunciSel(baris(p.row), p.col), v);
    }
    return baru;
  };
  m.gaya = geser(m.gaya);
  m.catatan = geser(m.catatan);
  m.daftar = m.daftar.flatMap((d) => {
    const k = kotak(d.kotak);
    return k ? [{ ...d, kotak: k }] : [];
  });
  m.warna = m.warna.flatMap((w) => {
    const k = kotak(w.kotak);
    return k ? [{ ...w, kotak: k }] : [];
  });
}

/** A block after `n` rows are inserted before `row`: below it moves down, across it grows (as in Excel). */
function geserKotakSisip(k: Kotak, row: number, n: number): Kotak {
  if (row <= k.row) return { ...k, row: k.row + n };
  if (row < k.row + k.rows) return { ...k, rows: k.rows + n };
  return k;
}

/** A block after rows [row, row + n) are deleted: what is left of it, or null. */
function geserKotakHapus(k: Kotak, row: number, n: number): Kotak | null {
  const akhir = k.row + k.rows;
  const sisaAtas = Math.max(0, Math.min(akhir, row) - k.row);
  const sisaBawah = Math.max(0, akhir - Math.max(k.row, row + n));
  const rows = sisaAtas + sisaBawah;
  if (rows === 0) return null;
  const awal = k.row < row ? k.row : Math.max(row, k.row - n);
  return { ...k, row: awal, rows };
}

/** "J5" or "A5:C9" of a block (for messages). */
export function alamatKotak(k: Kotak): string {
  return k.rows === 1 && k.cols === 1 ? a1(k.row, k.col) : `${a1(k.row, k.col)}:${a1(k.row + k.rows - 1, k.col + k.cols - 1)}`;
}
