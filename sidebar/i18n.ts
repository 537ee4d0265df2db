/**
 * Every string the sidebar shows, in one place. Bahasa Indonesia first,
 * English second. Domain words (PK, RAPK, realisasi, sasaran, LAKIP) stay
 * Indonesian in both locales.
 */
import type { Tingkat } from './bridge';

export type Bahasa = 'id' | 'en';

export interface Teks {
  subjudul: string;

  templatJudul: string;
  templatDesk: string;
  contohLabel: string;
  templatTombol: string;

  rapkJudul: string;
  rapkDesk: string;
  rapkTombol: string;

  laporanJudul: string;
  laporanDesk: string;
  laporanTombol: string;
  unduhBab3Tombol: string;
  /** Where the .docx can be had when this pane cannot download it. */
  unduhBab3Tidak(host: string): string;

  ukpbjJudul: string;
  ukpbjDesk: string;
  ukpbjContoh: string;
  ukpbjTombol: string;
  imporLabel: string;
  imporTombol: string;

  periksaJudul: string;
  periksaDesk: string;
  periksaTombol: string;
  periksaUlangTombol: string;
  /** The workbook changed after the Periksa list was made. */
  usang: string;

  memproses: string;
  selesai: string;
  gagal: string;
  catatan: string;

  /** Prefix for an error message that does not read as Indonesian. */
  galatAwalan: string;
  galatTakDikenal: string;

  tingkat: Record<Tingkat, string>;
  saran: string;
  saringLabel: string;
  saringJudul(tingkat: string): string;
  saringAktif(tingkat: string): string;
  tampilkanSemua: string;
  kosongSaring: string;
  jumlahTemuan(n: number): string;
  pilihSel(alamat: string): string;
  periksaSelesai(j: Record<Tingkat, number>): string;

  bersihJudul: string;
  bersihDesk: string;

  versi(v: string): string;

  /** The monthly cycle's card (sidebar/siklus.ts). */
  siklus: TeksSiklus;
}

/**
 * The cycle's card. Its button words are the user interface of the SOP's
 * steps and stay Indonesian in both locales (core/siklus/isian.ts TOMBOL).
 */
export interface TeksSiklus {
  judul: string;
  desk: string;
  statusJudul: string;
  periode: string;
  unit: string;
  status: Record<'sudah lengkap' | 'sebagian' | 'belum', string>;
  keadaan: Record<'terbuka' | 'divalidasi' | 'nanti' | 'dibuka', string>;
  siapValidasi: string;
  penghalang: string;
  belumLapor: string;
  konflikJudul(n: number): string;
  pertahankan(nilai: string): string;
  pakai(sumber: string, nilai: string): string;
  terapkanPilihan: string;
  validasiJudul: string;
  validasiDesk: string;
  pilihPeriode: string;
  muatStatusDulu: string;
  validator: string;
  nama: string;
  nip: string;
  jabatan: string;
  tambahValidator: string;
  sidik: string;
  temuanJudul: string;
  koreksiJudul: string;
  koreksiDesk: string;
  indikator: string;
  nilaiKoreksi: string;
  justifikasi: string;
  bukaJudul: string;
  alasan: string;
  berkas: string;
  koreksiTercatat: string;
}

