/**
 * .xlsx in and out of the browser workbook, with ExcelJS.
 *
 * Export: every sheet with its values, formulas in Excel's form
 * (`KINERJA.CAPAIAN(J5,I5,G5)` with the calculated result cached, so Excel and
 * LibreOffice show the numbers without recalculating), number formats,
 * bold/fills/alignment, column widths, frozen panes, drop-down lists,
 * conditional colours and notes.
 *
 * Import: the cells of every sheet into HyperFormula, add-in formulas as
 * Excel writes them (`_xldudf_KINERJA_CAPAIAN(`, `_xludf.KINERJA.CAPAIAN(`)
 * read back as Kinerja functions, and what the side model keeps (formats,
 * widths, frozen panes, lists, conditional colours, notes).
 */
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { FUNCTIONS } from '../core/functions';
import { SpecGrafik, a1Range, parseA1Range } from '../core/workbook';
import { DataGrafik, dataGrafik } from './grafik';
import { AturanWarna, BukuKerjaWeb, GayaSel, Kotak, LEBAR_BAWAAN, LembarMuat, MetaLembar, dariKunci, diDalam, kunciSel, metaKosong } from './workbook-web';
import { BACA_SIKLUS, rencanaSiklus } from '../core/jobs';
import { proteksiBukuKerja, proteksiIsian } from '../core/siklus/kunci';
import { bacaLembarIsian } from '../core/siklus/model';
import { RE_NAMA_ISIAN } from '../core/siklus/lembar';
import type { CellInput } from '../core/values';
import { NAMESPACE } from './hyperformula-kinerja';

// ---------------------------------------------------------------------------
// Formula names

const NAMA_FUNGSI = FUNCTIONS.map((f) => f.name).sort((a, b) => b.length - a.length);
const POLA_FUNGSI = new RegExp(
  `(?<![A-Za-z0-9_.])(?:_xldudf_${NAMESPACE}_|_xludf\\.${NAMESPACE}\\.|_xludf\\.|${NAMESPACE}\\.|${NAMESPACE}_)?(${NAMA_FUNGSI.join('|')})(\\s*\\()`,
  'gi',
);
/** Functions Excel 2010+ stores with the _xlfn. prefix (the ones HyperFormula also knows). */
const FUNGSI_XLFN = ['IFS', 'SWITCH', 'CONCAT', 'TEXTJOIN', 'MAXIFS', 'MINIFS', 'IFNA', 'XOR', 'DAYS', 'ISOWEEKNUM', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'CEILING.MATH', 'FLOOR.MATH'];
const POLA_XLFN_KE = new RegExp(`(?<![A-Za-z0-9_.])(${FUNGSI_XLFN.map((f) => f.replace('.', '\\.')).join('|')})(\\s*\\()`, 'gi');

