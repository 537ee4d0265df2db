/**
 * An Excel workbook for tests, built from office-addin-mock objects: loaded
 * properties are readable only after load() + context.sync(), as in Office.js.
 * context.sync() is counted; writes queued on ranges (formulas, formats,
 * conditional formats, validation) are applied to the in-memory model at sync.
 *
 * …OrNullObject results (getItemOrNullObject, getUsedRangeOrNullObject) are as
 * strict as the documentation allows, no kinder: Office.js documents only that
 * `isNullObject` is set at the next sync ("Application-specific API model",
 * *OrNullObject methods and properties). So here `isNullObject` cannot be read
 * before that sync; after it, reading anything else of a null object throws;
 * and loading through a worksheet that does not exist (its protection, its used
 * range) fails the sync, as real Excel may.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1, parseA1Range } from '../../core/workbook';

export type Cell = string | number | boolean | null;

export interface ExcelSheetModel {
  name: string;
  values: Cell[][];
  formulas: string[][];
  protected: boolean;
  numberFormat: Record<string, string>;
  bold: Record<string, boolean>;
  fill: Record<string, string>;
  widths: Record<number, number>;
  frozen: string | null;
  conditional: Array<{ range: string; text: string; fill?: string; font?: string }>;
  validation: Array<{ range: string; source: string; errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string } }>;
  /** Charts added (worksheet.charts.add), as they stand after the sync that made them. */
  charts: FakeChart[];
  /** pageLayout as set: orientation, zoom, print title rows. */
  pageLayout: { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }; printTitleRows?: string };
  /** Every format.protection.locked set, in order ("SEMUA" = the whole sheet): a cell's locked flag is the last that covers it (default locked, as in Excel). */
  terkunciFormat: Array<{ range: string; locked: boolean }>;
  /** The options of the last protect(). */
  opsiProteksi?: Record<string, unknown>;
}

/** Is this cell locked by its format (Excel's default: yes)? */
export function selTerkunci(s: ExcelSheetModel, row: number, col: number): boolean {
  let locked = true;
  for (const x of s.terkunciFormat) {
    if (x.range === 'SEMUA') locked = x.locked;
    else {
      const b = parseA1Range(x.range);
      if (row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols) locked = x.locked;
    }
  }
  return locked;
}

/** A chart as the fake records it. */
export interface FakeChart {
  name?: string;
  type: string;
  title?: string;
  source: string;
  seriesBy: string;
  position?: string;
  width?: number;
  height?: number;
  legend?: string;
  valueAxisTitle?: string;
  series: Array<{ name?: string; values?: string; xValues?: string; chartType?: string; lineColor?: string; fillColor?: string }>;
}

function ensure(s: ExcelSheetModel, rows: number, cols: number): void {
  while (s.values.length < rows) s.values.push([]);
  while (s.formulas.length < rows) s.formulas.push([]);
  for (let r = 0; r < rows; r++) {
    while (s.values[r].length < cols) s.values[r].push('');
    while (s.formulas[r].length < cols) s.formulas[r].push('');
  }
}

function used(s: ExcelSheetModel): { row: number; col: number; rows: number; cols: number } | null {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if ((v !== '' && v !== null) || s.formulas[r]?.[c]) {
        r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
      }
    }),
  );
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Whether an …OrNullObject result is known yet (after the next sync) and whether it is null. */
interface StatusNull { diketahui: boolean; isNull: boolean }

/** office-addin-mock's own machinery (load, sync …): not properties of the Office object. */
const MESIN_MOCK = new Set(Object.getOwnPropertyNames(OfficeMockObject.prototype));

function galatNull(objek: string, properti: string): Error {
  return Object.assign(new Error(`${objek} adalah objek null (…OrNullObject): properti "${properti}" tidak boleh dibaca; periksa isNullObject lebih dulu.`), { code: 'InvalidOperation' });
}

/**
 * An …OrNullObject result: `isNullObject` is there after the next sync (not
 * before, as with any property that sync loads); once it says null, reading any
 * other property or calling any method of the object throws.
 */
