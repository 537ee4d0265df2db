/**
 * Dates of the paket data. Excel, LibreOffice and HyperFormula keep a date as
 * a serial number (days since 1899-12-30); Google Sheets hands core a date
 * cell as "yyyy-mm-dd" text (gas-sheets/workbook-sheets.ts). Kinerja writes
 * dates as serial numbers with a date format, so every host computes with the
 * same numbers, and reads what exports and people type:
 *
 *   2025-02-11   2025-02-11 10:00:00   2025-01-31 14:00:00.000000Z   2025-01-31T14:00:00Z
 *   11/02/2025   11-02-2025   11.02.2025   11 Februari 2025   11 Feb 2025   45699 (a serial)
 *
 * Day first, as Indonesians write it. A time of day is dropped (the date as
 * written; no time-zone shift), so "2025-01-31 23:30" stays 31 January.
 */
import { CellInput, KError, isKError, kutip, parseCell } from '../values';

const HARI_MS = 86_400_000;
const NOL = Date.UTC(1899, 11, 30);

/** The serial of a calendar date (month and day may overflow, as DATE does). */
export function serialTanggal(tahun: number, bulan: number, hari: number): number {
  return Math.round((Date.UTC(tahun, bulan - 1, hari) - NOL) / HARI_MS);
}

/** "2025-02-11" for a serial. */
export function teksTanggal(serial: number): string {
  const d = new Date(NOL + Math.floor(serial) * HARI_MS);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** The year of a serial. */
export function tahunTanggal(serial: number): number {
  return new Date(NOL + Math.floor(serial) * HARI_MS).getUTCFullYear();
}

/** Serials a spreadsheet shows as a plausible date (1900-01-01 .. 9999-12-31). */
export const SERIAL_MIN = 1;
export const SERIAL_MAKS = 2_958_465;

const BULAN: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, pebruari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

/** A real calendar date (no 31 February), as a serial; null otherwise. */
function sah(tahun: number, bulan: number, hari: number): number | null {
  if (!(tahun >= 1900 && tahun <= 9999 && bulan >= 1 && bulan <= 12 && hari >= 1 && hari <= 31)) return null;
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  if (d.getUTCMonth() !== bulan - 1) return null;
  return serialTanggal(tahun, bulan, hari);
}

export interface OpsiBacaTanggal {
  /** "Maret 2025" (a month, as SiRUP's "pemilihan" gives it) reads as its last day. */
  bulanSaja?: boolean;
}

/**
 * A date as typed, exported or read from a host: its serial, null for blank,
 * or an error naming the text. A number is a serial (a date cell of Excel,
 * LibreOffice or the browser workbook).
 */
export function bacaTanggal(v: CellInput, opsi: OpsiBacaTanggal = {}): number | null | KError {
  const p = parseCell(v);
  if (p.kind === 'blank') return null;
  if (p.kind === 'error') return p.error;
  if (p.kind === 'number' && typeof v === 'number') {
    if (v >= SERIAL_MIN && v <= SERIAL_MAKS) return Math.floor(v);
    return new KError('VALUE', `${v} bukan tanggal`);
  }
  const t = (typeof v === 'string' ? v : p.kind === 'text' ? p.text : String(v)).trim();
  let m: RegExpMatchArray | null;
  // yyyy-mm-dd, with a time (" 10:00:00", "T14:00:00Z", ".000000Z") or not.
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i))) {
    const s = sah(Number(m[1]), Number(m[2]), Number(m[3]));
    if (s !== null) return s;
  } else if ((m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/))) {
    const s = sah(Number(m[3]), Number(m[2]), Number(m[1]));
    if (s !== null) return s;
  } else if ((m = t.match(/^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/i))) {
    const b = BULAN[m[2].toLowerCase()];
    const s = b ? sah(Number(m[3]), b, Number(m[1])) : null;
    if (s !== null) return s;
  } else if (opsi.bulanSaja && (m = t.match(/^([a-z]+)\.?\s+(\d{4})$/i))) {
    const b = BULAN[m[1].toLowerCase()];
    if (b) return serialTanggal(Number(m[2]), b + 1, 0);
  } else if (/^\d{5}(\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (n >= 20_000 && n <= 80_000) return Math.floor(n);
  }
  return new KError('VALUE', `${kutip(t)} bukan tanggal yang dikenal (tulis mis. 2025-02-11 atau 11/02/2025)`);
}

/** bacaTanggal as a number or null; errors are the caller's (isKError). */
export function adalahTanggal(v: CellInput): boolean {
  const t = bacaTanggal(v);
  return typeof t === 'number';
}

export { isKError };
