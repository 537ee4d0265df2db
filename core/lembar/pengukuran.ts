/**
 * Pengukuran: the measurement of the reporting period, a view of the RAPK
 * (nothing is typed here). One row per PK indicator in RAPK order; Target,
 * Realisasi, Capaian and Kriteria are looked up in the RAPK by Kode, in the
 * columns of Pengaturan's "Periode laporan"; NPS per sasaran, per perspektif and
 * for the organisation are computed here with native formulas (the shape of
 * seed 001 Tabel 4 and 5). Below the table, the summary per perspektif with its
 * Bobot, which people type (kept by perspektif name).
 */
import { CellInput, bakuTeks, isKError } from '../values';
import { FORMAT, LABEL_ORGANISASI, PENGUKURAN_KOLOM, PENGUKURAN_RINGKASAN_KOLOM, SHEET, rapkKolom } from '../layout';
import { kunciKode } from '../pk';
import { KonteksRumus, rumusIndeksPeriode, rumusKriteria, rumusLihatRapk, rumusNps, rumusNpsOrganisasi, rumusPolaritasBerlaku, rumusRataKelompok, teksRumus } from '../rumus';
import { CIRI_PENGUKURAN } from '../model/bukukerja';
import { TabelLama } from '../model/tabel';
import { Sel, cocokHeader, nilaiDi, teks } from '../model/lembar';
import { BarisRencana, SpecTabel, TempatTabel } from '../tabel';
import { BarisSusun, Susunan } from '../susun';
import { nilaiSalin } from '../salin';
import { SheetSnapshot, WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef, teksTulis } from '../workbook';
import { aturanWarna } from './pengaturan';
import { bentukTarget } from './rapk';

const UK = Object.fromEntries(PENGUKURAN_KOLOM.map((h, i) => [h, i])) as Record<(typeof PENGUKURAN_KOLOM)[number], number>;

export const CATATAN_BOBOT_PERSPEKTIF = 'Bobot perspektif: kosong = sama rata; isi mis. 30/25/15/30 (isi semua perspektif atau kosongkan semua).';

export interface KonteksPengukuran {
  k: KonteksRumus;
  /** Where the RAPK's data block is (as written in the same plan). */
  rapk: { nama: string; headerRow: number; kolomAwal: number; n: number; periode: string[] };
  refPeriodeLaporan: string;
  refPreset: string;
  /** The RAPK banner cell: Pengukuran repeats it. */
  refSpanduk: string;
}

export function specPengukuran(c: KonteksPengukuran): SpecTabel {
  const headers = [...PENGUKURAN_KOLOM];
  return {
    lembar: SHEET.PENGUKURAN,
    ciri: CIRI_PENGUKURAN,
    headers,
    jenis: (h) => (['Target', 'Realisasi', 'Capaian', 'Kriteria', 'Rumus', 'NPS Sasaran', 'Kriteria Sasaran'].includes(h) ? 'rumus' : 'tetap'),
    kunciDari: kunciKode,
    // An earlier template had realisasi typed here.
    judulLama: [/^Ketik Realisasi \(kolom [A-Z]+\)\. Kolom lain diambil dari lembar PK/],
    judul: () => {
      const w = headers.length;
      const baris = (x: WriteValue): WriteValue[] => [x, ...Array(w - 1).fill(null)];
      return [
        baris('Pengukuran Kinerja: capaian indikator, NPS sasaran, perspektif dan organisasi'),
        baris(`="Periode laporan: "&IF(TRIM(${c.refPeriodeLaporan})="","terakhir",TRIM(${c.refPeriodeLaporan}))&"  ·  Kriteria: "&IF(TRIM(${c.refPreset})="",${teksRumus('BPOM Tabel 3')},TRIM(${c.refPreset}))&"  ·  Realisasi diketik di lembar RAPK; lembar ini dihitung."`),
        [`=IF(${c.refSpanduk}="","",${c.refSpanduk})`, ...Array(w - 2).fill(null), rumusIndeksPeriode(c.refPeriodeLaporan, c.rapk.periode)],
      ];
    },
    format: (t) => formatPengukuran(t),
    // Kriteria and Kriteria Sasaran wide enough for "Tidak Dapat Disimpulkan" on one line.
    lebar: [40, 150, 240, 70, 300, 60, 75, 55, 80, 85, 80, 170, 220, 85, 170],
    beku: (t) => ({ rows: t.headerRow + 1, cols: t.kolomAwal + UK.Indikator + 1 }),
    pilih: (t) => a1(t.headerRow + 1, t.kolomAwal + UK.Capaian),
  };
}

