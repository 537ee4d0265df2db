/**
 * The workbook port over Office.js. Reading a snapshot is two context.sync()
 * calls at most: one to learn which of the sheets exist, one to load them all
 * (every sheet's used range in the same batch). Applying a plan is one more,
 * split only when a write would pass Excel on the web's ~5 MB request limit.
 * The number of syncs grows neither with the number of sheets nor of indicators.
 */
import { Plan, Proteksi, SheetSnapshot, SpecGrafik, WorkbookSnapshot, WriteOp, WriteValue, a1Range, parseA1Range } from '../core/workbook';
import { CellInput } from '../core/values';
import type { BacaLembar } from '../core/jobs';

/** Bytes of formulas/values one request may carry before we sync and go on. */
export const BATAS_PAYLOAD = 4_000_000;

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array(cols).fill(fill));
}

/** Place a used range (which may start anywhere) into a grid anchored at A1. */
function dariA1<T>(data: T[][], rowIndex: number, columnIndex: number, fill: T): T[][] {
  const cols = columnIndex + (data[0]?.length ?? 0);
  const out = grid(rowIndex + data.length, cols, fill);
  data.forEach((row, r) => row.forEach((v, c) => (out[rowIndex + r][columnIndex + c] = v)));
  return out;
}

/**
 * Read the sheets a job asks for. Of a getItemOrNullObject result Office.js
 * documents only `isNullObject`, set at the next sync; what loading the
 * protection or used range of a sheet that is not there does is not promised
 * (it may fail the whole batch). So the first sync only learns which sheets
 * exist, and the second loads name, protection and used range of those that do,
 * all in one batch; when none does (a fresh workbook) there is no second sync.
 */
export async function bacaSnapshot(context: Excel.RequestContext, spec: readonly BacaLembar[]): Promise<WorkbookSnapshot> {
  const tetap = spec.filter((b) => !b.awalan);
  const calon = tetap.map((baca) => ({ baca, ws: context.workbook.worksheets.getItemOrNullObject(baca.name) }));
  // Sheets named by a prefix (the units' isian sheets): the names come in the same first sync.
  const awalan = spec.filter((b) => b.awalan);
  const koleksi = awalan.length ? context.workbook.worksheets.load('items/name') : null;
  await context.sync();
  const ada: Array<{ baca: BacaLembar; ws: Excel.Worksheet }> = calon.filter(({ ws }) => !ws.isNullObject);
  if (koleksi) {
    const sudah = new Set(ada.map(({ baca }) => baca.name.toLowerCase()));
    for (const item of koleksi.items) {
      const b = awalan.find((x) => item.name.toLowerCase().startsWith(x.name.toLowerCase()));
      if (!b || sudah.has(item.name.toLowerCase())) continue;
      sudah.add(item.name.toLowerCase());
      ada.push({ baca: { ...b, name: item.name, awalan: false }, ws: context.workbook.worksheets.getItem(item.name) });
    }
  }
  if (ada.length === 0) return { host: 'excel', sheets: [] };
  const items = ada.map(({ baca, ws }) => {
    ws.load('name');
    ws.protection.load('protected');
    const used = baca.isi ? ws.getUsedRangeOrNullObject(true) : null;
    if (used) used.load('values,formulas,numberFormat,rowIndex,columnIndex');
    return { ws, used };
  });
  await context.sync();
  const sheets: SheetSnapshot[] = [];
  for (const { ws, used } of items) {
    const snap: SheetSnapshot = { name: ws.name, values: [], terlindung: Boolean(ws.protection.protected) };
    if (used && !used.isNullObject) {
      snap.values = dariA1(used.values as CellInput[][], used.rowIndex, used.columnIndex, null as CellInput);
      snap.formulas = dariA1(
        (used.formulas as unknown[][]).map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : ''))),
        used.rowIndex,
        used.columnIndex,
        '',
      );
      snap.numberFormats = dariA1(used.numberFormat as string[][], used.rowIndex, used.columnIndex, 'General');
    }
    sheets.push(snap);
  }
  return { host: 'excel', sheets };
}

const ALIGN: Record<string, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

function nilaiTulis(values: WriteValue[][]): Array<Array<string | number | boolean>> {
  return values.map((row) => row.map((v) => (v === null ? '' : v)));
}

function ukuran(values: WriteValue[][]): number {
  let n = 0;
  for (const row of values) for (const v of row) n += v === null ? 2 : typeof v === 'string' ? v.length + 3 : 12;
  return n;
}

/**
 * The alert a drop-down shows for a value outside its list: a warning the user
 * can accept (Ya), not a refusal. Excel limits the title to 32 characters and
 * the message to 225.
 */
const PERINGATAN_DAFTAR: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: 'Warning' as Excel.DataValidationAlertStyle,
  title: 'Nilai di luar daftar',
  message: 'Nilai ini tidak ada di daftar pilihan. Klik Ya untuk tetap memakainya, atau Tidak untuk mengubahnya.',
};

