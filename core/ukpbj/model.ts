/**
 * The UKPBJ sheets read once (STYLE.md §6): the Paket table with each row's
 * key and cells, the manual indikator with its formula parsed (kompilasi.ts),
 * the area strategis, the Pengaturan UKPBJ settings with their cells, and
 * what could not be read, with its cell. The import, the views and Periksa
 * work from this model.
 */
import { CellInput, bakuTeks, kutip } from '../values';
import { SHEET } from '../layout';
import { SheetSnapshot, WorkbookSnapshot, getSheet } from '../workbook';
import { Sel, cariLabel, cocokHeader, kosong, nilaiDi, selDi, teks } from './../model/lembar';
import { cariHeaderTabel } from '../model/tabel';
import {
  AREA_HEADER,
  Agregasi,
  HeaderIndikator,
  INDIKATOR_KOLOM,
  KATA_JUMLAH,
  LEMBAR_UKPBJ,
  PAKET_HEADER,
  SETELAN_UKPBJ,
} from './kolom';
import { Besaran, HeaderKp, cariBesaran, trimSel, teksSel } from './perpaket';
import { SpecIndikator, bacaAgregasi, bacaKosongNol, bacaSaringan, bacaTanggalPeriode, perPaket } from './kompilasi';

// ---------------------------------------------------------------------------
// Paket

export interface BarisPaket {
  /** 0-based sheet row. */
  baris: number;
  /** The key as matched: "P:<kode paket>" or, before SPSE gives one, "R:<first Kode RUP>"; null for a row without either. */
  kunci: string | null;
  kode: string;
  /** The Kode RUP list (";"), trimmed, lower case for matching. */
  rup: string[];
  /** A typed total ("Jumlah", "Total") in the key column: not a paket. */
  jumlah: boolean;
  sel: Record<string, Sel>;
}

export interface TabelPaket {
  nama: string;
  headerRow: number;
  /** 0-based column of each known header found (by Paket header). */
  kolom: Record<string, number>;
  /** First column after the last header (anything there is the user's). */
  kolomAkhir: number;
  /** Exclusive end: one past the last row holding anything. */
  akhir: number;
  rows: BarisPaket[];
}

export function normKode(v: CellInput): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return trimSel(teksSel(v ?? null)).replace(/\s+/g, ' ');
}

export function daftarRup(v: CellInput): string[] {
  return normKode(v)
    .split(/[;,]/)
    .map((x) => x.trim().toLowerCase())
    .filter((x) => x !== '');
}

export function kunciPaket(kode: string, rup: string[]): string | null {
  if (kode) return `P:${kode.toLowerCase()}`;
  if (rup.length) return `R:${rup[0]}`;
  return null;
}

export function bacaTabelPaket(sheet: SheetSnapshot | undefined): TabelPaket | null {
  if (!sheet) return null;
  const headerRow = cariHeaderTabel(sheet.values, ['Kode paket', 'Nama paket']);
  if (headerRow < 0) return null;
  const hdr = (sheet.values[headerRow] ?? []).map((v) => bakuTeks(v));
  const kolom: Record<string, number> = {};
  for (const h of PAKET_HEADER) {
    const c = hdr.indexOf(bakuTeks(h));
    if (c >= 0) kolom[h] = c;
  }
  const kolomAkhir = Math.max(...Object.values(kolom)) + 1;
  let akhir = headerRow + 1;
  const panjang = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  for (let r = headerRow + 1; r < panjang; r++) {
    const row = sheet.values[r] ?? [];
    const f = sheet.formulas?.[r] ?? [];
    const ada = row.some((v) => !kosong(v)) || f.some((x) => typeof x === 'string' && x.startsWith('='));
    if (ada) akhir = r + 1;
  }
  const rows: BarisPaket[] = [];
  for (let r = headerRow + 1; r < akhir; r++) {
    const sel: Record<string, Sel> = {};
    for (const [h, c] of Object.entries(kolom)) sel[h] = selDi(sheet, r, c);
    const kode = kolom['Kode paket'] !== undefined ? normKode(nilaiDi(sheet, r, kolom['Kode paket'])) : '';
    const rup = kolom['Kode RUP'] !== undefined ? daftarRup(nilaiDi(sheet, r, kolom['Kode RUP'])) : [];
    const jumlah = (KATA_JUMLAH as readonly string[]).includes(kode.toLowerCase());
    rows.push({ baris: r, kunci: jumlah ? null : kunciPaket(kode, rup), kode: jumlah ? '' : kode, rup, jumlah, sel });
  }
  return { nama: sheet.name, headerRow, kolom, kolomAkhir, akhir, rows };
}

// ---------------------------------------------------------------------------
// Indikator UKPBJ

export interface MasalahUkpbj {
  sheet: string;
  baris: number;
  kolom: number;
  pesan: string;
  saran: string;
}

