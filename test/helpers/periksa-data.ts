/**
 * Workbooks for the Periksa tests (test/checks*.test.ts): PK, RAPK and
 * Pengukuran sheets built from a list of indicators. PK and Pengukuran write
 * Perspektif and Sasaran on the first row of their group only (users merge
 * those cells); RAPK, as "Buat Tabel RAPK" does, writes Perspektif on every
 * row and Sasaran once.
 *
 * Given what Kinerja's own formulas compute (`hitung`), RAPK and Pengukuran
 * also hold capaian, kriteria and NPS, each with a formula, as a host snapshot
 * read with formulas would. Without it they hold only what a user types, and
 * a sheet holding no formula carries no `formulas` at all.
 */
import { capaian, kriteria, nps, rataRata, targetTriwulan } from '../../core/formulas';
import { LABEL_ORGANISASI, PENGUKURAN_KOLOM, PENGUKURAN_RINGKASAN_KOLOM, SHEET, TRIWULAN, rapkBlok, rapkHeaders, rapkNpsHeader, rapkTargetHeader } from '../../core/layout';
import { PK_KOLOM, bobotEfektif, PkRow } from '../../core/pk';
import { CellInput, isKError } from '../../core/values';
import { SheetSnapshot } from '../../core/workbook';

export interface Ind {
  /** Number of the indicator's sasaran (Anggaran's No). */
  no?: number;
  perspektif: string;
  sasaran: string;
  kode: string;
  indikator: string;
  iku: boolean;
  satuan: string;
  polaritas: CellInput;
  target: CellInput;
  pola: CellInput;
  /** Not typed yet when left out. */
  realisasi?: CellInput;
  /** On the first indicator of a sasaran only. */
  pagu?: number | null;
}

/** A sheet written row by row, with the formula (or '') of every cell. */
export class Tulis {
  values: CellInput[][] = [];
  formulas: string[][] = [];
  /** `judul`: rows above the header. */
  constructor(readonly name: string, readonly header: readonly string[], judul: CellInput[][] = []) {
    for (const row of judul) this.baris(row);
    this.baris([...header]);
  }
  baris(row: CellInput[], f: Record<number, string> = {}): void {
    this.values.push(row);
    this.formulas.push(row.map((_, c) => f[c] ?? ''));
  }
  /** A row given by header name; names in `rumus` hold a formula. */
  rekam(isi: Record<string, CellInput>, rumus: string[] = []): void {
    const row: CellInput[] = this.header.map((h) => (h in isi ? isi[h] : null));
    const f: Record<number, string> = {};
    for (const h of rumus) f[this.header.indexOf(h)] = `=${h.toUpperCase().replace(/\W+/g, '_')}()`;
    this.baris(row, f);
  }
  snap(): SheetSnapshot {
    const adaRumus = this.formulas.some((row) => row.some((f) => f !== ''));
    return adaRumus ? { name: this.name, values: this.values, formulas: this.formulas } : { name: this.name, values: this.values };
  }
}

export function asPkRow(i: Ind): PkRow {
  return { baris: 0, perspektif: i.perspektif, sasaran: i.sasaran, kode: i.kode, indikator: i.indikator, iku: i.iku, bobot: null, satuan: i.satuan, polaritas: i.polaritas, target: i.target, pola: i.pola, pagu: i.pagu ?? null, sel: {} };
}

export function num(v: unknown): number {
  if (typeof v !== 'number') throw new Error(`bukan angka: ${String(v)}`);
  return v;
}

/** A formula's result as a cell shows it (an error as its text). */
export function out(v: unknown): CellInput {
  return isKError(v) ? String(v) : (v as CellInput);
}

/** What Kinerja's formulas compute: capaian per Kode, NPS per sasaran and perspektif, and the organisation's. */
export interface Hitung {
  cap: Map<string, number | null>;
  sasaran: Map<string, number>;
  perspektif: Map<string, number>;
  organisasi: number;
}

