/**
 * One case corpus, several evaluators (STYLE.md §3): a generated cell's native
 * formula evaluated by a spreadsheet engine against core's answer for the same
 * inputs. Values are compared as a user sees them: numbers within 1e-9
 * (relative), texts exactly, blank against blank, and errors by their code.
 */
import fc from 'fast-check';
import type { HyperFormula } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import { CellInput, CellOutput, ErrorCode, KError, isKError } from '../../core/values';
import { GALAT_NATIF } from '../../core/rumus';

export type Nilai = CellInput;

/** A value as it is put into an engine cell: text with a leading apostrophe stays text, errors by formula. */
export function isiSel(v: Nilai): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (isKError(v)) return `=${GALAT_NATIF[v.code]}`;
  if (typeof v === 'string') return `'${v}`;
  if (v instanceof Date) throw new Error('tanggal tidak dipakai di korpus');
  return v;
}

const KODE_HF: Record<string, ErrorCode | 'NAME' | 'REF' | 'ERROR' | 'CYCLE' | 'SPILL' | 'LIC'> = {
  VALUE: 'VALUE',
  DIV_BY_ZERO: 'DIV0',
  NA: 'NA',
  NUM: 'NUM',
  NAME: 'NAME',
  REF: 'REF',
  ERROR: 'ERROR',
  CYCLE: 'CYCLE',
  SPILL: 'SPILL',
  LIC: 'LIC',
};

export type Hasil = { jenis: 'kosong' } | { jenis: 'angka'; nilai: number } | { jenis: 'teks'; nilai: string } | { jenis: 'galat'; kode: string; pesan?: string };

/** An engine answer as a user sees it. */
export function dariHf(v: unknown): Hasil {
  if (v === null || v === undefined || v === '') return { jenis: 'kosong' };
  if (v instanceof DetailedCellError) return { jenis: 'galat', kode: KODE_HF[v.type] ?? v.type, pesan: v.message };
  if (typeof v === 'number') return { jenis: 'angka', nilai: v };
  if (typeof v === 'boolean') return { jenis: 'teks', nilai: v ? 'TRUE' : 'FALSE' };
  return { jenis: 'teks', nilai: String(v) };
}

/** A core answer as a user sees it (non-finite numbers are a #NUM! the host would show). */
export function dariCore(v: CellOutput): Hasil {
  if (v === null || v === '') return { jenis: 'kosong' };
  if (isKError(v)) return { jenis: 'galat', kode: v.code, pesan: v.message };
  if (typeof v === 'number') return isFinite(v) ? { jenis: 'angka', nilai: v } : { jenis: 'galat', kode: 'NUM' };
  return { jenis: 'teks', nilai: v };
}

export function sama(a: Hasil, b: Hasil, tol = 1e-9): boolean {
  if (a.jenis !== b.jenis) return false;
  switch (a.jenis) {
    case 'kosong':
      return true;
    case 'angka': {
      const y = (b as { nilai: number }).nilai;
      return Math.abs(a.nilai - y) <= tol * Math.max(1, Math.abs(a.nilai), Math.abs(y));
    }
    case 'teks':
      return a.nilai === (b as { nilai: string }).nilai;
    case 'galat':
      return a.kode === (b as { kode: string }).kode;
  }
}

export function tampilHasil(h: Hasil): string {
  switch (h.jenis) {
    case 'kosong':
      return '(kosong)';
    case 'angka':
      return String(h.nilai);
    case 'teks':
      return JSON.stringify(h.nilai);
    case 'galat':
      return `#${h.kode}${h.pesan ? ` (${h.pesan})` : ''}`;
  }
}

/** Read a block of computed values of a sheet. */
export function nilaiHf(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`lembar ${sheet} tidak ada`);
  return hf.getCellValue({ sheet: id, row, col });
}

// ---------------------------------------------------------------------------
// Value generators: band edges, blanks, zero, text, labels, errors, very large and very small

const TEPI = [0, 1, -1, 0.5, 2, 3, 50, 51, 66, 70, 76, 90, 91, 100, 110, 120, 150, 200, 0.01, 0.16, 0.19, 0.9944, 99.44, 54.3, 53.36];

/** Numbers a spreadsheet can hold, weighted towards the edges that matter. */
export const angka: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEPI) },
  { weight: 3, arbitrary: fc.constantFrom(...TEPI).chain((x) => fc.constantFrom(x + 1e-9, x - 1e-9, x + 1e-6, x - 1e-6, x * 1.000001)) },
  { weight: 5, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -200, max: 400 }) },
  { weight: 1, arbitrary: fc.double({ min: 1e250, max: 1e306, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1e-300, max: 1e-250, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e306, -1e306, 1e-300, -1e-300) },
);

export const galat: fc.Arbitrary<KError> = fc.constantFrom<ErrorCode>('VALUE', 'DIV0', 'NA', 'NUM').map((c) => new KError(c, 'galat sel sumber'));

export const teksAneh: fc.Arbitrary<string> = fc.constantFrom('abc', '?', '*', 'A*', '54,3', '1.384', '10,42 tahun', 'Rangking 6', ' ', 'n/a', '-', 'TRUE');