export interface BarisIndikator {
  baris: number;
  kode: string;
  /** bakuTeks(kode). */
  kunci: string;
  nama: string;
  /** Every cell as read, by header. */
  sel: Record<HeaderIndikator, CellInput>;
  satuan: string;
  polaritas: string;
  areaPengukuran: string;
  /** Null when the formula cannot be compiled (the problem is in `masalah`). */
  spec: SpecIndikator | null;
}

export interface TabelIndikator {
  nama: string;
  headerRow: number;
  kolom: Partial<Record<HeaderIndikator, number>>;
  rows: BarisIndikator[];
}

export function bacaTabelIndikator(sheet: SheetSnapshot | undefined, masalah: MasalahUkpbj[]): TabelIndikator | null {
  if (!sheet) return null;
  const headerRow = cariHeaderTabel(sheet.values, ['Kode', 'Indikator', 'Agregasi']);
  if (headerRow < 0) return null;
  const hdr = (sheet.values[headerRow] ?? []).map((v) => bakuTeks(v));
  const kolom: Partial<Record<HeaderIndikator, number>> = {};
  for (const h of INDIKATOR_KOLOM) {
    const c = hdr.indexOf(bakuTeks(h));
    if (c >= 0) kolom[h] = c;
  }
  const rows: BarisIndikator[] = [];
  const lapor = (r: number, h: HeaderIndikator, pesan: string, saran: string): void => {
    masalah.push({ sheet: sheet.name, baris: r, kolom: kolom[h] ?? 0, pesan, saran });
  };
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const sel = {} as Record<HeaderIndikator, CellInput>;
    for (const h of INDIKATOR_KOLOM) sel[h] = kolom[h] !== undefined ? nilaiDi(sheet, r, kolom[h] as number) : null;
    const kode = normKode(sel.Kode);
    const nama = teks(sel.Indikator);
    if (!kode && !nama) continue;
    const b: BarisIndikator = { baris: r, kode, kunci: bakuTeks(kode), nama, sel, satuan: teks(sel.Satuan), polaritas: teks(sel.Polaritas), areaPengukuran: teks(sel['Area pengukuran']), spec: null };
    rows.push(b);
    if (!kode) continue;
    const ag = bacaAgregasi(sel.Agregasi);
    if (!ag) {
      lapor(r, 'Agregasi', `Agregasi ${kutip(teks(sel.Agregasi) || 'kosong')} indikator ${kode} tidak dikenal.`, 'Pilih RASIO_JUMLAH, PERSEN_HITUNG, RATA_RATA, MEDIAN, JUMLAH atau NILAI_TUNGGAL dari daftar.');
      continue;
    }
    let a: Besaran | null = null;
    let bb: Besaran | null = null;
    let ok = true;
    if (perPaket(ag)) {
      const ta = teks(sel['Pembilang (a) / Nilai (v)']);
      a = ta ? cariBesaran(ta) ?? null : null;
      if (!a) {
        ok = false;
        lapor(r, 'Pembilang (a) / Nilai (v)', ta ? `Besaran ${kutip(ta)} indikator ${kode} tidak ada di lembar Kinerja Paket.` : `Indikator ${kode} (${ag}) belum menyebut besaran per paket.`, 'Pilih besaran dari daftar (kolom lembar Kinerja Paket, mis. "Efisiensi HPS (Rp)", "Gagal/batal").');
      }
      const tb = teks(sel['Penyebut (b)']);
      if (tb) {
        bb = cariBesaran(tb) ?? null;
        if (!bb) {
          ok = false;
          lapor(r, 'Penyebut (b)', `Besaran penyebut ${kutip(tb)} indikator ${kode} tidak ada di lembar Kinerja Paket.`, 'Pilih besaran dari daftar, atau kosongkan.');
        }
      } else if (ag === 'RASIO_JUMLAH') {
        ok = false;
        lapor(r, 'Penyebut (b)', `Indikator ${kode} memakai Σa / Σb tetapi Penyebut (b) kosong.`, 'Pilih penyebut (mis. "HPS", "Pagu", "Nilai kontrak"), atau pakai agregasi JUMLAH.');
      }
    }
    const tgl = bacaTanggalPeriode(sel['Tanggal periode']);
    if (tgl === 'tidak-dikenal') {
      ok = false;
      lapor(r, 'Tanggal periode', `Tanggal periode ${kutip(teks(sel['Tanggal periode']))} indikator ${kode} bukan kolom tanggal Kinerja Paket.`, 'Pilih Tgl pengumuman, Tgl penetapan pemenang, Tgl kontrak, Tgl rencana pemilihan atau Tgl buat paket; kosong berarti tanpa saringan periode.');
    }
    if (!ok) continue;
    b.spec = {
      kode,
      nama,
      agregasi: ag as Agregasi,
      a,
      b: bb,
      kosongNol: bacaKosongNol(sel['Nilai kosong']),
      status: bacaSaringan(sel['Status dihitung']),
      metode: bacaSaringan(sel['Metode pemilihan']),
      jenis: bacaSaringan(sel['Jenis pengadaan']),
      area: bacaSaringan(sel['Area strategis']),
      opd: bacaSaringan(sel.OPD),
      tanggal: tgl as HeaderKp | null,
    };
  }
  return { nama: sheet.name, headerRow, kolom, rows };
}