/** Apply `fn` to the parts of a formula outside string literals and quoted sheet names. */
function luarKutip(f: string, fn: (s: string) => string): string {
  return f
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/**
 * A formula as Excel stored it -> the browser workbook's form. Add-in
 * functions written by Excel (`_xldudf_KINERJA_CAPAIAN(`), by other tools
 * (`_xludf.KINERJA.CAPAIAN(`, `_xludf.CAPAIAN(`) or by Sheets (`CAPAIAN(`)
 * become `KINERJA.CAPAIAN(` for the names in the registry; `_xlfn.` prefixes go;
 * the constants TRUE and FALSE become TRUE() and FALSE() (HyperFormula's form).
 * Accepts the formula with or without its leading "=" and keeps that.
 */
export function rumusDariExcel(f: string): string {
  return luarKutip(f, (s) =>
    s
      .replace(POLA_FUNGSI, (_m, nama: string, buka: string) => `${NAMESPACE}.${nama.toUpperCase()}${buka}`)
      .replace(/_xlfn\._xlws\.|_xlfn\.|_xlws\./gi, '')
      // HyperFormula knows TRUE() and FALSE(), not the bare constants Excel writes.
      .replace(/(?<![A-Za-z0-9_.])(TRUE|FALSE)(?![A-Za-z0-9_.(!]|\s*\()/gi, (_m, b: string) => `${b.toUpperCase()}()`),
  );
}

/** A formula of the browser workbook -> what goes into the .xlsx (no "=", _xlfn. where Excel wants it). */
export function rumusKeExcel(f: string): string {
  const tanpa = f.startsWith('=') ? f.slice(1) : f;
  return luarKutip(tanpa, (s) => s.replace(POLA_XLFN_KE, (_m, nama: string, buka: string) => `_xlfn.${nama.toUpperCase()}${buka}`));
}

// ---------------------------------------------------------------------------
// Colours and widths

function keArgb(warna: string): string | undefined {
  let h = warna.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(h)) h = h.split('').map((c) => c + c).join('');
  if (/^[0-9a-f]{6}$/i.test(h)) return `FF${h.toUpperCase()}`;
  if (/^[0-9a-f]{8}$/i.test(h)) return h.toUpperCase();
  return undefined;
}

function dariArgb(c: { argb?: string } | undefined): string | undefined {
  const a = c?.argb;
  if (typeof a !== 'string' || !/^[0-9a-f]{8}$/i.test(a)) return undefined;
  return `#${a.slice(2).toUpperCase()}`;
}

/** Pixels -> Excel's column width in characters of the default font (and back). */
const pxKeLebar = (px: number): number => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
const lebarKePx = (w: number): number => Math.round(w * 7 + 5);

const GALAT_EXCEL = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#NUM!', '#REF!', '#NAME?', '#NULL!']);

type NilaiExcel = number | string | boolean | { error: string } | null;

function hasilExcel(v: unknown): NilaiExcel {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return { error: GALAT_EXCEL.has(v.value) ? v.value : '#VALUE!' };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

// ---------------------------------------------------------------------------
// Export

/** Row height of one line of the default font (points) and the average width of a character (pixels). */
const TINGGI_BARIS = 15;
const PX_PER_HURUF = 6.5;

/**
 * Rows whose wrapped text needs more than one line get a height for it:
 * LibreOffice (and Excel for rows it has not measured) opens an .xlsx with
 * the stored heights, so wrapped sasaran and indicator names would otherwise
 * be drawn over the next row.
 */
function tinggiBarisBungkus(ws: ExcelJS.Worksheet, meta: MetaLembar, nilai: unknown[][]): void {
  const baris = new Map<number, number>();
  for (const [k, g] of meta.gaya) {
    if (!g.wrap) continue;
    const { row, col } = dariKunci(k);
    const v = nilai[row]?.[col];
    if (typeof v !== 'string' || v === '') continue;
    const huruf = Math.max(1, Math.floor(((meta.lebar[col] ?? LEBAR_BAWAAN) - 8) / PX_PER_HURUF));
    const garis = v.split('\n').reduce((n, bagian) => n + Math.max(1, Math.ceil(bagian.length / huruf)), 0);
    if (garis > (baris.get(row) ?? 1)) baris.set(row, garis);
  }
  for (const [row, garis] of baris) ws.getRow(row + 1).height = garis * TINGGI_BARIS;
}

/** A chart as a picture, by sheet (lower case) and chart name: what ExcelJS writes instead of a chart it cannot write. */
export type GambarGrafik = Map<string, Map<string, Uint8Array>>;

/** Draws a chart as PNG (the page: a canvas, web/grafik.ts pngGrafik). */
export type PelukisGrafik = (g: SpecGrafik, d: DataGrafik) => Promise<Uint8Array>;

/** Every chart of the workbook as PNG, drawn from the values its ranges hold now. */
export async function lukisSemuaGrafik(bk: BukuKerjaWeb, lukis: PelukisGrafik): Promise<GambarGrafik> {
  const out: GambarGrafik = new Map();
  for (const name of bk.namaLembar()) {
    const grafik = bk.meta.get(name.toLowerCase())?.grafik ?? [];
    if (!grafik.length) continue;
    const id = bk.idLembar(name) as number;
    const per = new Map<string, Uint8Array>();
    for (const g of grafik) per.set(g.nama, await lukis(g, dataGrafik(g, (r, c) => bk.hf.getCellValue({ sheet: id, row: r, col: c }))));
    out.set(name.toLowerCase(), per);
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(s);
}

/** The print setup and the chart pictures of one sheet. */
function cetakDanGambar(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, meta: MetaLembar, gambar: Map<string, Uint8Array> | undefined): void {
  const c = meta.cetak;
  if (c) {
    // Landscape, n pages wide and as many tall as needed (fitToHeight 0), A4; the header rows on every page.
    ws.pageSetup.orientation = c.orientasi;
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = c.lebarHalaman;
    ws.pageSetup.fitToHeight = 0;
    ws.pageSetup.paperSize = 9;
    ws.pageSetup.horizontalCentered = true;
    ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
    if (c.ulangi) ws.pageSetup.printTitlesRow = `${c.ulangi.dari + 1}:${c.ulangi.sampai + 1}`;
  }
  for (const g of meta.grafik ?? []) {
    const png = gambar?.get(g.nama);
    if (!png) continue;
    const p = parseA1Range(g.posisi.sel);
    const id = wb.addImage({ base64: `data:image/png;base64,${base64(png)}`, extension: 'png' });
    ws.addImage(id, { tl: { col: p.col, row: p.row }, ext: { width: g.posisi.lebar, height: g.posisi.tinggi }, editAs: 'oneCell' } as unknown as ExcelJS.ImageRange);
  }
}

/** The browser workbook as an ExcelJS workbook (exported for tests and for other writers); `gambar`: its charts as pictures. */
export function keExcelJS(bk: BukuKerjaWeb, gambar?: GambarGrafik): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  wb.created = new Date();
  // Show the cached results; Excel recalculates anyway when the add-in is there.
  wb.calcProperties = { fullCalcOnLoad: false };
  const names = bk.namaLembar();
  const aktif = bk.pilihan ? names.findIndex((n) => n.toLowerCase() === bk.pilihan!.sheet.toLowerCase()) : 0;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, aktif), visibility: 'visible' }];

  for (const name of names) {
    const id = bk.idLembar(name) as number;
    const meta = bk.meta.get(name.toLowerCase()) ?? metaKosong();
    const beku = meta.beku;
    const ws = wb.addWorksheet(name, {
      views: beku.rows > 0 || beku.cols > 0 ? [{ state: 'frozen', xSplit: beku.cols, ySplit: beku.rows }] : [{}],
    });
    const nilai = bk.hf.getSheetValues(id) as unknown[][];
    const rumus = bk.hf.getSheetFormulas(id) as Array<Array<string | undefined>>;
    // HyperFormula trims each row of values after its last non-blank value, and each row of
    // formulas after its last formula: walk the longer of the two, or a formula whose result
    // is still blank (a quarter's capaian before its realisasi is typed) would be lost.
    for (let r = 0; r < Math.max(nilai.length, rumus.length); r++) {
      const rowV = nilai[r] ?? [];
      const rowF = rumus[r] ?? [];
      for (let c = 0; c < Math.max(rowV.length, rowF.length); c++) {
        const v = rowV[c];
        const f = rowF[c];
        if (f) {
          // Always cache a result (a blank one as ""): a formula without one is recalculated on
          // opening, and without the add-in KINERJA.* would then show #NAME? in LibreOffice.
          const result = hasilExcel(v) ?? '';
          ws.getCell(r + 1, c + 1).value = { formula: rumusKeExcel(f), result } as ExcelJS.CellFormulaValue;
          continue;
        }
        if (v === null || v === undefined || v === '') continue;
        // A value computed by a spilled array (no formula of its own) stays empty: Excel computes it again.
        if (bk.hf.isCellPartOfArray({ sheet: id, row: r, col: c })) continue;
        const x = hasilExcel(v);
        if (x === null) continue;
        ws.getCell(r + 1, c + 1).value = x as ExcelJS.CellValue;
      }
    }

    for (const [k, g] of meta.gaya) {
      const { row, col } = dariKunci(k);
      const cell = ws.getCell(row + 1, col + 1);
      if (g.numberFormat) cell.numFmt = g.numberFormat;
      const font: Partial<ExcelJS.Font> = {};
      if (g.bold) font.bold = true;
      const fc = g.fontColor && keArgb(g.fontColor);
      if (fc) font.color = { argb: fc };
      if (Object.keys(font).length) cell.font = font;
      const bg = g.background && keArgb(g.background);
      if (bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
      if (g.align || g.wrap) {
        cell.alignment = { ...(g.align ? { horizontal: g.align } : {}), ...(g.wrap ? { wrapText: true, vertical: 'top' } : {}) };
      }
    }

    meta.lebar.forEach((px, c) => {
      if (typeof px === 'number' && px > 0) ws.getColumn(c + 1).width = pxKeLebar(px);
    });
    tinggiBarisBungkus(ws, meta, nilai);

    const dv = (ws as unknown as { dataValidations: { add(addr: string, v: unknown): void } }).dataValidations;
    for (const d of meta.daftar) {
      const teks = d.values.map((x) => x.replace(/"/g, '""')).join(',');
      dv.add(a1Range(d.kotak.row, d.kotak.col, d.kotak.rows, d.kotak.cols), {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`"${teks}"`],
      });
    }

    let prioritas = 1;
    for (const w of meta.warna) {
      ws.addConditionalFormatting({
        ref: a1Range(w.kotak.row, w.kotak.col, w.kotak.rows, w.kotak.cols),
        rules: w.rules.map((r) => {
          const bg = r.background && keArgb(r.background);
          const fc = r.fontColor && keArgb(r.fontColor);
          return {
            type: 'cellIs',
            operator: 'equal',
            priority: prioritas++,
            formulae: [`"${r.text.replace(/"/g, '""')}"`],
            style: {
              ...(bg ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: bg } } } : {}),
              ...(fc ? { font: { color: { argb: fc } } } : {}),
            },
          } as ExcelJS.ConditionalFormattingRule;
        }),
      });
    }

    for (const [k, text] of meta.catatan) {
      const { row, col } = dariKunci(k);
      ws.getCell(row + 1, col + 1).note = text;
    }
    cetakDanGambar(wb, ws, meta, gambar?.get(name.toLowerCase()));
    kunciExcelJS(ws, meta, nilai);
  }
  return wb;
}

