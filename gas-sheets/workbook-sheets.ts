/**
 * The workbook port over SpreadsheetApp. Reads whole blocks (getSheetValues /
 * getValues / getFormulas on the data range) and applies a core Plan with block
 * calls: every range a sheet needs fetched in one RangeList, one setValues per
 * block, one read and one write per format property per sheet, one
 * setConditionalFormatRules per sheet, so the number of calls does not grow
 * with the number of indicators.
 */
import { Plan, Proteksi, SheetSnapshot, SpecGrafik, WorkbookSnapshot, WriteOp, WriteValue, a1Range, jangkauanOp, parseA1Range } from '../core/workbook';
import { AWALAN_DESKRIPSI, deskripsiProteksi } from '../core/siklus/kunci';
import { CellInput, POLA_TANGGAL, rapikanTanggal } from '../core/values';
import { tandaiSebagianTertulis } from '../core/hosterrors';
import type { BacaLembar } from '../core/jobs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;

/** The grid a new sheet gets from insertSheet: 1000 rows × 26 columns (A–Z). */
const UKURAN_LEMBAR_BARU = { baris: 1000, kolom: 26 };

/**
 * A sheet already looked up, with what is known of its grid: `baris`/`kolom`
 * are the rows/columns holding data as the snapshot read them (so the grid has
 * at least that many), or the grid's exact size (a sheet this plan inserted, or
 * one whose size was asked). Shared by reading and writing
 * so each sheet is fetched once and its size asked only when unavoidable.
 */
export interface InfoLembar {
  sheet: Sheet;
  baris: number;
  kolom: number;
}

const infoLembar = (sheet: Sheet, baris = 0, kolom = 0): InfoLembar => ({ sheet, baris, kolom });

export type CacheLembar = Map<string, InfoLembar>;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Read what the job asks for: per sheet one lookup, then its values (one
 * getSheetValues) or, where formulas/formats are wanted too, the data range
 * and one call per thing. Dates come back from Sheets as midnight in the
 * spreadsheet's time zone; they become 'yyyy-MM-dd' (with ' HH:mm:ss' when the
 * cell holds a time of day) text in that zone (one
 * time-zone lookup per snapshot, only when a date is present).
 */
export function bacaSnapshot(ss: Spreadsheet, spec: readonly BacaLembar[], cache: CacheLembar = new Map()): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  let zona: string | null = null;
  const teksTanggal = (d: Date): string => {
    if (zona === null) zona = ss.getSpreadsheetTimeZone();
    // A date-time keeps its time (a note "2024-03-01 14:30:00" right of the RAPK table).
    return rapikanTanggal(Utilities.formatDate(d, zona, POLA_TANGGAL));
  };
  // A name standing for every sheet it begins (the units' isian sheets): one list of the sheets, one name each.
  const semua: Array<{ s: BacaLembar; sh: Sheet | null }> = [];
  for (const s of spec) {
    if (!s.awalan) {
      semua.push({ s, sh: ss.getSheetByName(s.name) });
      continue;
    }
    const a = s.name.toLowerCase();
    for (const sh of ss.getSheets()) {
      const name = sh.getName();
      if (name.toLowerCase().startsWith(a) && !semua.some((x) => x.s.name === name)) semua.push({ s: { ...s, name, awalan: false }, sh });
    }
  }
  for (const { s, sh } of semua) {
    if (!sh) continue;
    const info = infoLembar(sh);
    cache.set(s.name, info);
    if (!s.isi) {
      sheets.push({ name: s.name, values: [] });
      continue;
    }
    let values: unknown[][];
    let range: Range | null = null;
    if (s.rumus || s.format) {
      range = sh.getDataRange();
      values = range.getValues();
    } else {
      try {
        // -1: up to the last row/column holding data, like getDataRange, in one call.
        values = sh.getSheetValues(1, 1, -1, -1);
      } catch (e) {
        // An empty sheet has no "last row with data"; its data range is A1.
        range = sh.getDataRange();
        values = range.getValues();
      }
    }
    for (const row of values) for (let c = 0; c < row.length; c++) if (isDate(row[c])) row[c] = teksTanggal(row[c] as Date);
    info.baris = values.length;
    info.kolom = values.reduce((m, row) => Math.max(m, row.length), 0);
    const snap: SheetSnapshot = { name: s.name, values: values as CellInput[][] };
    if (s.rumus) snap.formulas = (range as Range).getFormulas();
    if (s.format) snap.numberFormats = (range as Range).getNumberFormats();
    sheets.push(snap);
  }
  return { host: 'sheets', sheets };
}

