/**
 * The whole compile in core, from the model (model.ts) to the figure per
 * indikator: the Kinerja Paket row of every paket (perpaket.ts hitung), the
 * block of every indicator on every row (kompilasi.ts hitungBlok) and the
 * agregasi (hitungAgregat). It is the twin of the three views' formulas
 * (the sheets compute the same with native formulas); Periksa and the tests
 * read it.
 */
import { CellInput, CellOutput, KError } from '../values';
import { HeaderPaket } from './kolom';
import { BarisIndikator, ModelUkpbj, indikatorSah } from './model';
import { HasilAgregat, HasilBlok, hitungAgregat, hitungBlok, hitungPeriode, teksAturan } from './kompilasi';
import { HeaderKp, NilaiSetelanUkpbj, hitungBarisKp } from './perpaket';

export interface HasilIndikator {
  ind: BarisIndikator;
  /** The rule used, in words (shown beside the figure). */
  aturan: string;
  /** One block per Paket row (blank rows included, as the view has them). */
  blok: HasilBlok[];
  agregat: HasilAgregat | null;
}

export interface HasilKompilasi {
  awal: CellOutput;
  sampai: CellOutput;
  kp: Array<Record<HeaderKp, CellOutput>>;
  indikator: HasilIndikator[];
}

export function setelanNilai(m: ModelUkpbj): NilaiSetelanUkpbj {
  return { batalAnggaran: m.setelan.batalAnggaran, standar: m.setelan.standar };
}

/** Per paket, per paket per indikator and per indikator, for Tahun `tahun` up to the periode laporan (B1..B12). */
export function kompilasi(m: ModelUkpbj, tahun: CellInput, periodeLaporan: CellInput): HasilKompilasi {
  const setelan = setelanNilai(m);
  const rows = m.paket?.rows ?? [];
  const kp = rows.map((r) => hitungBarisKp({ p: (h: HeaderPaket) => r.sel[h]?.nilai ?? null, setelan }));
  const { awal, sampai } = hitungPeriode(tahun, periodeLaporan);
  const indikator = indikatorSah(m).map((ind): HasilIndikator => {
    if (!ind.spec) return { ind, aturan: '', blok: [], agregat: null };
    const spec = ind.spec;
    if (spec.agregasi === 'NILAI_TUNGGAL') return { ind, aturan: teksAturan(spec), blok: [], agregat: null };
    const blok = kp.map((row) => hitungBlok(spec, (h) => row[h], awal, sampai));
    return { ind, aturan: teksAturan(spec), blok, agregat: hitungAgregat(spec.agregasi, blok) };
  });
  return { awal, sampai, kp, indikator };
}

/** A single value (survey, index, ITKP, kematangan) for the period: the last typed at or before its month. */
export function nilaiTunggal(perBulan: CellInput[], bulan: number | KError): CellOutput {
  if (bulan instanceof KError) return bulan;
  for (let b = Math.min(bulan, perBulan.length); b >= 1; b--) {
    const v = perBulan[b - 1];
    if (v !== null && v !== undefined && v !== '') return v as CellOutput;
  }
  return null;
}

/** The twin of Laporan UKPBJ's sections II and III: one indicator over the paket of one area strategis or OPD. */
export function kompilasiKelompok(h: HasilKompilasi, jenis: 'area' | 'opd', nilai: string, kode: string): HasilAgregat | 'median' | null {
  const x = h.indikator.find((i) => i.ind.kode === kode);
  if (!x || !x.agregat || !x.ind.spec) return null;
  if (x.ind.spec.agregasi === 'MEDIAN') return 'median';
  const cocok = (row: Record<HeaderKp, CellOutput>): boolean => {
    if (jenis === 'area') return String(row['Area (kunci)'] ?? '').toUpperCase().includes(`;${nilai.replace(/ /g, '').toUpperCase()};`);
    return typeof row.OPD === 'string' && row.OPD.toLowerCase() === nilai.toLowerCase();
  };
  const blok = x.blok.filter((_, i) => cocok(h.kp[i]));
  return hitungAgregat(x.ind.spec.agregasi, blok);
}
