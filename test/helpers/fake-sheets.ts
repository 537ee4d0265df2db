/**
 * A recording fake of SpreadsheetApp: an in-memory spreadsheet whose
 * Spreadsheet/Sheet/Range/RangeList methods count every call (each is a
 * potential server round-trip in Apps Script). Builders (conditional format,
 * data validation) are local objects in Apps Script and are counted apart.
 */
import { a1, parseA1Range } from '../../core/workbook';

export type Cell = string | number | boolean | Date | null;

export interface FakeSheetData {
  name: string;
  values: Cell[][];
  formulas: string[][];
  formats: Record<string, unknown[][]>;
  widths: Record<number, number>;
  frozen: { rows: number; cols: number };
  rules: FakeRule[];
  validations: Array<{ range: string; values: string[] }>;
  notes: Record<string, string>;
}

export interface FakeRule {
  text: string;
  background?: string;
  fontColor?: string;
  ranges: string[];
  getRanges(): Array<{ getA1Notation(): string }>;
  getBooleanCondition(): { getCriteriaValues(): unknown[]; getBackground(): string | null; getFontColor(): string | null };
}

export class Recorder {
  calls: string[] = [];
  builderCalls = 0;
  count(name: string): void {
    this.calls.push(name);
  }
  reset(): void {
    this.calls = [];
    this.builderCalls = 0;
  }
}

function ensure(sheet: FakeSheetData, rows: number, cols: number): void {
  while (sheet.values.length < rows) sheet.values.push([]);
  while (sheet.formulas.length < rows) sheet.formulas.push([]);
  for (let r = 0; r < rows; r++) {
    while (sheet.values[r].length < cols) sheet.values[r].push('');
    while (sheet.formulas[r].length < cols) sheet.formulas[r].push('');
  }
}

function bounds(sheet: FakeSheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if ((v !== '' && v !== null) || sheet.formulas[r]?.[c]) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }),
  );
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

export interface FakeSpreadsheetOptions {
  /** Called to compute the value a formula cell shows (default: ""). */
  evaluate?: (sheet: string, formula: string, row: number, col: number) => Cell;
  /** Sheet names that throw on write, as a protected sheet does for an editor without rights. */
  protectedSheets?: string[];
}

