/**
 * The workbook port over SpreadsheetApp. Reads whole blocks (getValues /
 * getFormulas on the data range) and applies a core Plan with block calls:
 * one setValues per block, one call per format property per sheet, one
 * setConditionalFormatRules per sheet, so the number of calls does not grow
 * with the number of indicators.
 */
import { Plan, SheetSnapshot, WorkbookSnapshot, WriteOp, WriteValue, parseA1Range } from '../core/workbook';
import { CellInput } from '../core/values';
import type { BacaLembar } from '../core/jobs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets already looked up, shared by reading and writing so each is fetched once. */
export type CacheLembar = Map<string, Sheet>;

/** Read what the job asks for: per sheet one lookup, and getValues/getFormulas/getNumberFormats on its data range as needed. */
export function bacaSnapshot(ss: Spreadsheet, spec: readonly BacaLembar[], cache: CacheLembar = new Map()): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const s of spec) {
    const sh = ss.getSheetByName(s.name);
    if (!sh) continue;
    cache.set(s.name, sh);
    if (!s.isi) {
      sheets.push({ name: s.name, values: [] });
      continue;
    }
    const range = sh.getDataRange();
    const snap: SheetSnapshot = { name: s.name, values: range.getValues() as CellInput[][] };
    if (s.rumus) snap.formulas = range.getFormulas();
    if (s.format) snap.numberFormats = range.getNumberFormats();
    sheets.push(snap);
  }
  return { host: 'sheets', sheets };
}

type FormatOp = Extract<WriteOp, { op: 'format' }>;
type CondOp = Extract<WriteOp, { op: 'conditionalText' }>;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Box = { row: number; col: number; rows: number; cols: number };

const sameBox = (a: Box, b: Box): boolean => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

/**
 * Merge every format op of one sheet into one grid per property over their
 * bounding box: one call per property whatever the number of ops or rows.
 * Bold and font colour travel together as text styles.
 */
function terapkanFormat(sh: Sheet, ops: FormatOp[], blocks: Array<[Box, Range]>): void {
  if (ops.length === 0) return;
  const boxes = ops.map((o) => parseA1Range(o.range));
  const box: Box = {
    row: Math.min(...boxes.map((b) => b.row)),
    col: Math.min(...boxes.map((b) => b.col)),
    rows: 0,
    cols: 0,
  };
  box.rows = Math.max(...boxes.map((b) => b.row + b.rows)) - box.row;
  box.cols = Math.max(...boxes.map((b) => b.col + b.cols)) - box.col;
  const grids = new Map<string, unknown[][]>();
  const grid = (p: string, fill: unknown): unknown[][] => {
    let g = grids.get(p);
    if (!g) {
      g = Array.from({ length: box.rows }, () => Array(box.cols).fill(fill));
      grids.set(p, g);
    }
    return g;
  };
  const set = (p: string, fill: unknown, b: Box, v: unknown): void => {
    const g = grid(p, fill);
    for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) g[r - box.row][c - box.col] = v;
  };
  ops.forEach((o, i) => {
    const b = boxes[i];
    if (o.numberFormat !== undefined) set('numberFormat', 'General', b, o.numberFormat);
    if (o.wrap !== undefined) set('wrap', false, b, o.wrap);
    if (o.align !== undefined) set('align', null, b, o.align);
    if (o.background !== undefined) set('background', null, b, o.background);
    if (o.bold !== undefined) set('bold', false, b, o.bold);
    if (o.fontColor !== undefined) set('fontColor', null, b, o.fontColor);
  });
  const found = blocks.find(([b]) => sameBox(b, box));
  const range = found ? found[1] : sh.getRange(box.row + 1, box.col + 1, box.rows, box.cols);
  if (grids.has('numberFormat')) range.setNumberFormats(grids.get('numberFormat') as string[][]);
  if (grids.has('wrap')) range.setWraps(grids.get('wrap') as boolean[][]);
  if (grids.has('align')) range.setHorizontalAlignments(grids.get('align') as never);
  if (grids.has('background')) range.setBackgrounds(grids.get('background') as string[][]);
  if (grids.has('bold') || grids.has('fontColor')) {
    const bold = grids.get('bold');
    const color = grids.get('fontColor');
    const styles = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
    const style = (b: boolean, c: string | null): GoogleAppsScript.Spreadsheet.TextStyle => {
      const key = `${b}|${c}`;
      let st = styles.get(key);
      if (!st) {
        let builder = SpreadsheetApp.newTextStyle().setBold(b);
        if (c) builder = builder.setForegroundColor(c);
        st = builder.build();
        styles.set(key, st);
      }
      return st;
    };
    const g = Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => style(Boolean(bold?.[r][c]), (color?.[r][c] as string | null) ?? null)),
    );
    range.setTextStyles(g);
  }
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

