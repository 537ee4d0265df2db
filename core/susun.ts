/**
 * The PK's indicators in the order every generated sheet shows them: sasaran
 * groups contiguous (in PK order of first appearance), indicators in PK order
 * within their sasaran. A blank or duplicate Kode is refused, naming the PK
 * cells: every figure is found by Kode, so each indicator needs its own.
 */
import { bakuTeks, kutip } from './values';
import { PkTable } from './pk';
import { BarisPk, ModelPk } from './model/pk';
import { a1, sheetRef } from './workbook';

export interface BarisSusun {
  pk: BarisPk;
  /** Index of the row's sasaran group (0-based). */
  kelompok: number;
  /** First row of its sasaran (the row that carries the NPS formulas). */
  awalKelompok: boolean;
  ukuranKelompok: number;
  /** Position of the row within the ordered list. */
  urut: number;
}

export interface Susunan {
  baris: BarisSusun[];
  jumlahSasaran: number;
  /** Perspektif in order of first appearance, each with its sasaran groups' first rows. */
  perspektif: Array<{ nama: string; sasaran: number[] }>;
}

export type HasilSusun = ({ ok: true } & Susunan) | { ok: false; pesan: string };

export function susunPk(pk: ModelPk, tombol = 'Perbarui'): HasilSusun {
  const ref = sheetRef(pk.nama);
  const kolom = pk.tabel.kolom;
  const sel = (r: BarisPk, f: keyof PkTable['kolom']): string => {
    const c = kolom[f];
    return c === undefined ? `baris ${r.baris + 1}` : a1(r.baris, c);
  };
  const selPk = (r: BarisPk, f: keyof PkTable['kolom']): string => {
    const c = kolom[f];
    return c === undefined ? `${ref} baris ${r.baris + 1}` : `${ref}!${a1(r.baris, c)}`;
  };
  const perKode = new Map<string, BarisPk[]>();
  for (const r of pk.baris) {
    if (!r.kode) {
      return {
        ok: false,
        pesan: `Kode kosong di ${selPk(r, 'kode')} (indikator ${kutip(r.indikator)}): isi kode yang unik (mis. IK${String(pk.baris.length + 1).padStart(2, '0')}), lalu klik ${tombol} lagi.`,
      };
    }
    perKode.set(r.kunci, [...(perKode.get(r.kunci) ?? []), r]);
  }
  for (const rows of perKode.values()) {
    if (rows.length > 1) {
      const cells = rows.map((r) => sel(r, 'kode'));
      const daftar = `${cells.slice(0, -1).join(', ')} dan ${cells[cells.length - 1]}`;
      const kali = rows.length === 2 ? 'dua' : String(rows.length);
      return {
        ok: false,
        pesan: `Kode ${rows[0].kode} dipakai ${kali} kali di ${ref} (${daftar}): isian dicocokkan menurut Kode, jadi setiap indikator butuh kode yang unik. Ganti kodenya, lalu klik ${tombol} lagi.`,
      };
    }
  }
  const kelompok = new Map<string, BarisPk[]>();
  for (const r of pk.baris) {
    const k = bakuTeks(r.sasaran);
    kelompok.set(k, [...(kelompok.get(k) ?? []), r]);
  }
  const baris: BarisSusun[] = [];
  const perspektif = new Map<string, { nama: string; sasaran: number[] }>();
  let g = 0;
  for (const rows of kelompok.values()) {
    const kp = bakuTeks(rows[0].perspektif);
    if (!perspektif.has(kp)) perspektif.set(kp, { nama: rows[0].perspektif, sasaran: [] });
    perspektif.get(kp)!.sasaran.push(baris.length);
    rows.forEach((r, i) => baris.push({ pk: r, kelompok: g, awalKelompok: i === 0, ukuranKelompok: rows.length, urut: baris.length }));
    g++;
  }
  return { ok: true, baris, jumlahSasaran: kelompok.size, perspektif: [...perspektif.values()] };
}
