/** PK sheets for tests and benchmarks: the 2019 example, or n generated indicators. */
import { PK_KOLOM } from '../../core/pk';
import { INDIKATOR_2019, SASARAN_2019 } from '../../core/contoh2019';

export type Row = Array<string | number | null>;

export function pk2019(): Row[] {
  const rows: Row[] = [[...PK_KOLOM]];
  const seen = new Set<number>();
  INDIKATOR_2019.forEach((i, k) => {
    const first = !seen.has(i.sasaranNo);
    seen.add(i.sasaranNo);
    rows.push([
      k + 1,
      i.perspektif,
      i.sasaran,
      i.kode,
      i.indikator,
      i.iku ? 'Ya' : 'Tidak',
      i.iku ? 2 : 1,
      i.satuan,
      i.polaritas,
      i.target,
      i.pola,
      first ? SASARAN_2019[i.sasaranNo - 1].pagu : null,
    ]);
  });
  return rows;
}

/** n indicators, three per sasaran, cycling through the three pola. */
export function pkBesar(n: number): Row[] {
  const rows: Row[] = [[...PK_KOLOM]];
  const pola = ['kumulatif', 'tetap', 'akhir'];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / 3) + 1;
    rows.push([
      i + 1,
      ['Customer Perspective', 'Internal Process Perspective', 'Learning and Growth Perspective'][s % 3],
      `Sasaran ${s}`,
      `IK${String(i + 1).padStart(4, '0')}`,
      `Indikator nomor ${i + 1}`,
      i % 3 === 0 ? 'Ya' : 'Tidak',
      i % 3 === 0 ? 2 : 1,
      '%',
      'positif',
      100,
      pola[i % 3],
      i % 3 === 0 ? 1_000_000_000 : null,
    ]);
  }
  return rows;
}
