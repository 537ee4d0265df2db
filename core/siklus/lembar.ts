/**
 * The sheets of the monthly cycle (SOP 000 B.1–B.7, SOP 003 steps 3–5) and
 * their layouts: the units' isian sheets, the Riwayat log and the Berita Acara
 * Validasi. Every one is read back by its labels and header rows, never by
 * fixed addresses.
 */
import { CellInput, bakuTeks } from '../values';
import { rapkBlok, rapkNpsHeader, rapkTargetHeader } from '../layout';
import { WriteValue } from '../workbook';

export const LEMBAR_SIKLUS = {
  RIWAYAT: 'Riwayat',
  BA: 'Berita Acara Validasi',
} as const;

/** "Isian – Bagian Umum": a unit's sheet. Read back by the prefix (any dash) and its own Penanggung jawab cell. */
export const AWALAN_ISIAN = 'Isian – ';
export const RE_NAMA_ISIAN = /^isian\s*[–—-]\s*/i;

/** Where a unit's isian sheet says whose it is (label in column A, name in column B). */
export const LABEL_UNIT = 'Penanggung jawab';
export const LABEL_PERIODE_ISIAN = 'Periode';

/** Columns of an isian sheet: what is given, then the inputs (from Realisasi on). */
export const ISIAN_KOLOM = ['Kode', 'Indikator', 'Satuan', 'Periode', 'Target', 'Realisasi', 'Pembilang (a)', 'Penyebut (b)', 'Keterangan', 'Data dukung (tautan)'] as const;
export type KolomIsian = (typeof ISIAN_KOLOM)[number];
/** The first input column (Realisasi … Data dukung are typed by the unit). */
export const ISIAN_INPUT_AWAL = ISIAN_KOLOM.indexOf('Realisasi');
/** Rows of an isian sheet: title, unit, periods, help, header, then data. */
export const ISIAN_BARIS_HEADER = 4;

/** The three figures a unit reports per indicator and period, and their RAPK header. */
export type JenisAngka = 'pembilang' | 'penyebut' | 'realisasi';
export const JENIS_ANGKA: readonly JenisAngka[] = ['pembilang', 'penyebut', 'realisasi'];
export const KOLOM_ISIAN_ANGKA: Record<JenisAngka, KolomIsian> = { pembilang: 'Pembilang (a)', penyebut: 'Penyebut (b)', realisasi: 'Realisasi' };
export function headerRapk(jenis: JenisAngka, periode: string): string {
  const [a, b, r] = rapkBlok(periode);
  return jenis === 'pembilang' ? a : jenis === 'penyebut' ? b : r;
}

/** The RAPK columns a validated period locks: its target, its five-column block and its NPS. */
export function headerPeriode(periode: string): string[] {
  return [rapkTargetHeader(periode), ...rapkBlok(periode), rapkNpsHeader(periode)];
}

export const RIWAYAT_KOLOM = ['Waktu', 'Jenis', 'Sumber', 'Lembar', 'Sel', 'Kode', 'Periode', 'Kolom', 'Nilai lama', 'Nilai baru', 'Keterangan', 'Data dukung', 'Rujukan'] as const;
export const RIWAYAT_JUDUL = 'Riwayat perubahan data kinerja';
export const RIWAYAT_CATATAN =
  'Ditulis oleh Kinerja: setiap angka yang digabungkan atau diubah, validasi, koreksi dan buka kunci periode. Kinerja hanya menambah baris di bawah; jangan mengubah atau menghapus baris.';
export const RIWAYAT_BARIS_HEADER = 2;

/** What a Riwayat row records. */
export const JENIS_RIWAYAT = {
  gabung: 'Gabung',
  keterangan: 'Keterangan',
  pakaiIsian: 'Konflik: nilai isian dipakai',
  pertahankan: 'Konflik: nilai RAPK dipertahankan',
  validasi: 'Validasi',
  koreksi: 'Koreksi',
  bukaKunci: 'Buka kunci',
  ambil: 'Ambil isian',
} as const;

/** The Berita Acara Validasi: one block per validation, appended below the ones before. */
export const BA_JUDUL = 'BERITA ACARA PERNYATAAN VALIDASI DATA KINERJA';
export const BA_LABEL = {
  nomor: 'Nomor',
  periode: 'Periode',
  tanggal: 'Tanggal',
  sidik: 'Sidik jari (SHA-256)',
} as const;
export const BA_VALIDATOR_KOLOM = ['No', 'Nama', 'NIP', 'Jabatan', 'Tanda tangan'] as const;
export const BA_INDIKATOR_KOLOM = ['No', 'Kode', 'Indikator', 'Satuan', 'Penanggung jawab', 'Target', 'Realisasi', 'Capaian', 'Kriteria'] as const;
export const BA_KOREKSI_JUDUL = 'Koreksi atas periode sebelumnya (SOP 000 B.7):';
export const BA_KOREKSI_KOLOM = ['No', 'Kode', 'Periode', 'Nilai tervalidasi', 'Nilai koreksi', 'Justifikasi'] as const;
export const BA_LEBAR = BA_INDIKATOR_KOLOM.length;

const TERLARANG = /[[\]:*?/\\]/g;

/** The sheet name of a unit's isian: "Isian – ‹unit›", within Excel's 31 characters and its forbidden characters, unique among `dipakai`. */
export function namaLembarIsian(unit: string, dipakai: ReadonlySet<string>): string {
  const bersih = unit.replace(TERLARANG, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Tanpa nama';
  const dasar = `${AWALAN_ISIAN}${bersih}`;
  const coba = (nama: string): boolean => !dipakai.has(nama.toLowerCase());
  if (dasar.length <= 31 && coba(dasar)) return dasar;
  for (let i = 1; i < 1000; i++) {
    const akhir = i === 1 ? '' : ` (${i})`;
    const nama = `${dasar.slice(0, 31 - akhir.length).trimEnd()}${akhir}`;
    if (coba(nama)) return nama;
  }
  return dasar.slice(0, 31);
}

/** A free sheet name "‹nama› ‹akhiran›" within 31 characters. */
export function namaBebas(nama: string, akhiran: string, dipakai: ReadonlySet<string>): string {
  for (let i = 1; i < 1000; i++) {
    const a = i === 1 ? ` ${akhiran}` : ` ${akhiran} ${i}`;
    const n = `${nama.slice(0, 31 - a.length).trimEnd()}${a}`;
    if (!dipakai.has(n.toLowerCase())) return n;
  }
  return nama;
}

export function kunciUnit(unit: CellInput): string {
  return bakuTeks(unit);
}

/** A text written so every host keeps it as text. */
export type { WriteValue };