const siklusId: TeksSiklus = {
  judul: 'Pengumpulan dan validasi',
  desk: 'Setiap Bagian / Tim Kerja mengisi lembar isiannya; Tim Manajemen Kinerja menggabungkan ke RAPK, memvalidasi per periode dan membuat Berita Acara (SOP 000 bagian B). Semua perubahan tercatat di lembar Riwayat.',
  statusJudul: 'Status pengumpulan',
  periode: 'Periode',
  unit: 'Unit',
  status: { 'sudah lengkap': 'sudah lengkap', sebagian: 'sebagian', belum: 'belum' },
  keadaan: { terbuka: 'terbuka', divalidasi: 'divalidasi', nanti: 'belum dikumpulkan', dibuka: 'dibuka kembali' },
  siapValidasi: 'Siap divalidasi.',
  penghalang: 'Menghalangi validasi:',
  belumLapor: 'Belum lengkap',
  konflikJudul: (n) => `${n} konflik: pilih angka yang dipakai`,
  pertahankan: (v) => `Pertahankan RAPK: ${v}`,
  pakai: (s, v) => `Pakai isian ${s}: ${v}`,
  terapkanPilihan: 'Terapkan pilihan',
  validasiJudul: 'Validasi, koreksi, buka kunci',
  validasiDesk: 'Validasi mengunci sel periode itu di RAPK dan menambah Berita Acara dengan sidik jari angka yang divalidasi.',
  pilihPeriode: 'Periode',
  muatStatusDulu: 'Memuat daftar periode…',
  validator: 'Validator',
  nama: 'Nama',
  nip: 'NIP',
  jabatan: 'Jabatan',
  tambahValidator: 'Tambah validator',
  sidik: 'Sidik jari',
  temuanJudul: 'Kesalahan pada data periode ini',
  koreksiJudul: 'Koreksi angka tervalidasi',
  koreksiDesk: 'Dicatat pada periode berikutnya dengan justifikasi (SOP 000 B.7); Berita Acara periode itu tetap.',
  indikator: 'Indikator',
  nilaiKoreksi: 'Realisasi yang benar',
  justifikasi: 'Justifikasi (wajib)',
  bukaJudul: 'Buka kunci periode',
  alasan: 'Alasan (wajib, dicatat di Riwayat)',
  berkas: 'Pilih berkas .xlsx kiriman unit',
  koreksiTercatat: 'Koreksi tercatat',
};

const siklusEn: TeksSiklus = {
  judul: 'Collection and validation',
  desk: 'Each unit fills in its own isian sheet; the performance team merges them into the RAPK, validates each period and signs a Berita Acara (SOP 000 part B). Every change is logged in the Riwayat sheet.',
  statusJudul: 'Collection status',
  periode: 'Period',
  unit: 'Unit',
  status: { 'sudah lengkap': 'complete', sebagian: 'partial', belum: 'not yet' },
  keadaan: { terbuka: 'open', divalidasi: 'validated', nanti: 'not collected yet', dibuka: 'reopened' },
  siapValidasi: 'Ready to validate.',
  penghalang: 'Blocking validation:',
  belumLapor: 'Incomplete',
  konflikJudul: (n) => (n === 1 ? '1 conflict: choose the figure to use' : `${n} conflicts: choose the figures to use`),
  pertahankan: (v) => `Keep the RAPK's: ${v}`,
  pakai: (s, v) => `Use ${s}: ${v}`,
  terapkanPilihan: 'Apply choices',
  validasiJudul: 'Validate, correct, unlock',
  validasiDesk: "Validation locks that period's RAPK cells and appends a Berita Acara with a fingerprint of the validated figures.",
  pilihPeriode: 'Period',
  muatStatusDulu: 'Loading the periods…',
  validator: 'Validator',
  nama: 'Name',
  nip: 'NIP',
  jabatan: 'Position',
  tambahValidator: 'Add validator',
  sidik: 'Fingerprint',
  temuanJudul: "Errors in this period's data",
  koreksiJudul: 'Correct a validated figure',
  koreksiDesk: "Recorded in the next period with a justification (SOP 000 B.7); that period's Berita Acara stays.",
  indikator: 'Indicator',
  nilaiKoreksi: 'Correct realisasi',
  justifikasi: 'Justification (required)',
  bukaJudul: 'Unlock a period',
  alasan: 'Reason (required, logged in Riwayat)',
  berkas: "Choose the unit's returned .xlsx",
  koreksiTercatat: 'Recorded corrections',
};

