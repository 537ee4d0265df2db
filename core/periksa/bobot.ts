/**
 * Weights: an indicator's bobot in the PK (NPS sasaran = Σ(bobot × capaian) /
 * Σ bobot), and the perspektif bobot typed in the summary below Pengukuran
 * (all blank = equal weights; otherwise every perspektif needs a positive
 * number, or the organisation's NPS formula shows #VALUE!).
 */
import { kutip, parseCell } from '../values';
import { a1 } from '../workbook';
import { sebut, tampil } from './alat';
import { aturan } from './jenis';

export const aturanBobot = aturan({
  nama: 'bobot',
  kode: {
    'bobot-tidak-sah': { tingkat: 'Kesalahan', judul: 'Bobot bukan angka positif' },
  },
  periksa(k, lapor) {
    const pk = k.pk;
    if (pk) {
      const c = pk.tabel.kolom.bobot ?? 0;
      for (const row of pk.baris) {
        if (!k.bermasalahPk(row, 'bobot')) continue;
        const p = parseCell(row.bobot);
        const sel = a1(row.baris, c);
        lapor({
          sheet: pk.nama,
          sel,
          pesan: `Bobot ${tampil(row.bobot)} indikator ${sebut(row.kode, row.indikator)} ${p.kind === 'number' ? 'harus lebih dari 0' : 'bukan angka'}: NPS sasarannya tidak dapat dihitung.`,
          saran: `Isi ${sel} dengan angka positif (biasanya 1, atau 2 untuk IKU), atau kosongkan agar dipakai bobot bawaan.`,
        });
      }
    }

    const ring = k.m.ringkasan;
    const uk = k.m.pengukuran;
    if (!ring || !ring.adaBobot || !uk) return;
    const cB = ring.kolomAwal + 3;
    const kosong: Array<{ r: number; label: string }> = [];
    let adaBobot = false;
    for (const row of ring.rows) {
      if (row.organisasi) continue;
      const v = row.bobot.nilai;
      // The sheet's formula counts any cell that is not "" as a typed bobot (a lone space too).
      const terisi = v !== null && v !== undefined && v !== '';
      if (terisi && !(typeof v === 'string' && v.trim() === '')) adaBobot = true;
      // A bobot beside a row without a perspektif weighs nothing, but still counts as "some bobot typed".
      if (!row.label) continue;
      const p = parseCell(v);
      const sel = a1(row.baris, cB);
      if (p.kind === 'blank' && terisi) {
        lapor({
          sheet: uk.nama,
          sel,
          pesan: `Bobot perspektif ${kutip(row.label)} di ${sel} berisi spasi saja: rumus NPS organisasi menganggapnya terisi, sehingga menampilkan #VALUE!.`,
          saran: `Kosongkan ${sel} benar-benar (hapus isinya), atau isi dengan angka positif.`,
        });
      } else if (p.kind === 'blank') {
        kosong.push({ r: row.baris, label: row.label });
      } else if (!(p.kind === 'number' && p.value > 0)) {
        lapor({
          sheet: uk.nama,
          sel,
          pesan: `Bobot perspektif ${kutip(row.label)} di ${sel} ${tampil(v)} ${p.kind === 'number' ? 'harus lebih dari 0' : 'bukan angka'}: NPS organisasi = Σ(bobot × NPS perspektif) / Σ bobot tidak dapat dihitung dengan bobot ini.`,
          saran: `Isi ${sel} dengan angka positif (mis. 30/25/15/30 untuk keempat perspektif), atau kosongkan semua bobot perspektif agar NPS organisasi = rata-rata biasa.`,
        });
      }
    }
    if (!adaBobot) return;
    for (const x of kosong) {
      const sel = a1(x.r, cB);
      lapor({
        sheet: uk.nama,
        sel,
        pesan: `Bobot perspektif ${kutip(x.label)} di ${sel} kosong, padahal ada bobot yang diisi di kolom itu: NPS organisasi tidak dihitung (rumusnya menampilkan #VALUE!).`,
        saran: `Isi ${sel} dengan bobot perspektif ini, atau kosongkan semua bobot perspektif (kosong semua = sama rata).`,
      });
    }
  },
});