type FormatOp = Extract<WriteOp, { op: 'format' }>;
type CondOp = Extract<WriteOp, { op: 'conditionalText' }>;
type Box = { row: number; col: number; rows: number; cols: number };

function kotakLuar(boxes: Box[]): Box {
  const row = Math.min(...boxes.map((b) => b.row));
  const col = Math.min(...boxes.map((b) => b.col));
  return {
    row,
    col,
    rows: Math.max(...boxes.map((b) => b.row + b.rows)) - row,
    cols: Math.max(...boxes.map((b) => b.col + b.cols)) - col,
  };
}

/** A grid over `box` holding, per cell, the value the last op covering it sets (undefined: no op covers it). */
function isiGrid<T>(box: Box, ops: Array<{ b: Box; v: T }>): { grid: Array<Array<T | undefined>>; penuh: boolean } {
  const grid: Array<Array<T | undefined>> = Array.from({ length: box.rows }, () => Array(box.cols).fill(undefined));
  for (const { b, v } of ops) {
    for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) grid[r - box.row][c - box.col] = v;
  }
  const penuh = grid.every((row) => row.every((x) => x !== undefined));
  return { grid, penuh };
}

/** Cells no op covers keep what the sheet has (`lama`) or, on a new sheet, the default. */
function lengkapi<T>(grid: Array<Array<T | undefined>>, lama: () => T[][] | null, bawaan: T): T[][] {
  const l = lama();
  return grid.map((row, r) => row.map((x, c) => (x !== undefined ? x : l ? l[r][c] : bawaan)));
}