function formatPengukuran(t: TempatTabel): WriteOp[] {
  const s = t.nama;
  const d0 = t.headerRow + 1;
  const n = Math.max(1, t.n);
  const kol = (h: (typeof PENGUKURAN_KOLOM)[number], cols = 1): string => a1Range(d0, t.kolomAwal + UK[h], n, cols);
  const ops: WriteOp[] = [];
  if (t.barisJudul !== null) {
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul, t.kolomAwal), bold: true });
    ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 2, t.kolomAwal), bold: true, fontColor: '#9C0006' });
  }
  ops.push({ op: 'format', sheet: s, range: a1Range(t.headerRow, t.kolomAwal, 1, PENGUKURAN_KOLOM.length), bold: true, wrap: true, align: 'center', background: '#1F4E78', fontColor: '#FFFFFF' });
  ops.push({ op: 'format', sheet: s, range: kol('Perspektif', 3), wrap: true });
  ops.push({ op: 'format', sheet: s, range: kol('Indikator'), wrap: true });
  ops.push({ op: 'format', sheet: s, range: kol('Target', 2), numberFormat: FORMAT.angka });
  ops.push({ op: 'format', sheet: s, range: kol('Capaian'), numberFormat: FORMAT.persen });
  ops.push({ op: 'format', sheet: s, range: kol('NPS Sasaran'), numberFormat: FORMAT.persen, bold: true });
  if (t.barisJudul !== null) ops.push({ op: 'format', sheet: s, range: a1(t.barisJudul + 2, t.kolomAwal + PENGUKURAN_KOLOM.length - 1), fontColor: '#FFFFFF' });
  // Printed landscape, all columns on one page wide, the header row on every page.
  ops.push(opCetak(s, t.headerRow));
  ops.push({ op: 'conditionalText', sheet: s, range: kol('Kriteria'), rules: aturanWarna() });
  ops.push({ op: 'conditionalText', sheet: s, range: kol('Kriteria Sasaran'), rules: aturanWarna() });
  return ops;
}

/** The native text naming the rule a row's capaian follows (a reviewer can trace every number). */
function rumusTeksCapaian(c: KonteksPengukuran, b: BarisSusun, sel: { realisasi: string; capaian: string; polaritas: string }): string {
  const P = `(${rumusPolaritasBerlaku(c.k, sel.polaritas).slice(1)})`;
  const bentuk = bentukTarget(b.pk);
  let inti: string;
  if (bentuk.jenis === 'label') inti = '"skor(R) / skor(T) × 100 (skala kualitatif)"';
  else if (bentuk.jenis === 'rentang') {
    inti =
      `"rentang ${bentuk.teks}: di dalam = 100; "&IF(${P}="negatif","di bawah (2a − R) / a, di atas (2b − R) / b × 100, minimal 0",` +
      `IF(${P}="rentang","di bawah R / a, di atas (2b − R) / b × 100, minimal 0",IF(${P}="negatif-rasio","di luar batas terdekat / R × 100","di luar R / batas terdekat × 100")))`;
  } else inti = `IF(${P}="negatif-rasio","T / R × 100",IF(${P}="negatif","(2T − R) / T × 100, minimal 0","R / T × 100"))`;
  const b0 = c.k.p.batasAtas;
  return `=IF(OR(${sel.realisasi}="",ISERROR(${sel.capaian})),"",${inti}&IF(${b0}="","",", batas atas "&${b0}))`;
}

