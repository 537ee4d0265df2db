/**
 * A recording fake of SpreadsheetApp: an in-memory spreadsheet whose
 * Spreadsheet/Sheet/Range/RangeList methods count every call (each is a
 * potential server round-trip in Apps Script). Builders (conditional format,
 * data validation) are local objects in Apps Script and are counted apart.
 */
import { a1, parseA1Range } from '../../core/workbook';

export type Cell = string | number | boolean | Date | null;

/** What Sheets says when a range reaches past the sheet's grid. */
export const GALAT_LUAR_LEMBAR = 'The coordinates of the range are outside the dimensions of the sheet.';
/** The grid insertSheet gives a new sheet. */
export const LEMBAR_BARU = { rows: 1000, cols: 26 };

/** A TextStyle as Sheets hands it out: read with getters, changed through copy(). */
export interface FakeTextStyle {
  bold: boolean | null;
  color: string | null;
  italic: boolean | null;
  isBold(): boolean | null;
  isItalic(): boolean | null;
  getForegroundColor(): string | null;
  copy(): FakeTextStyleBuilder;
}
export interface FakeTextStyleBuilder {
  setBold(x: boolean): FakeTextStyleBuilder;
  setItalic(x: boolean): FakeTextStyleBuilder;
  setForegroundColor(x: string): FakeTextStyleBuilder;
  build(): FakeTextStyle;
}

function textStyleBuilder(rec: Recorder, init: { bold: boolean | null; color: string | null; italic: boolean | null }): FakeTextStyleBuilder {
  const st = { ...init };
  const b: FakeTextStyleBuilder = {
    setBold(x) { rec.builderCalls++; st.bold = x; return b; },
    setItalic(x) { rec.builderCalls++; st.italic = x; return b; },
    setForegroundColor(x) { rec.builderCalls++; st.color = x; return b; },
    build() { rec.builderCalls++; return makeTextStyle(rec, st); },
  };
  return b;
}

function makeTextStyle(rec: Recorder, init: { bold: boolean | null; color: string | null; italic: boolean | null }): FakeTextStyle {
  const st = { ...init };
  return {
    ...st,
    isBold: () => st.bold,
    isItalic: () => st.italic,
    getForegroundColor: () => st.color,
    copy: () => textStyleBuilder(rec, st),
  };
}

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
  /** The grid's size: writing or reading past it throws, as in Sheets. */
  maxRows: number;
  maxCols: number;
  /** Charts inserted (Sheet.insertChart), as their builders made them. */
  charts: FakeChart[];
  /** Protections (range and sheet), as Sheets keeps them. */
  protections: FakeProtection[];
}

/** A Protection: what it covers, who may edit, and its description. */
export interface FakeProtection {
  jenis: 'RANGE' | 'SHEET';
  sheet: string;
  /** A1 of a range protection; null for the sheet's. */
  range: string | null;
  unprotected: string[];
  editors: string[];
  domainEdit: boolean;
  warningOnly: boolean;
  description: string;
  removed: boolean;
}

/** An embedded chart as EmbeddedChartBuilder built it. */
export interface FakeChart {
  type: string;
  ranges: string[];
  mergeStrategy?: string;
  numHeaders?: number;
  position?: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
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
  /** Grid size of initial sheets (default: their data, at least 1000 × 26 as Sheets creates them). */
  sizes?: Record<string, { rows: number; cols: number }>;
  /** The spreadsheet's time zone (File → Settings); default Asia/Jakarta. */
  timeZone?: string;
  /** Return colours as lowercase hex, as Sheets may (getBackground of a rule, getBackgrounds). */
  lowercaseColors?: boolean;
  /** A counted call (e.g. "Sheet.setFrozenRows") that throws this message, to simulate a host failure. */
  failOn?: Record<string, string>;
  /** The spreadsheet's owner, the user running the script, and everyone with edit access (default: the owner alone). */
  pemilik?: string;
  pengguna?: string;
  editor?: string[];
  /** Called after each counted call: a test can act "meanwhile" (a collaborator's click). */
  setelahPanggilan?: (name: string) => void;
}

