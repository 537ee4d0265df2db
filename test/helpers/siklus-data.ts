/**
 * The example cycle of the tests (issue 10): three units, two periods
 * (Pengaturan Periode "semester": B6 and B12), six indicators. The same
 * workbook is built in each host by the same clicks.
 */
import { PK_KOLOM } from '../../core/pk';
import { BARIS_DATA, BARIS_HEADER } from '../../core/templates';

export const UNIT = { A: 'Bagian Umum', B: 'Tim Pengujian', C: 'Tim Inspeksi' } as const;
export const EMAIL = { A: 'umum@bpom.go.id', B: 'uji@bpom.go.id, lab@bpom.go.id', C: '' } as const;

type Baris = { kode: string; indikator: string; satuan: string; target: number | string; pola: string; pj: string; email: string; sasaran: string; iku?: boolean; polaritas?: string };

export const INDIKATOR: Baris[] = [
  { sasaran: 'Meningkatnya tata kelola', kode: 'IK01', indikator: 'Indeks kepuasan layanan', satuan: 'indeks', target: 80, pola: 'tetap', pj: UNIT.A, email: EMAIL.A, iku: true },
  { sasaran: 'Meningkatnya tata kelola', kode: 'IK02', indikator: 'Persentase dokumen perencanaan tepat waktu', satuan: '%', target: 100, pola: 'tetap', pj: UNIT.A, email: EMAIL.A },
  { sasaran: 'Meningkatnya mutu pengujian', kode: 'IK03', indikator: 'Persentase sampel diuji sesuai standar', satuan: '%', target: 90, pola: 'tetap', pj: UNIT.B, email: EMAIL.B, iku: true },
  { sasaran: 'Meningkatnya mutu pengujian', kode: 'IK04', indikator: 'Jumlah metode uji terverifikasi', satuan: 'dokumen', target: 12, pola: 'kumulatif', pj: UNIT.B, email: EMAIL.B },
  { sasaran: 'Meningkatnya pengawasan', kode: 'IK05', indikator: 'Persentase sarana diperiksa', satuan: '%', target: 85, pola: 'tetap', pj: UNIT.C, email: EMAIL.C },
  { sasaran: 'Meningkatnya pengawasan', kode: 'IK06', indikator: 'Persentase temuan ditindaklanjuti', satuan: '%', target: 75, pola: 'tetap', pj: UNIT.C, email: EMAIL.C },
];

/** The PK block as typed from its header row down: header then one row per indicator (columns of PK_KOLOM). */
export function pkSiklus(): Array<Array<string | number | null>> {
  const col = (h: (typeof PK_KOLOM)[number]): number => PK_KOLOM.indexOf(h);
  const rows = INDIKATOR.map((x) => {
    const r: Array<string | number | null> = Array(PK_KOLOM.length).fill(null);
    r[col('Perspektif')] = 'Perspektif Proses Internal';
    r[col('Sasaran')] = x.sasaran;
    r[col('Kode')] = x.kode;
    r[col('Indikator')] = x.indikator;
    r[col('IKU')] = x.iku ? 'Ya' : 'Tidak';
    r[col('Satuan')] = x.satuan;
    r[col('Polaritas')] = x.polaritas ?? 'positif';
    r[col('Target')] = x.target;
    r[col('Pola target')] = x.pola;
    r[col('Penanggung jawab')] = x.pj;
    r[col('Email PJ')] = x.email || null;
    return r;
  });
  return [[...PK_KOLOM], ...rows];
}

/** A whole PK sheet (title rows, then header at BARIS_HEADER): for fakes that start from cells. */
export function lembarPkSiklus(): Array<Array<string | number | null>> {
  const out: Array<Array<string | number | null>> = [['Perjanjian Kinerja (PK)'], [null], [null]];
  while (out.length < BARIS_HEADER) out.push([null]);
  return [...out, ...pkSiklus()];
}

export const PK_BARIS_DATA = BARIS_DATA;

/** An .xlsx as a unit sends it back: its isian sheet with what it typed, and (as whole workbooks come back) a PK. */
export async function berkasKembali(lembar: string, grid: Array<Array<string | number | boolean | Date | null>>): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const pk = wb.addWorksheet('PK');
  pk.getCell(1, 1).value = 'salinan PK milik unit';
  const ws = wb.addWorksheet(lembar);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '' || v === undefined) return;
      ws.getCell(r + 1, c + 1).value = v as never;
    }),
  );
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Put a value where a label sits in column A (Pengaturan: Periode, Tahun …): [row, col] of its value. */
export function selLabel(grid: Array<Array<unknown>>, label: string): [number, number] {
  const r = grid.findIndex((row) => String(row?.[0] ?? '').trim() === label);
  if (r < 0) throw new Error(`label ${label} tidak ada`);
  return [r, 1];
}

/** A PK of n indicators shared by the three units in turn (the host-call counts at 10 and 1,000 indicators). */
export function pkSiklusBesar(n: number): Array<Array<string | number | null>> {
  const col = (h: (typeof PK_KOLOM)[number]): number => PK_KOLOM.indexOf(h);
  const unit = [UNIT.A, UNIT.B, UNIT.C];
  const email = [EMAIL.A, EMAIL.B, EMAIL.C];
  const rows = Array.from({ length: n }, (_, i) => {
    const r: Array<string | number | null> = Array(PK_KOLOM.length).fill(null);
    r[col('Perspektif')] = 'Perspektif Proses Internal';
    r[col('Sasaran')] = `Sasaran ${Math.floor(i / 5) + 1}`;
    r[col('Kode')] = `IK${String(i + 1).padStart(4, '0')}`;
    r[col('Indikator')] = `Indikator ${i + 1}`;
    r[col('IKU')] = 'Tidak';
    r[col('Satuan')] = '%';
    r[col('Polaritas')] = 'positif';
    r[col('Target')] = 80;
    r[col('Pola target')] = 'tetap';
    r[col('Penanggung jawab')] = unit[i % 3];
    r[col('Email PJ')] = email[i % 3] || null;
    return r;
  });
  return [[...PK_KOLOM], ...rows];
}

/** Type a value into a fake host's sheet model (Excel's or Sheets' fake: values and formulas by row). */
export function tulisModel(s: { values: unknown[][]; formulas: string[][]; maxRows?: number }, row: number, col: number, v: unknown): void {
  while (s.values.length <= row) s.values.push([]);
  while (s.formulas.length <= row) s.formulas.push([]);
  s.values[row][col] = v;
  s.formulas[row][col] = '';
  // A Sheets grid grows as the sheet does when rows are typed below it.
  if (s.maxRows !== undefined) s.maxRows = Math.max(s.maxRows, row + 1);
}
