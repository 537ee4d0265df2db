/**
 * The browser workbook's engine: HyperFormula 3 with every function of the
 * core registry (core/functions.ts) registered as a function plugin, so
 * `=KINERJA.CAPAIAN(J5,I5,G5)` computes exactly what Excel and Sheets compute.
 *
 * This file only translates between HyperFormula values and the registry's
 * matrices; it decides no number (ARCHITECTURE.md, "Rules of the house").
 *
 * - Every parameter is ANY: a cell or a range arrives whole (ranges are not
 *   vectorised by HyperFormula), the registry broadcasts.
 * - A call whose cell arguments are ranges answers a range that spills
 *   (sizeOfResultArrayMethod predicts the size from the formula's AST, the
 *   same way the registry broadcasts).
 * - KError -> CellError with its Indonesian message; blank -> EmptyValue.
 * - Function ids are `KINERJA.<NAME>` (Excel's form); the bare Sheets form
 *   (`CAPAIAN`) is registered as an alias so a Sheets formula also computes.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { ImplementedFunctions, RawCellContent } from 'hyperformula';
import type { ProcedureAst } from 'hyperformula/typings/parser/Ast';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import { FUNCTIONS, FunctionDef, callFunction } from '../core/functions';
import { CellInput, CellOutput, ErrorCode, KError, isKError } from '../core/values';
import { Plan, WriteValue, namaFungsi, parseA1Range } from '../core/workbook';

export const NAMESPACE = 'KINERJA';

/** The HyperFormula function id of a registry function: KINERJA.CAPAIAN. */
export function idFungsi(name: string): string {
  return namaFungsi('web', name);
}

const KODE_GALAT: Record<ErrorCode, ErrorType> = {
  DIV0: ErrorType.DIV_BY_ZERO,
  VALUE: ErrorType.VALUE,
  NA: ErrorType.NA,
  NUM: ErrorType.NUM,
};

const KODE_DARI_HF: Partial<Record<string, ErrorCode>> = {
  [ErrorType.DIV_BY_ZERO]: 'DIV0',
  [ErrorType.VALUE]: 'VALUE',
  [ErrorType.NA]: 'NA',
  [ErrorType.NUM]: 'NUM',
};

/** A parameter is a whole table (not broadcast) when its type admits no single value. */
function parameterTabel(def: FunctionDef, i: number): boolean {
  return def.params[i].jsdocType.trim().startsWith('Array<');
}

/** One HyperFormula scalar as a registry cell. */
function keSel(v: unknown): CellInput {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) {
    const code = KODE_DARI_HF[v.type] ?? 'VALUE';
    return new KError(code, v.message || `sel sumber berisi galat #${v.type}`);
  }
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // ExtendedNumber (dates, percents, currency typed into HyperFormula) carries its raw value in `val`.
  if (typeof v === 'object' && 'val' in (v as object)) {
    const raw = (v as { val: unknown }).val;
    if (typeof raw === 'number') return raw;
  }
  return String(v);
}

/** One HyperFormula argument (scalar or range) as a registry matrix or single value. */
function keArgumen(v: unknown): unknown {
  if (v === undefined) return undefined;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(keSel));
  return keSel(v);
}

type NilaiHf = number | string | boolean | CellError | typeof EmptyValue;

/** One registry result as a HyperFormula value. */
function keHf(v: CellOutput): NilaiHf {
  if (v === null || v === undefined) return EmptyValue;
  if (isKError(v)) return new CellError(KODE_GALAT[v.code], v.message);
  if (typeof v === 'number' && !isFinite(v)) return new CellError(ErrorType.NUM, `hasil tidak terhingga (${v})`);
  return v;
}

/** Shape of a value at run time: [rows, cols]. */
function ukuranNilai(v: unknown): [number, number] {
  if (v instanceof SimpleRangeValue) return [v.height(), v.width()];
  return [1, 1];
}

/**
 * The result shape the registry gives for these argument shapes: the broadcast
 * of the cell (non-table) arguments; 1×1 when there are none or they disagree
 * (the registry then answers one #VALUE! that names both sizes).
 */
