/**
 * The PK's other typed cells as the model read them: polaritas, pola target and
 * pagu that can't be used.
 */
import { isKError } from '../values';
import { a1 } from '../workbook';
import { sebut, tampil } from './alat';
import { aturan } from './jenis';

export const aturanPkIsian = aturan({
  nama: 'pk-isian',
  kode: {
    'polaritas-tidak-dikenal': { tingkat: 'Kesalahan', judul: 'Polaritas tidak dikenal' },
    'pola-tidak-dikenal': { tingkat: 'Kesalahan', judul: 'Pola target tidak dikenal' },
    'pagu-tidak-sah': { tingkat: 'Kesalahan', judul: 'Pagu bukan angka' },
  },
  periksa(k, lapor) {
    const pk = k.pk;
    if (!pk) return;
    const kol = pk.tabel.kolom;
    const sheet = pk.nama;
    const periode = k.m.pengaturan.periode;
    for (const row of pk.baris) {
      const r = row.baris;
      const nama = sebut(row.kode, row.indikator);
      if (isKError(row.urai.polaritas)) {
        const sel = a1(r, kol.polaritas ?? 0);
        lapor({
          kode: 'polaritas-tidak-dikenal',
          sheet,
          sel,
          pesan: `Polaritas ${tampil(row.polaritas)} indikator ${nama} tidak dikenal.`,
          saran: `Isi ${sel} dengan "positif" (makin tinggi makin baik), "negatif" (makin rendah makin baik), "negatif-rasio" atau "rentang"; kosong berarti positif.`,
        });
      }
      if (isKError(row.urai.pola)) {
        const sel = a1(r, kol.pola ?? 0);
        lapor({
          kode: 'pola-tidak-dikenal',
          sheet,
          sel,
          pesan: `Pola target ${tampil(row.pola)} indikator ${nama} tidak dikenal.`,
          saran: `Isi ${sel} dengan "akhir" (diukur pada akhir tahun), "tetap" (sama setiap periode) atau "kumulatif" (dibagi rata: ${periode.length > 1 ? `${periode[0]} = T/${periode.length}, …, ` : ''}${periode[periode.length - 1]} = T).`,
        });
      }
      if (k.bermasalahPk(row, 'pagu')) {
        const sel = a1(r, kol.pagu ?? 0);
        lapor({
          kode: 'pagu-tidak-sah',
          sheet,
          sel,
          pesan: `Pagu ${tampil(row.pagu)} pada indikator ${nama} ${typeof row.urai.pagu === 'number' ? 'negatif' : 'bukan angka'}: Pagu dan serapan sasaran ini di lembar Anggaran dan Efisiensi tidak dapat dihitung.`,
          saran: `Ketik pagu dalam rupiah di ${sel}, mis. 1.384.303.000 atau Rp1.384.303.000,-.`,
        });
      }
    }
  },
});