export function hitung(inds: Ind[]): Hitung {
  const cap = new Map<string, number | null>();
  for (const i of inds) cap.set(i.kode, capaian(i.realisasi ?? null, i.target, i.polaritas) as number | null);
  const sasaran = new Map<string, number>();
  for (const s of [...new Set(inds.map((i) => i.sasaran))]) {
    const items = inds.filter((i) => i.sasaran === s).map((i) => ({ capaian: cap.get(i.kode), bobot: bobotEfektif(asPkRow(i)) }));
    sasaran.set(s, num(nps(items)));
  }
  const perspektif = new Map<string, number>();
  for (const p of [...new Set(inds.map((i) => i.perspektif))]) {
    const ss = [...new Set(inds.filter((i) => i.perspektif === p).map((i) => i.sasaran))];
    perspektif.set(p, num(rataRata(ss.map((s) => sasaran.get(s) as number))));
  }
  const organisasi = num(rataRata([...perspektif.values()]));
  return { cap, sasaran, perspektif, organisasi };
}

/** PK: header on row 1, Bobot left blank (2 for an IKU, 1 otherwise). */
export function lembarPk(inds: Ind[]): SheetSnapshot {
  const t = new Tulis(SHEET.PK, PK_KOLOM);
  let persp = '';
  let sas = '';
  inds.forEach((i, n) => {
    t.rekam({
      No: n + 1,
      Perspektif: i.perspektif !== persp ? i.perspektif : null,
      Sasaran: i.sasaran !== sas ? i.sasaran : null,
      Kode: i.kode,
      Indikator: i.indikator,
      IKU: i.iku ? 'Ya' : 'Tidak',
      Bobot: null,
      Satuan: i.satuan,
      Polaritas: i.polaritas,
      Target: i.target,
      'Pola target': i.pola,
      Pagu: i.pagu ?? null,
    });
    persp = i.perspektif;
    sas = i.sasaran;
  });
  return t.snap();
}

export interface OpsiRapk {
  /** Capaian, kriteria and NPS with their formulas (the quarterly targets get theirs too). */
  hitung?: Hitung;
  /** Title, subtitle and a blank row above the header (on row 4), as "Buat Tabel RAPK" lays it out; else the header is on row 1. */
  judul?: boolean;
}

const JUDUL_RAPK: CellInput[][] = [['Rencana Aksi Perjanjian Kinerja (RAPK)'], ['Tahun 2019'], []];

/** RAPK: one row per indicator, the bobot PK gives it, quarterly targets and realisasi B12. */
export function lembarRapk(inds: Ind[], opsi: OpsiRapk = {}): SheetSnapshot {
  const h = opsi.hitung;
  const t = new Tulis(SHEET.RAPK, rapkHeaders(), opsi.judul ? JUDUL_RAPK : []);
  let sas = '';
  inds.forEach((i, n) => {
    const isi: Record<string, CellInput> = {
      No: n + 1,
      Perspektif: i.perspektif,
      Sasaran: i.sasaran !== sas ? i.sasaran : null,
      Kode: i.kode,
      Indikator: i.indikator,
      Satuan: i.satuan,
      Polaritas: i.polaritas,
      'Pola target': i.pola,
      Bobot: bobotEfektif(asPkRow(i)),
    };
    const rumus: string[] = [];
    TRIWULAN.forEach((q, qi) => {
      isi[rapkTargetHeader(q)] = out(targetTriwulan(i.target, qi + 1, i.pola));
      if (h) rumus.push(rapkTargetHeader(q));
    });
    const [, , cR, cC, cK] = rapkBlok('B12');
    isi[cR] = i.realisasi ?? null;
    if (h) {
      isi[cC] = h.cap.get(i.kode) ?? null;
      isi[cK] = out(kriteria(h.cap.get(i.kode) ?? null));
      rumus.push(cC, cK);
      if (i.sasaran !== sas) {
        isi[rapkNpsHeader('B12')] = h.sasaran.get(i.sasaran) as number;
        rumus.push(rapkNpsHeader('B12'));
      }
    }
    t.rekam(isi, rumus);
    sas = i.sasaran;
  });
  return t.snap();
}

