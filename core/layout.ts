/**
 * The contract between templates, RAPK generation, the checks and the hosts:
 * sheet names and the header text of each generated table. Tables are found
 * by their header row (cariHeader in pk.ts), never by fixed addresses, so a
 * user may add rows above a table.
 */
export { PK_SHEET, PK_KOLOM } from './pk';

export const SHEET = {
  PK: 'PK',
  RAPK: 'RAPK',
  RAPK_ARSIP: 'RAPK Arsip',
  PENGUKURAN: 'Pengukuran',
  ANGGARAN: 'Anggaran dan Efisiensi',
  RENSTRA: 'Renstra',
  PENGATURAN: 'Pengaturan',
} as const;

/** Quarters of the RAPK (end of month 3, 6, 9, 12). */
export const TRIWULAN = ['B3', 'B6', 'B9', 'B12'] as const;
export type Triwulan = (typeof TRIWULAN)[number];

/**
 * RAPK: one row per PK indicator; fixed columns, then targets per quarter,
 * then for each quarter a block of five columns, then NPS per sasaran per
 * quarter (written on the first row of each sasaran).
 */
export const RAPK_KOLOM_TETAP = ['No', 'Perspektif', 'Sasaran', 'Kode', 'Indikator', 'Satuan', 'Polaritas', 'Pola target', 'Bobot'] as const;
export const rapkTargetHeader = (q: Triwulan): string => `Target ${q}`;
export const rapkBlok = (q: Triwulan): string[] => [`Pembilang (a) ${q}`, `Penyebut (b) ${q}`, `Realisasi ${q}`, `Capaian ${q}`, `Kriteria ${q}`];
export const rapkNpsHeader = (q: Triwulan): string => `NPS Sasaran ${q}`;

export function rapkHeaders(): string[] {
  return [
    ...RAPK_KOLOM_TETAP,
    ...TRIWULAN.map(rapkTargetHeader),
    ...TRIWULAN.flatMap(rapkBlok),
    ...TRIWULAN.map(rapkNpsHeader),
  ];
}

/** Pengukuran: per indicator, with NPS and kriteria per sasaran on its first row. */
export const PENGUKURAN_KOLOM = [
  'No',
  'Perspektif',
  'Sasaran',
  'Kode',
  'Indikator',
  'Satuan',
  'Polaritas',
  'Bobot',
  'Target',
  'Realisasi',
  'Capaian',
  'Kriteria',
  'Rumus',
  'NPS Sasaran',
  'Kriteria Sasaran',
] as const;

/**
 * Below the Pengukuran table: a summary per perspektif and for the organisation.
 * Bobot is the perspektif weight the user types (all blank = equal weights).
 */
export const PENGUKURAN_RINGKASAN_KOLOM = ['Perspektif', 'NPS', 'Kriteria', 'Bobot'] as const;
export const LABEL_ORGANISASI = 'Organisasi';

export const ANGGARAN_KOLOM = [
  'No',
  'Sasaran',
  'Pagu',
  'Realisasi Anggaran',
  'Serapan',
  'Capaian Output',
  'IE',
  'SE',
  'TE',
  'Kategori',
] as const;

export const RENSTRA_KOLOM_TETAP = ['Kode', 'Indikator', 'Satuan', 'Polaritas'] as const;

export const PENGATURAN = {
  /** Label in column A, value in column B. */
  batasAtas: 'Batas atas capaian',
  rumusNegatif: 'Rumus polaritas negatif',
  /** Table headers for the kriteria bands (batas bawah, label, warna). */
  kriteriaHeader: ['Batas bawah', 'Kriteria', 'Warna'] as const,
  skalaHeader: ['Skala', 'Label', 'Skor'] as const,
};

/** Lists for drop-downs. */
export const DAFTAR = {
  perspektif: ['Stakeholder Perspective', 'Customer Perspective', 'Internal Process Perspective', 'Learning and Growth Perspective'],
  iku: ['Ya', 'Tidak'],
  satuan: ['%', 'indeks', 'nilai', 'dokumen', 'predikat', 'opini', 'orang', 'laporan', 'rupiah'],
  polaritas: ['positif', 'negatif', 'negatif-rasio'],
  pola: ['akhir', 'tetap', 'kumulatif'],
};

/** Kriteria colours (background, font) used by conditional formatting in every host. */
export const WARNA_KRITERIA: Record<string, { background: string; fontColor: string }> = {
  'Sangat Kurang': { background: '#F4C7C3', fontColor: '#8A1C13' },
  Kurang: { background: '#FCE8B2', fontColor: '#7A4F01' },
  Cukup: { background: '#FFF2CC', fontColor: '#6B5B00' },
  Baik: { background: '#D9EAD3', fontColor: '#1E5631' },
  'Sangat Baik': { background: '#B7E1CD', fontColor: '#0B3D20' },
  'Tidak Dapat Disimpulkan': { background: '#D9D2E9', fontColor: '#3F2A70' },
};

export const FORMAT = {
  angka: '#,##0.00',
  persen: '0.00',
  rupiah: '"Rp"#,##0',
  bilangan: '0',
};