type Rata = 'left' | 'center' | 'right' | 'normal' | null;
/** Alignment as read ("general", "general-left" for text ...) as setHorizontalAlignments takes it: general is null. */
const alignLama = (a: string | null): Rata => {
  const x = (a ?? '').toLowerCase();
  return x === 'left' || x === 'center' || x === 'right' || x === 'normal' ? x : null;
};
const latarLama = (w: string | null): string | null => (!w || /^#ffffff$/i.test(w) ? null : w);

interface RencanaFormat {
  /** Every box a property writes to, as A1: fetched with the sheet's other ranges. */
  a1s: string[];
  terapkan(range: (a1: string) => Range, lembarBaru: boolean): void;
}

/**
 * Format ops of one sheet, per property over the bounding box of the ops that
 * set it: one write per property, plus one read where some cell in that box is
 * covered by no op (that cell keeps what the sheet has). Bold and font colour
 * travel together as text styles; on an existing sheet the cell's own style is
 * read and copied, so its font, size and italics stay.
 */
function rencanaFormat(ops: FormatOp[]): RencanaFormat {
  const boxes = ops.map((o) => parseA1Range(o.range));
  const per = <K extends keyof FormatOp>(k: K): Array<{ b: Box; v: NonNullable<FormatOp[K]> }> =>
    ops.flatMap((o, i) => (o[k] !== undefined ? [{ b: boxes[i], v: o[k] as NonNullable<FormatOp[K]> }] : []));
  const sifat = {
    numberFormat: per('numberFormat'),
    wrap: per('wrap'),
    align: per('align'),
    background: per('background'),
  };
  const bold = per('bold');
  const warna = per('fontColor');
  const kotak = (xs: Array<{ b: Box }>): string | null => {
    if (!xs.length) return null;
    const k = kotakLuar(xs.map((x) => x.b));
    return a1Range(k.row, k.col, k.rows, k.cols);
  };
  const a1Sifat = {
    numberFormat: kotak(sifat.numberFormat),
    wrap: kotak(sifat.wrap),
    align: kotak(sifat.align),
    background: kotak(sifat.background),
    teks: kotak([...bold, ...warna]),
  };
  return {
    a1s: Object.values(a1Sifat).filter((a): a is string => a !== null),
    terapkan(range, lembarBaru) {
      const dengan = <T>(a1: string | null, xs: Array<{ b: Box; v: T }>, f: (r: Range, g: ReturnType<typeof isiGrid<T>>) => void): void => {
        if (a1) f(range(a1), isiGrid(parseA1Range(a1), xs));
      };
      const baca = <T>(penuh: boolean, fn: () => T[][]): (() => T[][] | null) => () => (penuh || lembarBaru ? null : fn());
      dengan(a1Sifat.numberFormat, sifat.numberFormat, (r, g) => r.setNumberFormats(lengkapi(g.grid, baca(g.penuh, () => r.getNumberFormats()), 'General')));
      dengan(a1Sifat.wrap, sifat.wrap, (r, g) => {
        const W = SpreadsheetApp.WrapStrategy;
        const strat = g.grid.map((row) => row.map((x) => (x === undefined ? undefined : x ? W.WRAP : W.OVERFLOW)));
        r.setWrapStrategies(lengkapi(strat, baca(g.penuh, () => r.getWrapStrategies()), W.OVERFLOW));
      });
      dengan(a1Sifat.align, sifat.align, (r, g) =>
        r.setHorizontalAlignments(lengkapi<Rata>(g.grid, baca(g.penuh, () => r.getHorizontalAlignments().map((row) => row.map(alignLama))), null)),
      );
      dengan(a1Sifat.background, sifat.background, (r, g) =>
        r.setBackgrounds(lengkapi<string | null>(g.grid, baca(g.penuh, () => r.getBackgrounds().map((row) => row.map(latarLama))), null) as string[][]),
      );
      if (a1Sifat.teks) {
        const r = range(a1Sifat.teks);
        const box = parseA1Range(a1Sifat.teks);
        const gb = isiGrid(box, bold).grid;
        const gw = isiGrid(box, warna).grid;
        let styles: TextStyle[][];
        if (lembarBaru) {
          const cache = new Map<string, TextStyle>();
          styles = gb.map((row, i) =>
            row.map((b, j) => {
              const c = gw[i][j];
              const key = `${b ?? false}|${c ?? ''}`;
              let st = cache.get(key);
              if (!st) {
                let builder = SpreadsheetApp.newTextStyle().setBold(b ?? false);
                if (c) builder = builder.setForegroundColor(c);
                st = builder.build();
                cache.set(key, st);
              }
              return st;
            }),
          );
        } else {
          const lama = r.getTextStyles();
          styles = lama.map((row, i) =>
            row.map((st, j) => {
              const b = gb[i][j];
              const c = gw[i][j];
              if (b === undefined && c === undefined) return st;
              let builder = st.copy();
              if (b !== undefined) builder = builder.setBold(b);
              if (c !== undefined) builder = builder.setForegroundColor(c);
              return builder.build();
            }),
          );
        }
        r.setTextStyles(styles);
      }
    },
  };
}

function terapkanLebar(sh: Sheet, widths: number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      sh.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
}

/** "#1F3864", "#1f3864" and null/"" compare as Sheets means them. */
const samaWarna = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/**
 * Conditional colours: one rule per label covering every range that asks for it.
 * The user's own rules stay; Kinerja's rules from an earlier run (same text, same
 * colours, whatever the case of the hex Sheets returns) are replaced, recognised
 * from the rule itself without reading its ranges.
 */
function terapkanWarna(sh: Sheet, ops: CondOp[], ranges: Range[], lembarBaru: boolean): void {
  if (ops.length === 0) return;
  const byText = new Map<string, { background?: string; fontColor?: string; idx: number[] }>();
  ops.forEach((o, i) =>
    o.rules.forEach((r) => {
      const e = byText.get(r.text) ?? { background: r.background, fontColor: r.fontColor, idx: [] };
      e.idx.push(i);
      byText.set(r.text, e);
    }),
  );
  const milikKita = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean => {
    const cond = rule.getBooleanCondition();
    if (!cond) return false;
    const e = byText.get(String(cond.getCriteriaValues()[0] ?? ''));
    return Boolean(e) && samaWarna(cond.getBackground(), e!.background) && samaWarna(cond.getFontColor(), e!.fontColor);
  };
  const existing = lembarBaru ? [] : sh.getConditionalFormatRules().filter((rule) => !milikKita(rule));
  const rules = [...byText.entries()].map(([text, e]) => {
    let b = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text);
    if (e.background) b = b.setBackground(e.background);
    if (e.fontColor) b = b.setFontColor(e.fontColor);
    return b.setRanges(e.idx.map((i) => ranges[i])).build();
  });
  sh.setConditionalFormatRules(existing.concat(rules));
}