/** The cell of a view sheet holding the index of the reporting period (rumusIndeksPeriode). */
export function selIndeksPeriode(headerRow: number, kolomAwal: number, lebar: number): string {
  return `$${colName(kolomAwal + lebar - 1)}$${headerRow}`;
}

export function barisPengukuran(c: KonteksPengukuran, susun: BarisSusun[]): BarisRencana[] {
  const rk = rapkKolom(c.rapk.periode);
  const R = sheetRef(c.rapk.nama);
  return susun.map((s) => {
    const b = s.pk;
    const isi = (r: number, kolomAwal: number): WriteValue[] => {
      const ref = (h: (typeof PENGUKURAN_KOLOM)[number]): string => a1(r, kolomAwal + UK[h]);
      const v: WriteValue[] = Array(PENGUKURAN_KOLOM.length).fill(null);
      const tt = (x: string): WriteValue => (x ? teksTulis(x) : null);
      v[UK.No] = s.urut + 1;
      v[UK.Perspektif] = tt(b.perspektif);
      v[UK.Sasaran] = tt(b.sasaran);
      v[UK.Kode] = teksTulis(b.kode);
      v[UK.Indikator] = tt(b.indikator);
      v[UK.Satuan] = tt(b.satuan);
      v[UK.Polaritas] = isKError(b.urai.polaritas) ? nilaiSalin(b.polaritas) : b.urai.polaritas;
      v[UK.Bobot] = isKError(b.urai.bobot) ? nilaiSalin(b.bobot) : b.urai.bobot;
      // The indicator's RAPK row, as this same click writes it, checked by Kode at every read.
      const rr = c.rapk.headerRow + 1 + s.urut;
      const di = (col: number): string => `${R}!${a1(rr, c.rapk.kolomAwal + col)}`;
      const indeks = selIndeksPeriode(r - 1 - s.urut, kolomAwal, PENGUKURAN_KOLOM.length);
      const lihat = (kol: Record<string, number>): string => rumusLihatRapk(di(rk.kode), ref('Kode'), indeks, c.rapk.periode.map((q) => di(kol[q])));
      v[UK.Target] = lihat(rk.target);
      v[UK.Realisasi] = lihat(rk.realisasi);
      v[UK.Capaian] = lihat(rk.capaian);
      v[UK.Kriteria] = lihat(rk.kriteria);
      v[UK.Rumus] = rumusTeksCapaian(c, s, { realisasi: ref('Realisasi'), capaian: ref('Capaian'), polaritas: ref('Polaritas') });
      if (s.awalKelompok) {
        const rng = (h: (typeof PENGUKURAN_KOLOM)[number]): string => `${ref(h)}:${a1(r + s.ukuranKelompok - 1, kolomAwal + UK[h])}`;
        v[UK['NPS Sasaran']] = rumusNps(rng('Capaian'), rng('Bobot'));
        v[UK['Kriteria Sasaran']] = rumusKriteria(c.k, ref('NPS Sasaran'));
      }
      return v;
    };
    return { kunci: b.kunci, kunciTeks: b.kode, nama: b.indikator, isi };
  });
}

// ---------------------------------------------------------------------------
// The summary below the table

