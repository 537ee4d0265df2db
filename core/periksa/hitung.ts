/**
 * What a generated cell must show, from the cells its formula reads as they are
 * now (the core references of core/rumus.ts: hitungCapaian, hitungNps …, the
 * ones the equivalence tests hold the native formulas to). A value typed over
 * the cell, or a formula changed by hand, shows up as a difference; a cause
 * upstream (a typed realisasi, a stale copy of the PK) does not, because the
 * reference starts from the same inputs the formula does.
 */
import { CellInput, CellOutput, bakuTeks, isKError, parseCell } from '../values';
import { JenisRumus, bacaPolaritas, jenisRumus } from '../formulas';
import { rapkBlok, rapkTargetHeader } from '../layout';
import { hitungCapaian } from '../rumus';
import { BarisLama } from '../model/tabel';
import { Konteks } from './konteks';

export interface UkuranRapk {
  q: string;
  realisasi: CellInput;
  target: CellInput;
  polaritas: CellInput;
  satuan: string;
  /** The formula the row's capaian follows (Pengaturan's rasio rule as the sheet applies it), or null when the polaritas can't be read. */
  jenis: JenisRumus | null;
  /** What the Capaian cell must show. */
  capaian: CellOutput;
}

/** The polaritas a generated capaian applies: "negatif" typed as such becomes T / R under the rasio rule; other spellings stay (rumusPolaritasBerlaku). */
export function jenisBerlaku(k: Konteks, polaritas: CellInput): JenisRumus | null {
  const pol = bacaPolaritas(parseCell(polaritas));
  if (isKError(pol)) return null;
  const persis = typeof polaritas === 'string' && bakuTeks(polaritas) === 'negatif';
  return persis ? jenisRumus(pol, k.aturan) : pol === 'negatif' ? 'negatif' : pol;
}

/** The capaian of realisasi against target as a generated capaian cell computes it, under this workbook's Pengaturan. */
export function capaianSel(k: Konteks, realisasi: CellInput, target: CellInput, polaritas: CellInput): CellOutput {
  const p = k.m.pengaturan;
  return hitungCapaian(realisasi, target, polaritas, p.setelan.rumusNegatif?.nilai ?? null, p.setelan.batasAtas?.nilai ?? null, p.skalaTabel ?? [[null]]);
}

/** One period of one RAPK row: its inputs as shown and the capaian they give. */
export function ukurRapk(k: Konteks, row: BarisLama, q: string): UkuranRapk {
  const realisasi = row.sel[rapkBlok(q)[2]]?.nilai ?? null;
  const target = row.sel[rapkTargetHeader(q)]?.nilai ?? null;
  const polaritas = row.sel.Polaritas?.nilai ?? null;
  return {
    q,
    realisasi,
    target,
    polaritas,
    satuan: String(row.sel.Satuan?.nilai ?? '').trim(),
    jenis: jenisBerlaku(k, polaritas),
    capaian: capaianSel(k, realisasi, target, polaritas),
  };
}
