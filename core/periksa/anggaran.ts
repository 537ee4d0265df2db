/**
 * Anggaran dan Efisiensi: Realisasi Anggaran is typed there, per sasaran; Pagu
 * is the sum of the pagu typed on the sasaran's PK rows (a pagu the PK can't
 * read is said at the PK).
 */
import { kutip, parseCell } from '../values';
import { a1 } from '../workbook';
import { TOMBOL_PERBARUI } from '../perbarui';
import { dua, tampil } from './alat';
import { aturan } from './jenis';

export const aturanAnggaran = aturan({
  nama: 'anggaran',
  kode: {
    'anggaran-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Realisasi anggaran bukan angka' },
    'anggaran-negatif': { tingkat: 'Kesalahan', judul: 'Realisasi anggaran negatif' },
    'pagu-kosong': { tingkat: 'Kesalahan', judul: 'Pagu kosong atau 0 padahal ada realisasi' },
    'anggaran-lebih-pagu': { tingkat: 'Kesalahan', judul: 'Realisasi anggaran melebihi pagu' },
  },
  periksa(k, lapor) {
    const t = k.m.anggaran;
    if (!t) return;
    const cR = t.kolom['Realisasi Anggaran'];
    const cP = t.kolom.Pagu;
    if (cR === undefined) return;
    const pk = k.pk;
    for (const row of t.rows) {
      const sR = row.sel['Realisasi Anggaran'];
      const sP = row.sel.Pagu;
      const re = parseCell(sR?.nilai ?? null);
      const pg = parseCell(sP?.nilai ?? null);
      const nama = `sasaran ${kutip(row.kunciTeks)}`;
      const selR = a1(row.baris, cR);
      if (re.kind === 'text' || re.kind === 'error') {
        lapor({
          kode: 'anggaran-tidak-terbaca',
          sheet: t.nama,
          sel: selR,
          pesan: `Realisasi anggaran ${nama} ${tampil(sR?.nilai ?? null)} bukan angka rupiah: serapan dan efisiensinya tidak dapat dihitung.`,
          saran: `Ketik angka rupiah di ${selR}, mis. 1.384.303.000 atau Rp1.384.303.000,-.`,
        });
        continue;
      }
      if (re.kind !== 'number') continue;
      if (re.value < 0) {
        lapor({ kode: 'anggaran-negatif', sheet: t.nama, sel: selR, pesan: `Realisasi anggaran ${nama} ${tampil(sR?.nilai ?? null)} negatif.`, saran: `Ketik jumlah rupiah yang dibelanjakan (tidak negatif) di ${selR}.` });
        continue;
      }
      if (cP === undefined) continue;
      if (pg.kind === 'blank' || (pg.kind === 'number' && pg.value === 0)) {
        // Pagu comes from the PK: the sasaran's first row there.
        const b = pk?.baris.find((x) => (x.sasaran || `(tanpa sasaran: ${x.kode})`).trim().toLowerCase().replace(/\s+/g, ' ') === row.kunci);
        const diPk = b && pk && pk.tabel.kolom.pagu !== undefined;
        lapor({
          kode: 'pagu-kosong',
          sheet: diPk ? pk!.nama : t.nama,
          sel: diPk ? a1(b!.baris, pk!.tabel.kolom.pagu as number) : a1(row.baris, cP),
          pesan: `Pagu ${nama} ${pg.kind === 'blank' ? 'kosong' : 'bernilai 0'}, padahal realisasi anggarannya ${tampil(sR?.nilai ?? null)} (${t.nama} ${selR}): serapan tidak dapat dihitung.`,
          saran: diPk
            ? `Isi pagu (DIPA) sasaran ini di ${a1(b!.baris, pk!.tabel.kolom.pagu as number)} pada lembar PK, lalu klik "${TOMBOL_PERBARUI}": kolom Pagu di ${t.nama} disalin dari PK.`
            : `Isi pagu (DIPA) sasaran ini di kolom Pagu lembar PK, lalu klik "${TOMBOL_PERBARUI}".`,
        });
        continue;
      }
      if (pg.kind === 'number' && pg.value > 0 && re.value > pg.value) {
        lapor({
          kode: 'anggaran-lebih-pagu',
          sheet: t.nama,
          sel: selR,
          pesan: `Realisasi anggaran ${nama} ${tampil(sR?.nilai ?? null)} melebihi pagu ${tampil(sP?.nilai ?? null)} (serapan ${dua((re.value / pg.value) * 100)}%).`,
          saran: `Periksa angka di ${selR} dan pagu sasaran ini di lembar PK: realisasi tidak boleh melebihi pagu. Mungkin salah ketik digit, atau pagu di PK belum memuat revisi DIPA.`,
        });
      }
    }
  },
});
