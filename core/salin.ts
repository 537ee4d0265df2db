/**
 * Writing back what was read: a cell read from a host, written again as the
 * same thing (text stays text, a number a number, a date a date).
 */
import { CellInput, RE_TANGGAL, isKError, parseCell } from './values';
import { WriteValue, teksTulis } from './workbook';

/** A cell read back from a host as something we can write again. */
export function keNilaiTulis(v: CellInput): WriteValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isKError(v)) return v.toString();
  const p = parseCell(v);
  return p.kind === 'error' ? p.error.toString() : String(v);
}

/**
 * A cell read back, written again as the same thing: text stays text (teksTulis),
 * a number a number. A date reaches core as "yyyy-mm-dd" or "yyyy-mm-dd hh:mm:ss"
 * (the Sheets adapter turns a Date into that, in the spreadsheet's time zone) and
 * is written so the host reads it as a date again.
 */
export function nilaiSalin(v: CellInput): WriteValue {
  const w = keNilaiTulis(v);
  if (typeof w !== 'string' || typeof v !== 'string' || RE_TANGGAL.test(w)) return w;
  return teksTulis(w);
}
