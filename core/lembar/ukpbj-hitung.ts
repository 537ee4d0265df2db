/**
 * The two computed views after Kinerja Paket (SOP step 13), native formulas only:
 *
 *   Paket per Indikator   row i = paket i (as Kinerja Paket); per indicator a
 *                         block "ikut | a | b": whether the paket counts, or why
 *                         not; the quantities the agregasi adds (kompilasi.ts)
 *   Capaian UKPBJ         one row per indicator for Pengaturan's periode laporan:
 *                         the rule used, n, n dikecualikan, target, realisasi,
 *                         capaian and kriteria (core/rumus.ts, as the RAPK), and
 *                         its rencana aksi status
 *
 * The period is the year of Pengaturan's Tahun from 1 January to the end of the
 * periode laporan's month (reports are cumulative "s.d. Bn").
 */
import { KonteksRumus, rumusCapaian, rumusKriteria, rumusPolaritasBerlaku, teksRumus, BentukTarget } from '../rumus';
import { WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef } from '../workbook';
import { LEMBAR_UKPBJ, PENANDA_TAMPILAN, TOMBOL_UKPBJ, AKSI_HEADER } from '../ukpbj/kolom';
import { BarisIndikator } from '../ukpbj/model';
import { perPaket, rumusA, rumusAkhirPeriode, rumusAwalPeriode, rumusB, rumusBulanLaporan, rumusIkut, rumusN, rumusNKecuali, rumusRealisasi, teksAturan } from '../ukpbj/kompilasi';
import { BARIS_HEADER_KP, SEL_SPANDUK_KP, barisKp, refKp } from './ukpbj-paket';
import { BARIS_HEADER_UKPBJ, TARGET_KOLOM, WARNA } from './ukpbj-isian';

export const BARIS_HEADER_PPI = BARIS_HEADER_KP;
/** Cells of the period on Paket per Indikator (0-based row 2): B3 first day, D3 last day, F3 the month. */
export const SEL_PERIODE = { awal: '$B$3', sampai: '$D$3', bulan: '$F$3' } as const;
const PPI = sheetRef(LEMBAR_UKPBJ.PAKET_INDIKATOR);
export const KOLOM_AWAL_BLOK = 3;

/** The indicators with a block (per-paket agregasi whose formula compiled). */
export function indikatorBlok(ind: BarisIndikator[]): BarisIndikator[] {
  return ind.filter((b) => b.spec && perPaket(b.spec.agregasi));
}

export interface RefPeriode {
  tahun: string;
  periodeLaporan: string;
}

export function isiPaketIndikator(ind: BarisIndikator[], n: number, periode: RefPeriode): { values: WriteValue[][]; format: WriteOp[] } {
  const s = LEMBAR_UKPBJ.PAKET_INDIKATOR;
  const blok = indikatorBlok(ind);
  const w = KOLOM_AWAL_BLOK + 3 * blok.length;
  const kosong = (): WriteValue[] => Array<WriteValue>(w).fill(null);
  const r0 = kosong();
  r0[0] = 'Paket per indikator (SOP langkah 13): apakah paket dihitung, dan nilai a, b atau v-nya';
  const r1 = kosong();
  r1[0] = `${PENANDA_TAMPILAN} dari Kinerja Paket dan rumus di Indikator UKPBJ (jangan diketik). "Ya" = dihitung; selain itu alasannya. Klik "${TOMBOL_UKPBJ.perbarui}" setelah indikator atau baris paket berubah.`;
  const r2 = kosong();
  r2[0] = 'Periode dari';
  r2[1] = `=${rumusAwalPeriode(periode.tahun)}`;
  r2[2] = 's.d.';
  r2[3] = `=${rumusAkhirPeriode(periode.tahun, SEL_PERIODE.bulan)}`;
  r2[4] = 'bulan';
  r2[5] = `=${rumusBulanLaporan(periode.periodeLaporan)}`;
  r2[6] = `=${SEL_SPANDUK_KP}`;
  const hdr = kosong();
  hdr[0] = 'No';
  hdr[1] = 'Kode paket';
  hdr[2] = 'Nama paket';
  blok.forEach((b, j) => {
    const c = KOLOM_AWAL_BLOK + 3 * j;
    const ag = (b.spec as NonNullable<BarisIndikator['spec']>).agregasi;
    hdr[c] = `${b.kode} ikut`;
    hdr[c + 1] = `${b.kode} ${ag === 'PERSEN_HITUNG' ? 'ya (1/0)' : ag === 'RATA_RATA' || ag === 'MEDIAN' ? (b.spec?.b ? 'a/b×100' : 'v') : 'a'}`;
    hdr[c + 2] = `${b.kode} ${ag === 'PERSEN_HITUNG' ? 'paket' : 'b'}`;
  });
  const values: WriteValue[][] = [r0, r1, r2, hdr];
  for (let i = 0; i < n; i++) {
    const r = barisKp(i);
    const row = kosong();
    row[0] = `=IF(${refKp('Kode paket', r)}="","",${refKp('No', r)})`;
    row[1] = `=${refKp('Kode paket', r)}&""`;
    row[2] = `=${refKp('Nama paket', r)}&""`;
    blok.forEach((b, j) => {
      const c = KOLOM_AWAL_BLOK + 3 * j;
      const spec = b.spec as NonNullable<BarisIndikator['spec']>;
      const ref = { kp: (h: Parameters<typeof refKp>[0]) => refKp(h, r), ikut: `$${colName(c)}${r + 1}`, awal: SEL_PERIODE.awal, sampai: SEL_PERIODE.sampai };
      row[c] = rumusIkut(spec, ref);
      row[c + 1] = rumusA(spec, ref);
      row[c + 2] = rumusB(spec, ref);
    });
    values.push(row);
  }
  const d0 = BARIS_HEADER_PPI + 1;
  const m = Math.max(1, n);
  const format: WriteOp[] = [
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: 'B3:D3', numberFormat: 'yyyy-mm-dd', bold: true },
    { op: 'format', sheet: s, range: 'G3', bold: true, fontColor: '#9C0006' },
    { op: 'format', sheet: s, range: a1Range(BARIS_HEADER_PPI, 0, 1, w), bold: true, wrap: true, align: 'center', ...WARNA.header },
    { op: 'format', sheet: s, range: a1Range(d0, 0, m, w), background: WARNA.hitung },
    { op: 'columnWidths', sheet: s, widths: [40, 100, 240, ...blok.flatMap(() => [150, 90, 90])] },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_PPI + 1, cols: 3 },
    opCetak(s, BARIS_HEADER_PPI),
  ];
  blok.forEach((_, j) => {
    const c = KOLOM_AWAL_BLOK + 3 * j;
    format.push({ op: 'format', sheet: s, range: a1Range(d0, c + 1, m, 2), numberFormat: '#,##0.00' });
    format.push({ op: 'conditionalText', sheet: s, range: a1Range(d0, c, m, 1), rules: [{ text: 'Ya', background: '#E2EFDA', fontColor: '#375623' }] });
  });
  return { values, format };
}