function hasilAtauNull(m: Mock, status: StatusNull, objek: string): Mock {
  const proxy: Mock = new Proxy(m, {
    get(t, k) {
      if (k === 'isNullObject') {
        if (!status.diketahui) throw Object.assign(new Error('isNullObject belum dimuat: panggil context.sync() dulu.'), { code: 'PropertyNotLoaded' });
        return status.isNull;
      }
      if (typeof k === 'symbol' || k.startsWith('_')) return Reflect.get(t, k);
      if (MESIN_MOCK.has(k)) {
        const f = Reflect.get(t, k);
        return typeof f === 'function' ? (...a: unknown[]) => { const v = f.apply(t, a); return v === t ? proxy : v; } : f;
      }
      if (status.diketahui && status.isNull) throw galatNull(objek, k);
      return Reflect.get(t, k);
    },
  });
  return proxy;
}

export interface FakeExcelOptions {
  evaluate?: (sheet: string, formula: string, row: number, col: number) => Cell;
}

export function makeFakeExcel(initial: Record<string, Cell[][]> = {}, opts: FakeExcelOptions = {}) {
  const model: ExcelSheetModel[] = [];
  const newSheet = (name: string): ExcelSheetModel => ({
    name, values: [], formulas: [], protected: false, numberFormat: {}, bold: {}, fill: {}, widths: {}, frozen: null, conditional: [], validation: [], charts: [], pageLayout: {}, terkunciFormat: [],
  });
  for (const [name, vals] of Object.entries(initial)) {
    const s = newSheet(name);
    vals.forEach((row, r) =>
      row.forEach((v, c) => {
        ensure(s, r + 1, c + 1);
        if (typeof v === 'string' && v.startsWith('=')) s.formulas[r][c] = v;
        else s.values[r][c] = v;
      }),
    );
    model.push(s);
  }
  const find = (name: string) => model.find((s) => s.name.toLowerCase() === name.toLowerCase());

  let syncs = 0;
  /** Bumped at every sync (any sync may write): a formula evaluator recomputes when it changes. */
  let versi = 0;
  /** Every proxy made so far: a property loaded in a later batch arrives at that batch's sync. */
  const created: Mock[] = [];
  let pending: Array<() => unknown> = [];
  /** …OrNullObject results made since the last sync: known at the next one. */
  let belumDiketahui: StatusNull[] = [];
  const atauNull = (m: Mock, isNull: boolean, objek: string): Mock => {
    const status = { diketahui: false, isNull };
    belumDiketahui.push(status);
    return hasilAtauNull(m, status, objek);
  };
  /** Loading anything through a worksheet that does not exist fails the sync. */
  const tolakMuat = (m: Mock, sheet: string, apa: string): void => {
    const muat = m.load.bind(m);
    m.load = (...a: unknown[]) => {
      pending.push(() => {
        throw Object.assign(new Error(`Lembar ${sheet} tidak ada: ${apa} tidak dapat dimuat.`), { code: 'ItemNotFound' });
      });
      return muat(...(a as [string]));
    };
  };
  let selected: { sheet: string; cell: string } | null = null;
  /** Protection calls, in the order Excel received them: "protect RAPK", "unprotect RAPK", "locked RAPK!M5:R10=true". */
  const proteksiLog: string[] = [];
  /** Sheets inserted by insertWorksheetsFromBase64, by name. */
  const disisipkan: string[] = [];

  const shown = (s: ExcelSheetModel, r: number, c: number): Cell => {
    const f = s.formulas[r]?.[c];
    if (f) return opts.evaluate ? opts.evaluate(s.name, f, r, c) : '';
    return s.values[r]?.[c] ?? '';
  };

  const rangeMock = (sheetName: string, row: number, col: number, rows: number, cols: number, semua = false): Mock => {
    const address = semua ? 'SEMUA' : rows === 1 && cols === 1 ? a1(row, col) : `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
    const conditionals: Mock[] = [];
    const m = new OfficeMockObject({
      address,
      format: { font: {}, fill: {}, protection: {} },
      dataValidation: { clear() {} },
      conditionalFormats: {
        add() {
          const cf = new OfficeMockObject({ cellValue: { format: { fill: {}, font: {} } } }) as Mock;
          conditionals.push(cf);
          return cf;
        },
        clearAll() {
          pending.push(() => {
            const s = find(sheetName);
            if (s) s.conditional = s.conditional.filter((x) => x.range !== address);
          });
        },
      },
      select() { pending.push(() => (selected = { sheet: sheetName, cell: address })); },
      clear() {
        pending.push(() => {
          const s = find(sheetName)!;
          ensure(s, row + rows, col + cols);
          for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) { s.values[row + i][col + j] = ''; s.formulas[row + i][col + j] = ''; }
        });
      },
    }) as Mock;
    // Where the range is, for what the fake records (charts read it without a load, as Excel does).
    m._alamat = address;
    created.push(m);
    pending.push(() => {
      const s = find(sheetName);
      if (!s) throw Object.assign(new Error(`Lembar ${sheetName} tidak ada`), { code: 'ItemNotFound' });
      const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
      const formats = own(m, 'numberFormat') || own(m.format, 'wrapText') || own(m.format.font, 'bold') || own(m.format.fill, 'color') || conditionals.length || own(m.dataValidation, 'rule') || own(m.format.protection, 'locked');
      const ditolak = (): never => {
        throw Object.assign(new Error('The cell or chart you are trying to change is protected.'), { code: 'AccessDenied' });
      };
      // A protected sheet refuses formats, and values in any locked cell (unlocked cells stay editable, as in Excel).
      if (s.protected && formats) ditolak();
      if (s.protected && own(m, 'formulas')) {
        for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (selTerkunci(s, row + i, col + j)) ditolak();
      }
      if (own(m.format.protection, 'locked')) {
        s.terkunciFormat.push({ range: address, locked: Boolean(m.format.protection.locked) });
        proteksiLog.push(`locked ${sheetName}!${address}=${Boolean(m.format.protection.locked)}`);
      }
      if (own(m, 'formulas')) {
        const f = m.formulas as Cell[][];
        ensure(s, row + rows, col + cols);
        f.forEach((r, i) => r.forEach((v, j) => {
          if (typeof v === 'string' && v.startsWith('=')) { s.formulas[row + i][col + j] = v; s.values[row + i][col + j] = ''; }
          // A leading apostrophe keeps typed text as text and is not part of the value.
          else { s.formulas[row + i][col + j] = ''; s.values[row + i][col + j] = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v; }
        }));
      }
      if (own(m, 'numberFormat')) (m.numberFormat as string[][]).forEach((r, i) => r.forEach((v, j) => (s.numberFormat[a1(row + i, col + j)] = v)));
      if (own(m.format.font, 'bold')) s.bold[address] = m.format.font.bold;
      if (own(m.format.fill, 'color')) s.fill[address] = m.format.fill.color;
      if (own(m.format, 'columnWidth')) s.widths[col] = m.format.columnWidth;
      if (own(m.dataValidation, 'rule')) {
        // Excel's default error alert for a list is a Stop: values outside the list are refused.
        const errorAlert = own(m.dataValidation, 'errorAlert') ? { ...m.dataValidation.errorAlert } : { showAlert: true, style: 'Stop' };
        s.validation.push({ range: address, source: m.dataValidation.rule.list.source, errorAlert });
      }
      for (const cf of conditionals) {
        const rule = cf.cellValue.rule as { formula1: string };
        s.conditional.push({ range: address, text: rule.formula1.replace(/^="|"$/g, ''), fill: cf.cellValue.format.fill.color, font: cf.cellValue.format.font.color });
      }
    });
    return m;
  };

  /** The used range as it stands when asked for (values shown, formulas, formats), anchored where it starts. */
  const usedMockFor = (s: ExcelSheetModel | undefined): { mock: Mock; kosong: boolean } => {
    const u = s ? used(s) : null;
    const mock = new OfficeMockObject({
      values: u ? Array.from({ length: u.rows }, (_, i) => Array.from({ length: u.cols }, (_, j) => shown(s!, u.row + i, u.col + j))) : [],
      formulas: u ? Array.from({ length: u.rows }, (_, i) => Array.from({ length: u.cols }, (_, j) => s!.formulas[u.row + i]?.[u.col + j] || shown(s!, u.row + i, u.col + j))) : [],
      numberFormat: u ? Array.from({ length: u.rows }, (_, i) => Array.from({ length: u.cols }, (_, j) => s!.numberFormat[a1(u.row + i, u.col + j)] ?? 'General')) : [],
      rowIndex: u ? u.row : 0,
      columnIndex: u ? u.col : 0,
    }) as Mock;
    created.push(mock);
    return { mock, kosong: !u };
  };

  /**
   * A worksheet proxy. `getItem`: a missing sheet fails at sync (a sheet added
   * earlier in the same batch is found by then). `getItemOrNullObject`: a null
   * object when the sheet is missing. `add`: the new sheet.
   */
  const worksheetMock = (name: string, cara: 'getItem' | 'orNull' | 'add'): Mock => {
    const s = find(name);
    const tidakAda = !s && cara === 'orNull';
    if (!s && cara === 'getItem') pending.push(() => { if (!find(name)) throw Object.assign(new Error(`Lembar ${name} tidak ada`), { code: 'ItemNotFound' }); });
    // --- Charts and page layout (the Laporan): recorded at the sync, as Excel applies them.
    const chartMocks: Array<{ chart: Mock; type: string; source: string; seriesBy: string; series: Mock[] }> = [];
    const seriesMock = (values?: string): Mock => {
      const sm = new OfficeMockObject({
        format: { line: {}, fill: { setSolidColor(c: string) { sm._fill = c; } } },
        setValues(r: Mock) { sm._values = r._alamat; },
        setXAxisValues(r: Mock) { sm._xValues = r._alamat; },
      }) as Mock;
      sm._values = values;
      created.push(sm);
      return sm;
    };
    const charts = {
      add(type: string, range: Mock, seriesBy: string) {
        const series: Mock[] = [seriesMock(range._alamat)];
        const chart = new OfficeMockObject({
          title: {},
          legend: {},
          axes: { valueAxis: { title: {} } },
          series: {
            getItemAt(i: number) { return series[i]; },
            add(n: string) { const x = seriesMock(); x.name = n; series.push(x); return x; },
          },
          setPosition(start: string) { chart._position = start; },
        }) as Mock;
        created.push(chart);
        chartMocks.push({ chart, type, source: range._alamat, seriesBy, series });
        return chart;
      },
    };
    let pageLayout: Mock = null as unknown as Mock;
    pending.push(() => {
      const sh = find(name);
      if (!sh) return;
      const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
      for (const c of chartMocks) {
        if (sh.protected) throw Object.assign(new Error('The cell or chart you are trying to change is protected.'), { code: 'AccessDenied' });
        sh.charts.push({
          name: c.chart.name,
          type: c.type,
          title: c.chart.title.text,
          source: c.source,
          seriesBy: c.seriesBy,
          position: c.chart._position,
          width: c.chart.width,
          height: c.chart.height,
          legend: c.chart.legend.position,
          valueAxisTitle: c.chart.axes.valueAxis.title.text,
          series: c.series.map((x) => ({ name: x.name, values: x._values, xValues: x._xValues, chartType: own(x, 'chartType') ? x.chartType : undefined, lineColor: x.format.line.color, fillColor: x._fill })),
        });
      }
      chartMocks.length = 0;
      if (own(pageLayout, 'orientation')) sh.pageLayout.orientation = pageLayout.orientation;
      if (own(pageLayout, 'zoom')) sh.pageLayout.zoom = { ...pageLayout.zoom };
      if (pageLayout._printTitleRows) sh.pageLayout.printTitleRows = pageLayout._printTitleRows;
    });
    const ws = new OfficeMockObject({
      name: s ? s.name : name,
      protection: {
        protected: s ? s.protected : false,
        protect(opsi?: Record<string, unknown>) {
          pending.push(() => {
            const x = find(name)!;
            if (x.protected) throw Object.assign(new Error('The worksheet is already protected.'), { code: 'InvalidOperation' });
            x.protected = true;
            x.opsiProteksi = opsi ?? {};
            proteksiLog.push(`protect ${name}`);
          });
        },
        unprotect() {
          pending.push(() => {
            find(name)!.protected = false;
            proteksiLog.push(`unprotect ${name}`);
          });
        },
      },
      charts,
      pageLayout: { setPrintTitleRows(this: Mock, rows: string) { this._printTitleRows = rows; } },
      freezePanes: {
        freezeAt(r: { address: string }) { pending.push(() => (find(name)!.frozen = r.address)); },
        freezeRows(n: number) { pending.push(() => (find(name)!.frozen = `rows:${n}`)); },
        freezeColumns(n: number) { pending.push(() => (find(name)!.frozen = `cols:${n}`)); },
      },
      getUsedRangeOrNullObject() {
        const { mock, kosong } = usedMockFor(find(name));
        if (tidakAda) tolakMuat(mock, name, 'rentang terpakai');
        return atauNull(mock, kosong, `Rentang terpakai lembar ${name}`);
      },
      getRange(addr?: string) {
        // No address: the whole worksheet.
        if (addr === undefined) return rangeMock(name, 0, 0, 1, 1, true);
        const b = parseA1Range(addr);
        return rangeMock(name, b.row, b.col, b.rows, b.cols);
      },
      getRangeByIndexes(r: number, c: number, nr: number, nc: number) { return rangeMock(name, r, c, nr, nc); },
      activate() { pending.push(() => (selected = { sheet: name, cell: selected?.sheet === name ? selected.cell : 'A1' })); },
      delete() { pending.push(() => model.splice(model.indexOf(find(name)!), 1)); },
    }) as Mock;
    if (tidakAda) tolakMuat(ws.protection, name, 'protection');
    pageLayout = ws.pageLayout;
    created.push(ws);
    // A rename is a property write on the worksheet.
    pending.push(() => {
      if (Object.prototype.hasOwnProperty.call(ws, 'name') && s && ws.name !== s.name && typeof ws.name === 'string' && !ws.name.startsWith('Error')) {
        if (find(ws.name)) throw Object.assign(new Error('The name is already taken.'), { code: 'ItemAlreadyExists' });
        s.name = ws.name;
      }
    });
    return cara === 'orNull' ? atauNull(ws, tidakAda, `Lembar ${name}`) : ws;
  };

  /** worksheets.load('items/name'): the names as they are at the next sync. */
  const koleksi: { items: Array<{ name: string }> } = { items: [] };
  const context = new OfficeMockObject({
    workbook: {
      insertWorksheetsFromBase64(base64: string, opsi?: { sheetNamesToInsert?: string[] }) {
        const hasil: { value?: string[] } = {};
        pending.push(async () => {
          const ExcelJS = (await import('exceljs')).default;
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
          const mau = opsi?.sheetNamesToInsert;
          const ids: string[] = [];
          for (const ws of wb.worksheets) {
            if (mau && !mau.includes(ws.name)) continue;
            if (find(ws.name)) throw Object.assign(new Error('A resource with the same name or identifier already exists.'), { code: 'ItemAlreadyExists' });
            const sh = newSheet(ws.name);
            ws.eachRow({ includeEmpty: false }, (row, r) =>
              row.eachCell({ includeEmpty: false }, (cell, c) => {
                ensure(sh, r, c);
                const v = cell.value as unknown;
                if (v && typeof v === 'object' && 'formula' in (v as object)) sh.formulas[r - 1][c - 1] = `=${(v as { formula: string }).formula}`;
                else sh.values[r - 1][c - 1] = v === null || v === undefined ? '' : (v as Cell);
              }),
            );
            sh.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
            model.push(sh);
            disisipkan.push(ws.name);
            ids.push(`{${ws.name}}`);
          }
          const hilang = (mau ?? []).filter((n) => !wb.worksheets.some((w) => w.name === n));
          if (hilang.length) throw Object.assign(new Error(`Lembar ${hilang.join(', ')} tidak ada di berkas.`), { code: 'InvalidArgument' });
          hasil.value = ids;
        });
        return hasil;
      },
      worksheets: {
        load(what: string) {
          if (what === 'items/name') pending.push(() => (koleksi.items = model.map((x) => ({ name: x.name }))));
          return koleksi;
        },
        getItemOrNullObject(name: string) { return worksheetMock(name, 'orNull'); },
        getItem(name: string) { return worksheetMock(name, 'getItem'); },
        add(name: string) {
          pending.push(() => {
            if (find(name)) throw Object.assign(new Error('A resource with the same name or identifier already exists.'), { code: 'ItemAlreadyExists' });
            model.push(newSheet(name));
          });
          return worksheetMock(name, 'add');
        },
      },
    },
  }) as Mock;

  context.sync = async () => {
    syncs++;
    versi++;
    const todo = pending;
    pending = [];
    try {
      for (const f of todo) await f();
    } finally {
      for (const m of created) await m.sync();
      for (const st of belumDiketahui) st.diketahui = true;
      belumDiketahui = [];
    }
  };

  return {
    context: context as unknown as Excel.RequestContext,
    Excel: { run: async <T>(cb: (ctx: Excel.RequestContext) => Promise<T>) => cb(context as unknown as Excel.RequestContext) },
    model,
    sheet: find,
    get syncs() { return syncs; },
    get versi() { return versi; },
    resetSyncs() { syncs = 0; },
    get selected() { return selected; },
    proteksiLog,
    disisipkan,
    grid(name: string): Cell[][] {
      const s = find(name);
      if (!s) return [];
      return s.values.map((row, r) => row.map((v, c) => s.formulas[r]?.[c] || v));
    },
  };
}
