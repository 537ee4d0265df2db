/**
 * The Pengaturan sheet, read once: every setting with the cell it sits in (so
 * generated formulas can reference it, wherever the user moved it) and its
 * parsed value, the three tables (own kriteria bands, qualitative scales, the
 * bands in force) by their header rows, and what could not be read.
 *
 * Settings are found by their label in column A, value in column B. A workbook
 * made by an earlier Kinerja lacks some settings; they read as their defaults
 * and "Perbarui" appends the missing rows (never moving the user's).
 */
import { CellInput, KError, bakuTeks, formatAngka, isKError, parseCell } from '../values';
import { DEFAULT_PENGATURAN, Pengaturan, PitaKriteria, PresetKriteria, SkalaKualitatif, presetKriteria, PRESET_KRITERIA } from '../settings';
import { bacaSkalaKriteria, bacaSkalaKualitatif } from '../formulas';
import { PENGATURAN, PRESET_SENDIRI, SHEET } from '../layout';
import { JenisPeriode, PERIODE_BAWAAN, bacaJenisPeriode, bacaPeriodeLaporan, daftarPeriode } from '../periode';
import { SheetSnapshot, WorkbookSnapshot, getSheet } from '../workbook';
import { cariBarisHeader, cariLabel, nilaiDi, rumusDi } from './lembar';

export const KUNCI_SETELAN = ['periode', 'periodeLaporan', 'tahun', 'presetKriteria', 'batasAtas', 'rumusNegatif'] as const;
export type KunciSetelan = (typeof KUNCI_SETELAN)[number];

/** The label of an earlier Kinerja's kriteria switch (bawaan / tabel). */
export const LABEL_KRITERIA_LAMA = 'Kriteria di lembar kerja';

/** Rows each table holds (the template's size; formulas read exactly these rows). */
export const KAPASITAS = { kriteria: 8, skala: 16, pita: 8 } as const;

export interface SelSetelan {
  /** 0-based row of the label; the value is in column B of that row. */
  baris: number;
  nilai: CellInput;
  rumus: string;
}

/** Something in Pengaturan that cannot be used, at its cell (0-based). */
export interface MasalahPengaturan {
  baris: number;
  kolom: number;
  pesan: string;
  saran: string;
}

export interface ModelPengaturan {
  /** The sheet's name, or null when the workbook has none. */
  nama: string | null;
  setelan: Partial<Record<KunciSetelan, SelSetelan>>;
  /** An earlier Kinerja's "Kriteria di lembar kerja" (bawaan / tabel), if present. */
  kriteriaLama?: SelSetelan;
  /** Header rows of the tables (-1 = absent); `skalaBerlaku`: the scale table has its computed 4th column. */
  tabel: { kriteria: number; skala: number; skalaBerlaku: boolean; pita: number };
  jenisPeriode: JenisPeriode;
  periode: string[];
  periodeLaporan: string;
  tahun: number | null;
  /** The preset in force; 'sendiri' = the own table. */
  preset: PresetKriteria | 'sendiri';
  /** The rules Periksa recomputes with: bands in force, scales, cap, negatif rule. */
  aturan: Pengaturan;
  /** The own kriteria table could not be read (the sheet's kriteria show an error). */
  kriteriaGalat: KError | null;
  masalah: MasalahPengaturan[];
  /** The own kriteria table's rows as typed (Batas bawah, Kriteria), exactly the rows the bands in force read; null without the table. */
  kriteriaTabel: CellInput[][] | null;
  /** The scale table's rows as typed (Skala, Label, Skor), exactly the rows the formulas read (CAPAIAN's skala argument); null without the table. */
  skalaTabel: CellInput[][] | null;
  /** The first cell holding something on the row right under the scale table: it looks like part of it, but no formula reads it. */
  skalaLuar: { baris: number; kolom: number } | null;
}

const LABEL: Record<KunciSetelan, string> = {
  periode: PENGATURAN.periode,
  periodeLaporan: PENGATURAN.periodeLaporan,
  tahun: PENGATURAN.tahun,
  presetKriteria: PENGATURAN.presetKriteria,
  batasAtas: PENGATURAN.batasAtas,
  rumusNegatif: PENGATURAN.rumusNegatif,
};

export function labelSetelan(k: KunciSetelan): string {
  return LABEL[k];
}

