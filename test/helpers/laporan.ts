/**
 * Reading a workbook as a user would check the report against it: the Laporan
 * sheet's tables found by their titles, and the views (Pengukuran and its
 * summary, Anggaran dan Efisiensi, Renstra, RAPK) found by their headers,
 * independently of core's own readers, so that a test comparing them compares
 * two readings, not one reading with itself.
 */
import { BukuKerjaWeb } from '../../web/workbook-web';
import { BACA, HasilOperasi, rencanaJob } from '../../core/jobs';
import type { CellInput } from '../../core/values';

export type Baris = CellInput[];

/** A sheet's computed values as a host shows them (errors as "#N/A …" text). */
export function nilaiLembar(bk: BukuKerjaWeb, nama: string): Baris[] {
  const s = bk.bacaSnapshot([nama]).sheets[0];
  return s ? s.values : [];
}

export const teksSel = (v: CellInput): string => (v === null || v === undefined ? '' : String(v).trim());
const kosong = (row: Baris | undefined): boolean => !row || row.every((v) => teksSel(v) === '');

/** A table of the Laporan: the row whose column A starts with `judul`, its header below, its rows down to the first empty row. */
export function tabelLaporan(v: Baris[], judul: string): { header: string[]; rows: Baris[]; baris: number } | null {
  const r = v.findIndex((row) => teksSel(row?.[0]).startsWith(judul));
  if (r < 0) return null;
  const header = (v[r + 1] ?? []).map(teksSel);
  const rows: Baris[] = [];
  for (let i = r + 2; i < v.length && !kosong(v[i]); i++) rows.push(v[i]);
  return { header, rows, baris: r + 2 };
}

/** A view's table: header row found by the headers it must have, rows down to the first empty one (or `berhenti`). */
export function tabelTampilan(v: Baris[], wajib: string[], berhenti?: (row: Baris) => boolean): { h: number; c: (x: string) => number; rows: Baris[]; akhir: number } {
  const h = v.findIndex((row) => wajib.every((w) => (row ?? []).map(teksSel).includes(w)));
  const hdr = (v[h] ?? []).map(teksSel);
  const rows: Baris[] = [];
  let i = h + 1;
  for (; i < v.length && !kosong(v[i]) && !(berhenti && berhenti(v[i])); i++) rows.push(v[i]);
  return { h, c: (x) => hdr.indexOf(x), rows, akhir: i };
}

/** The Pengukuran summary: perspektif → [NPS, Kriteria], and the organisation's. */
export function ringkasanPengukuran(v: Baris[], dari: number): Map<string, [CellInput, CellInput]> {
  const out = new Map<string, [CellInput, CellInput]>();
  for (let r = dari; r < v.length; r++) {
    const row = v[r] ?? [];
    const k = row.findIndex((x, j) => teksSel(x) === 'Perspektif' && teksSel(row[j + 1]) === 'NPS' && teksSel(row[j + 2]) === 'Kriteria');
    if (k < 0) continue;
    for (let i = r + 1; i < v.length && teksSel(v[i]?.[k]) !== ''; i++) out.set(teksSel(v[i][k]), [v[i][k + 1] ?? null, v[i][k + 2] ?? null]);
    return out;
  }
  return out;
}

/**
 * Does the Laporan's cell say what the view's cell holds? A number the same
 * number; a blank "data belum ada" (never a blank that reads as zero); an error
 * its code; a text the same text.
 */
export function samaDenganTampilan(laporan: CellInput, view: CellInput): boolean {
  if (typeof view === 'number') return laporan === view;
  const t = teksSel(view);
  if (t === '') return laporan === 'data belum ada';
  if (t.startsWith('#')) return laporan === t.split(/\s+/)[0];
  return teksSel(laporan) === t;
}

/** A sidebar job as a click: plan on a fresh snapshot and apply it. */
export function klik(bk: BukuKerjaWeb, job: 'templat' | 'rapk' | 'laporan', contoh = false): HasilOperasi {
  const r = rencanaJob(job, bk.bacaSnapshot(BACA[job]), { contoh, sekarang: '2020-02-28T03:00:00.000Z', zonaMenit: 420 });
  if (r.plan) bk.terapkanRencana(r.plan);
  return r.hasil;
}