/** The ranges of one indicator's block, rows of the n paket. */
export function refBlok(j: number, n: number): { a: string; b: string; ikut: string } {
  const c = KOLOM_AWAL_BLOK + 3 * j;
  const d0 = BARIS_HEADER_PPI + 2;
  const d1 = BARIS_HEADER_PPI + 1 + Math.max(1, n);
  const r = (k: number): string => `${PPI}!$${colName(k)}$${d0}:$${colName(k)}$${d1}`;
  return { ikut: r(c), a: r(c + 1), b: r(c + 2) };
}

export const CAPAIAN_HEADER = ['Kode', 'Indikator', 'Satuan', 'Polaritas', 'n dihitung', 'n dikecualikan', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'Rencana aksi', 'Aturan (rumus di atribut indikator)', 'Polaritas berlaku'] as const;
const CK = Object.fromEntries(CAPAIAN_HEADER.map((h, i) => [h, i])) as Record<(typeof CAPAIAN_HEADER)[number], number>;
export const BARIS_HEADER_CAPAIAN = 3;

export interface TargetIndikator {
  /** 0-based row of the indicator on the Target sheet, or -1. */
  baris: number;
  bentuk: BentukTarget;
}

export function isiCapaianUkpbj(ind: BarisIndikator[], n: number, target: (kode: string) => TargetIndikator, k: KonteksRumus): { values: WriteValue[][]; format: WriteOp[] } {
  const s = LEMBAR_UKPBJ.CAPAIAN;
  const w = CAPAIAN_HEADER.length;
  const blok = indikatorBlok(ind);
  const bulan = `${PPI}!${SEL_PERIODE.bulan}`;
  const T = sheetRef(LEMBAR_UKPBJ.TARGET);
  const AK = sheetRef(LEMBAR_UKPBJ.AKSI);
  const kosong = (): WriteValue[] => Array<WriteValue>(w).fill(null);
  const r0 = kosong();
  r0[0] = 'Capaian kinerja UKPBJ per indikator (SOP langkah 13–14), kumulatif s.d. periode laporan di Pengaturan';
  const r1 = kosong();
  r1[0] = `${PENANDA_TAMPILAN} (jangan diketik). n = paket yang dihitung; n dikecualikan = paket dalam lingkup yang tidak dihitung (status, periode, nilai kosong, data salah: alasannya di Paket per Indikator). Nilai kosong bukan 0.`;
  const r2 = kosong();
  // The period's first and last day as dates (TEXT's format codes differ by locale in LibreOffice and Sheets).
  r2[0] = 'Periode dari';
  r2[1] = `=${PPI}!${SEL_PERIODE.awal}`;
  r2[2] = 's.d.';
  r2[3] = `=${PPI}!${SEL_PERIODE.sampai}`;
  r2[4] = `=${SEL_SPANDUK_KP}`;
  const values: WriteValue[][] = [r0, r1, r2, [...CAPAIAN_HEADER]];
  const akhirAksi = BARIS_HEADER_UKPBJ + 1 + 2000;
  const aksiKode = `${AK}!$A$${BARIS_HEADER_UKPBJ + 2}:$A$${akhirAksi}`;
  const aksiStatus = `${AK}!$${colName(AKSI_HEADER.indexOf('Status'))}$${BARIS_HEADER_UKPBJ + 2}:$${colName(AKSI_HEADER.indexOf('Status'))}$${akhirAksi}`;
  ind.forEach((b) => {
    const r = values.length;
    const row = kosong();
    const sel = (h: (typeof CAPAIAN_HEADER)[number]): string => `$${colName(CK[h])}${r + 1}`;
    row[CK.Kode] = b.kode;
    row[CK.Indikator] = b.nama || null;
    row[CK.Satuan] = b.satuan || null;
    row[CK.Polaritas] = b.polaritas || null;
    row[CK['Polaritas berlaku']] = rumusPolaritasBerlaku(k, sel('Polaritas'));
    const tg = target(b.kode);
    const spec = b.spec;
    if (!spec) {
      row[CK['Aturan (rumus di atribut indikator)']] = `rumus tidak terbaca: lihat Periksa (lembar ${LEMBAR_UKPBJ.INDIKATOR} baris ${b.baris + 1})`;
    } else {
      row[CK['Aturan (rumus di atribut indikator)']] = teksAturan(spec);
      if (perPaket(spec.agregasi)) {
        const x = refBlok(blok.indexOf(b), n);
        row[CK['n dihitung']] = rumusN(x);
        row[CK['n dikecualikan']] = rumusNKecuali(x, sel('n dihitung'));
        row[CK.Realisasi] = rumusRealisasi(spec.agregasi, x, sel('n dihitung'));
      } else if (tg.baris >= 0) {
        // The single value: the last one typed at or before the period's month.
        let f = '""';
        for (let q = 1; q <= 12; q++) {
          const c = `${T}!$${colName(TARGET_KOLOM[`Nilai B${q}` as keyof typeof TARGET_KOLOM])}$${tg.baris + 1}`;
          f = `IF(AND(${bulan}>=${q},${c}<>""),${c},${f})`;
        }
        row[CK.Realisasi] = `=${f}`;
      }
    }
    if (tg.baris >= 0) {
      const t = `${T}!$${colName(TARGET_KOLOM.Target)}$${tg.baris + 1}`;
      const pola = `TRIM(${T}!$${colName(TARGET_KOLOM['Pola target'])}$${tg.baris + 1}&"")`;
      row[CK.Target] = `=IF(${t}="","",IF(${pola}="akhir",IF(${bulan}=12,${t},""),IF(AND(${pola}="kumulatif",ISNUMBER(${t})),${t}*${bulan}/12,${t})))`;
      row[CK['Capaian (%)']] = rumusCapaian(k, { realisasi: sel('Realisasi'), target: sel('Target'), polaritasBerlaku: sel('Polaritas berlaku'), polaritas: sel('Polaritas') }, tg.bentuk);
      row[CK.Kriteria] = rumusKriteria(k, sel('Capaian (%)'));
    }
    row[CK['Rencana aksi']] = `=IF(COUNTIF(${aksiKode},${sel('Kode')})=0,"belum ada",COUNTIFS(${aksiKode},${sel('Kode')},${aksiStatus},"selesai")&" dari "&COUNTIF(${aksiKode},${sel('Kode')})&" selesai")`;
    values.push(row);
  });
  const d0 = BARIS_HEADER_CAPAIAN + 1;
  const m = Math.max(1, ind.length);
  const format: WriteOp[] = [
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: 'E3', bold: true, fontColor: '#9C0006' },
    { op: 'format', sheet: s, range: 'B3:D3', numberFormat: 'yyyy-mm-dd', bold: true },
    { op: 'format', sheet: s, range: a1Range(BARIS_HEADER_CAPAIAN, 0, 1, w), bold: true, wrap: true, align: 'center', ...WARNA.header },
    { op: 'format', sheet: s, range: a1Range(d0, 0, m, w), background: WARNA.hitung },
    { op: 'format', sheet: s, range: a1Range(d0, CK['Aturan (rumus di atribut indikator)'], m, 1), wrap: true },
    { op: 'format', sheet: s, range: a1Range(d0, CK.Target, m, 3), numberFormat: '#,##0.00' },
    { op: 'columnWidths', sheet: s, widths: [75, 220, 70, 90, 85, 105, 75, 90, 80, 170, 140, 520, 80] },
    { op: 'freeze', sheet: s, rows: BARIS_HEADER_CAPAIAN + 1, cols: 2 },
    opCetak(s, BARIS_HEADER_CAPAIAN),
  ];
  return { values, format };
}

export { teksRumus, a1 };