/** Rows of a table after its header, exactly the capacity the formulas read. */
export function barisTabel(sheet: SheetSnapshot, header: number, kapasitas: number, kolom: number): CellInput[][] {
  const out: CellInput[][] = [];
  for (let r = header + 1; r <= header + kapasitas; r++) out.push(Array.from({ length: kolom }, (_, c) => nilaiDi(sheet, r, c)));
  return out;
}

/** The own-table bands (Batas bawah, Kriteria) as KRITERIA's skala argument reads them. */
export function bacaPitaSendiri(rows: CellInput[][]): PitaKriteria[] | KError {
  // All rows, blank ones included: a blank bound means "no lower bound" only on the table's first row.
  return bacaSkalaKriteria(rows.map((r) => [r[0] ?? null, r[1] ?? null]));
}

/** The preset a cell names, 'sendiri' for the own table, or an error naming the text. */
export function bacaPreset(v: CellInput): PresetKriteria | 'sendiri' | KError {
  const p = parseCell(v);
  if (p.kind === 'blank') return PRESET_KRITERIA[0];
  if (p.kind === 'error') return p.error;
  const t = p.kind === 'text' ? p.text : String(p.value);
  if (bakuTeks(t) === bakuTeks(PRESET_SENDIRI)) return 'sendiri';
  const preset = presetKriteria(t);
  if (preset) return preset;
  const pilihan = [...PRESET_KRITERIA.map((x) => x.nama), PRESET_SENDIRI].map((n) => `"${n}"`).join(', ');
  return new KError('VALUE', `preset kriteria "${t.trim()}" tidak dikenal: pilih ${pilihan}`);
}