export function makeFakeSpreadsheet(rec: Recorder, initial: Record<string, Cell[][]> = {}, opts: FakeSpreadsheetOptions = {}) {
  const sheets: FakeSheetData[] = [];
  let active: { sheet: string; cell: string } | null = null;

  const newSheet = (name: string): FakeSheetData => ({
    name,
    values: [],
    formulas: [],
    formats: {},
    widths: {},
    frozen: { rows: 0, cols: 0 },
    rules: [],
    validations: [],
    notes: {},
  });

  for (const [name, vals] of Object.entries(initial)) {
    const s = newSheet(name);
    vals.forEach((row, r) =>
      row.forEach((v, c) => {
        ensure(s, r + 1, c + 1);
        if (typeof v === 'string' && v.startsWith('=')) s.formulas[r][c] = v;
        else s.values[r][c] = v === null ? '' : v;
      }),
    );
    sheets.push(s);
  }

  const guard = (s: FakeSheetData): void => {
    if (opts.protectedSheets?.includes(s.name)) throw new Error(`You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit. (${s.name})`);
  };

  const rangeApi = (s: FakeSheetData, row: number, col: number, rows: number, cols: number): Record<string, unknown> => {
    const c = (name: string) => rec.count(`Range.${name}`);
    const setGrid = (prop: string, g: unknown[][]): void => {
      guard(s);
      const target = (s.formats[prop] = s.formats[prop] ?? []);
      g.forEach((r, i) => {
        target[row + i] = target[row + i] ?? [];
        r.forEach((v, j) => (target[row + i][col + j] = v));
      });
    };
    return {
      getA1Notation() {
        c('getA1Notation');
        return rows === 1 && cols === 1 ? a1(row, col) : `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
      },
      getValues() {
        c('getValues');
        ensure(s, row + rows, col + cols);
        return Array.from({ length: rows }, (_, i) =>
          Array.from({ length: cols }, (_, j) => {
            const f = s.formulas[row + i][col + j];
            if (f) return opts.evaluate ? opts.evaluate(s.name, f, row + i, col + j) : '';
            return s.values[row + i][col + j];
          }),
        );
      },
      getFormulas() {
        c('getFormulas');
        ensure(s, row + rows, col + cols);
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => s.formulas[row + i][col + j] || ''));
      },
      setValues(v: Cell[][]) {
        c('setValues');
        guard(s);
        if (v.length !== rows || v.some((r) => r.length !== cols)) throw new Error(`The number of rows or columns in the data does not match the range`);
        ensure(s, row + rows, col + cols);
        v.forEach((r, i) =>
          r.forEach((x, j) => {
            if (typeof x === 'string' && x.startsWith('=')) {
              s.formulas[row + i][col + j] = x;
              s.values[row + i][col + j] = '';
            } else {
              s.formulas[row + i][col + j] = '';
              s.values[row + i][col + j] = x === null ? '' : x;
            }
          }),
        );
      },
      clear() {
        c('clear');
        guard(s);
        ensure(s, row + rows, col + cols);
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            s.values[row + i][col + j] = '';
            s.formulas[row + i][col + j] = '';
          }
      },
      getNumberFormats() {
        c('getNumberFormats');
        const g = s.formats.numberFormat ?? [];
        return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (g[row + i]?.[col + j] as string) ?? 'General'));
      },
      setNumberFormats(g: unknown[][]) { c('setNumberFormats'); setGrid('numberFormat', g); },
      setTextStyles(g: Array<Array<{ bold: boolean; color: string | null }>>) {
        c('setTextStyles');
        setGrid('fontWeight', g.map((r) => r.map((x) => (x.bold ? 'bold' : 'normal'))));
        setGrid('fontColor', g.map((r) => r.map((x) => x.color)));
      },
      setFontWeights(g: unknown[][]) { c('setFontWeights'); setGrid('fontWeight', g); },
      setWraps(g: unknown[][]) { c('setWraps'); setGrid('wrap', g); },
      setHorizontalAlignments(g: unknown[][]) { c('setHorizontalAlignments'); setGrid('align', g); },
      setBackgrounds(g: unknown[][]) { c('setBackgrounds'); setGrid('background', g); },
      setFontColors(g: unknown[][]) { c('setFontColors'); setGrid('fontColor', g); },
      setDataValidation(rule: { values: string[] }) {
        c('setDataValidation');
        guard(s);
        s.validations.push({ range: rows === 1 && cols === 1 ? a1(row, col) : `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`, values: rule.values });
      },
      setNote(text: string) {
        c('setNote');
        s.notes[a1(row, col)] = text;
      },
      activate() {
        c('activate');
        active = { sheet: s.name, cell: a1(row, col) };
      },
    };
  };

  const sheetApi = (s: FakeSheetData): Record<string, unknown> => {
    const c = (name: string) => rec.count(`Sheet.${name}`);
    return {
      _data: s,
      getName() { c('getName'); return s.name; },
      setName(n: string) { c('setName'); guard(s); s.name = n; },
      getDataRange() {
        c('getDataRange');
        const b = bounds(s);
        return rangeApi(s, 0, 0, b.rows, b.cols);
      },
      getRange(a: string | number, b?: number, nr?: number, nc?: number) {
        c('getRange');
        if (typeof a === 'string') {
          const r = parseA1Range(a);
          return rangeApi(s, r.row, r.col, r.rows, r.cols);
        }
        return rangeApi(s, a - 1, (b as number) - 1, nr ?? 1, nc ?? 1);
      },
      getRangeList(a1s: string[]) {
        c('getRangeList');
        const list = a1s.map((x) => {
          const r = parseA1Range(x);
          return rangeApi(s, r.row, r.col, r.rows, r.cols);
        });
        return {
          getRanges() { rec.count('RangeList.getRanges'); return list; },
          clear() {
            rec.count('RangeList.clear');
            for (const r of list) {
              (r.clear as () => void)();
              rec.calls.pop();
            }
          },
        };
      },
      setColumnWidths(start: number, n: number, w: number) {
        c('setColumnWidths');
        for (let i = 0; i < n; i++) s.widths[start - 1 + i] = w;
      },
      setFrozenRows(n: number) { c('setFrozenRows'); s.frozen.rows = n; },
      setFrozenColumns(n: number) { c('setFrozenColumns'); s.frozen.cols = n; },
      getConditionalFormatRules() { c('getConditionalFormatRules'); return s.rules.slice(); },
      setConditionalFormatRules(rules: FakeRule[]) { c('setConditionalFormatRules'); guard(s); s.rules = rules; },
      activate() { c('activate'); active = { sheet: s.name, cell: 'A1' }; },
    };
  };

  const ss = {
    getSheetByName(name: string) {
      rec.count('Spreadsheet.getSheetByName');
      const s = sheets.find((x) => x.name === name);
      return s ? sheetApi(s) : null;
    },
    getSheets() {
      rec.count('Spreadsheet.getSheets');
      return sheets.map(sheetApi);
    },
    insertSheet(name: string) {
      rec.count('Spreadsheet.insertSheet');
      if (sheets.some((x) => x.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
      const s = newSheet(name);
      sheets.push(s);
      return sheetApi(s);
    },
    deleteSheet(sh: { _data: FakeSheetData }) {
      rec.count('Spreadsheet.deleteSheet');
      const i = sheets.indexOf(sh._data);
      if (i >= 0) sheets.splice(i, 1);
    },
  };

  const ruleBuilder = () => {
    const rule: Partial<FakeRule> & { rangeObjs?: Array<{ getA1Notation(): string }> } = {};
    const b = {
      whenTextEqualTo(t: string) { rec.builderCalls++; rule.text = t; return b; },
      setBackground(x: string) { rec.builderCalls++; rule.background = x; return b; },
      setFontColor(x: string) { rec.builderCalls++; rule.fontColor = x; return b; },
      setRanges(rs: Array<{ getA1Notation(): string }>) { rec.builderCalls++; rule.rangeObjs = rs; return b; },
      build(): FakeRule {
        rec.builderCalls++;
        const objs = rule.rangeObjs ?? [];
        const ranges = objs.map((r) => {
          const n = r.getA1Notation();
          rec.calls.pop();
          return n;
        });
        return {
          text: rule.text as string,
          background: rule.background,
          fontColor: rule.fontColor,
          ranges,
          getRanges: () => ranges.map((n) => ({ getA1Notation: () => (rec.count('Range.getA1Notation'), n) })),
          getBooleanCondition: () => ({
            getCriteriaValues: () => [rule.text],
            getBackground: () => rule.background ?? null,
            getFontColor: () => rule.fontColor ?? null,
          }),
        };
      },
    };
    return b;
  };

  const validationBuilder = () => {
    const v: { values: string[] } = { values: [] };
    const b = {
      requireValueInList(values: string[]) { rec.builderCalls++; v.values = values; return b; },
      setAllowInvalid() { rec.builderCalls++; return b; },
      build() { rec.builderCalls++; return v; },
    };
    return b;
  };

  const menus: Array<{ name: string; items: Array<[string, string]> }> = [];
  const sidebars: Array<{ file: string; title?: string }> = [];
  const ui = {
    createMenu(name: string) {
      const menu = { name, items: [] as Array<[string, string]> };
      const builder = {
        addItem(label: string, fn: string) { menu.items.push([label, fn]); return builder; },
        addSeparator() { return builder; },
        addToUi() { menus.push(menu); },
      };
      return builder;
    },
    showSidebar(html: { file: string; title?: string }) { sidebars.push(html); },
    alert() {},
  };

  const SpreadsheetApp = {
    getActiveSpreadsheet() { rec.count('SpreadsheetApp.getActiveSpreadsheet'); return ss; },
    getUi() { return ui; },
    flush() { rec.count('SpreadsheetApp.flush'); },
    newConditionalFormatRule: ruleBuilder,
    newTextStyle() {
      const st = { bold: false, color: null as string | null };
      const b = {
        setBold(x: boolean) { rec.builderCalls++; st.bold = x; return b; },
        setForegroundColor(x: string) { rec.builderCalls++; st.color = x; return b; },
        build() { rec.builderCalls++; return { ...st }; },
      };
      return b;
    },
    newDataValidation: validationBuilder,
  };

  let locked = false;
  const lockLog: string[] = [];
  const LockService = {
    getDocumentLock() {
      return {
        tryLock() { lockLog.push('tryLock'); if (locked) return false; locked = true; return true; },
        waitLock() { lockLog.push('waitLock'); if (locked) throw new Error('Lock timeout: another process was holding the lock for too long.'); locked = true; },
        releaseLock() { lockLog.push('releaseLock'); locked = false; },
        hasLock() { return locked; },
      };
    },
    _hold() { locked = true; },
  };

  const HtmlService = {
    createHtmlOutputFromFile(file: string) {
      const out = { file, title: undefined as string | undefined, setTitle(t: string) { out.title = t; return out; } };
      return out;
    },
  };

  return {
    SpreadsheetApp,
    LockService,
    HtmlService,
    sheets,
    menus,
    sidebars,
    lockLog,
    get active() { return active; },
    sheet(name: string): FakeSheetData | undefined { return sheets.find((s) => s.name === name); },
    /** Values as a user would see them (formulas shown as their text). */
    grid(name: string): Cell[][] {
      const s = sheets.find((x) => x.name === name);
      if (!s) return [];
      return s.values.map((row, r) => row.map((v, c) => s.formulas[r]?.[c] || v));
    },
  };
}
