/**
 * The workbook port over SpreadsheetApp. Reads whole blocks (getValues /
 * getFormulas on the data range) and applies a core Plan with block calls:
 * one setValues per block, one call per format property per sheet, one
 * setConditionalFormatRules per sheet, so the number of calls does not grow
 * with the number of indicators.
 */
import { Plan, SheetSnapshot, WorkbookSnapshot, WriteOp, WriteValue, parseA1Range } from '../core/workbook';
import { CellInput } from '../core/values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function bacaSnapshot(ss: Spreadsheet, names: readonly string[], isi: boolean): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const name of names) {
    const sh = ss.getSheetByName(name);
    if (!sh) continue;
    if (!isi) {
      sheets.push({ name, values: [] });
      continue;
    }
    const range = sh.getDataRange();
    const values = range.getValues() as CellInput[][];
    const formulas = range.getFormulas();
    sheets.push({ name, values, formulas });
  }
  return { host: 'sheets', sheets };
}

type FormatOp = Extract<WriteOp, { op: 'format' }>;
type Props = 'numberFormat' | 'bold' | 'wrap' | 'align' | 'background' | 'fontColor';

const DEFAULTS: Record<Props, unknown> = {
  numberFormat: 'General',
  bold: 'normal',
  wrap: false,
  align: 'normal',
  background: null,
  fontColor: null,
};

/** Merge every format op of one sheet into one grid per property over their bounding box. */
function terapkanFormat(sh: Sheet, ops: FormatOp[]): void {
  if (ops.length === 0) return;
  const boxes = ops.map((o) => parseA1Range(o.range));
  const r0 = Math.min(...boxes.map((b) => b.row));
  const c0 = Math.min(...boxes.map((b) => b.col));
  const r1 = Math.max(...boxes.map((b) => b.row + b.rows));
  const c1 = Math.max(...boxes.map((b) => b.col + b.cols));
  const used = new Set<Props>();
  const grids: Partial<Record<Props, unknown[][]>> = {};
  const grid = (p: Props): unknown[][] => {
    if (!grids[p]) grids[p] = Array.from({ length: r1 - r0 }, () => Array(c1 - c0).fill(DEFAULTS[p]));
    return grids[p] as unknown[][];
  };
  ops.forEach((o, i) => {
    const b = boxes[i];
    const set = (p: Props, v: unknown): void => {
      used.add(p);
      const g = grid(p);
      for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) g[r - r0][c - c0] = v;
    };
    if (o.numberFormat !== undefined) set('numberFormat', o.numberFormat);
    if (o.bold !== undefined) set('bold', o.bold ? 'bold' : 'normal');
    if (o.wrap !== undefined) set('wrap', o.wrap);
    if (o.align !== undefined) set('align', o.align);
    if (o.background !== undefined) set('background', o.background);
    if (o.fontColor !== undefined) set('fontColor', o.fontColor);
  });
  const range = sh.getRange(r0 + 1, c0 + 1, r1 - r0, c1 - c0);
  if (used.has('numberFormat')) range.setNumberFormats(grids.numberFormat as string[][]);
  if (used.has('bold')) range.setFontWeights(grids.bold as never);
  if (used.has('wrap')) range.setWraps(grids.wrap as boolean[][]);
  if (used.has('align')) range.setHorizontalAlignments(grids.align as never);
  if (used.has('background')) range.setBackgrounds(grids.background as string[][]);
  if (used.has('fontColor')) range.setFontColors(grids.fontColor as string[][]);
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

type CondOp = Extract<WriteOp, { op: 'conditionalText' }>;

/**
 * Conditional colours: one rule per label covering every range that asks for it.
 * Rules already on the sheet stay, except those lying inside the ranges being
 * (re)written, which were ours from the last run.
 */
