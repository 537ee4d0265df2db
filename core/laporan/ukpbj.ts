/**
 * The UKPBJ part of Buat Laporan's Bab III (issue 13): where the workbook holds
 * the Capaian UKPBJ view (Sisipkan templat UKPBJ), the report carries its
 * per-indicator table as the sheet computed it (one place for each figure:
 * the report never computes UKPBJ figures again).
 */
import { CellInput } from '../values';
import { WorkbookSnapshot, getSheet } from '../workbook';
import { LEMBAR_UKPBJ } from '../ukpbj/kolom';
import { CAPAIAN_HEADER } from '../lembar/ukpbj-hitung';
import { teks } from '../model/lembar';

export interface IndikatorUkpbjLaporan {
  kode: string;
  nama: string;
  satuan: CellInput;
  n: CellInput;
  nKecuali: CellInput;
  target: CellInput;
  realisasi: CellInput;
  capaian: CellInput;
  kriteria: CellInput;
  rencanaAksi: CellInput;
}

/** The sheet computes cumulatively up to Pengaturan's periode laporan, the same period as the rest of the report. */
export interface UkpbjLaporan {
  lembar: string;
  indikator: IndikatorUkpbjLaporan[];
}

/** The Capaian UKPBJ sheet's table, read by its headers; null when the workbook has none. */
export function bacaUkpbjLaporan(wb: WorkbookSnapshot): UkpbjLaporan | null {
  const s = getSheet(wb, LEMBAR_UKPBJ.CAPAIAN);
  if (!s) return null;
  const v = s.values;
  const h = v.findIndex((r) => (r ?? []).includes('Kode') && (r ?? []).includes('Capaian (%)'));
  if (h < 0) return null;
  const kol = (x: (typeof CAPAIAN_HEADER)[number]): number => v[h].indexOf(x);
  const sel = (r: CellInput[], x: (typeof CAPAIAN_HEADER)[number]): CellInput => (kol(x) < 0 ? null : (r[kol(x)] ?? null));
  const indikator: IndikatorUkpbjLaporan[] = [];
  for (const r of v.slice(h + 1)) {
    const kode = teks(sel(r ?? [], 'Kode'));
    if (!kode) break;
    indikator.push({
      kode,
      nama: teks(sel(r, 'Indikator')),
      satuan: sel(r, 'Satuan'),
      n: sel(r, 'n dihitung'),
      nKecuali: sel(r, 'n dikecualikan'),
      target: sel(r, 'Target'),
      realisasi: sel(r, 'Realisasi'),
      capaian: sel(r, 'Capaian (%)'),
      kriteria: sel(r, 'Kriteria'),
      rencanaAksi: sel(r, 'Rencana aksi'),
    });
  }
  return indikator.length ? { lembar: s.name, indikator } : null;
}

/** The sentence under the UKPBJ table, in the Laporan sheet and in the Word chapter. */
export function teksUkpbj(u: UkpbjLaporan, tombol: string): string {
  return `n paket = paket yang dihitung menurut rumus indikatornya (kosong untuk indikator bernilai tunggal). Angka ini dihitung lembar ${u.lembar} dari lembar Paket dengan rumus tiap indikator di lembar Indikator UKPBJ: ubah datanya di sana, lalu klik "${tombol}" lagi.`;
}
