/**
 * The PK target, as the model read it (TargetPk): missing or 0, unreadable, a
 * percent stored as a fraction of 1, a label against a numeric satuan, and the
 * shapes a polaritas or a pola needs (a band for "rentang", a number for
 * "kumulatif"). Everything built from an unusable target is skipped by the
 * other rules (konteks.bermasalahPk), so the cause is said once, here.
 */
import { bakuTeks, formatAngka, kutip } from '../values';
import { a1 } from '../workbook';
import { contohLabel, satuanPersen, sebut, tampil } from './alat';
import { aturan } from './jenis';

export const aturanTarget = aturan({
  nama: 'pk-target',
  kode: {
    'target-kosong': { tingkat: 'Kesalahan', judul: 'Target kosong atau 0' },
    'target-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Target bukan angka, rentang atau label' },
    'target-pecahan': { tingkat: 'Peringatan', judul: 'Target persen tersimpan sebagai pecahan' },
    'target-format-persen': { tingkat: 'Info', judul: 'Target tampil ×100 karena format persen' },
    'target-label-satuan': { tingkat: 'Peringatan', judul: 'Label target tidak cocok dengan satuan' },
    'polaritas-rentang': { tingkat: 'Kesalahan', judul: 'Polaritas rentang tanpa target rentang' },
    'pola-target-bukan-angka': { tingkat: 'Kesalahan', judul: 'Pola kumulatif dengan target bukan angka' },
  },
  periksa(k, lapor) {
    const pk = k.pk;
    if (!pk) return;
    const kol = pk.tabel.kolom;
    const cT = kol.target;
    const sheet = pk.nama;
    for (const row of pk.baris) {
      const r = row.baris;
      const nama = sebut(row.kode, row.indikator);
      const t = row.urai.target;
      if (cT !== undefined) {
        const sel = a1(r, cT);
        switch (t.jenis) {
          case 'kosong':
            lapor({ kode: 'target-kosong', sheet, sel, pesan: `Target indikator ${nama} kosong.`, saran: `Isi target tahunan di ${sel} sesuai Perjanjian Kinerja: tanpa target, capaian tidak dapat dihitung (#DIV/0!).` });
            break;
          case 'galat':
            lapor({ kode: 'target-tidak-terbaca', sheet, sel, pesan: `Target indikator ${nama} berisi galat ${tampil(row.target)}.`, saran: `Perbaiki rumus atau sel sumber di ${sel}, atau ketik target sebagai angka.` });
            break;
          case 'teks':
            lapor({
              kode: 'target-tidak-terbaca',
              sheet,
              sel,
              pesan: `Target ${kutip(t.teks)} indikator ${nama} tidak terbaca: ${t.galat.message}.`,
              saran: `Ketik di ${sel} sebuah angka (mis. 54,3), rentang (mis. 80–90) atau label skala (${contohLabel(k.aturan)}).`,
            });
            break;
          case 'angka': {
            if (t.nilai === 0) {
              lapor({ kode: 'target-kosong', sheet, sel, pesan: `Target indikator ${nama} bernilai 0.`, saran: `Isi target yang sebenarnya (bukan 0) di ${sel}: capaian = realisasi / target × 100 tidak dapat dibagi 0.` });
              break;
            }
            const pecahan = k.targetPecahan(row);
            const kali = formatAngka(t.nilai * 100);
            if (pecahan === 'format') {
              lapor({
                kode: 'target-pecahan',
                sheet,
                sel,
                pesan: `Target indikator ${nama} di ${sel} berformat persen: tampil ${kali}% tetapi nilainya ${formatAngka(t.nilai)}, sedangkan realisasi dihitung dalam poin persen.`,
                saran: `Ketik ${kali} di ${sel} dan ubah format selnya menjadi angka biasa, agar target dan realisasi dalam satuan yang sama.`,
              });
            } else if (pecahan === 'satuan') {
              lapor({
                kode: 'target-pecahan',
                sheet,
                sel,
                pesan: `Target ${formatAngka(t.nilai)} indikator ${nama} bersatuan ${kutip(row.satuan)} tampaknya pecahan (${kali}%): sel mungkin berisi angka berformat persen.`,
                saran: `Bila maksudnya ${kali}%, ketik ${kali} di ${sel} dengan format angka biasa; bila memang ${formatAngka(t.nilai)}%, abaikan peringatan ini.`,
              });
            } else if (pecahan === 'format-besar') {
              // 100 typed into a percent-formatted cell: the value is right, only the display says 10.000%.
              lapor({
                kode: 'target-format-persen',
                sheet,
                sel,
                pesan: `Target indikator ${nama} di ${sel} tampil ${kali}% karena selnya berformat persen; Kinerja membaca nilainya ${formatAngka(t.nilai)} (poin persen), jadi angkanya sudah benar.`,
                saran: `Ubah format sel ${sel} menjadi angka biasa agar tampil ${formatAngka(t.nilai)}; target tidak perlu diketik ulang.`,
              });
            }
            break;
          }
          case 'label': {
            const sat = bakuTeks(row.satuan);
            const skala = bakuTeks(t.skala);
            const numerik = ['%', 'persen', 'persentase', 'indeks', 'dokumen', 'orang', 'laporan', 'rupiah'];
            const satuanSkala = sat.includes('opini') ? 'opini' : sat.includes('predikat') ? 'predikat' : null;
            if (numerik.includes(sat) || satuanPersen(row.satuan) || (satuanSkala !== null && !skala.includes(satuanSkala))) {
              lapor({
                kode: 'target-label-satuan',
                sheet,
                sel: a1(r, kol.satuan ?? cT),
                pesan: `Target ${kutip(t.teks)} indikator ${nama} adalah label ${t.skala}, tetapi satuannya ${kutip(row.satuan)}.`,
                saran: `Samakan satuan dan target: satuan "${t.skala === 'Opini BPK' ? 'opini' : 'predikat'}" untuk label ${t.skala}, atau ketik target berupa angka bila satuannya ${kutip(row.satuan)}.`,
              });
            }
            break;
          }
          case 'rentang':
            break;
        }
      }

      // The shape the polaritas or the pola needs (an unreadable target is said above).
      const bisaDibaca = t.jenis === 'angka' || t.jenis === 'label' || t.jenis === 'rentang';
      const selT = cT !== undefined ? a1(r, cT) : 'kolom Target';
      if (row.urai.polaritas === 'rentang' && bisaDibaca && t.jenis !== 'rentang') {
        lapor({
          kode: 'polaritas-rentang',
          sheet,
          sel: a1(r, kol.polaritas ?? cT ?? 0),
          pesan: `Polaritas "rentang" indikator ${nama} butuh target berbentuk "a–b", tetapi targetnya ${tampil(row.target)}.`,
          saran: `Ketik target sebagai rentang (mis. 80–90) di ${selT}, atau ubah polaritasnya menjadi "positif" atau "negatif".`,
        });
      } else if (row.urai.pola === 'kumulatif' && (t.jenis === 'label' || t.jenis === 'rentang')) {
        const kosong = bakuTeks(row.pola) === '';
        const sel = a1(r, kol.pola ?? cT ?? 0);
        lapor({
          kode: 'pola-target-bukan-angka',
          sheet,
          sel,
          pesan: `Pola target ${kosong ? 'kosong (berarti kumulatif)' : '"kumulatif"'} indikator ${nama} butuh target angka, tetapi targetnya ${kutip(t.teks)}: target per periode di RAPK tidak dapat dibagi.`,
          saran: `Isi pola target di ${sel} dengan "akhir" (diukur pada akhir tahun) atau "tetap".`,
        });
      }
    }
  },
});