const id: Teks = {
  subjudul: 'Perencanaan dan pengukuran kinerja (SAKIP)',

  templatJudul: 'Templat lembar kerja',
  templatDesk: 'Menambahkan lembar PK dan Pengaturan (periode, kriteria, skala). Dengan contoh, juga RAPK dan lembar kerja 2019.',
  contohLabel: 'Isi dengan contoh LAKIP 2019 (BPOM Sekretariat Utama)',
  templatTombol: 'Sisipkan templat',

  rapkJudul: 'RAPK dan lembar kerja',
  rapkDesk: 'Membuat atau memperbarui RAPK (tempat realisasi diketik per periode), Pengukuran, Anggaran dan Efisiensi, dan Renstra, sebanyak indikator PK. Isian yang sudah diketik tetap; yang tidak tertampung disimpan di RAPK Arsip.',
  rapkTombol: 'Perbarui dari PK',

  laporanJudul: 'Laporan kinerja (Bab III)',
  laporanDesk:
    'Menulis lembar Laporan untuk Periode laporan di Pengaturan: ringkasan (NPS, sebaran kriteria, Ringkasan Eksekutif, saran), tabel capaian, NPS, serapan dan efisiensi, perbandingan dengan tahun lalu dan target Renstra, dan grafik. Angkanya diambil dari lembar kerja; lembar Laporan ditulis ulang setiap kali diklik.',
  laporanTombol: 'Buat Laporan',
  unduhBab3Tombol: 'Unduh Bab III (.docx)',
  unduhBab3Tidak: (host) =>
    `Bab III dalam format Word (.docx) diunduh dari buku kerja peramban Kinerja; panel ${host} belum menyediakannya. Simpan buku kerja ini sebagai .xlsx, buka di halaman Kinerja (Buka .xlsx), lalu klik Unduh Bab III (.docx).`,

  ukpbjJudul: 'Kinerja UKPBJ (pengadaan)',
  ukpbjDesk:
    'Menyisipkan lembar Tujuan & Area, Indikator UKPBJ (rumus tiap indikator sebagai data; indikator umum sebagai contoh yang boleh diubah), Target, Rencana Aksi dan Paket (template data kinerja per paket), lalu menghitung Kinerja Paket, Paket per Indikator dan Capaian UKPBJ dengan rumus bawaan lembar kerja. Klik lagi setelah paket atau indikator berubah: lembar isian tidak diubah, lembar hitung ditulis ulang.',
  ukpbjContoh: 'Isi dengan contoh rekaan (60 paket Kabupaten Contoh)',
  ukpbjTombol: 'Sisipkan templat UKPBJ',
  imporLabel: 'Tempel ekspor SPSE/ISB atau SiRUP (JSON, CSV, atau sel yang disalin dari spreadsheet, dengan baris judul kolom), atau daftar paket LPSE:',
  imporTombol: 'Impor paket',

  periksaJudul: 'Periksa buku kerja',
  periksaDesk: 'Mencari target kosong, satuan yang tidak cocok, kriteria yang keliru, dan masalah lain.',
  periksaTombol: 'Periksa',
  periksaUlangTombol: 'Periksa ulang',
  usang: 'Buku kerja berubah sejak diperiksa — klik Periksa ulang.',

  memproses: 'Sedang memproses…',
  selesai: 'Selesai.',
  gagal: 'Tidak berhasil.',
  catatan: 'Catatan',

  galatAwalan: 'Terjadi kesalahan:',
  galatTakDikenal: 'Terjadi kesalahan yang tidak diketahui. Coba lagi.',

  tingkat: { Kesalahan: 'Kesalahan', Peringatan: 'Peringatan', Info: 'Info' },
  saran: 'Saran:',
  saringLabel: 'Jumlah temuan per tingkat; klik untuk menyaring',
  saringJudul: (t) => `Tampilkan hanya ${t}`,
  saringAktif: (t) => `Hanya ${t} yang ditampilkan.`,
  tampilkanSemua: 'Tampilkan semua',
  kosongSaring: 'Tidak ada temuan pada tingkat ini.',
  jumlahTemuan: (n) => `${n} temuan`,
  pilihSel: (a) => `Buka sel ${a}`,
  periksaSelesai: (j) => `Pemeriksaan selesai: ${j.Kesalahan} kesalahan, ${j.Peringatan} peringatan, ${j.Info} info.`,

  bersihJudul: 'Tidak ada masalah',
  bersihDesk: 'Semua pemeriksaan lolos. Data siap dipakai untuk pengukuran dan laporan kinerja.',

  versi: (v) => `Kinerja versi ${v}`,

  siklus: siklusId,
};

