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

/** Quarters of the RAPK (end of month 3, 6, 9, 12): the default period setting (core/periode.ts). */
export const TRIWULAN = ['B3', 'B6', 'B9', 'B12'] as const;
export type Triwulan = (typeof TRIWULAN)[number];

/**
 * RAPK: one row per PK indicator; fixed columns (copied from the PK when the
 * table is made), then a target per period, then for each period a block of
 * five columns, then NPS per sasaran per period (written on the first row of
 * each sasaran), then the helper columns Kinerja reads back: the bounds of a
 * range target, the PK cells the row was made from (so the sheet itself can
 * tell that the PK changed since), and that verdict.
 */
export const RAPK_KOLOM_TETAP = ['No', 'Perspektif', 'Sasaran', 'Kode', 'Indikator', 'Satuan', 'Polaritas', 'Pola target', 'Bobot', 'Target tahunan'] as const;
export const rapkTargetHeader = (q: string): string => `Target ${q}`;
export const rapkBlok = (q: string): string[] => [`Pembilang (a) ${q}`, `Penyebut (b) ${q}`, `Realisasi ${q}`, `Capaian ${q}`, `Kriteria ${q}`];
export const rapkNpsHeader = (q: string): string => `NPS Sasaran ${q}`;
/**
 * Helper columns right of the NPS columns: the PK cells each row was made from
 * (as typed), the row's PK row found by Kode, and whether the PK still says the same.
 */
export const RAPK_SALINAN_PK = ['target', 'polaritas', 'pola', 'bobot', 'iku', 'pagu'] as const;
export const RAPK_KOLOM_BANTU = ['PK Target', 'PK Polaritas', 'PK Pola target', 'PK Bobot', 'PK IKU', 'PK Pagu', 'Cek PK', 'Polaritas berlaku'] as const;

export function rapkHeaders(periode: readonly string[] = TRIWULAN): string[] {
  return [
    ...RAPK_KOLOM_TETAP,
    ...periode.map(rapkTargetHeader),
    ...periode.flatMap(rapkBlok),
    ...periode.map(rapkNpsHeader),
    ...RAPK_KOLOM_BANTU,
  ];
}

/** 0-based column of each RAPK header, relative to the table's first column ("No"). */
export interface KolomRapk {
  periode: string[];
  no: number;
  perspektif: number;
  sasaran: number;
  kode: number;
  indikator: number;
  satuan: number;
  polaritas: number;
  pola: number;
  bobot: number;
  targetTahunan: number;
  target: Record<string, number>;
  pembilang: Record<string, number>;
  penyebut: Record<string, number>;
  realisasi: Record<string, number>;
  capaian: Record<string, number>;
  kriteria: Record<string, number>;
  nps: Record<string, number>;
  /** Raw PK copies, by field. */
  salinan: Record<(typeof RAPK_SALINAN_PK)[number], number>;
  cekPk: number;
  /** The polaritas each capaian applies (Pengaturan's rasio rule included). */
  polBerlaku: number;
  /** Number of columns of the table. */
  jumlah: number;
}