export function makeFakeSpreadsheet(rec: Recorder, initial: Record<string, Cell[][]> = {}, opts: FakeSpreadsheetOptions = {}) {
  const sheets: FakeSheetData[] = [];
  /** Bumped by every call that may change something: a formula evaluator recomputes when it changes. */
  let versi = 0;
  let active: { sheet: string; cell: string } | null = null;
  /** Count a call; fail it when the test asks to. */
  const hit = (name: string): void => {
    rec.count(name);
    if (!/\.(get|can|is)/.test(name)) versi++;
    const msg = opts.failOn?.[name];
    if (msg) throw new Error(msg);
    opts.setelahPanggilan?.(name);
  };
  const pemilik = (opts.pemilik ?? 'pemilik@bpom.go.id').toLowerCase();
  const pengguna = (opts.pengguna ?? pemilik).toLowerCase();
  const editorSpreadsheet = [pemilik, ...(opts.editor ?? []).map((e) => e.toLowerCase())];
  /** Counted calls on Protection objects (each is a server call in Apps Script). */
  const hitP = (name: string): void => hit(`Protection.${name}`);
  // Dates handed out are of the script's realm (the vm the bundle runs in), as in Apps Script.
  let DateRealm: DateConstructor = Date;
  const keluar = (v: Cell): Cell => (v instanceof Date ? new DateRealm(v.getTime()) : v);
  const warna = (x: string | null | undefined): string | null => (x == null ? null : opts.lowercaseColors ? x.toLowerCase() : x);

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
    maxRows: LEMBAR_BARU.rows,
    maxCols: LEMBAR_BARU.cols,
    charts: [],
    protections: [],
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
    const size = opts.sizes?.[name];
    s.maxRows = size?.rows ?? Math.max(LEMBAR_BARU.rows, vals.length);
    s.maxCols = size?.cols ?? Math.max(LEMBAR_BARU.cols, ...vals.map((r) => r.length));
    sheets.push(s);
  }

  const guard = (s: FakeSheetData, box?: { row: number; col: number; rows: number; cols: number }): void => {
    if (opts.protectedSheets?.includes(s.name)) throw new Error(`You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit. (${s.name})`);
    if (!box) return;
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++)
        if (!bolehEdit(pengguna, s.name, r, c)) throw new Error(`You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit. (${s.name}!${a1(r, c)})`);
  };
  const diDalam = (a1s: string, r: number, c: number): boolean => {
    const b = parseA1Range(a1s);
    return r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
  };
  /** May this person type into this cell? The owner always; a warning-only protection lets anyone (after a warning). */
  function bolehEdit(email: string, sheet: string, r: number, c: number): boolean {
    const e = email.toLowerCase();
    if (e === pemilik) return true;
    const s = sheets.find((x) => x.name === sheet);
    if (!s) return false;
    if (!editorSpreadsheet.includes(e)) return false;
    for (const p of s.protections) {
      if (p.removed || p.warningOnly) continue;
      const kena = p.jenis === 'RANGE' ? diDalam(p.range as string, r, c) : !p.unprotected.some((u) => diDalam(u, r, c));
      if (kena && !p.editors.includes(e)) return false;
    }
    return true;
  }
  const protectionApi = (pr: FakeProtection): Record<string, unknown> => {
    const api: Record<string, unknown> = {
      _data: pr,
      setDescription(d: string) { hitP('setDescription'); pr.description = d; return api; },
      getDescription() { hitP('getDescription'); return pr.description; },
      setUnprotectedRanges(rs: Array<{ getA1Notation(): string }>) {
        hitP('setUnprotectedRanges');
        pr.unprotected = rs.map((r) => { const a = r.getA1Notation(); rec.calls.pop(); return a; });
        return api;
      },
      getEditors() { hitP('getEditors'); return pr.editors.map((e) => ({ getEmail: () => e, toString: () => e })); },
      removeEditors(list: Array<string | { getEmail(): string }>) {
        hitP('removeEditors');
        const buang = list.map((x) => (typeof x === 'string' ? x : x.getEmail()).toLowerCase());
        // Neither the owner nor the user running the script can be removed.
        pr.editors = pr.editors.filter((e) => !buang.includes(e) || e === pemilik || e === pengguna);
        return api;
      },
      addEditors(list: string[]) {
        hitP('addEditors');
        for (const e of list.map((x) => x.toLowerCase())) if (!pr.editors.includes(e)) pr.editors.push(e);
        return api;
      },
      canDomainEdit() { hitP('canDomainEdit'); return pr.domainEdit; },
      setDomainEdit(x: boolean) { hitP('setDomainEdit'); pr.domainEdit = x; return api; },
      setWarningOnly(x: boolean) { hitP('setWarningOnly'); pr.warningOnly = x; return api; },
      remove() { hitP('remove'); pr.removed = true; const s = sheets.find((x) => x.name === pr.sheet); if (s) s.protections = s.protections.filter((p) => p !== pr); },
    };
    return api;
  };
  const lindungiBaru = (s: FakeSheetData, jenis: 'RANGE' | 'SHEET', range: string | null): Record<string, unknown> => {
    if (jenis === 'SHEET') {
      // A sheet has one sheet protection: protect() on a protected sheet hands back the one there.
      const ada = s.protections.find((p) => p.jenis === 'SHEET');
      if (ada) return protectionApi(ada);
    }
    // A new protection starts with everyone who may edit the spreadsheet.
    const pr: FakeProtection = { jenis, sheet: s.name, range, unprotected: [], editors: [...editorSpreadsheet], domainEdit: true, warningOnly: false, description: '', removed: false };
    s.protections.push(pr);
    return protectionApi(pr);
  };

  const rangeApi = (s: FakeSheetData, row: number, col: number, rows: number, cols: number): Record<string, unknown> => {
    if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > s.maxRows || col + cols > s.maxCols) throw new Error(GALAT_LUAR_LEMBAR);
    const c = (name: string) => hit(`Range.${name}`);
    const getGrid = <T>(prop: string, fill: T, map: (v: T) => T = (v) => v): T[][] => {
      const g = s.formats[prop] ?? [];
      return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => map(((g[row + i]?.[col + j] as T) ?? fill) as T)));
    };
    /** The three grids a text style is made of. */
    const gayaTeks = () => ({
      w: getGrid<string | null>('fontWeight', 'normal'),
      f: getGrid<string | null>('fontColor', null),
      it: getGrid<boolean | null>('italic', false),
    });
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
            return keluar(s.values[row + i][col + j]);
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
        guard(s, { row, col, rows, cols });
        if (v.length !== rows || v.some((r) => r.length !== cols)) throw new Error(`The number of rows or columns in the data does not match the range`);
        ensure(s, row + rows, col + cols);
        v.forEach((r, i) =>
          r.forEach((x, j) => {
            if (typeof x === 'string' && x.startsWith('=')) {
              s.formulas[row + i][col + j] = x;
              s.values[row + i][col + j] = '';
            } else {
              // A leading apostrophe keeps typed text as text and is not part of the value.
              s.formulas[row + i][col + j] = '';
              s.values[row + i][col + j] = x === null ? '' : typeof x === 'string' && x.startsWith("'") ? x.slice(1) : x;
            }
          }),
        );
      },
      clear() {
        c('clear');
        guard(s, { row, col, rows, cols });
        ensure(s, row + rows, col + cols);
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < cols; j++) {
            s.values[row + i][col + j] = '';
            s.formulas[row + i][col + j] = '';
          }
      },
      getNumberFormats() {
        c('getNumberFormats');
        return getGrid<string>('numberFormat', 'General');
      },
      setNumberFormats(g: unknown[][]) { c('setNumberFormats'); setGrid('numberFormat', g); },
      getTextStyles() {
        c('getTextStyles');
        const { w, f, it } = gayaTeks();
        return w.map((r, i) => r.map((x, j) => makeTextStyle(rec, { bold: x === 'bold', color: warna(f[i][j]) ?? '#000000', italic: it[i][j] })));
      },
      setTextStyles(g: Array<Array<{ bold: boolean | null; color: string | null; italic?: boolean | null }>>) {
        c('setTextStyles');
        // A style's unset (null) attribute is left as the cell has it.
        const { w, f, it } = gayaTeks();
        setGrid('fontWeight', g.map((r, i) => r.map((x, j) => (x.bold == null ? w[i][j] : x.bold ? 'bold' : 'normal'))));
        setGrid('fontColor', g.map((r, i) => r.map((x, j) => (x.color == null ? f[i][j] : x.color === '#000000' ? null : x.color))));
        setGrid('italic', g.map((r, i) => r.map((x, j) => (x.italic == null ? it[i][j] : x.italic))));
      },
      getBackgrounds() {
        c('getBackgrounds');
        // An unfilled cell reads as white.
        return getGrid<string | null>('background', null, (v) => warna(v) ?? '#ffffff');
      },
      getWrapStrategies() {
        c('getWrapStrategies');
        return getGrid<string>('wrap', 'OVERFLOW');
      },
      setWrapStrategies(g: unknown[][]) { c('setWrapStrategies'); setGrid('wrap', g); },
      getHorizontalAlignments() {
        c('getHorizontalAlignments');
        return getGrid<string | null>('align', null, (v) => v ?? 'general');
      },
      setFontWeights(g: unknown[][]) { c('setFontWeights'); setGrid('fontWeight', g); },
      setWraps(g: unknown[][]) { c('setWraps'); setGrid('wrap', g.map((r) => r.map((x) => (x ? 'WRAP' : 'OVERFLOW')))); },
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
      protect() {
        c('protect');
        return lindungiBaru(s, 'RANGE', rows === 1 && cols === 1 ? a1(row, col) : `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
      },
    };
  };

  const sheetApi = (s: FakeSheetData): Record<string, unknown> => {
    const c = (name: string) => hit(`Sheet.${name}`);
    /** insertRowsAfter / insertColumnsAfter: past the grid's end, or nothing to add, throws as Sheets does. */
    const sisip = (nama: string, maks: 'maxRows' | 'maxCols', after: number, n: number): void => {
      c(nama);
      guard(s);
      if (after < 1 || after > s[maks] || n < 1) throw new Error(GALAT_LUAR_LEMBAR);
      s[maks] += n;
    };
    return {
      _data: s,
      getName() { c('getName'); return s.name; },
      setName(n: string) { c('setName'); guard(s); s.name = n; },
      getDataRange() {
        c('getDataRange');
        const b = bounds(s);
        return rangeApi(s, 0, 0, b.rows, b.cols);
      },
      getSheetValues(r: number, col: number, nr: number, nc: number) {
        c('getSheetValues');
        const b = bounds(s);
        const empty = !s.values.some((row, i) => row.some((v, j) => (v !== '' && v !== null) || s.formulas[i]?.[j]));
        // -1: up to the last row/column with data; a sheet without data has none.
        if ((nr === -1 || nc === -1) && empty) throw new Error('The number of rows in the range must be at least 1.');
        const range = rangeApi(s, r - 1, col - 1, nr === -1 ? b.rows - r + 1 : nr, nc === -1 ? b.cols - col + 1 : nc);
        const v = (range.getValues as () => Cell[][])();
        rec.calls.pop();
        return v;
      },
      getMaxRows() { c('getMaxRows'); return s.maxRows; },
      getMaxColumns() { c('getMaxColumns'); return s.maxCols; },
      insertRowsAfter(after: number, n: number) {
        sisip('insertRowsAfter', 'maxRows', after, n);
        return this;
      },
      insertColumnsAfter(after: number, n: number) {
        sisip('insertColumnsAfter', 'maxCols', after, n);
        return this;
      },
      deleteRows(start: number, n: number) {
        c('deleteRows');
        guard(s);
        if (start < 1 || start - 1 + n > s.maxRows) throw new Error(GALAT_LUAR_LEMBAR);
        s.values.splice(start - 1, n);
        s.formulas.splice(start - 1, n);
        s.maxRows -= n;
      },
      deleteColumns(start: number, n: number) {
        c('deleteColumns');
        guard(s);
        if (start < 1 || start - 1 + n > s.maxCols) throw new Error(GALAT_LUAR_LEMBAR);
        for (const row of s.values) row.splice(start - 1, n);
        for (const row of s.formulas) row.splice(start - 1, n);
        s.maxCols -= n;
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
          getRanges() { hit('RangeList.getRanges'); return list; },
          clear() {
            hit('RangeList.clear');
            for (const r of list) {
              (r.clear as () => void)();
              rec.calls.pop();
            }
          },
        };
      },
      setColumnWidths(start: number, n: number, w: number) {
        c('setColumnWidths');
        if (start - 1 + n > s.maxCols) throw new Error('Those columns are out of bounds.');
        for (let i = 0; i < n; i++) s.widths[start - 1 + i] = w;
      },
      setFrozenRows(n: number) { c('setFrozenRows'); s.frozen.rows = n; },
      setFrozenColumns(n: number) { c('setFrozenColumns'); s.frozen.cols = n; },
      getConditionalFormatRules() { c('getConditionalFormatRules'); return s.rules.slice(); },
      setConditionalFormatRules(rules: FakeRule[]) { c('setConditionalFormatRules'); guard(s); s.rules = rules; },
      getProtections(t: 'RANGE' | 'SHEET') { c('getProtections'); return s.protections.filter((p) => p.jenis === t).map(protectionApi); },
      protect() { c('protect'); return lindungiBaru(s, 'SHEET', null); },
      activate() { c('activate'); active = { sheet: s.name, cell: 'A1' }; },
      // --- Charts (the Laporan): the builder is local (counted apart), newChart and insertChart reach the spreadsheet.
      newChart() {
        c('newChart');
        const chart: FakeChart = { type: '', ranges: [], options: {} };
        const b = {
          setChartType(t: string) { rec.builderCalls++; chart.type = t; return b; },
          addRange(r: { getA1Notation(): string }) { rec.builderCalls++; chart.ranges.push(r.getA1Notation()); rec.calls.pop(); return b; },
          setMergeStrategy(m: string) { rec.builderCalls++; chart.mergeStrategy = m; return b; },
          setNumHeaders(n: number) { rec.builderCalls++; chart.numHeaders = n; return b; },
          setPosition(row: number, col: number, offsetX: number, offsetY: number) { rec.builderCalls++; chart.position = { row, col, offsetX, offsetY }; return b; },
          setOption(k: string, v: unknown) { rec.builderCalls++; chart.options[k] = v; return b; },
          build() { rec.builderCalls++; return chart; },
        };
        return b;
      },
      insertChart(chart: FakeChart) {
        c('insertChart');
        guard(s);
        if (chart.position && (chart.position.row > s.maxRows || chart.position.col > s.maxCols)) throw new Error(GALAT_LUAR_LEMBAR);
        s.charts.push(chart);
      },
      getCharts() { c('getCharts'); return s.charts.slice(); },
    };
  };

  const ss = {
    getSheetByName(name: string) {
      hit('Spreadsheet.getSheetByName');
      const s = sheets.find((x) => x.name === name);
      return s ? sheetApi(s) : null;
    },
    getSheets() {
      hit('Spreadsheet.getSheets');
      return sheets.map(sheetApi);
    },
    getSpreadsheetTimeZone() {
      hit('Spreadsheet.getSpreadsheetTimeZone');
      return opts.timeZone ?? 'Asia/Jakarta';
    },
    insertSheet(name: string) {
      hit('Spreadsheet.insertSheet');
      if (sheets.some((x) => x.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
      const s = newSheet(name);
      sheets.push(s);
      return sheetApi(s);
    },
    deleteSheet(sh: { _data: FakeSheetData }) {
      hit('Spreadsheet.deleteSheet');
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
            getBackground: () => warna(rule.background),
            getFontColor: () => warna(rule.fontColor),
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

  /** The Charts service's enums (Apps Script's Charts.ChartType, Charts.ChartMergeStrategy). */
  const Charts = {
    ChartType: { LINE: 'LINE', COLUMN: 'COLUMN', COMBO: 'COMBO', BAR: 'BAR', AREA: 'AREA' },
    ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
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
    getActiveSpreadsheet() { hit('SpreadsheetApp.getActiveSpreadsheet'); return ss; },
    getUi() { return ui; },
    flush() { hit('SpreadsheetApp.flush'); },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    newConditionalFormatRule: ruleBuilder,
    newTextStyle() {
      return textStyleBuilder(rec, { bold: null, color: null, italic: null });
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

  /** Utilities.formatDate: local work in Apps Script (not a Sheets call), so not counted. */
  const Utilities = {
    formatDate(d: Date, tz: string, format: string) {
      if (format === 'Z') {
        // "+0700": the zone's offset, as Apps Script's SimpleDateFormat writes it.
        const nama = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(nama);
        return m ? `${m[1]}${m[2]}${m[3]}` : '+0000';
      }
      const bagian = Object.fromEntries(
        new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
          .formatToParts(d)
          .map((p) => [p.type, p.value]),
      );
      const tanggal = `${bagian.year}-${bagian.month}-${bagian.day}`;
      if (format === 'yyyy-MM-dd') return tanggal;
      if (format === 'yyyy-MM-dd HH:mm:ss') return `${tanggal} ${bagian.hour}:${bagian.minute}:${bagian.second}`;
      throw new Error(`format tiruan tidak didukung: ${format}`);
    },
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
    Utilities,
    Charts,
    /** Hand dates out as this realm's Date (the vm's, after loadGas). */
    useDate(D: DateConstructor) { DateRealm = D; },
    /** The globals the Apps Script bundle needs, for loadGas. */
    get globals() { return { SpreadsheetApp, LockService, HtmlService, Utilities, Charts }; },
    sheets,
    get versi() { return versi; },
    menus,
    sidebars,
    lockLog,
    get active() { return active; },
    sheet(name: string): FakeSheetData | undefined { return sheets.find((s) => s.name === name); },
    /** May this person type into this cell (A1) now, given the protections? */
    bolehEdit(email: string, sheet: string, cell: string): boolean {
      const { row, col } = parseA1Range(cell);
      return bolehEdit(email, sheet, row, col);
    },
    /** Values as a user would see them (formulas shown as their text). */
    grid(name: string): Cell[][] {
      const s = sheets.find((x) => x.name === name);
      if (!s) return [];
      return s.values.map((row, r) => row.map((v, c) => s.formulas[r]?.[c] || v));
    },
  };
}