/**
 * A chart as EmbeddedChartBuilder makes it (the builder is local: only
 * newChart and insertChart reach the spreadsheet): categories first, then each
 * series, merged as columns, no header rows; in a combo chart the series
 * marked `garis` are lines.
 */
function bangunGrafik(sh: Sheet, g: SpecGrafik, kategori: Range, seri: Range[]): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const T = Charts.ChartType;
  let b = sh.newChart().setChartType(g.jenis === 'garis' ? T.LINE : g.jenis === 'kolom' ? T.COLUMN : T.COMBO).addRange(kategori);
  for (const r of seri) b = b.addRange(r);
  const opsiSeri: Record<number, Record<string, unknown>> = {};
  g.seri.forEach((s, i) => {
    const o: Record<string, unknown> = { labelInLegend: s.nama };
    if (g.jenis === 'kolomGaris') o.type = s.jenis === 'garis' ? 'line' : 'bars';
    if (s.warna) o.color = s.warna;
    opsiSeri[i] = o;
  });
  const p = parseA1Range(g.posisi.sel);
  b = b
    .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
    .setNumHeaders(0)
    .setPosition(p.row + 1, p.col + 1, 0, 0)
    .setOption('title', g.judul)
    .setOption('width', g.posisi.lebar)
    .setOption('height', g.posisi.tinggi)
    .setOption('legend', { position: 'bottom' })
    .setOption('series', opsiSeri);
  if (g.jenis === 'kolomGaris') b = b.setOption('seriesType', 'bars');
  if (g.sumbuY) b = b.setOption('vAxis', { title: g.sumbuY });
  return b.build();
}

function nilaiTulis(values: WriteValue[][]): Array<Array<string | number | boolean>> {
  return values.map((row) => row.map((v) => (v === null ? '' : v)));
}

/** Rows and columns (counts from A1) the ops of one sheet reach. */
function ukuranPerlu(ops: WriteOp[]): { baris: number; kolom: number } {
  return ops.map(jangkauanOp).reduce((m, j) => ({ baris: Math.max(m.baris, j.baris), kolom: Math.max(m.kolom, j.kolom) }), { baris: 0, kolom: 0 });
}

/**
 * Grow a sheet's grid to at least `perlu` rows and columns, one insert call per
 * dimension and only when it may be short. Where the exact size is unknown the
 * rows (columns) go right after the last row (column) holding data, which is
 * enough whatever the grid's size and saves asking for it; only a sheet never
 * read asks getMaxRows/getMaxColumns. `batal` collects how to undo the inserts
 * (null for a sheet this plan created, which is deleted instead).
 */
