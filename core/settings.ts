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

/** Permendagri 86/2017: regional governments' scale (x ≥ 91 Sangat Tinggi ... x < 51 Sangat Rendah). */
export const KRITERIA_PERMENDAGRI_86: PitaKriteria[] = [
  { bawah: -Infinity, termasukBawah: true, label: 'Sangat Rendah' },
  { bawah: 51, termasukBawah: true, label: 'Rendah' },
  { bawah: 66, termasukBawah: true, label: 'Sedang' },
  { bawah: 76, termasukBawah: true, label: 'Tinggi' },
  { bawah: 91, termasukBawah: true, label: 'Sangat Tinggi' },
];

/**
 * A named kriteria scale (DOMAIN.md "Kriteria ... come from named presets").
 * `reviuTarget`: the label(s) that mean "review the target" (seed 001, Saran 1)
 * and from which capaian: above `batas` (or from it, when `termasuk`). null = the
 * preset has no such band.
 */
export interface PresetKriteria {
  nama: string;
  /** Spellings accepted for the name, compared by bakuNamaPreset (case, spaces and punctuation ignored). */
  ejaan: string[];
  pita: PitaKriteria[];
  reviuTarget: { label: string[]; batas: number; termasuk: boolean } | null;
  /** One Indonesian sentence for Pengaturan and Periksa. */
  keterangan: string;
}

export const PRESET_KRITERIA: readonly PresetKriteria[] = [
  {
    nama: 'BPOM Tabel 3',
    ejaan: ['BPOM Tabel 3', 'BPOM', 'Tabel 3', 'LAKIP BPOM', 'BPOM 2019'],
    pita: KRITERIA_TABEL3,
    reviuTarget: { label: ['Tidak Dapat Disimpulkan'], batas: 120, termasuk: false },
    keterangan:
      'Tabel 3 LAKIP Sekretariat Utama BPOM 2019: < 50 Sangat Kurang, 50–70 Kurang, 70–90 Cukup, 90–110 Baik, 110–120 Sangat Baik (120 termasuk), > 120 Tidak Dapat Disimpulkan (target perlu direviu).',
  },
  {
    nama: 'Permendagri 86/2017',
    ejaan: ['Permendagri 86/2017', 'Permendagri 86', 'Permendagri', 'Permendagri No. 86 Tahun 2017', 'Permendagri 86 Tahun 2017'],
    pita: KRITERIA_PERMENDAGRI_86,
    reviuTarget: null,
    keterangan:
      'Permendagri 86/2017 (pemerintah daerah): ≥ 91 Sangat Tinggi (juga di atas 100), 76–91 Tinggi, 66–76 Sedang, 51–66 Rendah, < 51 Sangat Rendah.',
  },
];

/** A preset's name as compared: lower case, "/", ".", "-" and runs of spaces as one space. */
export function bakuNamaPreset(nama: string): string {
  return nama
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bno\b ?/g, '')
    .replace(/\btahun\b ?/g, '')
    .trim();
}

/** The preset a name refers to ("BPOM", "permendagri 86", "Permendagri 86/2017"), or null. */
export function presetKriteria(nama: string): PresetKriteria | null {
  const n = bakuNamaPreset(nama);
  if (!n) return null;
  return PRESET_KRITERIA.find((p) => p.ejaan.some((e) => bakuNamaPreset(e) === n)) ?? null;
}

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
