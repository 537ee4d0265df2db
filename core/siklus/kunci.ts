/**
 * What Kinerja protects, as a whole state per sheet (core decides; each host
 * translates a 'proteksi' op its own way, see core/workbook.ts Proteksi):
 *
 *   RAPK                  the columns of every validated period, over the table's rows
 *   Riwayat, Berita Acara everything (Sheets: a warning only, since Kinerja appends as whoever runs it)
 *   Isian – ‹unit›        everything but the inputs (Realisasi … Data dukung)
 *
 * Excel refuses every write to a protected sheet, so a plan that writes to one
 * of these lifts the protection first ('bukaProteksi') and puts it back after,
 * in the same batch; Sheets and the browser let Kinerja's own plan write.
 */
import { Plan, Proteksi, SheetSnapshot, WorkbookSnapshot, WriteOp, a1Range, getSheet } from '../workbook';
import { cekRencana } from '../hosterrors';
import { sha256 } from './sidik';
import { TabelLama } from '../model/tabel';
import { ISIAN_INPUT_AWAL, ISIAN_KOLOM, LEMBAR_SIKLUS, headerPeriode } from './lembar';
import { LembarIsian, ModelSiklus, baBerlaku, bacaSiklus, namaP, periodeTerkunci } from './model';

/** Contiguous runs of sheet columns, as [first, count]. */
function runs(cols: number[]): Array<[number, number]> {
  const s = [...new Set(cols)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of s) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

/** The locks of the RAPK: per validated period, its columns over the table's rows. */
export function proteksiRapk(m: ModelSiklus, periode: readonly string[], tabel: TabelLama | null = m.bk.rapk): Proteksi[] {
  if (!tabel) return [];
  const r0 = tabel.headerRow + 1;
  const n = tabel.akhir - r0;
  if (n <= 0) return [];
  const out: Proteksi[] = [];
  for (const p of periode) {
    const cols = headerPeriode(p)
      .map((h) => tabel.kolom[h])
      .filter((c): c is number => c !== undefined);
    if (!cols.length) continue;
    const ba = baBerlaku(m, p);
    out.push({
      cakupan: 'sel',
      rentang: runs(cols).map(([c, k]) => a1Range(r0, c, n, k)),
      alasan: `Periode ${p} (${namaP(m, p)}) sudah divalidasi${ba?.nomor ? ` (Berita Acara ${ba.nomor})` : ''}: ubah lewat "Koreksi" atau "Buka kunci periode" di panel Kinerja.`,
    });
  }
  return out;
}

export const PROTEKSI_LOG: Record<string, Proteksi[]> = {
  [LEMBAR_SIKLUS.RIWAYAT.toLowerCase()]: [{ cakupan: 'lembar', rentang: [], peringatanSaja: true, alasan: 'Riwayat ditulis oleh Kinerja dan hanya ditambah: jangan diubah.' }],
  [LEMBAR_SIKLUS.BA.toLowerCase()]: [{ cakupan: 'lembar', rentang: [], peringatanSaja: true, alasan: 'Berita Acara Validasi ditulis oleh Kinerja dan hanya ditambah: jangan diubah.' }],
};

/** The inputs of an isian sheet (Realisasi … Data dukung over its rows), or null when it has none. */
export function rentangInput(headerRow: number, n: number): string | null {
  if (n <= 0) return null;
  return a1Range(headerRow + 1, ISIAN_INPUT_AWAL, n, ISIAN_KOLOM.length - ISIAN_INPUT_AWAL);
}

export function proteksiIsian(headerRow: number, n: number, editor?: { unit: string; email: string[] }): Proteksi[] {
  const input = rentangInput(headerRow, n);
  const out: Proteksi[] = [{ cakupan: 'lembar', rentang: input ? [input] : [], alasan: 'Lembar isian: ketik hanya di kolom Realisasi, Pembilang (a), Penyebut (b), Keterangan dan Data dukung.' }];
  if (editor && input && editor.email.length) {
    out.push({ cakupan: 'sel', rentang: [input], editor: editor.email, alasan: `Isian ${editor.unit}: hanya ${editor.email.join(', ')} (dan pemilik spreadsheet) yang dapat mengisi.` });
  }
  return out;
}

/** What Kinerja protects on a sheet it manages now, or null for a sheet it does not manage. */
export function proteksiSekarang(m: ModelSiklus, sheet: string): Proteksi[] | null {
  const key = sheet.toLowerCase();
  if (PROTEKSI_LOG[key]) return PROTEKSI_LOG[key];
  if (m.bk.rapk && key === m.bk.rapk.nama.toLowerCase()) {
    const p = periodeTerkunci(m);
    return p.length ? proteksiRapk(m, p) : null;
  }
  const isian = m.isian.find((x: LembarIsian) => x.nama.toLowerCase() === key);
  if (isian) return proteksiIsian(isian.headerRow, isian.akhir - isian.headerRow - 1);
  return null;
}

const MENULIS = new Set<WriteOp['op']>(['setValues', 'tulisSel', 'clear', 'format', 'columnWidths', 'freeze', 'validationList', 'conditionalText', 'note', 'renameSheet', 'deleteSheet']);

/**
 * Excel: every sheet Kinerja protects that the plan writes to is unprotected
 * first and protected again at the end (with the plan's own 'proteksi' when it
 * sets a new state, else with what it had). Other hosts: the plan as it is.
 */
export function bungkusProteksi(m: ModelSiklus, ops: WriteOp[]): WriteOp[] {
  if (m.snapshot.host !== 'excel') return ops;
  const ditulis = new Set<string>();
  const diproteksi = new Set<string>();
  for (const op of ops) {
    if (MENULIS.has(op.op)) ditulis.add(op.sheet.toLowerCase());
    if (op.op === 'proteksi') diproteksi.add(op.sheet.toLowerCase());
  }
  const awal: WriteOp[] = [];
  const akhir: WriteOp[] = [];
  for (const s of m.snapshot.sheets) {
    const key = s.name.toLowerCase();
    if (!s.terlindung || !ditulis.has(key)) continue;
    const sekarang = proteksiSekarang(m, s.name);
    if (!sekarang) continue;
    awal.push({ op: 'bukaProteksi', sheet: s.name });
    // A sheet the plan deletes or renames gets nothing back.
    const pergi = ops.some((o) => (o.op === 'deleteSheet' || o.op === 'renameSheet') && o.sheet.toLowerCase() === key);
    if (!diproteksi.has(key) && !pergi) akhir.push({ op: 'proteksi', sheet: s.name, proteksi: sekarang });
  }
  return [...awal, ...ops, ...akhir];
}

/**
 * cekRencana for a plan that lifts protections itself: a sheet whose first op
 * in the plan is 'bukaProteksi' or 'proteksi' counts as unprotected.
 */
export function cekRencanaSiklus(wb: WorkbookSnapshot, plan: Plan): string | null {
  const dibuka = new Set<string>();
  const pertama = new Map<string, WriteOp['op']>();
  for (const op of plan.ops) if (!pertama.has(op.sheet.toLowerCase())) pertama.set(op.sheet.toLowerCase(), op.op);
  for (const [k, op] of pertama) if (op === 'bukaProteksi' || op === 'proteksi') dibuka.add(k);
  const sheets: SheetSnapshot[] = wb.sheets.map((s) => (s.terlindung && dibuka.has(s.name.toLowerCase()) ? { ...s, terlindung: false } : s));
  return cekRencana({ ...wb, sheets }, plan);
}

export { getSheet };

/** How Google Sheets describes a protection of Kinerja: "Kinerja: ‹alasan› [‹id›]" (the id changes with the ranges, editors or mode). */
export const AWALAN_DESKRIPSI = 'Kinerja: ';
export function deskripsiProteksi(p: Proteksi, rentang: string[]): string {
  const id = sha256(JSON.stringify([p.cakupan, rentang, p.editor ?? [], Boolean(p.peringatanSaja), p.alasan])).slice(0, 8);
  return `${AWALAN_DESKRIPSI}${p.alasan} [${id}]`;
}

/**
 * What Kinerja protects in a whole workbook, sheet by sheet (the validated
 * periods of the RAPK, the logs, each isian sheet): for a host that cannot
 * keep protections in a file it opened (the browser workbook opening an
 * .xlsx), so the locks follow from the Berita Acara and Riwayat themselves.
 */
export function proteksiBukuKerja(wb: WorkbookSnapshot): Map<string, Proteksi[]> {
  const m = bacaSiklus(wb);
  const out = new Map<string, Proteksi[]>();
  for (const s of wb.sheets) {
    const p = proteksiSekarang(m, s.name);
    if (p && p.length) out.set(s.name, p);
  }
  return out;
}
