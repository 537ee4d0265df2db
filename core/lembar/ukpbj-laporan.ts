/**
 * Laporan UKPBJ (SOP step 15): the report for Pengaturan's periode laporan,
 * native formulas over the other views, written whole on each click:
 *
 *   I   per indikator: target, realisasi, capaian, kriteria, n and the rencana
 *       aksi status, as Capaian UKPBJ shows them;
 *   II  per area strategis and III per OPD: each per-paket indicator's n and
 *       realisasi over the paket of that area or OPD (the indicator's own scope
 *       still applies). COUNTIFS/SUMIFS over Paket per Indikator's columns with
 *       Kinerja Paket's Area (kunci) or OPD on the same rows. A MEDIAN per group
 *       would need an array formula (MEDIAN(IF(…))), so median indicators say so
 *       there instead of showing a figure.
 *
 * Its core twin is hitung.ts kompilasiKelompok.
 */
import { WriteOp, WriteValue, a1Range, colName, opCetak, sheetRef } from '../workbook';
import { teksRumus } from '../rumus';
import { LEMBAR_UKPBJ, PENANDA_TAMPILAN, TOMBOL_UKPBJ } from '../ukpbj/kolom';
import { BarisIndikator } from '../ukpbj/model';
import { BARIS_HEADER_CAPAIAN, CAPAIAN_HEADER, SEL_PERIODE, indikatorBlok, refBlok } from './ukpbj-hitung';
import { BARIS_HEADER_KP, KOLOM_KP_INDEKS } from './ukpbj-paket';
import { WARNA } from './ukpbj-isian';

export const LAPORAN_INDIKATOR_HEADER = ['Kode', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'n dihitung', 'Rencana aksi'] as const;
export const LAPORAN_KELOMPOK_HEADER = ['Kelompok', 'Kode', 'Indikator', 'n dihitung', 'Realisasi'] as const;
export const TEKS_MEDIAN_KELOMPOK = 'median tidak dihitung per kelompok (perlu rumus larik): lihat Paket per Indikator';

export interface KelompokLaporan {
  jenis: 'area' | 'opd';
  /** Area code or OPD name as the Paket sheet has it. */
  nilai: string;
  label: string;
}

/** Where each section starts (0-based rows), for the tests and the twin. */
export interface TataLaporan {
  indikator: number;
  kelompok: number;
}

