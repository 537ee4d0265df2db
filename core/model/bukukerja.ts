/**
 * The workbook read once (STYLE.md §6, "Read once, then compute"): a snapshot
 * becomes a typed model — Pengaturan with the cell of each setting, the PK with
 * its cells parsed, the generated tables read back by header with their keys,
 * the typed figures per Kode and period, and the archive. Planning ("Perbarui"),
 * the views and Periksa work from this model instead of re-reading raw cells.
 */
import { CellInput, bakuTeks } from '../values';
import { ANGGARAN_KOLOM, PENGUKURAN_KOLOM, RENSTRA_KOLOM_TETAP, SHEET, rapkBlok } from '../layout';
import { kunciKode } from '../pk';
import { HostKind, SheetSnapshot, WorkbookSnapshot, getSheet } from '../workbook';
import { ModelPengaturan, bacaModelPengaturan } from './pengaturan';
import { ModelPk, bacaModelPk } from './pk';
import { CiriTabel, TabelLama, bacaTabel } from './tabel';
import { EntriArsip, bacaArsip } from './arsip';
import { Sel } from './lembar';
import { CIRI_RAPK, periodeTabel } from '../lembar/rapk';

/** What was typed for one indicator in one period. */
export interface IsianPeriode {
  pembilang: Sel | null;
  penyebut: Sel | null;
  realisasi: Sel | null;
  /** The sheet row (0-based) the figures are on. */
  baris: number;
}

export const CIRI_PENGUKURAN: CiriTabel = {
  wajib: ['Kode', 'Indikator', 'Realisasi', 'Capaian'],
  dikenal: [...PENGUKURAN_KOLOM],
  kunci: 'Kode',
  nama: 'Indikator',
  no: 'No',
  geserKunci: PENGUKURAN_KOLOM.indexOf('Kode'),
};

export const CIRI_ANGGARAN: CiriTabel = {
  wajib: ['Sasaran', 'Pagu', 'Realisasi Anggaran'],
  dikenal: [...ANGGARAN_KOLOM],
  kunci: 'Sasaran',
  nama: 'Sasaran',
  no: 'No',
  geserKunci: ANGGARAN_KOLOM.indexOf('Sasaran'),
};

/** Renstra's headers depend on its years: those are read from the sheet. */
export function ciriRenstra(tahun: number[]): CiriTabel {
  return {
    wajib: ['Kode', 'Indikator'],
    dikenal: ['No', ...RENSTRA_KOLOM_TETAP, ...tahun.flatMap((y) => [`Target ${y}`, `Realisasi ${y}`]), ...RENSTRA_RINGKASAN, 'Polaritas berlaku'],
    kunci: 'Kode',
    nama: 'Indikator',
    no: 'No',
    geserKunci: 1,
  };
}

export const RENSTRA_RINGKASAN = ['Tahun realisasi terakhir', 'Realisasi terakhir', 'Realisasi tahun sebelumnya', 'Capaian terhadap target akhir Renstra', 'Perubahan dari tahun lalu'] as const;

/** Years whose "Target yyyy" / "Realisasi yyyy" columns a Renstra sheet holds. */
export function tahunRenstra(sheet: SheetSnapshot | undefined): number[] {
  if (!sheet) return [];
  const tahun = new Set<number>();
  for (const row of sheet.values.slice(0, 10)) {
    for (const v of row ?? []) {
      const m = typeof v === 'string' ? v.match(/^(?:Target|Realisasi) (\d{4})$/) : null;
      if (m) tahun.add(Number(m[1]));
    }
  }
  return [...tahun].sort();
}

export interface BukuKerja {
  host: HostKind;
  snapshot: WorkbookSnapshot;
  pengaturan: ModelPengaturan;
  pkSheet?: SheetSnapshot;
  pk: ModelPk | null;
  rapkSheet?: SheetSnapshot;
  rapk: TabelLama | null;
  /** The periods the RAPK table holds now (its headers), which may differ from Pengaturan's. */
  rapkPeriode: string[];
  /** Typed figures per Kode key, per period. */
  isian: Map<string, Map<string, IsianPeriode>>;
  pengukuranSheet?: SheetSnapshot;
  pengukuran: TabelLama | null;
  anggaranSheet?: SheetSnapshot;
  anggaran: TabelLama | null;
  renstraSheet?: SheetSnapshot;
  renstra: TabelLama | null;
  renstraTahun: number[];
  arsip: EntriArsip[];
}

function isianDari(rapk: TabelLama | null, periode: string[]): Map<string, Map<string, IsianPeriode>> {
  const out = new Map<string, Map<string, IsianPeriode>>();
  for (const row of rapk?.rows ?? []) {
    if (!row.kunci || out.has(row.kunci)) continue;
    const per = new Map<string, IsianPeriode>();
    for (const q of periode) {
      const [a, b, r] = rapkBlok(q);
      per.set(q, { pembilang: row.sel[a] ?? null, penyebut: row.sel[b] ?? null, realisasi: row.sel[r] ?? null, baris: row.baris });
    }
    out.set(row.kunci, per);
  }
  return out;
}

export function bacaBukuKerja(wb: WorkbookSnapshot): BukuKerja {
  const pengaturan = bacaModelPengaturan(wb);
  const pkSheet = getSheet(wb, SHEET.PK);
  const rapkSheet = getSheet(wb, SHEET.RAPK);
  const rapk = bacaTabel(rapkSheet, CIRI_RAPK, kunciKode);
  const rapkPeriode = rapk ? periodeTabel(rapk.kolom) : [];
  const pengukuranSheet = getSheet(wb, SHEET.PENGUKURAN);
  const anggaranSheet = getSheet(wb, SHEET.ANGGARAN);
  const renstraSheet = getSheet(wb, SHEET.RENSTRA);
  const renstraTahun = tahunRenstra(renstraSheet);
  return {
    host: wb.host,
    snapshot: wb,
    pengaturan,
    pkSheet,
    pk: bacaModelPk(pkSheet, pengaturan.aturan),
    rapkSheet,
    rapk,
    rapkPeriode,
    isian: isianDari(rapk, rapkPeriode),
    pengukuranSheet,
    pengukuran: bacaTabel(pengukuranSheet, CIRI_PENGUKURAN, kunciKode),
    anggaranSheet,
    anggaran: bacaTabel(anggaranSheet, CIRI_ANGGARAN, bakuTeks),
    renstraSheet,
    renstra: bacaTabel(renstraSheet, ciriRenstra(renstraTahun), kunciKode),
    renstraTahun,
    arsip: bacaArsip(getSheet(wb, SHEET.RAPK_ARSIP)),
  };
}

export type { CellInput };