export function bacaModelPengaturan(wb: WorkbookSnapshot): ModelPengaturan {
  const sheet = getSheet(wb, SHEET.PENGATURAN);
  const masalah: MasalahPengaturan[] = [];
  const setelan: Partial<Record<KunciSetelan, SelSetelan>> = {};
  let kriteriaLama: SelSetelan | undefined;
  const tabel = { kriteria: -1, skala: -1, skalaBerlaku: false, pita: -1 };
  if (sheet) {
    for (const k of KUNCI_SETELAN) {
      const r = cariLabel(sheet, LABEL[k]);
      if (r >= 0) setelan[k] = { baris: r, nilai: nilaiDi(sheet, r, 1), rumus: rumusDi(sheet, r, 1) };
    }
    const rl = cariLabel(sheet, LABEL_KRITERIA_LAMA);
    if (rl >= 0) kriteriaLama = { baris: rl, nilai: nilaiDi(sheet, rl, 1), rumus: rumusDi(sheet, rl, 1) };
    tabel.kriteria = cariBarisHeader(sheet, PENGATURAN.kriteriaHeader);
    tabel.skala = cariBarisHeader(sheet, PENGATURAN.skalaHeader.slice(0, 3));
    tabel.skalaBerlaku = tabel.skala >= 0 && bakuTeks(nilaiDi(sheet, tabel.skala, 3)) === bakuTeks(PENGATURAN.skalaHeader[3]);
    tabel.pita = cariBarisHeader(sheet, PENGATURAN.pitaHeader);
  }
  const lapor = (k: KunciSetelan, pesan: string, saran: string): void => {
    const s = setelan[k];
    if (s) masalah.push({ baris: s.baris, kolom: 1, pesan, saran });
  };

  // Period and reporting period.
  const jp = bacaJenisPeriode(setelan.periode?.nilai ?? null);
  const jenisPeriode = isKError(jp) ? PERIODE_BAWAAN : jp;
  if (isKError(jp)) lapor('periode', `Periode: ${jp.message}.`, 'Pilih triwulan, bulanan, semester atau tahunan dari daftar.');
  const periode = daftarPeriode(jenisPeriode);
  const pl = bacaPeriodeLaporan(setelan.periodeLaporan?.nilai ?? null, jenisPeriode);
  const periodeLaporan = isKError(pl) ? periode[periode.length - 1] : pl;
  if (isKError(pl)) lapor('periodeLaporan', `Periode laporan: ${pl.message}.`, `Pilih salah satu dari ${periode.join(', ')}; kosong berarti ${periode[periode.length - 1]}.`);

  // Year.
  let tahun: number | null = null;
  const pt = parseCell(setelan.tahun?.nilai ?? null);
  if (pt.kind === 'number' && Number.isInteger(pt.value) && pt.value >= 1990 && pt.value <= 2100) tahun = pt.value;
  else if (pt.kind !== 'blank') lapor('tahun', 'Tahun harus tahun empat angka (mis. 2026).', 'Ketik tahun Perjanjian Kinerja, mis. 2026.');

  // Kriteria: the preset in force (an earlier Kinerja's "tabel" switch means the own table).
  let preset: PresetKriteria | 'sendiri' = PRESET_KRITERIA[0];
  if (setelan.presetKriteria) {
    const p = bacaPreset(setelan.presetKriteria.nilai);
    if (isKError(p)) lapor('presetKriteria', `Preset kriteria: ${p.message}.`, 'Pilih preset dari daftar di sel itu.');
    else preset = p;
  } else if (kriteriaLama && bakuTeks(kriteriaLama.nilai) === 'tabel') {
    preset = 'sendiri';
  }
  let kriteriaGalat: KError | null = null;
  let kriteria: PitaKriteria[] = preset === 'sendiri' ? DEFAULT_PENGATURAN.kriteria : preset.pita;
  if (preset === 'sendiri') {
    if (!sheet || tabel.kriteria < 0) {
      kriteriaGalat = new KError('VALUE', 'tabel kriteria sendiri tidak ditemukan');
    } else {
      const pita = bacaPitaSendiri(barisTabel(sheet, tabel.kriteria, KAPASITAS.kriteria, 2));
      if (isKError(pita)) kriteriaGalat = pita;
      else kriteria = pita;
    }
  }

  // Scales.
  let skala: SkalaKualitatif[] = DEFAULT_PENGATURAN.skala;
  const kriteriaTabel = sheet && tabel.kriteria >= 0 ? barisTabel(sheet, tabel.kriteria, KAPASITAS.kriteria, 2) : null;
  const skalaTabel = sheet && tabel.skala >= 0 ? barisTabel(sheet, tabel.skala, KAPASITAS.skala, 3) : null;
  let skalaLuar: { baris: number; kolom: number } | null = null;
  if (sheet && tabel.skala >= 0) {
    // A label or skor there (column A alone holds the template's own note under the table).
    const luar = tabel.skala + KAPASITAS.skala + 1;
    const isi = (k: number): boolean => parseCell(nilaiDi(sheet, luar, k)).kind !== 'blank';
    if (isi(1) || isi(2)) skalaLuar = { baris: luar, kolom: isi(1) ? 1 : 2 };
  }
  if (sheet && tabel.skala >= 0) {
    const rows = skalaTabel as CellInput[][];
    const s = bacaSkalaKualitatif(rows);
    if (isKError(s)) {
      const baca = bacaSkalaKualitatif(rows, true);
      if (!isKError(baca) && baca.length) skala = baca;
    } else if (s.length) skala = s;
  }

  // Cap and negatif rule.
  let batasAtas: number | null = null;
  const pb = parseCell(setelan.batasAtas?.nilai ?? null);
  if (pb.kind === 'number' && pb.value >= 100) batasAtas = pb.value;
  else if (pb.kind === 'number') {
    lapor('batasAtas', `Batas atas capaian ${formatAngka(pb.value)} di bawah 100: setiap capaian akan dipotong di bawah target.`, 'Ketik batas atas dalam poin persen, mis. 120 (bukan 1,2 atau 120%), atau kosongkan.');
  } else if (pb.kind !== 'blank') {
    lapor('batasAtas', 'Batas atas capaian bukan angka.', 'Ketik angka (mis. 120) atau kosongkan.');
  }
  const rn = bakuTeks(setelan.rumusNegatif?.nilai ?? null);
  const rumusNegatif: Pengaturan['rumusNegatif'] = rn === 'rasio' ? 'rasio' : 'selisih';
  if (rn !== '' && rn !== 'rasio' && rn !== 'selisih') lapor('rumusNegatif', `Rumus polaritas negatif "${rn}" tidak dikenal.`, 'Pilih "selisih" atau "rasio".');

  return {
    nama: sheet ? sheet.name : null,
    setelan,
    kriteriaLama,
    tabel,
    jenisPeriode,
    periode,
    periodeLaporan,
    tahun,
    preset,
    aturan: { skala, kriteria, batasAtas, rumusNegatif },
    kriteriaGalat,
    masalah,
    kriteriaTabel,
    skalaTabel,
    skalaLuar,
  };
}