/** Queue one op on the batch. */
function antre(context: Excel.RequestContext, op: WriteOp): void {
  const sheets = context.workbook.worksheets;
  switch (op.op) {
    case 'addSheet':
      sheets.add(op.sheet);
      return;
    case 'deleteSheet':
      sheets.getItem(op.sheet).delete();
      return;
    case 'renameSheet':
      sheets.getItem(op.sheet).name = op.to;
      return;
    case 'activate':
      sheets.getItem(op.sheet).activate();
      return;
    case 'select': {
      const ws = sheets.getItem(op.sheet);
      ws.activate();
      ws.getRange(op.cell).select();
      return;
    }
    case 'clear':
      sheets.getItem(op.sheet).getRange(op.range).clear();
      return;
    case 'setValues': {
      if (!op.values.length || !op.values[0].length) return;
      const r = sheets.getItem(op.sheet).getRangeByIndexes(op.row, op.col, op.values.length, op.values[0].length);
      r.formulas = nilaiTulis(op.values);
      return;
    }
    case 'format': {
      const r = sheets.getItem(op.sheet).getRange(op.range);
      if (op.numberFormat !== undefined) {
        const b = parseA1Range(op.range);
        r.numberFormat = grid(b.rows, b.cols, op.numberFormat);
      }
      if (op.bold !== undefined) r.format.font.bold = op.bold;
      if (op.wrap !== undefined) r.format.wrapText = op.wrap;
      if (op.align !== undefined) r.format.horizontalAlignment = ALIGN[op.align];
      if (op.background !== undefined) r.format.fill.color = op.background;
      if (op.fontColor !== undefined) r.format.font.color = op.fontColor;
      return;
    }
    case 'columnWidths': {
      const ws = sheets.getItem(op.sheet);
      // Excel measures column width in points; the plan gives pixels.
      op.widths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 0.75));
      return;
    }
    case 'freeze': {
      const ws = sheets.getItem(op.sheet);
      if (op.rows > 0 && op.cols > 0) ws.freezePanes.freezeAt(ws.getRange(a1Range(0, 0, op.rows, op.cols)));
      else if (op.rows > 0) ws.freezePanes.freezeRows(op.rows);
      else if (op.cols > 0) ws.freezePanes.freezeColumns(op.cols);
      return;
    }
    case 'validationList': {
      const r = sheets.getItem(op.sheet).getRange(op.range);
      r.dataValidation.clear();
      r.dataValidation.rule = { list: { inCellDropDown: true, source: op.values.join(',') } };
      // Excel rejects values outside the list by default (style Stop); Sheets only
      // warns (setAllowInvalid(true)). Match Sheets: warn, and let the user keep
      // their own perspektif/satuan.
      r.dataValidation.errorAlert = PERINGATAN_DAFTAR;
      return;
    }
    case 'conditionalText': {
      const r = sheets.getItem(op.sheet).getRange(op.range);
      r.conditionalFormats.clearAll();
      for (const rule of op.rules) {
        const cf = r.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
        if (rule.background) cf.cellValue.format.fill.color = rule.background;
        if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
        cf.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      }
      return;
    }
    case 'note':
      // Notes need ExcelApi 1.18; the sheets carry a "Rumus" column instead.
      return;
    // --- Charts and printing (the Laporan) ---
    case 'chart':
      if (api('1.7')) tambahGrafik(sheets.getItem(op.sheet), op.chart);
      return;
    case 'printSetup': {
      if (!api('1.9')) return;
      const pl = sheets.getItem(op.sheet).pageLayout;
      pl.orientation = (op.setup.orientasi === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
      // n pages wide, as many tall as needed (0: automatic, as Excel's "Fit All Columns on One Page" stores it).
      pl.zoom = { horizontalFitToPages: op.setup.lebarHalaman, verticalFitToPages: 0 };
      if (op.setup.ulangi) pl.setPrintTitleRows(`$${op.setup.ulangi.dari + 1}:$${op.setup.ulangi.sampai + 1}`);
      return;
    }
    // ---- The monthly cycle (core/siklus)
    case 'bukaProteksi':
      sheets.getItem(op.sheet).protection.unprotect();
      return;
    case 'proteksi':
      antreProteksi(sheets.getItem(op.sheet), op.proteksi);
      return;
    case 'tulisSel':
      for (const run of runKolom(op.sel)) {
        sheets.getItem(op.sheet).getRangeByIndexes(run.row, run.col, run.values.length, 1).formulas = nilaiTulis(run.values);
      }
      return;
  }
}

// ---------------------------------------------------------------------------
// Charts and printing (the Laporan)

/**
 * Is this ExcelApi requirement set there? Charts from separate series ranges need
 * 1.7 (series.add, setValues, setXAxisValues, a series' own chartType), page
 * layout 1.9 (Excel 2019 and later, Microsoft 365, Excel on the web). Outside
 * Office (tests) everything is.
 */
let api = (versi: string): boolean => {
  try {
    return typeof Office === 'undefined' || Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', versi));
  } catch {
    return false;
  }
};