/** The column map, derived from rapkHeaders() so the two cannot drift. */
export function rapkKolom(periode: readonly string[] = TRIWULAN): KolomRapk {
  const h = rapkHeaders(periode);
  const at = (name: string): number => {
    const i = h.indexOf(name);
    if (i < 0) throw new Error(`kolom RAPK "${name}" tidak ada di rapkHeaders()`);
    return i;
  };
  const perQ = (f: (q: string) => string): Record<string, number> => Object.fromEntries(periode.map((q) => [q, at(f(q))]));
  const [no, perspektif, sasaran, kode, indikator, satuan, polaritas, pola, bobot, targetTahunan] = RAPK_KOLOM_TETAP.map(at);
  return {
    periode: [...periode],
    no,
    perspektif,
    sasaran,
    kode,
    indikator,
    satuan,
    polaritas,
    pola,
    bobot,
    targetTahunan,
    target: perQ(rapkTargetHeader),
    pembilang: perQ((q) => rapkBlok(q)[0]),
    penyebut: perQ((q) => rapkBlok(q)[1]),
    realisasi: perQ((q) => rapkBlok(q)[2]),
    capaian: perQ((q) => rapkBlok(q)[3]),
    kriteria: perQ((q) => rapkBlok(q)[4]),
    nps: perQ(rapkNpsHeader),
    salinan: { target: at('PK Target'), polaritas: at('PK Polaritas'), pola: at('PK Pola target'), bobot: at('PK Bobot'), iku: at('PK IKU'), pagu: at('PK Pagu') },
    cekPk: at('Cek PK'),
    polBerlaku: at('Polaritas berlaku'),
    jumlah: h.length,
  };
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
  /** Settings: label in column A, value in column B (found by label, wherever the row is). */
  periode: 'Periode',
  periodeLaporan: 'Periode laporan',
  tahun: 'Tahun',
  presetKriteria: 'Preset kriteria',
  batasAtas: 'Batas atas capaian',
  rumusNegatif: 'Rumus polaritas negatif',
  /** The custom kriteria table (Preset kriteria = Tabel sendiri): batas bawah, label, warna. */
  kriteriaHeader: ['Batas bawah', 'Kriteria', 'Warna'] as const,
  /** Qualitative scales; the fourth column is computed (a blank Skala means the one above). */
  skalaHeader: ['Skala', 'Label', 'Skor', 'Skala (berlaku)'] as const,
  /** The bands in force, computed from the preset: what every kriteria formula reads. */
  pitaHeader: ['Ambang', 'Kriteria berlaku'] as const,
};

/** The preset that means "the custom table in Pengaturan". */
export const PRESET_SENDIRI = 'Tabel sendiri';

/** Perspektif names offered in drop-downs (Indonesian); the English names stay accepted. */
export const PERSPEKTIF_ID: Array<{ id: string; en: string }> = [
  { id: 'Perspektif Pemangku Kepentingan', en: 'Stakeholder Perspective' },
  { id: 'Perspektif Pelanggan', en: 'Customer Perspective' },
  { id: 'Perspektif Proses Internal', en: 'Internal Process Perspective' },
  { id: 'Perspektif Pembelajaran dan Pertumbuhan', en: 'Learning and Growth Perspective' },
];

/** Lists for drop-downs. */
export const DAFTAR = {
  perspektif: PERSPEKTIF_ID.map((p) => p.id),
  iku: ['Ya', 'Tidak'],
  satuan: ['%', 'indeks', 'nilai', 'dokumen', 'predikat', 'opini', 'orang', 'laporan', 'rupiah'],
  polaritas: ['positif', 'negatif', 'negatif-rasio', 'rentang'],
  pola: ['akhir', 'tetap', 'kumulatif'],
  periode: ['triwulan', 'bulanan', 'semester', 'tahunan'],
  rumusNegatif: ['selisih', 'rasio'],
};

/** Kriteria colours (background, font) used by conditional formatting in every host. */
export const WARNA_KRITERIA: Record<string, { background: string; fontColor: string }> = {
  'Sangat Kurang': { background: '#F4C7C3', fontColor: '#8A1C13' },
  Kurang: { background: '#FCE8B2', fontColor: '#7A4F01' },
  Cukup: { background: '#FFF2CC', fontColor: '#6B5B00' },
  Baik: { background: '#D9EAD3', fontColor: '#1E5631' },
  'Sangat Baik': { background: '#B7E1CD', fontColor: '#0B3D20' },
  'Tidak Dapat Disimpulkan': { background: '#D9D2E9', fontColor: '#3F2A70' },
  // Permendagri 86/2017
  'Sangat Rendah': { background: '#F4C7C3', fontColor: '#8A1C13' },
  Rendah: { background: '#FCE8B2', fontColor: '#7A4F01' },
  Sedang: { background: '#FFF2CC', fontColor: '#6B5B00' },
  Tinggi: { background: '#D9EAD3', fontColor: '#1E5631' },
  'Sangat Tinggi': { background: '#B7E1CD', fontColor: '#0B3D20' },
};

export const FORMAT = {
  angka: '#,##0.00',
  persen: '0.00',
  rupiah: '"Rp"#,##0',
  bilangan: '0',
};
