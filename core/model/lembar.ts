/**
 * Reading a sheet snapshot: the one place where raw cells are looked at.
 * Everything else in core works from the model (model/bukukerja.ts) built
 * from these readers.
 */
import { CellInput, bakuTeks, parseCell } from '../values';
import { SheetSnapshot } from '../workbook';

/** One cell as read: what it shows, its formula ("" for a typed value) and its number format. */
export interface Sel {
  nilai: CellInput;
  rumus: string;
  format?: string;
}

export const SEL_KOSONG: Sel = { nilai: null, rumus: '' };

export function nilaiDi(sheet: SheetSnapshot, r: number, c: number): CellInput {
  const v = sheet.values[r]?.[c];
  return v === undefined ? null : v;
}

export function rumusDi(sheet: SheetSnapshot, r: number, c: number): string {
  const f = sheet.formulas?.[r]?.[c];
  return typeof f === 'string' && f.trim().startsWith('=') ? f.trim() : '';
}

export function selDi(sheet: SheetSnapshot, r: number, c: number): Sel {
  const format = sheet.numberFormats?.[r]?.[c];
  const s: Sel = { nilai: nilaiDi(sheet, r, c), rumus: rumusDi(sheet, r, c) };
  if (typeof format === 'string') s.format = format;
  return s;
}

export function kosong(v: CellInput): boolean {
  return parseCell(v).kind === 'blank';
}

/** The cell holds something: a value or a formula. */
export function adaIsi(sheet: SheetSnapshot, r: number, c: number): boolean {
  return !kosong(nilaiDi(sheet, r, c)) || rumusDi(sheet, r, c) !== '';
}

export function teks(v: CellInput): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** Width of a row as read (values or formulas). */
export function lebarBaris(sheet: SheetSnapshot, r: number): number {
  return Math.max(sheet.values[r]?.length ?? 0, sheet.formulas?.[r]?.length ?? 0);
}

export function sheetKosong(sheet: SheetSnapshot): boolean {
  return barisTerakhir(sheet) < 0;
}

/** Last row (0-based) holding anything, or -1. */
export function barisTerakhir(sheet: SheetSnapshot): number {
  for (let r = Math.max(sheet.values.length, sheet.formulas?.length ?? 0) - 1; r >= 0; r--) {
    const len = lebarBaris(sheet, r);
    for (let c = 0; c < len; c++) if (adaIsi(sheet, r, c)) return r;
  }
  return -1;
}

/** A row holding every header of `header` from column `c0` (case and spaces ignored). */
export function cocokHeader(sheet: SheetSnapshot, r: number, header: readonly string[], c0 = 0): boolean {
  return header.every((h, i) => bakuTeks(nilaiDi(sheet, r, c0 + i)) === bakuTeks(h));
}

/** The first row whose cells from column c0 are exactly `header`, or -1. */
export function cariBarisHeader(sheet: SheetSnapshot, header: readonly string[], c0 = 0): number {
  for (let r = 0; r < sheet.values.length; r++) if (cocokHeader(sheet, r, header, c0)) return r;
  return -1;
}

/** The first row whose column-A cell reads `label`, or -1. */
export function cariLabel(sheet: SheetSnapshot, label: string, kolom = 0): number {
  const want = bakuTeks(label);
  for (let r = 0; r < sheet.values.length; r++) if (bakuTeks(nilaiDi(sheet, r, kolom)) === want) return r;
  return -1;
}