export interface OpsiPengukuran {
  /** Realisasi's capaian and kriteria, NPS and kriteria per sasaran, and the summary table below, with their formulas. */
  hitung?: Hitung;
  /** Typed over the organisation's kriteria (needs `hitung`). */
  kriteriaOrganisasi?: string;
  /** Typed over a sasaran's kriteria, by sasaran number (needs `hitung`). */
  kriteriaSasaran?: Record<number, string>;
  /**
   * The summary's Bobot column, in the order of the perspektif rows (needs `hitung`).
   * When all are positive numbers the organisation NPS is their weighted mean, as the
   * template's formula gives; otherwise that formula shows #VALUE!.
   */
  bobotPerspektif?: CellInput[];
}

/** Pengukuran: header on row 1, one row per indicator. */
export function lembarPengukuran(inds: Ind[], opsi: OpsiPengukuran = {}): SheetSnapshot {
  const h = opsi.hitung;
  const t = new Tulis(SHEET.PENGUKURAN, PENGUKURAN_KOLOM);
  let persp = '';
  let sas = '';
  inds.forEach((i, n) => {
    const isi: Record<string, CellInput> = {
      No: n + 1,
      Perspektif: i.perspektif !== persp ? i.perspektif : null,
      Sasaran: i.sasaran !== sas ? i.sasaran : null,
      Kode: i.kode,
      Indikator: i.indikator,
      Satuan: i.satuan,
      Polaritas: i.polaritas,
      Bobot: bobotEfektif(asPkRow(i)),
      Target: i.target,
      Realisasi: i.realisasi ?? null,
    };
    const rumus: string[] = [];
    if (h) {
      const c = h.cap.get(i.kode) ?? null;
      isi.Capaian = c;
      isi.Kriteria = out(kriteria(c));
      isi.Rumus = 'R / T × 100';
      rumus.push('Target', 'Capaian', 'Kriteria');
      if (i.sasaran !== sas) {
        const v = h.sasaran.get(i.sasaran) as number;
        isi['NPS Sasaran'] = v;
        rumus.push('NPS Sasaran');
        const typed = i.no === undefined ? undefined : opsi.kriteriaSasaran?.[i.no];
        isi['Kriteria Sasaran'] = typed ?? out(kriteria(v));
        if (!typed) rumus.push('Kriteria Sasaran');
      }
    }
    t.rekam(isi, rumus);
    persp = i.perspektif;
    sas = i.sasaran;
  });
  if (h) {
    t.baris([]);
    t.baris([...PENGUKURAN_RINGKASAN_KOLOM]);
    const bobot = opsi.bobotPerspektif;
    [...h.perspektif].forEach(([p, v], j) => t.baris([p, v, out(kriteria(v)), bobot?.[j] ?? null], { 1: '=AVERAGE()', 2: '=KRITERIA()' }));
    const bb = bobot?.slice(0, h.perspektif.size) ?? [];
    const isi = bb.filter((b) => b !== null && b !== undefined && b !== '').length;
    const org = !bobot ? h.organisasi : isi > 0 && isi < h.perspektif.size ? '#VALUE! bobot perspektif: isi bobot setiap perspektif, atau kosongkan semuanya (sama rata)' : out(rataRata([...h.perspektif.values()], bb));
    const typed = opsi.kriteriaOrganisasi;
    const kritOrg = typeof org === 'number' ? out(kriteria(org)) : org;
    t.baris([LABEL_ORGANISASI, org, typed ?? kritOrg], typed ? { 1: '=NPS()' } : { 1: '=NPS()', 2: '=KRITERIA()' });
  }
  return t.snap();
}
