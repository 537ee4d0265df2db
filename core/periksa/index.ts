/**
 * Periksa (DOMAIN.md "What checking must catch"): the workbook read once
 * (bacaBukuKerja), every rule of this folder run over it, the findings sorted
 * by sheet (PK, RAPK, Pengukuran, Anggaran dan Efisiensi, Renstra, Pengaturan,
 * others), row and column. Each finding cites one cell, says in Indonesian what
 * is wrong (naming the value) and how to fix it. One cause, one finding: a rule
 * skips what another rule's cause explains by reading the same fact of the
 * context (konteks.ts), never by asking what was reported.
 */
import { WorkbookSnapshot, a1, parseA1 } from '../workbook';
import { SHEET } from '../layout';
import { BukuKerja, bacaBukuKerja } from '../model/bukukerja';
import { Aturan, HasilPeriksa, Laporan, MetaKode, Temuan, Tingkat } from './jenis';
import { Konteks, buatKonteks } from './konteks';
import { aturanTabel } from './tabel';
import { aturanKode } from './kode';
import { aturanTarget } from './pk-target';
import { aturanPkIsian } from './pk-isian';
import { aturanBobot } from './bobot';
import { aturanPerbarui } from './perbarui';
import { aturanLama } from './lama';
import { aturanRapkIsian } from './rapk-isian';
import { aturanRapkTarget } from './rapk-target';
import { aturanCapaian } from './capaian';
import { aturanHitungan } from './hitungan';
import { aturanAnggaran } from './anggaran';
import { aturanPengaturan } from './pengaturan';
import { aturanKosongNol } from './kosong-nol';
import { aturanValidasi } from './validasi';
import { aturanUkpbjPaket } from './ukpbj-paket';
import { aturanUkpbjIndikator } from './ukpbj-indikator';

export type { Tingkat, Temuan, HasilPeriksa, Aturan, MetaKode } from './jenis';

/** Every rule, in the order they run (the order of findings on one cell). */
export const DAFTAR_ATURAN = [
  aturanTabel,
  aturanKode,
  aturanTarget,
  aturanPkIsian,
  aturanBobot,
  aturanPengaturan,
  aturanPerbarui,
  aturanLama,
  aturanRapkIsian,
  aturanRapkTarget,
  aturanCapaian,
  aturanHitungan,
  aturanAnggaran,
  aturanKosongNol,
  aturanValidasi,
  aturanUkpbjPaket,
  aturanUkpbjIndikator,
] as const;

type KodeDari<T> = T extends Aturan<infer K> ? K : never;
export type KodeAturan = KodeDari<(typeof DAFTAR_ATURAN)[number]>;

function gabungKode(daftar: readonly Aturan[]): Record<string, MetaKode> {
  const out: Record<string, MetaKode> = {};
  for (const a of daftar) {
    for (const [kode, meta] of Object.entries(a.kode)) {
      if (out[kode]) throw new Error(`kode aturan "${kode}" dideklarasikan dua kali (${a.nama})`);
      out[kode] = meta;
    }
  }
  return out;
}

/** Every code: its severity (one code, one severity) and its short Indonesian title. */
export const ATURAN = gabungKode(DAFTAR_ATURAN as unknown as Aturan[]) as Readonly<Record<KodeAturan, MetaKode>>;

const URUTAN_SHEET = [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN].map((s) => s.toLowerCase());

interface TemuanUrut extends Temuan {
  baris: number;
  kolom: number;
  urut: number;
}

/**
 * Run rules over one context. `lapor` is bound to each rule: it refuses a code
 * the rule did not declare, a code left out by a rule that has several, and an
 * address that is not a cell.
 */
export function jalankan(daftar: readonly Aturan[], k: Konteks): Temuan[] {
  const semua: TemuanUrut[] = [];
  for (const a of daftar) {
    const kodeSendiri = Object.keys(a.kode);
    const lapor = (t: Laporan<string>): void => {
      const kode = t.kode ?? (kodeSendiri.length === 1 ? kodeSendiri[0] : undefined);
      if (kode === undefined || !kodeSendiri.includes(kode)) throw new Error(`aturan ${a.nama} melaporkan kode ${String(t.kode)} yang tidak dideklarasikannya`);
      const { row, col } = parseA1(t.sel);
      if (!(row >= 0 && col >= 0) || a1(row, col) !== t.sel) throw new Error(`aturan ${a.nama}: alamat sel "${t.sel}" tidak sah`);
      const meta = (a.kode as Record<string, MetaKode>)[kode];
      semua.push({ sheet: t.sheet, sel: t.sel, tingkat: meta.tingkat, kode, judul: meta.judul, pesan: t.pesan, saran: t.saran, baris: row, kolom: col, urut: semua.length });
    };
    a.periksa(k, lapor);
  }
  const urut = (nama: string): number => {
    const i = URUTAN_SHEET.indexOf(nama.toLowerCase());
    return i < 0 ? URUTAN_SHEET.length : i;
  };
  semua.sort((a, b) => {
    const sa = urut(a.sheet);
    const sb = urut(b.sheet);
    if (sa !== sb) return sa - sb;
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    if (a.baris !== b.baris) return a.baris - b.baris;
    if (a.kolom !== b.kolom) return a.kolom - b.kolom;
    return a.urut - b.urut;
  });
  return semua.map(({ sheet, sel, tingkat, kode, judul, pesan, saran }) => ({ sheet, sel, tingkat, kode, judul, pesan, saran }));
}

function ringkas(jumlah: Record<Tingkat, number>, namaPreset: string): string {
  const total = jumlah.Kesalahan + jumlah.Peringatan + jumlah.Info;
  const kriteria = `Kriteria: ${namaPreset}.`;
  if (total === 0) return `Tidak ada masalah: buku kerja bersih. ${kriteria}`;
  const bagian: string[] = [];
  if (jumlah.Kesalahan) bagian.push(`${jumlah.Kesalahan} kesalahan`);
  if (jumlah.Peringatan) bagian.push(`${jumlah.Peringatan} peringatan`);
  if (jumlah.Info) bagian.push(`${jumlah.Info} info`);
  if (jumlah.Kesalahan === 0) return `Tidak ada kesalahan; ${bagian.join(', ')}. ${kriteria}`;
  return `${bagian.join(', ')}. ${kriteria}`;
}

/** Check a workbook model with every rule. */
export function periksaModel(m: BukuKerja): HasilPeriksa {
  const k = buatKonteks(m);
  const temuan = jalankan(DAFTAR_ATURAN as unknown as Aturan[], k);
  const jumlah: Record<Tingkat, number> = { Kesalahan: 0, Peringatan: 0, Info: 0 };
  for (const t of temuan) jumlah[t.tingkat]++;
  return { temuan, jumlah, ringkasan: ringkas(jumlah, k.namaPreset) };
}

/** Check a workbook snapshot (read once into the model). */
export function periksa(wb: WorkbookSnapshot): HasilPeriksa {
  return periksaModel(bacaBukuKerja(wb));
}