// ---------------------------------------------------------------------------
// Tujuan & Area, Pengaturan UKPBJ

export interface Area {
  baris: number;
  kode: string;
  nama: string;
}

export function bacaArea(sheet: SheetSnapshot | undefined): Area[] {
  if (!sheet) return [];
  let h = -1;
  for (let r = 0; r < sheet.values.length && h < 0; r++) if (cocokHeader(sheet, r, AREA_HEADER.slice(0, 2))) h = r;
  if (h < 0) return [];
  const out: Area[] = [];
  for (let r = h + 1; r < sheet.values.length; r++) {
    const kode = normKode(nilaiDi(sheet, r, 0));
    if (!kode) continue;
    out.push({ baris: r, kode, nama: teks(nilaiDi(sheet, r, 1)) });
  }
  return out;
}

export interface SetelanUkpbj {
  /** Rows (0-based) of each setting's label in Pengaturan (value in column B); -1 when absent. */
  baris: { batalAnggaran: number; efisiensiWajar: number; penawaranRendah: number; standar: number };
  batalAnggaran: CellInput;
  efisiensiWajar: number;
  penawaranRendah: number;
  standar: Array<[CellInput, CellInput]>;
  /** Rows of the standar table (its capacity). */
  kapasitasStandar: number;
}

export const KAPASITAS_STANDAR = 10;

export function bacaSetelan(sheet: SheetSnapshot | undefined): SetelanUkpbj {
  const b = (label: string): number => (sheet ? cariLabel(sheet, label) : -1);
  const baris = {
    batalAnggaran: b(SETELAN_UKPBJ.batalAnggaran),
    efisiensiWajar: b(SETELAN_UKPBJ.efisiensiWajar),
    penawaranRendah: b(SETELAN_UKPBJ.penawaranRendah),
    standar: -1,
  };
  if (sheet) for (let r = 0; r < sheet.values.length && baris.standar < 0; r++) if (cocokHeader(sheet, r, SETELAN_UKPBJ.standarHeader)) baris.standar = r;
  const nilai = (r: number): CellInput => (sheet && r >= 0 ? nilaiDi(sheet, r, 1) : null);
  const angka = (r: number, bawaan: number): number => {
    const v = nilai(r);
    return typeof v === 'number' && isFinite(v) ? v : bawaan;
  };
  const standar: Array<[CellInput, CellInput]> = [];
  if (sheet && baris.standar >= 0) for (let i = 1; i <= KAPASITAS_STANDAR; i++) standar.push([nilaiDi(sheet, baris.standar + i, 0), nilaiDi(sheet, baris.standar + i, 1)]);
  return {
    baris,
    batalAnggaran: nilai(baris.batalAnggaran),
    efisiensiWajar: angka(baris.efisiensiWajar, 20),
    penawaranRendah: angka(baris.penawaranRendah, 80),
    standar,
    kapasitasStandar: KAPASITAS_STANDAR,
  };
}

// ---------------------------------------------------------------------------
// The whole of it

export interface ModelUkpbj {
  snapshot: WorkbookSnapshot;
  paketSheet?: SheetSnapshot;
  paket: TabelPaket | null;
  indikatorSheet?: SheetSnapshot;
  indikator: TabelIndikator | null;
  area: Area[];
  pengaturanSheet?: SheetSnapshot;
  setelan: SetelanUkpbj;
  masalah: MasalahUkpbj[];
}

export function bacaUkpbj(wb: WorkbookSnapshot): ModelUkpbj {
  const masalah: MasalahUkpbj[] = [];
  const paketSheet = getSheet(wb, LEMBAR_UKPBJ.PAKET);
  const indikatorSheet = getSheet(wb, LEMBAR_UKPBJ.INDIKATOR);
  const pengaturanSheet = getSheet(wb, SHEET.PENGATURAN);
  return {
    snapshot: wb,
    paketSheet,
    paket: bacaTabelPaket(paketSheet),
    indikatorSheet,
    indikator: bacaTabelIndikator(indikatorSheet, masalah),
    area: bacaArea(getSheet(wb, LEMBAR_UKPBJ.TUJUAN)),
    pengaturanSheet,
    setelan: bacaSetelan(pengaturanSheet),
    masalah,
  };
}

/** The indicators whose formula compiled, with a Kode, first of each Kode. */
export function indikatorSah(m: ModelUkpbj): BarisIndikator[] {
  const sudah = new Set<string>();
  const out: BarisIndikator[] = [];
  for (const b of m.indikator?.rows ?? []) {
    if (!b.kode || sudah.has(b.kunci)) continue;
    sudah.add(b.kunci);
    out.push(b);
  }
  return out;
}
