/**
 * "RAPK Arsip": where every figure a regenerated sheet could no longer hold is
 * kept (an indicator left the PK, a period left the setting, a value typed over
 * a computed cell). One row per cell: when, why, which sheet, the row's key and
 * name, the column, the value and, for a formula, its text. Kinerja only
 * appends to it, and brings figures back from it when their key returns.
 *
 * An earlier Kinerja wrote whole RAPK rows (the RAPK headers side by side);
 * those rows are read too, one entry per typed cell.
 */
import { CellInput, bakuTeks } from '../values';
import { rapkBlok, rapkHeaders, SHEET } from '../layout';
import { SEMUA_PERIODE } from '../periode';
import { SheetSnapshot } from '../workbook';
import { petaKolom } from '../pk';
import { cariHeaderTabel } from './tabel';
import { kosong, nilaiDi, teks } from './lembar';

export const ARSIP_HEADER = ['Diarsipkan', 'Alasan', 'Lembar', 'Kunci', 'Nama', 'Kolom', 'Nilai', 'Rumus'] as const;

/** The header of an earlier Kinerja's wide archive (kept so its rows are still read). */
export const ARSIP_HEADER_LAMA: string[] = ['Diarsipkan', 'Alasan', ...rapkHeaders()];

export interface EntriArsip {
  /** 0-based sheet row. */
  baris: number;
  diarsipkan: string;
  alasan: string;
  lembar: string;
  /** The key as matched (bakuTeks). */
  kunci: string;
  kunciTeks: string;
  nama: string;
  kolom: string;
  nilai: CellInput;
  rumus: string;
}

export function bacaArsip(sheet: SheetSnapshot | undefined): EntriArsip[] {
  if (!sheet) return [];
  const out: EntriArsip[] = [];
  // Long format (possibly several blocks, each under its own header).
  for (let h = 0; h < sheet.values.length; h++) {
    const row = sheet.values[h] || [];
    if (!ARSIP_HEADER.every((x, c) => bakuTeks(row[c]) === bakuTeks(x))) continue;
    for (let r = h + 1; r < sheet.values.length; r++) {
      const v = (c: number): CellInput => nilaiDi(sheet, r, c);
      if (ARSIP_HEADER.every((x, c) => bakuTeks(v(c)) === bakuTeks(x))) break;
      const kunciTeks = teks(v(3));
      if (!kunciTeks && !teks(v(5))) continue;
      const rumus = teks(v(7));
      out.push({
        baris: r,
        diarsipkan: teks(v(0)),
        alasan: teks(v(1)),
        lembar: teks(v(2)),
        kunci: bakuTeks(kunciTeks),
        kunciTeks,
        nama: teks(v(4)),
        kolom: teks(v(5)),
        nilai: v(6),
        rumus: rumus.startsWith('=') ? rumus : '',
      });
    }
  }
  // An earlier Kinerja's wide rows.
  const h = cariHeaderTabel(sheet.values, ['Diarsipkan', 'Kode', 'Indikator']);
  if (h >= 0) {
    const kolom = petaKolom(sheet.values[h] || [], [...ARSIP_HEADER_LAMA, ...SEMUA_PERIODE.flatMap(rapkBlok)]);
    const isian = SEMUA_PERIODE.flatMap((q) => rapkBlok(q).slice(0, 3)).filter((x) => kolom[x] !== undefined);
    for (let r = h + 1; r < sheet.values.length; r++) {
      const kunciTeks = teks(nilaiDi(sheet, r, kolom.Kode));
      if (!kunciTeks) continue;
      for (const k of isian) {
        const nilai = nilaiDi(sheet, r, kolom[k]);
        if (kosong(nilai)) continue;
        out.push({
          baris: r,
          diarsipkan: teks(nilaiDi(sheet, r, kolom.Diarsipkan)).slice(0, 16),
          alasan: teks(nilaiDi(sheet, r, kolom.Alasan)),
          lembar: SHEET.RAPK,
          kunci: bakuTeks(kunciTeks),
          kunciTeks,
          nama: teks(nilaiDi(sheet, r, kolom.Indikator)),
          kolom: k,
          nilai,
          rumus: '',
        });
      }
    }
  }
  return out;
}