function tumbuhkan(info: InfoLembar, perlu: { baris: number; kolom: number }, batal: Array<() => void> | null): void {
  const sh = info.sheet;
  /** One dimension: its size in `info`, and the host calls that measure, insert and delete. */
  const tumbuh = (
    k: 'baris' | 'kolom',
    ukur: () => number,
    sisip: (setelah: number, n: number) => void,
    hapus: (dari: number, n: number) => void,
  ): void => {
    // A sheet never read (nothing known of its grid) asks its size; otherwise rows go after the data.
    if (perlu[k] > info[k] && info[k] < 1) info[k] = ukur();
    if (perlu[k] > info[k]) {
      const setelah = info[k];
      const n = perlu[k] - setelah;
      sisip(setelah, n);
      batal?.push(() => hapus(setelah + 1, n));
      info[k] = perlu[k];
    }
  };
  tumbuh('baris', () => sh.getMaxRows(), (setelah, n) => sh.insertRowsAfter(setelah, n), (dari, n) => sh.deleteRows(dari, n));
  tumbuh('kolom', () => sh.getMaxColumns(), (setelah, n) => sh.insertColumnsAfter(setelah, n), (dari, n) => sh.deleteColumns(dari, n));
}

/**
 * Apply a plan. Structural ops first; then every sheet the plan writes to is
 * grown to fit (a new sheet has only 1000 × 26 cells; writing past them throws
 * "The coordinates of the range are outside the dimensions of the sheet");
 * then per sheet: every range it needs fetched as one RangeList, clears, value
 * blocks, formats (a write, and where needed a read, per property), widths,
 * freeze, drop-downs, notes, colours and the final selection.
 *
 * If a host call fails, what this call changed in the structure is undone
 * (new sheets deleted, renames reverted, added rows/columns removed) before
 * the error goes on, so a failed run does not leave an empty sheet behind.
 */
