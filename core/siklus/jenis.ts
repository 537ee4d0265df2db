/**
 * What the cycle's jobs answer (the sidebar shows it as is). Types only: the
 * sidebar imports them as types, so its bundle pulls in no core code.
 */
import type { Temuan } from '../checks';
import type { Validator } from './model';

export type { Validator };

/** One figure the RAPK holds and an isian gives otherwise: the user decides. */
export interface Konflik {
  /** Stable while the figures stay the same (the decision is remembered by it in Riwayat). */
  id: string;
  kode: string;
  indikator: string;
  periode: string;
  /** The RAPK column ("Realisasi B3") and its cell ("RAPK!K7"). */
  kolom: string;
  sel: string;
  /** What the RAPK holds, as a person reads it ("(kosong)" when the isian sheets disagree among themselves). */
  nilaiRapk: string;
  /** What each isian gives: the unit and its cell, and the figure. */
  pilihan: Array<{ sumber: string; nilai: string }>;
}

/** The user's choice for a conflict: keep the RAPK's figure, or take the isian's number `pakai` (an index of `pilihan`). */
export interface PilihanKonflik {
  id: string;
  pakai: 'rapk' | number;
}

export type StatusUnit = 'sudah lengkap' | 'sebagian' | 'belum';

export interface BarisStatus {
  unit: string;
  periode: string;
  status: StatusUnit;
  /** Indicators with their figure in the RAPK, of those the unit reports for the period. */
  ada: number;
  wajib: number;
  /** Kode still missing. */
  kurang: string[];
  /** Figures typed in the unit's isian sheet but not yet in the RAPK (Gabungkan isian). */
  belumDigabung: number;
}

export interface StatusPeriode {
  periode: string;
  nama: string;
  /** 'terbuka' (collected now), 'divalidasi' (locked), 'nanti' (after Periode laporan), 'dibuka' (validated, then unlocked). */
  keadaan: 'terbuka' | 'divalidasi' | 'nanti' | 'dibuka';
  /** The Berita Acara in force, for a validated period. */
  nomorBA?: string;
  sidik?: string;
  /** What stops "Validasi periode" now, in Indonesian (empty: it can be validated). */
  penghalang: string[];
}

export interface StatusSiklus {
  periode: StatusPeriode[];
  baris: BarisStatus[];
  /** Units and their isian sheets. */
  unit: Array<{ nama: string; lembar: string[]; email: string[] }>;
  /** Indicators (for Koreksi): Kode and name. */
  indikator: Array<{ kode: string; indikator: string; pj: string }>;
  /** Corrections recorded for a period that is still open (they go into its Berita Acara). */
  koreksi: Array<{ kode: string; periode: string; dicatatPada: string; lama: string; baru: string; justifikasi: string }>;
  /** Indicators without a Penanggung jawab. */
  tanpaPj: string[];
}

export interface HasilSiklus {
  ok: boolean;
  pesan: string;
  catatan: string[];
  /** Gabungkan isian: conflicts left for the user. */
  konflik?: Konflik[];
  /** Units that have not reported, per open period. */
  belumLapor?: Array<{ periode: string; nama: string; unit: string[] }>;
  /** Figures merged or changed. */
  digabung?: number;
  /** Status pengumpulan. */
  status?: StatusSiklus;
  /** Validasi periode refused: the Kesalahan in that period's data. */
  temuan?: Temuan[];
  /** Validasi periode done: the Berita Acara number and its fingerprint. */
  nomorBA?: string;
  sidik?: string;
}

/** What the sidebar sends for each job. */
export interface OpsiValidasi {
  periode: string;
  validator: Validator[];
}

export interface OpsiKoreksi {
  kode: string;
  periode: string;
  nilai: string | number;
  justifikasi: string;
}

export interface OpsiBukaKunci {
  periode: string;
  alasan: string;
}