/**
 * Kinerja's protections in the file, as Excel keeps them: the cells' "locked"
 * format and sheet protection without a password (Excel's Tinjau → Buka
 * Proteksi Lembar lifts it; the Berita Acara and Periksa still tell). An isian
 * sheet travels to its unit with only the inputs open.
 */
function kunciExcelJS(ws: ExcelJS.Worksheet, meta: MetaLembar, nilai: unknown[][]): void {
  const proteksi = meta.proteksi ?? [];
  if (!proteksi.length) return;
  const lembar = proteksi.some((p) => p.cakupan === 'lembar');
  const kotak = proteksi.map((p) => ({ p, k: p.rentang.map(parseA1Range) }));
  const terkunci = (r: number, c: number): boolean => {
    let locked = lembar;
    for (const { p, k } of kotak) if (k.some((b) => diDalam(b, r, c))) locked = p.cakupan === 'sel';
    return locked;
  };
  // Every cell written, and the cells of every protected range (an empty input is a cell too).
  const lebar = Math.max(1, ...nilai.map((r) => r?.length ?? 0), ...kotak.flatMap(({ k }) => k.map((b) => b.col + b.cols)));
  const tinggi = Math.max(nilai.length, ...kotak.flatMap(({ k }) => k.map((b) => b.row + b.rows)));
  if (!lembar) for (let c = 1; c <= lebar + 20; c++) ws.getColumn(c).protection = { locked: false };
  for (let r = 0; r < tinggi; r++) for (let c = 0; c < lebar; c++) ws.getCell(r + 1, c + 1).protection = { locked: terkunci(r, c) };
  (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection = {
    sheet: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
}

/** The browser workbook as .xlsx bytes; with `lukis`, its charts go in as pictures (ExcelJS writes no charts). */
export async function eksporXlsx(bk: BukuKerjaWeb, lukis?: PelukisGrafik): Promise<Uint8Array> {
  const gambar = lukis ? await lukisSemuaGrafik(bk, lukis) : undefined;
  const buf = await keExcelJS(bk, gambar).xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}

// ---------------------------------------------------------------------------
// Import

type SelExcel = ExcelJS.Cell;

/** Excel date -> serial number (1900 system), as HyperFormula and Excel keep dates. */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

function teksKaya(v: unknown): string {
  const o = v as { richText?: Array<{ text: string }>; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((x) => x.text).join('');
  if (typeof o.text === 'string') return o.text;
  if (o.text && typeof o.text === 'object') return teksKaya(o.text);
  return String(v);
}

/** What one ExcelJS cell puts into HyperFormula. Texts keep being texts ("100%" typed as text stays text). */
function isiDari(cell: SelExcel): RawCellContent {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  if (cell.type === ExcelJS.ValueType.Formula || (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))) {
    const f = cell.formula;
    if (f) return `=${rumusDariExcel(f)}`;
    const res = (v as { result?: unknown }).result;
    return res === undefined ? null : (res as RawCellContent);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return `'${v}`;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object' && 'error' in (v as object)) return String((v as { error: string }).error);
  return `'${teksKaya(v)}`;
}

function gayaDari(cell: SelExcel): GayaSel | undefined {
  const g: GayaSel = {};
  const nf = cell.numFmt;
  if (typeof nf === 'string' && nf && nf !== 'General') g.numberFormat = nf;
  const font = cell.font;
  if (font?.bold) g.bold = true;
  const fc = dariArgb(font?.color as { argb?: string } | undefined);
  if (fc && fc !== '#000000') g.fontColor = fc;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = dariArgb(fill.fgColor);
    if (bg) g.background = bg;
  }
  const al = cell.alignment;
  if (al?.horizontal === 'left' || al?.horizontal === 'center' || al?.horizontal === 'right') g.align = al.horizontal;
  if (al?.wrapText) g.wrap = true;
  return Object.keys(g).length ? g : undefined;
}

/** Cells sharing one validation object -> blocks (runs down each column, merged across equal runs). */
function blokDari(alamat: string[]): Kotak[] {
  const perKolom = new Map<number, number[]>();
  for (const a of alamat) {
    const b = parseA1Range(a);
    for (let c = b.col; c < b.col + b.cols; c++) {
      const list = perKolom.get(c) ?? [];
      for (let r = b.row; r < b.row + b.rows; r++) list.push(r);
      perKolom.set(c, list);
    }
  }
  const runs: Kotak[] = [];
  for (const [col, rows] of [...perKolom.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === prev + 1) {
        prev = rows[i];
        continue;
      }
      if (i < rows.length && rows[i] === prev) continue;
      const run = { row: start, col, rows: prev - start + 1, cols: 1 };
      const kiri = runs.find((k) => k.row === run.row && k.rows === run.rows && k.col + k.cols === col);
      if (kiri) kiri.cols++;
      else runs.push(run);
      if (i < rows.length) start = prev = rows[i];
    }
  }
  return runs;
}

/** A list's items from its formula: only literal lists ("a,b,c"). */
function itemDaftar(formula: unknown): string[] | null {
  if (typeof formula !== 'string') return null;
  const f = formula.trim();
  if (!(f.startsWith('"') && f.endsWith('"'))) return null;
  return f
    .slice(1, -1)
    .replace(/""/g, '"')
    .split(',')
    .map((s) => s.trim());
}

function teksAturan(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const m = formula.trim().match(/^"((?:[^"]|"")*)"$/);
  return m ? m[1].replace(/""/g, '"') : null;
}

