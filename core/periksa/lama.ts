/**
 * Realisasi typed in a view: Pengukuran from an earlier Kinerja (where people
 * typed realisasi in its column Realisasi), or the PK year's realisasi typed in
 * Renstra. Each figure is typed once, in the RAPK: Perbarui moves these there
 * (or, when the RAPK already holds another value, keeps the RAPK's and archives
 * this one). Said once per sheet; the other checks of that sheet wait for the click.
 */
import { CellInput, batasiDaftar } from '../values';
import { a1 } from '../workbook';
import { rapkBlok } from '../layout';
import { TOMBOL_PERBARUI } from '../perbarui';
import { realisasiKetikanLama } from '../lembar/pengukuran';
import { realisasiTahunKetikan } from '../lembar/renstra';
import { TabelLama } from '../model/tabel';
import { tampil } from './alat';
import { aturan } from './jenis';

export const aturanLama = aturan({
  nama: 'lama',
  kode: {
    'lembar-lama': { tingkat: 'Peringatan', judul: 'Realisasi diketik di lembar tampilan' },
  },
  periksa(k, lapor) {
    const { m } = k;
    const terakhir = m.pengaturan.periode[m.pengaturan.periode.length - 1];
    const kolomRapk = rapkBlok(terakhir)[2];
    const lapor1 = (tabel: TabelLama, header: string, isi: Array<{ kunciTeks: string; sel: { nilai: unknown } }>, asal: string): void => {
      if (!isi.length) return;
      const c = tabel.kolom[header];
      const baris = (kode: string): number => tabel.rows.find((r) => r.kunciTeks === kode)?.baris ?? tabel.headerRow;
      const sel = isi.map((x) => a1(baris(x.kunciTeks), c));
      lapor({
        sheet: tabel.nama,
        sel: sel[0],
        pesan: `${asal}: realisasi diketik di kolom ${header} lembar ${tabel.nama} (${batasiDaftar(isi.map((x, i) => `${x.kunciTeks} ${tampil(x.sel.nilai as CellInput)} di ${sel[i]}`), 5)}). Lembar ini hanya menampilkan angka dari RAPK; realisasi diketik sekali, di RAPK.`,
        saran: `Klik "${TOMBOL_PERBARUI}": realisasi ini dipindahkan ke RAPK kolom ${kolomRapk} (bila RAPK sudah berisi nilai lain, nilai RAPK dipakai dan yang ini disimpan di RAPK Arsip), lalu lembar ini ditulis ulang dengan rumus.`,
      });
    };
    if (m.pengukuran) lapor1(m.pengukuran, 'Realisasi', realisasiKetikanLama(m.pengukuran), 'Lembar Pengukuran dari Kinerja versi sebelumnya');
    const tahun = m.pengaturan.tahun;
    if (m.renstra && tahun !== null) lapor1(m.renstra, `Realisasi ${tahun}`, realisasiTahunKetikan(m.renstra, tahun), `Realisasi ${tahun} (Tahun di Pengaturan) diambil dari RAPK`);
  },
});