export function terapkanRencana(ss: Spreadsheet, plan: Plan, cache: CacheLembar = new Map()): void {
  const baru = new Set<string>();
  const batal: Array<() => void> = [];
  let ditulis = false;
  const lembar = (name: string): InfoLembar => {
    let info = cache.get(name);
    if (!info) {
      const found = ss.getSheetByName(name);
      if (!found) throw new Error(`Lembar "${name}" tidak ditemukan`);
      info = infoLembar(found);
      cache.set(name, info);
    }
    return info;
  };
  try {
    const perSheet = new Map<string, WriteOp[]>();
    for (const op of plan.ops) {
      switch (op.op) {
        case 'addSheet': {
          const sh = ss.insertSheet(op.sheet);
          batal.push(() => ss.deleteSheet(sh));
          cache.set(op.sheet, infoLembar(sh, UKURAN_LEMBAR_BARU.baris, UKURAN_LEMBAR_BARU.kolom));
          baru.add(op.sheet);
          break;
        }
        case 'deleteSheet':
          ss.deleteSheet(lembar(op.sheet).sheet);
          cache.delete(op.sheet);
          break;
        case 'renameSheet': {
          const info = lembar(op.sheet);
          info.sheet.setName(op.to);
          const dari = op.sheet;
          batal.push(() => info.sheet.setName(dari));
          cache.delete(op.sheet);
          cache.set(op.to, info);
          break;
        }
        default: {
          const list = perSheet.get(op.sheet) ?? [];
          list.push(op);
          perSheet.set(op.sheet, list);
        }
      }
    }

    // Grow every sheet to fit before anything is written.
    for (const [name, ops] of perSheet) tumbuhkan(lembar(name), ukuranPerlu(ops), baru.has(name) ? null : batal);

    let pilih: Range | null = null;
    let aktif: Sheet | null = null;
    for (const [name, ops] of perSheet) {
      const sh = lembar(name).sheet;
      const lembarBaru = baru.has(name);
      // Every range this sheet needs, fetched at once.
      const a1s: string[] = [];
      const indeks = new Map<string, number>();
      const at = (a: string): number => {
        let i = indeks.get(a);
        if (i === undefined) {
          i = a1s.push(a) - 1;
          indeks.set(a, i);
        }
        return i;
      };
      const clears = ops.filter((o): o is Extract<WriteOp, { op: 'clear' }> => o.op === 'clear').map((o) => at(o.range));
      const blocks = ops
        .filter((o): o is Extract<WriteOp, { op: 'setValues' }> => o.op === 'setValues' && o.values.length > 0 && o.values[0].length > 0)
        .map((o) => ({ o, i: at(a1Range(o.row, o.col, o.values.length, o.values[0].length)) }));
      const fmt = rencanaFormat(ops.filter((o): o is FormatOp => o.op === 'format'));
      fmt.a1s.forEach(at);
      const conds = ops.filter((o): o is CondOp => o.op === 'conditionalText');
      const condIdx = conds.map((o) => at(o.range));
      const lists = ops.filter((o): o is Extract<WriteOp, { op: 'validationList' }> => o.op === 'validationList').map((o) => ({ o, i: at(o.range) }));
      const notes = ops.filter((o): o is Extract<WriteOp, { op: 'note' }> => o.op === 'note').map((o) => ({ o, i: at(o.cell) }));
      const sel = ops.filter((o): o is Extract<WriteOp, { op: 'select' }> => o.op === 'select').map((o) => at(o.cell));
      // Charts (the Laporan): their ranges come with the sheet's other ranges. Sheets has no print-setup API (printSetup: nothing to call).
      const grafik = ops.filter((o): o is Extract<WriteOp, { op: 'chart' }> => o.op === 'chart').map((o) => ({ g: o.chart, kategori: at(o.chart.kategori), seri: o.chart.seri.map((s) => at(s.range)) }));
      // Sparse writes: each op's bounding block, read again just before it is written.
      const jarang = ops
        .filter((o): o is Extract<WriteOp, { op: 'tulisSel' }> => o.op === 'tulisSel' && o.sel.length > 0)
        .map((o) => {
          const row = Math.min(...o.sel.map((x) => x.row));
          const col = Math.min(...o.sel.map((x) => x.col));
          const rows = Math.max(...o.sel.map((x) => x.row)) - row + 1;
          const cols = Math.max(...o.sel.map((x) => x.col)) - col + 1;
          return { o, row, col, i: at(a1Range(row, col, rows, cols)) };
        });
      const lindung = ops.filter((o): o is Extract<WriteOp, { op: 'proteksi' | 'bukaProteksi' }> => o.op === 'proteksi' || o.op === 'bukaProteksi');
      for (const o of lindung) if (o.op === 'proteksi') for (const p of o.proteksi) p.rentang.forEach(at);
      const ranges: Range[] = a1s.length === 0 ? [] : a1s.length === 1 ? [sh.getRange(a1s[0])] : sh.getRangeList(a1s).getRanges();

      // Marked after each write that succeeds: a first write refused (a protected sheet) leaves nothing written.
      for (const i of clears) {
        ranges[i].clear();
        if (!lembarBaru) ditulis = true;
      }
      for (const { o, i } of blocks) {
        ranges[i].setValues(nilaiTulis(o.values));
        if (!lembarBaru) ditulis = true;
      }
      for (const { o, row, col, i } of jarang) {
        const r = ranges[i];
        // What the block holds now (another editor may have typed a moment ago): only the plan's cells change.
        const nilai = r.getValues() as unknown[][];
        const rumus = r.getFormulas();
        const isi: unknown[][] = nilai.map((baris, a) => baris.map((v, b) => (rumus[a][b] ? rumus[a][b] : v)));
        for (const x of o.sel) isi[x.row - row][x.col - col] = x.value === null ? '' : x.value;
        r.setValues(isi);
        if (!lembarBaru) ditulis = true;
      }
      fmt.terapkan((a) => ranges[indeks.get(a) as number], lembarBaru);
      for (const o of ops) if (o.op === 'columnWidths') terapkanLebar(sh, o.widths);
      for (const o of ops) {
        if (o.op === 'freeze') {
          sh.setFrozenRows(o.rows);
          sh.setFrozenColumns(o.cols);
        }
      }
      for (const { o, i } of lists) {
        ranges[i].setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(o.values, true).setAllowInvalid(true).build());
      }
      for (const { o, i } of notes) ranges[i].setNote(o.text);
      terapkanWarna(sh, conds, condIdx.map((i) => ranges[i]), lembarBaru);
      for (const x of grafik) sh.insertChart(bangunGrafik(sh, x.g, ranges[x.kategori], x.seri.map((i) => ranges[i])));
      if (lindung.length) terapkanProteksi(sh, lindung, (a) => ranges[indeks.get(a) as number], lembarBaru);
      if (sel.length) pilih = ranges[sel[sel.length - 1]];
      if (ops.some((o) => o.op === 'activate')) aktif = sh;
    }
    if (pilih) (pilih as Range).activate();
    else if (aktif) (aktif as Sheet).activate();
  } catch (e) {
    // Undo the structure only while no cell of a sheet that was already there is
    // written: once one is, a new sheet may hold rows moved out of it (RAPK Arsip)
    // and inserted rows may hold the table, so they stay, and the caller says the
    // job stopped half-way.
    if (!ditulis) {
      for (const undo of batal.reverse()) {
        try {
          undo();
        } catch {
          // Best effort: the original error is what the user needs to see.
        }
      }
    } else {
      tandaiSebagianTertulis(e);
    }
    throw e;
  }
}