/** For tests: pretend an older Excel. Returns the previous check. */
export function aturApiExcel(f: (versi: string) => boolean): (versi: string) => boolean {
  const lama = api;
  api = f;
  return lama;
}

/** What this Excel cannot do of a plan (said to the user after the job), in Indonesian. */
export function yangTakDidukung(plan: Plan): string[] {
  const out: string[] = [];
  if (plan.ops.some((o) => o.op === 'chart') && !api('1.7')) out.push('Excel ini belum mendukung grafik dari API add-in (ExcelApi 1.7): grafik Laporan tidak dibuat; tabel datanya ada di lembar Laporan.');
  if (plan.ops.some((o) => o.op === 'printSetup') && !api('1.9')) {
    out.push('Excel ini belum mendukung pengaturan cetak dari add-in (ExcelApi 1.9): atur sendiri di Tata Letak Halaman → Orientasi: Lanskap, Skala: Paskan Semua Kolom di Satu Halaman, Cetak Judul: baris judul tabel.');
  }
  return out;
}

/**
 * Kinerja's protection of a sheet in Excel (ExcelApi 1.2): lifted, every cell's
 * "locked" format set (the whole sheet first, then the ranges), protected again.
 * Excel has no per-person protection: `editor` and `peringatanSaja` (Sheets)
 * become a plain lock. Column widths and row heights stay adjustable.
 */
function antreProteksi(ws: Excel.Worksheet, proteksi: Proteksi[]): void {
  ws.protection.unprotect();
  if (proteksi.length === 0) return;
  const lembar = proteksi.some((p) => p.cakupan === 'lembar');
  ws.getRange().format.protection.locked = lembar;
  for (const p of proteksi) for (const r of p.rentang) ws.getRange(r).format.protection.locked = p.cakupan === 'sel';
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false, allowInsertRows: false, allowDeleteRows: false });
}

/** Sparse cells as runs down a column: one range per run. */
function runKolom(sel: Array<{ row: number; col: number; value: WriteValue }>): Array<{ row: number; col: number; values: WriteValue[][] }> {
  const urut = [...sel].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: Array<{ row: number; col: number; values: WriteValue[][] }> = [];
  for (const x of urut) {
    const last = out[out.length - 1];
    if (last && last.col === x.col && last.row + last.values.length === x.row) last.values.push([x.value]);
    else out.push({ row: x.row, col: x.col, values: [[x.value]] });
  }
  return out;
}

/** Queue one chart: the first series makes it, the others are added; every series reads the categories range. */
function tambahGrafik(ws: Excel.Worksheet, g: SpecGrafik): void {
  const jenis = g.jenis === 'garis' ? 'Line' : 'ColumnClustered';
  const chart = ws.charts.add(jenis as Excel.ChartType, ws.getRange(g.seri[0].range), 'Columns' as Excel.ChartSeriesBy);
  chart.name = g.nama;
  chart.title.text = g.judul;
  chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
  if (g.sumbuY) chart.axes.valueAxis.title.text = g.sumbuY;
  g.seri.forEach((s, i) => {
    const x = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.nama);
    x.name = s.nama;
    if (i > 0) x.setValues(ws.getRange(s.range));
    x.setXAxisValues(ws.getRange(g.kategori));
    const garis = g.jenis === 'garis' || s.jenis === 'garis';
    if (g.jenis === 'kolomGaris' && garis) x.chartType = 'Line' as Excel.ChartType;
    if (s.warna) {
      if (garis) x.format.line.color = s.warna;
      else x.format.fill.setSolidColor(s.warna);
    }
  });
  chart.setPosition(g.posisi.sel);
  // Excel measures in points; the plan gives pixels.
  chart.width = g.posisi.lebar * 0.75;
  chart.height = g.posisi.tinggi * 0.75;
}

/** Apply a plan in one sync (more only for writes over the payload limit). Returns the syncs used. */
export async function terapkanRencana(context: Excel.RequestContext, plan: Plan, sebelumSync?: () => void): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  for (const op of plan.ops) {
    if (op.op === 'tulisSel') bytes += ukuran(op.sel.map((x) => [x.value]));
    if (op.op === 'setValues') {
      const rows = op.values.length;
      const size = ukuran(op.values);
      if (size > BATAS_PAYLOAD && rows > 1) {
        // Very large block: write it in chunks of rows, syncing between them.
        const per = Math.max(1, Math.floor((rows * BATAS_PAYLOAD) / size));
        for (let r = 0; r < rows; r += per) {
          antre(context, { ...op, row: op.row + r, values: op.values.slice(r, r + per) });
          await context.sync();
          syncs++;
        }
        bytes = 0;
        continue;
      }
      if (bytes + size > BATAS_PAYLOAD) {
        await context.sync();
        syncs++;
        bytes = 0;
      }
      bytes += size;
    }
    antre(context, op);
  }
  // What the caller queues in the same batch (Ambil isian: the returned file's sheets).
  if (sebelumSync) sebelumSync();
  await context.sync();
  return syncs + 1;
}