export function isiLaporanUkpbj(ind: BarisIndikator[], n: number, kelompok: KelompokLaporan[]): { values: WriteValue[][]; format: WriteOp[]; tata: TataLaporan } {
  const s = LEMBAR_UKPBJ.LAPORAN;
  const w = Math.max(LAPORAN_INDIKATOR_HEADER.length, LAPORAN_KELOMPOK_HEADER.length);
  const PPI = sheetRef(LEMBAR_UKPBJ.PAKET_INDIKATOR);
  const CAP = sheetRef(LEMBAR_UKPBJ.CAPAIAN);
  const KP = sheetRef(LEMBAR_UKPBJ.KINERJA_PAKET);
  const baris = (...x: WriteValue[]): WriteValue[] => [...x, ...Array<WriteValue>(w - x.length).fill(null)];
  const values: WriteValue[][] = [
    baris('Laporan kinerja UKPBJ (SOP langkah 15): per indikator, per area strategis dan per OPD'),
    baris(`${PENANDA_TAMPILAN} dari Capaian UKPBJ dan Paket per Indikator (jangan diketik; klik "${TOMBOL_UKPBJ.perbarui}" setelah indikator atau paket berubah).`),
    baris('Periode dari', `=${PPI}!${SEL_PERIODE.awal}`, 's.d.', `=${PPI}!${SEL_PERIODE.sampai}`),
    baris(),
    baris('I. Per indikator'),
    baris(...LAPORAN_INDIKATOR_HEADER),
  ];
  const format: WriteOp[] = [
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: 'B3:D3', numberFormat: 'yyyy-mm-dd', bold: true },
  ];
  const judul = (r: number): void => {
    format.push({ op: 'format', sheet: s, range: a1Range(r, 0, 1, 1), bold: true, fontColor: '#1F4E78' });
    format.push({ op: 'format', sheet: s, range: a1Range(r + 1, 0, 1, w), bold: true, wrap: true, align: 'center', ...WARNA.header });
  };
  judul(4);
  const tata: TataLaporan = { indikator: values.length, kelompok: -1 };
  const cap = (h: (typeof CAPAIAN_HEADER)[number], i: number): string => `=${CAP}!$${colName(CAPAIAN_HEADER.indexOf(h))}$${BARIS_HEADER_CAPAIAN + 2 + i}&""`;
  const capAngka = (h: (typeof CAPAIAN_HEADER)[number], i: number): string => {
    const ref = `${CAP}!$${colName(CAPAIAN_HEADER.indexOf(h))}$${BARIS_HEADER_CAPAIAN + 2 + i}`;
    return `=IF(${ref}="","",${ref})`;
  };
  ind.forEach((b, i) => {
    values.push([cap('Kode', i), cap('Indikator', i), cap('Satuan', i), capAngka('Target', i), capAngka('Realisasi', i), capAngka('Capaian (%)', i), cap('Kriteria', i), capAngka('n dihitung', i), cap('Rencana aksi', i), ...Array<WriteValue>(w - 9).fill(null)]);
  });
  format.push({ op: 'format', sheet: s, range: a1Range(tata.indikator, 3, Math.max(1, ind.length), 3), numberFormat: '#,##0.00' });
  values.push(baris());
  // II and III: per area strategis, per OPD (long: one row per group and indicator).
  const blok = indikatorBlok(ind);
  const kolomKp = (h: keyof typeof KOLOM_KP_INDEKS): string => `${KP}!$${colName(KOLOM_KP_INDEKS[h])}$${BARIS_HEADER_KP + 2}:$${colName(KOLOM_KP_INDEKS[h])}$${BARIS_HEADER_KP + 1 + Math.max(1, n)}`;
  for (const jenis of ['area', 'opd'] as const) {
    const daftar = kelompok.filter((k) => k.jenis === jenis);
    const r0 = values.length;
    values.push(baris(jenis === 'area' ? 'II. Per area strategis' : 'III. Per OPD'), baris(...LAPORAN_KELOMPOK_HEADER));
    judul(r0);
    if (tata.kelompok < 0) tata.kelompok = values.length;
    const awal = values.length;
    for (const k of daftar) {
      blok.forEach((b) => {
        const x = refBlok(blok.indexOf(b), n);
        const spec = b.spec as NonNullable<BarisIndikator['spec']>;
        // The group's condition as SUMIFS/COUNTIFS criteria pairs (wildcards: area codes hold no * or ?).
        const syarat = jenis === 'area' ? `${kolomKp('Area (kunci)')},"*;${k.nilai.replace(/ /g, '').toUpperCase()};*"` : `${kolomKp('OPD')},${teksRumus(k.nilai)}`;
        const nn = `COUNTIFS(${x.ikut},"Ya",${syarat})`;
        let real: string;
        if (spec.agregasi === 'MEDIAN') real = teksRumus(TEKS_MEDIAN_KELOMPOK);
        else if (spec.agregasi === 'RASIO_JUMLAH' || spec.agregasi === 'PERSEN_HITUNG') real = `IF(${nn}=0,"",IF(SUMIFS(${x.b},${syarat})=0,1/0,SUMIFS(${x.a},${syarat})/SUMIFS(${x.b},${syarat})*100))`;
        else if (spec.agregasi === 'RATA_RATA') real = `IF(${nn}=0,"",SUMIFS(${x.a},${syarat})/${nn})`;
        else real = `IF(${nn}=0,"",SUMIFS(${x.a},${syarat}))`;
        values.push([k.label, b.kode, b.nama || null, `=${nn}`, `=${real}`, ...Array<WriteValue>(w - 5).fill(null)]);
      });
    }
    if (values.length > awal) format.push({ op: 'format', sheet: s, range: a1Range(awal, 4, values.length - awal, 1), numberFormat: '#,##0.00' });
    values.push(baris());
  }
  format.push({ op: 'columnWidths', sheet: s, widths: [220, 230, 70, 90, 90, 90, 160, 80, 130] });
  format.push(opCetak(s, 5));
  return { values, format, tata };
}
