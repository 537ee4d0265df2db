/**
 * Load what ships (dist/), not the sources: the Apps Script Code.js in a Node
 * vm with fakes of its globals, and the Excel functions.js with a
 * CustomFunctions stub that records associate().
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';

/** The repository root: the nearest folder above this file holding package.json (works from build/ too). */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const DIST = path.join(repoRoot(), 'dist');

/**
 * CustomFunctions.Error as the runtime defines it: an Error with a code; the
 * message is "" when none is given. An error cell handed to a function (with
 * allowErrorForDataTypeAny) arrives as `new CustomFunctions.Error(code)`: the
 * runtime keeps only the code (custom-functions-runtime, _transferCustomFunctionError).
 */
export class FakeCfError extends Error {
  readonly type = 'Error';
  constructor(public code: string, message?: string) {
    super(message || '');
  }
}

export const CF_ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

export type AnyFn = (...args: unknown[]) => unknown;

export function loadExcelFunctions(extraGlobals: Record<string, unknown> = {}): { fns: Record<string, AnyFn>; associated: string[] } {
  const fns: Record<string, AnyFn> = {};
  const associated: string[] = [];
  const ctx: Record<string, unknown> = {
    CustomFunctions: {
      associate(name: string, fn: AnyFn) {
        associated.push(name);
        fns[name] = fn;
      },
      Error: FakeCfError,
      ErrorCode: CF_ERROR_CODE,
    },
    console,
    ...extraGlobals,
  };
  ctx.self = ctx;
  ctx.window = ctx;
  vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(path.join(DIST, 'excel', 'functions.js'), 'utf8'), ctx, { filename: 'functions.js' });
  return { fns, associated };
}

export function loadGas(globals: Record<string, unknown> = {}): Record<string, unknown> {
  const ctx: Record<string, unknown> = { console, ...globals };
  vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(path.join(DIST, 'gas', 'Code.js'), 'utf8'), ctx, { filename: 'Code.js' });
  return ctx;
}

/** One comparable shape for an answer from either host. */
export type Normal = number | string | { error: string; message?: string } | Normal[][];

export function normalExcel(v: unknown): Normal {
  if (Array.isArray(v)) {
    const m = v as unknown[][];
    if (m.length === 1 && m[0].length === 1) return normalExcel(m[0][0]);
    return m.map((row) => row.map((c) => normalExcel(c) as Normal));
  }
  if (v instanceof FakeCfError) return { error: v.code, ...(v.message ? { message: v.message } : {}) };
  return v as Normal;
}

export function normalGasCell(v: unknown): Normal {
  if (typeof v === 'string') {
    const m = v.match(/^(#DIV\/0!|#VALUE!|#N\/A|#NUM!) (.*)$/s);
    if (m) return { error: m[1], message: m[2] };
  }
  return v as Normal;
}

export function callGas(ctx: Record<string, unknown>, name: string, args: unknown[]): Normal {
  try {
    const v = (ctx[name] as AnyFn)(...args);
    if (Array.isArray(v)) {
      const m = v as unknown[][];
      if (m.length === 1 && m[0].length === 1) return normalGasCell(m[0][0]);
      return m.map((row) => row.map((c) => normalGasCell(c) as Normal));
    }
    return normalGasCell(v);
  } catch (e) {
    return normalGasCell((e as Error).message);
  }
}