/**
 * Kinerja's protections of one sheet (core/siklus/kunci.ts): the state the
 * plan's last 'proteksi' sets ('bukaProteksi' alone: none). Kinerja's own
 * protections are found by their description ("Kinerja: … [id]"); one already
 * there with the same description stays, the others go, the missing are made.
 * A new protection lists every editor of the spreadsheet, so they are removed
 * (the owner and the one running Kinerja stay, as Apps Script keeps them) and
 * the unit's people added; the logs only warn, so collaborators' Kinerja can
 * append to them.
 */
function terapkanProteksi(sh: Sheet, ops: Array<Extract<WriteOp, { op: 'proteksi' | 'bukaProteksi' }>>, range: (a1: string) => Range, lembarBaru: boolean): void {
  const akhir = ops[ops.length - 1];
  const daftar: Proteksi[] = akhir.op === 'proteksi' ? akhir.proteksi : [];
  const mau = daftar.flatMap((p) => (p.cakupan === 'sel' ? p.rentang.map((r) => ({ p, rentang: [r] })) : [{ p, rentang: p.rentang }])).map((x) => ({ ...x, d: deskripsiProteksi(x.p, x.rentang) }));
  const T = SpreadsheetApp.ProtectionType;
  const baca = (ps: GoogleAppsScript.Spreadsheet.Protection[], lembar: boolean): Array<{ p: GoogleAppsScript.Spreadsheet.Protection; d: string; lembar: boolean }> => ps.map((p) => ({ p, d: p.getDescription(), lembar }));
  const semua = lembarBaru ? [] : [...baca(sh.getProtections(T.RANGE), false), ...baca(sh.getProtections(T.SHEET), true)];
  const lama = semua.filter((x) => x.d.startsWith(AWALAN_DESKRIPSI));
  // A sheet protection someone else set stays theirs: Sheets has one per sheet, and protect() would hand it over.
  const milikLain = semua.some((x) => x.lembar && !x.d.startsWith(AWALAN_DESKRIPSI));
  for (const x of lama) if (!mau.some((w) => w.d === x.d)) x.p.remove();
  for (const w of mau) {
    if (lama.some((x) => x.d === w.d)) continue;
    if (w.p.cakupan === 'lembar' && milikLain) continue;
    const p = (w.p.cakupan === 'lembar' ? sh.protect() : range(w.rentang[0]).protect()).setDescription(w.d);
    if (w.p.cakupan === 'lembar' && w.rentang.length) p.setUnprotectedRanges(w.rentang.map(range));
    if (w.p.peringatanSaja) {
      p.setWarningOnly(true);
      continue;
    }
    p.removeEditors(p.getEditors() as unknown as string[]);
    if (p.canDomainEdit()) p.setDomainEdit(false);
    if (w.p.editor?.length) p.addEditors(w.p.editor);
  }
}