/** The summary rows written after the table: perspektif NPS, kriteria and bobot, then the organisation. */
export function ringkasanPengukuran(c: KonteksPengukuran, t: TempatTabel, susun: Susunan, bobotLama: Map<string, Sel>): { ops: WriteOp[]; akhir: number } {
  const s = t.nama;
  const r0 = t.headerRow + 1 + t.n + 1;
  // Under the Sasaran column: the perspektif names fit its width, NPS the Kode column's, the
  // kriteria ("Tidak Dapat Disimpulkan") the Indikator column's, and on a narrow screen, where
  // only Kode and Indikator stay frozen on the left, NPS and kriteria stay in view.
  const k0 = t.kolomAwal + UK.Sasaran;
  const per = susun.perspektif.filter((p) => p.nama.trim() !== '');
  const nps = (r: number): string => a1(r, k0 + 1);
  const label = a1Range(t.headerRow + 1, t.kolomAwal + UK.Perspektif, Math.max(1, t.n), 1);
  const npsKol = a1Range(t.headerRow + 1, t.kolomAwal + UK['NPS Sasaran'], Math.max(1, t.n), 1);
  const rows: WriteValue[][] = [
    [`Ringkasan: NPS perspektif = rata-rata NPS sasarannya; NPS organisasi = rata-rata NPS perspektif, berbobot menurut kolom Bobot. ${CATATAN_BOBOT_PERSPEKTIF}`, null, null, null],
    [...PENGUKURAN_RINGKASAN_KOLOM],
  ];
  per.forEach((p, i) => {
    const r = r0 + 2 + i;
    const lama = bobotLama.get(bakuTeks(p.nama));
    const bobot: WriteValue = lama ? (lama.rumus || (lama.nilai === null || lama.nilai === '' ? null : nilaiSalin(lama.nilai))) : null;
    rows.push([teksTulis(p.nama.trim()), rumusRataKelompok(label, a1(r, k0), npsKol), rumusKriteria(c.k, nps(r)), bobot]);
  });
  const rOrg = r0 + 2 + per.length;
  const blokLabel = a1Range(r0 + 2, k0, Math.max(1, per.length), 1);
  const blokNps = a1Range(r0 + 2, k0 + 1, Math.max(1, per.length), 1);
  const blokBobot = a1Range(r0 + 2, k0 + 3, Math.max(1, per.length), 1);
  rows.push([LABEL_ORGANISASI, per.length ? rumusNpsOrganisasi(blokLabel, blokNps, blokBobot) : null, rumusKriteria(c.k, nps(rOrg)), null]);
  const ops: WriteOp[] = [
    { op: 'setValues', sheet: s, row: r0, col: k0, values: rows },
    { op: 'format', sheet: s, range: a1(r0, k0), bold: true },
    { op: 'format', sheet: s, range: a1Range(r0 + 1, k0, 1, 4), bold: true, background: '#1F4E78', fontColor: '#FFFFFF' },
    { op: 'format', sheet: s, range: a1Range(r0 + 2, k0 + 1, per.length + 1, 1), numberFormat: FORMAT.persen },
    { op: 'format', sheet: s, range: a1Range(r0 + 2, k0 + 3, Math.max(1, per.length), 1), background: '#FFF9E6', align: 'center' },
    { op: 'format', sheet: s, range: a1Range(rOrg, k0, 1, 3), bold: true, background: '#DDEBF7' },
    { op: 'conditionalText', sheet: s, range: a1Range(r0 + 2, k0 + 2, per.length + 1, 1), rules: aturanWarna() },
  ];
  return { ops, akhir: rOrg + 1 };
}

/** Realisasi an earlier Kinerja had people type in Pengukuran (column Realisasi, a value, not a formula), by Kode. */
export function realisasiKetikanLama(lama: TabelLama | null): Array<{ kunci: string; kunciTeks: string; nama: string; sel: Sel }> {
  if (!lama || !lama.adaRumus) return [];
  const out: Array<{ kunci: string; kunciTeks: string; nama: string; sel: Sel }> = [];
  for (const row of lama.rows) {
    const s = row.sel.Realisasi;
    if (!s || s.rumus || s.nilai === null || s.nilai === '') continue;
    out.push({ kunci: row.kunci, kunciTeks: row.kunciTeks, nama: teks(row.sel.Indikator?.nilai ?? null), sel: s });
  }
  return out;
}

export type { CellInput };
