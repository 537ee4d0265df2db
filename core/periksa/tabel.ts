/**
 * The workbook's tables: a PK to check at all, and the header rows every sheet
 * is read by (tables are found by their header, never by fixed addresses).
 */
import { kutip } from '../values';
import { LEMBAR_UKPBJ } from '../ukpbj/kolom';
import { SHEET } from '../layout';
import { a1, sheetRef } from '../workbook';
import { TOMBOL_PERBARUI } from '../perbarui';
import { aturan } from './jenis';

export const aturanTabel = aturan({
  nama: 'tabel',
  kode: {
    'pk-tidak-ada': { tingkat: 'Info', judul: 'Lembar PK belum ada' },
    'pk-kosong': { tingkat: 'Info', judul: 'PK belum berisi indikator' },
    'tabel-tanpa-header': { tingkat: 'Kesalahan', judul: 'Baris judul tabel tidak ditemukan' },
    'kolom-tidak-ada': { tingkat: 'Kesalahan', judul: 'Kolom wajib tidak ada' },
  },
  periksa(k, lapor) {
    const { m } = k;
    // A workbook of UKPBJ sheets only (Sisipkan templat UKPBJ) has no PK by design: nothing to say.
    const hanyaUkpbj = !m.pkSheet && m.snapshot.sheets.some((x) => x.name === LEMBAR_UKPBJ.PAKET || x.name === LEMBAR_UKPBJ.INDIKATOR);
    if (!m.pkSheet && !hanyaUkpbj) {
      lapor({
        kode: 'pk-tidak-ada',
        sheet: SHEET.PK,
        sel: 'A1',
        pesan: 'Lembar "PK" (Perjanjian Kinerja) tidak ditemukan, sehingga target, kode dan bobot indikator tidak dapat diperiksa.',
        saran: 'Klik "Sisipkan templat" untuk membuat lembar PK, lalu isi sasaran, indikator dan targetnya; atau ganti nama lembar Perjanjian Kinerja Anda menjadi "PK".',
      });
    }
    for (const t of m.tanpaTabel) {
      const pk = t.nama.toLowerCase() === SHEET.PK.toLowerCase();
      const judul = t.wajib.map((w) => `"${w}"`).join(' dan ');
      if (pk && t.kosong) {
        lapor({ kode: 'pk-kosong', sheet: t.nama, sel: 'A1', pesan: `Lembar ${kutip(t.nama)} masih kosong.`, saran: 'Klik "Sisipkan templat" (bila lembar PK belum berisi apa pun, hapus dulu lembar kosong ini), lalu isi sasaran, indikator dan target Perjanjian Kinerja.' });
      } else if (pk) {
        lapor({
          kode: 'tabel-tanpa-header',
          sheet: t.nama,
          sel: 'A1',
          pesan: `Lembar ${kutip(t.nama)} tidak memiliki baris judul dengan kolom ${judul} (dicari di 10 baris teratas), sehingga indikatornya tidak dapat dibaca.`,
          saran: 'Tulis baris judul PK (No, Perspektif, Sasaran, Kode, Indikator, IKU, Bobot, Satuan, Polaritas, Target, Pola target, Pagu) di atas indikator, atau salin indikator ke lembar PK dari "Sisipkan templat".',
        });
      } else if (!t.kosong) {
        lapor({
          kode: 'tabel-tanpa-header',
          sheet: t.nama,
          sel: 'A1',
          pesan: `Lembar ${kutip(t.nama)} berisi data, tetapi baris judul tabelnya (kolom ${judul}) tidak ditemukan di 10 baris teratas: lembar ini tidak dapat diperiksa, dan "${TOMBOL_PERBARUI}" akan menolak menulis ke lembar ini.`,
          saran: `Kembalikan baris judul tabelnya; atau bila lembar ini milik Anda sendiri, ganti namanya agar "${TOMBOL_PERBARUI}" membuat lembar ${kutip(t.nama)} yang baru.`,
        });
      }
    }
    const pk = m.pk;
    if (!pk) return;
    const h = pk.tabel.headerRow;
    if (pk.tabel.kolom.target === undefined) {
      lapor({
        kode: 'kolom-tidak-ada',
        sheet: pk.nama,
        sel: a1(h, 0),
        pesan: `Baris judul PK (baris ${h + 1}) tidak memiliki kolom "Target": capaian tidak dapat dihitung tanpa target.`,
        saran: 'Tambahkan kolom berjudul "Target" dan isi target tahunan setiap indikator.',
      });
    }
    if (pk.baris.length === 0) {
      lapor({
        kode: 'pk-kosong',
        sheet: pk.nama,
        sel: a1(h + 1, pk.tabel.kolom.kode ?? 0),
        pesan: `Tabel PK di ${sheetRef(pk.nama)} belum berisi indikator.`,
        saran: `Isi Kode, Indikator dan Target setiap indikator di bawah baris judul, lalu klik "${TOMBOL_PERBARUI}".`,
      });
    }
  },
});
