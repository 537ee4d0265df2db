/**
 * The workbook read once (STYLE.md §6, "Read once, then compute"): a snapshot
 * becomes a typed model — Pengaturan with the cell of each setting, the PK with
 * its cells parsed, the generated tables read back by header with their keys,
 * the typed figures per Kode and period, and the archive. Planning ("Perbarui"),
 * the views and Periksa work from this model instead of re-reading raw cells.
 */
import { CellInput, bakuTeks } from '../values';
import { ANGGARAN_KOLOM, LABEL_ORGANISASI, PENGUKURAN_KOLOM, PENGUKURAN_RINGKASAN_KOLOM, RENSTRA_KOLOM_TETAP, SHEET, rapkBlok } from '../layout';
import { kunciKode } from '../pk';
import { HostKind, SheetSnapshot, WorkbookSnapshot, getSheet } from '../workbook';
import { ModelPengaturan, bacaModelPengaturan } from './pengaturan';
import { ModelPk, bacaModelPk } from './pk';
import { CiriTabel, TabelLama, bacaTabel } from './tabel';
import { EntriArsip, bacaArsip } from './arsip';
import { Sel, cocokHeader, nilaiDi, selDi, sheetKosong, teks } from './lembar';
import { RumusKosongNol, bacaKosongJadiNol } from './rumus-pengguna';
import { CIRI_RAPK, periodeTabel } from '../lembar/rapk';
import { tahunAwalRenstra } from '../lembar/renstra';

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

/** One row of the summary below the Pengukuran table: a perspektif, or the organisation. */
export interface BarisRingkasan {
  /** 0-based sheet row. */
  baris: number;
  label: string;
  organisasi: boolean;
  nps: Sel;
  kriteria: Sel;
  /** The perspektif's Bobot (typed); the organisation row's cell is ours (blank). */
  bobot: Sel;
}

export interface RingkasanPengukuran {
  /** 0-based row of its header (Perspektif, NPS, Kriteria, Bobot) and column of "Perspektif". */
  header: number;
  kolomAwal: number;
  /** Its first row (the "Ringkasan" title above the header when there is one) and the row after its last. */
  judul: number;
  akhir: number;
  /** The header has the Bobot column (an earlier Kinerja's summary had three columns). */
  adaBobot: boolean;
  rows: BarisRingkasan[];
}

/**
 * The summary block below the Pengukuran table (within 60 rows of its end), read by its header:
 * under the table's Sasaran column, or under Perspektif or in its first column (where earlier
 * Kinerja versions wrote it).
 * The one reader of the summary: Perbarui (to keep the typed Bobot), Periksa and Buat Laporan.
 */
export function bacaRingkasanPengukuran(sheet: SheetSnapshot | undefined, tabel: TabelLama | null): RingkasanPengukuran | null {
  if (!sheet || !tabel) return null;
  const kolomCoba = [tabel.kolomAwal + PENGUKURAN_KOLOM.indexOf('Sasaran'), tabel.kolomAwal + PENGUKURAN_KOLOM.indexOf('Perspektif'), tabel.kolomAwal];
  for (let r = tabel.akhir; r < Math.min(sheet.values.length, tabel.akhir + 60); r++) {
    const k0 = kolomCoba.find((c) => cocokHeader(sheet, r, PENGUKURAN_RINGKASAN_KOLOM.slice(0, 3), c));
    if (k0 === undefined) continue;
    const adaBobot = bakuTeks(nilaiDi(sheet, r, k0 + 3)) === bakuTeks(PENGUKURAN_RINGKASAN_KOLOM[3]);
    const rows: BarisRingkasan[] = [];
    for (let i = r + 1; i < sheet.values.length; i++) {
      const label = teks(nilaiDi(sheet, i, k0));
      const adaRumus = [0, 1, 2].some((c) => (sheet.formulas?.[i]?.[k0 + c] ?? '').startsWith('='));
      if (!label && !adaRumus && [1, 2, 3].every((c) => teks(nilaiDi(sheet, i, k0 + c)) === '')) break;
      const organisasi = bakuTeks(label) === bakuTeks(LABEL_ORGANISASI);
      rows.push({ baris: i, label, organisasi, nps: selDi(sheet, i, k0 + 1), kriteria: selDi(sheet, i, k0 + 2), bobot: selDi(sheet, i, k0 + 3) });
      if (organisasi) break;
    }
    const judul = r > 0 && /^Ringkasan/i.test(teks(nilaiDi(sheet, r - 1, k0))) ? r - 1 : r;
    const akhir = rows.length ? rows[rows.length - 1].baris + 1 : r + 1;
    return { header: r, kolomAwal: k0, judul, akhir, adaBobot, rows };
  }
  return null;
}

/** A sheet Kinerja writes a table into that is there, but whose header row was not found. */
export interface LembarTanpaTabel {
  nama: string;
  /** Nothing in it at all. */
  kosong: boolean;
  /** The headers looked for. */
  wajib: readonly string[];
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
  /** Renstra's first year as Perbarui reads it (null without a Renstra sheet). */
  renstraTahunAwal: number | null;
  arsip: EntriArsip[];
  /** The summary below the Pengukuran table. */
  ringkasan: RingkasanPengukuran | null;
  /** Sheets present without their table's header row (empty, or holding something else). */
  tanpaTabel: LembarTanpaTabel[];
  /** Hand-typed formulas calling CAPAIAN or KRITERIA on a truly empty cell without a guard, that show a value. */
  kosongJadiNol: RumusKosongNol[];
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
  const pk = bacaModelPk(pkSheet, pengaturan.aturan);
  const pengukuran = bacaTabel(pengukuranSheet, CIRI_PENGUKURAN, kunciKode);
  const anggaran = bacaTabel(anggaranSheet, CIRI_ANGGARAN, bakuTeks);
  const renstra = bacaTabel(renstraSheet, ciriRenstra(renstraTahun), kunciKode);
  const tanpaTabel: LembarTanpaTabel[] = [];
  const cek = (sheet: SheetSnapshot | undefined, ada: unknown, wajib: readonly string[]): void => {
    if (sheet && !ada) tanpaTabel.push({ nama: sheet.name, kosong: sheetKosong(sheet), wajib });
  };
  cek(pkSheet, pk, ['Kode', 'Indikator']);
  cek(rapkSheet, rapk, CIRI_RAPK.wajib);
  cek(pengukuranSheet, pengukuran, CIRI_PENGUKURAN.wajib);
  cek(anggaranSheet, anggaran, CIRI_ANGGARAN.wajib);
  cek(renstraSheet, renstra, ['Kode', 'Indikator']);
  return {
    host: wb.host,
    snapshot: wb,
    pengaturan,
    pkSheet,
    pk,
    rapkSheet,
    rapk,
    rapkPeriode,
    isian: isianDari(rapk, rapkPeriode),
    pengukuranSheet,
    pengukuran,
    anggaranSheet,
    anggaran,
    renstraSheet,
    renstra,
    renstraTahun,
    renstraTahunAwal: renstraSheet ? tahunAwalRenstra(renstraSheet, renstraTahun, pengaturan.tahun ?? renstraTahun[0] ?? new Date().getFullYear()) : null,
    arsip: bacaArsip(getSheet(wb, SHEET.RAPK_ARSIP)),
    ringkasan: bacaRingkasanPengukuran(pengukuranSheet, pengukuran),
    tanpaTabel,
    kosongJadiNol: bacaKosongJadiNol(wb),
  };
}

export type { CellInput };
