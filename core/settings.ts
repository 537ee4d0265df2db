/**
 * Pengaturan: the scales, bands, cap and negative formula in use.
 * DOMAIN.md: "Scales are settings, not constants" and "Bands are a setting".
 */

export interface LabelSkala {
  kode: string;
  skor: number;
  /** Long forms and spellings accepted for this label (case-insensitive). */
  alias: string[];
}

export interface SkalaKualitatif {
  nama: string;
  label: LabelSkala[];
}

/** One kriteria band: x belongs here when x >= bawah (or > bawah when !termasukBawah). */
export interface PitaKriteria {
  bawah: number;
  termasukBawah: boolean;
  label: string;
}

export type Polaritas = 'positif' | 'negatif' | 'negatif-rasio';

export interface Pengaturan {
  skala: SkalaKualitatif[];
  kriteria: PitaKriteria[];
  /** Optional upper cap on every capaian (batas atas); null = no cap, as in seed 001. */
  batasAtas: number | null;
  /** Which formula "negatif" means: (2T − R)/T ("selisih", default) or T/R ("rasio"). */
  rumusNegatif: 'selisih' | 'rasio';
}

export const SKALA_OPINI_BPK: SkalaKualitatif = {
  nama: 'Opini BPK',
  label: [
    { kode: 'TMP', skor: 1, alias: ['Tidak Memberikan Pendapat', 'Tidak Menyatakan Pendapat', 'Disclaimer'] },
    { kode: 'TW', skor: 2, alias: ['Tidak Wajar', 'Adverse'] },
    { kode: 'WDP', skor: 3, alias: ['Wajar Dengan Pengecualian'] },
    { kode: 'WTP', skor: 4, alias: ['Wajar Tanpa Pengecualian', 'Wajar Tanpa Pengecualian (WTP)'] },
  ],
};

export const SKALA_PREDIKAT_AKIP: SkalaKualitatif = {
  nama: 'Predikat AKIP',
  label: [
    { kode: 'D', skor: 1, alias: [] },
    { kode: 'C', skor: 2, alias: [] },
    { kode: 'CC', skor: 3, alias: [] },
    { kode: 'B', skor: 4, alias: [] },
    { kode: 'BB', skor: 5, alias: [] },
    { kode: 'A', skor: 6, alias: [] },
    { kode: 'AA', skor: 7, alias: [] },
  ],
};

/** Seed 001 Tabel 3, with DOMAIN.md's ruling that x = 120 is Sangat Baik. */
export const KRITERIA_TABEL3: PitaKriteria[] = [
  { bawah: -Infinity, termasukBawah: true, label: 'Sangat Kurang' },
  { bawah: 50, termasukBawah: true, label: 'Kurang' },
  { bawah: 70, termasukBawah: true, label: 'Cukup' },
  { bawah: 90, termasukBawah: true, label: 'Baik' },
  { bawah: 110, termasukBawah: true, label: 'Sangat Baik' },
  { bawah: 120, termasukBawah: false, label: 'Tidak Dapat Disimpulkan' },
];

export const DEFAULT_PENGATURAN: Pengaturan = {
  skala: [SKALA_OPINI_BPK, SKALA_PREDIKAT_AKIP],
  kriteria: KRITERIA_TABEL3,
  batasAtas: null,
  rumusNegatif: 'selisih',
};

/** Predikat AKIP from a score 0–100 (DOMAIN.md). */
export const PREDIKAT_AKIP_BATAS: Array<[number, string]> = [
  [90, 'AA'],
  [80, 'A'],
  [70, 'BB'],
  [60, 'B'],
  [50, 'CC'],
  [30, 'C'],
  [-Infinity, 'D'],
];