/**
 * Conditional colours: one rule per label covering every range that asks for it.
 * The user's own rules stay; Kinerja's rules from an earlier run (same text, same
 * colour) are replaced, recognised from the rule itself without reading its ranges.
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
    const text = String(cond.getCriteriaValues()[0] ?? '');
    const e = byText.get(text);
    return Boolean(e) && (cond.getBackground() ?? undefined) === e!.background;
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

function nilaiTulis(values: WriteValue[][]): Array<Array<string | number | boolean>> {
  return values.map((row) => row.map((v) => (v === null ? '' : v)));
}

/**
 * Apply a plan. Structural ops first, then per sheet: clears (one RangeList),
 * value blocks, formats (one call per property), widths, freeze, and the
 * ranges for drop-downs, colours, notes and the final selection fetched as
 * one RangeList.
 */
export function terapkanRencana(ss: Spreadsheet, plan: Plan, cache: CacheLembar = new Map()): void {
  const baru = new Set<string>();
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
  for (const op of plan.ops) {
    switch (op.op) {
      case 'addSheet':
        cache.set(op.sheet, ss.insertSheet(op.sheet));
        baru.add(op.sheet);
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
      default: {
        const list = perSheet.get(op.sheet) ?? [];
        list.push(op);
        perSheet.set(op.sheet, list);
      }
    }
  }
  let pilih: Range | null = null;
  let aktif: Sheet | null = null;
  for (const [name, ops] of perSheet) {
    const sh = sheet(name);
    const clears = ops.filter((o): o is Extract<WriteOp, { op: 'clear' }> => o.op === 'clear').map((o) => o.range);
    if (clears.length) sh.getRangeList(clears).clear();
    const blocks: Array<[Box, Range]> = [];
    for (const o of ops) {
      if (o.op === 'setValues' && o.values.length && o.values[0].length) {
        const box = { row: o.row, col: o.col, rows: o.values.length, cols: o.values[0].length };
        const range = sh.getRange(o.row + 1, o.col + 1, box.rows, box.cols);
        range.setValues(nilaiTulis(o.values));
        blocks.push([box, range]);
      }
    }
    terapkanFormat(sh, ops.filter((o): o is FormatOp => o.op === 'format'), blocks);
    for (const o of ops) if (o.op === 'columnWidths') terapkanLebar(sh, o.widths);
    for (const o of ops) {
      if (o.op === 'freeze') {
        sh.setFrozenRows(o.rows);
        sh.setFrozenColumns(o.cols);
      }
    }
    // Every other range this sheet needs, fetched in one RangeList.
    const a1s: string[] = [];
    const at = (a: string): number => a1s.push(a) - 1;
    const conds = ops.filter((o): o is CondOp => o.op === 'conditionalText');
    const condIdx = conds.map((o) => at(o.range));
    const lists = ops.filter((o): o is Extract<WriteOp, { op: 'validationList' }> => o.op === 'validationList').map((o) => ({ o, i: at(o.range) }));
    const notes = ops.filter((o): o is Extract<WriteOp, { op: 'note' }> => o.op === 'note').map((o) => ({ o, i: at(o.cell) }));
    const sel = ops.filter((o): o is Extract<WriteOp, { op: 'select' }> => o.op === 'select').map((o) => at(o.cell));
    const ranges = a1s.length ? sh.getRangeList(a1s).getRanges() : [];
    for (const { o, i } of lists) {
      ranges[i].setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(o.values, true).setAllowInvalid(true).build());
    }
    for (const { o, i } of notes) ranges[i].setNote(o.text);
    terapkanWarna(sh, conds, condIdx.map((i) => ranges[i]), baru.has(name));
    if (sel.length) pilih = ranges[sel[sel.length - 1]];
    if (ops.some((o) => o.op === 'activate')) aktif = sh;
  }
  if (pilih) pilih.activate();
  else if (aktif) aktif.activate();
}