const en: Teks = {
  subjudul: 'Performance planning and measurement (SAKIP)',

  templatJudul: 'Worksheet templates',
  templatDesk: 'Adds the PK and Pengaturan sheets (period, kriteria, scales). With the example, also the 2019 RAPK and views.',
  contohLabel: 'Fill with the 2019 LAKIP example (BPOM Sekretariat Utama)',
  templatTombol: 'Insert templates',

  ukpbjJudul: 'UKPBJ performance (procurement)',
  ukpbjDesk:
    "Inserts the sheets Tujuan & Area, Indikator UKPBJ (each indicator's formula as data; typical indicators as editable presets), Target, Rencana Aksi and Paket (the per-package data template), then computes Kinerja Paket, Paket per Indikator and Capaian UKPBJ with native formulas. Click again after packages or indicators change: typed sheets are kept, computed sheets rewritten.",
  ukpbjContoh: 'Fill with a made-up example (60 packages, Kabupaten Contoh)',
  ukpbjTombol: 'Insert UKPBJ template',
  imporLabel: 'Paste an SPSE/ISB or SiRUP export (JSON, CSV, or cells copied from a spreadsheet, with a header row), or an LPSE package list:',
  imporTombol: 'Import packages',

  rapkJudul: 'RAPK and views',
  rapkDesk: 'Creates or updates the RAPK (where realisasi are typed, per period), Pengukuran, Anggaran dan Efisiensi and Renstra, one row per PK indicator. Typed figures are kept; what no longer fits goes to RAPK Arsip.',
  rapkTombol: 'Update from PK',

  laporanJudul: 'Performance report (Chapter III)',
  laporanDesk:
    "Writes the Laporan sheet for Pengaturan's reporting period: summary (NPS, kriteria bands, executive summary, advice), tables of capaian, NPS, budget absorption and efficiency, comparisons with last year and the Renstra target, and charts. Its figures come from the views; the sheet is written again on each click.",
  laporanTombol: 'Create report',
  unduhBab3Tombol: 'Download Chapter III (.docx)',
  unduhBab3Tidak: (host) =>
    `The Word (.docx) chapter is downloaded from Kinerja's browser workbook; the ${host} pane does not offer it yet. Save this workbook as .xlsx, open it on the Kinerja page (Buka .xlsx), then click Download Chapter III (.docx).`,

  periksaJudul: 'Check the workbook',
  periksaDesk: 'Looks for missing targets, mismatched units, wrong kriteria and other problems.',
  periksaTombol: 'Check',
  periksaUlangTombol: 'Check again',
  usang: 'The workbook changed since it was checked — click Check again.',

  memproses: 'Working…',
  selesai: 'Done.',
  gagal: 'Not completed.',
  catatan: 'Notes',

  galatAwalan: 'An error occurred:',
  galatTakDikenal: 'An unknown error occurred. Please try again.',

  tingkat: { Kesalahan: 'Error', Peringatan: 'Warning', Info: 'Info' },
  saran: 'Suggestion:',
  saringLabel: 'Findings per level; click to filter',
  saringJudul: (t) => `Show only ${t}`,
  saringAktif: (t) => `Showing ${t} only.`,
  tampilkanSemua: 'Show all',
  kosongSaring: 'No findings at this level.',
  jumlahTemuan: (n) => (n === 1 ? '1 finding' : `${n} findings`),
  pilihSel: (a) => `Go to cell ${a}`,
  periksaSelesai: (j) => `Check finished: ${j.Kesalahan} errors, ${j.Peringatan} warnings, ${j.Info} info.`,

  bersihJudul: 'No problems found',
  bersihDesk: 'Every check passed. The data are ready for measurement and the performance report.',

  versi: (v) => `Kinerja version ${v}`,

  siklus: siklusEn,
};

export const TEKS: Record<Bahasa, Teks> = { id, en };

export function teks(bahasa?: Bahasa): Teks {
  return bahasa === 'en' ? TEKS.en : TEKS.id;
}
