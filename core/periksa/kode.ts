/**
 * Kode and Indikator: every figure is found by Kode (kunciKode: spaces and case
 * ignored), so each PK indicator needs its own, and a RAPK row copied by hand
 * is a second row for the same indicator. A sasaran written without an
 * indicator has no NPS.
 */
import { kutip } from '../values';
import { a1 } from '../workbook';
import { SHEET } from '../layout';
import { TOMBOL_PERBARUI } from '../perbarui';
import { BarisLama } from '../model/tabel';
import { aturan } from './jenis';

export const aturanKode = aturan({
  nama: 'kode',
  kode: {
    'kode-kosong': { tingkat: 'Kesalahan', judul: 'Kode indikator kosong' },
    'indikator-kosong': { tingkat: 'Peringatan', judul: 'Nama indikator kosong' },
    'kode-ganda': { tingkat: 'Kesalahan', judul: 'Kode indikator ganda' },
    'sasaran-tanpa-indikator': { tingkat: 'Kesalahan', judul: 'Sasaran tanpa indikator' },
  },
  periksa(k, lapor) {
    const pk = k.pk;
    if (!pk) return;
    const kol = pk.tabel.kolom;
    const kk = kol.kode ?? 0;
    const sheet = pk.nama;
    const pertama = new Map<string, (typeof pk.baris)[number]>();
    pk.baris.forEach((row, i) => {
      const r = row.baris;
      if (!row.kode) {
        lapor({
          kode: 'kode-kosong',
          sheet,
          sel: a1(r, kk),
          pesan: `Indikator ${kutip(row.indikator)} tidak memiliki Kode.`,
          saran: `Isi kode unik di ${a1(r, kk)} (mis. IK${String(i + 1).padStart(2, '0')}): RAPK dan setiap lembar mencari isian menurut Kode, dan "${TOMBOL_PERBARUI}" menolak PK dengan Kode kosong.`,
        });
      } else if (!row.indikator) {
        lapor({
          kode: 'indikator-kosong',
          sheet,
          sel: a1(r, kol.indikator ?? 0),
          pesan: `Kode ${row.kode} tidak memiliki nama indikator.`,
          saran: `Tulis nama indikator di ${a1(r, kol.indikator ?? 0)}, atau hapus kode ${row.kode} bila barisnya tidak dipakai.`,
        });
      }
      if (!row.kunci) return;
      const lain = pertama.get(row.kunci);
      if (!lain) {
        pertama.set(row.kunci, row);
        return;
      }
      lapor({
        kode: 'kode-ganda',
        sheet,
        sel: a1(r, kk),
        pesan: `Kode ${kutip(row.kode)} di ${a1(r, kk)} sudah dipakai di ${a1(lain.baris, kk)} (indikator ${kutip(lain.indikator)}).`,
        saran: `Beri kode yang berbeda pada ${a1(r, kk)}: setiap indikator butuh kode unik agar realisasinya tidak tertukar; "${TOMBOL_PERBARUI}" menolak PK dengan kode ganda.`,
      });
    });

    for (const x of pk.sasaranTanpaIndikator) {
      lapor({
        kode: 'sasaran-tanpa-indikator',
        sheet,
        sel: a1(x.baris, kol.sasaran ?? 0),
        pesan: `Sasaran ${kutip(x.teks)} tidak memiliki indikator: NPS sasaran ini tidak dapat dihitung.`,
        saran: 'Isi Kode dan Indikator pada baris sasaran ini (atau baris di bawahnya dengan kolom Sasaran dikosongkan), atau hapus sasaran ini bila tidak dipakai.',
      });
    }

    // A RAPK row copied by hand: Perbarui keeps the first and archives the copy.
    const rapk = k.m.rapk;
    if (!rapk) return;
    const cK = rapk.kolom.Kode;
    const diRapk = new Map<string, BarisLama>();
    for (const row of rapk.rows) {
      if (!row.kunci) continue;
      const lain = diRapk.get(row.kunci);
      if (!lain) {
        diRapk.set(row.kunci, row);
        continue;
      }
      if (k.pkGanda.has(row.kunci)) continue; // the PK's own duplicate: reported there
      const nama = row.sel.Indikator?.nilai ?? lain.sel.Indikator?.nilai ?? '';
      lapor({
        kode: 'kode-ganda',
        sheet: rapk.nama,
        sel: a1(row.baris, cK),
        pesan: `Kode ${kutip(row.kunciTeks)} di ${a1(row.baris, cK)} sudah dipakai di ${a1(lain.baris, cK)} (indikator ${kutip(String(nama))}): RAPK memuat indikator ini dua kali.`,
        saran: `Hapus baris salinan ${row.baris + 1} atau ganti kodenya. Baris RAPK dicocokkan dengan PK menurut Kode: "${TOMBOL_PERBARUI}" hanya mempertahankan baris ${lain.baris + 1}, sedangkan salinan di baris ${row.baris + 1} dipindahkan ke lembar "${SHEET.RAPK_ARSIP}". Pindahkan dulu isian yang masih diperlukan ke baris ${lain.baris + 1}.`,
      });
    }
  },
});
