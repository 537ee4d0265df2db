/**
 * Kinerja Paket: the laporan kinerja per paket (SOP step 12), computed, never
 * typed. Row i shows the paket on row i of the Paket table (every formula
 * reads that row), so sorting the Paket sheet moves nothing out of step;
 * efisiensi Rp and % against pagu and HPS, durasi, batas waktu and tepat
 * waktu, gagal/batal, tender ulang, e-kontrak, the checks, and the values
 * every indicator reads (core/ukpbj/perpaket.ts declares each column once
 * with its core twin).
 */
import { FORMAT } from '../layout';
import { WriteOp, WriteValue, a1, a1Range, colName, opCetak, sheetRef } from '../workbook';
import { LEMBAR_UKPBJ, PENANDA_TAMPILAN, TOMBOL_UKPBJ } from '../ukpbj/kolom';
import { FormatKp, HeaderKp, KOLOM_KP, KP_KOLOM, PESAN_CEK, RefSetelanUkpbj } from '../ukpbj/perpaket';
import { TabelPaket } from '../ukpbj/model';
import { rumusSpandukPaket } from '../ukpbj/tampilan';
import { WARNA } from './ukpbj-isian';

export const BARIS_HEADER_KP = 3;
/** The cell holding the banner (Paket changed since): the other views show it too. */
export const SEL_SPANDUK_KP = `${sheetRef(LEMBAR_UKPBJ.KINERJA_PAKET)}!$A$3`;

export const KOLOM_KP_INDEKS = Object.fromEntries(KP_KOLOM.map((h, i) => [h, i])) as Record<HeaderKp, number>;

export const FORMAT_KP: Record<FormatKp, string | null> = {
  teks: null,
  rupiah: FORMAT.rupiah,
  persen: FORMAT.persen,
  tanggal: 'yyyy-mm-dd',
  bilangan: '0',
  tanda: '0',
};

/** The Kinerja Paket cell of a header on view row `r` (0-based), from another sheet. */
export function refKp(h: HeaderKp, r: number): string {
  return `${sheetRef(LEMBAR_UKPBJ.KINERJA_PAKET)}!${colName(KOLOM_KP_INDEKS[h])}${r + 1}`;
}

/** The view row of paket i (0-based index in the Paket table). */
export function barisKp(i: number): number {
  return BARIS_HEADER_KP + 1 + i;
}

export function isiKinerjaPaket(p: TabelPaket | null, n: number, setelan: RefSetelanUkpbj): { values: WriteValue[][]; format: WriteOp[] } {
  const s = LEMBAR_UKPBJ.KINERJA_PAKET;
  const w = KP_KOLOM.length;
  const baris = (x: WriteValue): WriteValue[] => [x, ...Array<WriteValue>(w - 1).fill(null)];
  const values: WriteValue[][] = [
    baris('Kinerja per paket (SOP langkah 12): efisiensi, waktu, gagal, tender ulang, dan pemeriksaan data'),
    baris(`${PENANDA_TAMPILAN} dari lembar Paket (jangan diketik; klik "${TOMBOL_UKPBJ.perbarui}" setelah baris Paket bertambah). Tanda 1 = ya, 0 = tidak, kosong = belum diketahui.`),
    baris(rumusSpandukPaket(p, jumlahKunci(p))),
    [...KP_KOLOM],
  ];
  const ref = p ? sheetRef(p.nama) : '';
  for (let i = 0; i < n; i++) {
    const r = barisKp(i);
    const pr = (p as TabelPaket).headerRow + 1 + i;
    const ada = p?.rows[i]?.kunci ?? null;
    const rr = {
      p: (h: string): string => (p && p.kolom[h] !== undefined ? `${ref}!${colName(p.kolom[h])}${pr + 1}` : '""'),
      kp: (h: HeaderKp): string => `$${colName(KOLOM_KP_INDEKS[h])}${r + 1}`,
      setelan,
    };
    values.push(KOLOM_KP.map((k) => (k.rumus ? `=${k.rumus(rr)}` : ada ? i + 1 : null)));
  }
  const d0 = BARIS_HEADER_KP + 1;
  const m = Math.max(1, n);
  const format: WriteOp[] = [
    { op: 'format', sheet: s, range: 'A1', bold: true },
    { op: 'format', sheet: s, range: 'A3', bold: true, fontColor: '#9C0006' },
    { op: 'format', sheet: s, range: a1Range(BARIS_HEADER_KP, 0, 1, w), bold: true, wrap: true, align: 'center', ...WARNA.header },
    { op: 'format', sheet: s, range: a1Range(d0, 0, m, w), background: WARNA.hitung },
  ];
  // One format op per run of adjacent columns with the same number format.
  let c = 0;
  while (c < w) {
    const f = FORMAT_KP[KOLOM_KP[c].format];
    let e = c + 1;
    while (e < w && FORMAT_KP[KOLOM_KP[e].format] === f) e++;
    if (f) format.push({ op: 'format', sheet: s, range: a1Range(d0, c, m, e - c), numberFormat: f });
    c = e;
  }
  const cek = KOLOM_KP_INDEKS['Cek kontrak'];
  format.push({ op: 'conditionalText', sheet: s, range: a1Range(d0, cek, m, 5), rules: Object.values(PESAN_CEK).map((text) => ({ text, background: '#F4C7C3', fontColor: '#8A1C13' })) });
  for (const k of KOLOM_KP) if (k.ket) format.push({ op: 'note', sheet: s, cell: a1(BARIS_HEADER_KP, KOLOM_KP_INDEKS[k.h]), text: k.ket });
  format.push({ op: 'columnWidths', sheet: s, widths: KOLOM_KP.map((k) => k.lebar) });
  format.push({ op: 'freeze', sheet: s, rows: BARIS_HEADER_KP + 1, cols: KOLOM_KP_INDEKS['Nama paket'] + 1 });
  format.push(opCetak(s, BARIS_HEADER_KP));
  return { values, format };
}

/** Rows with a Kode paket or Kode RUP (what the banner counts). */
export function jumlahKunci(p: TabelPaket | null): number {
  if (!p) return 0;
  const isi = (v: unknown): boolean => v !== null && v !== undefined && String(v).trim() !== '';
  return p.rows.filter((r) => isi(r.sel['Kode paket']?.nilai) || isi(r.sel['Kode RUP']?.nilai)).length;
}
