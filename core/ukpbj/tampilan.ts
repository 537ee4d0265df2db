/**
 * The UKPBJ views that are Kinerja's whole (Kinerja Paket, Paket per
 * Indikator, Laporan UKPBJ): never typed, so each write replaces them, as
 * Buat Laporan does with its sheet. A sheet of that name that is not
 * Kinerja's (no marker in its first rows) is refused, named, and nothing is
 * written. Sized to the paket and indicators of the moment: no row limit; a
 * banner says when the Paket sheet has more or fewer paket than the views.
 */
import { kosong } from '../model/lembar';
import { SheetSnapshot, WorkbookSnapshot, WriteOp, WriteValue, a1Range, getSheet, sheetRef } from '../workbook';
import { PENANDA_TAMPILAN, TOMBOL_UKPBJ } from './kolom';
import { TabelPaket } from './model';

/** Is this sheet one of Kinerja's views (its marker in the first rows), or empty? */
export function tampilanMilikKita(sheet: SheetSnapshot): boolean {
  const isi = sheet.values.slice(0, 4).flat().filter((v) => !kosong(v));
  const kosongSemua = sheet.values.every((row) => (row ?? []).every((v) => kosong(v)));
  if (kosongSemua) return true;
  return isi.some((v) => typeof v === 'string' && v.includes(PENANDA_TAMPILAN));
}

export type HasilTampilan = { ok: true; ops: WriteOp[] } | { ok: false; pesan: string };

/**
 * Replace a view: a new sheet, or the old one cleared (its whole used block)
 * and written again; then `format` (ops of this sheet).
 */
export function tulisTampilan(wb: WorkbookSnapshot, nama: string, values: WriteValue[][], format: WriteOp[]): HasilTampilan {
  const lama = getSheet(wb, nama);
  const ops: WriteOp[] = [];
  if (!lama) ops.push({ op: 'addSheet', sheet: nama });
  else {
    if (!tampilanMilikKita(lama)) {
      return { ok: false, pesan: `Lembar "${lama.name}" sudah ada dan bukan lembar hitung Kinerja. Ganti nama lembar itu (Kinerja menulis ${nama} di sana), lalu klik "${TOMBOL_UKPBJ.perbarui}" lagi. Belum ada yang diubah.` };
    }
    const baris = lama.values.length;
    const kolom = lama.values.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
    if (baris > 0 && kolom > 0) ops.push({ op: 'clear', sheet: lama.name, range: a1Range(0, 0, baris, kolom) });
  }
  const lebar = values.reduce((m, r) => Math.max(m, r.length), 0);
  const rata = values.map((r) => (r.length < lebar ? [...r, ...Array<WriteValue>(lebar - r.length).fill(null)] : r));
  ops.push({ op: 'setValues', sheet: lama?.name ?? nama, row: 0, col: 0, values: rata });
  ops.push(...format.map((o) => (lama && 'sheet' in o ? { ...o, sheet: lama.name } : o)));
  return { ok: true, ops };
}

/**
 * The banner of the views: blank while the Paket sheet still has the paket
 * rows the views were made for (counted by Kode paket or Kode RUP), else
 * what to do. The range reaches 2,000 rows past the table.
 */
export function rumusSpandukPaket(p: TabelPaket | null, n: number): string {
  if (!p || p.kolom['Kode paket'] === undefined) return '=""';
  const ref = sheetRef(p.nama);
  const dari = p.headerRow + 2;
  const sampai = p.headerRow + 1 + Math.max(n, 1) + 2000;
  const kolom = (h: string): string => {
    const c = p.kolom[h];
    const col = colLetter(c);
    return `${ref}!$${col}$${dari}:$${col}$${sampai}`;
  };
  const kode = kolom('Kode paket');
  const rup = p.kolom['Kode RUP'] !== undefined ? kolom('Kode RUP') : kode;
  const jumlah = `SUMPRODUCT(--((LEN(${kode})+LEN(${rup}))>0))`;
  return `=IF(${jumlah}<>${n},"⚠ Baris paket berubah sejak ${TOMBOL_UKPBJ.perbarui} (${n} baris saat dihitung, kini "&${jumlah}&"): klik ${TOMBOL_UKPBJ.perbarui} di panel Kinerja.","")`;
}

function colLetter(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
