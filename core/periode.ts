/**
 * Periods of measurement (DOMAIN.md "RAPK"): a setting of the workbook.
 *
 *   triwulan  B3, B6, B9, B12      (the default; the seed's RAPK)
 *   bulanan   B1 … B12             (SOP 000 "data kinerja per bulan")
 *   semester  B6, B12
 *   tahunan   B12
 *
 * A period is named by the month it ends in ("B6" = end of month 6), so the same
 * name means the same moment under every setting: switching from triwulan to
 * bulanan keeps B3, B6, B9 and B12 and adds the other months.
 */
import { CellInput, KError, formatAngka, kutip, parseCell } from './values';

export type JenisPeriode = 'triwulan' | 'bulanan' | 'semester' | 'tahunan';

export const JENIS_PERIODE: readonly JenisPeriode[] = ['triwulan', 'bulanan', 'semester', 'tahunan'];

export const PERIODE_BAWAAN: JenisPeriode = 'triwulan';

const BULAN_AKHIR: Record<JenisPeriode, number[]> = {
  triwulan: [3, 6, 9, 12],
  bulanan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  semester: [6, 12],
  tahunan: [12],
};

/** The period codes of a setting, in order: ["B3", "B6", "B9", "B12"]. */
export function daftarPeriode(jenis: JenisPeriode): string[] {
  return BULAN_AKHIR[jenis].map((b) => `B${b}`);
}

/** Every period code any setting uses, B1..B12 (for drop-downs). */
export const SEMUA_PERIODE = daftarPeriode('bulanan');

const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** How a period is named for people: "Triwulan II (s.d. Juni)", "Juni", "Semester I", "Tahunan". */
export function namaPeriode(jenis: JenisPeriode, kode: string): string {
  const b = Number(kode.replace(/^B/i, ''));
  const bulan = NAMA_BULAN[b - 1] ?? kode;
  switch (jenis) {
    case 'bulanan':
      return bulan;
    case 'triwulan':
      return `Triwulan ${['I', 'II', 'III', 'IV'][b / 3 - 1] ?? '?'} (s.d. ${bulan})`;
    case 'semester':
      return `Semester ${b === 6 ? 'I' : 'II'} (s.d. ${bulan})`;
    case 'tahunan':
      return 'Tahunan';
  }
}

const EJAAN_JENIS: Record<string, JenisPeriode> = {
  triwulan: 'triwulan',
  triwulanan: 'triwulan',
  kuartal: 'triwulan',
  tw: 'triwulan',
  bulanan: 'bulanan',
  bulan: 'bulanan',
  semester: 'semester',
  semesteran: 'semester',
  tahunan: 'tahunan',
  tahun: 'tahunan',
};

/** The period setting typed in Pengaturan ("triwulan", "Bulanan" …); blank is the default. */
export function bacaJenisPeriode(v: CellInput): JenisPeriode | KError {
  const p = parseCell(v);
  if (p.kind === 'blank') return PERIODE_BAWAAN;
  if (p.kind === 'error') return p.error;
  const t = (p.kind === 'text' ? p.text : String(p.value)).trim().toLowerCase().replace(/^per\s+/, '');
  const j = EJAAN_JENIS[t];
  if (j) return j;
  return new KError('VALUE', `periode ${kutip(t)} tidak dikenal: pakai "triwulan", "bulanan", "semester" atau "tahunan"`);
}

/**
 * The reporting period typed in Pengaturan ("periode laporan"): a code of the
 * setting ("B6"), or blank for the last one. "TW II", "Triwulan 2", "Semester I"
 * and a bare month number are read too; a period the setting does not have
 * (B4 under triwulan) is an error naming it.
 */
export function bacaPeriodeLaporan(v: CellInput, jenis: JenisPeriode): string | KError {
  const daftar = daftarPeriode(jenis);
  const p = parseCell(v);
  if (p.kind === 'blank') return daftar[daftar.length - 1];
  if (p.kind === 'error') return p.error;
  let bulan: number | null = null;
  if (p.kind === 'number') {
    bulan = Number.isInteger(p.value) ? p.value : null;
  } else {
    const t = p.text.trim().toUpperCase().replace(/\s+/g, ' ');
    const romawi: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
    let m: RegExpMatchArray | null;
    if ((m = t.match(/^B\s?(\d{1,2})$/))) bulan = Number(m[1]);
    else if ((m = t.match(/^(?:TW|TRIWULAN)\s?(I{1,3}|IV|[1-4])$/))) bulan = 3 * (romawi[m[1]] ?? Number(m[1]));
    else if ((m = t.match(/^(?:SEMESTER|SMT)\s?(I{1,2}|[12])$/))) bulan = 6 * (romawi[m[1]] ?? Number(m[1]));
    else if (/^(TAHUNAN|AKHIR|AKHIR TAHUN)$/.test(t)) bulan = 12;
    else {
      const i = NAMA_BULAN.findIndex((n) => n.toUpperCase() === t);
      if (i >= 0) bulan = i + 1;
    }
  }
  const kode = bulan !== null ? `B${bulan}` : null;
  if (kode && daftar.includes(kode)) return kode;
  const teks = p.kind === 'number' ? formatAngka(p.value) : p.text.trim();
  return new KError('VALUE', `periode laporan ${kutip(teks)} tidak ada pada periode ${jenis} (${daftar.join(', ')})`);
}

/** Position (1-based) and count of a period within its setting, for the pola spread T·k/n. */
export function urutanPeriode(jenis: JenisPeriode, kode: string): { k: number; n: number } {
  const daftar = daftarPeriode(jenis);
  return { k: daftar.indexOf(kode) + 1, n: daftar.length };
}
