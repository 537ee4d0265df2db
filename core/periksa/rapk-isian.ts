/**
 * What people type in the RAPK, per period: Pembilang (a), Penyebut (b) and
 * Realisasi (a / b × 100 by Kinerja's formula, or typed directly). Only rows of
 * PK indicators are checked (a row whose Kode left the PK goes to the archive
 * on the next click; perbarui.ts says so).
 */
import { Parsed, kutip, parseCell } from '../values';
import { cariLabel } from '../formulas';
import { rapkBlok } from '../layout';
import { a1 } from '../workbook';
import { Sel } from '../model/lembar';
import { TOLERANSI, contohLabel, dua, satuanPersen, sebut, tampil } from './alat';
import { aturan } from './jenis';

export const aturanRapkIsian = aturan({
  nama: 'rapk-isian',
  kode: {
    'ab-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Pembilang/penyebut bukan angka' },
    'penyebut-nol': { tingkat: 'Kesalahan', judul: 'Penyebut (b) 0 atau kosong' },
    'pembilang-lebih-besar': { tingkat: 'Peringatan', judul: 'Pembilang (a) lebih besar dari penyebut (b)' },
    'realisasi-beda-ab': { tingkat: 'Peringatan', judul: 'Realisasi berbeda dengan a / b × 100' },
    'realisasi-tidak-terbaca': { tingkat: 'Kesalahan', judul: 'Realisasi bukan angka atau label' },
  },
  periksa(k, lapor) {
    const rapk = k.m.rapk;
    if (!rapk) return;
    const sheet = rapk.nama;
    for (const row of k.rapkPerKunci.values()) {
      const satuan = String(row.sel.Satuan?.nilai ?? '').trim();
      const nama = sebut(row.kunciTeks, String(row.sel.Indikator?.nilai ?? '').trim());
      for (const q of k.m.rapkPeriode) {
        const [hA, hB, hR] = rapkBlok(q);
        const cA = rapk.kolom[hA];
        const cB = rapk.kolom[hB];
        const cR = rapk.kolom[hR];
        const sA: Sel | undefined = row.sel[hA];
        const sB: Sel | undefined = row.sel[hB];
        const sR: Sel | undefined = row.sel[hR];
        const a: Parsed = parseCell(sA?.nilai ?? null);
        const b: Parsed = parseCell(sB?.nilai ?? null);
        let abMasalah = false;
        for (const [p, c, s, judul] of [
          [a, cA, sA, 'Pembilang (a)'],
          [b, cB, sB, 'Penyebut (b)'],
        ] as Array<[Parsed, number | undefined, Sel | undefined, string]>) {
          if (c === undefined || !(p.kind === 'text' || p.kind === 'error')) continue;
          abMasalah = true;
          lapor({
            kode: 'ab-tidak-terbaca',
            sheet,
            sel: a1(row.baris, c),
            pesan: `${judul} ${q} indikator ${nama} ${tampil(s?.nilai ?? null)} bukan angka.`,
            saran: s?.rumus ? `Perbaiki rumus atau sel sumbernya di ${a1(row.baris, c)}, atau ketik jumlahnya sebagai angka.` : `Ketik jumlah (angka) di ${a1(row.baris, c)}, mis. 45 atau 1.250.`,
          });
        }
        let ab: number | null = null;
        if (a.kind === 'number' && cB !== undefined) {
          if (b.kind === 'blank' || (b.kind === 'number' && b.value === 0)) {
            abMasalah = true;
            lapor({
              kode: 'penyebut-nol',
              sheet,
              sel: a1(row.baris, cB),
              pesan: `Penyebut (b) ${q} indikator ${nama} ${b.kind === 'blank' ? 'kosong' : 'bernilai 0'}, padahal pembilang (a) diisi ${tampil(sA?.nilai ?? null)}: a / b tidak dapat dihitung.`,
              saran: `Isi penyebut (jumlah seluruhnya, lebih dari 0) di ${a1(row.baris, cB)}, atau kosongkan pembilang bila realisasi diketik langsung.`,
            });
          } else if (b.kind === 'number') {
            ab = (a.value / b.value) * 100;
            if (satuanPersen(satuan) && a.value > b.value && b.value > 0 && cA !== undefined) {
              lapor({
                kode: 'pembilang-lebih-besar',
                sheet,
                sel: a1(row.baris, cA),
                pesan: `Pembilang (a) ${q} indikator ${nama} ${tampil(sA?.nilai ?? null)} lebih besar dari penyebut (b) ${tampil(sB?.nilai ?? null)}: persentasenya ${dua(ab)}% melebihi 100%.`,
                saran: 'Periksa kedua angka: pembilang adalah bagian dari penyebut (mis. 45 dari 50), jadi a tidak boleh lebih dari b untuk indikator persentase. Mungkin a dan b tertukar.',
              });
            }
          }
        }
        if (cR === undefined || !sR) continue;
        const selR = a1(row.baris, cR);
        const r = parseCell(sR.nilai, satuan);
        if (!sR.rumus && ab !== null && r.kind === 'number' && Math.abs(r.value - ab) > TOLERANSI) {
          const pecahan = Math.abs(r.value * 100 - ab) <= TOLERANSI;
          lapor({
            kode: 'realisasi-beda-ab',
            sheet,
            sel: selR,
            pesan: `Realisasi ${q} indikator ${nama} diketik ${tampil(sR.nilai)}, padahal a / b × 100 = ${tampil(sA?.nilai ?? null)} / ${tampil(sB?.nilai ?? null)} × 100 = ${dua(ab)}${pecahan ? ' (realisasi tampaknya pecahan berformat persen)' : ''}.`,
            saran: `Kosongkan ${selR} agar realisasi dihitung dari a dan b (Perbarui menulis rumusnya lagi), atau ketik ${dua(ab)}; bila realisasi ${tampil(sR.nilai)} yang benar, perbaiki pembilang/penyebutnya.`,
          });
        }
        if (r.kind === 'error') {
          // Kinerja's a / b formula shows the error of a or b: said above.
          if (sR.rumus && abMasalah) continue;
          lapor({
            kode: 'realisasi-tidak-terbaca',
            sheet,
            sel: selR,
            pesan: `Realisasi ${q} indikator ${nama} berisi galat ${tampil(sR.nilai)}.`,
            saran: sR.rumus ? `Perbaiki rumus atau sel sumbernya di ${selR}, atau ketik realisasi sebagai angka.` : `Ketik realisasi sebagai angka atau label di ${selR}.`,
          });
        } else if (r.kind === 'text' && !cariLabel(r.text, k.aturan)) {
          lapor({
            kode: 'realisasi-tidak-terbaca',
            sheet,
            sel: selR,
            pesan: `Realisasi ${q} ${kutip(r.text)} indikator ${nama} bukan angka dan bukan label yang dikenal.`,
            saran: `Ketik di ${selR} angka (mis. 53,36; untuk indikator persen ketik 99,44 tanpa tanda %) atau label skala (${contohLabel(k.aturan)}); keterangan tulis di kolom lain atau di catatan sel.`,
          });
        }
      }
    }
  },
});
