/**
 * Appending to "RAPK Arsip" (model/arsip.ts reads it): one row per kept cell.
 * The archive is written before any table is overwritten, so a host failing
 * half-way (neither host has transactions) has already kept the figures.
 */
import { ARSIP_HEADER } from './model/arsip';
import { barisTerakhir, cocokHeader } from './model/lembar';
import { EntriBaru } from './tabel';
import { nilaiSalin } from './salin';
import { SHEET } from './layout';
import { WorkbookSnapshot, WriteOp, WriteValue, a1Range, getSheet, teksTulis } from './workbook';

const WARNA_HEADER = { background: '#DDEBF7', fontColor: '#1F3864' };

/**
 * "2026-11-30T13:25:06.807Z" as a person reads it where they are: "2026-11-30 20:25 WIB".
 * `zonaMenit`: the host's offset from UTC in minutes (WIB +420, WITA +480, WIT +540).
 */
export function waktuLokal(sekarang: string, zonaMenit: number | undefined): string {
  const t = Date.parse(sekarang);
  if (isNaN(t)) return sekarang;
  const off = zonaMenit ?? 0;
  const d = new Date(t + off * 60_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  const nama: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT', 0: 'UTC' };
  const jam = Math.trunc(Math.abs(off) / 60);
  const menit = Math.abs(off) % 60;
  const zona = nama[off] ?? `UTC${off < 0 ? '−' : '+'}${jam}${menit ? `:${p(menit)}` : ''}`;
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${zona}`;
}

/** "+0700" (Apps Script's "Z" date pattern) → 420 minutes; null when unreadable. */
export function zonaMenit(z: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

export function planArsip(wb: WorkbookSnapshot, entri: EntriBaru[], waktu: string): WriteOp[] {
  if (entri.length === 0) return [];
  const rows: WriteValue[][] = entri.map((e) => [
    teksTulis(waktu),
    e.alasan,
    e.lembar,
    e.kunciTeks ? teksTulis(e.kunciTeks) : null,
    e.nama ? teksTulis(e.nama) : null,
    e.kolom ? teksTulis(e.kolom) : null,
    e.sel.rumus ? null : nilaiSalin(e.sel.nilai),
    e.sel.rumus ? teksTulis(e.sel.rumus) : null,
  ]);
  const sheet = getSheet(wb, SHEET.RAPK_ARSIP);
  const ops: WriteOp[] = [];
  let nama: string = SHEET.RAPK_ARSIP;
  let start = 0;
  let denganHeader = true;
  if (!sheet) {
    ops.push({ op: 'addSheet', sheet: nama });
  } else {
    nama = sheet.name;
    const last = barisTerakhir(sheet);
    // Append under the last block when that block is ours (long format); else a new block after a blank row.
    let h = -1;
    for (let r = 0; r <= last; r++) if (cocokHeader(sheet, r, ARSIP_HEADER)) h = r;
    if (last < 0) start = 0;
    else if (h >= 0 && !sheet.values.slice(h + 1, last + 1).some((row) => cocokHeader({ name: '', values: [row] }, 0, ['Diarsipkan', 'Alasan', 'No']))) {
      start = last + 1;
      denganHeader = false;
    } else start = last + 2;
  }
  const block = denganHeader ? [[...ARSIP_HEADER] as WriteValue[], ...rows] : rows;
  ops.push({ op: 'setValues', sheet: nama, row: start, col: 0, values: block });
  if (denganHeader) ops.push({ op: 'format', sheet: nama, range: a1Range(start, 0, 1, ARSIP_HEADER.length), bold: true, ...WARNA_HEADER });
  return ops;
}