/**
 * The file is not an .xlsx ExcelJS can read (not a zip, a damaged zip, or a
 * zip without a workbook). `rincian` keeps the library's (English) reason.
 */
export class BukanXlsx extends Error {
  readonly rincian: string;
  constructor(rincian: string) {
    super('Berkas ini rusak atau bukan file Excel (.xlsx).');
    this.name = 'BukanXlsx';
    this.rincian = rincian;
  }

  /** Whatever the library threw while reading, as this error (kept as it is when it already is one). */
  static dari(e: unknown): BukanXlsx {
    if (e instanceof BukanXlsx) return e;
    return new BukanXlsx(e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e));
  }
}

export interface HasilImpor {
  lembar: string[];
  catatan: string[];
}

/** Read an .xlsx into sheets for BukuKerjaWeb.muat (no engine involved: testable alone). */
export async function bacaXlsx(data: ArrayBuffer | Uint8Array): Promise<{ lembar: LembarMuat[]; aktif?: string; catatan: string[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw BukanXlsx.dari(e);
  }
  const catatan: string[] = [];
  const lembar: LembarMuat[] = [];
  for (const ws of wb.worksheets) {
    const meta: MetaLembar = metaKosong();
    const isi: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        const x = isiDari(cell);
        if (x !== null && x !== undefined) {
          while (isi.length <= r) isi.push([]);
          isi[r][c] = x;
        }
        const g = gayaDari(cell);
        if (g) meta.gaya.set(kunciSel(r, c), g);
        const note = cell.note as unknown;
        if (note) meta.catatan.set(kunciSel(r, c), typeof note === 'string' ? note : teksKaya((note as { texts?: unknown }).texts ? { richText: (note as { texts: Array<{ text: string }> }).texts } : note));
      });
    });
    for (let r = 0; r < isi.length; r++) if (!isi[r]) isi[r] = [];
    for (const row of isi) for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;

    for (let c = 1; c <= Math.max(ws.columnCount, ws.actualColumnCount); c++) {
      const w = ws.getColumn(c).width;
      if (typeof w === 'number' && w > 0) meta.lebar[c - 1] = lebarKePx(w);
    }
    const v = (ws.views?.[0] ?? {}) as { state?: string; xSplit?: number; ySplit?: number };
    if (v.state === 'frozen') meta.beku = { rows: v.ySplit ?? 0, cols: v.xSplit ?? 0 };
    // The print setup Kinerja writes (landscape, n pages wide) comes back, so the next .xlsx keeps it.
    const ps = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
    if (ps && ps.fitToPage && ps.orientation && typeof ps.fitToWidth === 'number' && ps.fitToWidth > 0) {
      meta.cetak = { orientasi: ps.orientation === 'landscape' ? 'landscape' : 'portrait', lebarHalaman: ps.fitToWidth };
      const m = typeof ps.printTitlesRow === 'string' ? ps.printTitlesRow.replace(/\$/g, '').match(/^(\d+):(\d+)$/) : null;
      if (m) meta.cetak.ulangi = { dari: Number(m[1]) - 1, sampai: Number(m[2]) - 1 };
    }

    // Drop-downs: ExcelJS hands them over per cell; cells sharing one rule become blocks again.
    const model = ((ws as unknown as { dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] } | undefined> } }).dataValidations?.model ?? {});
    const perAturan = new Map<object, string[]>();
    for (const [addr, rule] of Object.entries(model)) {
      if (!rule || rule.type !== 'list') continue;
      const list = perAturan.get(rule) ?? [];
      list.push(addr);
      perAturan.set(rule, list);
    }
    for (const [rule, addrs] of perAturan) {
      const values = itemDaftar((rule as { formulae?: unknown[] }).formulae?.[0]);
      if (!values) {
        catatan.push(`Daftar pilihan di lembar ${ws.name} yang merujuk ke rentang sel tidak dibaca.`);
        continue;
      }
      for (const kotak of blokDari(addrs)) meta.daftar.push({ kotak, values });
    }

    // Conditional colours: "cell equal to text" rules; others are not kept.
    const cfs = ((ws as unknown as { conditionalFormattings?: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings ?? []);
    let lewat = 0;
    for (const cf of cfs) {
      const rules: AturanWarna[] = [];
      for (const rule of cf.rules ?? []) {
        const text = rule.type === 'cellIs' && rule.operator === 'equal' ? teksAturan((rule.formulae as unknown[] | undefined)?.[0]) : null;
        if (text === null) {
          lewat++;
          continue;
        }
        const style = (rule.style ?? {}) as { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
        const background = dariArgb(style.fill?.bgColor) ?? dariArgb(style.fill?.fgColor);
        const fontColor = dariArgb(style.font?.color);
        rules.push({ text, ...(background ? { background } : {}), ...(fontColor ? { fontColor } : {}) });
      }
      if (!rules.length) continue;
      for (const ref of String(cf.ref).split(/\s+/).filter(Boolean)) {
        try {
          meta.warna.push({ kotak: parseA1Range(ref.replace(/\$/g, '')), rules });
        } catch {
          lewat++;
        }
      }
    }
    if (lewat) catatan.push(`${lewat} aturan format bersyarat di lembar ${ws.name} bukan "sel sama dengan teks" dan tidak ditampilkan.`);
    lembar.push({ name: ws.name, isi, meta });
  }
  const views = (wb.views ?? []) as Array<{ activeTab?: number }>;
  const aktif = lembar[views[0]?.activeTab ?? 0]?.name;
  return { lembar, aktif, catatan };
}

/** Load an .xlsx into the browser workbook, replacing what it holds. */
export async function imporXlsx(bk: BukuKerjaWeb, data: ArrayBuffer | Uint8Array): Promise<HasilImpor> {
  let baca: Awaited<ReturnType<typeof bacaXlsx>>;
  try {
    baca = await bacaXlsx(data);
  } catch (e) {
    // Anything ExcelJS stumbles on while reading means a file this page cannot open.
    throw BukanXlsx.dari(e);
  }
  const { lembar, aktif, catatan } = baca;
  if (lembar.length === 0) throw new Error('Berkas .xlsx ini tidak berisi lembar kerja.');
  bk.muat(lembar, aktif);
  // Validated periods, logs and isian sheets are locked again, as their Berita Acara and Riwayat say.
  bk.aturProteksi(proteksiBukuKerja(bk.bacaSnapshot(bk.namaLembar())));
  return { lembar: lembar.map((l) => l.name), catatan };
}

/** The isian sheets of a file (names "Isian – …"), to add to the open workbook. */
export function lembarIsianDi(lembar: LembarMuat[]): LembarMuat[] {
  return lembar.filter((l) => RE_NAMA_ISIAN.test(l.name));
}

/**
 * Buka .xlsx with a returned isian file: its isian sheets come into the open
 * workbook (a sheet of the same name here goes when all it holds is accounted
 * for, else it is kept as "… lokal"), as one step. Core plans it (the same
 * "Ambil isian" as Excel's); each sheet comes in locked but for its inputs.
 */
export async function tambahIsianXlsx(bk: BukuKerjaWeb, data: ArrayBuffer | Uint8Array, namaBerkas: string, opsi: { sekarang?: string } = {}): Promise<{ ok: boolean; pesan: string; catatan: string[]; lembar: string[] }> {
  const baca = await bacaXlsx(data).catch((e) => {
    throw BukanXlsx.dari(e);
  });
  const isian = lembarIsianDi(baca.lembar);
  const r = rencanaSiklus('ambil', bk.bacaSnapshot(BACA_SIKLUS.ambil), {
    sekarang: opsi.sekarang ?? new Date().toISOString(),
    zonaMenit: -new Date().getTimezoneOffset(),
    berkas: { nama: namaBerkas, lembar: baca.lembar.map((l) => l.name) },
  });
  if (!r.hasil.ok) return { ...r.hasil, lembar: [] };
  const masuk = isian.filter((l) => r.sisipkan?.includes(l.name));
  for (const l of masuk) {
    const values = l.isi.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : (v as CellInput))));
    const t = bacaLembarIsian({ name: l.name, values });
    const meta = l.meta ?? metaKosong();
    if (t) meta.proteksi = proteksiIsian(t.headerRow, t.akhir - t.headerRow - 1);
    l.meta = meta;
  }
  bk.terapkanRencana(r.plan ?? { ops: [], ringkasan: '', catatan: [] }, masuk);
  return { ...r.hasil, lembar: masuk.map((l) => l.name) };
}