function ukuranHasil(def: FunctionDef, shapes: Array<[number, number] | undefined>): [number, number] {
  let shape: [number, number] = [1, 1];
  for (let i = 0; i < shapes.length && i < def.params.length; i++) {
    const s = shapes[i];
    if (!s || parameterTabel(def, i) || (s[0] === 1 && s[1] === 1)) continue;
    if (shape[0] === 1 && shape[1] === 1) shape = s;
    else if (s[0] !== shape[0] || s[1] !== shape[1]) return [1, 1];
  }
  return shape;
}

/**
 * How many times a Kinerja function was evaluated (all engines of this page or
 * process). The generated sheets use native formulas and call a Kinerja function
 * only for text they cannot read; tests read this to prove the example makes no
 * such call (each one would be a server run in Google Sheets).
 */
export const panggilanKinerja = { jumlah: 0, perFungsi: {} as Record<string, number> };

/** The plugin class; one method per registry function is attached below. */
export class KinerjaPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  static override aliases: { [formulaId: string]: string } = {};

  /** Evaluate one registry function for a formula call. */
  hitung(def: FunctionDef, ast: ProcedureAst, state: InterpreterState): unknown {
    panggilanKinerja.jumlah++;
    panggilanKinerja.perFungsi[def.name] = (panggilanKinerja.perFungsi[def.name] ?? 0) + 1;
    return this.runFunction(ast.args, state, this.metadata(idFungsi(def.name)), (...args: unknown[]) => {
      const raw = args.map(keArgumen);
      // Trailing omitted optional arguments stay undefined so the registry counts them as absent.
      const out = callFunction(def.name, raw);
      const [h, w] = ukuranHasil(def, args.map((a) => (a === undefined ? undefined : ukuranNilai(a))));
      if (h === 1 && w === 1) return keHf(out[0]?.[0] ?? null);
      const data: NilaiHf[][] = [];
      const single = out.length === 1 && out[0].length === 1;
      for (let r = 0; r < h; r++) {
        const row: NilaiHf[] = [];
        for (let c = 0; c < w; c++) row.push(keHf(single ? out[0][0] : out[r]?.[c] ?? null));
        data.push(row);
      }
      return SimpleRangeValue.onlyValues(data as never);
    });
  }

  /** Predict the spill size from the formula's arguments, as the registry will broadcast them. */
  ukuran(def: FunctionDef, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const shapes = ast.args.map((arg): [number, number] => {
      const s = this.arraySizeForAst(arg, state);
      return [s.height, s.width];
    });
    const [h, w] = ukuranHasil(def, shapes);
    return h === 1 && w === 1 ? ArraySize.scalar() : new ArraySize(w, h);
  }
}

type MetodePlugin = (this: KinerjaPlugin, ast: ProcedureAst, state: InterpreterState) => unknown;
const proto = KinerjaPlugin.prototype as unknown as Record<string, MetodePlugin>;
const terjemahan: Record<string, string> = {};

for (const def of FUNCTIONS) {
  const id = idFungsi(def.name);
  const method = `fungsi_${def.name}`;
  const sizeMethod = `ukuran_${def.name}`;
  proto[method] = function (ast, state) {
    return this.hitung(def, ast, state);
  };
  proto[sizeMethod] = function (ast, state) {
    return this.ukuran(def, ast, state);
  };
  KinerjaPlugin.implementedFunctions[id] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    parameters: def.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional ? { optionalArg: true } : {}) })),
  };
  KinerjaPlugin.aliases[def.name] = id;
  terjemahan[id] = id;
  terjemahan[def.name] = def.name;
}

/**
 * IF as Excel, LibreOffice and Google Sheets evaluate it: the condition first, then
 * only the branch it picks. HyperFormula's own IF evaluates every argument, so each
 * generated formula also ran its Kinerja-function fallback (for text a native formula
 * cannot read) even where the branch is never taken: slow, and not what the file does
 * in the other hosts. A condition that is a range (array arithmetic) keeps the eager path.
 */
class IfMalasPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    IF: {
      method: 'ifMalas',
      parameters: [
        { argumentType: FunctionArgumentType.BOOLEAN },
        { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
        { argumentType: FunctionArgumentType.SCALAR, defaultValue: false, passSubtype: true },
      ],
    },
  };

  ifMalas(ast: ProcedureAst, state: InterpreterState): unknown {
    const eager = (): unknown => this.runFunction(ast.args, state, this.metadata('IF'), ((c: unknown, a: unknown, b: unknown) => (c ? a : b)) as never);
    const args = ast.args;
    if (args.length < 2 || args.length > 3) return eager();
    const kondisi = this.evaluateAst(args[0], state) as unknown;
    if (kondisi instanceof SimpleRangeValue) return eager();
    if (kondisi instanceof CellError) return kondisi;
    let benar: boolean;
    if (typeof kondisi === 'boolean') benar = kondisi;
    else if (typeof kondisi === 'number') benar = kondisi !== 0;
    else if (kondisi === EmptyValue || kondisi === undefined || kondisi === null) benar = false;
    else if (typeof kondisi === 'string') {
      const t = kondisi.toUpperCase();
      if (t === 'TRUE') benar = true;
      else if (t === 'FALSE' || t === '') benar = false;
      else return new CellError(ErrorType.VALUE);
    } else return eager();
    const cabang = benar ? args[1] : args[2];
    if (!cabang) return false;
    if ((cabang as { type?: string }).type === 'EMPTY') return benar ? 0 : false;
    return this.evaluateAst(cabang as never, state);
  }
}

let terdaftar = false;
const bahasaTerisi = new Set<string>();

/**
 * Register the Kinerja functions with HyperFormula (once per process) and give
 * every registered language their names, also languages registered later.
 */
export function daftarkanFungsiKinerja(): void {
  if (!terdaftar) {
    HyperFormula.registerFunction('IF', IfMalasPlugin);
    HyperFormula.registerFunctionPlugin(KinerjaPlugin);
    terdaftar = true;
  }
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    if (bahasaTerisi.has(code)) continue;
    HyperFormula.getLanguage(code).extendFunctions(terjemahan);
    bahasaTerisi.add(code);
  }
}

export type NilaiLembar = string | number | boolean | null;

/** Configuration used by the browser workbook: English names, "," between arguments, "." decimals. */
export const KONFIGURASI_HF = {
  licenseKey: 'gpl-v3',
  language: 'enGB',
  functionArgSeparator: ',',
  decimalSeparator: '.' as const,
  thousandSeparator: '' as const,
  // SUMPRODUCT(--(C5:C54=C5), ...) must evaluate its comparisons as arrays, as Excel and Sheets do.
  useArrayArithmetic: true,
  // Full precision, as DOMAIN.md asks ("round only for display") and as Excel, Sheets and
  // LibreOffice compute: HyperFormula's default rounds every result to ~11 digits and reads
  // 1e-300 as 0, which made its numbers differ from the other hosts'.
  smartRounding: false,
  // Ctrl+Z in the browser workbook goes back this many steps (an edit, a paste, a job: one step each).
  undoLimit: 100,
};

/** A HyperFormula engine with the Kinerja functions, optionally filled with sheets. */
export function buatHyperFormula(sheets?: Record<string, NilaiLembar[][]>): HyperFormula {
  daftarkanFungsiKinerja();
  return HyperFormula.buildFromSheets(sheets ?? {}, KONFIGURASI_HF);
}

/** The computed values of a sheet (errors as DetailedCellError, blank as null). */
export function nilaiLembar(hf: HyperFormula, name: string): unknown[][] {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`lembar "${name}" tidak ada`);
  return hf.getSheetValues(id) as unknown[][];
}

function idLembar(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`lembar "${name}" tidak ada`);
  return id;
}

function isi(v: WriteValue): string | number | boolean | null {
  return v === undefined ? null : v;
}

/** Cells to write, as runs along a row: what a plan changes in a sheet that was there before it. */
export interface TulisanRencana {
  /** Sheets (lower case) whose clear/setValues ops are replaced by `tulis`. */
  lembar: Set<string>;
  tulis: Array<{ sheet: number; row: number; col: number; isi: RawCellContent[] }>;
}

function samaIsi(lama: unknown, baru: RawCellContent): boolean {
  const kosong = (v: unknown): boolean => v === null || v === undefined || v === '';
  if (kosong(lama) || kosong(baru)) return kosong(lama) && kosong(baru);
  return lama === baru;
}

/**
 * Before a plan is applied (outside a batch: HyperFormula reads no contents
 * inside one), work out which cells its clear and setValues ops really change
 * in the sheets that exist before it and that no op of it adds, deletes or
 * renames. "Buat Tabel RAPK" again over a 1,000-row RAPK rewrites 37,000
 * cells that mostly stay as they are; writing only the changed ones keeps the
 * job, and its undo, within a second or two instead of several.
 */
