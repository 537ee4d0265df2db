/**
 * A table Kinerja generated earlier (RAPK, Pengukuran, Anggaran dan Efisiensi,
 * Renstra), read back by its header row: each row with its key and its cells by
 * header, and the user's cells right of the table on that row.
 *
 * The table runs from the header down through the last row that looks like one
 * of its rows (a running No with a key or a name; a key with a name where the No
 * column is gone). It stops at a row of something else, and after a blank row it
 * goes on only at a row with all three of No, key and name: a note typed under
 * the table (say "Catatan" in the key column, the text beside it) is the user's.
 */
import { CellInput, bakuTeks, parseCell } from '../values';
import { SheetSnapshot } from '../workbook';
import { petaKolom } from '../pk';
import { Sel, adaIsi, kosong, lebarBaris, nilaiDi, selDi, teks } from './lembar';

export interface CiriTabel {
  /** Headers that identify the header row (all must be present). */
  wajib: readonly string[];
  /** Every header a table of this kind may have (all period settings, old layouts). */
  dikenal: readonly string[];
  /** Header of the key column. */
  kunci: string;
  /** Header of the name column (Indikator, or the key itself). */
  nama: string;
  /** Header of the running number, when the table has one. */
  no?: string;
  /** Where a table without its No column starts: the key's column minus this. */
  geserKunci: number;
}

export interface BarisLama {
  /** 0-based sheet row. */
  baris: number;
  /** The key as matched (kunciKode / bakuTeks). */
  kunci: string;
  /** The key as the cell shows it. */
  kunciTeks: string;
  /** The row's cells by header (only headers found in the sheet). */
  sel: Record<string, Sel>;
  /** The user's cells right of the table on this row (index 0 = first column after it). */
  lebih: Sel[];
}

export interface TabelLama {
  /** The sheet's name as the workbook spells it. */
  nama: string;
  headerRow: number;
  /** 0-based sheet column where the table starts. */
  kolomAwal: number;
  /** 0-based sheet column of each known header found. */
  kolom: Record<string, number>;
  /** First column right of the table's known headers. */
  kolomLebih: number;
  /** First sheet row after the table's last row (exclusive end). */
  akhir: number;
  rows: BarisLama[];
  /** The snapshot carried formulas (typed and computed cells can be told apart). */
  adaRumus: boolean;
  /** How many columns right of the table hold something on the table's rows. */
  lebarLebih: number;
}

/** Find the header row within the first 10 rows: all `wajib` headers present. */
export function cariHeaderTabel(values: CellInput[][], wajib: readonly string[]): number {
  const want = wajib.map(bakuTeks);
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const cells = (values[r] || []).map(bakuTeks);
    if (want.every((w) => cells.includes(w))) return r;
  }
  return -1;
}

export function bacaTabel(sheet: SheetSnapshot | undefined, ciri: CiriTabel, kunciDari: (v: CellInput) => string = bakuTeks): TabelLama | null {
  if (!sheet) return null;
  const headerRow = cariHeaderTabel(sheet.values, ciri.wajib);
  if (headerRow < 0) return null;
  const kolom = petaKolom(sheet.values[headerRow] || [], ciri.dikenal);
  const cKunci = kolom[ciri.kunci];
  const cNama = kolom[ciri.nama];
  const cNo = ciri.no !== undefined ? kolom[ciri.no] : undefined;
  const kolomAwal = cNo ?? Math.max(0, cKunci - ciri.geserKunci);
  const kolomLebih = Math.max(...Object.values(kolom)) + 1;

  const ciriBaris = (r: number): { tabel: boolean; lengkap: boolean } => {
    const kunci = !kosong(nilaiDi(sheet, r, cKunci));
    const nama = cNama !== undefined && !kosong(nilaiDi(sheet, r, cNama));
    const no = cNo !== undefined && parseCell(nilaiDi(sheet, r, cNo)).kind === 'number';
    // Every row we write has its running No: where the table has that column, a row
    // without one (a note typed right under the table) is not ours.
    return { tabel: cNo !== undefined ? no && (kunci || nama) : kunci && (nama || cNama === undefined), lengkap: (cNo === undefined || no) && kunci && nama };
  };
  const barisKosong = (r: number): boolean => {
    for (let c = kolomAwal; c < kolomLebih; c++) if (adaIsi(sheet, r, c)) return false;
    return true;
  };

  const rows: BarisLama[] = [];
  let akhir = headerRow + 1;
  let lewatKosong = false;
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const c = ciriBaris(r);
    if (c.tabel && (!lewatKosong || c.lengkap)) {
      const sel: Record<string, Sel> = {};
      for (const [h, k] of Object.entries(kolom)) sel[h] = selDi(sheet, r, k);
      let ujung = lebarBaris(sheet, r);
      while (ujung > kolomLebih && !adaIsi(sheet, r, ujung - 1)) ujung--;
      const lebih: Sel[] = [];
      for (let k = kolomLebih; k < ujung; k++) lebih.push(selDi(sheet, r, k));
      const kunciV = nilaiDi(sheet, r, cKunci);
      rows.push({ baris: r, kunci: kunciDari(kunciV), kunciTeks: teks(kunciV), sel, lebih });
      akhir = r + 1;
      lewatKosong = false;
    } else if (barisKosong(r)) {
      lewatKosong = true;
    } else {
      break;
    }
  }
  const lebarLebih = rows.reduce((m, row) => Math.max(m, row.lebih.length), 0);
  return { nama: sheet.name, headerRow, kolomAwal, kolom, kolomLebih, akhir, rows, adaRumus: Array.isArray(sheet.formulas), lebarLebih };
}