function terapkanWarna(sh: Sheet, ops: CondOp[]): void {
  if (ops.length === 0) return;
  const a1s = ops.map((o) => o.range);
  const boxes = a1s.map(parseA1Range);
  const inside = (a1: string): boolean => {
    const b = parseA1Range(a1);
    return boxes.some((x) => b.row >= x.row && b.col >= x.col && b.row + b.rows <= x.row + x.rows && b.col + b.cols <= x.col + x.cols);
  };
  const existing = sh.getConditionalFormatRules().filter((rule) => !rule.getRanges().every((r) => inside(r.getA1Notation())));
  const ranges = sh.getRangeList(a1s).getRanges();
  const byText = new Map<string, { background?: string; fontColor?: string; idx: number[] }>();
  ops.forEach((o, i) =>
    o.rules.forEach((r) => {
      const e = byText.get(r.text) ?? { background: r.background, fontColor: r.fontColor, idx: [] };
      e.idx.push(i);
      byText.set(r.text, e);
    }),
  );
  const rules = [...byText.entries()].map(([text, e]) => {
    let b = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text);
    if (e.background) b = b.setBackground(e.background);
    if (e.fontColor) b = b.setFontColor(e.fontColor);
    return b.setRanges(e.idx.map((i) => ranges[i])).build();
  });
  sh.setConditionalFormatRules(existing.concat(rules));
}

function nilaiTulis(values: WriteValue[][]): Array<Array<string | number | boolean>> {
  return values.map((row) => row.map((v) => (v === null ? '' : v)));
}

/** Apply a plan. Structural ops first, then per sheet: clears, values, formats, widths, colours. */
export function terapkanRencana(ss: Spreadsheet, plan: Plan): void {
  const cache = new Map<string, Sheet>();
  const sheet = (name: string): Sheet => {
    let sh = cache.get(name);
    if (!sh) {
      const found = ss.getSheetByName(name);
      if (!found) throw new Error(`Lembar "${name}" tidak ditemukan`);
      sh = found;
      cache.set(name, sh);
    }
    return sh;
  };
  const perSheet = new Map<string, WriteOp[]>();
  const last: WriteOp[] = [];
  for (const op of plan.ops) {
    switch (op.op) {
      case 'addSheet':
        cache.set(op.sheet, ss.insertSheet(op.sheet));
        break;
      case 'deleteSheet':
        ss.deleteSheet(sheet(op.sheet));
        cache.delete(op.sheet);
        break;
      case 'renameSheet': {
        const sh = sheet(op.sheet);
        sh.setName(op.to);
        cache.delete(op.sheet);
        cache.set(op.to, sh);
        break;
      }
      case 'select':
      case 'activate':
        last.push(op);
        break;
      default: {
        const list = perSheet.get(op.sheet) ?? [];
        list.push(op);
        perSheet.set(op.sheet, list);
      }
    }
  }
  for (const [name, ops] of perSheet) {
    const sh = sheet(name);
    const clears = ops.filter((o): o is Extract<WriteOp, { op: 'clear' }> => o.op === 'clear').map((o) => o.range);
    if (clears.length) sh.getRangeList(clears).clear();
    for (const o of ops) {
      if (o.op === 'setValues' && o.values.length && o.values[0].length) {
        sh.getRange(o.row + 1, o.col + 1, o.values.length, o.values[0].length).setValues(nilaiTulis(o.values));
      }
    }
    terapkanFormat(sh, ops.filter((o): o is FormatOp => o.op === 'format'));
    for (const o of ops) if (o.op === 'columnWidths') terapkanLebar(sh, o.widths);
    for (const o of ops) {
      if (o.op === 'freeze') {
        sh.setFrozenRows(o.rows);
        sh.setFrozenColumns(o.cols);
      } else if (o.op === 'validationList') {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(o.values, true).setAllowInvalid(true).build();
        sh.getRange(o.range).setDataValidation(rule);
      } else if (o.op === 'note') {
        sh.getRange(o.cell).setNote(o.text);
      }
    }
    terapkanWarna(sh, ops.filter((o): o is CondOp => o.op === 'conditionalText'));
  }
  for (const op of last) {
    if (op.op === 'activate') sheet(op.sheet).activate();
    else if (op.op === 'select') sheet(op.sheet).getRange(op.cell).activate();
  }
}
