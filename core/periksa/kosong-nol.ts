/**
 * Excel desktop hands a truly empty cell to a custom function as 0 (office-js
 * issues 4702 and 5262): =KINERJA.CAPAIAN(X5,Y5) typed by hand over a
 * realisasi not yet typed shows 0 ("Sangat Kurang"), or 200 for a negatif
 * indicator, where it should stay blank. The model lists such formulas that
 * show a value (model/rumus-pengguna.ts); the fix is the guard the README gives.
 */
import { a1 } from '../workbook';
import { tampil } from './alat';
import { aturan } from './jenis';

/** The formula with the guard: =IF(X5="","",…). */
export function denganPenjaga(rumus: string, ref: string): string {
  return `=IF(${ref}="","",${rumus.replace(/^=\s*/, '')})`;
}

export const aturanKosongNol = aturan({
  nama: 'kosong-nol',
  kode: {
    'kosong-jadi-nol': { tingkat: 'Kesalahan', judul: 'Sel kosong dihitung sebagai 0 (Excel desktop)' },
  },
  periksa(k, lapor) {
    for (const x of k.m.kosongJadiNol) {
      const sel = a1(x.baris, x.kolom);
      lapor({
        sheet: x.lembar,
        sel,
        pesan: `Rumus di ${sel} (${x.rumus}) menghitung ${x.fungsi === 'CAPAIAN' ? 'capaian' : 'kriteria'} dari ${x.ref} yang masih kosong, dan menampilkan ${tampil(x.nilai)}: Excel desktop menyerahkan sel kosong sebagai 0, sehingga ${x.fungsi === 'CAPAIAN' ? 'capaian' : 'kriteria'} ini dihitung seolah-olah nilainya 0. Seharusnya sel ini kosong sampai ${x.ref} diisi.`,
        saran: `Jaga rumusnya dengan IF agar sel kosong tetap kosong: ${denganPenjaga(x.rumus, x.ref)} (Excel berbahasa Indonesia memakai ";" sebagai pemisah).`,
      });
    }
  },
});