export function siapkanRencana(hf: HyperFormula, plan: Plan): TulisanRencana {
  const struktur = new Set<string>();
  for (const op of plan.ops) {
    if (op.op === 'addSheet' || op.op === 'deleteSheet') struktur.add(op.sheet.toLowerCase());
    if (op.op === 'renameSheet') {
      struktur.add(op.sheet.toLowerCase());
      struktur.add(op.to.toLowerCase());
    }
  }
  const akhir = new Map<string, Map<number, [number, number, RawCellContent]>>();
  const KOLOM = 1 << 14;
  for (const op of plan.ops) {
    if (op.op !== 'clear' && op.op !== 'setValues') continue;
    const key = op.sheet.toLowerCase();
    if (struktur.has(key) || hf.getSheetId(op.sheet) === undefined) continue;
    let sel = akhir.get(key);
    if (!sel) akhir.set(key, (sel = new Map()));
    if (op.op === 'clear') {
      const b = parseA1Range(op.range);
      for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) sel.set(r * KOLOM + c, [r, c, null]);
    } else {
      const width = Math.max(0, ...op.values.map((r) => r.length));
      op.values.forEach((row, i) => {
        for (let c = 0; c < width; c++) sel!.set((op.row + i) * KOLOM + op.col + c, [op.row + i, op.col + c, isi(row[c] ?? null)]);
      });
    }
  }
  const tulis: TulisanRencana['tulis'] = [];
  for (const [key, sel] of akhir) {
    const id = hf.getSheetId(key) as number;
    const lama = hf.getSheetSerialized(id);
    // Changed cells, row by row, joined into runs of neighbours.
    const ubah = [...sel.values()].filter(([r, c, v]) => !samaIsi(lama[r]?.[c], v)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, c, v] of ubah) {
      const akhirRun = tulis[tulis.length - 1];
      if (akhirRun && akhirRun.sheet === id && akhirRun.row === r && akhirRun.col + akhirRun.isi.length === c) akhirRun.isi.push(v);
      else tulis.push({ sheet: id, row: r, col: c, isi: [v] });
    }
  }
  return { lembar: new Set(akhir.keys()), tulis };
}

/**
 * Apply the value-changing ops of a plan (addSheet, deleteSheet, renameSheet,
 * clear, setValues) to HyperFormula, without a batch of their own (the caller
 * wraps them in one, with whatever else belongs to the same undo step);
 * format-only ops are ignored (the browser grid renders them itself). With
 * `siap` (siapkanRencana), the sheets it covers get only their changed cells,
 * after the other ops.
 */
export function terapkanNilaiRencana(hf: HyperFormula, plan: Plan, siap?: TulisanRencana): void {
  for (const op of plan.ops) {
    switch (op.op) {
      case 'addSheet':
        hf.addSheet(op.sheet);
        break;
      case 'deleteSheet':
        hf.removeSheet(idLembar(hf, op.sheet));
        break;
      case 'renameSheet':
        hf.renameSheet(idLembar(hf, op.sheet), op.to);
        break;
      case 'clear': {
        if (siap?.lembar.has(op.sheet.toLowerCase())) break;
        const b = parseA1Range(op.range);
        const blank = Array.from({ length: b.rows }, () => Array.from({ length: b.cols }, () => null));
        hf.setCellContents({ sheet: idLembar(hf, op.sheet), row: b.row, col: b.col }, blank);
        break;
      }
      case 'setValues': {
        if (siap?.lembar.has(op.sheet.toLowerCase())) break;
        const width = Math.max(0, ...op.values.map((r) => r.length));
        const values = op.values.map((r) => Array.from({ length: width }, (_, c) => isi(r[c] ?? null)));
        hf.setCellContents({ sheet: idLembar(hf, op.sheet), row: op.row, col: op.col }, values);
        break;
      }
      default:
        break;
    }
  }
  for (const t of siap?.tulis ?? []) hf.setCellContents({ sheet: t.sheet, row: t.row, col: t.col }, [t.isi]);
}

/** terapkanNilaiRencana in one HyperFormula batch (only the cells that change): one recalculation, one undo step. */
export function terapkanRencana(hf: HyperFormula, plan: Plan): void {
  const siap = siapkanRencana(hf, plan);
  hf.batch(() => terapkanNilaiRencana(hf, plan, siap));
}
